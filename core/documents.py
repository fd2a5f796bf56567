"""Documents are safe to hold and to hand out.

Uploads: only the formats readers need, checked by content as well as by name, so a
renamed web page or script is refused. Serving: Wagtail documents have no published
state of their own, so a file is handed to the public only while a live, public page uses
it (Wagtail's reference index, which follows the pages' stored content: live content for
published pages, never a draft revision) and has not expired. Editors can always open files in the admin.
"""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Page, ReferenceIndex

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

# Members that show a ZIP container really is the office format its name claims.
OFFICE_MARKERS = {
    "docx": "word/",
    "xlsx": "xl/",
    "pptx": "ppt/",
    "odt": "mimetype",
    "ods": "mimetype",
    "odp": "mimetype",
    "epub": "mimetype",
}
TEXT_EXTENSIONS = {"txt", "csv"}
MARKUP_STARTS = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<body", b"<head")


def _zip_members(file):
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        file.seek(0)


def content_matches_extension(file, extension):
    """True when the bytes of `file` are what its extension says."""
    file.seek(0)
    head = file.read(4096)
    file.seek(0)
    extension = extension.lower()
    if extension == "pdf":
        return head.lstrip()[:5] == b"%PDF-"
    if extension in ("doc", "xls", "ppt"):
        return head.startswith(OLE_MAGIC)
    if extension in OFFICE_MARKERS or extension == "zip":
        if not head.startswith(ZIP_MAGIC):
            return False
        members = _zip_members(file)
        if members is None:
            return False
        marker = OFFICE_MARKERS.get(extension)
        return marker is None or any(name.startswith(marker) for name in members)
    if extension in ("mp4", "m4a", "mov"):
        return head[4:8] == b"ftyp"
    if extension == "mp3":
        return head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")
    if extension == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if extension in ("jpg", "jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if extension == "webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if extension in TEXT_EXTENSIONS:
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the 4096-byte boundary is still text.
            if error.start < len(head) - 4:
                return False
        return not head.lstrip().lower().startswith(MARKUP_STARTS)
    return False


class SafeDocumentForm(BaseDocumentForm):
    """The admin's document form, refusing files whose content does not match their name."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or not hasattr(uploaded, "read") or "file" not in self.changed_data:
            return uploaded
        limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if limit and uploaded.size > limit:
            # Checked here too, against the setting in force now (Wagtail's field reads it
            # once, when the form class is built).
            raise ValidationError(
                _("This file is too big (%(size)s). The largest file allowed is %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            )
        name = getattr(uploaded, "name", "") or ""
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if not content_matches_extension(uploaded, extension):
            raise ValidationError(
                _(
                    "This file’s content does not match its type (.%(extension)s). "
                    "Upload the original PDF, office document, image, ZIP or video file."
                ),
                code="content_mismatch",
                params={"extension": extension or "?"},
            )
        return uploaded


def pages_using(document):
    """Ids of pages whose stored content refers to `document`."""
    references = ReferenceIndex.get_references_to(document)
    page_ids = set()
    for reference in references.select_related("base_content_type"):
        model = reference.base_content_type.model_class()
        if model is not None and issubclass(model, Page):
            page_ids.add(int(reference.object_id))
    return page_ids


def is_publicly_available(document):
    page_ids = pages_using(document)
    if not page_ids:
        return False
    # A page past its expiry date is gone for readers even before the scheduled unpublish
    # has run, and so are files only it uses.
    not_expired = Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
    return Page.objects.filter(id__in=page_ids).live().public().filter(not_expired).exists()


def can_see_unpublished(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


@hooks.register("before_serve_document")
def serve_only_published_documents(document, request):
    if can_see_unpublished(request.user):
        return None
    if not is_publicly_available(document):
        raise Http404("This document is not part of any published page.")
    return None
