"""Body blocks: what readers see, what editors may not save, and that no field runs code."""

import re
from html.parser import HTMLParser

import pytest
from wagtail import blocks as wagtail_blocks

from core.blocks import (
    BodyBlock,
    CallToActionBlock,
    ImageBlock,
    KeyFactBlock,
    LinkBlock,
    VideoBlock,
)
from core.locales import sync_all_locales
from core.localize import translate_from_strings
from core.richtext import clean_richtext
from tests.core.factories import ImageFactory, StandardPageFactory, block, item
from tests.factories import make_site

pytestmark = pytest.mark.django_db

ATTACK = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def evil(marker):
    """Text that would run code if a template printed it unescaped; `marker` proves it was shown."""
    return f"{marker} {ATTACK}"


def evil_rich(marker):
    """Stored rich text as an import or the API could write it, bypassing the editor."""
    return (
        f"<p>{marker} {ATTACK}</p>"
        f'<p><a href="javascript:alert(1)" onclick="alert(1)">{marker}-link</a></p>'
        f"<style>body{{display:none}}</style><iframe src=https://evil.example></iframe>"
    )


class ExecutableMarkup(HTMLParser):
    """Collects everything in a page that a browser would execute or load from elsewhere."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inline_scripts = []
        self.event_handlers = []
        self.script_urls = []
        self.frames = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.event_handlers.append((tag, name, value))
            if name in {"href", "src", "action", "formaction", "srcset"} and re.match(
                r"\s*(javascript|data|vbscript):", value or "", re.IGNORECASE
            ):
                self.script_urls.append((tag, name, value))
        if tag == "script":
            if not attrs.get("src", "").startswith("/static/"):
                self.inline_scripts.append(attrs)
            self._in_script = True
        if tag in {"iframe", "object", "embed", "frame"}:
            self.frames.append((tag, attrs))
        if tag == "img" and attrs.get("src") == "x":
            self.script_urls.append((tag, "src", "x"))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts.append(data)


def assert_nothing_executable(html):
    assert "<script>alert" not in html
    parser = ExecutableMarkup()
    parser.feed(html)
    assert parser.inline_scripts == []
    assert parser.event_handlers == []
    assert parser.script_urls == []
    assert parser.frames == []


@pytest.fixture
def home(db):
    return make_site(sync=False)


@pytest.fixture
def image(db):
    return ImageFactory()


def body_with(block_type, image):
    """A block of `block_type` with an attack in every text field, and its field markers."""
    if block_type == "heading":
        return block("heading", {"level": "h3", "text": evil("m-heading")}), ["m-heading"]
    if block_type == "paragraph":
        return block("paragraph", evil_rich("m-paragraph")), ["m-paragraph"]
    if block_type == "image":
        value = {"image": image.pk, "alt_text": evil("m-alt"), "caption": evil("m-caption")}
        return block("image", value), ["m-alt", "m-caption"]
    if block_type == "quote":
        value = {"text": evil("m-quote"), "attribution": evil("m-attribution")}
        return block("quote", value), ["m-quote", "m-attribution"]
    if block_type == "call_to_action":
        value = {
            "title": evil("m-cta-title"),
            "text": evil("m-cta-text"),
            "link": {"page": None, "url": "javascript:alert(1)"},
            "button_label": evil("m-cta-button"),
        }
        # A javascript: address is not a link: the button is left out, the rest is shown.
        return block("call_to_action", value), ["m-cta-title", "m-cta-text"]
    if block_type == "key_facts":
        fact = {
            "value": evil("m-fact-value"),
            "label": evil("m-fact-label"),
            "source": evil("m-fact-source"),
            "source_url": "javascript:alert(1)",
        }
        value = {"title": evil("m-facts-title"), "facts": [item(fact)]}
        return block("key_facts", value), [
            "m-facts-title",
            "m-fact-value",
            "m-fact-label",
            "m-fact-source",
        ]
    if block_type == "accordion":
        question = {"question": evil("m-question"), "answer": evil_rich("m-answer")}
        value = {"title": evil("m-faq-title"), "questions": [item(question)]}
        return block("accordion", value), ["m-faq-title", "m-question", "m-answer"]
    if block_type == "video":
        value = {
            "provider": "youtube",
            "video_id": "M7lc1UVf-VE",
            "title": evil("m-video-title"),
            "poster": image.pk,
            "transcript": evil_rich("m-transcript"),
        }
        return block("video", value), ["m-video-title", "m-transcript"]
    if block_type == "table":
        value = {
            "table": table_value(
                evil("m-table-caption"),
                [("text", evil("m-table-heading")), ("number", "Reports")],
                [[evil("m-table-row-heading"), "12"], [evil("m-table-cell"), "3"]],
            ),
            "row_headers": True,
        }
        return block("table", value), [
            "m-table-caption",
            "m-table-heading",
            "m-table-row-heading",
            "m-table-cell",
        ]
    raise AssertionError(block_type)


def table_value(caption, columns, rows):
    """A table block's stored value: columns as [(cell type, heading)], rows of cell values."""
    return {
        "caption": caption,
        "columns": [{"type": kind, "heading": heading} for kind, heading in columns],
        "rows": [{"values": values} for values in rows],
    }


