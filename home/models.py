from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import PromoBlock
from core.pages import PAGE_TRANSLATABLE_FIELDS

from .sections import build_sections

FEATURED_CAMPAIGNS_MAX = 6


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
        InlinePanel(
            "featured_campaigns",
            label=_("Featured campaign"),
            heading=_("Featured campaigns"),
            max_num=FEATURED_CAMPAIGNS_MAX,
            help_text=_(
                "Shown as cards on the front page in this order. Drafts, private and expired "
                "campaigns are left out by themselves."
            ),
        ),
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
        # The choice is made once for every language: each front page shows the reader's
        # translation (or untranslated copy) of the same campaigns.
        SynchronizedField("featured_campaigns", overridable=False),
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


class FeaturedCampaign(Orderable):
    """A campaign an editor chose for the front page, in the order it is shown."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_campaigns")
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("campaign", "campaigns.CampaignPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured campaign")
        verbose_name_plural = _("featured campaigns")

    def __str__(self):
        return str(self.campaign)
