"""compile_catalogs: strict Babel compilation of the UI catalogs."""

import gettext
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: Safer Internet Hub\\n"
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: {plural}\\n"

"""

FI_PLURAL = "nplurals=2; plural=(n != 1);"
PL_PLURAL = "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"

GOOD_FI = """msgid "Search"
msgstr "Haku"

#, python-format
msgid "Page %(number)s of %(total)s"
msgstr "Sivu %(number)s / %(total)s"

#, python-format
msgid "%(counter)s result"
msgid_plural "%(counter)s results"
msgstr[0] "%(counter)s tulos"
msgstr[1] "%(counter)s tulosta"
"""


def write_catalog(root, lang, body, *, plural=FI_PLURAL, header=None):
    path = Path(root) / lang / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        (header if header is not None else HEADER.format(lang=lang, plural=plural)) + body,
        encoding="utf-8",
    )
    return path


def compile_(root, *languages):
    args = ["compile_catalogs", "--locale-dir", str(root)]
    for lang in languages:
        args += ["--language", lang]
    call_command(*args)


def test_good_catalog_compiles_to_a_working_mo(tmp_path):
    po = write_catalog(tmp_path, "fi", GOOD_FI)
    compile_(tmp_path, "fi")
    mo = po.with_suffix(".mo")
    with mo.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext("Search") == "Haku"
    assert (
        translations.ngettext("%(counter)s result", "%(counter)s results", 5)
        == "%(counter)s tulosta"
    )


@pytest.mark.parametrize(
    ("case", "body", "header", "expected"),
    [
        (
            "fuzzy header",
            GOOD_FI,
            "#, fuzzy\n" + HEADER.format(lang="fi", plural=FI_PLURAL),
            "header is marked fuzzy",
        ),
        (
            "fuzzy entry",
            '#, fuzzy\nmsgid "Search"\nmsgstr "Haku"\n',
            None,
            "fuzzy entry",
        ),
        (
            "dropped named placeholder",
            '#, python-format\nmsgid "Page %(number)s of %(total)s"\nmsgstr "Sivu %(number)s"\n',
            None,
            "drops placeholder ['%(total)']",
        ),
        (
            "broken placeholder",
            '#, python-format\nmsgid "Page %(number)s of %(total)s"\nmsgstr "Sivu %(numero)s / %(total)s"\n',
            None,
            "unknown placeholder ['%(numero)']",
        ),
        (
            "dropped brace placeholder",
            'msgid "Hello {name}"\nmsgstr "Hei"\n',
            None,
            "drops placeholder ['{name}']",
        ),
        (
            "positional placeholder count",
            '#, python-format\nmsgid "%s of %s"\nmsgstr "%s"\n',
            None,
            "positional placeholders",
        ),
        (
            "missing plural form",
            '#, python-format\nmsgid "%(counter)s result"\nmsgid_plural "%(counter)s results"\nmsgstr[0] "%(counter)s tulos"\nmsgstr[1] ""\n',
            None,
            "needs 2 plural forms",
        ),
        (
            "plural drops placeholder",
            '#, python-format\nmsgid "%(counter)s result"\nmsgid_plural "%(counter)s results"\nmsgstr[0] "yksi tulos"\nmsgstr[1] "monta tulosta"\n',
            None,
            "drops placeholder ['%(counter)']",
        ),
        (
            "no plural header",
            GOOD_FI,
            HEADER.format(lang="fi", plural=FI_PLURAL).replace(
                f'"Plural-Forms: {FI_PLURAL}\\n"\n', ""
            ),
            "no Plural-Forms",
        ),
        (
            "syntax error",
            'msgid "Search"\nmsgstr Haku without quotes\n',
            None,
            "not valid .po syntax",
        ),
    ],
)
def test_broken_catalog_fails_and_writes_nothing(tmp_path, capsys, case, body, header, expected):
    po = write_catalog(tmp_path, "fi", body, header=header)
    with pytest.raises(CommandError):
        compile_(tmp_path, "fi")
    assert expected in capsys.readouterr().err, case
    assert not po.with_suffix(".mo").exists(), case


def test_polish_plural_needs_three_forms(tmp_path, capsys):
    body = (
        '#, python-format\nmsgid "%(counter)s result"\nmsgid_plural "%(counter)s results"\n'
        'msgstr[0] "%(counter)s wynik"\nmsgstr[1] "%(counter)s wyniki"\n'
    )
    write_catalog(tmp_path, "pl", body, plural=PL_PLURAL)
    with pytest.raises(CommandError):
        compile_(tmp_path, "pl")
    assert "needs 3 plural forms" in capsys.readouterr().err


def test_a_failing_catalog_does_not_stop_the_others_but_fails_the_command(tmp_path):
    write_catalog(tmp_path, "fi", GOOD_FI)
    bad = write_catalog(tmp_path, "sv", '#, fuzzy\nmsgid "Search"\nmsgstr "Sök"\n')
    with pytest.raises(CommandError, match="1 catalog"):
        compile_(tmp_path, "fi", "sv")
    assert (tmp_path / "fi" / "LC_MESSAGES" / "django.mo").exists()
    assert not bad.with_suffix(".mo").exists()


def test_missing_catalog_for_an_enabled_language_fails(tmp_path, capsys):
    with pytest.raises(CommandError):
        compile_(tmp_path, "fi")
    assert "missing catalogs: fi" in capsys.readouterr().err


def test_project_catalogs_cover_every_language_and_compile(tmp_path):
    # The committed catalogs: every enabled language has one and all pass the strict checks.
    from django.conf import settings

    from core.catalogs import check_catalog

    for code, _name in settings.LANGUAGES:
        po = Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"
        assert po.exists(), code
        report, _catalog = check_catalog(po, code)
        assert report.ok, (code, report.errors)