BLOCK_TYPES = [
    "heading",
    "paragraph",
    "image",
    "quote",
    "call_to_action",
    "key_facts",
    "accordion",
    "video",
    "table",
]


@pytest.mark.parametrize("block_type", BLOCK_TYPES)
def test_markup_typed_into_any_field_is_shown_as_text_never_run(client, home, image, block_type):
    body, markers = body_with(block_type, image)
    page = StandardPageFactory(
        parent=home, title=evil("m-title"), slug="attack", summary=evil("m-summary"), body=[body]
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for marker in ["m-title", "m-summary", *markers]:
        assert marker in html, f"{marker} was not rendered"
    assert_nothing_executable(html)
    # Plain-text fields keep the reader's view of what was typed, escaped.
    if block_type not in {"paragraph"}:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def _cells(html, tag):
    return re.findall(rf"<{tag}( scope=\"\w+\")?>([^<]*)</{tag}>", html)


def test_table_has_a_caption_named_region_and_headers_in_the_readers_format(client, home):
    value = {
        "table": table_value(
            "Safer Internet Day editions",
            [("number", "Year"), ("date", "Date"), ("text", "Global slogan")],
            [
                ["2025", "2025-02-11", "Together for a better internet"],
                ["2026", "2026-02-10", "Together for a better internet"],
            ],
        ),
        "row_headers": True,
    }
    page = StandardPageFactory(parent=home, slug="editions", body=[block("table", value)])
    html = client.get(page.url).content.decode()
    region = re.search(r'<div class="table-scroll" role="region" aria-labelledby="([^"]+)"', html)
    assert region, "the table does not scroll inside its own named region"
    assert f'<caption id="{region.group(1)}">Safer Internet Day editions</caption>' in html
    assert _cells(html, "th")[:3] == [
        (' scope="col"', "Year"),
        (' scope="col"', "Date"),
        (' scope="col"', "Global slogan"),
    ]
    # The year names its row; numbers and dates come in the reader's format.
    assert (' scope="row"', "2026") in _cells(html, "th")
    assert ("", "Feb. 10, 2026") in _cells(html, "td")


def test_table_without_row_headers_has_only_data_cells_in_its_rows(client, home):
    value = {
        "table": table_value("Numbers", [("text", "Service"), ("text", "Number")], [["A", "B"]]),
        "row_headers": False,
    }
    page = StandardPageFactory(parent=home, slug="numbers", body=[block("table", value)])
    html = client.get(page.url).content.decode()
    assert 'scope="row"' not in html
    assert ("", "A") in _cells(html, "td")


def test_table_cells_with_markup_are_shown_as_text(client, home):
    hostile = '<script>alert(1)</script><img src=x onerror="alert(1)">'
    value = {
        "table": table_value("Cells", [("text", "Say")], [[hostile]]),
        "row_headers": False,
    }
    page = StandardPageFactory(parent=home, slug="cells", body=[block("table", value)])
    html = client.get(page.url).content.decode()
    assert_nothing_executable(html)
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
        in (html)
    )


