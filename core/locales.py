"""Content locales: one per enabled language, each kept in sync from the source language."""

from django.conf import settings
from wagtail.models import Locale


def ensure_locales():
    """Create a Locale for every enabled language and sync each from the source language.

    Returns the number of locales created. Safe to run repeatedly.
    """
    from wagtail_localize.models import LocaleSynchronization

    source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    existing = set(Locale.objects.values_list("language_code", flat=True))
    created = 0
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code in existing:
            continue
        Locale.objects.create(language_code=code)
        created += 1
    synced = set(LocaleSynchronization.objects.values_list("locale__language_code", flat=True))
    for locale in Locale.objects.exclude(pk=source.pk):
        if locale.language_code not in synced:
            LocaleSynchronization.objects.create(locale=locale, sync_from=source)
    return created


def ensure_locales_after_migrate(using="default", **kwargs):
    # Runs after every migrate (and after the test runner's flush) so a fresh database
    # always knows all 28 languages before any content is created.
    from django.db import connections

    tables = connections[using].introspection.table_names()
    if Locale._meta.db_table in tables and "wagtail_localize_localesynchronization" in tables:
        ensure_locales()


def sync_all_locales():
    """Give every synced locale an untranslated copy of each source page it lacks.

    wagtail-localize does this on its own when an editor creates a page in the admin;
    pages made by code (demo content, imports) call this once afterwards.
    """
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import PageIndex, synchronize_tree

    page_index = PageIndex.from_database().sort_by_tree_position()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale, page_index=page_index)
