"""Wagtail admin: the moderation queue for organisers' events (approve/reject with a message
to the organiser), registrations with CSV and XLSX export, and the e-mail outbox."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .forms import ModerationForm
from .links import SiteLinks
from .models import (
    EventSubmission,
    OutboxEmail,
    Registration,
    SubmissionStatus,
)
from .organisers import approve_submission, build_event, reject_submission

MODERATE = "events.moderate_eventsubmission"


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Listing (and export) only: these records change through their own rules (moderation,
    the waiting list, the outbox), never through a generic edit form."""

    allowed_actions = frozenset({"view"})

    def user_has_permission(self, user, action):
        if action not in self.allowed_actions:
            return False
        return super().user_has_permission(user, action) or super().user_has_permission(
            user, "change"
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class SubmissionPolicy(ReadOnlyPolicy):
    def user_has_permission(self, user, action):
        if action == "view" and user.is_active and user.has_perm(MODERATE):
            return True
        return super().user_has_permission(user, action)


register_permission_policy(EventSubmission, SubmissionPolicy(EventSubmission), exact_class=True)
register_permission_policy(Registration, ReadOnlyPolicy(Registration), exact_class=True)
register_permission_policy(OutboxEmail, ReadOnlyPolicy(OutboxEmail), exact_class=True)


def review_submission(request, pk):
    """One submission: everything the organiser sent, and approve or reject with a message."""
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied
    submission = get_object_or_404(EventSubmission.objects.select_related("event"), pk=pk)
    form = ModerationForm(request.POST or None)
    problems = []
    event = build_event(submission)
    try:
        event.check_event()
    except ValidationError as error:
        problems = [m for messages_ in error.message_dict.values() for m in messages_]
    if request.method == "POST" and form.is_valid():
        decision = request.POST.get("decision")
        links = SiteLinks(request)
        message = form.cleaned_data["message"]
        try:
            if decision == "approve":
                page = approve_submission(submission, request.user, message, links)
                messages.success(request, _("“%(title)s” is published.") % {"title": page.title})
                return redirect("event_submissions:index")
            if decision == "reject":
                reject_submission(submission, request.user, message, links)
                messages.success(
                    request,
                    _("“%(title)s” is not accepted; the organiser has been told.")
                    % {"title": submission.title},
                )
                return redirect("event_submissions:index")
        except (ValueError, ValidationError) as error:
            messages.error(request, "; ".join(getattr(error, "messages", [str(error)])))
    return TemplateResponse(
        request,
        "events/admin/review_submission.html",
        {
            "submission": submission,
            "form": form,
            "problems": problems,
            "audiences": ", ".join(str(a) for a in submission.audiences.all()),
            "is_pending": submission.status == SubmissionStatus.PENDING,
            "event_edit_url": (
                reverse("wagtailadmin_pages:edit", args=[submission.event_id])
                if submission.event_id
                else ""
            ),
        },
    )


class EventSubmissionViewSet(ModelViewSet):
    model = EventSubmission
    name = "event_submissions"
    icon = "tasks"
    menu_label = gettext_lazy("Events to moderate")
    list_display = [
        TitleColumn("title", label=gettext_lazy("Event"), url_name="event_submissions:review"),
        "organiser_name",
        "language_code",
        "status",
        DateColumn("submitted_at", label=gettext_lazy("Submitted")),
    ]
    list_filter = ["status", "language_code"]
    search_fields = ["title", "organiser_name", "contact_email"]
    search_backend_name = None
    ordering = ["submitted_at"]
    copy_view_enabled = False
    inspect_view_enabled = False
    list_export = [
        "title",
        "organiser_name",
        "language_code",
        "status",
        "start_date",
        "city",
        "country_id",
        "submitted_at",
    ]
    export_filename = "event-submissions"
    # Never used to edit (the policy allows viewing only); the generic views need a form.
    form_fields = ["moderator_message"]

    def get_urlpatterns(self):
        # No generic edit: a submission changes only by approval or rejection.
        patterns = [p for p in super().get_urlpatterns() if p.name != "edit"]
        return [
            *patterns,
            path("review/<int:pk>/", review_submission, name="review"),
            path("edit/<int:pk>/", review_submission, name="edit"),
        ]


def _text_cell(value):
    """No formulas from what people typed: a CSV cell starting with = + - @ stays text."""
    value = str(value)
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


class RegistrationIndexView(IndexView):
    custom_field_preprocess = {
        name: {IndexView.FORMAT_CSV: _text_cell} for name in ("event", "name", "email")
    }


class RegistrationViewSet(ModelViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    name = "event_registrations"
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    list_display = [
        "name",
        "email",
        Column("event", label=gettext_lazy("Event")),
        "status",
        DateColumn("created_at", label=gettext_lazy("Registered")),
    ]
    list_filter = ["status", "event"]
    search_fields = ["name", "email", "event__title"]
    search_backend_name = None
    ordering = ["event", "created_at"]
    copy_view_enabled = False
    list_export = ["event", "name", "email", "status", "language_code", "created_at"]
    export_headings = {
        "event": gettext_lazy("Event"),
        "name": gettext_lazy("Name"),
        "email": gettext_lazy("E-mail"),
        "status": gettext_lazy("Status"),
        "language_code": gettext_lazy("Language"),
        "created_at": gettext_lazy("Registered"),
    }
    export_filename = "registrations"
    form_fields = ["status"]


class OutboxEmailViewSet(ModelViewSet):
    model = OutboxEmail
    name = "event_outbox"
    icon = "mail"
    menu_label = gettext_lazy("Outgoing e-mail")
    list_display = [
        "subject",
        "to",
        DateColumn("created_at", label=gettext_lazy("Queued")),
        DateColumn("sent_at", label=gettext_lazy("Sent")),
        "attempts",
        "last_error",
    ]
    list_filter = ["sent_at"]
    search_fields = ["to", "subject"]
    search_backend_name = None
    ordering = ["-created_at"]
    copy_view_enabled = False
    form_fields = ["to"]


class EventOrganisersViewSetGroup(ViewSetGroup):
    items = (EventSubmissionViewSet, RegistrationViewSet, OutboxEmailViewSet)
    menu_icon = "calendar-alt"
    menu_label = gettext_lazy("Event organisers")
    menu_name = "event-organisers"
