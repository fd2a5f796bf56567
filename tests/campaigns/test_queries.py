"""The library and campaign pages cost the same number of queries for 10 or 200 campaigns."""

import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.taxonomy import AGE_BANDS, AUDIENCES, TOPICS

from .factories import days_ago, make_campaign, make_document

LIBRARY_URLS = [
    "/en/campaigns/",
    "/en/campaigns/?topic=grooming&age=11-14",
    "/en/campaigns/?topic=grooming&topic=sextortion&audience=parents-carers&type=guide&language=en",
    "/en/campaigns/?q=online+safety",
    "/en/campaigns/?q=online+safety&age=7-11&sort=title&page=2",
    "/en/campaigns/?sort=title&page=3",
]

# Generous ceilings; the point of the test is that the numbers do not move with the data.
MAX_LIBRARY_QUERIES = 40
MAX_CAMPAIGN_QUERIES = 40


def add_campaigns(library, start, stop):
    topics = itertools.cycle([slug for slug, _name in TOPICS])
    ages = itertools.cycle([slug for slug, *_rest in AGE_BANDS])
    audiences = itertools.cycle([slug for slug, _name in AUDIENCES])
    types = itertools.cycle(["guide", "lesson-plan", "poster", "video"])
    languages = itertools.cycle(["en", "fr", "de", "el"])
    pages = []
    for number in range(start, stop):
        resource_type = next(types)
        resource = {"type": resource_type, "language": next(languages), "ages": [next(ages)]}
        if resource_type == "lesson-plan":
            resource.update(duration_minutes=45, learning_objectives="Know how to report.")
        pages.append(
            make_campaign(
                library,
                f"Online safety campaign {number:03d}",
                summary="Online safety material for classrooms and families.",
                topics=["grooming", next(topics)],
                ages=[next(ages), next(ages)],
                audiences=[next(audiences), "parents-carers"],
                resources=[resource, {"type": "guide", "language": "en"}],
                published_at=days_ago(number + 1),
            )
        )
    return pages


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, translations) like a running server
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def test_queries_do_not_grow_with_the_number_of_campaigns(library, client):
    """Library (with and without filters, search, sort, pages) and a campaign page with
    resources and related campaigns: measured at 10 and at 200 campaigns."""
    document = make_document()
    page = make_campaign(
        library,
        "Grooming lesson for 11-14",
        topics=["grooming", "sextortion"],
        ages=["11-14"],
        audiences=["teachers-educators"],
        resources=[
            {
                "type": "lesson-plan",
                "document": document,
                "duration_minutes": 50,
                "learning_objectives": "Name the signs.",
                "ages": ["11-14"],
            },
            {"type": "poster", "language": "fr", "ages": ["11-14", "14-18"]},
        ],
    )
    urls = [*LIBRARY_URLS, page.url]

    add_campaigns(library, 0, 10)
    small = {url: count_queries(client, url) for url in urls}

    add_campaigns(library, 10, 200)
    large = {url: count_queries(client, url) for url in urls}

    assert large == small
    assert max(small[url] for url in LIBRARY_URLS) <= MAX_LIBRARY_QUERIES, small
    assert small[page.url] <= MAX_CAMPAIGN_QUERIES, small
