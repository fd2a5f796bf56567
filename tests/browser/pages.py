"""The public pages the browser quality suite visits, found on the demo site the way a reader
finds them (the first card of each listing), so the suite follows the demo content."""

EDITION_YEAR = 2026
HELP_COUNTRY = "fi"


def first_card_link(page, base_url, listing_path):
    page.goto(base_url + listing_path)
    link = page.locator("main a.card__link").first
    href = link.get_attribute("href")
    assert href, f"no card on {listing_path}"
    return href.removeprefix(base_url)


# The About page carries a table block (the recent SID editions); readers reach it from the
# footer menu, whose labels come from the demo content.
ABOUT_LABELS = {"en": "About", "fi": "Tietoa", "ar": "من نحن"}


def footer_link(page, base_url, language, label):
    page.goto(f"{base_url}/{language}/")
    href = page.locator("footer").get_by_role("link", name=label, exact=True).get_attribute("href")
    assert href, f"no “{label}” link in the footer"
    return href.removeprefix(base_url)


def public_pages(page, base_url, language):
    """(label, path, expected status) for every kind of public page, in `language`."""
    prefix = f"/{language}"
    pages = [
        ("home", f"{prefix}/", 200),
        ("campaign library", f"{prefix}/campaigns/", 200),
        ("campaign library, filtered", f"{prefix}/campaigns/?topic=grooming&age=11-14", 200),
        ("campaign", first_card_link(page, base_url, f"{prefix}/campaigns/"), 200),
        ("events", f"{prefix}/events/", 200),
        ("event", first_card_link(page, base_url, f"{prefix}/events/"), 200),
        ("SID edition", f"{prefix}/safer-internet-day/{EDITION_YEAR}/", 200),
        ("help index", f"{prefix}/help/", 200),
        ("help country", f"{prefix}/help/{HELP_COUNTRY}/", 200),
        ("news", f"{prefix}/news/", 200),
        ("article", first_card_link(page, base_url, f"{prefix}/news/"), 200),
        ("search", f"{prefix}/search/?q=report", 200),
        (
            "standard page with a table",
            footer_link(page, base_url, language, ABOUT_LABELS[language]),
            200,
        ),
        ("event submission form", f"{prefix}/events/submit/", 200),
        ("not found", f"{prefix}/no-such-page/", 404),
    ]
    return pages


def submit_event_form_with_errors(page, base_url, language):
    """The submission form as a reader sees it after sending it half filled: the browser's
    own checks switched off, so the server's error summary and messages show."""
    page.goto(f"{base_url}/{language}/events/submit/")
    page.locator("#id_title").fill("Safer Internet Day assembly")
    page.locator("#id_online_url").fill("javascript:alert(1)")
    page.evaluate("document.querySelector('main form[method=post]').noValidate = true")
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").click()
