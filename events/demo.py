"""Safer Internet Day for the demo: every edition since 2017 with its real date and global
slogan, the UK's national themes, and the /safer-internet-day/ section with a real
explainer, translated into the demo languages through wagtail-localize.

Idempotent: editions are matched by year, slogans by their English text, the section by
its place under the English home page.
"""

from datetime import date

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from core.demo import stream_data
from core.locales import sync_all_locales
from core.localize import translate_from_strings, untranslated_strings
from home.models import HomePage

from .demo_events import sample_events
from .importer import EventRecord, import_context, save_event
from .models import (
    EventIndexPage,
    NationalTheme,
    SaferInternetDay,
    SaferInternetDayIndexPage,
    Slogan,
)

DEMO_LANGUAGES = ("fi", "fr", "de", "pl", "el", "ar")

# English source → translations, kept here (not in core's shared registry) so the wording
# chosen for SID pages cannot change another app's demo text.
TRANSLATIONS: dict[str, dict[str, str]] = {}


def t(en, fi, fr, de, pl, el, ar):
    TRANSLATIONS[en] = dict(zip(DEMO_LANGUAGES, (fi, fr, de, pl, el, ar), strict=True))
    return en


def strings_for(language_code):
    return {en: by_language[language_code] for en, by_language in TRANSLATIONS.items()}


# --- Slogans and editions -----------------------------------------------------------------

SLOGAN_2017 = t(
    "Be the change: unite for a better internet",
    "Ole muutos: yhdessä parempi internet",
    "Sois le changement : unissons-nous pour un internet meilleur",
    "Sei der Wandel: Vereint für ein besseres Internet",
    "Bądź zmianą: zjednocz się dla lepszego internetu",
    "Γίνε η αλλαγή: ενωθείτε για ένα καλύτερο διαδίκτυο",
    "كن أنت التغيير: لنتّحد من أجل إنترنت أفضل",
)
SLOGAN_2018 = t(
    "Create, connect and share respect: a better internet starts with you",
    "Luo, yhdistä ja jaa kunnioitusta: parempi internet alkaa sinusta",
    "Créer, connecter et partager le respect : un internet meilleur commence avec toi",
    "Gestalten, verbinden und Respekt teilen: Ein besseres Internet beginnt bei dir",
    "Twórz, łącz się i dziel się szacunkiem: lepszy internet zaczyna się od ciebie",
    "Δημιούργησε, συνδέσου και μοιράσου τον σεβασμό: ένα καλύτερο διαδίκτυο ξεκινά από εσένα",
    "أبدِع وتواصل وانشر الاحترام: الإنترنت الأفضل يبدأ بك",
)
SLOGAN_TOGETHER = t(
    "Together for a better internet",
    "Yhdessä parempi internet",
    "Ensemble pour un internet meilleur",
    "Gemeinsam für ein besseres Internet",
    "Razem dla lepszego internetu",
    "Μαζί για ένα καλύτερο διαδίκτυο",
    "معًا من أجل إنترنت أفضل",
)

# year: (date as announced, slogan, provisional)
EDITIONS = {
    2017: (date(2017, 2, 7), SLOGAN_2017, False),
    2018: (date(2018, 2, 6), SLOGAN_2018, False),
    2019: (date(2019, 2, 5), SLOGAN_TOGETHER, False),
    2020: (date(2020, 2, 11), SLOGAN_TOGETHER, False),
    2021: (date(2021, 2, 9), SLOGAN_TOGETHER, False),
    2022: (date(2022, 2, 8), SLOGAN_TOGETHER, False),
    2023: (date(2023, 2, 7), SLOGAN_TOGETHER, False),
    2024: (date(2024, 2, 6), SLOGAN_TOGETHER, False),
    2025: (date(2025, 2, 11), SLOGAN_TOGETHER, False),
    2026: (date(2026, 2, 10), SLOGAN_TOGETHER, False),
    2027: (date(2027, 2, 9), SLOGAN_TOGETHER, True),
}

