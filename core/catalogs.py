"""Strict compilation of the UI string catalogs with Babel (no GNU gettext needed).

Babel on its own skips a catalog whose header is fuzzy, leaves fuzzy entries out, misses
a dropped named placeholder and a missing plural form, and writes the .mo even when its
checks fail. Here every one of those is an error and nothing is written for a catalog
that has one.
"""

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

# %(name)s, %s, %d ... (not %%), and str.format / Django template style {name}.
PERCENT_PLACEHOLDER = re.compile(r"%(?:\((?P<name>[^)]+)\))?[-#0 +]*\d*(?:\.\d+)?[sdifreExXgGc]")
# Every line of a .po file is a comment, blank, a keyword with a quoted string, or a
# quoted continuation. Babel's reader guesses its way past anything else.
PO_LINE = re.compile(
    r'^(?:#.*|\s*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(?:[^"\\]|\\.)*"|"(?:[^"\\]|\\.)*")\s*$'
)
BRACE_PLACEHOLDER = re.compile(r"(?<!\{)\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)\}(?!\})")


@dataclass
class CatalogReport:
    path: Path
    language: str
    messages: int = 0
    translated: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def placeholders(text):
    """The placeholders a string uses: named ones by name, positional ones counted."""
    named = set()
    positional = 0
    for match in PERCENT_PLACEHOLDER.finditer(text.replace("%%", "")):
        if match.group("name"):
            named.add("%(" + match.group("name") + ")")
        else:
            positional += 1
    for match in BRACE_PLACEHOLDER.finditer(text):
        named.add("{" + match.group("name") + "}")
    return named, positional


def _describe(message):
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return f"line {message.lineno}: {msgid[:60]!r}"


def check_message(message, num_plurals):
    """Errors for one catalog entry (empty list when it is fine)."""
    errors = []
    if not message.id:
        return errors
    if message.fuzzy:
        errors.append(f"{_describe(message)}: fuzzy entry (review it and remove the flag)")
    if message.pluralizable:
        singular, plural = message.id[0], message.id[1]
        forms = (
            list(message.string) if isinstance(message.string, tuple | list) else [message.string]
        )
        if not any(forms):
            return errors
        if len(forms) != num_plurals or not all(forms):
            errors.append(
                f"{_describe(message)}: needs {num_plurals} plural forms, "
                f"has {sum(1 for f in forms if f)}"
            )
        source_named = placeholders(singular)[0] | placeholders(plural)[0]
        used = set()
        for form in forms:
            named, _ = placeholders(form)
            unknown = named - source_named
            if unknown:
                errors.append(f"{_describe(message)}: unknown placeholder {sorted(unknown)}")
            used |= named
        missing = placeholders(plural)[0] - used
        if missing:
            errors.append(f"{_describe(message)}: drops placeholder {sorted(missing)}")
        return errors
    if not message.string:
        return errors
    source_named, source_positional = placeholders(message.id)
    named, positional = placeholders(message.string)
    if named != source_named:
        if source_named - named:
            errors.append(f"{_describe(message)}: drops placeholder {sorted(source_named - named)}")
        if named - source_named:
            errors.append(
                f"{_describe(message)}: unknown placeholder {sorted(named - source_named)}"
            )
    if positional != source_positional:
        errors.append(
            f"{_describe(message)}: has {positional} positional placeholders, "
            f"source has {source_positional}"
        )
    return errors


def syntax_errors(text):
    return [
        f"line {number}: not valid .po syntax: {line[:60]!r}"
        for number, line in enumerate(text.splitlines(), start=1)
        if not PO_LINE.match(line)
    ]


def header_text(text):
    """The raw header entry (msgstr of msgid "") up to the first blank line."""
    start = text.find('msgid ""')
    if start == -1:
        return ""
    end = text.find("\n\n", start)
    return text[start : end if end != -1 else len(text)]


def check_catalog(po_path, language):
    """Read and check one .po file. Returns (report, catalog or None)."""
    report = CatalogReport(path=po_path, language=language)
    try:
        text = Path(po_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        report.errors.append(f"cannot be read: {error}")
        return report, None
    report.errors.extend(syntax_errors(text))
    if report.errors:
        return report, None
    try:
        with open(po_path, "rb") as handle:
            catalog = read_po(handle, locale=language.replace("-", "_"), abort_invalid=True)
    except (PoFileError, ValueError, UnicodeDecodeError) as error:
        report.errors.append(f"cannot be read: {error}")
        return report, None
    if catalog.fuzzy:
        report.errors.append("header is marked fuzzy (gettext would skip the whole catalog)")
    # Babel fills in a plural rule from its own data when the header has none; gettext
    # (and Django) would not, so the file itself must say it.
    if "Plural-Forms:" not in header_text(text) or "nplurals" not in header_text(text):
        report.errors.append("header has no Plural-Forms line")
    num_plurals = catalog.num_plurals
    for message in catalog:
        if not message.id:
            continue
        report.messages += 1
        if message.string and (not isinstance(message.string, tuple | list) or any(message.string)):
            report.translated += 1
        report.errors.extend(check_message(message, num_plurals))
    return report, catalog


def compile_catalog(po_path, language):
    """Check one catalog and, only when it is clean, write its .mo beside it atomically."""
    report, catalog = check_catalog(po_path, language)
    if report.ok and catalog is not None:
        mo_path = po_path.with_suffix(".mo")
        fd, tmp_name = tempfile.mkstemp(dir=mo_path.parent, suffix=".mo.tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
            os.replace(tmp_name, mo_path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    return report