def test_table_needs_a_caption_and_some_cells():
    table_block = BodyBlock().child_blocks["table"]
    no_caption = table_block.to_python(
        {"table": table_value(" ", [("text", "A")], [["1"]]), "row_headers": True}
    )
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        table_block.clean(no_caption)
    assert "Give the table a caption." in excinfo.value.non_block_errors[0]
    empty = table_block.to_python({"table": table_value("Empty", [], []), "row_headers": True})
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        table_block.clean(empty)
    assert "at least one column and one row" in excinfo.value.non_block_errors[0]


def test_rich_text_keeps_its_formatting_and_safe_links():
    html = clean_richtext(
        '<p>Call <b>116 111</b> or <a href="https://www.childhelplineinternational.org/">'
        "find a helpline</a>.</p><ul><li>Block</li><li>Report</li></ul>"
    )
    assert "<b>116 111</b>" in html
    assert '<a href="https://www.childhelplineinternational.org/">find a helpline</a>' in html
    assert "<ul><li>Block</li><li>Report</li></ul>" in html


def test_rich_text_drops_script_links_handlers_and_embedded_code():
    html = clean_richtext(
        '<p onmouseover="alert(1)">Hi <a href="javascript:alert(1)">x</a>'
        '<a href=" JaVaScRiPt:alert(1)">y</a></p><script>alert(1)</script>'
        "<svg><script>alert(1)</script></svg><img src=x onerror=alert(1)>"
    )
    assert_nothing_executable(html)
    assert "alert" not in html
    assert "<p>Hi <a>x</a><a>y</a></p>" in html


# --- Validation --------------------------------------------------------------------------


def clean(block_instance, raw):
    return block_instance.clean(block_instance.to_python(raw))


def errors_of(excinfo):
    return {name: str(error.messages) for name, error in excinfo.value.block_errors.items()}


@pytest.mark.parametrize(
    ("provider", "video_id"),
    [("youtube", "M7lc1UVf-VE"), ("youtube", "dQw4w9WgXcQ"), ("vimeo", "76979871")],
)
def test_video_accepts_real_provider_ids(provider, video_id):
    value = clean(
        VideoBlock(),
        {
            "provider": provider,
            "video_id": f" {video_id} ",
            "title": "How to report",
            "transcript": "",
        },
    )
    assert value["video_id"] == video_id
    assert value.watch_url.startswith("https://")
    assert video_id in value.player_url


@pytest.mark.parametrize(
    ("provider", "pasted"),
    [
        ("youtube", "https://www.youtube.com/watch?v=M7lc1UVf-VE&t=42s"),
        ("youtube", "https://youtu.be/M7lc1UVf-VE?si=abc"),
        ("youtube", "https://www.youtube.com/shorts/M7lc1UVf-VE"),
        ("vimeo", "https://vimeo.com/76979871"),
    ],
)
def test_video_takes_the_id_from_a_pasted_address(provider, pasted):
    value = clean(VideoBlock(), {"provider": provider, "video_id": pasted, "title": "Clip"})
    assert value["video_id"] in {"M7lc1UVf-VE", "76979871"}


@pytest.mark.parametrize(
    ("provider", "video_id"),
    [
        ("youtube", "short"),
        ("youtube", "M7lc1UVf-VE-too-long"),
        ("youtube", '"><script>'),
        ("youtube", "https://example.org/watch?v=M7lc1UVf-VE"),
        ("vimeo", "M7lc1UVf-VE"),
        ("vimeo", "12345"),
    ],
)
def test_video_refuses_malformed_ids_with_a_clear_message(provider, video_id):
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        clean(VideoBlock(), {"provider": provider, "video_id": video_id, "title": "Clip"})
    message = errors_of(excinfo)["video_id"]
    assert "YouTube" in message or "Vimeo" in message


def test_video_with_a_bad_stored_id_renders_nothing(client, home):
    page = StandardPageFactory(
        parent=home,
        slug="video",
        body=[block("video", {"provider": "youtube", "video_id": '"><b>x', "title": "Clip"})],
    )
    html = client.get(page.url).content.decode()
    assert "Clip" not in html
    assert "youtube" not in html.lower()