# The UK Safer Internet Centre's national themes, as it published them.
NATIONAL_THEMES = {
    2019: [("GB", "Our internet, our choice: understanding consent in a digital world", "en")],
    2020: [("GB", "Free to be me: identity online", "en")],
    2021: [("GB", "An internet we trust: exploring reliability in the online world", "en")],
    2022: [("GB", "All fun and games? Exploring respect and relationships online", "en")],
    2023: [("GB", "Want to talk about it? Making space for conversations about life online", "en")],
    2024: [
        (
            "GB",
            "Inspiring change? Making a difference, managing influence and navigating "
            "change online",
            "en",
        )
    ],
    2025: [("GB", "Too good to be true? Protecting yourself and others from scams online", "en")],
}

# --- The section page -----------------------------------------------------------------------

SECTION = {
    "title": t(
        "Safer Internet Day",
        "Turvallisemman internetin päivä",
        "Journée pour un internet plus sûr",
        "Tag für ein sichereres Internet",
        "Dzień Bezpiecznego Internetu",
        "Ημέρα Ασφαλούς Διαδικτύου",
        "يوم الإنترنت الأكثر أمانًا",
    ),
    "slug": "safer-internet-day",
    "intro": t(
        "Every February, schools, families, young people and companies in more than 180 "
        "countries spend a day working together for a better internet.",
        "Joka helmikuu koulut, perheet, nuoret ja yritykset yli 180 maassa käyttävät päivän "
        "yhteiseen työhön paremman internetin puolesta.",
        "Chaque février, écoles, familles, jeunes et entreprises de plus de 180 pays "
        "consacrent une journée à construire ensemble un internet meilleur.",
        "Jeden Februar setzen sich Schulen, Familien, junge Menschen und Unternehmen in mehr "
        "als 180 Ländern einen Tag lang gemeinsam für ein besseres Internet ein.",
        "Co roku w lutym szkoły, rodziny, młodzi ludzie i firmy w ponad 180 krajach "
        "poświęcają jeden dzień na wspólną pracę na rzecz lepszego internetu.",
        "Κάθε Φεβρουάριο, σχολεία, οικογένειες, νέοι και εταιρείες σε περισσότερες από 180 "
        "χώρες αφιερώνουν μια ημέρα στην κοινή προσπάθεια για ένα καλύτερο διαδίκτυο.",
        "في شهر فبراير من كل عام، تخصّص المدارس والأسر والشباب والشركات في أكثر من 180 دولة "
        "يومًا للعمل معًا من أجل إنترنت أفضل.",
    ),
}

SOURCE = "saferinternetday.org"
SOURCE_URL = "https://www.saferinternetday.org/"
TRANSLATIONS[SOURCE] = dict.fromkeys(DEMO_LANGUAGES, SOURCE)

