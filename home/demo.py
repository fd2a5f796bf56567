"""The home page, the site's own pages and its menus, with real translations.

`load` runs before the section apps (help, events, campaigns, news) have made their pages,
so the promos first link to the real outside services; `finish`, run after every app's
demo, points them and the main menu at the sections that now exist.
"""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.demo import block_id, ensure_menu, load_site_pages, translate_demo
from core.demo_images import ensure_demo_images
from core.demo_strings import DEMO_LANGUAGES, t
from core.locales import sync_all_locales
from core.models import NavigationMenu

from .models import FeaturedCampaign, HomePage

HOME = {
    "title": t(
        "Safer Internet Hub",
        "Turvallisemman internetin keskus",
        "Plateforme pour un internet plus sûr",
        "Plattform für ein sichereres Internet",
        "Centrum Bezpieczniejszego Internetu",
        "Κόμβος για ένα Ασφαλέστερο Διαδίκτυο",
        "منصة من أجل إنترنت أكثر أمانًا",
    ),
    "slug": t("home", "etusivu", "accueil", "startseite", "strona-glowna", "arxiki", "al-raisiya"),
    "hero_heading": t(
        "Help, campaigns and Safer Internet Day, in your language",
        "Apua, kampanjoita ja Turvallisemman internetin päivä omalla kielelläsi",
        "De l’aide, des campagnes et le Safer Internet Day, dans votre langue",
        "Hilfe, Kampagnen und der Safer Internet Day, in Ihrer Sprache",
        "Pomoc, kampanie i Dzień Bezpiecznego Internetu w Twoim języku",
        "Βοήθεια, εκστρατείες και η Ημέρα Ασφαλούς Διαδικτύου, στη γλώσσα σας",
        "المساعدة والحملات ويوم الإنترنت الأكثر أمانًا، بلغتك",
    ),
    "intro": t(
        "Campaigns, lesson material and Safer Internet Day events from awareness centres, "
        "helplines and hotlines, in your language.",
        "Tietoisuuskeskusten, auttavien puhelinten ja vihjepalveluiden kampanjat, "
        "opetusmateriaalit ja Turvallisemman internetin päivän tapahtumat omalla kielelläsi.",
        "Campagnes, supports pédagogiques et événements du Safer Internet Day proposés par "
        "les centres de sensibilisation, lignes d’écoute et lignes de signalement, dans votre langue.",
        "Kampagnen, Unterrichtsmaterial und Veranstaltungen zum Safer Internet Day von "
        "Awareness-Zentren, Beratungsstellen und Meldestellen, in Ihrer Sprache.",
        "Kampanie, materiały edukacyjne i wydarzenia Dnia Bezpiecznego Internetu od centrów "
        "świadomości, telefonów zaufania i punktów zgłaszania nielegalnych treści, w Twoim języku.",
        "Εκστρατείες, εκπαιδευτικό υλικό και εκδηλώσεις της Ημέρας Ασφαλούς Διαδικτύου από "
        "κέντρα ενημέρωσης, γραμμές βοήθειας και γραμμές καταγγελιών, στη γλώσσα σας.",
        "حملات ومواد تعليمية وفعاليات يوم الإنترنت الأكثر أمانًا من مراكز التوعية وخطوط "
        "المساعدة وخطوط الإبلاغ، بلغتك.",
    ),
    "body": t(
        "Safer Internet Centres across Europe run awareness campaigns for schools and "
        "families, helplines where children and parents can talk to someone, and hotlines "
        "where anyone can report illegal content. This site brings their work together.",
        "Turvallisemman internetin keskukset eri puolilla Eurooppaa järjestävät "
        "tietoisuuskampanjoita kouluille ja perheille, ylläpitävät auttavia puhelimia, joissa "
        "lapset ja vanhemmat voivat puhua jonkun kanssa, sekä vihjepalveluita, joihin kuka "
        "tahansa voi ilmoittaa laittomasta sisällöstä. Tämä sivusto kokoaa niiden työn yhteen.",
        "Partout en Europe, les centres pour un internet plus sûr mènent des campagnes de "
        "sensibilisation pour les écoles et les familles, gèrent des lignes d’écoute où enfants "
        "et parents peuvent parler à quelqu’un, et des lignes où chacun peut signaler des "
        "contenus illicites. Ce site rassemble leur travail.",
        "Safer Internet Centres in ganz Europa führen Aufklärungskampagnen für Schulen und "
        "Familien durch, betreiben Beratungsstellen, bei denen Kinder und Eltern mit jemandem "
        "sprechen können, und Meldestellen, bei denen alle illegale Inhalte melden können. "
        "Diese Website bündelt ihre Arbeit.",
        "Centra Bezpieczniejszego Internetu w całej Europie prowadzą kampanie edukacyjne dla "
        "szkół i rodzin, telefony zaufania, pod którymi dzieci i rodzice mogą z kimś "
        "porozmawiać, oraz punkty, w których każdy może zgłosić nielegalne treści. Ta strona "
        "łączy ich pracę.",
        "Τα Κέντρα Ασφαλούς Διαδικτύου σε όλη την Ευρώπη οργανώνουν εκστρατείες ενημέρωσης "
        "για σχολεία και οικογένειες, λειτουργούν γραμμές βοήθειας όπου παιδιά και γονείς "
        "μπορούν να μιλήσουν με κάποιον, και γραμμές όπου ο καθένας μπορεί να καταγγείλει "
        "παράνομο περιεχόμενο. Αυτός ο ιστότοπος συγκεντρώνει το έργο τους.",
        "تنظّم مراكز الإنترنت الأكثر أمانًا في أنحاء أوروبا حملات توعية للمدارس والأسر، "
        "وتدير خطوط مساعدة يمكن للأطفال والآباء التحدث فيها إلى شخص ما، وخطوط إبلاغ يمكن "
        "لأي شخص أن يبلّغ فيها عن المحتوى غير القانوني. يجمع هذا الموقع عملها في مكان واحد.",
    ),
}

