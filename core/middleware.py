import re

from django.middleware.locale import LocaleMiddleware

# A first path segment shaped like a language code ("xx", "pt-br"). Such a prefix that we
# do not serve is answered with a 404 at once, rather than redirected to /en/xx/.
LANGUAGE_LIKE_SEGMENT = re.compile(r"^/([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*)(?:/|$)")


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect for unknown language prefixes."""

    def process_response(self, request, response):
        if response.status_code == 404 and LANGUAGE_LIKE_SEGMENT.match(request.path_info):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
