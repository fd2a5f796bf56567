"""Demo news: categories, /<lang>/news/ and articles from public facts, with translations.

Idempotent: categories, the index and articles are found by slug and updated in place; block
ids are stable, so translations stay attached to the same blocks on every run.
"""

import uuid

from django.apps import apps
from django.conf import settings
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from core.locales import sync_all_locales
from core.localize import translate_from_strings, untranslated_strings

from .demo_articles import ARTICLES, CATEGORIES, INDEX
from .models import ArticleCategory, ArticleIndexPage, ArticlePage, ArticleRelatedPage

INDEX_LANGUAGES = ["fi", "fr", "de", "pl", "el", "ar"]
ARTICLE_LANGUAGES = ["fi", "fr"]
BLOCK_NAMESPACE = uuid.UUID("8e0f3d9a-2b57-4c1e-9a8f-6d3b1c7e5a42")


def load(out):
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = Page.objects.filter(locale=source_locale, depth=2).first()
    if home is None:
        out.step("news skipped: there is no English home page")
        return
    categories = load_categories(out, source_locale)
    index = load_index(out, home)
    articles = [load_article(out, index, spec, categories) for spec in ARTICLES]
    out.step(f"articles: {len(articles)} in English under {index.url_path}")
    sync_all_locales()
    translate_page(index, {code: _index_strings(code) for code in INDEX_LANGUAGES})
    out.step(f"news index translated into {', '.join(INDEX_LANGUAGES)}")
    for article, spec in zip(articles, ARTICLES, strict=True):
        translate_page(article, {code: article_strings(spec, code) for code in ARTICLE_LANGUAGES})
    out.step(f"articles translated into {', '.join(ARTICLE_LANGUAGES)}")


# --- Categories ----------------------------------------------------------------------------


def load_categories(out, locale):
    """The English categories by slug, each translated into every index language."""
    categories = {}
    for spec in CATEGORIES:
        category, created = ArticleCategory.objects.get_or_create(
            slug=spec["slug"],
            locale=locale,
            defaults={"name": spec["name"]["en"], "description": spec["description"]["en"]},
        )
        category.name = spec["name"]["en"]
        category.description = spec["description"]["en"]
        category.full_clean()
        category.save()
        out.record(created)
        categories[spec["slug"]] = category
        for code in INDEX_LANGUAGES:
            strings = {
                spec["name"]["en"]: spec["name"][code],
                spec["description"]["en"]: spec["description"][code],
            }
            _check_complete(category, strings)
            translate_from_strings(category, code, strings)
    out.step(
        f"news categories: {', '.join(c.name for c in categories.values())} "
        f"(translated into {', '.join(INDEX_LANGUAGES)})"
    )
    return categories


# --- Pages ---------------------------------------------------------------------------------


def load_index(out, home):
    index = ArticleIndexPage.objects.child_of(home).filter(slug="news").first()
    created = index is None
    if created:
        index = ArticleIndexPage(locale=home.locale, slug="news")
    index.title = INDEX["title"]["en"]
    index.intro = INDEX["intro"]["en"]
    if created:
        home.add_child(instance=index)
    index.save_revision().publish()
    out.record(created)
    out.step(f"news index: {index.url_path} ({'created' if created else 'updated'})")
    return index


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_NAMESPACE, "/".join(str(part) for part in parts)))


def body_data(spec):
    """StreamField data for an article spec, in English."""
    data = []
    for position, (kind, value) in enumerate(spec["body"]):
        bid = block_id(spec["key"], position)
        if kind == "p":
            data.append({"type": "paragraph", "id": bid, "value": f"<p>{escape(value.en)}</p>"})
        elif kind == "h2":
            data.append({"type": "heading", "id": bid, "value": {"level": "h2", "text": value.en}})
        elif kind == "ul":
            items = "".join(f"<li>{escape(item.en)}</li>" for item in value)
            data.append({"type": "paragraph", "id": bid, "value": f"<ul>{items}</ul>"})
        elif kind == "figure":
            data.append(
                {
                    "type": "key_figure",
                    "id": bid,
                    "value": {
                        "number": value["number"],
                        "unit": value["unit"].en if value["unit"] else "",
                        "label": value["label"].en,
                        "source": value["source"].en,
                        "source_url": value["source_url"],
                        "year": value["year"],
                    },
                }
            )
        else:  # pragma: no cover - a typo in demo_articles
            raise ValueError(f"unknown demo block {kind!r}")
    return data


