"""StreamField blocks shared by every page type.

Every text an editor types is escaped on output (Django's autoescape) and rich text goes
through `core.richtext.clean_richtext`, so markup typed or imported into any field never
runs on a public page. Nothing here calls a third-party service: the video block stores a
provider and an id and links out; the player loads only after a reader asks for it.
"""

import copy
import re

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from .links import localized_pages
from .richtext import PublicRichText, page_link_ids, resolve_page_urls
from .validators import https_only, validate_https_url

# Rich text in body content: emphasis, links and lists. Headings are their own block so the
# outline stays h2 → h3 → h4 under the page's single h1.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
ANSWER_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class LocalizingRichTextBlock(blocks.RichTextBlock):
    """Rich text whose internal page links lead to the reader's language.

    Wagtail resolves page links each time a rich text is shown, one query per text, to the
    page as chosen. Here the links of all texts of a stream are resolved together, in two
    queries, to each page's version in the active language (see core.links).
    """

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        if type(self) is LocalizingRichTextBlock:
            # Migrations record what is stored, which is plain rich text; how links are shown
            # is not part of the schema (and apps' migrations stay unchanged).
            path = "wagtail.blocks.RichTextBlock"
        return path, args, kwargs

    def to_python(self, value):
        return self.bulk_to_python([value])[0]

    def bulk_to_python(self, values):
        page_ids = set()
        for value in values:
            page_ids.update(page_link_ids(value or ""))
        page_urls = resolve_page_urls(page_ids)
        return [PublicRichText(value, page_urls) for value in values]

    def normalize(self, value):
        if isinstance(value, PublicRichText):
            return value
        return self.to_python(value.source if isinstance(value, RichText) else value)


class RenditionPrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads every chosen image of a stream, with its renditions, in two queries."""

    def bulk_to_python(self, values):
        objects = self.model_class.objects.prefetch_renditions().in_bulk(
            [value for value in values if value is not None]
        )
        seen = set()
        result = []
        for value in values:
            image = objects.get(value)
            if image is not None and value in seen:
                # Each use gets its own instance, as Wagtail's own chooser blocks do.
                image = copy.copy(image)
            seen.add(value)
            result.append(image)
        return result


class LocalizingPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser whose chosen pages carry their version in the reader's language.

    The stored value stays the chosen page (editing is unchanged); each page gets a
    `hub_localized` counterpart, looked up for all pages of the stream in one query.
    """

    def bulk_to_python(self, values):
        pages = super().bulk_to_python(values)
        localized = localized_pages(pages)
        for page in pages:
            if page is not None:
                page.hub_localized = localized.get(page.pk)
        return pages


class LinkValue(blocks.StructValue):
    def get_page(self):
        """The chosen page in the reader's language, or None if it is not published."""
        page = self.get("page")
        if page is None:
            return None
        if not hasattr(page, "hub_localized"):
            page.hub_localized = localized_pages([page]).get(page.pk)
        return page.hub_localized

    def get_url(self, request=None):
        page = self.get_page()
        if page is not None:
            return page.get_url(request)
        if self.get("page") is None:
            # Checked on save too; values written by code or imports skip that check.
            return https_only(self.get("url"))
        return ""


class LinkBlock(blocks.StructBlock):
    """A page of this site or an https address, never both."""

    page = LocalizingPageChooserBlock(
        required=False,
        label=_("Page on this site"),
        help_text=_("Readers see this page in their own language when it is translated."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("Or another website"),
        help_text=_("An https:// address."),
    )

    class Meta:
        value_class = LinkValue
        label = _("Link")
        form_classname = "link-block"

    def clean(self, value):
        value = super().clean(value)
        page, url = value.get("page"), value.get("url")
        if page and url:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose a page or enter an address, not both."))
                }
            )
        if not page and not url:
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        if url:
            try:
                validate_https_url(url)
            except ValidationError as error:
                raise blocks.StructBlockValidationError(block_errors={"url": error}) from error
        return value


class HeadingBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(
        choices=[
            ("h2", _("Section heading (level 2)")),
            ("h3", _("Subheading (level 3)")),
            ("h4", _("Minor heading (level 4)")),
        ],
        default="h2",
        label=_("Level"),
    )
    text = blocks.CharBlock(max_length=150, label=_("Heading"))

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading.html"

    def get_searchable_content(self, value):
        # The level's label ("Section heading") is not what the page says.
        return self.child_blocks["text"].get_searchable_content(value.get("text"))


