"""Public forms: an organiser's event, a registration, "send me my link again". Each
carries a honeypot and a signed "form shown at" token (minimum fill time, and a nonce so
posting the same form twice stores nothing twice). The event's own rules are EventPage's."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.validators import known_time_zones, validate_https_url
from directory.countries import country_name
from directory.models import Country

from .links import LinkError, form_started_token, read_form_started
from .models import (
    AUDIENCE_NAMES,
    AttendanceMode,
    Audience,
    EventPage,
    EventSubmission,
    RegistrationMode,
    validate_plain_text,
)

# Zones a person would pick: "Europe/Helsinki", not "Etc/GMT+2" or "EST5EDT".
TIME_ZONES = sorted(
    zone
    for zone in known_time_zones()
    if "/" in zone
    and zone.split("/")[0]
    in {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)

FORM_ERRORS = {
    "too-fast": _(
        "That was quicker than a person can fill in this form. Please check it and send it again."
    ),
    "expired": _("This form was open for too long. Please check it and send it again."),
    "invalid": _("This form could not be checked. Please send it again."),
}


class GuardedForm(forms.Form):
    """A honeypot field people never see, and the signed time the form was shown."""

    # Named like a real field so bots fill it; hidden from people and screen readers.
    homepage = forms.CharField(required=False, label=_("Leave this empty"))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = form_started_token()
        self.fields["homepage"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.nonce = None

    @property
    def is_bot(self):
        return bool(self.data.get("homepage", "").strip())

    def clean(self):
        cleaned = super().clean()
        try:
            self.nonce = read_form_started(
                self.data.get("started", ""),
                settings.EVENT_FORM_MIN_SECONDS,
                settings.EVENT_FORM_MAX_SECONDS,
            )
        except LinkError as error:
            # Keep what the person typed, with a fresh token for the next try.
            self.data = self.data.copy()
            self.data["started"] = form_started_token()
            raise ValidationError(FORM_ERRORS[error.reason], code=error.reason) from error
        return cleaned


def _plain(label, max_length, required=True, **attrs):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        validators=[validate_plain_text],
        widget=forms.TextInput(attrs=attrs),
    )


def _https(label, required=False, help_text=""):
    return forms.URLField(
        label=label,
        required=required,
        max_length=500,
        assume_scheme="https",
        validators=[validate_https_url],
        help_text=help_text,
        widget=forms.URLInput(attrs={"inputmode": "url", "autocomplete": "url"}),
    )


class SubmissionForm(GuardedForm):
    """An organiser's event, short enough to fill in two minutes."""

    organiser_name = _plain(_("Organisation or group"), 200, autocomplete="organization")
    contact_name = _plain(_("Your name"), 150, required=False, autocomplete="name")
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("Only moderators see it. We send your private link here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    title = _plain(_("Name of the event"), 255)
    description = forms.CharField(
        label=_("What happens"),
        max_length=5000,
        validators=[validate_plain_text],
        help_text=_("For whom, what to bring. Plain text; a blank line starts a paragraph."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    start_date = forms.DateField(
        label=_("Start date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    start_time = forms.TimeField(
        label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end_date = forms.DateField(
        label=_("End date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    end_time = forms.TimeField(
        label=_("End time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        help_text=_("Where the times above are local time, e.g. Europe/Helsinki."),
        choices=[(zone, zone.replace("_", " ")) for zone in TIME_ZONES],
        initial="Europe/Brussels",
    )
    attendance_mode = forms.ChoiceField(
        label=_("How people take part"),
        choices=AttendanceMode.choices,
        initial=AttendanceMode.IN_PERSON,
        widget=forms.RadioSelect,
    )
    venue_name = _plain(_("Venue"), 200, required=False)
    street_address = _plain(_("Street address"), 200, required=False, autocomplete="street-address")
    city = _plain(_("Town or city"), 100, required=False, autocomplete="address-level2")
    country = forms.ChoiceField(label=_("Country"), required=False)
    online_url = _https(_("Online address"), help_text=_("Where people join online (https://)."))
    organiser_website = _https(_("Your website"))
    audiences = forms.MultipleChoiceField(
        label=_("For whom"), required=False, widget=forms.CheckboxSelectMultiple
    )
    registration_mode = forms.ChoiceField(
        label=_("Registration"),
        choices=RegistrationMode.choices,
        initial=RegistrationMode.NONE,
        widget=forms.RadioSelect,
    )
    registration_url = _https(
        _("Registration address"),
        help_text=_("When people register on your website."),
    )
    capacity = forms.IntegerField(
        label=_("Places"),
        required=False,
        min_value=1,
        max_value=100_000,
        help_text=_("When people register on this site: later registrations join a waiting list."),
    )
    consent = forms.BooleanField(
        label=_(
            "I organise this event, or I have permission to register it. I am 16 or older, or "
            "a parent, carer or teacher agrees to my registering it."
        ),
        help_text=_("We use your e-mail only about this event and delete it after the event."),
    )

    field_order = [
        "organiser_name", "contact_name", "contact_email", "title", "description",
        "start_date", "start_time", "end_date", "end_time", "time_zone", "attendance_mode",
        "venue_name", "street_address", "city", "country", "online_url", "organiser_website",
        "audiences", "registration_mode", "registration_url", "capacity", "consent",
    ]  # fmt: skip

    def __init__(self, *args, language_code=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.language_code = language_code or settings.LANGUAGE_CODE
        self.fields["country"].choices = [("", _("Choose a country"))] + sorted(
            (
                (code, country_name(code, self.language_code))
                for code in Country.objects.values_list("code", flat=True)
            ),
            key=lambda pair: pair[1].casefold(),
        )
        self.fields["audiences"].choices = [
            (slug, AUDIENCE_NAMES.get(slug, slug))
            for slug in Audience.objects.values_list("slug", flat=True)
        ]

    def submission_values(self):
        """The model values (without audiences) from a valid form."""
        data = self.cleaned_data
        values = {
            name: data[name]
            for name in self.fields
            if name not in {"homepage", "started", "consent", "country", "audiences"}
        }
        values["country_id"] = data["country"] or None
        values["contact_name"] = values.get("contact_name") or ""
        for name in ("online_url", "organiser_website", "registration_url"):
            values[name] = values[name] or ""
        return values

    def chosen_audiences(self):
        return list(Audience.objects.filter(slug__in=self.cleaned_data.get("audiences") or []))

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        # The event's own rules: times that exist, an end after the start, a place or an
        # online address, registration details.
        values = self.submission_values()
        event = EventPage(**{k: v for k, v in values.items() if not k.startswith("contact_")})
        try:
            event.check_event()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                target = name if name in self.fields else None
                for message in messages:
                    self.add_error(target, message)
        return cleaned

    @classmethod
    def initial_from(cls, submission):
        initial = {
            name: getattr(submission, name)
            for name in cls.base_fields
            if hasattr(EventSubmission, name) and name not in {"country", "audiences"}
        }
        initial["country"] = submission.country_id or ""
        initial["audiences"] = [a.slug for a in submission.audiences.all()]
        return initial


class RegistrationForm(GuardedForm):
    name = _plain(_("Your name"), 150, autocomplete="name")
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send your confirmation and a link to cancel here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the organiser receives my name and e-mail address for this event. "
            "If I am under 16, a parent or carer agrees too."
        ),
        help_text=_("Both are deleted after the event."),
    )

    field_order = ["name", "email", "consent"]


class ResendLinkForm(GuardedForm):
    email = forms.EmailField(
        label=_("The e-mail address you gave"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class ModerationForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the organiser"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent with your decision. Say why when you do not accept an event."),
    )
