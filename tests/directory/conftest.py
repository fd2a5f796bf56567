import pytest
from django.core.cache import cache

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from directory.models import Country, OrganisationKind

from .factories import HelpIndexPageFactory, OrganisationFactory, PhoneFactory

FINNISH_HELP = {
    "Where to get help and report": "Mistä saa apua ja minne ilmoittaa",
    "Choose your country to find helplines and hotlines.": "Valitse maasi, niin löydät auttavat puhelimet ja vihjepalvelut.",
}
FINNISH_ORGS = {
    "Free, confidential support for children and young people.": "Maksutonta ja luottamuksellista tukea lapsille ja nuorille.",
    "Children and young people": "Lapset ja nuoret",
}


@pytest.fixture(autouse=True)
def fresh_cache():
    # The help block is cached across requests; each test starts from an empty cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def directory(db):
    """Real-shaped routes for Finland (helpline + hotline), the United Kingdom (helpline +
    hotline with its own report form), Switzerland (no hotline: INHOPE + authority) and
    INHOPE itself."""
    inhope = OrganisationFactory(
        slug="inhope",
        name="INHOPE",
        kind=OrganisationKind.HOTLINE,
        country=None,
        website="https://www.inhope.org",
        time_zone="Europe/Amsterdam",
        description="The international network of hotlines.",
    )
    mll = OrganisationFactory(
        slug="mll",
        name="MLL – Lasten ja nuorten puhelin",
        kind=OrganisationKind.HELPLINE,
        website="https://www.mll.fi",
        description="Free, confidential support for children and young people.",
    )
    PhoneFactory(organisation=mll, dial="116 111", hours="Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00")
    nettivihje = OrganisationFactory(
        slug="nettivihje",
        name="Nettivihje",
        kind=OrganisationKind.HOTLINE,
        website="https://www.nettivihje.fi",
        inhope_member=True,
    )
    gb = Country.objects.get(code="GB")
    childline = OrganisationFactory(
        slug="childline",
        name="Childline",
        kind=OrganisationKind.HELPLINE,
        country=gb,
        website="https://www.childline.org.uk",
    )
    PhoneFactory(organisation=childline, dial="0800 1111", hours="24/7")
    iwf = OrganisationFactory(
        slug="iwf",
        name="Internet Watch Foundation",
        kind=OrganisationKind.HOTLINE,
        country=gb,
        website="https://www.iwf.org.uk",
        report_url="https://report.iwf.org.uk",
        inhope_member=True,
    )
    ch = Country.objects.get(code="CH")
    ch.authority_name = "Cybercrimepolice"
    ch.authority_report_url = "https://www.cybercrimepolice.ch"
    ch.save()
    juventute = OrganisationFactory(
        slug="pro-juventute",
        name="Pro Juventute 147",
        kind=OrganisationKind.HELPLINE,
        country=ch,
        website="https://www.147.ch",
    )
    PhoneFactory(organisation=juventute, dial="147", hours="24/7")
    return {
        "inhope": inhope,
        "mll": mll,
        "nettivihje": nettivihje,
        "childline": childline,
        "iwf": iwf,
        "pro_juventute": juventute,
    }


@pytest.fixture
def help_page(site, directory, django_capture_on_commit_callbacks):
    """The /help/ section under the home page, in every locale, translated into Finnish;
    the Finnish helpline translated too."""
    with django_capture_on_commit_callbacks(execute=True):
        page = HelpIndexPageFactory(parent=site)
        sync_all_locales()
        translate_from_strings(page, "fi", FINNISH_HELP)
        translate_from_strings(directory["mll"], "fi", FINNISH_ORGS)
    cache.clear()
    return page
