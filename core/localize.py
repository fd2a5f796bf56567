"""Helpers around wagtail-localize used by the demo loader, commands and tests."""

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource


def translate_from_strings(
    instance, language_code, strings, *, publish=True, tool_name="Safer Internet Hub"
):
    """Translate a page or snippet into `language_code` through wagtail-localize.

    `strings` maps each English source string to its translation. It goes the same way as
    a translator's PO upload (export, fill, import, save), so the translation stays linked
    to its source and can be synced later. Strings not in the map keep the source text.
    Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        for entry in po:
            entry.msgstr = strings.get(entry.msgid, "")
        translation.import_po(po, tool_name=tool_name)
        translation.save_target(publish=publish)
    return instance.get_translation(locale)


def untranslated_strings(instance, strings):
    """Source strings of `instance` that `strings` has no translation for (demo checks)."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return [
        segment.string.data
        for segment in source.stringsegment_set.select_related("string")
        if segment.string.data not in strings
    ]
