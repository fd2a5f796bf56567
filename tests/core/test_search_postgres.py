"""Full-text search on PostgreSQL uses each language's own text-search configuration."""

import pytest
from django.db import connection

from tests.factories import HomePageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search only"),
]


def test_english_search_stems_words(client, site):
    HomePageFactory(parent=site, title="Reporting online grooming", slug="reporting-grooming")
    html = client.get("/en/search/?q=reports").content.decode()
    assert "Reporting online grooming" in html


def test_finnish_pages_are_indexed_with_finnish_stemming(client, site):
    from core.search_backend import config_for_language

    assert config_for_language("fi") == "finnish"
    finnish_home = site.get_translation(site.locale.__class__.objects.get(language_code="fi"))
    HomePageFactory(parent=finnish_home, title="Kampanjat kouluille", slug="kampanjat")
    html = client.get("/fi/search/?q=kampanja").content.decode()
    assert "Kampanjat kouluille" in html


def test_languages_without_a_configuration_fall_back_to_simple():
    from core.search_backend import config_for_language

    for code in ["pl", "cs", "mt", "uk", "is"]:
        assert config_for_language(code) == "simple"
    assert config_for_language("de") == "german"