def load_article(out, index, spec, categories):
    article = ArticlePage.objects.child_of(index).filter(slug=spec["slug"].en).first()
    created = article is None
    if created:
        article = ArticlePage(locale=index.locale, slug=spec["slug"].en)
    article.title = spec["title"].en
    article.date = spec["date"]
    article.dateline = spec["dateline"].en if spec["dateline"] else ""
    article.summary = spec["summary"].en
    article.source_title = spec["source_title"].en
    article.source_url = spec["source_url"]
    article.source_organisation = _organisation(spec.get("organisation"), index.locale)
    article.sid_edition = _sid_edition(spec.get("sid_edition"))
    article.body = body_data(spec)
    article.related_pages = [
        ArticleRelatedPage(page=page, help_country_id=country_code, sort_order=position)
        for position, (page, country_code) in enumerate(
            _related_pages(spec.get("related", []), index.locale)
        )
    ]
    if created:
        index.add_child(instance=article)
    article.categories.set([categories[slug] for slug in spec["categories"]])
    article.tags.set(spec["tags"], clear=True)
    article.save_revision().publish()
    out.record(created)
    return article


def _related_pages(specs, locale):
    """(page, help country code or None) for each (app_label.Model, slug or lookups[, country])
    that exists in English; the others are skipped, so the news demo also loads on its own."""
    from directory.models import Country

    countries = set(Country.objects.values_list("code", flat=True))
    pages = []
    for model_label, lookup, *country in specs:
        try:
            model = apps.get_model(model_label)
        except (LookupError, ValueError):
            continue
        lookups = lookup if isinstance(lookup, dict) else {"slug": lookup}
        page = model.objects.filter(locale=locale, **lookups).first()
        if page is None:
            continue
        code = country[0] if country and country[0] in countries else None
        pages.append((page, code))
    return pages


def _sid_edition(year):
    """The events app's Safer Internet Day edition for `year` (from its own demo), or None."""
    if not year:
        return None
    from events.models import SaferInternetDay

    return SaferInternetDay.objects.filter(year=year).first()


def _organisation(slug, locale):
    """The directory's organisation with this slug (from its own demo), or None."""
    if not slug:
        return None
    from directory.models import Organisation

    return Organisation.objects.filter(slug=slug, locale=locale).first()


# --- Translations --------------------------------------------------------------------------


def _index_strings(code):
    return {INDEX[field]["en"]: INDEX[field][code] for field in ("title", "intro")}


def article_strings(spec, code):
    """{English string: translation} for every translatable text of an article."""
    pairs = [spec["title"], spec["slug"], spec["summary"], spec["source_title"]]
    if spec["dateline"]:
        pairs.append(spec["dateline"])
    for kind, value in spec["body"]:
        if kind in ("p", "h2"):
            pairs.append(value)
        elif kind == "ul":
            pairs.extend(value)
        elif kind == "figure":
            pairs.extend(pair for pair in (value["unit"], value["label"], value["source"]) if pair)
    return {pair.en: getattr(pair, code) for pair in pairs}


def _check_complete(instance, strings):
    TranslationSource.update_or_create_from_instance(instance)
    missing = untranslated_strings(instance, strings)
    if missing:
        raise ValueError(f"demo strings without a translation in {instance!r}: {missing}")


def translate_page(page, strings_by_language):
    """Translate a page into each language and publish it at once (not on commit: a deferred
    publish would save the page as it was when translated, undoing later tree changes)."""
    for code, strings in strings_by_language.items():
        _check_complete(page, strings)
        translated = translate_from_strings(page, code, strings, publish=False)
        translated.get_latest_revision().publish()
