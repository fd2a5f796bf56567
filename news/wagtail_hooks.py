from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ArticleCategory


class ArticleCategoryViewSet(SnippetViewSet):
    model = ArticleCategory
    icon = "tag"
    menu_label = _("News categories")
    add_to_admin_menu = False
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]


register_snippet(ArticleCategoryViewSet)
