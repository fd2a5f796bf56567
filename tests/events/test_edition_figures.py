"""Edition pages count their events from the data: events, countries, organisers, with
charts that have a table beside them."""

import re
from datetime import date

import pytest

from directory.models import Country
from events.models import AttendanceMode

from .conftest import section_in
from .factories import EditionFactory, make_event

pytestmark = pytest.mark.django_db


def main_html(response):
    body = response.content.decode()
    return body[body.index("<main") : body.index("</main>")]


def test_edition_page_counts_its_events(client, sid_section, events_section):
    EditionFactory(year=2029, date=date(2029, 2, 13))
    EditionFactory(year=2030, date=date(2030, 2, 12))
    fi = section_in("fi")
    make_event(fi, slug="a", organiser_name="Koivikon koulu")
    make_event(fi, slug="b", organiser_name="Koivikon koulu", city="Oulu")
    make_event(
        section_in("en"),
        slug="c",
        organiser_name="Lakeside Primary School",
        time_zone="Europe/London",
        city="Leeds",
        country=Country.objects.get(code="GB"),
    )
    make_event(
        section_in("en"),
        slug="online",
        organiser_name="Lakeside Primary School",
        attendance_mode=AttendanceMode.ONLINE,
        online_url="https://meet.example.org/x",
        city="",
        country=None,
    )
    make_event(
        fi,
        slug="older",
        start_date=date(2029, 2, 13),
        end_date=date(2029, 2, 13),
    )  # another edition: not counted for 2030

    main = main_html(client.get("/en/safer-internet-day/2030/"))
    totals = re.findall(
        r'<strong class="key-fact__value">(\d+)</strong> <span class="key-fact__label">(\w+)',
        main,
    )
    assert totals == [("4", "events"), ("2", "countries"), ("2", "organisers")]
    # Events per country: chart (hidden from screen readers) and its table.
    assert '<svg class="svg bar-chart__svg"' in main and 'aria-hidden="true"' in main
    assert re.search(r">Finland</a></th><td>2</td>", main)
    assert re.search(r">United Kingdom</a></th><td>1</td>", main)
    assert 'href="/en/events/?edition=2030&amp;country=fi"' in main
    # Editions over the years, this one included.
    assert re.search(r"<th scope=\"row\">2029</th><td>1</td>", main)
    assert re.search(r"<th scope=\"row\">2030</th><td>4</td>", main)
    # Its soonest events, linked where they live.
    assert 'href="/fi/events/a/"' in main and 'href="/en/events/c/"' in main
    assert 'href="/en/events/?edition=2030">' in main


def test_edition_without_events_says_so(client, sid_section, events_section):
    EditionFactory(year=2030, date=date(2030, 2, 12))
    main = main_html(client.get("/en/safer-internet-day/2030/"))
    assert "No events have been added for this edition yet." in main
    assert '<svg class="svg bar-chart__svg"' in main  # editions over the years still shown


def test_the_country_table_lists_every_country_the_chart_the_top_ten(
    client, sid_section, events_section
):
    EditionFactory(year=2030, date=date(2030, 2, 12))
    codes = ["FI", "SE", "NO", "DK", "DE", "FR", "ES", "IT", "PL", "NL", "BE", "AT"]
    for index, code in enumerate(codes):
        # Finland has the most events, the others one each.
        for number in range(3 if code == "FI" else 1):
            make_event(
                section_in("en"),
                slug=f"{code.lower()}-{number}",
                organiser_name=f"School {index}",
                country=Country.objects.get(code=code),
            )
    main = main_html(client.get("/en/safer-internet-day/2030/"))
    countries = re.search(
        r'<strong class="key-fact__value">(\d+)</strong> <span class="key-fact__label">countries',
        main,
    )
    assert countries.group(1) == "12"
    table = main[main.index("<caption", main.index("Events per country")) :]
    table = table[: table.index("</table>")]
    rows = re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a></th><td>(\d+)</td>', table)
    assert len(rows) == 12
    assert rows[0] == ("Finland", "3")
    assert sum(int(n) for _name, n in rows) == 14
    assert "<caption" in table and ">Events per country</caption>" in table
    # The chart above it draws ten bars, and says so.
    chart = main[main.index('<figure class="bar-chart">') :]
    chart = chart[: chart.index("</figure>")]
    assert chart.count("<rect ") == 10
    assert "Events per country (the ten with the most)" in chart
    # The editions chart is not cut, and does not say it is.
    year_chart = main[main.rindex('<figure class="bar-chart">') :]
    assert "<figcaption" not in year_chart[: year_chart.index("</figure>")]
