"""Campaign kits: one ZIP per campaign and language with that language's files and a README,
built once per content key, streamed from disk, and only for live, public campaigns."""

import datetime
import io
import os
import tracemalloc
import zipfile

import pytest
from django.core.files.base import ContentFile, File
from django.template.defaultfilters import filesizeformat
from wagtail.models import Locale, PageViewRestriction

from campaigns.kits import kit_dir
from directory.models import Country, Organisation

from .factories import days_ago, make_campaign, make_document

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def kit_cache(settings, tmp_path):
    settings.KIT_CACHE_DIR = tmp_path / "kits"
    return settings.KIT_CACHE_DIR


def zip_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


@pytest.fixture
def campaign(library):
    guide = make_document("Guide for parents", "guide.pdf", b"%PDF-1.4\nguide\n")
    poster = make_document("Poster", "poster.pdf", b"%PDF-1.4\nposter\n")
    finnish = make_document("Opas", "opas.pdf", b"%PDF-1.4\nopas\n")
    publisher = Organisation.objects.create(
        name="Internet Watch Foundation",
        slug="internet-watch-foundation",
        kind="hotline",
        country=Country.objects.get(code="GB"),
        website="https://www.iwf.org.uk",
        verified_on=datetime.date(2026, 1, 10),
        locale=Locale.objects.get(language_code="en"),
    )
    return make_campaign(
        library,
        "Report it, don't ignore it",
        publisher=publisher,
        summary="Where to report images of child sexual abuse, and why every report counts.",
        usage_conditions="Translate and print freely; keep the hotline's name.",
        resources=[
            {"title": "Guide for parents", "document": guide},
            {"title": "Poster for schools", "document": poster, "type": "poster"},
            {"title": "Opas vanhemmille", "document": finnish, "language": "fi"},
            {"title": "Video", "url": "https://www.example.org/video"},
        ],
    )


def test_kit_holds_the_pages_language_files_and_a_readme(client, campaign):
    page_html = client.get(campaign.url).content.decode()
    kit_url = campaign.url + "kit/"
    assert f'href="{kit_url}"' in page_html
    assert "ZIP, 2 files and a README" in page_html  # size and count before downloading

    response = client.get(kit_url)
    assert response["Content-Disposition"].startswith("attachment;")
    assert f"{campaign.slug}-en-kit.zip" in response["Content-Disposition"]
    archive = zip_of(response)
    assert archive.namelist() == [
        "README.txt",
        "01-guide-for-parents.pdf",
        "02-poster-for-schools.pdf",
    ]
    assert archive.read("01-guide-for-parents.pdf") == b"%PDF-1.4\nguide\n"
    readme = archive.read("README.txt").decode()
    assert readme.startswith("Report it, don't ignore it\n")
    assert "Licence: " in readme and "creativecommons.org/licenses/" in readme
    assert "Translate and print freely" in readme
    assert any(
        line.startswith("Source: http") and line.endswith(campaign.url)
        for line in readme.splitlines()
    )
    assert "- 02-poster-for-schools.pdf: Poster" in readme
    assert "\nPublisher: Internet Watch Foundation\n" in readme

    # The size shown before downloading is what the kit holds: its files and the README.
    size = sum(info.file_size for info in archive.infolist())
    assert f"ZIP, 2 files and a README, {filesizeformat(size)}</span>" in page_html


def test_a_page_without_files_in_its_language_has_no_kit(client, library):
    page = make_campaign(library, "Links only", resources=[{"title": "Site"}])
    assert "kit/" not in client.get(page.url).content.decode()
    assert client.get(page.url + "kit/").status_code == 404


