"""Test-only routes: a neutral "exit" page and pages showing single components, on top of
the real URL configuration."""

from django import forms
from django.http import HttpResponse
from django.template import engines
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def neutral(request):
    return HttpResponse("<!DOCTYPE html><title>Weather</title><p>Sunny.</p>")


PAGE = """{% extends "base.html" %}
{% block content %}
    <h1>{{ page_title }}</h1>
    <form action="" method="get"><label for="words">Words</label> <input id="words" name="words"></form>
    {% include component %}
    {% for n in filler %}<p>Paragraph {{ n }} of a long page.</p>{% endfor %}
{% endblock %}"""


def component_page(request, name):
    context = {
        "component": f"components/{name}.html",
        "page_title": name.replace("-", " ").capitalize(),
        "filler": range(60),
        **DEMO_VALUES.get(name, {}),
    }
    return HttpResponse(engines["django"].from_string(PAGE).render(context, request))


FORM_PAGE = """{% extends "base.html" %}
{% block content %}
    <h1>Register</h1>
    <form method="get" action="" novalidate>
        {% include "components/error_summary.html" with form=form %}
        {% for field in form.visible_fields %}{% include "components/form_field.html" with field=field %}{% endfor %}
        <button type="submit">Send</button>
    </form>
{% endblock %}"""


class RegistrationForm(forms.Form):
    name = forms.CharField(label="Your name", help_text="As it should appear on the list.")
    mode = forms.ChoiceField(
        label="How will you take part?",
        choices=[("in-person", "In person"), ("online", "Online")],
        widget=forms.RadioSelect,
    )
    email = forms.EmailField(label="E-mail address", required=False)


def form_page(request):
    form = RegistrationForm(request.GET or None)
    if form.is_bound:
        form.is_valid()
    return HttpResponse(engines["django"].from_string(FORM_PAGE).render({"form": form}, request))


def boom(request):
    raise RuntimeError("database password is hunter2 at /srv/secret/settings.py")


DEMO_VALUES = {
    "notice": {"kind": "info", "message": "A component page for tests."},
    "video": {
        "value": {
            "provider": "youtube",
            "video_id": "dQw4w9WgXcQ",
            "title": "What to do if someone shares your photo",
            "poster": None,
            "transcript": "",
        }
    },
}

urlpatterns = [
    path("design-test/neutral/", neutral),
    path("design-test/component/<slug:name>/", component_page),
    path("design-test/form/", form_page),
    path("design-test/boom/", boom),
    *site_urlpatterns,
]

handler500 = "core.views.server_error"
