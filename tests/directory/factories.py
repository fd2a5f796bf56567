"""Factories for the help directory. Countries come from the data migration; organisations
are made in English (the source locale) and translated through wagtail-localize."""

from datetime import date

import factory
import wagtail_factories
from django.conf import settings
from wagtail.models import Locale

from directory.models import (
    Country,
    HelpIndexPage,
    Organisation,
    OrganisationContact,
    OrganisationKind,
    OrganisationPhone,
)


def english():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class CountryFactory(factory.django.DjangoModelFactory):
    code = "FI"
    emergency_number = "112"
    time_zone = "Europe/Helsinki"

    class Meta:
        model = Country
        django_get_or_create = ("code",)


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = OrganisationKind.AWARENESS_CENTRE
    country = factory.LazyFunction(lambda: Country.objects.get(code="FI"))
    description = "Advice on staying safe online."
    website = factory.Sequence(lambda n: f"https://organisation-{n}.example.org")
    verified_on = date(2026, 11, 23)
    locale = factory.LazyFunction(english)

    class Meta:
        model = Organisation


class PhoneFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    dial = "116111"
    label = "Children and young people"
    free_of_charge = True
    confidential = True
    locale = factory.LazyAttribute(lambda phone: phone.organisation.locale)

    class Meta:
        model = OrganisationPhone


class ContactFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = "Verification Contact"
    email = "private.contact@example.org"

    class Meta:
        model = OrganisationContact


class HelpIndexPageFactory(wagtail_factories.PageFactory):
    title = "Where to get help and report"
    slug = "help"
    intro = "Choose your country to find helplines and hotlines."

    class Meta:
        model = HelpIndexPage
