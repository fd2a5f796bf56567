"""Documents: uploads checked by content, files served only while a published page uses them."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from tests.factories import HomePageFactory, UserFactory

pytestmark = pytest.mark.django_db
Document = get_document_model()

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_document(title="Lesson plan", name="lesson-plan.pdf", data=PDF):
    document = Document(title=title)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document


def link_to(document):
    return f'<p><a linktype="document" id="{document.pk}">{document.title}</a></p>'


def download(client, document):
    return client.get(document.url)


@pytest.fixture
def document_on_live_page(site, django_capture_on_commit_callbacks):
    document = make_document()
    with django_capture_on_commit_callbacks(execute=True):
        HomePageFactory(
            parent=site, title="Grooming lesson", slug="grooming-lesson", body=link_to(document)
        )
    return document


def test_document_used_by_a_live_public_page_is_served(client, document_on_live_page):
    response = download(client, document_on_live_page)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_document_used_by_no_page_is_not_served(client, site):
    assert download(client, make_document()).status_code == 404


def test_document_used_only_by_a_draft_is_not_served_until_published(
    client, site, django_capture_on_commit_callbacks
):
    document = make_document()
    with django_capture_on_commit_callbacks(execute=True):
        page = HomePageFactory(
            parent=site,
            title="Embargoed kit",
            slug="embargoed-kit",
            body=link_to(document),
            live=False,
        )
    assert download(client, document).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert download(client, document).status_code == 200


def test_document_added_in_an_unpublished_revision_stays_private(
    client, site, django_capture_on_commit_callbacks
):
    document = make_document(title="New poster", name="poster.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        page = HomePageFactory(
            parent=site, title="Poster campaign", slug="poster-campaign", body="<p>Coming soon</p>"
        )
        page.body = link_to(document)
        page.save_revision()  # a draft: the live page still has the old body
    assert download(client, document).status_code == 404


def test_document_of_a_private_page_is_not_served(client, site, django_capture_on_commit_callbacks):
    document = make_document(title="Staff guide", name="staff-guide.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        page = HomePageFactory(
            parent=site, title="Staff only", slug="staff-only", body=link_to(document)
        )
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="letmein")  # noqa: S106
    assert download(client, document).status_code == 404


def test_editors_can_open_unpublished_documents(client, site):
    document = make_document(title="Draft leaflet", name="leaflet.pdf")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert download(client, document).status_code == 200


def _docx(marker="word/document.xml"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(marker, "<document/>")
    return buffer.getvalue()


def _admin_upload(client, name, data, title="Upload"):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client.post(
        "/admin/documents/add/",
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1},
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>", "does not match its type"),
        ("notes.txt", b"<!DOCTYPE html><html><body>hi</body></html>", "does not match its type"),
        ("guide.docx", _docx(marker="evil/payload.xml"), "does not match its type"),
        ("archive.zip", b"PK\x03\x04 not really a zip", "does not match its type"),
        ("page.html", b"<html></html>", "is not allowed"),
        ("image.svg", b"<svg onload=alert(1)></svg>", "is not allowed"),
        ("program.exe", b"MZ\x90\x00", "is not allowed"),
    ],
)
def test_unsafe_uploads_are_refused_with_a_clear_message(client, site, name, data, message):
    response = _admin_upload(client, name, data)
    assert response.status_code == 200  # the form again, with the error
    assert message in response.content.decode()
    assert not Document.objects.filter(title="Upload").exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [("lesson.pdf", PDF), ("guide.docx", _docx()), ("numbers.csv", b"year,reports\n2019,725000\n")],
)
def test_genuine_files_upload(client, site, name, data):
    response = _admin_upload(client, name, data, title=f"Genuine {name}")
    assert response.status_code == 302
    assert Document.objects.filter(title=f"Genuine {name}").exists()


def test_decompression_bomb_image_is_a_validation_error(client, site, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    buffer = io.BytesIO()
    PILImage.new("1", (20_000, 20_000)).save(buffer, format="PNG")  # tiny file, 400 megapixels
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Bomb",
            "file": SimpleUploadedFile("bomb.png", buffer.getvalue()),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()


def test_a_document_over_the_size_limit_is_refused(client, site, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = _admin_upload(client, "big.pdf", PDF + b"%" * 2048, title="Too big")
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not Document.objects.filter(title="Too big").exists()


@pytest.mark.parametrize(
    ("name", "data", "inline"),
    [
        ("lesson.pdf", PDF, True),
        ("numbers.csv", b"year,reports\n2019,725000\n", False),
        ("guide.docx", _docx(), False),
    ],
)
def test_only_safe_types_are_shown_in_the_browser(
    client, site, django_capture_on_commit_callbacks, name, data, inline
):
    document = make_document(title=f"Shown {name}", name=name, data=data)
    with django_capture_on_commit_callbacks(execute=True):
        HomePageFactory(parent=site, title="Material", slug="material", body=link_to(document))
    response = download(client, document)
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline" if inline else "attachment"), disposition


def test_files_only_an_expired_page_uses_are_not_served(
    client, site, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    document = make_document(title="Old campaign poster", name="old-poster.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        # Live but past its expiry date: the scheduled unpublish has not run yet.
        page = HomePageFactory(
            parent=site,
            title="Last year's campaign",
            slug="last-years-campaign",
            body=link_to(document),
            expire_at=timezone.now() - timezone.timedelta(hours=1),
        )
    assert page.live
    assert download(client, document).status_code == 404

    # The same file on a page that is still current is served.
    with django_capture_on_commit_callbacks(execute=True):
        HomePageFactory(parent=site, title="Current", slug="current", body=link_to(document))
    assert download(client, document).status_code == 200


# --- Image uploads with the real settings (no overrides) ----------------------------------


def _png(size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size).save(buffer, format="PNG")
    return buffer.getvalue()


def _image_upload(client, name, data, title="Uploaded image"):
    from wagtail.images import get_image_model

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        "/admin/images/add/",
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1},
    )
    created = get_image_model().objects.filter(title=title).exists()
    return response, created


def test_real_image_limits_are_the_documented_ones(settings):
    # The refusals below rely on these values; a change here must be a decision.
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert "svg" not in getattr(settings, "WAGTAILIMAGES_EXTENSIONS", ["png"])


def test_a_genuine_image_uploads(client, site):
    response, created = _image_upload(client, "poster.png", _png())
    assert response.status_code == 302
    assert created


def test_an_image_over_the_upload_size_is_refused(client, site):
    # A real PNG padded past 10 MB: the size alone refuses it.
    data = _png() + b"\0" * (10 * 1024 * 1024 + 1)
    response, created = _image_upload(client, "huge.png", data)
    assert response.status_code == 200
    assert "This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB." in (
        response.content.decode()
    )
    assert not created


@pytest.mark.parametrize(
    ("size", "reason"),
    [
        ((7_000, 6_000), "42 megapixels: over the limit, small enough to measure"),
        ((20_000, 20_000), "400 megapixels: a decompression bomb Pillow refuses to open"),
    ],
)
def test_an_image_over_the_pixel_limit_is_refused_with_the_limit(client, site, size, reason):
    response, created = _image_upload(client, "bomb.png", _png(size, mode="1"))
    html = response.content.decode()
    assert response.status_code == 200, reason
    assert "This image has too many pixels to be processed safely." in html, reason
    assert "The largest allowed is 40 megapixels (width × height)" in html, reason
    assert "unknown number" not in html
    assert not created


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "poster.png",
            b"<!DOCTYPE html><html><script>alert(1)</script></html>",
            # Willow reads markup as SVG, which is not the format the name claims.
            "Not a valid .png image. The extension does not match the file format",
        ),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
            "Not a supported image format.",
        ),
    ],
)
def test_markup_posing_as_an_image_is_refused(client, site, name, data, message):
    response, created = _image_upload(client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not created


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("image.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
    ],
)
def test_markup_documents_are_downloaded_never_shown(
    client, site, django_capture_on_commit_callbacks, name, data
):
    # Made directly, as an import or an older upload could: the upload checks never ran.
    document = make_document(title=f"Markup {name}", name=name, data=data)
    with django_capture_on_commit_callbacks(execute=True):
        HomePageFactory(parent=site, title="Material", slug="material", body=link_to(document))
    response = download(client, document)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment"), response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
