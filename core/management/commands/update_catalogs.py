"""Extract UI strings into locale/<lang>/LC_MESSAGES/django.po for every enabled language.

A development tool: extraction uses Django's makemessages, which needs GNU gettext
(apt-get install gettext). Compiling (compile_catalogs) does not.
"""

import re
import shutil
from pathlib import Path

from babel.messages.plurals import get_plural
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

    def handle(self, *args, **options):
        if shutil.which("xgettext") is None:
            raise CommandError("Extraction needs GNU gettext: apt-get install gettext")
        languages = [code for code, _name in settings.LANGUAGES if code != "en"] + ["en"]
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