# Each promo links to a section of this site once it exists (by its slug, the same in every
# language), and until then to the real service outside.
PROMOS = [
    {
        "key": "report",
        "title": t(
            "Where to report and get help",
            "Mihin ilmoittaa ja mistä saa apua",
            "Où signaler et trouver de l’aide",
            "Wo Sie melden und Hilfe finden",
            "Gdzie zgłosić i szukać pomocy",
            "Πού να καταγγείλετε και να βρείτε βοήθεια",
            "أين تبلّغ وتجد المساعدة",
        ),
        "text": t(
            "Find the hotline to report illegal content and the helpline to talk to someone, "
            "in your country.",
            "Löydä maasi vihjepalvelu laittoman sisällön ilmoittamiseen ja auttava puhelin, "
            "jossa voit puhua jonkun kanssa.",
            "Trouvez la ligne de signalement des contenus illicites et la ligne d’écoute pour "
            "parler à quelqu’un, dans votre pays.",
            "Finden Sie die Meldestelle für illegale Inhalte und die Beratungsstelle, bei der "
            "Sie mit jemandem sprechen können, in Ihrem Land.",
            "Znajdź w swoim kraju punkt zgłaszania nielegalnych treści i telefon zaufania, pod "
            "którym możesz z kimś porozmawiać.",
            "Βρείτε τη γραμμή καταγγελιών για παράνομο περιεχόμενο και τη γραμμή βοήθειας για "
            "να μιλήσετε με κάποιον, στη χώρα σας.",
            "اعثر على خط الإبلاغ عن المحتوى غير القانوني وخط المساعدة للتحدث إلى شخص ما، في بلدك.",
        ),
        "section_slug": "help",
        "url": "https://www.inhope.org/EN",
        "image": "report",
    },
    {
        "key": "sid",
        "title": t(
            "Safer Internet Day",
            "Turvallisemman internetin päivä",
            "Safer Internet Day",
            "Safer Internet Day",
            "Dzień Bezpiecznego Internetu",
            "Ημέρα Ασφαλούς Διαδικτύου",
            "يوم الإنترنت الأكثر أمانًا",
        ),
        "text": t(
            "Every February, schools, families and companies in more than 180 countries and "
            "territories take part. Find an event near you, or organise one.",
            "Joka helmikuu kouluja, perheitä ja yrityksiä yli 180 maassa ja alueella osallistuu. "
            "Löydä tapahtuma läheltäsi tai järjestä oma.",
            "Chaque février, des écoles, des familles et des entreprises de plus de 180 pays et "
            "territoires y participent. Trouvez un événement près de chez vous, ou organisez-en un.",
            "Jeden Februar machen Schulen, Familien und Unternehmen in mehr als 180 Ländern und "
            "Gebieten mit. Finden Sie eine Veranstaltung in Ihrer Nähe oder organisieren Sie selbst eine.",
            "Co roku w lutym biorą w nim udział szkoły, rodziny i firmy z ponad 180 krajów i "
            "terytoriów. Znajdź wydarzenie w pobliżu lub zorganizuj własne.",
            "Κάθε Φεβρουάριο συμμετέχουν σχολεία, οικογένειες και εταιρείες σε περισσότερες από "
            "180 χώρες και περιοχές. Βρείτε μια εκδήλωση κοντά σας ή οργανώστε μία.",
            "في شهر فبراير من كل عام تشارك مدارس وأسر وشركات في أكثر من 180 دولة وإقليمًا. "
            "اعثر على فعالية قريبة منك، أو نظّم واحدة.",
        ),
        "section_slug": "safer-internet-day",
        "url": "https://www.saferinternetday.org/",
        "image": "sid",
    },
    {
        "key": "teachers",
        "title": t(
            "Resources for teachers",
            "Materiaalia opettajille",
            "Ressources pour les enseignants",
            "Material für Lehrkräfte",
            "Materiały dla nauczycieli",
            "Υλικό για εκπαιδευτικούς",
            "موارد للمعلمين",
        ),
        "text": t(
            "Lesson plans, assemblies and quizzes on cyberbullying, privacy and "
            "misinformation, sorted by age group.",
            "Tuntisuunnitelmia, aamunavauksia ja tietovisoja nettikiusaamisesta, yksityisyydestä "
            "ja virheellisestä tiedosta ikäryhmittäin.",
            "Séquences pédagogiques, activités collectives et quiz sur le cyberharcèlement, la vie "
            "privée et la désinformation, classés par tranche d’âge.",
            "Unterrichtsentwürfe, Schulversammlungen und Quizze zu Cybermobbing, Privatsphäre und "
            "Falschinformationen, nach Altersgruppen geordnet.",
            "Scenariusze lekcji, apele szkolne i quizy o cyberprzemocy, prywatności i "
            "dezinformacji, uporządkowane według grup wiekowych.",
            "Σχέδια μαθημάτων, σχολικές δραστηριότητες και κουίζ για τον διαδικτυακό εκφοβισμό, "
            "την ιδιωτικότητα και την παραπληροφόρηση, ανά ηλικιακή ομάδα.",
            "خطط دروس وأنشطة مدرسية واختبارات قصيرة عن التنمّر الإلكتروني والخصوصية والمعلومات "
            "المضللة، مرتبة حسب الفئة العمرية.",
        ),
        "section_slug": "campaigns",
        "url": "https://www.betterinternetforkids.eu/",
        "image": "teachers",
    },
]