class ParagraphBlock(LocalizingRichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "core/blocks/paragraph.html"


class ImageBlock(blocks.StructBlock):
    image = RenditionPrefetchingImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alternative text"),
        help_text=_(
            "What the image shows, for people who cannot see it. Required, and translated "
            "with the page."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=1000, label=_("Quote"))
    attribution = blocks.CharBlock(
        required=False, max_length=200, label=_("Who said it"), help_text=_("Name and role.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150, label=_("Title"))
    text = blocks.TextBlock(required=False, max_length=500, label=_("Text"))
    link = LinkBlock()
    button_label = blocks.CharBlock(
        max_length=60, label=_("Button label"), help_text=_("Say where it goes: “Find a helpline”.")
    )

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "core/blocks/call_to_action.html"


class KeyFactBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=40, label=_("Figure"), help_text=_("e.g. “180+”."))
    label = blocks.CharBlock(max_length=200, label=_("What it counts"))
    source = blocks.CharBlock(required=False, max_length=200, label=_("Source"))
    source_url = blocks.URLBlock(
        required=False, label=_("Source address"), help_text=_("An https:// address.")
    )

    class Meta:
        icon = "order"
        label = _("Key fact")

    def clean(self, value):
        value = super().clean(value)
        if value.get("source_url"):
            try:
                validate_https_url(value["source_url"])
            except ValidationError as error:
                raise blocks.StructBlockValidationError(
                    block_errors={"source_url": error}
                ) from error
        return value


class KeyFactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=150, label=_("Title"))
    facts = blocks.ListBlock(KeyFactBlock(), min_num=1, max_num=8, label=_("Facts"))

    class Meta:
        icon = "list-ul"
        label = _("Key facts")
        template = "core/blocks/key_facts.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question"))
    answer = LocalizingRichTextBlock(features=ANSWER_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question")


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False,
        max_length=150,
        label=_("Title"),
        help_text=_("e.g. “Questions parents ask”."),
    )
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "list-ol"
        label = _("Questions and answers")
        template = "core/blocks/accordion.html"


VIDEO_PROVIDERS = {
    # provider: (id pattern, what the id looks like, watch URL, player URL loaded on request)
    "youtube": (
        re.compile(r"^[A-Za-z0-9_-]{11}$"),
        _("A YouTube video id has 11 letters, digits, “-” or “_” (the part after “v=”)."),
        "https://www.youtube.com/watch?v={id}",
        "https://www.youtube-nocookie.com/embed/{id}?autoplay=1",
    ),
    "vimeo": (
        re.compile(r"^[0-9]{6,12}$"),
        _("A Vimeo video id is the number at the end of its address."),
        "https://vimeo.com/{id}",
        "https://player.vimeo.com/video/{id}?autoplay=1&dnt=1",
    ),
}


# Addresses editors paste instead of an id: watch pages, short links, embeds, shorts.
VIDEO_ADDRESS_PATTERNS = {
    "youtube": re.compile(
        r"^https?://(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/|live/)"
        r"|youtu\.be/)([A-Za-z0-9_-]{11})(?:[?&#/].*)?$"
    ),
    "vimeo": re.compile(
        r"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/)?([0-9]{6,12})(?:[?#/].*)?$"
    ),
}


def id_from_address(provider, text):
    """The video id in a pasted address, or the text unchanged."""
    match = VIDEO_ADDRESS_PATTERNS[provider].match(text)
    return match.group(1) if match else text


class VideoValue(blocks.StructValue):
    @cached_property
    def _provider(self):
        return VIDEO_PROVIDERS.get(self.get("provider"))

    @property
    def is_valid(self):
        provider = self._provider
        return provider is not None and bool(provider[0].match(self.get("video_id") or ""))

    @property
    def watch_url(self):
        return self._provider[2].format(id=self["video_id"]) if self.is_valid else ""

    @property
    def player_url(self):
        return self._provider[3].format(id=self["video_id"]) if self.is_valid else ""

    @property
    def provider_name(self):
        return dict(VideoBlock.PROVIDER_CHOICES).get(self.get("provider"), "")


