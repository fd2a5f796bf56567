"""Factories for campaign tests: pages go through Wagtail's tree API and are published with
a revision, so live content, aliases and translations behave as in the admin."""

import datetime

import factory
import wagtail_factories
from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from campaigns.models import (
    AgeBand,
    Audience,
    CampaignLibraryPage,
    CampaignPage,
    Resource,
    ResourceType,
    Topic,
)
from directory.models import Country


class CampaignLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Campaigns"
    slug = "campaigns"
    intro = "Lesson plans, guides and campaigns for every age."

    class Meta:
        model = CampaignLibraryPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    slug = factory.Sequence(lambda n: f"campaign-{n}")
    summary = "Material for schools and families."

    class Meta:
        model = CampaignPage


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def term(model, slug):
    return model.objects.get(slug=slug, locale=source_locale())


def make_library(home):
    library = CampaignLibraryPageFactory(parent=home, locale=home.locale)
    library.save_revision().publish()
    return library


def make_document(title="Lesson plan", name="lesson-plan.pdf", content=b"%PDF-1.4\n%test\n"):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def make_campaign(
    library,
    title,
    *,
    topics=(),
    audiences=(),
    ages=(),
    resources=(),
    countries=(),
    summary="Material for schools and families.",
    publish=True,
    published_at=None,
    **fields,
):
    """A campaign under `library`. `resources` is a list of dicts of Resource fields where
    `type` is a resource type slug and `ages` a list of age band slugs."""
    page = CampaignPageFactory.build(title=title, summary=summary, locale=library.locale, **fields)
    page.topics = [term(Topic, slug) for slug in topics]
    page.audiences = [term(Audience, slug) for slug in audiences]
    page.age_bands = [term(AgeBand, slug) for slug in ages]
    page.countries = list(Country.objects.filter(code__in=countries))
    items = []
    for values in resources:
        values = dict(values)
        resource_ages = values.pop("ages", ())
        resource = Resource(
            resource_type=term(ResourceType, values.pop("type", "guide")),
            **{"title": title, "language": "en", **values},
        )
        if not resource.document_id and not resource.url:
            resource.url = "https://www.example.org/material.pdf"
        resource.age_bands = [term(AgeBand, slug) for slug in resource_ages]
        items.append(resource)
    page.resources = items
    # A draft, as the admin saves it: never live.
    page.live = publish
    library.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        if published_at is not None:
            CampaignPage.objects.filter(pk=page.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
            page.refresh_from_db()
    return page


def days_ago(days):
    return datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days)
