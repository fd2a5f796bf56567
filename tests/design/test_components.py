"""The shared components render what readers and assistive technology need."""

import re
from types import SimpleNamespace as Obj

import pytest
from django import forms
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory


def render(template, request_path="/en/", **context):
    request = RequestFactory().get(request_path)
    return render_to_string(f"components/{template}.html", context, request=request)


def test_tag_list_links_and_plain_labels():
    html = render(
        "tag_list",
        tags=[("Cyberbullying", "/en/campaigns/?topic=cyberbullying"), ("11-14", None)],
        label="Topics",
    )
    assert '<ul class="tag-list" aria-label="Topics">' in html
    assert '<a class="tag" href="/en/campaigns/?topic=cyberbullying">Cyberbullying</a>' in html
    assert '<span class="tag">11-14</span>' in html
    assert render("tag_list", tags=[]).strip() == ""


@pytest.mark.parametrize(("level", "tag"), [(None, "h3"), (2, "h2"), (4, "h4")])
def test_card_heading_level_and_link(level, tag):
    context = {
        "title": "Stop sextortion",
        "url": "/en/campaigns/stop-sextortion/",
        "summary": "What to do & where to report.",
        "meta": "Campaign",
        "tags": [("Sextortion", None)],
    }
    if level:
        context["heading_level"] = level
    html = render("card", **context)
    assert re.search(
        rf'<{tag} class="card__title"><a class="card__link" href="/en/campaigns/stop-sextortion/">Stop sextortion</a></{tag}>',
        html,
    )
    assert "What to do &amp; where to report." in html
    assert '<p class="card__meta">Campaign</p>' in html
    assert "<img" not in html


@pytest.mark.parametrize(
    ("kind", "spoken"),
    [("info", "Information"), ("warning", "Warning"), ("success", "Done"), ("danger", "Important")],
)
def test_notice_kind_is_said_in_words_not_only_colour(kind, spoken):
    html = render("notice", kind=kind, title="Event cancelled", message="The venue is closed.")
    assert f'class="notice notice--{kind}"' in html
    assert f'<p class="notice__kind visually-hidden">{spoken}:</p>' in html
    assert "role=" not in html
    assert 'role="status"' in render("notice", kind=kind, message="Saved", role="status")


def test_pagination_keeps_filters_and_marks_current_page():
    paginator = Paginator(list(range(95)), 10)
    html = render(
        "pagination",
        request_path="/en/campaigns/?topic=gaming&topic=grooming&page=5",
        page_obj=paginator.page(5),
    )
    assert 'aria-current="page"' in html
    assert (
        'href="?topic=gaming&amp;topic=grooming&amp;page=4" ' in html
        or 'rel="prev" href="?topic=gaming&amp;topic=grooming&amp;page=4"' in html
    )
    assert 'rel="next" href="?topic=gaming&amp;topic=grooming&amp;page=6"' in html
    # Elided: first, neighbours, last.
    numbers = re.findall(r"</span>(\d+)</a>", html)
    assert numbers == ["1", "4", "5", "6", "10"]
    assert html.count("…") == 2
    assert render("pagination", page_obj=Paginator([1, 2], 10).page(1)).strip() == ""


def test_filter_panel_is_a_plain_get_form_with_chips_and_count():
    facets = [
        Obj(
            name="topic",
            label="Topic",
            options=[
                Obj(value="gaming", label="Gaming", count=4, selected=True, disabled=False),
                Obj(value="grooming", label="Grooming", count=0, selected=False, disabled=True),
            ],
        ),
        Obj(
            name="age",
            label="Age",
            options=[Obj(value="7-11", label="7–11", count=2, selected=False, disabled=False)],
        ),
    ]
    active = [Obj(label="Gaming", remove_url="/en/campaigns/")]
    html = render(
        "filter_panel",
        facets=facets,
        active_filters=active,
        result_count=4,
        query_name="q",
        query_value="safe",
        clear_url="/en/campaigns/",
        hidden=[("sort", "new")],
    )
    assert '<form class="filter-panel__form" method="get" action="">' in html
    assert re.search(r'name="topic" value="gaming" checked>', html)
    assert re.search(r'name="topic" value="grooming" disabled>', html)
    assert '<input type="hidden" name="sort" value="new">' in html
    assert 'name="q" value="safe"' in html
    assert '<p class="result-count" role="status">4 results</p>' in html
    assert (
        'href="/en/campaigns/"><span class="visually-hidden">Remove filter: </span>Gaming' in html
    )
    assert '<button class="button" type="submit">' in html
    # Every checkbox has its own label.
    for input_id in re.findall(r'type="checkbox" id="([^"]+)"', html):
        assert f'for="{input_id}"' in html
    # Group with a selected option is open, as is the first.
    assert html.count('<details class="filter-facet" open>') == 1
    assert 'role="status">1 result</p>' in render("filter_panel", facets=facets, result_count=1)