class VideoBlock(blocks.StructBlock):
    """A video on YouTube or Vimeo, shown as a local poster and a link until a reader asks to
    play it. No oEmbed request, no third-party request before the reader clicks."""

    PROVIDER_CHOICES = [("youtube", "YouTube"), ("vimeo", "Vimeo")]

    provider = blocks.ChoiceBlock(choices=PROVIDER_CHOICES, default="youtube", label=_("Hosted on"))
    video_id = blocks.CharBlock(
        max_length=200,
        label=_("Video id"),
        help_text=_(
            "YouTube: the 11 characters after “v=”. Vimeo: the number in the address. "
            "Pasting the video's address works too."
        ),
    )
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    poster = RenditionPrefetchingImageChooserBlock(
        required=False,
        label=_("Poster image"),
        help_text=_("Shown before the video plays, instead of the provider's thumbnail."),
    )
    transcript = LocalizingRichTextBlock(
        required=False,
        features=ANSWER_FEATURES,
        label=_("Transcript"),
        help_text=_("What is said and shown, for people who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "core/blocks/video.html"
        value_class = VideoValue

    def get_searchable_content(self, value):
        return [
            *self.child_blocks["title"].get_searchable_content(value.get("title")),
            *self.child_blocks["transcript"].get_searchable_content(value.get("transcript")),
        ]

    def clean(self, value):
        value = super().clean(value)
        pattern, message, *_urls = VIDEO_PROVIDERS[value["provider"]]
        video_id = id_from_address(value["provider"], (value.get("video_id") or "").strip())
        if not pattern.match(video_id):
            raise blocks.StructBlockValidationError(
                block_errors={"video_id": ValidationError(message)}
            )
        value["video_id"] = video_id
        return value


class ContactDetailsBlock(blocks.StaticBlock):
    """The organisation's name, e-mail and social links, kept in one place: site settings."""

    class Meta:
        icon = "mail"
        label = _("Contact details")
        admin_text = _(
            "Shows the organisation name, contact e-mail and social media links from the "
            "site settings."
        )
        template = "core/blocks/contact_details.html"


class TableCellsBlock(TypedTableBlock):
    """Plain cells only: text is escaped like every other field, numbers and dates are shown
    in each reader's format. No rich text, so a cell can never carry markup or links."""

    text = blocks.CharBlock(max_length=300, label=_("Text"))
    number = blocks.DecimalBlock(label=_("Number"))
    date = blocks.DateBlock(label=_("Date"))


def _cell_text(column_type, value):
    if value is None:
        return ""
    if column_type == "number":
        return formats.number_format(value)
    if column_type == "date":
        return formats.date_format(value, "DATE_FORMAT")
    return value


class TableBlock(blocks.StructBlock):
    """A data table: a caption, a header row, optionally a header column. It scrolls inside
    its own box on a phone (see components/table.html)."""

    table = TableCellsBlock(
        label=_("Table"),
        help_text=_("The caption says what the table shows; screen readers announce it."),
    )
    row_headers = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("First column names each row"),
        help_text=_("e.g. the year in a table of editions, the country in a table of helplines."),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "core/blocks/table.html"

    def clean(self, value):
        value = super().clean(value)
        table = value["table"]
        if not (table.caption or "").strip():
            # The caption is also the name of the scrolling region: without it a screen reader
            # user meets an unnamed box.
            raise blocks.StructBlockValidationError(
                non_block_errors=ErrorList([_("Give the table a caption.")])
            )
        if not table.columns or not table.row_data:
            raise blocks.StructBlockValidationError(
                non_block_errors=ErrorList([_("A table needs at least one column and one row.")])
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        table = value["table"]
        types = [column["block"].name for column in table.columns]
        context["headers"] = [column["heading"] for column in table.columns]
        context["rows"] = [
            [_cell_text(kind, cell) for kind, cell in zip(types, row["values"], strict=False)]
            for row in table.row_data
        ]
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    key_facts = KeyFactsBlock()
    accordion = AccordionBlock()
    video = VideoBlock()
    contact_details = ContactDetailsBlock()
    table = TableBlock()

    class Meta:
        # Block names are stored in the database and in translations: rename with a migration.
        label = _("Body")


class PromoBlock(blocks.StructBlock):
    """A teaser on the home page: an editor's pick of where to go next."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(max_length=300, label=_("Text"))
    link = LinkBlock()
    image = RenditionPrefetchingImageChooserBlock(required=False, label=_("Image"))

    class Meta:
        icon = "pick"
        label = _("Promo")
        template = "core/blocks/promo.html"