BODY = [
    (
        "heading",
        t(
            "What Safer Internet Day is",
            "Mikä Turvallisemman internetin päivä on",
            "Qu’est-ce que la Journée pour un internet plus sûr ?",
            "Was der Tag für ein sichereres Internet ist",
            "Czym jest Dzień Bezpiecznego Internetu",
            "Τι είναι η Ημέρα Ασφαλούς Διαδικτύου",
            "ما هو يوم الإنترنت الأكثر أمانًا",
        ),
    ),
    (
        "paragraphs",
        [
            t(
                "Safer Internet Day (SID) started in 2004 as an initiative of the EU "
                "SafeBorders project. The Insafe network took it up in 2005, as one of its "
                "earliest actions, and today it is celebrated in more than 180 countries and "
                "territories.",
                "Turvallisemman internetin päivä (Safer Internet Day, SID) alkoi vuonna 2004 "
                "EU:n SafeBorders-hankkeen aloitteesta. Insafe-verkosto otti sen hoitaakseen "
                "vuonna 2005 yhtenä ensimmäisistä toimistaan, ja nykyään päivää vietetään yli "
                "180 maassa ja alueella.",
                "La Journée pour un internet plus sûr (Safer Internet Day, SID) est née en 2004 "
                "à l’initiative du projet européen SafeBorders. Le réseau Insafe l’a reprise en "
                "2005, parmi ses toutes premières actions, et elle est aujourd’hui célébrée "
                "dans plus de 180 pays et territoires.",
                "Der Safer Internet Day (SID), der Tag für ein sichereres Internet, entstand "
                "2004 als Initiative des EU-Projekts SafeBorders. Das Insafe-Netzwerk übernahm "
                "ihn 2005 als eine seiner ersten Aktionen; heute wird er in mehr als 180 "
                "Ländern und Gebieten begangen.",
                "Dzień Bezpiecznego Internetu (ang. Safer Internet Day, SID) zapoczątkowano "
                "w 2004 roku z inicjatywy unijnego projektu SafeBorders. W 2005 roku przejęła "
                "go sieć Insafe jako jedno ze swoich pierwszych działań, a dziś obchodzi się go "
                "w ponad 180 krajach i terytoriach.",
                "Η Ημέρα Ασφαλούς Διαδικτύου (Safer Internet Day, SID) ξεκίνησε το 2004 ως "
                "πρωτοβουλία του ευρωπαϊκού έργου SafeBorders. Το δίκτυο Insafe την ανέλαβε το "
                "2005, ως μία από τις πρώτες του δράσεις, και σήμερα γιορτάζεται σε "
                "περισσότερες από 180 χώρες και περιοχές.",
                "بدأ يوم الإنترنت الأكثر أمانًا (Safer Internet Day) عام 2004 بمبادرة من مشروع "
                "SafeBorders التابع للاتحاد الأوروبي. وتبنّته شبكة Insafe عام 2005 ضمن أولى "
                "أنشطتها، ويُحتفل به اليوم في أكثر من 180 دولة وإقليمًا.",
            ),
            t(
                "In Europe the day is coordinated by the joint Insafe and INHOPE network, with "
                "the support of the European Commission, and organised in each country by its "
                "Safer Internet Centre. In the United States, ConnectSafely has led Safer "
                "Internet Day since 2013.",
                "Euroopassa päivää koordinoi Insafe- ja INHOPE-verkosto Euroopan komission "
                "tuella, ja kussakin maassa sen järjestää maan Turvallisemman internetin "
                "keskus. Yhdysvalloissa päivää on johtanut ConnectSafely vuodesta 2013.",
                "En Europe, la journée est coordonnée par le réseau commun Insafe et INHOPE, "
                "avec le soutien de la Commission européenne, et organisée dans chaque pays par "
                "son centre pour un internet plus sûr. Aux États-Unis, ConnectSafely la conduit "
                "depuis 2013.",
                "In Europa koordiniert das gemeinsame Netzwerk von Insafe und INHOPE den Tag mit "
                "Unterstützung der Europäischen Kommission; in jedem Land organisiert ihn das "
                "nationale Safer Internet Centre. In den Vereinigten Staaten leitet "
                "ConnectSafely den Tag seit 2013.",
                "W Europie obchody koordynuje wspólna sieć Insafe i INHOPE przy wsparciu "
                "Komisji Europejskiej, a w każdym kraju organizuje je krajowe Centrum "
                "Bezpieczniejszego Internetu. W Stanach Zjednoczonych od 2013 roku obchodami "
                "kieruje ConnectSafely.",
                "Στην Ευρώπη την ημέρα συντονίζει το κοινό δίκτυο Insafe και INHOPE με την "
                "υποστήριξη της Ευρωπαϊκής Επιτροπής, και σε κάθε χώρα τη διοργανώνει το "
                "εθνικό Κέντρο Ασφαλούς Διαδικτύου. Στις Ηνωμένες Πολιτείες, το ConnectSafely "
                "την οργανώνει από το 2013.",
                "في أوروبا، تنسّق الشبكة المشتركة Insafe وINHOPE هذا اليوم بدعم من المفوضية "
                "الأوروبية، وينظّمه في كل بلد مركزه الوطني للإنترنت الأكثر أمانًا. وفي الولايات "
                "المتحدة، تقوده منظمة ConnectSafely منذ عام 2013.",
            ),
            t(
                "Safer Internet Day falls on the second day of the second week of February, a "
                "Tuesday. Each edition has a global slogan, and many countries add a national "
                "theme of their own.",
                "Turvallisemman internetin päivää vietetään helmikuun toisen viikon toisena "
                "päivänä, tiistaina. Jokaisella vuodella on maailmanlaajuinen tunnuslause, ja "
                "monet maat valitsevat lisäksi oman kansallisen teemansa.",
                "La journée a lieu le deuxième jour de la deuxième semaine de février, un "
                "mardi. Chaque édition a un slogan mondial, et de nombreux pays y ajoutent leur "
                "propre thème national.",
                "Der Tag findet am zweiten Tag der zweiten Februarwoche statt, einem Dienstag. "
                "Jede Ausgabe hat ein weltweites Motto, und viele Länder wählen zusätzlich ein "
                "eigenes nationales Thema.",
                "Dzień Bezpiecznego Internetu przypada w drugi dzień drugiego tygodnia lutego, "
                "we wtorek. Każda edycja ma hasło globalne, a wiele krajów dodaje do niego "
                "własny temat krajowy.",
                "Η Ημέρα Ασφαλούς Διαδικτύου πέφτει τη δεύτερη ημέρα της δεύτερης εβδομάδας "
                "του Φεβρουαρίου, Τρίτη. Κάθε διοργάνωση έχει ένα παγκόσμιο σύνθημα, και πολλές "
                "χώρες προσθέτουν το δικό τους εθνικό θέμα.",
                "يصادف يوم الإنترنت الأكثر أمانًا اليوم الثاني من الأسبوع الثاني من شهر فبراير، "
                "وهو يوم ثلاثاء. ولكل دورة شعار عالمي، وتضيف دول كثيرة موضوعًا وطنيًا خاصًا بها.",
            ),
        ],
    ),
    (
        "key_facts",
        {
            "title": t(
                "Safer Internet Day at a glance",
                "Turvallisemman internetin päivä lyhyesti",
                "La Journée pour un internet plus sûr en bref",
                "Der Tag für ein sichereres Internet auf einen Blick",
                "Dzień Bezpiecznego Internetu w skrócie",
                "Η Ημέρα Ασφαλούς Διαδικτύου με μια ματιά",
                "يوم الإنترنت الأكثر أمانًا في لمحة",
            ),
            "facts": [
                {
                    "value": t("2004", "2004", "2004", "2004", "2004", "2004", "2004"),
                    "label": t(
                        "the first Safer Internet Day, an initiative of the EU SafeBorders project",
                        "ensimmäinen Turvallisemman internetin päivä, EU:n SafeBorders-hankkeen "
                        "aloite",
                        "la première Journée pour un internet plus sûr, à l’initiative du projet "
                        "européen SafeBorders",
                        "der erste Safer Internet Day, eine Initiative des EU-Projekts SafeBorders",
                        "pierwszy Dzień Bezpiecznego Internetu, z inicjatywy unijnego projektu "
                        "SafeBorders",
                        "η πρώτη Ημέρα Ασφαλούς Διαδικτύου, πρωτοβουλία του ευρωπαϊκού έργου "
                        "SafeBorders",
                        "أول يوم للإنترنت الأكثر أمانًا، بمبادرة من مشروع SafeBorders الأوروبي",
                    ),
                    "source": SOURCE,
                    "source_url": SOURCE_URL,
                },
                {
                    "value": t("2005", "2005", "2005", "2005", "2005", "2005", "2005"),
                    "label": t(
                        "the Insafe network takes the day up",
                        "Insafe-verkosto ottaa päivän hoitaakseen",
                        "le réseau Insafe reprend la journée",
                        "das Insafe-Netzwerk übernimmt den Tag",
                        "sieć Insafe przejmuje organizację obchodów",
                        "το δίκτυο Insafe αναλαμβάνει την ημέρα",
                        "شبكة Insafe تتبنّى هذا اليوم",
                    ),
                    "source": SOURCE,
                    "source_url": SOURCE_URL,
                },
                {
                    "value": t(
                        "180+",
                        "yli 180",
                        "plus de 180",
                        "über 180",
                        "ponad 180",
                        "πάνω από 180",
                        "أكثر من 180",
                    ),
                    "label": t(
                        "countries and territories celebrate it",
                        "maata ja aluetta viettää päivää",
                        "pays et territoires la célèbrent",
                        "Länder und Gebiete begehen ihn",
                        "krajów i terytoriów obchodzi ten dzień",
                        "χώρες και περιοχές τη γιορτάζουν",
                        "دولة وإقليمًا تحتفل به",
                    ),
                    "source": SOURCE,
                    "source_url": SOURCE_URL,
                },
                {
                    "value": t("2013", "2013", "2013", "2013", "2013", "2013", "2013"),
                    "label": t(
                        "ConnectSafely leads the day in the United States",
                        "ConnectSafely alkaa johtaa päivää Yhdysvalloissa",
                        "ConnectSafely conduit la journée aux États-Unis",
                        "ConnectSafely leitet den Tag in den Vereinigten Staaten",
                        "ConnectSafely prowadzi obchody w Stanach Zjednoczonych",
                        "το ConnectSafely αναλαμβάνει την ημέρα στις Ηνωμένες Πολιτείες",
                        "منظمة ConnectSafely تقود هذا اليوم في الولايات المتحدة",
                    ),
                    "source": SOURCE,
                    "source_url": SOURCE_URL,
                },
            ],
        },
    ),
    (
        "heading",
        t(
            "How to take part",
            "Näin voit osallistua",
            "Comment participer",
            "So machen Sie mit",
            "Jak wziąć udział",
            "Πώς να συμμετάσχετε",
            "كيف تشارك",
        ),
    ),
    (
        "paragraphs",
        [
            t(
                "Anyone can take part. Schools run lessons and assemblies, youth groups and "
                "libraries hold workshops, companies and public bodies share advice. Find an "
                "event near you or online, or organise your own and tell your national Safer "
                "Internet Centre about it.",
                "Kuka tahansa voi osallistua. Koulut pitävät oppitunteja ja aamunavauksia, "
                "nuorisoryhmät ja kirjastot järjestävät työpajoja, yritykset ja viranomaiset "
                "jakavat neuvoja. Etsi tapahtuma läheltäsi tai verkosta, tai järjestä oma ja "
                "kerro siitä maasi Turvallisemman internetin keskukselle.",
                "Tout le monde peut participer. Les écoles organisent des cours et des "
                "rassemblements, les groupes de jeunes et les bibliothèques des ateliers, les "
                "entreprises et les organismes publics partagent des conseils. Trouvez un "
                "événement près de chez vous ou en ligne, ou organisez le vôtre et faites-le "
                "connaître à votre centre national pour un internet plus sûr.",
                "Alle können mitmachen. Schulen gestalten Unterrichtsstunden und "
                "Versammlungen, Jugendgruppen und Bibliotheken bieten Workshops an, "
                "Unternehmen und Behörden geben Tipps. Finden Sie eine Veranstaltung in Ihrer "
                "Nähe oder online – oder organisieren Sie selbst eine und melden Sie sie Ihrem "
                "nationalen Safer Internet Centre.",
                "Każdy może wziąć udział. Szkoły prowadzą lekcje i apele, grupy młodzieżowe i "
                "biblioteki organizują warsztaty, firmy i instytucje publiczne dzielą się "
                "poradami. Znajdź wydarzenie w pobliżu lub online albo zorganizuj własne i "
                "zgłoś je do krajowego Centrum Bezpieczniejszego Internetu.",
                "Μπορεί να συμμετάσχει ο καθένας. Τα σχολεία κάνουν μαθήματα και εκδηλώσεις, "
                "οι ομάδες νέων και οι βιβλιοθήκες οργανώνουν εργαστήρια, οι εταιρείες και οι "
                "δημόσιοι φορείς μοιράζονται συμβουλές. Βρείτε μια εκδήλωση κοντά σας ή "
                "διαδικτυακά, ή οργανώστε τη δική σας και ενημερώστε το εθνικό Κέντρο "
                "Ασφαλούς Διαδικτύου.",
                "يمكن لأي شخص أن يشارك. تقدّم المدارس دروسًا وفعاليات صباحية، وتنظّم مجموعات "
                "الشباب والمكتبات ورش عمل، وتشارك الشركات والهيئات العامة نصائحها. ابحث عن "
                "فعالية قريبة منك أو عبر الإنترنت، أو نظّم فعاليتك وأخبر بها مركز الإنترنت "
                "الأكثر أمانًا في بلدك.",
            ),
        ],
    ),
]


