"""generate_scale_data grows the demo to given totals of campaigns and events, once."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from campaigns.models import CampaignPage
from directory.models import Country
from events.demo_events import sample_events
from events.models import EventPage
from tests.campaigns.conftest import library, taxonomy  # noqa: F401 - fixtures
from tests.campaigns.factories import make_campaign
from tests.events.conftest import events_section, make_editions  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_like_site(library, events_section):  # noqa: F811 - fixtures from other apps
    make_campaign(
        library,
        "Report it, don't ignore it",
        topics=["grooming"],
        ages=["11-14"],
        audiences=["parents-carers"],
        resources=[{"type": "guide", "language": "en", "ages": ["11-14"]}],
    )
    make_editions(range(2017, 2028))
    for code in {sample.country for sample in sample_events()}:
        Country.objects.get_or_create(code=code)
    return library


def test_scale_data_reaches_the_totals_and_a_second_run_adds_nothing(demo_like_site, client):
    out = io.StringIO()
    call_command("generate_scale_data", campaigns=5, events=4, stdout=out)
    assert "5 campaigns and 4 events created" in out.getvalue()
    scale_campaigns = CampaignPage.objects.live().filter(slug__startswith="scale-campaign-")
    assert scale_campaigns.count() == 5
    assert EventPage.objects.live().filter(external_id__startswith="scale-").count() == 4
    assert all("scale sample" in page.title for page in scale_campaigns)
    assert EventPage.objects.filter(external_id__startswith="scale-", is_sample=False).count() == 0

    call_command("generate_scale_data", campaigns=5, events=4, stdout=io.StringIO())
    assert CampaignPage.objects.filter(slug__startswith="scale-campaign-").count() == 5
    assert EventPage.objects.filter(external_id__startswith="scale-").count() == 4

    response = client.get("/en/campaigns/")
    assert response.status_code == 200
    assert "(scale sample 5)" in response.content.decode()


def test_scale_data_needs_the_demo_first(site):
    with pytest.raises(CommandError, match="load_demo_content"):
        call_command("generate_scale_data", campaigns=1, events=0)
