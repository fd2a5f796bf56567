"""Per-IP rate limits for the public forms, on the shared cache (django-ratelimit).

The client is REMOTE_ADDR unless TRUSTED_PROXY_COUNT says how many proxies in front of the
site append to X-Forwarded-For; then the address the outermost trusted proxy saw is used.
A client cannot choose its own key by sending an X-Forwarded-For header."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited


def client_ip(group, request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    # Each trusted proxy appended the address it saw; anything further left is the client's
    # own claim. With N proxies, REMOTE_ADDR is the last proxy and the client address is
    # the (N-1)th entry from the right.
    if len(forwarded) >= proxies:
        return forwarded[-proxies]
    return remote


def over_limit(request, group, rate):
    """True (and counts the request) when this client has used up `rate` for `group`."""
    return is_ratelimited(
        request, group=f"events.{group}", key=client_ip, rate=rate, method=["POST"], increment=True
    )


def too_many_requests(request, context=None):
    response = TemplateResponse(
        request, "429.html", {"page_title": _("Too many requests"), **(context or {})}, status=429
    )
    response["Retry-After"] = "3600"
    return response