EVENTS_SECTION = {
    "title": t(
        "Events",
        "Tapahtumat",
        "Événements",
        "Veranstaltungen",
        "Wydarzenia",
        "Εκδηλώσεις",
        "الفعاليات",
    ),
    "slug": "events",
    "intro": t(
        "Safer Internet Day events from every country and in every language: in schools, "
        "libraries and youth clubs, and online. Filter by country, language, audience and how "
        "to take part.",
        "Turvallisemman internetin päivän tapahtumia kaikista maista ja kaikilla kielillä: "
        "kouluissa, kirjastoissa, nuorisotaloilla ja verkossa. Rajaa maan, kielen, "
        "kohderyhmän ja osallistumistavan mukaan.",
        "Des événements de la Journée pour un internet plus sûr dans tous les pays et dans "
        "toutes les langues : dans les écoles, les bibliothèques, les maisons des jeunes et en "
        "ligne. Filtrez par pays, langue, public et mode de participation.",
        "Veranstaltungen zum Safer Internet Day aus allen Ländern und in allen Sprachen: in "
        "Schulen, Bibliotheken, Jugendzentren und online. Filtern Sie nach Land, Sprache, "
        "Zielgruppe und Teilnahmeform.",
        "Wydarzenia Dnia Bezpiecznego Internetu ze wszystkich krajów i we wszystkich "
        "językach: w szkołach, bibliotekach, domach kultury i online. Filtruj według kraju, "
        "języka, odbiorców i formy udziału.",
        "Εκδηλώσεις της Ημέρας Ασφαλούς Διαδικτύου από κάθε χώρα και σε κάθε γλώσσα: σε "
        "σχολεία, βιβλιοθήκες, κέντρα νεότητας και online. Φιλτράρετε ανά χώρα, γλώσσα, κοινό "
        "και τρόπο συμμετοχής.",
        "فعاليات يوم الإنترنت الأكثر أمانًا من كل البلدان وبكل اللغات: في المدارس والمكتبات "
        "ونوادي الشباب وعبر الإنترنت. صفِّ النتائج حسب البلد واللغة والجمهور وطريقة المشاركة.",
    ),
}

