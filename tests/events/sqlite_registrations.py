"""Run by test_registration_concurrency in a separate process against a file-based SQLite
database (the project's own settings: WAL, busy timeout, IMMEDIATE transactions): a few
threads register at once; prints the outcome as JSON."""

import json
import sys
import threading
from datetime import date, time

import django

django.setup()

from django.db import connection  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from events.models import EventIndexPage, EventPage, Registration  # noqa: E402
from events.registration import register  # noqa: E402

THREADS, PER_THREAD, CAPACITY = (int(value) for value in sys.argv[1:4])

root = Page.get_first_root_node()
section = root.add_child(
    instance=EventIndexPage(title="Events", slug="events", locale=Locale.get_default())
)
event = section.add_child(
    instance=EventPage(
        title="Race",
        slug="race",
        description="Many people at once.",
        start_date=date(2030, 2, 12),
        start_time=time(10, 0),
        end_date=date(2030, 2, 12),
        end_time=time(11, 0),
        time_zone="Europe/Helsinki",
        attendance_mode="online",
        online_url="https://meet.example.org/race",
        organiser_name="Race school",
        registration_mode="on-site",
        capacity=CAPACITY,
    )
)
event.save_revision().publish()
event = EventPage.objects.get(pk=event.pk)
connection.close()

errors = []
barrier = threading.Barrier(THREADS)


def worker(number):
    try:
        barrier.wait()
        for index in range(PER_THREAD):
            register(event, f"P {number}-{index}", f"p{number}-{index}@example.org", "en", str)
    except Exception as error:  # report every failure, whatever it is
        errors.append(f"{type(error).__name__}: {error}")
    finally:
        connection.close()


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

counts = {}
for status in Registration.objects.values_list("status", flat=True):
    counts[status] = counts.get(status, 0) + 1
print(json.dumps({"counts": counts, "errors": errors}))  # noqa: T201
