"""The admin's image form, with refusals an editor can act on."""

from django.utils.formats import number_format
from django.utils.translation import gettext
from wagtail.images.forms import BaseImageForm


class SafeImageForm(BaseImageForm):
    """Wagtail's image form; an image with too many pixels is refused with the limit in
    megapixels, never with Wagtail's "unknown number" for an image too big to measure
    (a "decompression bomb")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        limit = getattr(field, "max_image_pixels", None)
        if not limit:
            return
        # Wagtail formats this message with the measured count, or "unknown number" when
        # the image was too big to open: only the limit is always true, so it alone is named.
        # No placeholders are left for Wagtail's own formatting to fill.
        megapixels = limit / 1_000_000
        megapixels = int(megapixels) if megapixels.is_integer() else round(megapixels, 1)
        field.error_messages["file_too_many_pixels"] = gettext(
            "This image has too many pixels to be processed safely. The largest allowed is "
            "%(megapixels)s megapixels (width × height): make it smaller and upload it again."
        ) % {"megapixels": number_format(megapixels)}
