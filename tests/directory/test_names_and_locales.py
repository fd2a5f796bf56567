"""Country names come from Babel in the reader's language; organisations show in the
reader's language where translated and in English otherwise, in one query."""

import pytest
from django.utils import translation

from core.localize import translate_from_strings
from directory.countries import collation_key, country_name, sorted_by_name
from directory.models import Organisation

from .factories import OrganisationFactory, PhoneFactory


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "Finland"),
        ("fi", "Suomi"),
        ("ar", "فنلندا"),
        ("mt", "il-Finlandja"),
        ("ga", "an Fhionlainn"),
        ("nb", "Finland"),
    ],
)
def test_country_names_come_from_babel_in_the_readers_language(language, name):
    assert country_name("FI", language) == name
    with translation.override(language):
        assert country_name("FI") == name


def test_names_sort_with_the_languages_alphabet():
    codes = ["AT", "SE", "IS", "NO", "FI", "ZA"]
    finnish = [name for _code, name in sorted_by_name(codes, "fi")]
    assert finnish == ["Etelä-Afrikka", "Islanti", "Itävalta", "Norja", "Ruotsi", "Suomi"]
    # Swedish and Finnish sort Å, Ä, Ö after Z; German sorts Ö as O.
    assert collation_key("Öland", "sv") > collation_key("Zambia", "sv")
    assert collation_key("Äänekoski", "fi") > collation_key("Zürich", "fi")
    assert collation_key("Österreich", "de") < collation_key("Polen", "de")
    english = [name for _code, name in sorted_by_name(codes, "en")]
    assert english == ["Austria", "Finland", "Iceland", "Norway", "South Africa", "Sweden"]


@pytest.mark.django_db
def test_localized_prefers_the_translation_and_falls_back_to_english(
    django_capture_on_commit_callbacks, django_assert_num_queries
):
    helpline = OrganisationFactory(name="MLL", description="Support for children.")
    PhoneFactory(organisation=helpline, label="Children and young people")
    untranslated = OrganisationFactory(name="Nettivihje", description="Reports of abuse images.")
    with django_capture_on_commit_callbacks(execute=True):
        translate_from_strings(
            helpline,
            "fi",
            {
                "Support for children.": "Tukea lapsille.",
                "Children and young people": "Lapset ja nuoret",
            },
        )

    with django_assert_num_queries(1):
        finnish = {org.name: org for org in Organisation.objects.localized("fi")}
    assert finnish["MLL"].description == "Tukea lapsille."
    assert finnish["MLL"].locale.language_code == "fi"
    assert finnish["Nettivihje"].pk == untranslated.pk  # English stands in
    assert [phone.label for phone in finnish["MLL"].phones.all()] == ["Lapset ja nuoret"]
    # A language with no translations at all: every organisation once, in English.
    german = list(Organisation.objects.localized("de"))
    assert sorted(org.pk for org in german) == sorted([helpline.pk, untranslated.pk])
    # The active language is the default.
    with translation.override("fi"):
        assert {org.description for org in Organisation.objects.localized()} == {
            "Tukea lapsille.",
            "Reports of abuse images.",
        }
