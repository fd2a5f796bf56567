"""Places are never given twice, however many people register at once.

PostgreSQL: 200 registrations from 40 concurrent workers (threads with their own
connections) for 50 places give exactly 50 confirmed and 150 on the waiting list, without
an error. SQLite: concurrent registrations wait for each other instead of failing."""

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from events.models import Registration, RegistrationStatus
from events.registration import waitlist_position

from .conftest import section_in
from .factories import make_event
from .organisers import started

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)")
@pytest.mark.django_db(transaction=True)
def test_200_registrations_from_40_workers_for_50_places(events_section, settings):
    settings.EVENT_REGISTRATION_RATE = "100000/h"
    event = make_event(section_in("en"), slug="race", registration_mode="on-site", capacity=50)
    url = f"/en/events/{event.slug}/register/"

    def attempt(number):
        try:
            response = Client(REMOTE_ADDR=f"10.0.{number // 250}.{number % 250}").post(
                url,
                {
                    "name": f"Person {number}",
                    "email": f"person{number}@example.org",
                    "consent": "on",
                    "started": started(),
                },
            )
            return response.status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=40) as pool:
        statuses = list(pool.map(attempt, range(200)))

    assert statuses == [200] * 200
    registrations = list(Registration.objects.filter(event=event))
    assert len(registrations) == 200
    confirmed = [r for r in registrations if r.status == RegistrationStatus.CONFIRMED]
    waiting = [r for r in registrations if r.status == RegistrationStatus.WAITLISTED]
    assert len(confirmed) == 50
    assert len(waiting) == 150
    assert sorted(waitlist_position(r) for r in waiting) == list(range(1, 151))


def test_sqlite_writers_wait_instead_of_failing(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.e2e",
        "SQLITE_PATH": str(tmp_path / "race.sqlite3"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    env.pop("EMAIL_FILE_PATH", None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/events/sqlite_registrations.py"), "6", "4", "10"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["errors"] == []
    assert outcome["counts"] == {"confirmed": 10, "waitlisted": 14}
