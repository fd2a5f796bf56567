"""Navigation for the site header and footer.

`{% primary_navigation as nav_items %}`, `{% footer_navigation as footer_items %}`: lists of
items with `.title`, `.url` and `.is_active`, in the reader's language.
`{% quick_exit_help_url as quick_exit_help %}`: the URL of the page that explains the quick
exit, in the reader's language, or "". Each is computed once per request.
"""

from django import template
from django.utils.translation import get_language

from core import navigation
from core.models import NavigationMenu

register = template.Library()


def _once_per_request(context, key, compute, empty):
    request = context.get("request")
    if request is None:
        # Error pages render without a request and must not touch the database.
        return empty
    cache = request.__dict__.setdefault("_hub_navigation", {})
    key = (key, get_language())
    if key not in cache:
        cache[key] = compute(request)
    return cache[key]


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    page = context.get("page")
    return _once_per_request(
        context,
        "primary",
        lambda request: navigation.menu_items(NavigationMenu.PRIMARY, request, page),
        [],
    )


@register.simple_tag(takes_context=True)
def footer_navigation(context):
    page = context.get("page")
    return _once_per_request(
        context,
        "footer",
        lambda request: navigation.menu_items(NavigationMenu.FOOTER, request, page),
        [],
    )


@register.simple_tag(takes_context=True)
def quick_exit_help_url(context):
    return _once_per_request(context, "quick_exit", navigation.quick_exit_help_url, "")
