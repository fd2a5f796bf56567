"""The /<lang>/help/ routes (served through HelpIndexPage) and the help block."""

from dataclasses import replace

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.translation_links import page_languages

from .cache import cached_block
from .countries import COUNTRY_ALIASES, is_country_code
from .models import Country, HelpIndexPage
from .routes import CountryHelp, help_for_all_countries, help_for_code

BLOCK_MAX_AGE = 600


def canonical_code(raw):
    """The ISO code a reader meant ("uk" → "GB", " fi " → "FI"), or "" if it is not one."""
    code = (raw or "").strip().upper()[:3]
    code = COUNTRY_ALIASES.get(code, code)
    return code if is_country_code(code) else ""


def help_index_url(language_code):
    """URL of the help section in `language_code` (the English one if that locale has none),
    or "" when the site has no help section."""
    pages = {
        page.locale.language_code: page
        for page in HelpIndexPage.objects.live()
        .public()
        .filter(locale__language_code__in={language_code, settings.LANGUAGE_CODE})
        .select_related("locale")
    }
    page = pages.get(language_code) or pages.get(settings.LANGUAGE_CODE)
    return page.get_url() if page is not None else ""


def help_index(page, request):
    """Country picker (a plain GET form) and every country's centres."""
    error = ""
    if "country" in request.GET:
        code = canonical_code(request.GET.get("country"))
        if code and Country.objects.filter(code=code).exists():
            return redirect(_country_url(page, request, code))
        error = _("Please choose a country from the list.")
    helps, international = help_for_all_countries()
    context = page.get_context(request)
    context.update(
        {
            "country_helps": helps,
            "international": international,
            # INHOPE and the other international routes, for the page's schema.org data.
            "international_help": CountryHelp(country=None, organisations=international),
            "picker_error": error,
        }
    )
    return TemplateResponse(request, "directory/help_index_page.html", context)


def _country_url(page, request, code, route="country"):
    return page.get_url(request) + page.reverse_subpage(route, kwargs={"code": code.lower()})


def _canonical_redirect(page, request, code, route):
    """301 to the lower-case ISO form of a code (/help/uk/ → /help/gb/), or None if `code`
    already is that form."""
    canonical = canonical_code(code)
    if canonical and code != canonical.lower():
        return redirect(_country_url(page, request, canonical, route), permanent=True)
    return None


def help_country(page, request, code):
    """One country: emergency number, helplines, report routes, advice."""
    response = _canonical_redirect(page, request, code, "country")
    if response is not None:
        return response
    help = help_for_code(code.upper()) if is_country_code(code.upper()) else None
    if help is None:
        raise Http404("No such country in the help directory")
    context = page.get_context(request)
    context.update(
        {
            "help": help,
            "help_country_code": help.code,  # the block at the foot shows this country too
            "page_title": _("%(country)s: where to get help and report") % {"country": help.name},
        }
    )
    _set_country_languages(request, page, help.url_code)
    return TemplateResponse(request, "directory/help_country_page.html", context)


def _set_country_languages(request, page, url_code):
    """The language switcher and hreflang alternates point at this country in each language,
    not at the help index (base.html reads what `languages_for` cached on the request)."""
    languages = page_languages(request, page)
    section = f"/{page.slug}/"  # the same slug in every language

    def with_suffix(url):
        path, sep, query = url.partition("?")
        if not path.endswith(section):  # a language with no help section: its home page
            return url
        return f"{path}{url_code}/{sep}{query}"

    request._hub_languages = replace(
        languages,
        links=[replace(link, url=with_suffix(link.url)) for link in languages.links],
        alternates=[(code, with_suffix(url)) for code, url in languages.alternates],
    )


def help_block_html(language_code, country_code):
    """The routes part of the help block for a country ("" = international), cached; "" if
    the country is not in the directory."""

    def render():
        help = help_for_code(country_code)
        if help is None:
            return ""
        return render_to_string(
            "directory/includes/help_routes.html",
            {"help": help, "help_index_url": help_index_url(language_code)},
        )

    return cached_block(language_code, country_code, render)


def help_block_fragment(page, request, code):
    """/<lang>/help/<cc>/block/: the block for one country, for help-country.js. Cacheable:
    the same for every reader."""
    response = _canonical_redirect(page, request, code, "block")
    if response is not None:
        return response
    html = help_block_html(get_language(), code.upper()) if is_country_code(code.upper()) else ""
    if not html:
        raise Http404("No such country in the help directory")
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    patch_cache_control(response, public=True, max_age=BLOCK_MAX_AGE)
    response["X-Robots-Tag"] = "noindex"
    return response