class EventForm(forms.Form):
    name = forms.CharField(label="Your name", help_text="As it should appear on the event page.")
    mode = forms.ChoiceField(
        label="Attendance",
        choices=[("in-person", "In person"), ("online", "Online")],
        widget=forms.RadioSelect,
    )
    agree = forms.BooleanField(label="I agree to the rules")
    website = forms.URLField(label="Website", required=False, assume_scheme="https")


def test_form_field_ties_hint_and_error_to_the_input():
    form = EventForm(data={"name": "", "website": "not a url"})
    assert not form.is_valid()
    html = render("form_field", field=form["name"])
    assert '<label class="form-field__label" for="id_name">Your name</label>' in html
    assert 'id="id_name_helptext"' in html and 'id="id_name_error"' in html
    assert re.search(r'<input[^>]*aria-describedby="id_name_helptext id_name_error"', html)
    assert re.search(r'<input[^>]*aria-invalid="true"', html)
    group = render("form_field", field=form["mode"])
    assert "<legend" in group and 'aria-describedby="id_mode_error"' in group
    assert group.count('type="radio"') == 2
    optional = render("form_field", field=form["website"])
    assert "(optional)" in optional


def test_error_summary_lists_errors_linked_to_fields():
    form = EventForm(data={"name": "", "website": "not a url"})
    form.is_valid()
    html = render("error_summary", form=form)
    assert 'role="alert"' in html and "autofocus" in html and "data-error-summary" in html
    assert '<a href="#id_name">Your name: This field is required.</a>' in html
    assert '<a href="#id_mode_0">' in html  # first radio of the group
    assert '<a href="#id_website">' in html
    assert render("error_summary", form=EventForm()).strip() == ""


def test_table_scrolls_in_its_own_focusable_region():
    html = render(
        "table", caption="Helplines", headers=["Country", "Number"], rows=[["Finland", "116 111"]]
    )
    assert re.search(
        r'<div class="table-scroll" role="region" aria-labelledby="(table-\d+)-caption" tabindex="0">',
        html,
    )
    assert '<th scope="col">Country</th>' in html
    assert '<th scope="row">Finland</th><td>116 111</td>' in html


@pytest.mark.django_db
def test_card_image_is_decorative_lazy_and_sized():
    from wagtail_factories import ImageFactory

    image = ImageFactory(title="Classroom")
    html = render("card", title="Lesson plans", url="/en/x/", image=image)
    img = re.search(r"<img [^>]*>", html).group(0)
    assert 'alt=""' in img and 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'type="image/webp"' in html  # a <picture> with a lighter format first
    # The heading still comes first in the reading order; the picture is placed on top by CSS.
    assert html.index("card__title") < html.index("<picture")


@pytest.mark.django_db
def test_breadcrumbs_show_ancestors_below_the_root_in_one_query(
    site, rf, django_assert_max_num_queries
):
    from wagtail.models import Page

    from core.models import StandardPage

    parent = site.add_child(instance=StandardPage(title="About this site", slug="about"))
    child = parent.add_child(instance=StandardPage(title="Leaving quickly", slug="leaving"))
    grandchild = child.add_child(instance=StandardPage(title="Clearing history", slug="history"))
    child = Page.objects.get(pk=child.pk)
    grandchild = Page.objects.get(pk=grandchild.pk)
    render_to_string("components/breadcrumbs.html", {"page": child}, request=rf.get("/"))
    # Site root paths are cached after the first page; then one query for the site of the
    # request and one for all ancestors, however deep the page is.
    for page in (child, grandchild):
        with django_assert_max_num_queries(2):
            html = render_to_string(
                "components/breadcrumbs.html", {"page": page}, request=rf.get("/")
            )
    html = render_to_string("components/breadcrumbs.html", {"page": child}, request=rf.get("/"))
    items = re.findall(r'<li class="breadcrumbs__item"[^>]*>(.*?)</li>', html)
    assert items == [
        '<a href="/en/">Home</a>',
        '<a href="/en/about/">About this site</a>',
        "Leaving quickly",
    ]
    assert 'aria-current="page">Leaving quickly' in html
    assert render_to_string("components/breadcrumbs.html", {"page": site}).strip() == ""
