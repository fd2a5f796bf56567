"""Page weight on a slow phone connection: each listing page's HTML, CSS and JavaScript
stay under 100 KB once compressed (gzip, as the production server sends them), and images
never shift the layout (width and height) or load before they are needed (lazy below the
fold). Every request stays on 127.0.0.1 (the browser_page fixture fails the test
otherwise)."""

import gzip

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

BUDGET_BYTES = 100 * 1024
TEXT_TYPES = {"document", "stylesheet", "script"}
LISTINGS = [
    "/en/campaigns/",
    "/en/campaigns/?topic=grooming",
    "/en/events/",
    "/en/events/?when=past",
    "/en/news/",
    "/en/help/",
    "/ar/campaigns/",
    "/fi/events/",
]


@pytest.mark.parametrize("path", LISTINGS)
def test_listing_page_stays_within_its_weight_budget(demo_server, browser_page, path):
    responses = []
    browser_page.on(
        "response",
        lambda response: (
            responses.append(response) if response.request.resource_type in TEXT_TYPES else None
        ),
    )
    browser_page.goto(demo_server + path, wait_until="load")
    sizes = {
        response.url.removeprefix(demo_server): len(gzip.compress(response.body(), 6))
        for response in responses
    }
    assert any(url.endswith(".css") for url in sizes), "the stylesheet was not loaded"
    total = sum(sizes.values())
    assert total < BUDGET_BYTES, f"{path}: {total} bytes compressed ({sizes})"


@pytest.mark.browser_context(viewport={"width": 1280, "height": 800})
@pytest.mark.parametrize(
    "path", ["/en/", "/en/campaigns/", "/en/news/", "/ar/campaigns/", "/en/safer-internet-day/"]
)
def test_images_have_dimensions_and_load_lazily_below_the_fold(demo_server, browser_page, path):
    browser_page.goto(demo_server + path, wait_until="load")
    images = browser_page.evaluate(
        """() => Array.from(document.images).map((img) => ({
            src: img.currentSrc || img.src,
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            loading: img.getAttribute('loading'),
            top: img.getBoundingClientRect().top + window.scrollY,
        }))"""
    )
    assert images, f"{path} shows no image to check"
    fold = browser_page.viewport_size["height"]
    for image in images:
        assert image["width"] and image["height"], f"{path}: {image['src']} has no size"
        if image["top"] > fold:
            assert image["loading"] == "lazy", (
                f"{path}: {image['src']} below the fold loads eagerly"
            )
