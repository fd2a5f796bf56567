from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AgeBand, Audience, ResourceType, Topic


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order", "locale"]
    list_filter = ["locale"]
    ordering = ["sort_order", "name"]


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"


class AgeBandViewSet(TermViewSet):
    model = AgeBand
    icon = "user"
    list_display = ["name", "slug", "min_age", "max_age", "locale"]
    ordering = ["min_age", "sort_order"]


class ResourceTypeViewSet(TermViewSet):
    model = ResourceType
    icon = "doc-full"
    list_display = ["name", "slug", "is_lesson_plan", "sort_order", "locale"]


class CampaignTaxonomyGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AudienceViewSet, AgeBandViewSet, ResourceTypeViewSet)
    menu_icon = "tag"
    menu_label = _("Campaign filters")
    menu_name = "campaign-filters"


register_snippet(CampaignTaxonomyGroup)
