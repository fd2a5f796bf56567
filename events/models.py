"""Safer Internet Day: its yearly editions, their slogans and national themes, and the
/<lang>/safer-internet-day/ section that explains SID and shows every edition."""

import re
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import get_language, get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.pages import (
    PAGE_TRANSLATABLE_FIELDS,
    SECTION_TRANSLATABLE_FIELDS,
    ReservedSlugMixin,
    SectionIndexMixin,
)
from core.validators import validate_https_url, validate_time_zone
from directory.countries import COUNTRY_ALIASES, validate_country_code

from .times import aware, check_local_time, event_when, zone_or_none

# The first Safer Internet Day was held in 2004.
FIRST_SID_YEAR = 2004


class LocalText(str):
    """Text in the reader's language where a translation exists, with the language it is
    really in (`lang`), so a template can mark a fallback: <p lang="{{ text.lang }}">."""

    lang = ""

    def __new__(cls, text, lang):
        value = super().__new__(cls, text)
        value.lang = lang
        return value


def source_locale_only():
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class Slogan(TranslatableMixin, models.Model):
    """A global SID slogan, written once and translated with wagtail-localize. Several
    editions may share one (“Together for a better internet” since 2019)."""

    text = models.CharField(_("slogan"), max_length=200)

    panels = [FieldPanel("text")]
    translatable_fields = [TranslatableField("text")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["text"]
        verbose_name = _("SID slogan")
        verbose_name_plural = _("SID slogans")

    def __str__(self):
        return self.text


def reader_slogans(editions, language_code=None):
    """{edition pk: LocalText} for `editions`, in `language_code` (default: the active
    language) where translated and in the source language otherwise. One query."""
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    keys = {edition.global_slogan.translation_key for edition in editions if edition.global_slogan}
    texts = {}
    if keys:
        rows = Slogan.objects.filter(
            translation_key__in=keys,
            locale__language_code__in={language_code, settings.LANGUAGE_CODE},
        ).values_list("translation_key", "locale__language_code", "text")
        for key, code, text in rows:
            if code == language_code or key not in texts:
                texts[key] = LocalText(text, code)
    return {
        edition.pk: texts.get(edition.global_slogan.translation_key, LocalText("", ""))
        for edition in editions
        if edition.global_slogan
    }


class SaferInternetDayQuerySet(models.QuerySet):
    def next_edition(self, today=None):
        """The first edition on or after `today` (default: the current date), by its stored
        date; None when no future edition is known. One query."""
        today = today or timezone.localdate()
        return self.filter(date__gte=today).select_related("global_slogan").order_by("date").first()

    def with_reader_slogans(self, language_code=None):
        """The editions as a list, each knowing its slogan in the reader's language (see
        `SaferInternetDay.slogan`). Two queries."""
        editions = list(self.select_related("global_slogan"))
        slogans = reader_slogans(editions, language_code)
        for edition in editions:
            edition._reader_slogan = slogans.get(edition.pk, LocalText("", ""))
        return editions


class SaferInternetDay(ClusterableModel):
    """One Safer Internet Day edition: its year, its date as announced (stored, never
    computed), the global slogan and the themes countries chose.

    Data lives once for every language; only the slogan is translated (a `Slogan` snippet).
    `SaferInternetDay.objects.next_edition(today)` gives the coming edition for the home page;
    `edition.slogan` is the slogan in the active language (a `LocalText` with `.lang`).
    """

    year = models.PositiveSmallIntegerField(
        _("year"),
        unique=True,
        validators=[MinValueValidator(FIRST_SID_YEAR), MaxValueValidator(2100)],
        help_text=_("The edition's year; its address is /safer-internet-day/<year>/."),
    )
    date = models.DateField(
        _("date"),
        help_text=_(
            "The day as the Insafe/INHOPE network announced it. Never worked out from a rule."
        ),
    )
    is_provisional = models.BooleanField(
        _("date not yet confirmed"),
        default=False,
        help_text=_("Tick while the date is expected but not announced; readers see it marked."),
    )
    global_slogan = models.ForeignKey(
        Slogan,
        verbose_name=_("global slogan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="editions",
        limit_choices_to=source_locale_only,
        help_text=_("Choose the English slogan; its translations are shown in each language."),
    )
    official_url = models.URLField(
        _("official page"),
        blank=True,
        max_length=500,
        validators=[validate_https_url],
        help_text=_("The edition's page on the international SID website, if there is one."),
    )

    objects = SaferInternetDayQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("date"), FieldPanel("is_provisional")]),
        FieldPanel("global_slogan"),
        FieldPanel("official_url"),
        MultiFieldPanel(
            [InlinePanel("national_themes", label=_("national theme"))],
            heading=_("National themes"),
        ),
    ]

    class Meta:
        ordering = ["-year"]
        verbose_name = _("Safer Internet Day edition")
        verbose_name_plural = _("Safer Internet Day editions")

    def __str__(self):
        return f"Safer Internet Day {self.year}"

    def clean(self):
        super().clean()
        errors = {}
        if self.date and self.year and self.date.year != self.year:
            errors["date"] = _("The date must fall in %(year)s, the edition's year.") % {
                "year": self.year
            }
        if self.is_provisional and self.date and self.date < timezone.localdate():
            errors["is_provisional"] = _(
                "This date has passed: confirm the day the edition was held and untick this box."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def slogan(self):
        """The global slogan in the active language (source language as fallback)."""
        cached = getattr(self, "_reader_slogan", None)
        if cached is None:
            cached = reader_slogans([self]).get(self.pk, LocalText("", ""))
            self._reader_slogan = cached
        return cached

    @property
    def is_upcoming(self):
        return self.date >= timezone.localdate()


class NationalTheme(Orderable):
    """The theme one country chose for an edition, in the language it was published in."""

    edition = ParentalKey(
        SaferInternetDay, on_delete=models.CASCADE, related_name="national_themes"
    )
    country_code = models.CharField(
        _("country"),
        max_length=2,
        validators=[validate_country_code],
        help_text=_("ISO 3166-1 alpha-2 code, two capital letters: FI, GB (not UK), GR (not EL)."),
    )
    theme = models.CharField(_("theme"), max_length=300)
    language = models.CharField(
        _("language of the theme"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the theme is written in (screen readers pronounce it so)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("country_code"), FieldPanel("language")]),
        FieldPanel("theme"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("national theme")
        verbose_name_plural = _("national themes")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "country_code"], name="events_theme_one_per_country"
            )
        ]

    def __str__(self):
        return f"{self.country_code}: {self.theme}"

    def clean_fields(self, exclude=None):
        # Before the validators run: "uk" and " fi " mean GB and FI.
        code = (self.country_code or "").strip().upper()
        self.country_code = COUNTRY_ALIASES.get(code, code)
        super().clean_fields(exclude=exclude)


