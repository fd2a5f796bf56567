"""Extract UI strings into locale/<lang>/LC_MESSAGES/django.po for every enabled language.

A development tool: extraction uses Django's makemessages, which needs GNU gettext
(apt-get install gettext). Compiling (compile_catalogs) does not.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.commands import makemessages

IGNORED = [".venv/*", "node_modules/*", "staticfiles/*", "media/*", "tests/*", "benchmarks/*"]


class ExtractWithoutGuessing(makemessages.Command):
    # msgmerge's fuzzy matching guesses a translation for a new string from a similar old
    # one ("Events" from "event") and flags it fuzzy; compile_catalogs then refuses the
    # catalog. New strings stay empty instead, and fall back to English until translated.
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]


class Command(BaseCommand):
    help = "Extract UI strings for every enabled language and give each catalog a clean header."

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            dest="languages",
            help="Update only this language's catalog (repeatable). Default: every language.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Change nothing; fail if the code has strings the catalogs do not list yet.",
        )

    def handle(self, *args, check=False, languages=None, **options):
        if shutil.which("xgettext") is None:
            raise CommandError("Extraction needs GNU gettext: apt-get install gettext")
        if check:
            return self._check()
        enabled = [code for code, _name in settings.LANGUAGES if code != "en"] + ["en"]
        unknown = sorted(set(languages or []) - set(enabled))
        if unknown:
            raise CommandError(f"Not enabled languages: {', '.join(unknown)}")
        languages = languages or enabled
        call_command(
            ExtractWithoutGuessing(),
            locale=languages,
            ignore_patterns=IGNORED,
            no_obsolete=True,
            verbosity=0,
        )
        root = Path(settings.LOCALE_PATHS[0])
        for code in languages:
            self._normalise_header(root / code / "LC_MESSAGES" / "django.po", code)
        self.stdout.write(self.style.SUCCESS(f"Updated {len(languages)} catalogs in {root}."))

    def _normalise_header(self, path, code):
        # makemessages marks a new catalog's header fuzzy and leaves the plural rule as a
        # placeholder where Django has none; gettext would then ignore the whole file.
        # A real rule already there (Django's own, for existing languages) is kept, so our
        # catalogs merge with Django's.
        text = path.read_text(encoding="utf-8")
        header_end = text.index('msgid ""')
        head, rest = text[:header_end], text[header_end:]
        head = head.replace("#, fuzzy\n", "")
        if "nplurals=INTEGER" in rest[:2000] or "Plural-Forms" not in rest[:2000]:
            plural = get_plural(code)
            new_line = f'"Plural-Forms: {plural.plural_forms}\\n"'
            if "Plural-Forms" in rest[:2000]:
                rest = re.sub(r'"Plural-Forms: [^"]*"', lambda _m: new_line, rest, count=1)
            else:
                rest = rest.replace(
                    '"Content-Transfer-Encoding: 8bit\\n"\n',
                    '"Content-Transfer-Encoding: 8bit\\n"\n' + new_line + "\n",
                    1,
                )
        rest = rest.replace('"Language: \\n"', f'"Language: {code}\\n"', 1)
        rest = rest.replace("PACKAGE VERSION", "Safer Internet Hub", 1)
        rest = rest.replace("charset=CHARSET", "charset=UTF-8", 1)
        path.write_text(head + rest, encoding="utf-8")

    def _check(self):
        # makemessages always writes into the project's locale/ folder, so the check
        # extracts in a copy of the project and compares the strings, not the files
        # (line references move with every edit and are no reason to fail).
        root = Path(settings.BASE_DIR)
        ignore = shutil.ignore_patterns(
            ".git", ".venv", "node_modules", "staticfiles", "media", "*.mo", "__pycache__"
        )
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / "project"
            shutil.copytree(root, copy, ignore=ignore)
            env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
            env.pop("DATABASE_URL", None)
            result = subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", "update_catalogs"],
                cwd=copy,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode:
                raise CommandError(f"Extraction failed:\n{result.stderr}")
            missing = {}
            for code, _name in settings.LANGUAGES:
                relative = Path(code) / "LC_MESSAGES" / "django.po"
                committed = _message_keys(Path(settings.LOCALE_PATHS[0]) / relative)
                extracted = _message_keys(copy / "locale" / relative)
                if extracted - committed:
                    missing[code] = sorted(extracted - committed, key=str)
        if missing:
            example = next(iter(missing.values()))[:5]
            raise CommandError(
                f"{len(missing)} catalog(s) lack strings used in the code "
                f"(for example {example}); run `make messages` and commit the catalogs."
            )
        self.stdout.write(self.style.SUCCESS("Every UI string is in the catalogs."))


def _message_keys(path):
    if not path.exists():
        return set()
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {(message.context, str(message.id)) for message in catalog if message.id}