# Campaigns on the front page, by their English slug, in the order shown (campaigns demo).
FEATURED_CAMPAIGNS = ["dont-pay-report", "spotting-grooming", "sid-assembly-pack"]

# Sections of the main menu, by slug (the same in every language), when they exist.
PRIMARY_SECTIONS = ["campaigns", "events", "safer-internet-day", "help", "news"]


def load(out):
    images = ensure_demo_images()
    home, created = ensure_home_page(images)
    out.record(created)
    out.step(f"home page: {home.url_path} ({'created' if created else 'updated'})")
    sync_all_locales()
    pages = load_site_pages(out, home)
    translate_demo(home)
    out.step(f"home page translated into {', '.join(DEMO_LANGUAGES)}")
    primary = ensure_menu(out, NavigationMenu.PRIMARY, primary_links(home, pages))
    translate_demo(primary)
    out.step("main menu: " + ", ".join(page.title for page, _label in primary_links(home, pages)))


def finish(out):
    """Point the promos and the main menu at the sections the other apps have made, and
    feature the demo campaigns on the front page."""
    home = source_home()
    if home is None:
        return
    sections = section_pages(home)
    linked = {
        item["id"]: (item["value"].get("link") or {}).get("page") for item in home.promos.raw_data
    }
    promos = promo_data(sections)
    changed = False
    if any(linked.get(promo["id"]) != promo["value"]["link"]["page"] for promo in promos):
        home.promos = promos
        changed = True
    featured = featured_campaigns(sections.get("campaigns"))
    if [item.campaign_id for item in home.featured_campaigns.all()] != [c.pk for c in featured]:
        home.featured_campaigns = [
            FeaturedCampaign(campaign=c, sort_order=position) for position, c in enumerate(featured)
        ]
        changed = True
    if changed:
        home.save_revision().publish()
        # Translating copies the synchronised choice of campaigns into every demo language.
        translate_demo(home)
    out.step(
        "featured campaigns: " + (", ".join(c.title for c in featured) or "none (no campaigns)")
    )
    about = home.get_children().filter(slug="about").first()
    links = [(page, "") for page in sections.values()]
    if about is not None:
        links.append((about, ""))
    primary = ensure_menu(out, NavigationMenu.PRIMARY, links)
    translate_demo(primary)
    out.step(
        "home promos and main menu link to: "
        + (", ".join(page.title for page in sections.values()) or "outside services only")
    )


