"""Campaigns: the pages teachers, parents and hotlines use, their downloadable resources,
and the taxonomy the campaign library filters by."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.pages import (
    PAGE_TRANSLATABLE_FIELDS,
    SECTION_TRANSLATABLE_FIELDS,
    ReservedSlugMixin,
    SectionIndexMixin,
)
from core.validators import validate_https_url
from directory.countries import sorted_by_name

from .serializers import (
    CountryCodesField,
    KitField,
    PublisherField,
    ResourcesField,
    TaxonomyField,
)


def source_locale_terms():
    # Pages and resources point at the source-language terms; every translation of a term
    # shares its translation_key, which is what the library matches on.
    return Q(locale__language_code=settings.LANGUAGE_CODE)


# --- Taxonomy ---------------------------------------------------------------------------


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term readers filter by; its slug is the same in every language and appears in
    filter addresses (/campaigns/?topic=grooming)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_(
            "Used in filter addresses, e.g. ?topic=grooming, and the same in every language. "
            "Changing it breaks links people have shared."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("position"),
        default=100,
        help_text=_("Lower numbers come first in filters and on campaign pages."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.slug = (self.slug or "").strip().lower()
        if not self.slug:
            return
        duplicate = (
            type(self)
            .objects.filter(slug=self.slug, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(translation_key=self.translation_key)
        )
        if self.locale_id and duplicate.exists():
            raise ValidationError(
                {
                    "slug": _("Another %(kind)s already uses the slug “%(slug)s”.")
                    % {"kind": self._meta.verbose_name, "slug": self.slug}
                }
            )


def _unique_slug_per_locale(name):
    return models.UniqueConstraint(fields=["slug", "locale"], name=name)


class Topic(TaxonomyTerm):
    """What a campaign is about (the Better Internet for Kids topic list)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [_unique_slug_per_locale("campaigns_topic_unique_slug_locale")]


