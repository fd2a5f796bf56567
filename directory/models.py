"""The help and report directory: countries, the organisations that help or take reports in
each, and the /<lang>/help/ section that shows them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.pages import SECTION_TRANSLATABLE_FIELDS, SectionIndexMixin
from core.validators import https_only, validate_time_zone

from . import hours as opening_hours
from .countries import COUNTRY_ALIASES, country_name, validate_country_code
from .forms import OrganisationForm
from .validators import (
    normalise_phone,
    parse_languages,
    validate_emergency_number,
    validate_https_url,
    validate_languages,
)


class Country(models.Model):
    """A country readers can pick: its emergency number, time zone and national report route.

    The name is not stored: it comes from Babel in the reader's language.
    """

    code = models.CharField(
        _("country code"),
        max_length=2,
        primary_key=True,
        validators=[validate_country_code],
        help_text=_("ISO 3166-1 alpha-2, two capital letters: FI, DE, GB (not UK), GR (not EL)."),
    )
    emergency_number = models.CharField(
        _("emergency number"),
        max_length=6,
        default="112",
        help_text=_("The number to call in immediate danger."),
    )
    other_emergency_number = models.CharField(
        _("other emergency number"),
        max_length=6,
        blank=True,
        help_text=_("Another emergency number that works too, e.g. 112 in the United Kingdom."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Brussels",
        validators=[validate_time_zone],
        help_text=_(
            "IANA name, e.g. Europe/Helsinki. Opening hours of this country’s organisations "
            "are in this time zone."
        ),
    )
    authority_name = models.CharField(
        _("national authority"),
        max_length=150,
        blank=True,
        help_text=_("The police or public body that takes reports online, e.g. PHAROS."),
    )
    authority_report_url = models.URLField(
        _("national authority’s report address"),
        max_length=500,
        blank=True,
        validators=[validate_https_url],
        help_text=_("Shown as a report route, and as the main one where there is no hotline."),
    )

    panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("emergency_number"), FieldPanel("other_emergency_number")]),
        FieldPanel("time_zone"),
        MultiFieldPanel(
            [FieldPanel("authority_name"), FieldPanel("authority_report_url")],
            heading=_("National report route"),
        ),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return f"{self.name} ({self.code})"

    def save(self, *args, **kwargs):
        # Imports and scripts save without full_clean(): a code stored as "UK" or "ZZ" would be
        # a country no reader can pick and no help page can find, so the usual mistakes are
        # mapped to their ISO code and anything else is refused before it reaches the table.
        code = (self.code or "").strip().upper()
        self.code = COUNTRY_ALIASES.get(code, code)
        try:
            validate_country_code(self.code)
        except ValidationError as error:
            raise ValidationError({"code": error.messages}) from error
        validate_https_url(self.authority_report_url)
        super().save(*args, **kwargs)

    @property
    def name(self):
        return country_name(self.code)

    @property
    def emergency_numbers(self):
        return [n for n in (self.emergency_number, self.other_emergency_number) if n]

    def clean(self):
        super().clean()
        self.code = (self.code or "").strip().upper()
        errors = {}
        for field in ("emergency_number", "other_emergency_number"):
            value = (getattr(self, field) or "").strip()
            setattr(self, field, value)
            try:
                validate_emergency_number(value, self.code)
            except ValidationError as error:
                errors[field] = error.messages
        if self.authority_report_url and not self.authority_name:
            errors["authority_name"] = [_("Name the authority that this address belongs to.")]
        if errors:
            raise ValidationError(errors)


class OrganisationKind(models.TextChoices):
    AWARENESS_CENTRE = "awareness_centre", _("awareness centre")
    HELPLINE = "helpline", _("helpline")
    HOTLINE = "hotline", _("hotline")
    YOUTH_PANEL = "youth_panel", _("youth panel")
    NGO = "ngo", _("NGO")
    PUBLIC_BODY = "public_body", _("public body")
    INDUSTRY = "industry", _("industry")
    LAW_ENFORCEMENT = "law_enforcement", _("law enforcement")


# The kinds that make up a Safer Internet Centre, in the order the overview shows them.
CENTRE_KINDS = (
    OrganisationKind.AWARENESS_CENTRE,
    OrganisationKind.HELPLINE,
    OrganisationKind.HOTLINE,
    OrganisationKind.YOUTH_PANEL,
)


class OrganisationQuerySet(models.QuerySet):
    def localized(self, language_code=None):
        """One row per organisation: its translation in `language_code` (default: the active
        language), else the English source, else whatever locale it was written in.

        One query (a correlated subquery picks the best row per translation key), so a
        listing never calls `.localized` per row.
        """
        language_code = language_code or get_language() or settings.LANGUAGE_CODE
        best = (
            Organisation.objects.filter(translation_key=OuterRef("translation_key"))
            .annotate(
                preference=Case(
                    When(locale__language_code=language_code, then=Value(0)),
                    When(locale__language_code=settings.LANGUAGE_CODE, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
            .order_by("preference", "pk")
            .values("pk")[:1]
        )
        return self.filter(pk=Subquery(best))

    def in_country(self, code):
        return self.filter(country_id=code)

    def international(self):
        return self.filter(country__isnull=True)


class Organisation(TranslatableMixin, ClusterableModel):
    """An awareness centre, helpline, hotline or other body readers can turn to.

    The name stays as the organisation writes it; the description and phone labels are
    translated. Verified facts only: `verified_on` says when someone last checked them.
    """

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("A short stable identifier, e.g. “nettivihje”. Used in the API and links."),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=OrganisationKind.choices)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("Leave empty for an international organisation such as INHOPE."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences: who it is for and what it does."),
    )
    website = models.URLField(_("website"), max_length=500, validators=[validate_https_url])
    report_url = models.URLField(
        _("report address"),
        max_length=500,
        blank=True,
        validators=[validate_https_url],
        help_text=_(
            "The organisation’s own online report form (hotlines). This site never takes "
            "reports itself: readers are sent here."
        ),
    )
    chat_url = models.URLField(
        _("chat address"), max_length=500, blank=True, validators=[validate_https_url]
    )
    email = models.EmailField(
        _("public e-mail"),
        blank=True,
        help_text=_("An address the organisation publishes for the public. Shown on the site."),
    )
    inhope_member = models.BooleanField(_("INHOPE member"), default=False)
    languages = models.CharField(
        _("languages served"),
        max_length=120,
        blank=True,
        validators=[validate_languages],
        help_text=_("Language codes separated by spaces, e.g. “fi sv en”."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        validators=[opening_hours.validate_opening_hours],
        help_text=opening_hours.SYNTAX_HINT,
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Only if different from the country’s, or for an international one."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"),
        default=0,
        help_text=_(
            "Lower numbers come first among organisations of the same kind in a country; "
            "the first helpline and hotline appear on every page."
        ),
    )
    verified_on = models.DateField(
        _("verified on"), help_text=_("When someone last checked these details at the source.")
    )

    objects = OrganisationQuerySet.as_manager()
    base_form_class = OrganisationForm

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("report_url"),
                FieldPanel("chat_url"),
                FieldPanel("email"),
            ],
            heading=_("Online"),
        ),
        InlinePanel("phones", label=_("phone number"), heading=_("Phone numbers")),
        MultiFieldPanel(
            [FieldPanel("hours"), FieldPanel("time_zone")],
            heading=_("Opening hours (chat, e-mail and office)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("inhope_member"),
                FieldPanel("logo"),
                FieldPanel("position"),
                FieldPanel("verified_on"),
            ],
            heading=_("About"),
        ),
    ]

    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        SynchronizedField("country"),
        TranslatableField("description"),
        SynchronizedField("website"),
        SynchronizedField("report_url"),
        SynchronizedField("chat_url"),
        SynchronizedField("email"),
        SynchronizedField("inhope_member"),
        SynchronizedField("languages"),
        SynchronizedField("logo"),
        SynchronizedField("hours"),
        SynchronizedField("time_zone"),
        SynchronizedField("position"),
        SynchronizedField("verified_on"),
        TranslatableField("phones"),
    ]

    api_fields = [
        APIField("name"),
        APIField("slug"),
        APIField("kind"),
        APIField("country_code"),
        APIField("description"),
        APIField("website"),
        APIField("report_url"),
        APIField("chat_url"),
        APIField("email"),
        APIField("inhope_member"),
        APIField("language_codes"),
        APIField("hours"),
        APIField("hours_time_zone"),
        APIField("phones"),
        APIField("verified_on"),
        APIField("locale_code"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["position", "name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="directory_org_slug_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Readers follow these links to report abuse: never store one that is not https,
        # whoever saves (admin, import, API client, translation).
        for field in ("website", "report_url", "chat_url"):
            try:
                validate_https_url(getattr(self, field))
            except ValidationError as error:
                raise ValidationError({field: error.messages}) from error
        opening_hours.parse(self.hours)
        super().save(*args, **kwargs)

    @property
    def country_code(self):
        return self.country_id or ""

    @property
    def locale_code(self):
        return self.locale.language_code

    @property
    def language_codes(self):
        # Saved through the admin the text is valid; a value written some other way (an
        # import, a shell) loses its unknown codes here rather than break the help pages.
        codes = []
        for raw in (self.languages or "").replace(",", " ").split():
            try:
                codes.extend(code for code in parse_languages(raw) if code not in codes)
            except ValidationError:
                continue
        return codes

    @property
    def hours_time_zone(self):
        """The IANA zone the opening hours are in (own, else the country's, else UTC)."""
        if self.time_zone:
            return self.time_zone
        if self.country_id and self.country is not None:
            return self.country.time_zone
        return "UTC"

    @property
    def report_link(self):
        """Where a reader reports to this organisation: its form, else its website (https
        only, whatever was stored)."""
        return https_only(self.report_url) or https_only(self.website)

    def clean(self):
        super().clean()
        self.hours = opening_hours.normalise(self.hours)


class OrganisationPhone(TranslatableMixin, Orderable):
    """A number to call, as dialled (E.164, or the national short number) and as written."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="phones")
    label = models.CharField(
        _("for whom"),
        max_length=120,
        blank=True,
        help_text=_("e.g. “Children and young people”, “Parents and carers”."),
    )
    dial = models.CharField(
        _("number"),
        max_length=32,
        help_text=_(
            "As the organisation publishes it, e.g. 0800 1111 or 116 111. Checked for the "
            "organisation’s country; saved as the number to dial."
        ),
    )
    display = models.CharField(
        _("written as"),
        max_length=40,
        blank=True,
        help_text=_("How readers see it; filled in from the number if left empty."),
    )
    hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        validators=[opening_hours.validate_opening_hours],
        help_text=opening_hours.SYNTAX_HINT,
    )
    free_of_charge = models.BooleanField(_("free of charge"), default=False)
    confidential = models.BooleanField(_("confidential"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("dial"), FieldPanel("display")]),
        FieldPanel("label"),
        FieldPanel("hours"),
        FieldRowPanel([FieldPanel("free_of_charge"), FieldPanel("confidential")]),
    ]

    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("dial"),
        SynchronizedField("display"),
        SynchronizedField("hours"),
        SynchronizedField("free_of_charge"),
        SynchronizedField("confidential"),
    ]

    api_fields = [
        APIField("label"),
        APIField("dial"),
        APIField("display"),
        APIField("hours"),
        APIField("free_of_charge"),
        APIField("confidential"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")

    def __str__(self):
        return self.display or self.dial

    def save(self, *args, **kwargs):
        try:
            self.normalise()
        except ValidationError as error:
            raise ValidationError({"dial": error.messages}) from error
        super().save(*args, **kwargs)

    def _region(self):
        organisation = getattr(self, "organisation", None)
        return (organisation.country_id or "") if organisation is not None else ""

    def normalise(self):
        number = normalise_phone(self.dial, self._region())
        self.dial = number.dial
        self.display = (self.display or "").strip() or number.display
        self.hours = opening_hours.normalise(self.hours)

    def clean(self):
        super().clean()
        try:
            self.normalise()
        except ValidationError as error:
            raise ValidationError({"dial": error.messages}) from error


class OrganisationContact(models.Model):
    """Who at an organisation confirms its details. Private: never shown on the site or in
    the API, and kept out of revisions and translations (a plain model, not a field)."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="private_contacts",
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    panels = [
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["organisation__name", "name"]
        verbose_name = _("verification contact")
        verbose_name_plural = _("verification contacts")

    def __str__(self):
        return f"{self.name} ({self.organisation})"


class HelpIndexPage(SectionIndexMixin, RoutablePageMixin, Page):
    """/<lang>/help/: pick a country and see where to get help and where to report.

    Routes: `` (country picker and overview), `<cc>/` (one country), `<cc>/block/` (the
    "where to get help" block for one country, for the page script that remembers a
    reader's country). The slug is the same in every language.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("A few sentences above the country picker."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [*SECTION_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("help and report directory")

    @path("", name="index")
    def index_route(self, request):
        from .views import help_index

        return help_index(self, request)

    @re_path(r"^(?P<code>[A-Za-z]{2})/$", name="country")
    def country_route(self, request, code):
        from .views import help_country

        return help_country(self, request, code)

    @re_path(r"^(?P<code>[A-Za-z]{2})/block/$", name="block")
    def block_route(self, request, code):
        from .views import help_block_fragment

        return help_block_fragment(self, request, code)
