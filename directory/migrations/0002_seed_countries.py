from django.db import migrations


def seed(apps, schema_editor):
    from directory.seed import seed_countries

    seed_countries(apps.get_model("directory", "Country"))


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
