"""The article body: the shared content blocks plus a sourced key figure."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import BodyBlock
from core.validators import validate_https_url


class KeyFigureBlock(blocks.StructBlock):
    """One number with what it counts, who counted it and when, e.g. “725,000 reports (2019)”."""

    number = blocks.DecimalBlock(
        max_digits=15,
        decimal_places=2,
        min_value=0,
        label=_("Number"),
        help_text=_(
            "Digits only, e.g. 725000 or 12.5; it is shown in each reader's number format."
        ),
    )
    unit = blocks.CharBlock(
        required=False,
        max_length=40,
        label=_("Unit"),
        help_text=_("Shown after the number, e.g. “%”, “million”, “reports”."),
    )
    label = blocks.CharBlock(max_length=200, label=_("What it counts"))
    source = blocks.CharBlock(
        max_length=200, label=_("Source"), help_text=_("Who published the figure.")
    )
    source_url = blocks.URLBlock(
        required=False, label=_("Source address"), help_text=_("An https:// address.")
    )
    year = blocks.IntegerBlock(
        min_value=1990,
        label=_("Year"),
        help_text=_("The year the figure describes."),
    )

    class Meta:
        icon = "order"
        label = _("Key figure")
        template = "news/blocks/key_figure.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("source_url"):
            try:
                validate_https_url(value["source_url"])
            except ValidationError as error:
                errors["source_url"] = error
        year = value.get("year")
        if year is not None and year > datetime.date.today().year:
            errors["year"] = ValidationError(
                _("A figure cannot describe a year that has not begun.")
            )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class ArticleBodyBlock(BodyBlock):
    key_figure = KeyFigureBlock()

    class Meta:
        # Block names are stored in the database and in translations: rename with a migration.
        label = _("Body")
