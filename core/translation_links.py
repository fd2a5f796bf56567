"""Which languages a page exists in, for the language switcher and hreflang alternates.

A page in a synced locale that nobody has translated yet is an alias of its source page:
it shows the source text, so readers are told so and its content carries the source
language's `lang`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in the language itself, as a speaker would look for it
    url: str
    is_current: bool
    is_translated: bool  # a real translation, not an untranslated copy or a fallback
    bidi: bool


@dataclass(frozen=True)
class PageLanguages:
    links: list
    alternates: list  # (code, absolute url) of every published real translation
    is_untranslated: bool
    content_language: str
    content_language_name: str
    content_bidi: bool


def language_name(code):
    return get_language_info(code)["name_local"]


def _with_query(url, request):
    query = request.GET.urlencode() if request is not None else ""
    return f"{url}?{query}" if query else url


def page_languages(request, page):
    """Language links for a Wagtail page: one query for all of its translations."""
    current = get_language()
    translations = {
        translation.locale.language_code: translation
        for translation in Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
        .only("id", "url_path", "alias_of_id", "locale", "depth", "path", "translation_key")
    }
    links = []
    alternates = []
    for code, _english_name in settings.LANGUAGES:
        translation = translations.get(code)
        is_translated = translation is not None and translation.alias_of_id is None
        if translation is not None:
            url = _with_query(translation.get_url(request), request)
        else:
            url = f"/{code}/"
        if is_translated:
            alternates.append((code, request.build_absolute_uri(translation.get_url(request))))
        info = get_language_info(code)
        links.append(
            LanguageLink(
                code=code,
                name=info["name_local"],
                url=url,
                is_current=code == current,
                is_translated=is_translated,
                bidi=info["bidi"],
            )
        )

    is_untranslated = page.alias_of_id is not None and not any(
        code == page.locale.language_code and t.alias_of_id is None
        for code, t in translations.items()
    )
    content_language = current
    if is_untranslated:
        source = next(
            (t for t in translations.values() if t.id == page.alias_of_id),
            None,
        )
        content_language = (
            source.locale.language_code if source is not None else settings.LANGUAGE_CODE
        )
    info = get_language_info(content_language)
    return PageLanguages(
        links=links,
        alternates=alternates,
        is_untranslated=is_untranslated,
        content_language=content_language,
        content_language_name=info["name_local"],
        content_bidi=info["bidi"],
    )


def view_languages(request, translated_languages=None, *, is_error=False):
    """Language links for a non-page view (search, help country pages, error pages).

    `translated_languages` lists the languages whose content really exists for this view;
    by default a view's interface is available in every language. An error page links to
    each language's home page and has no alternates.
    """
    current = get_language()
    path = request.path if request is not None else "/"
    links = []
    alternates = []
    for code, _english_name in settings.LANGUAGES:
        url = f"/{code}/" if is_error else translate_url(path, code)
        if url == path and code != current:
            url = f"/{code}/"
        is_translated = translated_languages is None or code in translated_languages
        if is_translated and request is not None and not is_error:
            alternates.append((code, request.build_absolute_uri(url)))
        info = get_language_info(code)
        links.append(
            LanguageLink(
                code=code,
                name=info["name_local"],
                url=url if is_error else _with_query(url, request),
                is_current=code == current,
                is_translated=is_translated,
                bidi=info["bidi"],
            )
        )
    info = get_language_info(current)
    return PageLanguages(
        links=links,
        alternates=alternates,
        is_untranslated=False,
        content_language=current,
        content_language_name=info["name_local"],
        content_bidi=info["bidi"],
    )
