"""Wagtail's PostgreSQL search backend, with one text-search configuration per language.

Wagtail indexes every object with the backend's single SEARCH_CONFIG. Here each object is
indexed with its locale's configuration (Finnish stemming for Finnish pages, and so on)
and queries use the active language's, falling back to 'simple' for languages PostgreSQL
has no configuration for (pl, cs, sk, bg, hr, sl, et, lv, mt, is, uk in PostgreSQL 15).
"""

from collections import defaultdict
from functools import lru_cache

from django.db import connection
from django.utils import translation
from wagtail.search.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

TEXT_SEARCH_CONFIGS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}
FALLBACK_CONFIG = "simple"


@lru_cache(maxsize=1)
def available_configs():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def config_for_language(language_code):
    config = TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], FALLBACK_CONFIG)
    return config if config in available_configs() else FALLBACK_CONFIG


_locale_codes = {}


def language_of(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    if locale_id not in _locale_codes:
        from wagtail.models import Locale

        _locale_codes.update(Locale.objects.values_list("id", "language_code"))
    return _locale_codes.get(locale_id)


class _BackendWithConfig:
    """The backend as seen by Wagtail's indexer, with another text-search config."""

    def __init__(self, backend, config):
        self._backend = backend
        self.config = config

    def __getattr__(self, name):
        return getattr(self._backend, name)


class LocaleAwarePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            groups[config_for_language(language_of(obj))].append(obj)
        backend = self.backend
        try:
            for config, group in groups.items():
                self.backend = _BackendWithConfig(backend, config)
                super().add_items(model, group)
        finally:
            self.backend = backend


class ActiveLanguageConfigMixin:
    def get_config(self, backend):
        return config_for_language(translation.get_language())


class LocaleAwareQueryCompiler(ActiveLanguageConfigMixin, PostgresSearchQueryCompiler):
    pass


class LocaleAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocaleAwarePostgresIndex
    query_compiler_class = LocaleAwareQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler


SearchBackend = LocaleAwarePostgresSearchBackend
