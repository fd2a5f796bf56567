"""Demo campaigns: the campaign library under the English home page, 32 campaigns with
resources in several languages (small generated PDF files as Wagtail documents), and their
translations into the demo languages through wagtail-localize.

Idempotent: campaigns are matched by their English slug and resources by position; a page
is republished and retranslated only when what the demo wants differs from what is stored.
"""

import hashlib
import io
import textwrap
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import get_language_info
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page
from wagtail_localize.strings import StringValue

from core.demo_strings import DEMO_LANGUAGES
from core.locales import sync_all_locales
from core.localize import translate_from_strings, untranslated_strings

from . import demo_content as content
from .demo_translations import LANGUAGES as TRANSLATIONS
from .models import (
    AgeBand,
    Audience,
    CampaignLibraryPage,
    CampaignPage,
    Resource,
    ResourceType,
    Topic,
)
from .taxonomy import seed_taxonomy

COLLECTION_NAME = "Campaign material (demo)"
FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
]


def load(out):
    created, _updated = seed_taxonomy(languages=list(DEMO_LANGUAGES))
    out.step(
        f"campaign filters: {created} terms created, translated into {', '.join(DEMO_LANGUAGES)}"
    )

    home = _english_home()
    if home is None:
        out.step("campaigns skipped: there is no English home page yet")
        return
    library, library_changed = ensure_library(home)
    out.record(library_changed == "created")

    images = _demo_images()
    changed = []
    for spec in content.CAMPAIGNS:
        page, state = ensure_campaign(library, spec, images)
        out.record(state == "created")
        if state != "unchanged":
            changed.append(page)
    out.step(
        f"campaigns: {len(content.CAMPAIGNS)} under {library.url_path} "
        f"({len(changed)} created or changed)"
    )

    sync_all_locales()
    translated = translate_pages(library, library_changed != "unchanged", changed)
    align_publication_dates(library)
    out.step(
        f"campaigns translated into {', '.join(DEMO_LANGUAGES)} ({translated} translations saved)"
    )


# --- Pages ------------------------------------------------------------------------------


def _english_home():
    from home.models import HomePage

    return HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def ensure_library(home):
    library = CampaignLibraryPage.objects.child_of(home).first()
    if library is None:
        library = CampaignLibraryPage(
            title=content.LIBRARY["title"],
            slug=content.LIBRARY["slug"],
            intro=content.LIBRARY["intro"],
            locale=home.locale,
        )
        home.add_child(instance=library)
        library.save_revision().publish()
        return library, "created"
    if (library.title, library.intro) != (content.LIBRARY["title"], content.LIBRARY["intro"]):
        library.title = content.LIBRARY["title"]
        library.intro = content.LIBRARY["intro"]
        library.save_revision().publish()
        return library, "changed"
    return library, "unchanged"


def _terms(model, slugs):
    terms = {
        term.slug: term
        for term in model.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, slug__in=slugs
        )
    }
    return [terms[slug] for slug in slugs if slug in terms]


def _publisher(slug):
    if not slug:
        return None
    from directory.models import Organisation

    return Organisation.objects.filter(
        slug=slug, locale__language_code=settings.LANGUAGE_CODE
    ).first()


def _sid_edition(year):
    if not year:
        return None
    from events.models import SaferInternetDay

    return SaferInternetDay.objects.filter(year=year).first()


def _countries(codes):
    from directory.models import Country

    return list(Country.objects.filter(code__in=codes))


def _body(spec):
    body = [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in spec["body"]]
    cta = spec.get("cta")
    if cta:
        body.append(
            {
                "type": "call_to_action",
                "value": {
                    "title": cta["title"],
                    "text": cta["text"],
                    "link": {"page": None, "url": cta["url"]},
                    "button_label": cta["button"],
                },
            }
        )
    return body


def _wanted_state(page):
    """What the demo compares to decide whether a campaign changed."""
    resources = []
    for resource in page.resources.all():
        resources.append(
            (
                resource.title,
                resource.resource_type_id,
                resource.language,
                resource.document_id,
                resource.url,
                tuple(sorted(band.pk for band in resource.age_bands.all())),
                resource.has_subtitles,
                resource.has_sign_language,
                resource.has_audio_description,
                resource.is_easy_read,
                resource.duration_minutes,
                resource.learning_objectives,
                resource.class_needs,
            )
        )
    return (
        page.title,
        page.summary,
        [(block["type"], _plain(block["value"])) for block in page.body.raw_data],
        page.hero_image_id,
        tuple(sorted(term.pk for term in page.topics.all())),
        tuple(sorted(term.pk for term in page.audiences.all())),
        tuple(sorted(term.pk for term in page.age_bands.all())),
        tuple(sorted(country.pk for country in page.countries.all())),
        page.publisher_id,
        page.sid_edition_id,
        page.licence,
        page.usage_conditions,
        page.last_reviewed,
        tuple(resources),
    )


def _plain(value):
    if isinstance(value, dict):
        return tuple(sorted((key, _plain(item)) for key, item in value.items()))
    return value


