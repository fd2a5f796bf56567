from django.conf import settings


def site_chrome(request):
    """Values every public template needs; no database queries here (404/500 pages use it)."""
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "SEARCH_QUERY_MAX_LENGTH": settings.SEARCH_QUERY_MAX_LENGTH,
    }
