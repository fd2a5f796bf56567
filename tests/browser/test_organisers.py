"""The whole life of an organiser's event in a real browser: submit → moderate → published
→ register (a place, then the waiting list) → cancel → promote → purge. E-mails are read
from the demo server's mail folder, as a person would follow the links in them."""

import email
import re
from email import policy
from pathlib import Path

import pytest

from .conftest import demo_manage

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ORGANISER = "organiser@school.example.org"
FIRST = "first@family.example.org"
SECOND = "second@family.example.org"
TITLE = "Parents' evening on privacy settings"


def mails(env):
    """Every e-mail the server has written so far: [(to, subject, body)]."""
    folder = Path(env["EMAIL_FILE_PATH"])
    found = []
    for path in sorted(folder.glob("*.log")) if folder.exists() else []:
        for chunk in path.read_bytes().split(b"-" * 79):
            if not chunk.strip():
                continue
            message = email.message_from_bytes(chunk.strip(), policy=policy.default)
            body = message.get_body(("plain",)).get_content()
            found.append((message["To"], message["Subject"], body))
    return found


def link_for(env, to, part, subject_part=""):
    for address, subject, body in reversed(mails(env)):
        if address == to and subject_part in subject:
            match = re.search(r"https?://[^/\s]+(\S*" + re.escape(part) + r"\S*)", body)
            if match:
                return match.group(1)
    raise AssertionError(f"no e-mail to {to} with a {part} link: {mails(env)}")


def test_organiser_to_purge(demo_server, demo_environment, browser_page):
    page = browser_page
    env = demo_environment

    # 1. An organiser submits an event in English.
    page.goto(demo_server + "/en/events/submit/")
    assert page.locator("h1").count() == 1
    page.get_by_label("Organisation or group").fill("Riverside Primary School")
    page.get_by_label("Your name").fill("Sam Organiser")
    page.get_by_label("Your e-mail address").fill(ORGANISER)
    page.get_by_label("Name of the event").fill(TITLE)
    page.get_by_label("What happens").fill("An evening for parents about privacy settings.")
    page.get_by_label("Start date").fill("2030-02-12")
    page.get_by_label("Start time").fill("18:00")
    page.get_by_label("End date").fill("2030-02-12")
    page.get_by_label("End time").fill("19:30")
    page.get_by_label("Time zone").select_option("Europe/London")
    page.get_by_label("in person", exact=True).check()
    page.get_by_label("Town or city").fill("Leeds")
    page.get_by_label("Country").select_option("GB")
    page.get_by_label("register on this site").check()
    page.get_by_label("Places").fill("1")
    # An error first: the summary links to the field, nothing is stored. (Waiting for the
    # page to load: hub.js places the summary on load, after which the page stays still.)
    with page.expect_navigation():
        page.get_by_role("button", name="Send for moderation").click()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert summary.locator('a[href="#id_consent"]').count() == 1
    page.locator("#id_consent").check()
    page.wait_for_timeout(1100)  # the minimum time a person needs
    page.get_by_role("button", name="Send for moderation").click()
    assert page.locator("h1").inner_text().startswith("Thank you")
    manage_path = link_for(env, ORGANISER, "/manage/")

    # 2. An editor approves it in the admin, with a message.
    page.goto(demo_server + "/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill("safer-internet-admin")
    page.locator("#id_password").press("Enter")
    page.wait_for_url(re.compile(r".*/admin/$"))
    page.goto(demo_server + "/admin/event_submissions/?status=pending")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_label("Message to the organiser").fill("Thank you, see you there!")
    page.get_by_role("button", name="Approve and publish").click()
    page.wait_for_url(re.compile(r".*/admin/event_submissions/$"))
    page.context.clear_cookies()

    # 3. The organiser follows the link in the approval e-mail: the event is public.
    event_path = link_for(env, ORGANISER, "/en/events/", "published")
    # The form sent back with an error (status 400) was logged to the console on purpose.
    page.watch.console_errors.clear()
    response = page.goto(demo_server + event_path)
    assert response.status == 200
    assert page.locator("h1").inner_text() == TITLE
    assert page.watch.errors == [] and page.watch.console_errors == []

    # 4. Two people register for the one place: a place, then the waiting list.
    for name, address in (("First Parent", FIRST), ("Second Parent", SECOND)):
        page.goto(demo_server + event_path)
        page.get_by_role("link", name="Register for this event").click()
        page.get_by_label("Your name").fill(name)
        page.get_by_label("Your e-mail address").fill(address)
        page.locator("#id_consent").check()
        page.wait_for_timeout(1100)
        page.locator("main form button[type=submit]").click()
    assert "You are on the waiting list." in page.content()
    assert "Your position on the waiting list: 1" in page.content()

    # 5. The first cancels through their link; the second is promoted and told.
    page.goto(demo_server + link_for(env, FIRST, "/registration/"))
    assert "You have a place." in page.content()
    page.get_by_role("button", name="Cancel my registration").click()
    assert "Your registration is cancelled." in page.content()
    promoted = link_for(env, SECOND, "/registration/", "A place is free")
    page.goto(demo_server + promoted)
    assert "You have a place." in page.content()

    # The organiser sees it on their private page.
    page.goto(demo_server + manage_path)
    assert "1 confirmed, 0 on the waiting list" in page.content()
    assert "Thank you, see you there!" in page.content()

    # 6. The second person asks to be forgotten: purge_personal_data --email.
    result = demo_manage(env, "purge_personal_data", "--email", SECOND)
    assert "Deleted 1 registrations" in result.stdout
    page.goto(demo_server + manage_path)
    assert "0 confirmed, 0 on the waiting list" in page.content()
    response = page.goto(demo_server + promoted)
    assert response.status == 404
