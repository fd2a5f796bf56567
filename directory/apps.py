from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Help and report directory"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .cache import forget_help_blocks
        from .models import Country, HelpIndexPage, Organisation, OrganisationPhone

        # Any change to what the help block shows makes every cached block stale.
        for model in (Country, Organisation, OrganisationPhone, HelpIndexPage):
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_help_blocks,
                    sender=model,
                    dispatch_uid=f"directory.forget_help_blocks.{model.__name__}.{signal}",
                )
