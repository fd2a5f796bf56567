"""Wagtail's Editors and Moderators groups moderate organisers' events and see
registrations (and so are told about new submissions)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Editors", "Moderators")
CODENAMES = (
    "moderate_eventsubmission",
    "view_eventsubmission",
    "view_registration",
    "view_outboxemail",
)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_organisers_registrations_outbox"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
