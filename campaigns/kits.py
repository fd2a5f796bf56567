"""Campaign kits: one ZIP per campaign page with the files of that page's language and a
README (title, publisher, licence, source address, list of files).

A kit is built once per content key, a hash of the README and of every file's identity and
content hash, so it changes as soon as any document or the page's facts change. It is written
to a temporary file beside the cache and renamed into place (two readers asking at once both
get a complete file), streamed from disk to the reader, and old kits of the page are removed.
Files are copied into the ZIP in chunks: memory use does not grow with the size of the kit.
"""

import hashlib
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.text import get_valid_filename, slugify
from django.utils.translation import gettext as _

CHUNK = 1024 * 1024
README_NAME = "README.txt"
# Formats that are compressed already: stored as they are, which is faster and no larger.
STORED_EXTENSIONS = {
    "pdf", "zip", "mp4", "m4v", "mp3", "jpg", "jpeg", "png", "webp", "gif",
    "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub",
}  # fmt: skip


@dataclass(frozen=True)
class KitFile:
    document: object
    name: str  # the file's name inside the ZIP


def kit_dir():
    return Path(getattr(settings, "KIT_CACHE_DIR", Path(settings.MEDIA_ROOT) / "kits"))


def kit_files(page):
    """The documents of `page` in the page's own language, in the page's order, each with a
    unique, safe name inside the ZIP. Only what the published page shows: a draft's
    resources live in its revision, not in these rows."""
    language = page.locale.language_code
    files, seen = [], set()
    resources = page.resources.all()
    if "resources" not in getattr(page, "_prefetched_objects_cache", {}):
        resources = resources.select_related("document")
    # Filtered here rather than in the database so that prefetched resources (an API
    # listing) cost no query per page.
    resources = sorted(
        (r for r in resources if r.language == language and r.document_id),
        key=lambda r: (r.sort_order is not None, r.sort_order or 0, r.pk),
    )
    for position, resource in enumerate(resources, start=1):
        document = resource.document
        if document.pk in seen:
            continue
        seen.add(document.pk)
        original = os.path.basename(document.file.name)
        stem, dot, extension = original.rpartition(".")
        base = slugify(resource.title)[:60] or slugify(stem)[:60] or "file"
        name = get_valid_filename(f"{position:02d}-{base}{dot}{extension.lower()}")
        files.append(KitFile(document, name))
    return files


def _ensure_metadata(document):
    """Size and content hash, which uploads through the admin set and code paths may not."""
    if not document.file_hash or not document.file_size:
        document._set_document_file_metadata()
        document.file.close()
        type(document).objects.filter(pk=document.pk).update(
            file_hash=document.file_hash, file_size=document.file_size
        )


def readme_text(page, files, request=None):
    with translation.override(page.locale.language_code):
        lines = [page.title, "=" * min(len(page.title), 79), "", page.summary, ""]
        if page.publisher_id:
            lines.append(_("Publisher: %(name)s") % {"name": page.publisher.name})
        lines.append(
            _("Licence: %(licence)s") % {"licence": page.get_licence_display()}
            + (f" ({page.licence_url})" if page.licence_url else "")
        )
        if page.usage_conditions:
            lines += ["", page.usage_conditions]
        lines += ["", _("Source: %(url)s") % {"url": page.get_full_url(request)}, ""]
        lines.append(_("Files in this kit:"))
        lines += [f"- {kit_file.name}: {kit_file.document.title}" for kit_file in files]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Kit:
    page: object
    files: list
    readme: str

    @property
    def file_count(self):
        return len(self.files)

    @property
    def size(self):
        """Bytes of the files (the ZIP adds a few hundred bytes per file)."""
        return sum(kit_file.document.file_size or 0 for kit_file in self.files) + len(
            self.readme.encode()
        )

    @property
    def size_display(self):
        return filesizeformat(self.size)

    @property
    def key(self):
        digest = hashlib.sha256(self.readme.encode())
        for kit_file in self.files:
            document = kit_file.document
            digest.update(f"\0{document.pk}\0{kit_file.name}\0{document.file_hash}".encode())
        return digest.hexdigest()[:32]

    @property
    def filename(self):
        return f"{self.page.slug[:80]}-{self.page.locale.language_code}-kit.zip"

    def path(self):
        return kit_dir() / f"campaign-{self.page.pk}-{self.key}.zip"

    def build(self):
        """The path of the kit's ZIP, written now unless a kit with this key exists."""
        target = self.path()
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out, zipfile.ZipFile(out, "w") as archive:
                archive.writestr(README_NAME, self.readme, compress_type=zipfile.ZIP_DEFLATED)
                for kit_file in self.files:
                    extension = kit_file.name.rpartition(".")[2].lower()
                    method = (
                        zipfile.ZIP_STORED
                        if extension in STORED_EXTENSIONS
                        else zipfile.ZIP_DEFLATED
                    )
                    info = zipfile.ZipInfo(kit_file.name, date_time=(2026, 1, 1, 0, 0, 0))
                    info.compress_type = method
                    with (
                        kit_file.document.file.open("rb") as source,
                        archive.open(info, "w", force_zip64=True) as destination,
                    ):
                        shutil.copyfileobj(source, destination, CHUNK)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self._remove_older_kits(target)
        return target

    def _remove_older_kits(self, current):
        for old in current.parent.glob(f"campaign-{self.page.pk}-*.zip"):
            if old != current:
                old.unlink(missing_ok=True)


def kit_for(page, request=None):
    """The kit of a campaign page, or None when it has no file in the page's language."""
    files = kit_files(page)
    if not files:
        return None
    for kit_file in files:
        _ensure_metadata(kit_file.document)
    return Kit(page, files, readme_text(page, files, request))
