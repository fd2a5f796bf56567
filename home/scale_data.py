"""Scale data for benchmarks: thousands of campaigns and events on top of the demo site.

Every generated page is a variation of a demo page and says so in its title ("scale
sample N"), so nobody mistakes it for editorial content; events are flagged as sample
data like the demo's. Pages are created in English only: the benchmarks measure the
listings at scale, and untranslated copies in 27 more locales would only multiply the
time it takes to build the data.
"""

import dataclasses
import itertools
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import AgeBand, Audience, CampaignLibraryPage, CampaignPage, Resource, Topic
from events.demo import sample_record
from events.demo_events import sample_events
from events.importer import import_context, save_event
from events.models import EventPage

CAMPAIGN_PREFIX = "scale-campaign-"
EVENT_PREFIX = "scale-"
BATCH = 100


class ScaleDataError(Exception):
    """The site lacks what the scale data builds on (run load_demo_content first)."""


def _rotations(queryset, size):
    """Every `size`-long window over the terms, so the generated pages spread across all
    facet values instead of piling onto the first ones."""
    terms = list(queryset)
    if not terms:
        raise ScaleDataError(f"No {queryset.model._meta.verbose_name_plural}: load the demo first.")
    return itertools.cycle(
        [
            [terms[(start + offset) % len(terms)] for offset in range(min(size, len(terms)))]
            for start in range(len(terms))
        ]
    )


def generate_campaigns(count, progress):
    """Create campaigns until the English library holds `count` scale samples; returns how
    many were created."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    library = CampaignLibraryPage.objects.filter(locale=locale).first()
    bases = list(
        CampaignPage.objects.live()
        .filter(locale=locale)
        .exclude(slug__startswith=CAMPAIGN_PREFIX)
        .prefetch_related("resources__age_bands", "countries")
        .order_by("path")
    )
    if library is None or not bases:
        raise ScaleDataError("No campaign library with campaigns: run load_demo_content first.")
    existing = CampaignPage.objects.filter(slug__startswith=CAMPAIGN_PREFIX).count()
    topics = _rotations(Topic.objects.filter(locale=locale).order_by("pk"), 2)
    audiences = _rotations(Audience.objects.filter(locale=locale).order_by("pk"), 2)
    ages = _rotations(AgeBand.objects.filter(locale=locale).order_by("pk"), 2)
    now = timezone.now()
    created = 0
    for number in range(existing + 1, count + 1):
        base = bases[number % len(bases)]
        page = CampaignPage(
            locale=locale,
            title=f"{base.title} (scale sample {number})",
            slug=f"{CAMPAIGN_PREFIX}{number:05d}",
            summary=base.summary,
            body=base.body.raw_data,
            hero_image_id=base.hero_image_id,
            publisher_id=base.publisher_id,
            sid_edition_id=base.sid_edition_id,
            licence=base.licence,
            usage_conditions=base.usage_conditions,
            last_reviewed=base.last_reviewed,
        )
        page.topics = next(topics)
        page.audiences = next(audiences)
        page.age_bands = next(ages)
        page.countries = list(base.countries.all())
        page.resources = [_copy_resource(resource, locale) for resource in base.resources.all()]
        with transaction.atomic():
            library.add_child(instance=page)
            page.save_revision().publish()
            published = now - timedelta(hours=number)
            CampaignPage.objects.filter(pk=page.pk).update(
                first_published_at=published, last_published_at=published
            )
        created += 1
        if created % BATCH == 0:
            progress(f"campaigns: {existing + created}/{count}")
    return created


def _copy_resource(resource, locale):
    copy = Resource(
        locale=locale,
        title=resource.title,
        resource_type_id=resource.resource_type_id,
        language=resource.language,
        document_id=resource.document_id,
        url=resource.url,
        has_subtitles=resource.has_subtitles,
        has_sign_language=resource.has_sign_language,
        has_audio_description=resource.has_audio_description,
        is_easy_read=resource.is_easy_read,
        duration_minutes=resource.duration_minutes,
        learning_objectives=resource.learning_objectives,
        class_needs=resource.class_needs,
        sort_order=resource.sort_order,
    )
    copy.age_bands = list(resource.age_bands.all())
    return copy


def generate_events(count, progress):
    """Create sample events (variations of the demo's, each in its language's events
    section) until there are `count` scale samples; returns how many were created."""
    context = import_context()
    if not context["sections"]:
        raise ScaleDataError("No events section: run load_demo_content first.")
    existing = EventPage.objects.filter(external_id__startswith=f"{EVENT_PREFIX}").count()
    samples = sample_events()
    created = 0
    for number in range(existing + 1, count + 1):
        sample = samples[number % len(samples)]
        # Shift by whole weeks across the years so the listing's "upcoming" and "past"
        # both grow, keeping each event's weekday and local time.
        shift = timedelta(weeks=(number // len(samples)) * 3)
        variant = dataclasses.replace(
            sample,
            external_id=f"{EVENT_PREFIX}{number:05d}",
            title=f"{sample.title} (scale sample {number})"[:200],
            start_date=sample.start_date - shift,
            end_date=sample.end_date - shift,
        )
        with transaction.atomic():
            save_event(sample_record(variant), context)
        created += 1
        if created % BATCH == 0:
            progress(f"events: {existing + created}/{count}")
    return created