class SaferInternetDayIndexPage(SectionIndexMixin, RoutablePageMixin, Page):
    """/<lang>/safer-internet-day/: what SID is, and every edition.

    Each edition is a route of this page, /<lang>/safer-internet-day/<year>/, so its address
    is the year in every language and its data is never copied per locale.
    """

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A few sentences under the heading."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("about Safer Internet Day"),
        help_text=_("What SID is, who takes part and how; shown above the list of editions."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *SECTION_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("Safer Internet Day section")

    @path("", name="index")
    def index_route(self, request):
        from .views import sid_index

        return sid_index(self, request)

    @re_path(r"^(?P<year>[0-9]{4})/$", name="edition")
    def edition_route(self, request, year):
        from .views import sid_edition

        return sid_edition(self, request, int(year))

    def edition_url(self, year, request=None):
        return (self.get_url(request) or "") + self.reverse_subpage(
            "edition", kwargs={"year": str(year)}
        )


def edition_years():
    """Every edition's year, newest first (for filters and links). One query."""
    return list(SaferInternetDay.objects.order_by("-year").values_list("year", flat=True))


# --- Events --------------------------------------------------------------------------------


class AttendanceMode(models.TextChoices):
    # The values are the `mode` filter's values in listing addresses (?mode=in-person).
    IN_PERSON = "in-person", _("in person")
    ONLINE = "online", _("online")
    MIXED = "mixed", _("in person and online")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("scheduled")
    CANCELLED = "cancelled", _("cancelled")
    POSTPONED = "postponed", _("postponed")
    MOVED_ONLINE = "moved-online", _("moved online")


class RegistrationMode(models.TextChoices):
    NONE = "none", _("no registration needed")
    EXTERNAL = "external", _("register on the organiser's website")
    ON_SITE = "on-site", _("register on this site")


class Audience(models.Model):
    """Who an event is for. A closed list with the same slugs as the campaign library's
    audiences (children, parents-carers …); names come from the interface translations."""

    slug = models.SlugField(_("slug"), max_length=40, primary_key=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("event audience")
        verbose_name_plural = _("event audiences")

    def __str__(self):
        return str(AUDIENCE_NAMES.get(self.slug, self.slug))

    @property
    def name(self):
        return str(self)


AUDIENCE_NAMES = {
    "children": _("Children"),
    "young-people": _("Young people"),
    "parents-carers": _("Parents and carers"),
    "teachers-educators": _("Teachers and educators"),
    "social-workers": _("Social workers"),
    "policymakers": _("Policymakers"),
    "industry": _("Industry"),
    "researchers": _("Researchers"),
}


class Language(models.Model):
    """A language an event is held in: one of the site's languages (seeded from settings)."""

    code = models.CharField(_("code"), max_length=10, primary_key=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("event language")
        verbose_name_plural = _("event languages")

    def __str__(self):
        return self.name

    @property
    def name(self):
        try:
            return get_language_info(self.code)["name_local"]
        except KeyError:
            return self.code


# An opening or closing tag, a comment or a doctype: "<b>", "</p", "<!--", "<script".
HTML_TAG = re.compile(r"<[a-zA-Z!/?][^>]*>?")


def validate_plain_text(value):
    """Text fields are plain text: refuse markup, which would show as code to readers."""
    if value and HTML_TAG.search(str(value)):
        raise ValidationError(
            _("Use plain text without HTML tags (found “%(tag)s”)."),
            params={"tag": HTML_TAG.search(str(value)).group(0)[:30]},
            code="html_not_allowed",
        )


# Fields whose change a calendar must see: saving a change bumps the iCalendar SEQUENCE.
CALENDAR_FIELDS = (
    "title",
    "description",
    "start",
    "end",
    "time_zone",
    "status",
    "attendance_mode",
    "venue_name",
    "street_address",
    "city",
    "country_id",
    "online_url",
)

MAX_EVENT_DAYS = 31
MAX_CAPACITY = 100_000


class EventIndexPage(SectionIndexMixin, RoutablePageMixin, Page):
    """/<lang>/events/: Safer Internet Day events of every language, with filters, a
    country overview and a calendar of the filtered list (/<lang>/events/calendar/).

    Events are children of the events section of the language they are written in; this
    page in every other language lists them too, linking to their own address.
    """

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A few sentences above the list of events."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [*SECTION_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    api_fields = [APIField("intro")]

    results_per_page = 20

    class Meta:
        verbose_name = _("events section")

    @path("", name="index")
    def index_route(self, request):
        from .views import event_index

        return event_index(self, request)

    @path("calendar/", name="calendar")
    def calendar_route(self, request):
        from .views import event_index_calendar

        return event_index_calendar(self, request)

    @path("submit/", name="submit")
    def submit_route(self, request):
        from .organiser_views import submit_event

        return submit_event(self, request)

    @path("submit/received/", name="submission_received")
    def submission_received_route(self, request):
        from .organiser_views import submission_received

        return submission_received(self, request)

    @path("submit/resend/", name="resend_link")
    def resend_link_route(self, request):
        from .organiser_views import resend_link

        return resend_link(self, request)

    @re_path(
        r"^manage/(?P<token>[-\w]{1,200}/[-\w]{1,20}/[-\w]{10,100})/$", name="manage_submission"
    )
    def manage_submission_route(self, request, token):
        from .organiser_views import manage_submission

        return manage_submission(self, request, token)

    @re_path(
        r"^manage/(?P<token>[-\w]{1,200}/[-\w]{1,20}/[-\w]{10,100})/registrations/$",
        name="registrations_csv",
    )
    def registrations_csv_route(self, request, token):
        from .organiser_views import registrations_csv

        return registrations_csv(self, request, token)


class EventPage(ReservedSlugMixin, RoutablePageMixin, Page):
    """A Safer Internet Day event, in the language its organiser wrote it in.

    It lives only in that language's tree: wagtail-localize does not give it untranslated
    copies in other languages (see `copy_for_translation` and events/wagtail_hooks.py), and
    every language's events section lists it. Times are the local wall-clock time in the
    event's IANA time zone; `start` and `end` are the aware datetimes worked out from them.
    The organiser's private contact lives in `OrganiserContact`, never on the page.
    """

    description = models.TextField(
        _("description"),
        max_length=5000,
        validators=[validate_plain_text],
        help_text=_(
            "What happens, for whom, what to bring. Plain text; blank lines separate paragraphs."
        ),
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), help_text=_("Local time where it happens."))
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Brussels",
        validators=[validate_time_zone],
        help_text=_(
            "IANA name of the local time, e.g. Europe/Helsinki. Online events: the organiser's."
        ),
    )
    start = models.DateTimeField(_("starts"), editable=False, db_index=True, null=True)
    end = models.DateTimeField(_("ends"), editable=False, db_index=True, null=True)

    attendance_mode = models.CharField(
        _("attendance"),
        max_length=12,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    status = models.CharField(
        _("status"), max_length=14, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_note = models.CharField(
        _("status note"),
        max_length=300,
        blank=True,
        validators=[validate_plain_text],
        help_text=_(
            "For readers when plans change, e.g. “Postponed because of the storm; new date soon.”"
        ),
    )

    venue_name = models.CharField(
        _("venue"), max_length=200, blank=True, validators=[validate_plain_text]
    )
    street_address = models.CharField(
        _("street address"), max_length=200, blank=True, validators=[validate_plain_text]
    )
    city = models.CharField(
        _("town or city"), max_length=100, blank=True, validators=[validate_plain_text]
    )
    country = models.ForeignKey(
        "directory.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Where it happens; for an online event, the organiser's country."),
    )
    accessibility_notes = models.TextField(
        _("accessibility of the venue"),
        max_length=1000,
        blank=True,
        validators=[validate_plain_text],
        help_text=_("Step-free access, hearing loop, quiet room, sign language …"),
    )
    online_url = models.URLField(
        _("online address"),
        max_length=500,
        blank=True,
        validators=[validate_https_url],
        help_text=_("Where people join online (https://)."),
    )

    organiser_name = models.CharField(
        _("organiser"), max_length=200, validators=[validate_plain_text]
    )
    organiser_website = models.URLField(
        _("organiser's website"), max_length=500, blank=True, validators=[validate_https_url]
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("for whom"), blank=True, related_name="events"
    )
    languages = ParentalManyToManyField(
        Language,
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="events",
        help_text=_("Leave empty for the language of this page."),
    )
    registration_mode = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
    )
    registration_url = models.URLField(
        _("registration address"),
        max_length=500,
        blank=True,
        validators=[validate_https_url],
        help_text=_("Where people register when registration is on the organiser's website."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)],
        help_text=_(
            "For registration on this site: how many people can come. Later registrations "
            "go on a waiting list."
        ),
    )
    edition = models.ForeignKey(
        SaferInternetDay,
        verbose_name=_("Safer Internet Day edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Leave empty to use the edition of the event's year."),
    )
    external_id = models.CharField(
        _("import identifier"),
        max_length=100,
        blank=True,
        help_text=_("Set by import_events: re-importing the same file updates this event."),
    )
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("A made-up event for demonstrations; readers see it marked as such."),
    )
    sequence = models.PositiveIntegerField(_("calendar revision"), default=0, editable=False)

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    exclude_fields_in_copy = ["external_id", "sequence"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When (local time)"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], heading=_("Status")),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("accessibility_notes"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser_name"),
                FieldPanel("organiser_website"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Organiser and audience"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_mode"),
                FieldPanel("registration_url"),
                FieldPanel("capacity"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("edition"),
                FieldPanel("is_sample"),
                FieldPanel("external_id", read_only=True),
            ],
            heading=_("Safer Internet Day"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.SearchField("city"),
        index.SearchField("venue_name"),
        index.SearchField("organiser_name"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    # Events are not translated (they live in their own language), but the fields are
    # declared for wagtail-localize all the same, as on every page.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("description"),
        TranslatableField("status_note"),
        TranslatableField("accessibility_notes"),
        *[
            SynchronizedField(name)
            for name in (
                "start_date",
                "start_time",
                "end_date",
                "end_time",
                "time_zone",
                "attendance_mode",
                "status",
                "venue_name",
                "street_address",
                "city",
                "country",
                "online_url",
                "organiser_name",
                "organiser_website",
                "audiences",
                "languages",
                "registration_mode",
                "registration_url",
                "capacity",
                "edition",
                "is_sample",
            )
        ],
    ]
    api_fields = [
        APIField("description"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("attendance_mode"),
        APIField("status"),
        APIField("status_note"),
        APIField("venue_name"),
        APIField("street_address"),
        APIField("city"),
        APIField("country_code"),
        APIField("accessibility_notes"),
        APIField("online_url"),
        APIField("organiser_name"),
        APIField("organiser_website"),
        APIField("audience_slugs"),
        APIField("language_codes"),
        APIField("registration_mode"),
        APIField("registration_url"),
        APIField("edition_year"),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="events_event_unique_external_id",
            )
        ]

    # --- Staying in its own language ---

    def copy_for_translation(self, locale, copy_parents=False, alias=False, exclude_fields=None):
        """No untranslated copies: an event exists only in its organiser's language, and
        every language's listing links to it there. wagtail-localize's tree sync asks for
        an alias of each page in every synced locale; for events it gets none (None)."""
        if alias:
            return None
        return super().copy_for_translation(
            locale, copy_parents=copy_parents, alias=alias, exclude_fields=exclude_fields
        )

    # --- Validation and derived fields ---

    def clean(self):
        super().clean()
        self.check_event()

    def check_event(self):
        """The event's own rules (times, place, links), without the page-tree checks, so
        an import can check a row before the page exists. Raises ValidationError."""
        errors = {}
        for field in ("title",):
            try:
                validate_plain_text(getattr(self, field))
            except ValidationError as error:
                errors[field] = error.messages
        zone = zone_or_none(self.time_zone)
        for day_field, time_field in (("start_date", "start_time"), ("end_date", "end_time")):
            try:
                check_local_time(
                    getattr(self, day_field), getattr(self, time_field), self.time_zone
                )
            except ValidationError as error:
                errors[time_field] = error.messages
        if zone and not errors and self.start_date and self.end_date:
            self.set_aware_times()
            if self.end <= self.start:
                errors["end_time"] = [_("The event must end after it starts.")]
            elif self.end - self.start > timedelta(days=MAX_EVENT_DAYS):
                errors["end_date"] = [
                    _("An event can last at most %(days)s days.") % {"days": MAX_EVENT_DAYS}
                ]
        mode = self.attendance_mode
        if mode in (AttendanceMode.IN_PERSON, AttendanceMode.MIXED):
            if not self.city:
                errors["city"] = [_("Say where the event happens.")]
            if not self.country_id:
                errors["country"] = [_("Choose the country where the event happens.")]
        online = mode in (AttendanceMode.ONLINE, AttendanceMode.MIXED)
        if (online or self.status == EventStatus.MOVED_ONLINE) and not self.online_url:
            errors["online_url"] = [_("Give the https:// address where people join online.")]
        if self.registration_mode == RegistrationMode.EXTERNAL and not self.registration_url:
            errors["registration_url"] = [_("Give the address where people register.")]
        if self.registration_mode == RegistrationMode.ON_SITE and not self.capacity:
            errors["capacity"] = [_("Say how many people can come.")]
        if errors:
            raise ValidationError(errors)

    def set_aware_times(self):
        zone = zone_or_none(self.time_zone)
        if zone is None or None in (self.start_date, self.start_time, self.end_date, self.end_time):
            return
        self.start = aware(self.start_date, self.start_time, zone)
        self.end = aware(self.end_date, self.end_time, zone)

    def save(self, *args, **kwargs):
        self.set_aware_times()
        if self.edition_id is None and self.start_date:
            self.edition = SaferInternetDay.objects.filter(year=self.start_date.year).first()
        if self.locale_id and not self.languages.all():
            # Every event lists its languages, so the language filter needs one table only.
            self.languages = list(Language.objects.filter(code=self.locale.language_code))
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or set(update_fields) & set(CALENDAR_FIELDS)):
            self._bump_sequence()
        super().save(*args, **kwargs)

    def _bump_sequence(self):
        previous = EventPage.objects.filter(pk=self.pk).values(*CALENDAR_FIELDS, "sequence").first()
        if previous is None:
            return
        self.sequence = max(self.sequence, previous["sequence"])
        if any(getattr(self, name) != previous[name] for name in CALENDAR_FIELDS):
            self.sequence = previous["sequence"] + 1

    # --- What readers and the API see ---

    @property
    def country_code(self):
        return self.country_id or ""

    @property
    def audience_slugs(self):
        return [audience.slug for audience in self.audiences.all()]

    @property
    def language_codes(self):
        codes = [language.code for language in self.languages.all()]
        return codes or [self.locale.language_code]

    @property
    def edition_year(self):
        return self.edition.year if self.edition_id else None

    @property
    def is_online(self):
        return (
            self.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.MIXED)
            or self.status == EventStatus.MOVED_ONLINE
        )

    @property
    def is_in_person(self):
        return (
            self.attendance_mode in (AttendanceMode.IN_PERSON, AttendanceMode.MIXED)
            and self.status != EventStatus.MOVED_ONLINE
        )

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def description_paragraphs(self):
        return [part.strip() for part in re.split(r"\n\s*\n", self.description) if part.strip()]

    def when(self, language_code=None):
        return event_when(self.start, self.end, self.time_zone, language_code)

    def get_context(self, request, *args, **kwargs):
        from .views import event_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_page_context(self, request))
        return context

    @path("calendar/", name="calendar")
    def calendar_route(self, request):
        from .views import event_calendar

        return event_calendar(self, request)

    @path("register/", name="register")
    def register_route(self, request):
        from .organiser_views import register_for_event

        return register_for_event(self, request)

    @re_path(
        r"^registration/(?P<token>[-\w]{1,200}/[-\w]{1,20}/[-\w]{10,100})/$",
        name="manage_registration",
    )
    def manage_registration_route(self, request, token):
        from .organiser_views import manage_registration

        return manage_registration(self, request, token)


