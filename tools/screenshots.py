"""Screenshots of the main public pages, for looking at the design: `make screenshots`.

Builds a scratch demo database (migrate + load_demo_content into a temporary SQLite file),
serves it on a free port on 127.0.0.1 with production-like settings (real 404 pages, DEBUG
off) plus the demo's uploaded images, and captures each page at 360 px and 1280 px wide in
English and Arabic (and a few in dark mode) with the system Chromium. Any request that would
leave 127.0.0.1 is blocked and reported. Files go to screenshots/ (git-ignored).

Options: --out DIR, --langs en,ar, --widths 360,1280, --pages home,search (names below),
--scratch DIR (keep the database and media there and reuse them next time: faster reruns).
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"]

# (name, path) — paths from the URL contracts in DESIGN.md; a section another app has not
# built yet shows as its 404 page, and the summary says so.
PAGES = [
    ("home", "/{lang}/"),
    ("campaigns", "/{lang}/campaigns/"),
    ("events", "/{lang}/events/"),
    ("sid", "/{lang}/safer-internet-day/"),
    ("help", "/{lang}/help/"),
    ("help-country", "/{lang}/help/fi/"),
    ("news", "/{lang}/news/"),
    ("search", "/{lang}/search/?q=safer+internet"),
    ("search-empty", "/{lang}/search/?q=zzzzqqqq"),
    ("not-found", "/{lang}/this-page-does-not-exist/"),
]
# Listing pages whose first item is worth a screenshot of its own.
DETAIL_FROM = {"campaigns", "events", "news", "sid"}
DETAIL_LINK = "main .card__link, main .promo__title a, main article h2 a, main article h3 a"
DARK_PAGES = {"home", "campaigns", "not-found"}


def say(*parts, flush=True):
    sys.stdout.write(" ".join(str(part) for part in parts) + "\n")
    if flush:
        sys.stdout.flush()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    say(f"  manage.py {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def serve(env, port):
    """The site (and its uploaded media) on 127.0.0.1:port in a background thread."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
    from whitenoise import WhiteNoise

    django.setup()
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    application = WhiteNoise(get_wsgi_application(), autorefresh=True)
    application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = WSGIServer(("127.0.0.1", port), QuietHandler, ipv6=False)
    server.daemon_threads = True
    server.set_app(application)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2):  # noqa: S310
                return server
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def capture(base_url, out_dir, langs, widths, only=frozenset()):
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        sys.exit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    results = []
    outside = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )

        def shoot(name, url, width, scheme="light"):
            context = browser.new_context(
                viewport={"width": width, "height": 800},
                device_scale_factor=1,
                color_scheme=scheme,
                reduced_motion="reduce",
            )

            def guard(route):
                if route.request.url.startswith(("http://127.0.0.1", "data:", "blob:")):
                    route.continue_()
                else:
                    outside.append((url, route.request.url))
                    route.abort()

            context.route("**/*", guard)
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            response = page.goto(url, wait_until="networkidle")
            page.evaluate(
                "() => document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
            )
            page.wait_for_load_state("networkidle")
            suffix = "" if scheme == "light" else f"-{scheme}"
            path = out_dir / f"{name}-{width}{suffix}.png"
            page.screenshot(path=str(path), full_page=True)
            if name.endswith("-home") and scheme == "light":
                # The language menu open, and a keyboard focus ring: states a full-page
                # screenshot of the page at rest does not show.
                page.locator("summary.language-switcher__summary").click()
                page.screenshot(path=str(out_dir / f"{name}-{width}-language-menu.png"))
                page.keyboard.press("Escape")
                page.keyboard.press("Tab")
                page.keyboard.press("Tab")
                page.screenshot(path=str(out_dir / f"{name}-{width}-focus.png"))
            detail = None
            if width == widths[0]:
                link = page.locator(DETAIL_LINK).first
                if link.count():
                    detail = link.get_attribute("href")
            status = response.status if response else 0
            results.append((name, status, errors))
            say(f"  {status}  {path.name}" + (f"  script errors: {errors}" if errors else ""))
            context.close()
            return detail

        for lang in langs:
            for name, template in PAGES:
                if only and name not in only:
                    continue
                url = base_url + template.format(lang=lang)
                details = [shoot(f"{lang}-{name}", url, width) for width in widths]
                if name in DARK_PAGES:
                    shoot(f"{lang}-{name}", url, widths[0], scheme="dark")
                detail = details[0]
                if name in DETAIL_FROM and detail and detail.startswith("/"):
                    for width in widths:
                        shoot(f"{lang}-{name}-item", base_url + detail, width)
        browser.close()
    return results, outside


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--langs", default="en,ar")
    parser.add_argument("--widths", default="360,1280")
    parser.add_argument("--pages", default="", help="only these page names, comma-separated")
    parser.add_argument(
        "--scratch", default="", help="keep the demo database in DIR and reuse it if present"
    )
    args = parser.parse_args()

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.png"):
        old.unlink()
    scratch = Path(args.scratch or tempfile.mkdtemp(prefix="hub-screenshots-"))
    scratch.mkdir(parents=True, exist_ok=True)
    reuse = bool(args.scratch) and (scratch / "demo.sqlite3").exists()
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.e2e",
        "SQLITE_PATH": str(scratch / "demo.sqlite3"),
        "MEDIA_ROOT": str(scratch / "media"),
        "QUICK_EXIT_URL": f"http://127.0.0.1:{port}/robots.txt",
    }
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    started = time.monotonic()
    try:
        if reuse:
            say(f"Reusing the demo database in {scratch}")
        else:
            say("Building the demo database…")
            manage(env, "migrate", "--noinput", "--verbosity", "0")
            manage(env, "load_demo_content")
        server = serve(env, port)
        say(f"Capturing from http://127.0.0.1:{port}/ …", flush=True)
        results, outside = capture(
            f"http://127.0.0.1:{port}",
            out_dir,
            [lang.strip() for lang in args.langs.split(",") if lang.strip()],
            [int(width) for width in args.widths.split(",")],
            {name.strip() for name in args.pages.split(",") if name.strip()},
        )
        server.shutdown()
    finally:
        if args.scratch:
            say(f"Demo database kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    missing = sorted(
        {name for name, status, _ in results if status == 404 and "not-found" not in name}
    )
    failed = sorted({name for name, status, _ in results if status >= 500})
    say(
        f"{len(results)} screenshots in {out_dir} in {time.monotonic() - started:.0f} s"
        + (f"; not built yet (404): {', '.join(missing)}" if missing else "")
        + (f"; SERVER ERRORS: {', '.join(failed)}" if failed else "")
        + (f"; BLOCKED OUTSIDE REQUESTS: {outside}" if outside else "")
    )
    return 1 if failed or outside else 0


if __name__ == "__main__":
    sys.exit(main())
