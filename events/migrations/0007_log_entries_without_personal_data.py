"""Admin log entries written before organiser contacts and registrations stopped naming
people in their labels get the new, anonymous labels."""

from django.db import migrations


def relabel(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    for model_name, label in (
        ("organisercontact", "Contact for “{event}”"),
        ("registration", "Registration {pk} for “{event}”"),
    ):
        content_type = ContentType.objects.filter(app_label="events", model=model_name).first()
        if content_type is None:
            continue
        model = apps.get_model("events", model_name)
        entries = ModelLogEntry.objects.filter(content_type=content_type)
        events = dict(
            model.objects.filter(
                pk__in=[int(pk) for pk in entries.values_list("object_id", flat=True)]
            ).values_list("pk", "event__title")
        )
        for entry in entries.only("pk", "object_id"):
            title = events.get(int(entry.object_id))
            new_label = (
                label.format(pk=entry.object_id, event=title)
                if title is not None
                else f"{model._meta.verbose_name} {entry.object_id}"
            )
            ModelLogEntry.objects.filter(pk=entry.pk).update(label=new_label)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_body_table_block"),
        ("wagtailcore", "0063_modellogentry"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(relabel, migrations.RunPython.noop)]
