"""Public views for organisers and registrants: the submission form, private links to edit
or withdraw a submission and to download its registrations, registering for an event and
cancelling a registration. Routes of EventIndexPage and EventPage."""

import csv

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .forms import RegistrationForm, ResendLinkForm, SubmissionForm
from .links import (
    REGISTRATION_SALT,
    SUBMISSION_SALT,
    LinkError,
    SiteLinks,
    link_max_age_days,
    read_token,
)
from .models import EventSubmission, Registration, RegistrationStatus, SubmissionStatus
from .organisers import create_submission, resend_links, update_submission, withdraw_submission
from .ratelimits import over_limit, too_many_requests
from .registration import (
    RegistrationClosed,
    cancel_registration,
    is_open,
    register,
    registration_counts,
    waitlist_position,
)
from .views import RoutePage, set_route_languages


def _render(request, page, template, context, suffix, status=200):
    """A route below `page`, with breadcrumbs, language links and no caching (it has a form
    or private data)."""
    full = page.get_context(request)
    full.update(context)
    full.setdefault("crumb_page", RoutePage(title=full.get("page_title", ""), parent=page))
    set_route_languages(request, page, suffix)
    response = TemplateResponse(request, template, full, status=status)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


def _link_error(request, page, error):
    context = {
        "page_title": _("This link does not work"),
        "reason": error.reason,
        "resend_url": page.get_url(request) + "submit/resend/"
        if page.specific_class.__name__ == "EventIndexPage"
        else "",
    }
    return _render(request, page, "events/link_error.html", context, "", status=404)


# --- Organisers ------------------------------------------------------------------------------


def submit_event(page, request):
    language_code = get_language()
    form = SubmissionForm(request.POST or None, language_code=language_code)
    if request.method == "POST":
        if over_limit(request, "submit", settings.EVENT_SUBMISSION_RATE):
            return too_many_requests(request)
        received_url = page.get_url(request) + "submit/received/"
        if form.is_bot:
            # Looks like success to a bot; nothing is stored or sent.
            return HttpResponseRedirect(received_url)
        if form.is_valid():
            create_submission(
                form.submission_values(),
                form.chosen_audiences(),
                language_code,
                form.nonce,
                SiteLinks(request),
            )
            return HttpResponseRedirect(received_url)
    context = {
        "form": form,
        "page_title": _("Register your Safer Internet Day event"),
        "privacy_url": privacy_notice_url(request, language_code),
        "resend_url": page.get_url(request) + "submit/resend/",
    }
    status = 400 if form.is_bound and form.errors else 200
    return _render(request, page, "events/submit.html", context, "submit/", status=status)


def submission_received(page, request):
    context = {
        "page_title": _("Thank you: your event is waiting for moderation"),
        "resend_url": page.get_url(request) + "submit/resend/",
    }
    return _render(request, page, "events/submission_received.html", context, "submit/received/")


def resend_link(page, request):
    form = ResendLinkForm(request.POST or None)
    sent = False
    if request.method == "POST":
        if over_limit(request, "resend", settings.EVENT_LINK_RATE):
            return too_many_requests(request)
        if form.is_bot:
            sent = True
        elif form.is_valid():
            resend_links(form.cleaned_data["email"], SiteLinks(request))
            sent = True
    context = {"form": form, "sent": sent, "page_title": _("Send me my link again")}
    return _render(request, page, "events/resend_link.html", context, "submit/resend/")


def _submission_from(token):
    pk, key = read_token(SUBMISSION_SALT, token, link_max_age_days())
    submission = EventSubmission.objects.filter(pk=pk, link_key=key).first()
    if submission is None:
        raise LinkError("invalid")
    return submission


def manage_submission(page, request, token):
    """The organiser's private page: status, edit, withdraw, registrations."""
    try:
        submission = _submission_from(token)
    except LinkError as error:
        return _link_error(request, page, error)
    links = SiteLinks(request)
    can_edit = submission.status != SubmissionStatus.WITHDRAWN
    form = None
    if can_edit:
        data = request.POST if request.POST.get("action") == "save" else None
        form = SubmissionForm(
            data,
            initial=SubmissionForm.initial_from(submission),
            language_code=submission.language_code,
        )
    if request.method == "POST" and can_edit:
        if over_limit(request, "submit", settings.EVENT_SUBMISSION_RATE):
            return too_many_requests(request)
        action = request.POST.get("action")
        if action == "withdraw":
            withdraw_submission(submission, links)
            messages.success(request, _("Your event is withdrawn."))
            return HttpResponseRedirect(request.path)
        if action == "save" and not form.is_bot and form.is_valid():
            update_submission(submission, form.submission_values(), form.chosen_audiences(), links)
            messages.success(request, _("Thank you. Your changes are waiting for moderation."))
            return HttpResponseRedirect(request.path)
    event = submission.event if submission.event_id else None
    counts = registration_counts(event) if event is not None else None
    context = {
        "submission": submission,
        "form": form,
        "event": event,
        "event_url": event.get_url(request) if event is not None and event.live else "",
        "counts": counts,
        "page_title": _("Your event: %(title)s") % {"title": submission.title},
        "csv_url": request.path + "registrations/",
    }
    status = 400 if form is not None and form.is_bound and form.errors else 200
    return _render(request, page, "events/manage_submission.html", context, "", status=status)


