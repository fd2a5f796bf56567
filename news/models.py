"""News and policy articles: dated, sourced, categorised, with feeds per language and category."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.pages import (
    PAGE_TRANSLATABLE_FIELDS,
    RESERVED_CHILD_SLUGS,
    SECTION_TRANSLATABLE_FIELDS,
    ReservedSlugMixin,
    SectionIndexMixin,
)
from core.validators import validate_https_url

from .blocks import ArticleBodyBlock
from .forms import ArticlePageForm
from .serializers import CategoriesField, RelatedPagesField


class ArticleCategory(TranslatableMixin, models.Model):
    """A kind of article (Policy and legislation, Hotlines …); its slug is the filter value."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "Used in addresses (/news/?category=…); the same in every language. "
            "Changing it breaks saved links and feed subscriptions."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=250,
        blank=True,
        help_text=_("One sentence shown on the news page and in the category's feed."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("article category")
        verbose_name_plural = _("article categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="news_category_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude=exclude)
        clash = (
            ArticleCategory.objects.filter(slug=self.slug, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            raise ValidationError(
                {"slug": _("Another category already uses this slug. Choose another one.")}
            )


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("article tag")
        verbose_name_plural = _("article tags")


class ArticlePageQuerySet(PageQuerySet):
    def visible(self, now=None):
        """Articles a reader may see: live, public, past their go-live time and not expired.

        Wagtail only flips `live` when `publish_scheduled` runs; until then an article past
        its expiry date is still `live`, so the dates are checked here too.
        """
        now = now or timezone.now()
        return (
            self.live()
            .public()
            .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class ArticleIndexPage(SectionIndexMixin, RoutablePageMixin, Page):
    """/<lang>/news/: every article of the language, newest first, with filters and feeds."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the heading."),
    )

    # Article slugs that would shadow the feed and category routes.
    reserved_child_slugs = RESERVED_CHILD_SLUGS | {"category", "tag"}

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [*SECTION_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    articles_per_page = 12
    articles_per_feed = 30

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from .listing import article_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(article_listing(self, request))
        return context

    def articles(self):
        """Visible articles of this index's language, newest first."""
        return ArticlePage.objects.child_of(self).visible().order_by("-date", "-pk")

    def feed_url(self, kind, category=None, request=None):
        """Address of the RSS (`kind="rss"`) or Atom feed, for the language or a category."""
        if category is not None:
            route = self.reverse_subpage(f"category_feed_{kind}", kwargs={"category": category})
        else:
            route = self.reverse_subpage(f"feed_{kind}")
        return self.get_url(request) + route

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import ArticleRssFeed

        return ArticleRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import ArticleAtomFeed

        return ArticleAtomFeed(self)(request)

    @path("category/<slug:category>/feed/rss/", name="category_feed_rss")
    def category_feed_rss(self, request, category):
        from .feeds import ArticleRssFeed

        return ArticleRssFeed(self, self._category_or_404(category))(request)

    @path("category/<slug:category>/feed/atom/", name="category_feed_atom")
    def category_feed_atom(self, request, category):
        from .feeds import ArticleAtomFeed

        return ArticleAtomFeed(self, self._category_or_404(category))(request)

    def _category_or_404(self, slug):
        from .listing import localized_categories

        category = localized_categories().get(slug)
        if category is None:
            raise Http404(_("No such news category."))
        return category


class ArticlePage(ReservedSlugMixin, Page):
    """A dated news or policy article that names and links its source."""

    date = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        db_index=True,
        help_text=_("Shown on the article and in feeds; news is listed newest first."),
    )
    dateline = models.CharField(
        _("dateline"),
        max_length=120,
        blank=True,
        help_text=_("Where and when the news was announced, e.g. “Brussels, 24 July 2020”."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: shown in listings, feeds and search results."),
    )
    source_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("author or source organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Who published the news or the document, e.g. the European Commission or INHOPE."
        ),
    )
    source_title = models.CharField(
        _("source document"),
        max_length=250,
        blank=True,
        help_text=_("Title of the original document, e.g. “Regulation (EU) 2021/1232”."),
    )
    source_url = models.URLField(
        _("source address"),
        max_length=500,
        blank=True,
        validators=[validate_https_url],
        help_text=_("Where readers find the original: an https:// address."),
    )
    categories = ParentalManyToManyField(
        "news.ArticleCategory",
        blank=True,
        related_name="articles",
        verbose_name=_("categories"),
    )
    tags = ClusterTaggableManager(
        through="news.ArticlePageTag",
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Keywords readers can filter by, e.g. “INHOPE”, “Directive 2011/93/EU”."),
    )
    body = StreamField(ArticleBodyBlock(), blank=True, verbose_name=_("body"))
    sid_edition = models.ForeignKey(
        "events.SaferInternetDay",
        verbose_name=_("Safer Internet Day edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("If the article is about a Safer Internet Day, readers get a link to it."),
    )

    objects = ArticlePageManager()

    base_form_class = ArticlePageForm
    parent_page_types = ["news.ArticleIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("dateline")], heading=_("When")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("source_organisation"),
                FieldPanel("source_title"),
                FieldPanel("source_url"),
            ],
            heading=_("Source"),
            help_text=_("The original document this article reports on."),
        ),
        FieldPanel("categories"),
        FieldPanel("tags"),
        FieldPanel("body"),
        FieldPanel("sid_edition"),
        InlinePanel(
            "related_pages",
            label=_("Related campaigns, events and help pages"),
            min_num=0,
            max_num=8,
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("dateline"),
        index.SearchField("source_title"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("date"),
        TranslatableField("dateline"),
        TranslatableField("summary"),
        SynchronizedField("source_organisation"),
        TranslatableField("source_title"),
        # Overridable: a translator may link the source in their own language (EUR-Lex has one).
        SynchronizedField("source_url"),
        SynchronizedField("categories"),
        SynchronizedField("tags"),
        TranslatableField("body"),
        SynchronizedField("sid_edition"),
        SynchronizedField("related_pages"),
    ]
    api_fields = [
        APIField("date"),
        APIField("dateline"),
        APIField("summary"),
        APIField("categories", serializer=CategoriesField()),
        APIField("tags"),
        APIField("body"),
        APIField("source"),
        APIField("edition_year"),
        APIField("related_pages", serializer=RelatedPagesField()),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        if self.source_url and not self.source_title.strip():
            raise ValidationError(
                {"source_title": _("Name the source document so readers know where the link goes.")}
            )

    @property
    def is_expired_now(self):
        return self.expire_at is not None and self.expire_at <= timezone.now()

    def serve(self, request, *args, **kwargs):
        # Until publish_scheduled runs, an expired article is still `live`.
        if self.is_expired_now and not getattr(request, "is_preview", False):
            raise Http404(_("This article is no longer available."))
        return super().serve(request, *args, **kwargs)

    @cached_property
    def content_language(self):
        """The language the article is written in (the source's, for an untranslated copy)."""
        if self.alias_of_id:
            return self.alias_of.locale.language_code
        return self.locale.language_code

    @property
    def source(self):
        """The original document and who published it, for the API."""
        organisation = self.source_organisation
        if not (self.source_title or self.source_url or organisation):
            return None
        return {
            "title": self.source_title,
            "url": self.source_url,
            "organisation": (
                {
                    "name": organisation.name,
                    "slug": organisation.slug,
                    "website": organisation.website,
                }
                if organisation
                else None
            ),
        }

    @property
    def edition_year(self):
        """The Safer Internet Day the article is about, by year (as the events API names it)."""
        return self.sid_edition.year if self.sid_edition_id else None

    def categories_in_own_language(self):
        """This article's categories named in its locale (source names where untranslated)."""
        chosen = list(self.categories.all())
        translated = {
            category.translation_key: category
            for category in ArticleCategory.objects.filter(
                translation_key__in=[c.translation_key for c in chosen], locale_id=self.locale_id
            )
        }
        return [translated.get(c.translation_key, c) for c in chosen]

    def get_context(self, request, *args, **kwargs):
        from .listing import article_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(article_detail(self, request))
        return context


# What an article may point readers to: pages that help them act on the news. Anything else
# (another article, a standard page) belongs in the body's links, not in this list.
RELATED_PAGE_TYPES = ("campaigns.CampaignPage", "events.EventPage", "directory.HelpIndexPage")
HELP_PAGE_TYPE = "directory.HelpIndexPage"


class ArticleRelatedPage(Orderable):
    """A campaign, event or the help directory (optionally one country's page) the article is about."""

    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "A campaign, an event or the help and report directory. Readers see it in their "
            "own language when it is translated."
        ),
    )
    help_country = models.ForeignKey(
        "directory.Country",
        verbose_name=_("help country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "With the help and report directory only: link “Where to get help in …” that "
            "country instead of the country picker."
        ),
    )

    panels = [
        PageChooserPanel("page", page_type=list(RELATED_PAGE_TYPES)),
        FieldPanel("help_country"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")

    def clean(self):
        super().clean()
        if self.page_id is None:
            return
        page_type = self.page.specific_class._meta.label if self.page.specific_class else ""
        if page_type not in RELATED_PAGE_TYPES:
            raise ValidationError(
                {
                    "page": _(
                        "“%(title)s” cannot be linked here: choose a campaign, an event or the "
                        "help and report directory."
                    )
                    % {"title": self.page.title}
                }
            )
        if self.help_country_id and page_type != HELP_PAGE_TYPE:
            raise ValidationError(
                {
                    "help_country": _(
                        "A help country only goes with the help and report directory: choose "
                        "that page, or leave the country empty."
                    )
                }
            )
