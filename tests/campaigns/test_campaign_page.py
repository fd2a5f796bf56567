"""A campaign page as readers and editors see it."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaigns.models import CampaignPage
from directory.models import Country, Organisation

from .factories import days_ago, make_campaign, make_document, term


@pytest.fixture
def lesson(library):
    document = make_document(
        title="Grooming lesson plan",
        name="grooming-lesson.pdf",
        content=b"%PDF-1.4\n" + b"0" * 2500,
    )
    document.file_size = 2509
    document.save()
    publisher = Organisation.objects.create(
        name="UK Safer Internet Centre",
        slug="uk-safer-internet-centre",
        kind="awareness",
        country=Country.objects.get(code="GB"),
        website="https://saferinternet.org.uk",
        verified_on=datetime.date(2026, 1, 10),
        locale=Locale.objects.get(language_code="en"),
    )
    return make_campaign(
        library,
        "Spotting grooming: a lesson for 11–14",
        summary="A 50-minute lesson on the signs of grooming and where to get help.",
        topics=["grooming", "sextortion"],
        ages=["11-14"],
        audiences=["teachers-educators"],
        countries=["GB", "IE"],
        publisher=publisher,
        last_reviewed=datetime.date(2026, 1, 15),
        usage_conditions="Credit the UK Safer Internet Centre when you adapt it.",
        resources=[
            {
                "title": "Lesson plan: spotting grooming",
                "type": "lesson-plan",
                "document": document,
                "ages": ["11-14"],
                "duration_minutes": 50,
                "learning_objectives": "Name three warning signs of grooming.\nKnow two ways to report.",
                "class_needs": "A projector\nPrinted scenario cards",
            },
            {
                "title": "Classroom poster",
                "type": "poster",
                "language": "fr",
                "url": "https://www.example.org/poster-fr.pdf",
                "has_subtitles": True,
                "is_easy_read": True,
            },
        ],
    )


def test_campaign_page_shows_everything_a_teacher_needs(lesson, client):
    response = client.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert 'aria-label="Breadcrumb"' in html
    # Lesson plan details, on screen and in print (plain markup, no script needed).
    assert "Duration: 50 minutes" in html
    assert "<li>Name three warning signs of grooming.</li>" in html
    assert "<li>Know two ways to report.</li>" in html
    assert "<li>Printed scenario cards</li>" in html
    # Format and size from the document, language by its own name.
    assert "PDF, 2.5\xa0KB" in html
    assert 'lang="fr">français</span>' in html
    assert "Subtitles" in html and "Easy read" in html
    assert 'href="https://www.example.org/poster-fr.pdf"' in html
    # Facts linking back to the filtered library.
    assert 'href="/en/campaigns/?topic=grooming"' in html
    assert 'href="/en/campaigns/?age=11-14"' in html
    assert 'href="/en/campaigns/?country=gb"' in html
    assert "Ireland" in html
    assert ">UK Safer Internet Centre</a>" in html
    assert 'datetime="2026-01-15"' in html
    assert 'rel="license noopener"' in html
    assert " style=" not in html and "<style" not in html and "<script>" not in html


def test_related_campaigns_share_topics_most_shared_first(lesson, library, client):
    make_campaign(library, "Sextortion only", topics=["sextortion"], published_at=days_ago(1))
    make_campaign(
        library,
        "Grooming and sextortion",
        topics=["grooming", "sextortion"],
        published_at=days_ago(9),
    )
    make_campaign(library, "Gaming settings", topics=["gaming"])
    make_campaign(library, "Grooming draft", topics=["grooming"], publish=False)

    related = [page.title for page in lesson.related_campaigns()]
    assert related == ["Grooming and sextortion", "Sextortion only"]
    html = client.get(lesson.url).content.decode()
    assert "Related campaigns" in html
    assert "Gaming settings" not in html and "Grooming draft" not in html


def test_resource_documents_are_served_only_while_the_campaign_is_live(lesson, client):
    resource = lesson.resources.get(title="Lesson plan: spotting grooming")
    assert client.get(resource.document.url).status_code == 200
    lesson.unpublish()
    assert client.get(resource.document.url).status_code == 404


def test_expired_campaign_is_not_listed_or_served(lesson, client):
    url = lesson.url
    CampaignPage.objects.filter(pk=lesson.pk).update(
        expire_at=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=1)
    )
    # Before the scheduled unpublish has run, the page is still "live" in the database.
    assert CampaignPage.objects.get(pk=lesson.pk).live
    assert "Spotting grooming" not in client.get("/en/campaigns/").content.decode()
    assert client.get(url).status_code == 404


def test_editors_can_preview_an_expired_campaign(lesson, client, admin_client):
    lesson.expire_at = days_ago(1)
    lesson.save_revision()  # the draft editors preview carries the expiry date too
    CampaignPage.objects.filter(pk=lesson.pk).update(expire_at=lesson.expire_at)
    assert client.get(lesson.url).status_code == 404
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    assert "Spotting grooming: a lesson for 11–14</h1>" in response.content.decode()


def admin_form(library, **overrides):
    resource = {
        "title": "Poster",
        "resource_type": term_pk("poster"),
        "language": "en",
        "document": "",
        "url": "",
        "duration_minutes": "",
        "learning_objectives": "",
        "class_needs": "",
    }
    resource.update(overrides.pop("resource", {}))
    age_bands = resource.pop("age_bands", [])
    data = {
        "title": "Don't pay, report",
        "slug": "dont-pay-report",
        "summary": "What to do when someone threatens to share your images.",
        "body": streamfield([]),
        "licence": "cc-by-nc-4.0",
        "usage_conditions": "",
        "resources": inline_formset([resource]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    data = nested_form_data(data)
    # A multiple choice is one key with several values (nested_form_data would number them).
    data["resources-0-age_bands"] = age_bands
    return data


def term_pk(slug):
    from campaigns.models import ResourceType

    return term(ResourceType, slug).pk


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(user)
    return client


def add_url(library):
    return reverse("wagtailadmin_pages:add", args=("campaigns", "campaignpage", library.pk))


def test_admin_refuses_a_resource_without_file_or_address(library, admin_client):
    response = admin_client.post(add_url(library), admin_form(library))
    assert response.status_code == 200
    assert "Choose a file or give an address" in response.content.decode()
    assert not CampaignPage.objects.filter(slug="dont-pay-report").exists()


def test_admin_refuses_plain_http_addresses(library, admin_client):
    response = admin_client.post(
        add_url(library), admin_form(library, resource={"url": "http://example.org/poster.pdf"})
    )
    assert "Use an address that starts with https://." in response.content.decode()
    assert not CampaignPage.objects.filter(slug="dont-pay-report").exists()


def test_admin_refuses_a_file_and_an_address_together(library, admin_client):
    document = make_document()
    response = admin_client.post(
        add_url(library),
        admin_form(
            library,
            resource={"document": document.pk, "url": "https://example.org/poster.pdf"},
        ),
    )
    assert "Give a file or an address, not both." in response.content.decode()


def test_admin_saves_a_lesson_plan_with_its_age_bands(library, admin_client):
    from campaigns.models import AgeBand

    response = admin_client.post(
        add_url(library),
        admin_form(
            library,
            resource={
                "resource_type": term_pk("lesson-plan"),
                "url": "https://example.org/lesson.pdf",
                "age_bands": [term(AgeBand, "11-14").pk],
                "duration_minutes": "45",
                "learning_objectives": "Know how to report.",
            },
        ),
    )
    assert response.status_code == 302
    page = CampaignPage.objects.get(slug="dont-pay-report", locale__language_code="en")
    resource = page.resources.get()
    assert resource.duration_minutes == 45
    assert [band.slug for band in resource.age_bands.all()] == ["11-14"]


def test_campaign_links_its_safer_internet_day_edition(library, client):
    from events.models import SaferInternetDay

    edition = SaferInternetDay.objects.create(year=2026, date=datetime.date(2026, 2, 10))
    page = make_campaign(library, "Safer Internet Day assembly pack", sid_edition=edition)
    html = client.get(page.url).content.decode()
    assert "Safer Internet Day 2026" in html
    assert page.safer_internet_day_link(None)["edition"] == edition


def test_admin_screens_open_for_editors(lesson, library, admin_client):
    from campaigns.models import AgeBand, Audience, ResourceType, Topic

    for model in (Topic, Audience, AgeBand, ResourceType):
        url = reverse(f"wagtailsnippets_campaigns_{model._meta.model_name}:list")
        response = admin_client.get(url)
        assert response.status_code == 200, url
    response = admin_client.get(reverse("wagtailsnippets_campaigns_topic:list") + "?q=groom")
    assert "Grooming" in response.content.decode()
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(lesson.pk,)))
    html = edit.content.decode()
    assert edit.status_code == 200
    assert "Lesson plan details" in html and "Accessibility" in html
    assert f'value="{term(Topic, "grooming").pk}"' in html
    assert admin_client.get(add_url(library)).status_code == 200