REGISTRATION_COLUMNS = ("name", "email", "status", "waiting list position", "registered")


def registrations_csv(page, request, token):
    """The organiser's download: their event's registrations (private link only)."""
    try:
        submission = _submission_from(token)
    except LinkError as error:
        return _link_error(request, page, error)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="registrations.csv"'
    add_never_cache_headers(response)
    response.write("\ufeff")  # spreadsheets read UTF-8 with a byte-order mark
    writer = csv.writer(response)
    writer.writerow(REGISTRATION_COLUMNS)
    if submission.event_id:
        position = 0
        for registration in Registration.objects.filter(event_id=submission.event_id).exclude(
            status=RegistrationStatus.CANCELLED
        ):
            waiting = registration.status == RegistrationStatus.WAITLISTED
            position += waiting
            writer.writerow(
                [
                    safe_cell(registration.name),
                    safe_cell(registration.email),
                    registration.status,
                    position if waiting else "",
                    registration.created_at.isoformat(timespec="seconds"),
                ]
            )
    return response


def safe_cell(value):
    """No formulas in spreadsheets: a cell starting with = + - @ is read as text."""
    value = str(value)
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def privacy_notice_url(request, language_code):
    from wagtail.models import Page

    pages = {
        page.locale.language_code: page
        for page in Page.objects.live()
        .public()
        .filter(
            translation_key__in=Page.objects.filter(slug=settings.PRIVACY_NOTICE_SLUG).values(
                "translation_key"
            ),
            locale__language_code__in={language_code, settings.LANGUAGE_CODE},
        )
        .select_related("locale")
    }
    page = pages.get(language_code) or pages.get(settings.LANGUAGE_CODE)
    return page.get_url(request) if page is not None else ""


# --- Registrants -----------------------------------------------------------------------------


def register_for_event(event, request):
    language_code = get_language()
    if not is_open(event):
        context = {"page_title": _("Registration"), "closed": True}
        return _render(request, event, "events/register.html", context, "register/")
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if over_limit(request, "register", settings.EVENT_REGISTRATION_RATE):
            return too_many_requests(request)
        if form.is_bot:
            return HttpResponseRedirect(event.get_url(request))
        if form.is_valid():
            links = SiteLinks(request)
            try:
                result = register(
                    event,
                    form.cleaned_data["name"],
                    form.cleaned_data["email"],
                    language_code,
                    links.registration,
                )
            except RegistrationClosed:
                context = {"page_title": _("Registration"), "closed": True}
                return _render(request, event, "events/register.html", context, "register/")
            registration = result.registration
            context = {
                "page_title": _("Registration"),
                "registration": registration,
                "created": result.created,
                "position": waitlist_position(registration),
            }
            return _render(request, event, "events/registered.html", context, "register/")
    counts = registration_counts(event)
    context = {
        "page_title": _("Register for this event"),
        "form": form,
        "places_left": max(event.capacity - counts[RegistrationStatus.CONFIRMED], 0),
        "privacy_url": privacy_notice_url(request, language_code),
    }
    status = 400 if form.is_bound and form.errors else 200
    return _render(request, event, "events/register.html", context, "register/", status=status)


def manage_registration(event, request, token):
    try:
        pk, key = read_token(REGISTRATION_SALT, token, link_max_age_days())
        registration = Registration.objects.filter(pk=pk, link_key=key, event=event).first()
        if registration is None:
            raise LinkError("invalid")
    except LinkError as error:
        return _link_error(request, event, error)
    if request.method == "POST" and request.POST.get("action") == "cancel":
        if over_limit(request, "register", settings.EVENT_REGISTRATION_RATE):
            return too_many_requests(request)
        cancel_registration(registration, SiteLinks(request).registration)
        messages.success(request, _("Your registration is cancelled."))
        return HttpResponseRedirect(request.path)
    registration = get_object_or_404(Registration, pk=registration.pk)
    context = {
        "page_title": _("Your registration"),
        "registration": registration,
        "position": waitlist_position(registration),
    }
    return _render(request, event, "events/manage_registration.html", context, "")
