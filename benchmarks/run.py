"""Benchmark the public listings at scale: `make bench` (or `python benchmarks/run.py`).

Builds a scratch SQLite site once (migrate, load_demo_content, generate_scale_data) under
benchmarks/.data/, then requests each page in-process through Django's test client with
production-like settings (config.settings.e2e: DEBUG off, real templates and caches) and
writes benchmarks/RESULTS.md: server time per request (first request and the median and
95th percentile of the following ones), database queries, and HTML size raw and gzipped.

In-process timing leaves out the network and the WSGI server, so the figures are the
application's own cost and can be compared between commits on the same machine.
"""

import argparse
import gzip
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"

PAGES = [
    ("home", "/en/"),
    ("campaign library", "/en/campaigns/"),
    ("library, two filters", "/en/campaigns/?topic=grooming&age=11-14"),
    (
        "library, five filters",
        "/en/campaigns/?topic=grooming&topic=sextortion&audience=parents-carers&type=guide&language=en",
    ),
    ("library, search", "/en/campaigns/?q=report+online"),
    ("library, page 40 by title", "/en/campaigns/?sort=title&page=40"),
    ("library in Finnish", "/fi/campaigns/"),
    ("a campaign", None),  # the first card of the library
    ("events", "/en/events/"),
    ("events, past, online", "/en/events/?when=past&mode=online"),
    ("events, edition 2026 in Germany", "/en/events/?edition=2026&country=de"),
    ("events calendar (.ics)", "/en/events/calendar/?when=upcoming"),
    ("an event", None),  # the first card of the events listing
    ("SID edition 2026", "/en/safer-internet-day/2026/"),
    ("help index", "/en/help/"),
    ("news", "/en/news/"),
    ("site search", "/en/search/?q=grooming"),
    ("API: campaigns", "/api/v2/pages/?type=campaigns.CampaignPage&limit=50"),
]


def environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.e2e",
        "SQLITE_PATH": str(DATA / "bench.sqlite3"),
        "MEDIA_ROOT": str(DATA / "media"),
    }
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    return env


def manage(env, *args):
    print(f"$ manage.py {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def build(campaigns, events, rebuild):
    stamp = DATA / f"built-{campaigns}-{events}"
    if stamp.exists() and not rebuild:
        print(
            f"Reusing the site in {DATA.relative_to(ROOT)} ({campaigns} campaigns, {events} events)."
        )
        return
    database = DATA / "bench.sqlite3"
    if rebuild and DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True, exist_ok=True)
    for old in DATA.glob("built-*"):
        old.unlink()
    env = environment()
    started = time.monotonic()
    fresh = not database.exists()
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    if fresh:
        manage(env, "load_demo_content")
    # Totals, not additions: a site built for fewer pages grows to the new numbers.
    manage(env, "generate_scale_data", "--campaigns", str(campaigns), "--events", str(events))
    stamp.write_text(f"built in {time.monotonic() - started:.0f}s\n")


def first_card(client, path):
    import re

    html = client.get(path).content.decode()
    match = re.search(r'<a class="card__link" href="([^"]+)"', html)
    if not match:
        raise SystemExit(f"No card on {path}: is the demo loaded?")
    return match.group(1)


def measure(rounds):
    os.environ.update(environment())
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from campaigns.models import CampaignPage
    from events.models import EventPage

    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="identity")
    counts = {
        "campaigns (English, live)": CampaignPage.objects.live()
        .filter(locale__language_code="en")
        .count(),
        "events (all languages, live)": EventPage.objects.live().count(),
    }
    rows = []
    for label, path in PAGES:
        if path is None:
            listing = "/en/campaigns/" if "campaign" in label else "/en/events/"
            path = first_card(client, listing)
        timings = []
        for attempt in range(rounds + 1):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(path)
                body = response.content
                timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
            if attempt == 0:
                first_queries = len(queries.captured_queries)
        warm = timings[1:]
        rows.append(
            {
                "label": label,
                "path": path,
                "first": timings[0],
                "median": statistics.median(warm),
                "p95": sorted(warm)[max(0, round(len(warm) * 0.95) - 1)],
                "queries_first": first_queries,
                "queries": len(queries.captured_queries),
                "kb": len(body) / 1024,
                "kb_gz": len(gzip.compress(body)) / 1024,
            }
        )
        print(
            f"{label:34} {rows[-1]['median']:7.1f} ms  {rows[-1]['queries']:3} queries", flush=True
        )
    return counts, rows


def write_results(counts, rows, rounds):
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (benchmarks/run.py); the numbers below are from its last run.",
        "Server time in-process (Django test client, `config.settings.e2e`: DEBUG off), SQLite,",
        'no network or WSGI server in the figures. "first" is the first request after start-up',
        f"(cold caches); median and p95 are over the next {rounds} requests.",
        "",
        f"- Run: {now}; Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} cores",
    ]
    lines += [f"- Data: {value} {name}" for name, value in counts.items()]
    lines += [
        "",
        "| page | first ms | median ms | p95 ms | queries (first / warm) | HTML KB | gzip KB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['label']} (`{row['path']}`) | {row['first']:.0f} | {row['median']:.1f} | "
            f"{row['p95']:.1f} | {row['queries_first']} / {row['queries']} | "
            f"{row['kb']:.0f} | {row['kb_gz']:.1f} |"
        )
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"Wrote {RESULTS.relative_to(ROOT)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--campaigns", type=int, default=2000)
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--rebuild", action="store_true", help="Build the scratch site anew.")
    options = parser.parse_args()
    build(options.campaigns, options.events, options.rebuild)
    counts, rows = measure(options.rounds)
    write_results(counts, rows, options.rounds)


if __name__ == "__main__":
    main()
