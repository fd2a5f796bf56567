"""Pages, settings and menus every section of the site shares."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BodyBlock
from .pages import PAGE_TRANSLATABLE_FIELDS, ReservedSlugMixin
from .validators import https_only, validate_https_url


class StandardPage(ReservedSlugMixin, Page):
    """A page of text and media: about, privacy, accessibility, guidance."""

    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the title; also used in listings."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Decorative: it is shown without alternative text, so it must not carry information."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    subpage_types = ["core.StandardPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Who runs the site and how to reach them, per site."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        blank=True,
        help_text=_("The organisation that runs this site, shown in the footer."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    quick_exit_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("quick exit explanation page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page that explains the Exit button and how to cover your tracks. Readers "
            "see it in their own language when it is translated."
        ),
    )
    mastodon_url = models.URLField(
        _("Mastodon"), blank=True, validators=[validate_https_url], max_length=300
    )
    bluesky_url = models.URLField(
        _("Bluesky"), blank=True, validators=[validate_https_url], max_length=300
    )
    instagram_url = models.URLField(
        _("Instagram"), blank=True, validators=[validate_https_url], max_length=300
    )
    youtube_url = models.URLField(
        _("YouTube"), blank=True, validators=[validate_https_url], max_length=300
    )
    linkedin_url = models.URLField(
        _("LinkedIn"), blank=True, validators=[validate_https_url], max_length=300
    )

    select_related = ["quick_exit_page"]

    SOCIAL_FIELDS = ["mastodon_url", "bluesky_url", "instagram_url", "youtube_url", "linkedin_url"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("contact_email")],
            heading=_("Organisation"),
        ),
        FieldPanel("quick_exit_page"),
        MultiFieldPanel(
            [FieldPanel(name) for name in SOCIAL_FIELDS],
            heading=_("Social media"),
            help_text=_("Full https:// addresses of the organisation's profiles."),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        """(network name, URL) of each profile that is filled in, in a fixed order. Only
        https:// addresses: the fields are checked on save, not values imported behind it."""
        return [
            (str(self._meta.get_field(name).verbose_name), https_only(getattr(self, name)))
            for name in self.SOCIAL_FIELDS
            if https_only(getattr(self, name))
        ]


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """The links of the site header or footer, translated like any other content."""

    PRIMARY = "primary"
    FOOTER = "footer"
    PLACE_CHOICES = [(PRIMARY, _("Main menu (header)")), (FOOTER, _("Footer links"))]

    place = models.CharField(_("where it appears"), max_length=20, choices=PLACE_CHOICES)

    panels = [FieldPanel("place"), InlinePanel("items", label=_("Links"), min_num=0)]
    translatable_fields = [SynchronizedField("place"), TranslatableField("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(
                fields=["place", "locale"], name="one_menu_per_place_and_locale"
            )
        ]

    def __str__(self):
        return str(self.get_place_display())

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude=exclude)
        duplicate = (
            NavigationMenu.objects.filter(place=self.place, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        )
        if duplicate:
            raise ValidationError(
                {"place": _("This language already has a menu for this place. Edit that one.")}
            )


class NavigationItem(TranslatableMixin, Orderable):
    """One link of a menu: a page, with an optional shorter label."""

    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Readers see this page in their own language when it is translated."),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to use the page title."),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]
    translatable_fields = [TranslatableField("label"), SynchronizedField("page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu link")
        verbose_name_plural = _("menu links")
