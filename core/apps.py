from django.apps import AppConfig, apps


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site core"

    def ready(self):
        from django.conf.locale import LANG_INFO

        # Django ships no Maltese locale data; without this entry get_language_info("mt")
        # fails and the language switcher cannot name it.
        LANG_INFO.setdefault(
            "mt",
            {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"},
        )
        # Browsers send Norwegian as "no" or "nn" as often as "nb"; the site's Norwegian is
        # Bokmål, which a reader of either understands better than the English fallback.
        for code in ("no", "no-no", "nn", "nn-no"):
            LANG_INFO.setdefault(code, {}).setdefault("fallback", ["nb"])

        # Registers the document-serving hook (documents of drafts stay private).
        from django.db.models.signals import post_migrate

        from . import documents  # noqa: F401
        from .locales import ensure_locales_after_migrate

        # Sent per app with models; wagtail-localize's is the one whose tables we need.
        post_migrate.connect(
            ensure_locales_after_migrate,
            sender=apps.get_app_config("wagtail_localize"),
            dispatch_uid="core.ensure_locales",
        )