def featured_campaigns(library):
    """The English demo campaigns to feature, in order; none without the campaigns demo."""
    if library is None:
        return []
    from campaigns.models import CampaignPage

    found = {
        page.slug: page
        for page in CampaignPage.objects.child_of(library).filter(slug__in=FEATURED_CAMPAIGNS)
    }
    return [found[slug] for slug in FEATURED_CAMPAIGNS if slug in found]


def primary_links(home, pages):
    links = [(page, "") for page in section_pages(home).values()]
    return [*links, (pages["about"], "")]


def source_home():
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    return HomePage.objects.filter(locale=source_locale, depth=2).first()


def section_pages(home):
    """The live section index pages under the English home page, by slug, in menu order."""
    found = {
        page.slug: page for page in home.get_children().live().filter(slug__in=PRIMARY_SECTIONS)
    }
    return {slug: found[slug] for slug in PRIMARY_SECTIONS if slug in found}


def promo_data(sections, images=None):
    images = images or ensure_demo_images()
    data = []
    for promo in PROMOS:
        section = sections.get(promo["section_slug"])
        link = {"page": section.pk, "url": ""} if section else {"page": None, "url": promo["url"]}
        data.append(
            {
                "type": "promo",
                "id": block_id("home-promo", promo["key"]),
                "value": {
                    "title": promo["title"],
                    "text": promo["text"],
                    "link": link,
                    "image": images[promo["image"]].pk,
                },
            }
        )
    return data


def ensure_home_page(images):
    """The English HomePage as the default site's root, replacing Wagtail's welcome page."""
    home = source_home()
    created = home is None
    fields = {
        "title": HOME["title"],
        "slug": HOME["slug"],
        "hero_heading": HOME["hero_heading"],
        "intro": HOME["intro"],
        "body": f"<p>{HOME['body']}</p>",
        "hero_image": images["hero"],
    }
    if created:
        # Wagtail's migrations leave a plain "Welcome" page at the top; it holds the slug
        # we want and is no use to anyone.
        for page in Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        ):
            page.delete()
        home = HomePage(locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE), **fields)
        Page.get_first_root_node().add_child(instance=home)
    else:
        for name, value in fields.items():
            setattr(home, name, value)
    # Promos link to the sections that exist so far; `finish` adds those made later.
    home.promos = promo_data(section_pages(home), images)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = "Safer Internet Hub"
    site.save()
    return home, created