# How many sample events the demo makes (None: all of demo_events.sample_events()).
SAMPLE_EVENT_COUNT = None


# --- Loading --------------------------------------------------------------------------------


def load(out):
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    slogans = {}
    for text in (SLOGAN_2017, SLOGAN_2018, SLOGAN_TOGETHER):
        slogan, created = Slogan.objects.get_or_create(locale=source_locale, text=text)
        out.record(created)
        slogans[text] = slogan
    for slogan in slogans.values():
        translate(slogan)
    out.step(f"SID slogans: {len(slogans)}, translated into {', '.join(DEMO_LANGUAGES)}")

    for year, (day, slogan_text, provisional) in EDITIONS.items():
        edition, created = save_edition(year, day, slogans[slogan_text], provisional)
        out.record(created)
    out.step(
        f"SID editions: {min(EDITIONS)}–{max(EDITIONS)} "
        f"({SaferInternetDay.objects.filter(is_provisional=True).count()} provisional)"
    )

    page, created = ensure_section_page(source_locale)
    out.record(created)
    sync_all_locales()
    translate(page)
    sync_all_locales()
    out.step(f"SID section: {page.url_path} translated into {', '.join(DEMO_LANGUAGES)}")

    events_page, created = ensure_section(source_locale, EventIndexPage, EVENTS_SECTION)
    out.record(created)
    sync_all_locales()
    translate(events_page)
    out.step(f"events section: {events_page.url_path} translated into {', '.join(DEMO_LANGUAGES)}")
    load_sample_events(out)
    sync_all_locales()


