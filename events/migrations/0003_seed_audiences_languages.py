from django.conf import settings
from django.db import migrations

AUDIENCES = [
    "children",
    "young-people",
    "parents-carers",
    "teachers-educators",
    "social-workers",
    "policymakers",
    "industry",
    "researchers",
]


def seed(apps, schema_editor):
    Audience = apps.get_model("events", "Audience")
    Language = apps.get_model("events", "Language")
    for position, slug in enumerate(AUDIENCES, start=1):
        Audience.objects.update_or_create(slug=slug, defaults={"position": position * 10})
    for code, _name in settings.LANGUAGES:
        Language.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("events", "0002_events")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
