"""Registration for events with registration on this site: places until the event is
full, then a waiting list; a cancellation promotes the first person waiting. Every change
locks the event's row, so 40 concurrent workers never hand out more places than there are
(PostgreSQL: SELECT … FOR UPDATE; SQLite: IMMEDIATE transactions queue the writers)."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from .links import new_key
from .mail import queue_email
from .models import (
    ACTIVE_REGISTRATION,
    AttendanceMode,
    EventPage,
    EventStatus,
    RegistrantNotice,
    Registration,
    RegistrationMode,
    RegistrationStatus,
)


class RegistrationClosed(Exception):
    """The event takes no registrations on this site (any more)."""


@dataclass
class RegistrationResult:
    registration: Registration
    created: bool  # False: this address was already registered; nothing new stored


def is_open(event, now=None):
    """Registration on this site is open until the event ends, unless it is cancelled."""
    now = now or timezone.now()
    return (
        event.registration_mode == RegistrationMode.ON_SITE
        and bool(event.capacity)
        and event.live
        and event.status != EventStatus.CANCELLED
        and not (event.end and event.end <= now)
    )


def _locked_event(event_id):
    return EventPage.objects.select_for_update(of=("self",)).only("pk").get(pk=event_id)


def waitlist_position(registration):
    """1 for the first person waiting, and so on; None when not on the waiting list."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        event_id=registration.event_id, status=RegistrationStatus.WAITLISTED
    ).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def register(event, name, email, language_code, link_url):
    """Give `name` a place or a place on the waiting list, and e-mail them their private
    link (`link_url(registration)` → absolute address). Registering the same address again
    stores nothing and sends the link again."""
    if not is_open(event):
        raise RegistrationClosed
    try:
        with transaction.atomic():
            _locked_event(event.pk)
            existing = (
                Registration.objects.filter(ACTIVE_REGISTRATION, event=event)
                .filter(email__iexact=email)
                .first()
            )
            if existing is not None:
                _send_registration_email(existing, event, link_url, again=True)
                return RegistrationResult(existing, created=False)
            confirmed = Registration.objects.filter(
                event=event, status=RegistrationStatus.CONFIRMED
            ).count()
            status = (
                RegistrationStatus.CONFIRMED
                if confirmed < event.capacity
                else RegistrationStatus.WAITLISTED
            )
            registration = Registration.objects.create(
                event=event,
                name=name,
                email=email,
                status=status,
                language_code=language_code,
                link_key=new_key(),
            )
            _send_registration_email(registration, event, link_url)
            return RegistrationResult(registration, created=True)
    except IntegrityError:
        # The same address in two requests at once: the other one won.
        existing = Registration.objects.filter(ACTIVE_REGISTRATION, event=event).get(
            email__iexact=email
        )
        return RegistrationResult(existing, created=False)


def _send_registration_email(registration, event, link_url, again=False):
    queue_email(
        registration.email,
        "registration_received",
        {
            "registration": registration,
            "event": event,
            "position": waitlist_position(registration),
            "link": link_url(registration),
            "again": again,
        },
        registration.language_code,
    )


def cancel_registration(registration, link_url):
    """Cancel a registration; when it held a place, the first person waiting gets it and is
    told by e-mail. Returns the promoted registration or None."""
    with transaction.atomic():
        _locked_event(registration.event_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == RegistrationStatus.CANCELLED:
            return None
        held_place = current.status == RegistrationStatus.CONFIRMED
        current.status = RegistrationStatus.CANCELLED
        current.save(update_fields=["status", "updated_at"])
        registration.status = current.status
        if not held_place:
            return None
        return promote_waiting(current.event, link_url)


def fill_free_places(event, link_url):
    """After the event changed (more places): give free places to people waiting."""
    with transaction.atomic():
        _locked_event(event.pk)
        return promote_waiting(event, link_url)


def promote_waiting(event, link_url):
    """Fill free places from the waiting list, in order. Call with the event locked."""
    free = (
        event.capacity
        - Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).count()
    )
    promoted = None
    if free <= 0 or event.status == EventStatus.CANCELLED:
        return None
    for waiting in Registration.objects.filter(
        event=event, status=RegistrationStatus.WAITLISTED
    ).order_by("created_at", "pk")[:free]:
        waiting.status = RegistrationStatus.CONFIRMED
        waiting.save(update_fields=["status", "updated_at"])
        queue_email(
            waiting.email,
            "registration_promoted",
            {"registration": waiting, "event": event, "link": link_url(waiting)},
            waiting.language_code,
        )
        promoted = promoted or waiting
    return promoted


def registration_counts(event):
    """{status: number} for an event."""
    counts = dict.fromkeys(RegistrationStatus.values, 0)
    rows = Registration.objects.filter(event=event).values_list("status").annotate(n=Count("pk"))
    counts.update(dict(rows.order_by()))
    return counts


# What a registrant must hear about: the status, the times and whether it moved online.
NOTICE_FIELDS = ("status", "start", "end", "attendance_mode", "online_url")


def notify_registrants_of_changes(event, link_url):
    """After a publication: e-mail everyone registered (confirmed or waiting) when the event
    was cancelled, postponed, re-timed or moved online since they were last told. Returns
    the number of e-mails queued."""
    with transaction.atomic():
        _locked_event(event.pk)
        notice = RegistrantNotice.objects.filter(event=event).first()
        current = {name: getattr(event, name) for name in NOTICE_FIELDS}
        if notice is None:
            RegistrantNotice.objects.create(event=event, **current)
            return 0
        before = {name: getattr(notice, name) for name in NOTICE_FIELDS}
        if before == current:
            return 0
        changes = []
        if current["status"] != before["status"] and current["status"] != EventStatus.SCHEDULED:
            changes.append(current["status"])
        if (current["start"], current["end"]) != (before["start"], before["end"]):
            changes.append("retimed")
        went_online = event.is_online and not (
            before["attendance_mode"] in (AttendanceMode.ONLINE, AttendanceMode.MIXED)
            or before["status"] == EventStatus.MOVED_ONLINE
        )
        if went_online and EventStatus.MOVED_ONLINE not in changes:
            changes.append(EventStatus.MOVED_ONLINE)
        for name, value in current.items():
            setattr(notice, name, value)
        notice.save()
        if not changes:
            return 0
        sent = 0
        for registration in Registration.objects.filter(ACTIVE_REGISTRATION, event=event):
            queue_email(
                registration.email,
                "event_changed",
                {
                    "registration": registration,
                    "event": event,
                    "changes": changes,
                    "link": link_url(registration),
                },
                registration.language_code,
            )
            sent += 1
        return sent
