"""The campaign library: filters, facet counts, sort, search, visibility and bad input."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from campaigns.library import search_library

from .factories import days_ago, make_campaign


def run(query=""):
    locale = Locale.objects.get(language_code="en")
    return search_library(QueryDict(query), locale=locale, per_page=12)


def titles(results):
    return [campaign.title for campaign in results.campaigns]


def counts(results, facet_name):
    facet = next(f for f in results.facets if f.name == facet_name)
    return {option.value: option.count for option in facet.options}


def option(results, facet_name, value):
    facet = next(f for f in results.facets if f.name == facet_name)
    return next(o for o in facet.options if o.value == value)


@pytest.fixture
def catalogue(library):
    """Five campaigns whose topic × age combinations make every facet count distinct."""
    make_campaign(
        library,
        "Grooming: spotting the signs",
        topics=["grooming"],
        ages=["11-14"],
        countries=["FI", "GB"],
        audiences=["teachers-educators"],
        resources=[
            {
                "type": "lesson-plan",
                "language": "en",
                "duration_minutes": 50,
                "learning_objectives": "Name three warning signs.",
            }
        ],
        published_at=days_ago(5),
    )
    make_campaign(
        library,
        "Grooming: a guide for parents",
        topics=["grooming"],
        ages=["14-18"],
        countries=["FR"],
        audiences=["parents-carers"],
        resources=[{"type": "guide", "language": "fr"}],
        published_at=days_ago(4),
    )
    make_campaign(
        library,
        "Sextortion: don't pay, report",
        topics=["sextortion", "grooming"],
        ages=["11-14", "14-18"],
        audiences=["young-people"],
        resources=[{"type": "poster", "language": "en"}, {"type": "guide", "language": "de"}],
        published_at=days_ago(3),
    )
    make_campaign(
        library,
        "Cyberbullying conversation cards",
        topics=["cyberbullying"],
        ages=["11-14"],
        audiences=["teachers-educators", "children"],
        resources=[{"type": "conversation-cards", "language": "fr"}],
        published_at=days_ago(2),
    )
    make_campaign(
        library,
        "Gaming settings for families",
        topics=["gaming", "technical-settings"],
        ages=["7-11"],
        audiences=["parents-carers"],
        resources=[{"type": "guide", "language": "en"}],
        published_at=days_ago(1),
    )
    return library


def test_without_filters_every_visible_campaign_is_listed_newest_first(catalogue):
    results = run()
    assert titles(results) == [
        "Gaming settings for families",
        "Cyberbullying conversation cards",
        "Sextortion: don't pay, report",
        "Grooming: a guide for parents",
        "Grooming: spotting the signs",
    ]
    assert results.result_count == 5
    assert counts(results, "topic")["grooming"] == 3
    assert counts(results, "age")["11-14"] == 3


def test_each_facet_counts_apply_the_other_filters_but_not_its_own(catalogue):
    results = run("topic=grooming&age=11-14")

    # Results: grooming AND 11-14.
    assert sorted(titles(results)) == [
        "Grooming: spotting the signs",
        "Sextortion: don't pay, report",
    ]
    # Topic counts apply only the age filter (11-14: spotting, sextortion, cyberbullying).
    topic_counts = counts(results, "topic")
    assert topic_counts["grooming"] == 2
    assert topic_counts["sextortion"] == 1
    assert topic_counts["cyberbullying"] == 1
    assert topic_counts["gaming"] == 0
    # Age counts apply only the topic filter (grooming: spotting 11-14, parents 14-18,
    # sextortion 11-14 + 14-18).
    age_counts = counts(results, "age")
    assert age_counts["11-14"] == 2
    assert age_counts["14-18"] == 2
    assert age_counts["7-11"] == 0
    # Other facets apply both filters.
    assert counts(results, "audience")["teachers-educators"] == 1
    assert counts(results, "audience")["young-people"] == 1
    assert counts(results, "audience")["parents-carers"] == 0


def test_zero_count_options_are_disabled_but_a_selected_one_stays_removable(catalogue):
    results = run("topic=gaming&age=11-14")
    assert results.result_count == 0
    gaming = option(results, "topic", "gaming")
    assert gaming.selected and gaming.count == 0 and not gaming.disabled
    assert option(results, "topic", "hate-speech").disabled
    labels = {f.label: f.remove_url for f in results.active_filters}
    assert labels == {"Gaming": "?age=11-14", "Ages 11–14": "?topic=gaming"}


def test_values_of_one_filter_are_alternatives_and_filters_combine(catalogue):
    assert sorted(titles(run("topic=gaming&topic=cyberbullying"))) == [
        "Cyberbullying conversation cards",
        "Gaming settings for families",
    ]
    assert titles(run("topic=grooming&audience=parents-carers")) == [
        "Grooming: a guide for parents"
    ]
    assert titles(run("audience=parents-carers&age=7-11&topic=gaming")) == [
        "Gaming settings for families"
    ]


def test_type_and_language_match_the_same_resource(catalogue):
    # Sextortion has an English poster and a German guide: no English guide.
    assert sorted(titles(run("type=guide&language=en"))) == ["Gaming settings for families"]
    assert sorted(titles(run("type=guide"))) == [
        "Gaming settings for families",
        "Grooming: a guide for parents",
        "Sextortion: don't pay, report",
    ]
    results = run("type=guide&language=de")
    assert titles(results) == ["Sextortion: don't pay, report"]
    # Type counts apply the language filter on the same resource, and the other way round.
    assert counts(results, "type")["poster"] == 0
    assert counts(results, "type")["guide"] == 1
    assert counts(results, "language") == {"en": 1, "fr": 1, "de": 1}


def test_country_filter_and_counts(catalogue):
    results = run("country=fi&country=FR")
    assert sorted(titles(results)) == [
        "Grooming: a guide for parents",
        "Grooming: spotting the signs",
    ]
    # Only countries with campaigns are offered, named in the reader's language.
    assert counts(results, "country") == {"fi": 1, "fr": 1, "gb": 1}
    assert option(results, "country", "gb").label == "United Kingdom"
    # A country with campaigns elsewhere in the library stays, disabled, when the filters
    # leave it none; countries without any campaign never show.
    narrowed = run("country=gb&age=14-18")
    assert counts(narrowed, "country") == {"fi": 0, "fr": 1, "gb": 0}
    assert option(narrowed, "country", "fi").disabled
    assert not option(narrowed, "country", "gb").disabled  # selected: stays removable
    assert titles(run("country=gb&topic=grooming")) == ["Grooming: spotting the signs"]


def test_languages_without_material_are_not_offered(catalogue):
    offered = counts(run(), "language")
    assert offered == {"en": 3, "fr": 2, "de": 1}
    # A language the library has material in shows disabled when the filters leave none.
    narrowed = run("type=conversation-cards")
    assert counts(narrowed, "language") == {"en": 0, "fr": 1, "de": 0}
    assert option(narrowed, "language", "de").disabled


def test_sort_by_title_and_unknown_sort_falls_back_to_newest(catalogue):
    assert titles(run("sort=title")) == [
        "Cyberbullying conversation cards",
        "Gaming settings for families",
        "Grooming: a guide for parents",
        "Grooming: spotting the signs",
        "Sextortion: don't pay, report",
    ]
    assert run("sort=bogus").sort == "newest"
    assert titles(run("sort=bogus"))[0] == "Gaming settings for families"


def test_search_restricts_results_and_facets(catalogue):
    # Titles, summaries, resource titles and topic names are searched.
    results = run("q=grooming")
    assert set(titles(results)) == {
        "Grooming: spotting the signs",
        "Grooming: a guide for parents",
        "Sextortion: don't pay, report",
    }
    assert results.sort == "relevance"
    assert counts(results, "age") == {"3-7": 0, "7-11": 0, "11-14": 2, "14-18": 2, "18-plus": 0}
    assert counts(results, "topic")["cyberbullying"] == 0
    assert sorted(titles(run("q=grooming&age=14-18"))) == [
        "Grooming: a guide for parents",
        "Sextortion: don't pay, report",
    ]
    assert titles(run("q=grooming&sort=title")) == [
        "Grooming: a guide for parents",
        "Grooming: spotting the signs",
        "Sextortion: don't pay, report",
    ]
    assert titles(run("q=parents grooming")) == ["Grooming: a guide for parents"]
    assert run("q=nothingmatchesthis").result_count == 0


def test_search_finds_words_of_the_summary_and_resource_titles(library):
    make_campaign(
        library,
        "Take it down",
        summary="Getting nude images removed from the internet.",
        resources=[{"type": "guide", "title": "Removal checklist"}],
    )
    assert titles(run("q=nude images")) == ["Take it down"]
    assert titles(run("q=checklist")) == ["Take it down"]


def test_drafts_private_and_expired_campaigns_never_appear(library, client):
    visible = make_campaign(library, "Visible grooming campaign", topics=["grooming"])
    make_campaign(library, "Draft grooming campaign", topics=["grooming"], publish=False)
    private = make_campaign(library, "Private grooming campaign", topics=["grooming"])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    # Past its expiry date, before the scheduled unpublish has run.
    make_campaign(
        library,
        "Expired grooming campaign",
        topics=["grooming"],
        expire_at=timezone.now() - datetime.timedelta(hours=1),
    )
    unpublished = make_campaign(library, "Withdrawn grooming campaign", topics=["grooming"])
    unpublished.unpublish()

    results = run("q=grooming")
    assert titles(results) == ["Visible grooming campaign"]
    assert titles(run()) == ["Visible grooming campaign"]
    assert counts(run(), "topic")["grooming"] == 1

    assert visible.related_campaigns() == []

    site_search = client.get("/en/search/?q=grooming").content.decode()
    assert "Visible grooming campaign" in site_search
    for hidden in ("Draft", "Private", "Expired", "Withdrawn"):
        assert f"{hidden} grooming campaign" not in site_search


@pytest.mark.parametrize(
    "query",
    [
        "topic=does-not-exist",
        "topic=grooming&topic=grooming&topic=GROOMING",
        "page=abc",
        "page=999999",
        "page=-3",
        "page=" + "9" * 50,
        "sort=bogus",
        "q=" + "a" * 10_000,
        "q=" + "grooming%20" * 2000,
        "q=%22%27%28%29*%3A%5E-",
        "age=%00&type=%ff&language=xx&country=zz",
        "topic=" + "x" * 5000,
        "&".join(["topic=grooming"] * 500),
    ],
)
def test_bad_input_gives_a_normal_page(catalogue, client, query):
    response = client.get(f"/en/campaigns/?{query}")
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1


def test_unknown_and_repeated_values_are_ignored_and_pages_clamped(catalogue):
    assert run("topic=does-not-exist").result_count == 5
    assert run("topic=does-not-exist").active_filters == []
    repeated = run("topic=grooming&topic=grooming&topic=Grooming")
    assert repeated.result_count == 3
    assert [f.label for f in repeated.active_filters] == ["Grooming"]
    assert run("page=abc").page_obj.number == 1


def test_pagination_clamps_to_the_last_page(library):
    for number in range(14):
        make_campaign(library, f"Campaign number {number:02d}", published_at=days_ago(number + 1))
    assert run("page=2").page_obj.number == 2
    last = run("page=999999")
    assert last.page_obj.number == 2
    assert titles(last) == ["Campaign number 12", "Campaign number 13"]


def test_library_page_over_http(catalogue, client):
    response = client.get("/en/campaigns/?topic=grooming&age=11-14")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="status"' in html
    assert "2 results" in html
    assert 'value="grooming" checked' in html
    # Filters in use are links that remove one filter each.
    assert 'href="?age=11-14"' in html
    assert 'href="?topic=grooming"' in html
    # Zero-result options are disabled, not hidden.
    assert 'value="gaming" disabled' in html
    assert "Grooming: spotting the signs" in html
    assert "Gaming settings for families" not in html
