"""Template helpers for the shared components in templates/components/.

None of these touch the database except `breadcrumb_trail` (one query), so the error pages
can use the rest without a request or a database.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext as _

register = template.Library()


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """The pages above `page`, from its site's home page down, in one query:
    `{% breadcrumb_trail page as crumbs %}`. Each crumb has `.title` and `.url` ("" when the
    ancestor cannot be linked). Empty for the home page itself and for non-page views."""
    depth = getattr(page, "depth", None)
    if not depth or depth <= 2:
        return []
    request = context.get("request")
    crumbs = []
    # Depth 1 is the tree root; depth 2 is the home page of a language tree.
    for ancestor in page.get_ancestors().filter(depth__gte=2):
        title = _("Home") if ancestor.depth == 2 else ancestor.title
        url = ancestor.get_url(request) if ancestor.live else ""
        crumbs.append(Crumb(title=title, url=url or ""))
    return crumbs


@register.simple_tag
def pagination_pages(page_obj, on_each_side=1, on_ends=1):
    """Page numbers around the current one, with `None` where numbers are left out:
    `{% pagination_pages page_obj as numbers %}`."""
    paginator = page_obj.paginator
    return [
        None if number == Paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]


@register.simple_tag(takes_context=True)
def component_id(context, prefix):
    """A document-unique id for a component instance: `{% component_id "table" as table_id %}`.

    Counted per request (or per render when there is none), so the same page renders the same
    ids every time."""
    holder = context.get("request") or context
    counters = holder.__dict__.setdefault("_hub_component_ids", {})
    counters[prefix] = counters.get(prefix, 0) + 1
    return f"{prefix}-{counters[prefix]}"


@register.simple_tag
def quick_exit_url():
    """Where "Exit this page" goes; from settings, so it works without a request (500 page)."""
    return settings.QUICK_EXIT_URL


@register.filter
def is_external(url):
    """True for an absolute http(s) address (another site), False for paths on this site."""
    if not url:
        return False
    parts = urlsplit(str(url))
    return parts.scheme in {"http", "https"} or (not parts.scheme and bool(parts.netloc))


@register.filter
def has_selected(options):
    """True if any of a facet's options is selected (its group starts open)."""
    return any(getattr(option, "selected", False) for option in options or ())


@register.filter
def error_anchor(bound_field):
    """The id an error summary link should point to: the input itself, or the first choice
    of a radio or checkbox group (whose label is a legend, not a <label for>)."""
    if getattr(bound_field, "use_fieldset", False):
        subwidgets = bound_field.subwidgets
        if subwidgets:
            return subwidgets[0].id_for_label
    return bound_field.id_for_label or bound_field.auto_id


@dataclass(frozen=True)
class Video:
    title: str
    provider_name: str
    watch_url: str
    player_url: str
    poster: object
    transcript: object


VIDEO_PROVIDERS = {
    # provider: (label, watch URL, player URL loaded only after a reader clicks)
    "youtube": (
        "YouTube",
        "https://www.youtube.com/watch?v={id}",
        "https://www.youtube-nocookie.com/embed/{id}?autoplay=1",
    ),
    "vimeo": (
        "Vimeo",
        "https://vimeo.com/{id}",
        "https://player.vimeo.com/video/{id}?autoplay=1&dnt=1",
    ),
}


def _get(value, key):
    try:
        return value[key]
    except (KeyError, TypeError, IndexError):
        return getattr(value, key, None)


@register.simple_tag
def video_details(value):
    """A video block value as what the component shows, or None if it cannot be played:
    `{% video_details value as video %}`. Only ids of the known shape make URLs, so a
    mistyped or crafted id never becomes part of an address."""
    provider = _get(value, "provider")
    video_id = str(_get(value, "video_id") or "").strip()
    known = VIDEO_PROVIDERS.get(provider)
    if known is None or not video_id:
        return None
    if provider == "youtube":
        valid = len(video_id) == 11 and all(
            c.isascii() and (c.isalnum() or c in "-_") for c in video_id
        )
    else:
        valid = video_id.isascii() and video_id.isdigit() and 6 <= len(video_id) <= 12
    if not valid:
        return None
    label, watch, player = known
    return Video(
        title=_get(value, "title") or "",
        provider_name=label,
        watch_url=watch.format(id=video_id),
        player_url=player.format(id=video_id),
        poster=_get(value, "poster"),
        transcript=_get(value, "transcript"),
    )