class OrganiserContact(models.Model):
    """How moderators reach an event's organiser. Private: never shown on the site, in the
    API or in calendars, and kept out of page revisions (a plain model, not a page field)."""

    event = models.OneToOneField(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="organiser_contact",
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldPanel("event"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("phone")]),
        FieldPanel("email"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("organiser contact")
        verbose_name_plural = _("organiser contacts")

    def __str__(self):
        # Wagtail copies this into every admin log entry (ModelLogEntry.label), which outlives
        # the contact: it names the event, never the person.
        return gettext("Contact for “%(event)s”") % {"event": self.event}


# --- Organisers, registrations and the e-mail outbox ------------------------------------------
# Personal data (names, e-mail addresses) lives only in these plain models: no revisions, no
# log entries, no translation sources. `purge_personal_data` deletes it after the event.


class SubmissionStatus(models.TextChoices):
    PENDING = "pending", _("waiting for moderation")
    APPROVED = "approved", _("published")
    REJECTED = "rejected", _("not accepted")
    WITHDRAWN = "withdrawn", _("withdrawn by the organiser")


class EventSubmission(models.Model):
    """An event as an organiser sent it through /<lang>/events/submit/, waiting for an
    editor. Approval publishes an EventPage in the organiser's language; an edit through the
    organiser's private link goes back to the queue."""

    language_code = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.PENDING,
        db_index=True,
    )
    title = models.CharField(_("title"), max_length=255, validators=[validate_plain_text])
    description = models.TextField(
        _("description"), max_length=5000, validators=[validate_plain_text]
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    attendance_mode = models.CharField(
        _("attendance"), max_length=12, choices=AttendanceMode.choices
    )
    venue_name = models.CharField(
        _("venue"), max_length=200, blank=True, validators=[validate_plain_text]
    )
    street_address = models.CharField(
        _("street address"), max_length=200, blank=True, validators=[validate_plain_text]
    )
    city = models.CharField(
        _("town or city"), max_length=100, blank=True, validators=[validate_plain_text]
    )
    country = models.ForeignKey(
        "directory.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    online_url = models.URLField(
        _("online address"), max_length=500, blank=True, validators=[validate_https_url]
    )
    organiser_name = models.CharField(
        _("organiser"), max_length=200, validators=[validate_plain_text]
    )
    organiser_website = models.URLField(
        _("organiser's website"), max_length=500, blank=True, validators=[validate_https_url]
    )
    audiences = models.ManyToManyField(
        Audience, verbose_name=_("for whom"), blank=True, related_name="+"
    )
    registration_mode = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
    )
    registration_url = models.URLField(
        _("registration address"), max_length=500, blank=True, validators=[validate_https_url]
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)],
    )

    # Private: the organiser's contact. Emptied by purge_personal_data.
    contact_name = models.CharField(_("contact name"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True, db_index=True)

    event = models.OneToOneField(
        EventPage,
        verbose_name=_("published event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    moderator_message = models.TextField(
        _("message to the organiser"),
        blank=True,
        max_length=2000,
        help_text=_("Sent with the decision, e.g. why it was not accepted."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    # The signed form token's nonce: a second post of the same form stores nothing.
    form_nonce = models.CharField(max_length=32, unique=True, editable=False)
    # Part of every private link; a new key makes old links stop working.
    link_key = models.CharField(max_length=32, editable=False)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("event submission")
        verbose_name_plural = _("event submissions")
        permissions = [("moderate_eventsubmission", "Can approve or reject event submissions")]

    def __str__(self):
        return self.title

    @property
    def is_changed_after_approval(self):
        return self.status == SubmissionStatus.PENDING and self.event_id is not None


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    WAITLISTED = "waitlisted", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")


ACTIVE_REGISTRATION = models.Q(
    status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]
)


class Registration(models.Model):
    """One person's place (or place on the waiting list) at an event with registration on
    this site. Private; deleted by purge_personal_data after the event."""

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=150, validators=[validate_plain_text])
    email = models.EmailField(_("e-mail"))
    status = models.CharField(
        _("status"), max_length=10, choices=RegistrationStatus.choices, db_index=True
    )
    language_code = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    link_key = models.CharField(max_length=32, editable=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                models.F("event"),
                Lower("email"),
                condition=ACTIVE_REGISTRATION,
                name="events_registration_once_per_event",
            )
        ]

    def __str__(self):
        # No name or address: this is the label of any admin log entry about it.
        return gettext("Registration %(number)s for “%(event)s” (%(status)s)") % {
            "number": self.pk,
            "event": self.event,
            "status": self.get_status_display(),
        }


class OutboxEmail(models.Model):
    """An e-mail waiting to be sent, or sent. Nothing is lost when the mail server fails:
    `send_pending_email` (and the next request that sends mail) tries again."""

    to = models.EmailField(_("to"), db_index=True)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")

    def __str__(self):
        return f"{self.subject} → {self.to}"


class RegistrantNotice(models.Model):
    """What registrants were last told about an event (status, times, attendance), so a
    publication that changes any of them e-mails them once."""

    event = models.OneToOneField(
        EventPage, on_delete=models.CASCADE, related_name="registrant_notice"
    )
    status = models.CharField(max_length=14)
    start = models.DateTimeField(null=True)
    end = models.DateTimeField(null=True)
    attendance_mode = models.CharField(max_length=12)
    online_url = models.URLField(max_length=500, blank=True)

    def __str__(self):
        return f"{self.event_id}: {self.status}"
