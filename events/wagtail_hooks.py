"""Admin screens for Safer Internet Day editions, slogans and organiser contacts, and the
rule that keeps events out of wagtail-localize's tree sync."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.signals import page_published
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize import synctree

from .models import EventPage, OrganiserContact, RegistrationMode, SaferInternetDay, Slogan

# Events stay in the language they were written in (DESIGN.md). wagtail-localize gives
# every new page an untranslated copy in each synced locale from its `after_create_page`
# hook; that hook looks this function up when it runs, so wrapping it here skips events
# whichever order the hooks run in. `synchronize_tree` (sync_all_locales, a new locale)
# is covered by EventPage.copy_for_translation, which refuses to make aliases.
_create_aliases_for_new_page = synctree.create_aliases_for_new_page


def create_aliases_for_new_page(page):
    if page is None or issubclass(page.specific_class, EventPage):
        return
    _create_aliases_for_new_page(page)


synctree.create_aliases_for_new_page = create_aliases_for_new_page


class SaferInternetDayViewSet(SnippetViewSet):
    model = SaferInternetDay
    icon = "date"
    menu_label = _("Editions")
    list_display = [
        "year",
        DateColumn("date", label=_("Date")),
        "is_provisional",
        Column("global_slogan", label=_("Global slogan")),
    ]
    list_filter = ["is_provisional"]
    search_fields = ["year"]
    search_backend_name = None
    ordering = ["-year"]


class SloganViewSet(SnippetViewSet):
    model = Slogan
    icon = "openquote"
    menu_label = _("Slogans")
    list_display = ["text"]
    search_fields = ["text"]
    search_backend_name = None


class OrganiserContactViewSet(SnippetViewSet):
    """Private contacts: editors reach organisers here. No revisions, no public view."""

    model = OrganiserContact
    icon = "user"
    menu_label = _("Organiser contacts")
    list_display = ["email", "name", Column("event", label=_("Event")), "created_at"]
    search_fields = ["email", "name", "event__title"]
    search_backend_name = None
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = False


class SaferInternetDayViewSetGroup(SnippetViewSetGroup):
    items = (SaferInternetDayViewSet, SloganViewSet, OrganiserContactViewSet)
    menu_icon = "date"
    menu_label = _("Safer Internet Day")
    menu_name = "safer-internet-day"


register_snippet(SaferInternetDayViewSetGroup)


@hooks.register("register_admin_viewset")
def register_event_organisers():
    from .admin_views import EventOrganisersViewSetGroup

    return EventOrganisersViewSetGroup()


def tell_registrants(sender, instance, **kwargs):
    """A published change of status, time or attendance reaches everyone registered, and
    added places go to the people waiting."""
    from .links import SiteLinks
    from .registration import fill_free_places, notify_registrants_of_changes

    if instance.registration_mode == RegistrationMode.ON_SITE or instance.registrations.exists():
        links = SiteLinks()
        notify_registrants_of_changes(instance, links.registration)
        if instance.registration_mode == RegistrationMode.ON_SITE and instance.capacity:
            # More places than before: the people waiting get them.
            fill_free_places(instance, links.registration)


page_published.connect(tell_registrants, sender=EventPage, dispatch_uid="events.tell_registrants")