def ensure_campaign(library, spec, images):
    page = CampaignPage.objects.child_of(library).filter(slug=spec["slug"]).first()
    created = page is None
    if created:
        page = CampaignPage(slug=spec["slug"], locale=library.locale)
        before = None
    else:
        before = _wanted_state(page)

    page.title = spec["title"]
    page.summary = spec["summary"]
    page.body = _body(spec)
    image = images.get(spec["image"]) if spec["image"] else None
    page.hero_image = image
    page.topics = _terms(Topic, spec["topics"])
    page.audiences = _terms(Audience, spec["audiences"])
    page.age_bands = _terms(AgeBand, spec["ages"])
    page.countries = _countries(spec["countries"])
    page.publisher = _publisher(spec["publisher"])
    page.sid_edition = _sid_edition(spec["sid"])
    page.licence = spec["licence"]
    page.usage_conditions = spec["usage"]
    page.last_reviewed = spec["reviewed"]
    page.resources = _resources(page, spec)

    if created:
        library.add_child(instance=page)
    elif _wanted_state(page) == before:
        return page, "unchanged"
    page.save_revision().publish()
    if created:
        # Spread the demo over the past months so "newest first" means something.
        published = timezone.now() - timedelta(days=spec["age_days"])
        CampaignPage.objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=published
        )
    return page, "created" if created else "changed"


def _resources(page, spec):
    # Matched by position, so the order must be stable: modelcluster leaves sort_order
    # unset when children are assigned in code, and PostgreSQL returns ties in any order.
    existing = (
        sorted(
            page.resources.all(),
            key=lambda item: (item.sort_order is None, item.sort_order or 0, item.pk),
        )
        if page.pk
        else []
    )
    types = {term.slug: term for term in ResourceType.objects.filter(locale=page.locale)}
    items = []
    for position, wanted in enumerate(spec["resources"]):
        resource = existing[position] if position < len(existing) else Resource()
        resource.sort_order = position
        resource.title = wanted["title"]
        resource.resource_type = types[wanted["type"]]
        resource.language = wanted["language"]
        if wanted["url"]:
            resource.url = wanted["url"]
            resource.document = None
        else:
            resource.url = ""
            resource.document = ensure_document(spec, wanted)
        resource.age_bands = _terms(AgeBand, wanted["ages"])
        flags = wanted["flags"]
        resource.has_subtitles = flags.get("has_subtitles", False)
        resource.has_sign_language = flags.get("has_sign_language", False)
        resource.has_audio_description = flags.get("has_audio_description", False)
        resource.is_easy_read = flags.get("is_easy_read", False)
        lesson = wanted["lesson"]
        resource.duration_minutes = lesson["minutes"] if lesson else None
        resource.learning_objectives = "\n".join(lesson["objectives"]) if lesson else ""
        resource.class_needs = "\n".join(lesson["needs"]) if lesson else ""
        items.append(resource)
    return items


# --- Documents --------------------------------------------------------------------------


def _collection():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    return collection or root.add_child(name=COLLECTION_NAME)


def _in_language(text, language):
    """`text` (an English demo string) in `language`, from the demo translations."""
    module = TRANSLATIONS.get(language)
    if module is None:
        return text
    if text in module.STRINGS:
        return module.STRINGS[text]
    for slug, (title, summary, _body) in module.CAMPAIGNS.items():
        spec = next(c for c in content.CAMPAIGNS if c["slug"] == slug)
        if text == spec["title"]:
            return title
        if text == spec["summary"]:
            return summary
    return text


def ensure_document(spec, wanted):
    Document = get_document_model()
    language = wanted["language"]
    language_name = get_language_info(language)["name"]
    title = f"{spec['title']}: {wanted['title']} ({language_name})"
    collection = _collection()
    document = Document.objects.filter(collection=collection, title=title).first()
    if document is not None:
        return document
    lines = [
        _in_language(wanted["title"], language),
        _in_language(spec["title"], language),
        "",
        _in_language(spec["summary"], language),
    ]
    data, extension = _material_file(lines, language)
    name = f"{spec['slug']}-{slugify(wanted['title'])}-{language}.{extension}"
    document = Document(title=title, collection=collection)
    document.file.save(name, ContentFile(data), save=False)
    document.file_size = len(data)
    document.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    document.save()
    return document


def _font_path():
    return next((path for path in FONT_PATHS if Path(path).exists()), None)


def _material_file(lines, language):
    """A one-page PDF drawn with Pillow (a plain-text file if no suitable font is installed)."""
    footer = "Safer Internet Hub · demonstration material"
    font_path = _font_path()
    if font_path is None:
        return ("\n".join([*lines, "", footer]) + "\n").encode("utf-8"), "txt"

    from PIL import Image, ImageDraw, ImageFont

    width, height = 1240, 1754  # A4 at 150 dpi
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    rtl = get_language_info(language)["bidi"]
    direction = {"direction": "rtl"} if rtl else {}
    big = ImageFont.truetype(font_path, 56)
    medium = ImageFont.truetype(font_path, 40)
    small = ImageFont.truetype(font_path, 28)
    draw.rectangle([0, 0, width, 40], fill="#0b4f6c")
    y = 160
    for index, line in enumerate(lines):
        font = big if index == 0 else medium if index == 1 else small
        for part in textwrap.wrap(line, 38 if index < 2 else 60) or [""]:
            x = width - 120 if rtl else 120
            anchor = "ra" if rtl else "la"
            draw.text((x, y), part, font=font, fill="#0b2f40", anchor=anchor, **direction)
            y += int(font.size * 1.5)
        y += 30
    draw.text((120, height - 120), footer, font=small, fill="#555555")
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150.0)
    return buffer.getvalue(), "pdf"


