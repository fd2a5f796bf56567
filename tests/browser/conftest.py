"""Browser tests: the demo site served by a real server process, driven by the system
Chromium through Playwright. The server and its demo database are built once per test
session; every test gets a fresh browser context that refuses any request leaving
127.0.0.1 and records page errors and dialogs."""

import contextlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.chromium import refuse_outside_requests, system_chromium

ROOT = Path(__file__).resolve().parents[2]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args, timeout=600):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def demo_environment(tmp_path_factory):
    """The demo server's environment: its scratch database, media and mail folders. A test
    may run manage.py with it (e.g. a purge) and read the e-mails the server sent, one
    file per message batch, from EMAIL_FILE_PATH."""
    workdir = tmp_path_factory.mktemp("demo-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.e2e",
        "SQLITE_PATH": str(workdir / "demo.sqlite3"),
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_FILE_PATH": str(workdir / "mail"),
        "QUICK_EXIT_URL": "http://127.0.0.1:{port}/robots.txt",
    }
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    if os.environ.get("BROWSER_TESTS_SERVER"):
        # A reused server (see demo_server) keeps its own database and media.
        env["SQLITE_PATH"] = os.environ["SQLITE_PATH"]
        env["MEDIA_ROOT"] = os.environ["MEDIA_ROOT"]
    return env


def demo_manage(env, *args):
    """Run a management command against the demo server's database."""
    return _manage(env, *args)


@pytest.fixture(scope="session")
def demo_server(demo_environment):
    """Base URL of a server with the full demo content (DEBUG off, production-like).

    BROWSER_TESTS_SERVER=http://127.0.0.1:PORT reuses a demo server already running with
    config.settings.e2e, for quick local iterations (tests that read the server's e-mails
    or run commands against its database need the server built here); CI builds its own."""
    reuse = os.environ.get("BROWSER_TESTS_SERVER")
    if reuse:
        yield reuse.rstrip("/")
        return
    env = demo_environment
    port = _free_port()
    env["QUICK_EXIT_URL"] = env["QUICK_EXIT_URL"].format(port=port)
    _manage(env, "migrate", "--noinput")
    _manage(env, "load_demo_content")
    with serve(env, port) as base_url:
        yield base_url


@contextlib.contextmanager
def serve(env, port):
    """Run the site with `env` on 127.0.0.1:`port` until the block ends; yields its URL."""
    workdir = Path(env["SQLITE_PATH"]).parent
    log_path = workdir / f"server-{port}.log"
    log = log_path.open("w")
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "runserver",
            f"127.0.0.1:{port}",
            "--noreload",
            "--nothreading",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2):  # noqa: S310
                break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(
                    "The demo server did not start:\n" + log_path.read_text()
                ) from None
            time.sleep(0.3)
    try:
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="session")
def hostile_site(demo_server, demo_environment, tmp_path_factory):
    """(URL, environment, paths showing the content) of a second server on a copy of the demo
    database holding the hostile content (tests.browser.hostile_content): the other browser
    tests keep the demo content as it is, in whatever order or on whichever worker they run."""
    workdir = tmp_path_factory.mktemp("hostile-site")
    database = workdir / "hostile.sqlite3"
    # SQLite's backup API copies a consistent database even while the demo server writes.
    with (
        sqlite3.connect(demo_environment["SQLITE_PATH"]) as source,
        sqlite3.connect(database) as target,
    ):
        source.backup(target)
    port = _free_port()
    env = {
        **demo_environment,
        "SQLITE_PATH": str(database),
        "EMAIL_FILE_PATH": str(workdir / "mail"),
        "QUICK_EXIT_URL": f"http://127.0.0.1:{port}/robots.txt",
    }
    result = _manage(env, "shell", "-c", "from tests.browser.hostile_content import load; load()")
    paths = json.loads(result.stdout.strip().splitlines()[-1])
    with serve(env, port) as base_url:
        yield base_url, env, paths


@pytest.fixture(scope="session")
def chromium_browser():
    with system_chromium() as browser:
        yield browser


class PageWatch:
    """What a page did that a test must know about: errors, dialogs, outside requests."""

    def __init__(self):
        self.errors = []
        self.dialogs = []
        self.outside_requests = []
        self.console_errors = []


@pytest.fixture
def browser_page(chromium_browser, request):
    """A fresh context and page. Options through @pytest.mark.browser_context(...)."""
    marker = request.node.get_closest_marker("browser_context")
    options = dict(marker.kwargs) if marker else {}
    context = chromium_browser.new_context(**options)
    watch = PageWatch()
    watch.outside_requests = refuse_outside_requests(context)
    page = context.new_page()
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and watch.console_errors.append(msg.text))

    def on_dialog(dialog):
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.watch = watch
    yield page
    context.close()
    assert not watch.outside_requests, f"requests left 127.0.0.1: {watch.outside_requests}"