def test_video_shows_poster_link_and_transcript_and_loads_nothing_from_the_provider(
    client, home, image
):
    page = StandardPageFactory(
        parent=home,
        slug="video",
        body=[
            block(
                "video",
                {
                    "provider": "youtube",
                    "video_id": "M7lc1UVf-VE",
                    "title": "Sextortion: what to do",
                    "poster": image.pk,
                    "transcript": "<p>Do not pay. Keep the messages. Tell someone.</p>",
                },
            )
        ],
    )
    html = client.get(page.url).content.decode()
    parser = ExecutableMarkup()
    parser.feed(html)
    assert parser.frames == []
    assert 'href="https://www.youtube.com/watch?v=M7lc1UVf-VE"' in html
    assert 'data-video-player="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE' in html
    assert "<details" in html and "Do not pay. Keep the messages." in html
    # Every image on the page is served by this site.
    assert not re.search(r'<(img|source)[^>]+(src|srcset)="https?://', html)


@pytest.mark.parametrize(
    "url", ["http://example.org/", "javascript:alert(1)", "ftp://example.org/", "https://"]
)
def test_link_to_another_site_must_be_https(url):
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        clean(LinkBlock(), {"page": None, "url": url})
    assert "url" in errors_of(excinfo)


def test_link_needs_a_page_or_an_address_but_not_both(home):
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        clean(LinkBlock(), {"page": None, "url": ""})
    assert "Choose a page or enter an address." in errors_of(excinfo)["page"]
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        clean(LinkBlock(), {"page": home.pk, "url": "https://www.inhope.org/"})
    assert "not both" in errors_of(excinfo)["url"]
    assert clean(LinkBlock(), {"page": None, "url": "https://www.inhope.org/"})["url"]
    # A bare domain is taken as https.
    assert clean(LinkBlock(), {"page": None, "url": "inhope.org"})["url"] == "https://inhope.org"


def test_call_to_action_reports_the_bad_link_inside_it():
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        clean(
            CallToActionBlock(),
            {
                "title": "Report it",
                "text": "",
                "link": {"page": None, "url": "http://example.org/"},
                "button_label": "Report",
            },
        )
    assert "link" in excinfo.value.block_errors


def test_key_fact_source_address_must_be_https():
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        clean(
            KeyFactBlock(),
            {"value": "180+", "label": "countries", "source": "SID", "source_url": "http://x.org"},
        )
    assert "source_url" in errors_of(excinfo)


def test_image_needs_alternative_text(image):
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as excinfo:
        clean(ImageBlock(), {"image": image.pk, "alt_text": "", "caption": ""})
    assert "alt_text" in excinfo.value.block_errors


def test_image_is_responsive_lazy_and_sized(client, home, image):
    page = StandardPageFactory(
        parent=home,
        slug="poster",
        body=[
            block(
                "image",
                {
                    "image": image.pk,
                    "alt_text": "Poster: think before you share",
                    "caption": "SID 2025",
                },
            )
        ],
    )
    html = client.get(page.url).content.decode()
    img = re.search(r'<img [^>]*alt="Poster: think before you share"[^>]*>', html).group(0)
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert "srcset=" in img
    assert "<figcaption>SID 2025</figcaption>" in html


def test_rich_text_field_links_lead_to_the_readers_language(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=site, title="Privacy notice", slug="privacy-notice")
        translate_from_strings(
            page,
            "fi",
            {"Privacy notice": "Tietosuojaseloste", "privacy-notice": "tietosuojaseloste"},
        )
    site.body = f'<p>See our <a linktype="page" id="{page.pk}">privacy notice</a>.</p>'
    site.save_revision().publish()
    assert '<a href="/en/privacy-notice/">privacy notice</a>' in client.get("/en/").content.decode()
    # The Swedish home page, an untranslated copy, links to the page's Swedish copy.
    sync_all_locales()
    assert 'href="/sv/privacy-notice/"' in client.get("/sv/").content.decode()