def _demo_images():
    try:
        from core.demo_images import ensure_demo_images
    except ImportError:
        return {}
    return ensure_demo_images()


def align_publication_dates(library):
    """Give translations and untranslated copies their English campaign's publication date,
    so "newest first" orders the demo the same way in every language."""
    for page in CampaignPage.objects.child_of(library).only(
        "translation_key", "first_published_at"
    ):
        Page.objects.filter(translation_key=page.translation_key).exclude(
            first_published_at=page.first_published_at
        ).update(first_published_at=page.first_published_at)


# --- Translations -----------------------------------------------------------------------


def segment(text):
    """`text` as wagtail-localize shows it to translators (HTML-escaped, lines as <br/>)."""
    return StringValue.from_plaintext(text).data


def library_strings(code):
    module = TRANSLATIONS[code]
    title, intro = module.LIBRARY
    return {
        segment(content.LIBRARY["title"]): segment(title),
        segment(content.LIBRARY["intro"]): segment(intro),
    }


# wagtail-localize runs translated slugs through Django's ASCII slugify: letters it cannot
# decompose to ASCII are dropped, so the demo writes them in Latin letters first.
LATIN = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe"})
GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng", "γκ": "gk", "μπ": "mp"}
GREEK = str.maketrans(
    dict(
        zip(
            "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
            ["a", "a", "v", "g", "d", "e", "e", "z", "i", "i", "th", "i", "i", "i", "i", "k",
             "l", "m", "n", "x", "o", "o", "p", "r", "s", "s", "t", "y", "y", "y", "y", "f",
             "ch", "ps", "o", "o"],
            strict=True,
        )
    )
)  # fmt: skip


def translated_slug(english_slug, title, code):
    """A readable ASCII slug for a translated campaign."""
    module = TRANSLATIONS[code]
    if english_slug in getattr(module, "SLUGS", {}):
        return module.SLUGS[english_slug]
    text = title.lower().replace("–", "-")
    if code == "el":
        for pair, latin in GREEK_PAIRS.items():
            text = text.replace(pair, latin)
        text = text.translate(GREEK)
    return slugify(text.translate(LATIN))[:80].strip("-") or english_slug


def campaign_strings(spec, code):
    """{English segment: translation} for one campaign in one language."""
    module = TRANSLATIONS[code]
    title, summary, body = module.CAMPAIGNS[spec["slug"]]
    pairs = [
        (spec["title"], title),
        (spec["slug"], translated_slug(spec["slug"], title, code)),
        (spec["summary"], summary),
        *zip(spec["body"], body, strict=True),
        (spec["usage"], module.STRINGS[spec["usage"]]),
    ]
    if spec["cta"]:
        cta = module.CTAS[spec["slug"]]
        pairs += [
            (spec["cta"]["title"], cta[0]),
            (spec["cta"]["text"], cta[1]),
            (spec["cta"]["button"], cta[2]),
        ]
    for resource in spec["resources"]:
        pairs.append((resource["title"], module.STRINGS[resource["title"]]))
        lesson = resource["lesson"]
        if lesson:
            pairs.append(
                (
                    "\n".join(lesson["objectives"]),
                    "\n".join(module.STRINGS[line] for line in lesson["objectives"]),
                )
            )
            pairs.append(
                (
                    "\n".join(lesson["needs"]),
                    "\n".join(module.STRINGS[line] for line in lesson["needs"]),
                )
            )
    return {segment(english): segment(translation) for english, translation in pairs}


def _has_translation(page, code):
    return Page.objects.filter(
        translation_key=page.translation_key,
        locale__language_code=code,
        alias_of__isnull=True,
    ).exists()


def translate_pages(library, library_changed, changed):
    """Translate the library and the campaigns that changed or lack a translation."""
    saved = 0
    specs = {spec["slug"]: spec for spec in content.CAMPAIGNS}
    campaigns = list(CampaignPage.objects.child_of(library).filter(slug__in=specs))
    changed_ids = {page.pk for page in changed}
    for code in DEMO_LANGUAGES:
        if not Locale.objects.filter(language_code=code).exists():
            continue
        if library_changed or not _has_translation(library, code):
            translate_from_strings(library, code, library_strings(code))
            saved += 1
        for page in campaigns:
            if page.pk not in changed_ids and _has_translation(page, code):
                continue
            strings = campaign_strings(specs[page.slug], code)
            missing = untranslated_strings(page, strings)
            if missing:
                raise ValueError(f"{page.slug} ({code}) lacks translations for: {missing}")
            translate_from_strings(page, code, strings)
            saved += 1
    return saved