class Audience(TaxonomyTerm):
    """Who a campaign is for: children, parents and carers, teachers …"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [_unique_slug_per_locale("campaigns_audience_unique_slug_locale")]


class AgeBand(TaxonomyTerm):
    """An age range material is written for, e.g. 11–14."""

    min_age = models.PositiveSmallIntegerField(_("from age"))
    max_age = models.PositiveSmallIntegerField(
        _("to age"), null=True, blank=True, help_text=_("Leave empty for “and older”.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        *TaxonomyTerm.translatable_fields,
        SynchronizedField("min_age", overridable=False),
        SynchronizedField("max_age", overridable=False),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("age band")
        verbose_name_plural = _("age bands")
        ordering = ["min_age", "sort_order"]
        constraints = [_unique_slug_per_locale("campaigns_ageband_unique_slug_locale")]

    def clean(self):
        super().clean()
        if self.max_age is not None and self.min_age is not None and self.max_age < self.min_age:
            raise ValidationError({"max_age": _("The upper age must not be below the lower age.")})


class ResourceType(TaxonomyTerm):
    """What kind of material a resource is: lesson plan, poster, video …"""

    is_lesson_plan = models.BooleanField(
        _("lesson plan"),
        default=False,
        help_text=_(
            "Resources of this type carry a duration, learning objectives and what the class needs."
        ),
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("is_lesson_plan")]
    translatable_fields = [
        *TaxonomyTerm.translatable_fields,
        SynchronizedField("is_lesson_plan", overridable=False),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")
        constraints = [_unique_slug_per_locale("campaigns_resourcetype_unique_slug_locale")]


def terms_by_key(model, locale=None):
    """Every term of `model` keyed by translation_key, in `locale` (default: the active one)
    where translated and in the source language otherwise. One query."""
    locale = locale or Locale.get_active()
    terms = {}
    rows = model.objects.filter(
        Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE)
    ).select_related("locale")
    for term in rows:
        current = terms.get(term.translation_key)
        if current is None or term.locale_id == locale.pk:
            terms[term.translation_key] = term
    return dict(sorted(terms.items(), key=lambda item: _term_order(item[1])))


def _term_order(term):
    return (getattr(term, "min_age", 0), term.sort_order, term.name.casefold())


def localized_terms(terms, catalogue):
    """`terms` (any locale) as the reader's terms from `catalogue` (see terms_by_key), in
    catalogue order."""
    keys = {term.translation_key for term in terms}
    return [term for key, term in catalogue.items() if key in keys]


# --- Campaign pages ---------------------------------------------------------------------


LICENCE_CHOICES = [
    ("cc-by-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")),
    ("cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")),
    ("cc-by-nc-4.0", _("Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)")),
    (
        "cc-by-nc-sa-4.0",
        _("Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA 4.0)"),
    ),
    (
        "cc-by-nc-nd-4.0",
        _("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 (CC BY-NC-ND 4.0)"),
    ),
    ("free-education", _("Free to use in education, not to be sold or changed")),
    ("all-rights-reserved", _("All rights reserved: ask the publisher before reusing")),
]

LICENCE_URLS = {
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "cc-by-nc-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "cc-by-nc-sa-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "cc-by-nc-nd-4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
}


def visible_campaigns(locale=None):
    """Campaigns a reader may see in `locale` (default: the active one): live, public and
    not past their expiry date, even before the scheduled unpublish has run."""
    locale = locale or Locale.get_active()
    return (
        CampaignPage.objects.live()
        .public()
        .filter(locale=locale)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    )


class CampaignLibraryPage(SectionIndexMixin, RoutablePageMixin, Page):
    """The campaign library at /<lang>/campaigns/: every campaign of the language, with
    filters by topic, audience, age, resource type, language and country."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the heading."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [*SECTION_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    results_per_page = 12

    class Meta:
        verbose_name = _("campaign library")

    def get_context(self, request, *args, **kwargs):
        from .library import search_library

        context = super().get_context(request, *args, **kwargs)
        context["library"] = search_library(
            request.GET, locale=self.locale, per_page=self.results_per_page
        )
        context["feed_links"] = self.feed_links(request)
        return context

    def feed_url(self, kind, request=None):
        """Address of the library's RSS (`kind="rss"`) or Atom feed."""
        return self.get_url(request) + self.reverse_subpage(f"feed_{kind}")

    def feed_links(self, request=None):
        return [
            ("application/rss+xml", _("New campaigns (RSS)"), self.feed_url("rss", request)),
            ("application/atom+xml", _("New campaigns (Atom)"), self.feed_url("atom", request)),
        ]

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import CampaignRssFeed

        return CampaignRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import CampaignAtomFeed

        return CampaignAtomFeed(self)(request)


class CampaignPage(ReservedSlugMixin, RoutablePageMixin, Page):
    """A campaign: what it is about, who it is for, and the material to download."""

    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: shown under the title and in the library."),
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
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("topics"),
        blank=True,
        related_name="campaigns",
        limit_choices_to=source_locale_terms,
    )
    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("audiences"),
        blank=True,
        related_name="campaigns",
        limit_choices_to=source_locale_terms,
    )
    age_bands = ParentalManyToManyField(
        AgeBand,
        verbose_name=_("age bands"),
        blank=True,
        related_name="campaigns",
        limit_choices_to=source_locale_terms,
    )
    publisher = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_locale_terms,
        help_text=_("The organisation that made the material and answers questions about it."),
    )
    countries = ParentalManyToManyField(
        "directory.Country",
        verbose_name=_("countries"),
        blank=True,
        related_name="campaigns",
        help_text=_(
            "Where the campaign runs or its advice applies. Leave empty if it applies everywhere."
        ),
    )
    sid_edition = models.ForeignKey(
        "events.SaferInternetDay",
        verbose_name=_("Safer Internet Day edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("If the campaign was made for a Safer Internet Day, readers get a link to it."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=30,
        choices=LICENCE_CHOICES,
        default="cc-by-nc-4.0",
        help_text=_("What others may do with the material."),
    )
    usage_conditions = models.TextField(
        _("usage conditions"),
        blank=True,
        max_length=1000,
        help_text=_("Anything readers must know before reusing it, e.g. how to credit you."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that the advice and links are still right."),
    )

    parent_page_types = ["campaigns.CampaignLibraryPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("age_bands", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what it is for"),
        ),
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("countries"), FieldPanel("sid_edition")],
            heading=_("Publisher, countries and Safer Internet Day"),
        ),
        InlinePanel("resources", label=_("Resources"), heading=_("Resources to download")),
        MultiFieldPanel(
            [FieldPanel("licence"), FieldPanel("usage_conditions"), FieldPanel("last_reviewed")],
            heading=_("Reuse and review"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("usage_conditions"),
        index.RelatedFields("resources", [index.SearchField("title")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("expire_at"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("audiences", overridable=False),
        SynchronizedField("age_bands", overridable=False),
        SynchronizedField("publisher", overridable=False),
        SynchronizedField("countries", overridable=False),
        SynchronizedField("sid_edition", overridable=False),
        TranslatableField("resources"),
        SynchronizedField("licence", overridable=False),
        TranslatableField("usage_conditions"),
        SynchronizedField("last_reviewed", overridable=False),
    ]

    api_fields = [
        APIField("summary"),
        APIField("taxonomy", serializer=TaxonomyField()),
        APIField("countries", serializer=CountryCodesField()),
        APIField("publisher", serializer=PublisherField()),
        APIField("licence"),
        APIField("usage_conditions"),
        APIField("last_reviewed"),
        APIField("resources", serializer=ResourcesField()),
        APIField("kit", serializer=KitField()),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @classmethod
    def api_queryset(cls, queryset):
        """`queryset` with what the API fields read (see campaigns.serializers), so that a
        listing takes the same number of queries for 10 campaigns as for 50."""
        resources = Resource.objects.select_related("resource_type", "document")
        return queryset.select_related("locale", "publisher").prefetch_related(
            "topics",
            "audiences",
            "age_bands",
            "countries",
            Prefetch("resources", queryset=resources.prefetch_related("age_bands")),
        )

    def serve(self, request, *args, **kwargs):
        is_expired = self.expire_at and self.expire_at <= timezone.now()
        # Past its expiry date: gone for readers even before the scheduled unpublish runs;
        # editors still preview it, e.g. to decide whether to extend it.
        if is_expired and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @path("kit/", name="kit")
    def kit_download(self, request):
        """The page's files in its language and a README, as one ZIP (see campaigns.kits)."""
        from django.http import FileResponse

        from .kits import kit_for

        kit = kit_for(self, request)
        if kit is None:
            raise Http404
        response = FileResponse(
            kit.build().open("rb"),
            as_attachment=True,
            filename=kit.filename,
            content_type="application/zip",
        )
        response["ETag"] = f'"{kit.key}"'
        response["Cache-Control"] = "public, max-age=300"
        return response

    def get_context(self, request, *args, **kwargs):
        from .library import attach_card_details

        context = super().get_context(request, *args, **kwargs)
        catalogues = {
            model: terms_by_key(model, self.locale)
            for model in (Topic, Audience, AgeBand, ResourceType)
        }
        # Read from the page being shown, so previews and revisions show their own choices.
        context["topics"] = localized_terms(self.topics.all(), catalogues[Topic])
        context["audiences"] = localized_terms(self.audiences.all(), catalogues[Audience])
        context["age_bands"] = localized_terms(self.age_bands.all(), catalogues[AgeBand])
        context["countries"] = sorted_by_name([country.pk for country in self.countries.all()])
        context["resources"] = self.reader_resources(catalogues)
        from .kits import kit_for

        context["kit"] = kit_for(self, request)
        context["kit_url"] = (
            self.get_url(request) + self.reverse_subpage("kit") if context["kit"] else ""
        )
        related = self.related_campaigns()
        attach_card_details(related, catalogues)
        context["related_campaigns"] = related
        context["safer_internet_day"] = self.safer_internet_day_link(request)
        parent = self.get_parent() if self.path else None
        context["library_url"] = (
            parent.get_url(request) if parent is not None and parent.live else ""
        )
        return context

    def safer_internet_day_link(self, request):
        """The campaign's Safer Internet Day edition and the address of its page in the
        campaign's language ("" when there is no such page), or None. Two queries if set."""
        if not self.sid_edition_id:
            return None
        from events.models import SaferInternetDayIndexPage

        edition = self.sid_edition
        if edition is None:
            return None
        sid_index = (
            SaferInternetDayIndexPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .first()
        )
        url = sid_index.edition_url(edition.year, request) if sid_index is not None else ""
        return {"edition": edition, "url": url}

    def reader_resources(self, catalogues):
        """Resources with their type and age bands in the reader's language; resources with
        neither a file nor an address (a deleted document) are left out."""
        resources = self.resources.all()
        if isinstance(resources, models.QuerySet):
            # Served from the database; a preview holds its resources in memory instead.
            resources = resources.select_related("resource_type", "document").prefetch_related(
                "age_bands"
            )
        resources = list(resources)
        for resource in resources:
            resource.reader_type = (
                catalogues[ResourceType].get(
                    resource.resource_type.translation_key, resource.resource_type
                )
                if resource.resource_type_id
                else None
            )
            resource.reader_age_bands = localized_terms(
                resource.age_bands.all(), catalogues[AgeBand]
            )
        return [resource for resource in resources if resource.link_url]

    def related_campaigns(self, limit=3):
        """Live, public campaigns of the same language sharing most topics with this one,
        newest first among equals: one query, plus the prefetches of their cards."""
        from .library import card_queryset

        if not self.pk:
            return []
        topic_keys = Topic.objects.filter(
            pk__in=CampaignPage.topics.through.objects.filter(campaignpage_id=self.pk).values(
                "topic_id"
            )
        ).values("translation_key")
        related = (
            visible_campaigns(self.locale)
            .exclude(translation_key=self.translation_key)
            .filter(topics__translation_key__in=topic_keys)
            .annotate(shared_topics=Count("topics", distinct=True))
            .order_by("-shared_topics", "-first_published_at", "-pk")
        )
        return list(card_queryset(related)[:limit])


LANGUAGE_CHOICES = settings.LANGUAGES


class Resource(TranslatableMixin, Orderable, ClusterableModel):
    """One downloadable or linked item of a campaign: a file in the document library or an
    https address, never both."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(_("title"), max_length=200)
    resource_type = models.ForeignKey(
        ResourceType,
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_locale_terms,
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=LANGUAGE_CHOICES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the material itself is in."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Upload or choose the file, or give an address below, not both."),
    )
    url = models.URLField(
        _("or address"),
        blank=True,
        max_length=500,
        validators=[validate_https_url],
        help_text=_("An https:// address where the material is published."),
    )
    age_bands = ParentalManyToManyField(
        AgeBand,
        verbose_name=_("age bands"),
        blank=True,
        related_name="resources",
        limit_choices_to=source_locale_terms,
    )
    has_subtitles = models.BooleanField(_("Subtitles"), default=False)
    has_sign_language = models.BooleanField(_("Sign language"), default=False)
    has_audio_description = models.BooleanField(_("Audio description"), default=False)
    is_easy_read = models.BooleanField(
        _("Easy read"), default=False, help_text=_("Written in easy-to-read language.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
        help_text=_("Lesson plans: how long the lesson takes."),
    )
    learning_objectives = models.TextField(
        _("learning objectives"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Lesson plans: one objective per line, e.g. “Pupils can name three ways to report”."
        ),
    )
    class_needs = models.TextField(
        _("what the class needs"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Lesson plans: one item per line, e.g. “A projector”, “Printed scenario cards”."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("language")]),
        FieldPanel("document"),
        FieldPanel("url"),
        FieldPanel("age_bands", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("has_subtitles"),
                FieldPanel("has_sign_language"),
                FieldPanel("has_audio_description"),
                FieldPanel("is_easy_read"),
            ],
            heading=_("Accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("duration_minutes"),
                FieldPanel("learning_objectives"),
                FieldPanel("class_needs"),
            ],
            heading=_("Lesson plan details"),
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("resource_type", overridable=False),
        SynchronizedField("language"),
        SynchronizedField("document"),
        SynchronizedField("url"),
        SynchronizedField("age_bands", overridable=False),
        SynchronizedField("has_subtitles", overridable=False),
        SynchronizedField("has_sign_language", overridable=False),
        SynchronizedField("has_audio_description", overridable=False),
        SynchronizedField("is_easy_read", overridable=False),
        SynchronizedField("duration_minutes", overridable=False),
        TranslatableField("learning_objectives"),
        TranslatableField("class_needs"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.document_id and self.url:
            errors["url"] = _("Give a file or an address, not both.")
        elif not self.document_id and not self.url:
            errors["document"] = _(
                "Choose a file or give an address where the material is published."
            )
        is_lesson_plan = bool(self.resource_type_id) and self.resource_type.is_lesson_plan
        if is_lesson_plan:
            if not self.duration_minutes:
                errors["duration_minutes"] = _("A lesson plan needs its duration in minutes.")
            if not self.learning_objectives.strip():
                errors["learning_objectives"] = _(
                    "A lesson plan needs at least one learning objective."
                )
        elif self.resource_type_id:
            for field in ("duration_minutes", "learning_objectives", "class_needs"):
                if getattr(self, field):
                    errors[field] = _(
                        "Only lesson plans have lesson details. Choose the lesson plan type "
                        "or clear this field."
                    )
        if errors:
            raise ValidationError(errors)

    # --- What readers see ---

    @property
    def link_url(self):
        if self.document_id and self.document is not None:
            return self.document.url
        return self.url if self.url and self.url.lower().startswith("https://") else ""

    @property
    def is_download(self):
        return bool(self.document_id)

    @property
    def file_format(self):
        """The file's format as readers know it (PDF, DOCX …), or "" for an address."""
        if not self.document_id or self.document is None:
            return ""
        return self.document.file_extension.upper()

    @cached_property
    def file_size(self):
        """Size in bytes, from the document record where the upload form stored it."""
        if not self.document_id or self.document is None:
            return None
        if self.document.file_size is not None:
            return self.document.file_size
        try:
            return self.document.file.size
        except (OSError, ValueError):
            return None

    @property
    def language_name(self):
        try:
            return get_language_info(self.language)["name_local"]
        except KeyError:
            return self.language

    @property
    def accessibility_features(self):
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in (
                "has_subtitles",
                "has_sign_language",
                "has_audio_description",
                "is_easy_read",
            )
            if getattr(self, name)
        ]

    @property
    def is_lesson_plan(self):
        return bool(self.resource_type_id) and self.resource_type.is_lesson_plan

    @property
    def objectives_list(self):
        return [line.strip() for line in self.learning_objectives.splitlines() if line.strip()]

    @property
    def class_needs_list(self):
        return [line.strip() for line in self.class_needs.splitlines() if line.strip()]