def load_sample_events(out):
    """The sample events (demo_events), each in its language's events section."""
    context = import_context()
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    samples = sample_events(SAMPLE_EVENT_COUNT)
    for index, sample in enumerate(samples, start=1):
        outcome = save_event(sample_record(sample), context)
        counts[outcome] += 1
        out.record(outcome == "created")
        if index % 50 == 0:
            out.step(f"sample events: {index}/{len(samples)}")
    languages = sorted({sample.language for sample in samples})
    out.step(
        f"sample events: {len(samples)} in {len(languages)} languages "
        f"({counts['created']} created, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged)"
    )


def sample_record(sample):
    values = {
        name: getattr(sample, name)
        for name in EventRecord.__dataclass_fields__
        if hasattr(sample, name)
    }
    return EventRecord(**values, is_sample=True)


def save_edition(year, day, slogan, provisional):
    edition, created = SaferInternetDay.objects.update_or_create(
        year=year,
        defaults={"date": day, "global_slogan": slogan, "is_provisional": provisional},
    )
    wanted = NATIONAL_THEMES.get(year, [])
    current = [(t.country_code, t.theme, t.language) for t in edition.national_themes.all()]
    if current != wanted:
        edition.national_themes.all().delete()
        for position, (code, theme, language) in enumerate(wanted):
            NationalTheme.objects.create(
                edition=edition,
                country_code=code,
                theme=theme,
                language=language,
                sort_order=position,
            )
    return edition, created


