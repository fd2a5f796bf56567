from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import PromoBlock
from core.pages import PAGE_TRANSLATABLE_FIELDS

from .sections import build_sections


class HomePage(Page):
    """The front page of each language: a welcome, then sections filled by the content apps."""

    hero_heading = models.CharField(
        _("heading"),
        max_length=150,
        blank=True,
        help_text=_("The page's main heading. Leave empty to use the page title."),
    )
    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the heading."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Decorative: shown without alternative text, so it must not carry information."
        ),
    )
    body = RichTextField(_("welcome text"), blank=True, features=["bold", "italic", "link"])
    promos = StreamField(
        [("promo", PromoBlock())],
        blank=True,
        max_num=6,
        verbose_name=_("promos"),
        help_text=_("Up to six teasers for what readers should find first."),
    )

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("intro"), FieldPanel("hero_image")],
            heading=_("Header"),
        ),
        FieldPanel("body"),
        FieldPanel("promos"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("hero_heading"),
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        TranslatableField("promos"),
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def heading(self):
        return self.hero_heading or self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = build_sections(self, request)
        return context