def test_no_kit_for_drafts_private_or_expired_campaigns(client, library):
    secret = make_document("Embargoed plan", "embargo.pdf", b"%PDF-1.4\nsecret\n")
    draft = make_campaign(
        library, "Not yet announced", publish=False, resources=[{"title": "P", "document": secret}]
    )
    assert client.get(draft.url + "kit/").status_code == 404
    assert client.get(secret.url).status_code == 404

    private = make_campaign(
        library, "Partners only", resources=[{"title": "P", "document": secret}]
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get(private.url + "kit/")
    assert response.status_code in (302, 403)

    # Past its expiry date, before the scheduled unpublish has run: still "live".
    expired = make_campaign(
        library,
        "Last year's campaign",
        expire_at=days_ago(1),
        resources=[{"title": "P", "document": make_document("Old", "old.pdf")}],
    )
    assert expired.live
    assert client.get(expired.url + "kit/").status_code == 404
    # Nothing was built for any of them.
    assert not kit_dir().exists() or not list(kit_dir().glob("*.zip"))


def test_a_file_added_in_a_draft_is_not_in_the_kit(client, campaign):
    extra = make_document("Unreviewed", "unreviewed.pdf", b"%PDF-1.4\nunreviewed\n")
    draft = campaign.get_latest_revision_as_object()
    from campaigns.models import Resource, ResourceType

    draft.resources.add(
        Resource(
            title="Unreviewed",
            document=extra,
            language="en",
            resource_type=ResourceType.objects.filter(locale=campaign.locale).first(),
        )
    )
    draft.save_revision()  # saved, not published
    names = zip_of(client.get(campaign.url + "kit/")).namelist()
    assert len(names) == 3 and not any("unreviewed" in name for name in names)
    assert client.get(extra.url).status_code == 404


def test_kit_is_cached_until_a_document_changes(client, campaign, kit_cache):
    first = client.get(campaign.url + "kit/")
    b"".join(first.streaming_content)
    again = client.get(campaign.url + "kit/")
    b"".join(again.streaming_content)
    assert first["ETag"] == again["ETag"]
    assert len(list(kit_cache.glob("*.zip"))) == 1

    guide = campaign.resources.get(title="Guide for parents").document
    guide.file.save("guide.pdf", ContentFile(b"%PDF-1.4\nguide, second edition\n"), save=False)
    guide.file_hash = ""
    guide.save()
    changed = client.get(campaign.url + "kit/")
    archive = zip_of(changed)
    assert changed["ETag"] != first["ETag"]
    assert archive.read("01-guide-for-parents.pdf") == b"%PDF-1.4\nguide, second edition\n"
    assert len(list(kit_cache.glob("*.zip"))) == 1  # the old kit is gone


def test_a_large_kit_streams_without_holding_it_in_memory(client, library, tmp_path):
    size = 50 * 1024 * 1024
    resources = []
    for number in range(3):
        path = tmp_path / f"film-{number}.mp4"
        with path.open("wb") as out:
            block = os.urandom(1024 * 1024)
            for _ in range(size // len(block)):
                out.write(block)
        from wagtail.documents import get_document_model

        document = get_document_model()(title=f"Film {number}")
        with path.open("rb") as source:
            document.file.save(f"film-{number}.mp4", File(source), save=False)
        document.save()
        resources.append({"title": f"Film {number}", "document": document, "type": "video"})
    page = make_campaign(library, "Three films", resources=resources)

    tracemalloc.start()
    try:
        response = client.get(page.url + "kit/")
        received = 0
        for chunk in response.streaming_content:
            received += len(chunk)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received > 3 * size
    assert peak < 20 * 1024 * 1024, f"peak memory {peak} bytes for a {received}-byte kit"


def test_a_translated_page_has_its_own_kit_in_its_language(
    client, campaign, django_capture_on_commit_callbacks
):
    from core.locales import sync_all_locales
    from core.localize import translate_from_strings

    with django_capture_on_commit_callbacks(execute=True):
        sync_all_locales()
    finnish = translate_from_strings(
        campaign,
        "fi",
        {
            "Report it, don't ignore it": "Ilmoita, älä ohita",
            "Where to report images of child sexual abuse, and why every report counts.": (
                "Mihin lasten seksuaalista hyväksikäyttöä esittävistä kuvista ilmoitetaan."
            ),
        },
    )
    response = client.get(finnish.url + "kit/")
    assert "-fi-kit.zip" in response["Content-Disposition"]
    archive = zip_of(response)
    assert archive.namelist() == ["README.txt", "01-opas-vanhemmille.pdf"]
    assert archive.read("01-opas-vanhemmille.pdf") == b"%PDF-1.4\nopas\n"
    assert archive.read("README.txt").decode().startswith("Ilmoita, älä ohita\n")