def ensure_section_page(locale):
    fields = {**SECTION, "body": stream_data("sid-section", BODY, {})}
    return ensure_section(locale, SaferInternetDayIndexPage, fields)


def ensure_section(locale, model, fields):
    """Create or update a section page under the English home page; (page, created)."""
    home = HomePage.objects.filter(locale=locale).order_by("depth", "path").first()
    if home is None:
        raise RuntimeError("The events sections need the English home page (home.demo) first.")
    page = model.objects.child_of(home).filter(locale=locale).first()
    created = page is None
    if created:
        page = model(locale=locale, **fields)
        home.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page, created


def translate(instance):
    """Translate a demo page or snippet into every demo language through wagtail-localize.

    Pages are published at once rather than when the transaction commits: a deferred
    publish would save the page as it was when translated, undoing later tree changes.
    """
    TranslationSource.update_or_create_from_instance(instance)
    missing = untranslated_strings(instance, strings_for(DEMO_LANGUAGES[0]))
    if missing:
        raise ValueError(f"demo strings without a translation in {instance!r}: {missing}")
    is_page = isinstance(instance, Page)
    for code in DEMO_LANGUAGES:
        translated = translate_from_strings(instance, code, strings_for(code), publish=not is_page)
        if is_page:
            translated.get_latest_revision().publish()
