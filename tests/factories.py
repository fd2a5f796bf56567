"""Factories for tests: pages go through the tree API so Wagtail's invariants hold."""

import factory
import wagtail_factories
from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Safer Internet Hub"
    slug = "home"
    intro = "Campaigns, help and Safer Internet Day in your language."

    class Meta:
        model = HomePage


def make_site(*, sync=True, translations=None):
    """An English home page as the default site's root, with untranslated copies in every
    locale (sync) and real translations for the languages in `translations`
    ({code: {source string: translation}})."""
    for page in Page.objects.filter(depth=2):
        page.delete()
    Site.objects.all().delete()
    root = Page.get_first_root_node()
    home = HomePageFactory(
        parent=root, locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    )
    Site.objects.create(
        hostname="testserver",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Safer Internet Hub",
    )
    if sync:
        sync_all_locales()
    for code, strings in (translations or {}).items():
        translate_from_strings(home, code, strings)
    return home


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")

    class Meta:
        model = "auth.User"
