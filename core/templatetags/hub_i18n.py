from django import template

from core.translation_links import page_languages, view_languages

register = template.Library()


@register.simple_tag(takes_context=True)
def languages_for(context, page=None):
    """Language switcher and alternates for the page being shown, computed once per request."""
    request = context.get("request")
    cache_owner = request if request is not None else context
    cached = getattr(cache_owner, "_hub_languages", None)
    if cached is not None:
        return cached
    if page is not None and getattr(page, "translation_key", None) and request is not None:
        result = page_languages(request, page)
    else:
        match = getattr(request, "resolver_match", None)
        # No route matched, or Wagtail found no page: an error page.
        is_error = match is None or match.url_name == "wagtail_serve"
        result = view_languages(request, context.get("translated_languages"), is_error=is_error)
    if request is not None:
        request._hub_languages = result
    return result
