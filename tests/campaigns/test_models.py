"""Resources, taxonomy terms and their translations: validation editors see, seeding."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from campaigns.models import AgeBand, CampaignPage, Resource, ResourceType, Topic
from campaigns.taxonomy import AGE_BANDS, AUDIENCES, RESOURCE_TYPES, TOPICS, seed_taxonomy

from .factories import make_campaign, make_document, term


def resource(**fields):
    values = {"title": "Poster", "language": "en", "resource_type": term(ResourceType, "poster")}
    values.update(fields)
    return Resource(**values)


def errors_of(instance):
    with pytest.raises(ValidationError) as raised:
        instance.clean()
    return raised.value.message_dict


@pytest.mark.django_db
class TestResourceValidation:
    def test_a_file_or_an_address_is_needed(self, taxonomy):
        assert "document" in errors_of(resource())

    def test_not_both_a_file_and_an_address(self, taxonomy):
        errors = errors_of(resource(document=make_document(), url="https://example.org/a.pdf"))
        assert errors["url"] == ["Give a file or an address, not both."]

    def test_a_file_alone_or_an_https_address_alone_is_fine(self, taxonomy):
        resource(document=make_document()).clean()
        resource(url="https://www.childline.org.uk/remove").clean()

    @pytest.mark.parametrize(
        "url", ["http://example.org/a.pdf", "javascript:alert(1)", "ftp://example.org/a.pdf"]
    )
    def test_only_https_addresses(self, taxonomy, url):
        with pytest.raises(ValidationError) as raised:
            resource(url=url).full_clean(exclude=["page", "locale", "translation_key"])
        assert "url" in raised.value.message_dict

    def test_a_lesson_plan_needs_duration_and_objectives(self, taxonomy):
        lesson = resource(resource_type=term(ResourceType, "lesson-plan"), url="https://a.example/")
        errors = errors_of(lesson)
        assert set(errors) == {"duration_minutes", "learning_objectives"}
        lesson.duration_minutes = 45
        lesson.learning_objectives = "Explain what grooming is."
        lesson.clean()

    def test_only_lesson_plans_carry_lesson_details(self, taxonomy):
        poster = resource(url="https://a.example/", duration_minutes=30, class_needs="Pens")
        assert set(errors_of(poster)) == {"duration_minutes", "class_needs"}

    def test_reader_facts_come_from_the_document(self, taxonomy):
        document = make_document(name="guide.pdf", content=b"%PDF-1.4\n" + b"x" * 2000)
        item = resource(document=document)
        assert item.file_format == "PDF"
        assert item.file_size == 2009
        assert item.link_url == document.url
        assert resource(url="https://a.example/x").file_format == ""


@pytest.mark.django_db
class TestTaxonomy:
    def test_seed_creates_every_term_once(self, taxonomy):
        english = Locale.objects.get(language_code="en")
        assert Topic.objects.filter(locale=english).count() == len(TOPICS)
        assert AgeBand.objects.filter(locale=english).count() == len(AGE_BANDS)
        assert ResourceType.objects.filter(locale=english).count() == len(RESOURCE_TYPES)
        assert seed_taxonomy(languages=[]) == (0, len(TOPICS) + len(AUDIENCES) + 5 + 16)
        assert Topic.objects.filter(locale=english).count() == len(TOPICS)
        assert list(AgeBand.objects.filter(locale=english).values_list("slug", flat=True)) == [
            "3-7",
            "7-11",
            "11-14",
            "14-18",
            "18-plus",
        ]
        assert ResourceType.objects.get(slug="lesson-plan", locale=english).is_lesson_plan

    def test_translations_keep_the_slug_and_translate_the_name(
        self, db, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            seed_taxonomy(languages=["fi", "ar"])
        finnish = Topic.objects.get(slug="cyberbullying", locale__language_code="fi")
        arabic = Topic.objects.get(slug="cyberbullying", locale__language_code="ar")
        english = Topic.objects.get(slug="cyberbullying", locale__language_code="en")
        assert finnish.name == "Verkkokiusaaminen"
        assert arabic.name == "التنمر الإلكتروني"
        assert finnish.translation_key == english.translation_key == arabic.translation_key
        assert AgeBand.objects.get(slug="18-plus", locale__language_code="fi").min_age == 18

    def test_a_slug_is_unique_within_a_language(self, taxonomy):
        duplicate = Topic(
            name="Bullying online",
            slug="Cyberbullying",
            locale=Locale.objects.get(language_code="en"),
        )
        assert "slug" in errors_of(duplicate)

    def test_age_band_upper_age_not_below_lower(self, taxonomy):
        band = AgeBand(
            name="Odd",
            slug="odd",
            min_age=10,
            max_age=8,
            locale=Locale.objects.get(language_code="en"),
        )
        assert "max_age" in errors_of(band)


def test_campaign_without_parent_library_is_refused():
    assert CampaignPage.parent_page_types == ["campaigns.CampaignLibraryPage"]


def test_reserved_slug_is_refused(library):
    page = make_campaign(library, "Kit")
    page.slug = "kit"
    with pytest.raises(ValidationError) as raised:
        page.full_clean()
    assert "slug" in raised.value.message_dict
