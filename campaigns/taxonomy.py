"""The filter terms every installation starts with, and their translations.

Product data, not demo data: `manage.py seed_campaign_filters` (also run by the demo loader)
creates the English terms and their translations through wagtail-localize. It is
idempotent: terms are matched by slug, names are brought up to date, nothing is created twice,
and terms editors added themselves are left alone.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from core.localize import translate_from_strings

from .models import AgeBand, Audience, ResourceType, Topic

# (slug, English name) in display order. Topics follow the Better Internet for Kids list.
TOPICS = [
    ("cyberbullying", "Cyberbullying"),
    ("data-privacy", "Data privacy"),
    ("e-crime", "E-crime"),
    ("excessive-use", "Excessive use"),
    ("gaming", "Gaming"),
    ("grooming", "Grooming"),
    ("hate-speech", "Hate speech"),
    ("love-relationships-sexuality", "Love, relationships and sexuality online"),
    ("media-literacy", "Media literacy"),
    ("online-reputation", "Online reputation"),
    ("harmful-content", "Harmful content"),
    ("sexual-harassment", "Sexual harassment"),
    ("technical-settings", "Technical settings"),
    ("non-consensual-intimate-images", "Non-consensual intimate images"),
    ("sextortion", "Sextortion"),
    ("pornography", "Pornography"),
    ("online-child-sexual-abuse", "Online child sexual abuse"),
]

AUDIENCES = [
    ("children", "Children"),
    ("young-people", "Young people"),
    ("parents-carers", "Parents and carers"),
    ("teachers-educators", "Teachers and educators"),
    ("social-workers", "Social workers"),
    ("policymakers", "Policymakers"),
    ("industry", "Industry"),
    ("researchers", "Researchers"),
]

# (slug, English name, from age, to age or None)
AGE_BANDS = [
    ("3-7", "Ages 3–7", 3, 7),
    ("7-11", "Ages 7–11", 7, 11),
    ("11-14", "Ages 11–14", 11, 14),
    ("14-18", "Ages 14–18", 14, 18),
    ("18-plus", "18 and over", 18, None),
]

# (slug, English name, is a lesson plan)
RESOURCE_TYPES = [
    ("lesson-plan", "Lesson plan", True),
    ("assembly", "Assembly", False),
    ("poster", "Poster", False),
    ("video", "Video", False),
    ("quiz", "Quiz", False),
    ("game", "Game", False),
    ("guide", "Guide", False),
    ("leaflet", "Leaflet", False),
    ("infographic", "Infographic", False),
    ("webinar", "Webinar", False),
    ("e-learning", "E-learning", False),
    ("toolkit", "Toolkit", False),
    ("research", "Research", False),
    ("conversation-cards", "Conversation cards", False),
    ("comic", "Comic", False),
    ("app", "App", False),
]

# English name -> translation, per language.
TRANSLATIONS = {
    "fi": {
        "Cyberbullying": "Verkkokiusaaminen",
        "Data privacy": "Tietosuoja",
        "E-crime": "Verkkorikollisuus",
        "Excessive use": "Liiallinen käyttö",
        "Gaming": "Pelaaminen",
        "Grooming": "Lapsen houkuttelu (grooming)",
        "Hate speech": "Vihapuhe",
        "Love, relationships and sexuality online": "Rakkaus, ihmissuhteet ja seksuaalisuus verkossa",
        "Media literacy": "Medialukutaito",
        "Online reputation": "Maine verkossa",
        "Harmful content": "Haitallinen sisältö",
        "Sexual harassment": "Seksuaalinen häirintä",
        "Technical settings": "Tekniset asetukset",
        "Non-consensual intimate images": "Luvatta jaetut intiimit kuvat",
        "Sextortion": "Seksuaalinen kiristys",
        "Pornography": "Pornografia",
        "Online child sexual abuse": "Lasten seksuaalinen hyväksikäyttö verkossa",
        "Children": "Lapset",
        "Young people": "Nuoret",
        "Parents and carers": "Vanhemmat ja huoltajat",
        "Teachers and educators": "Opettajat ja kasvattajat",
        "Social workers": "Sosiaalityöntekijät",
        "Policymakers": "Päättäjät",
        "Industry": "Yritykset ja toimiala",
        "Researchers": "Tutkijat",
        "Ages 3–7": "3–7-vuotiaat",
        "Ages 7–11": "7–11-vuotiaat",
        "Ages 11–14": "11–14-vuotiaat",
        "Ages 14–18": "14–18-vuotiaat",
        "18 and over": "18 vuotta täyttäneet",
        "Lesson plan": "Tuntisuunnitelma",
        "Assembly": "Päivänavaus",
        "Poster": "Juliste",
        "Video": "Videoaineisto",
        "Quiz": "Tietovisa",
        "Game": "Peli",
        "Guide": "Opas",
        "Leaflet": "Esite",
        "Infographic": "Infografiikka",
        "Webinar": "Verkkoseminaari",
        "E-learning": "Verkkokurssi",
        "Toolkit": "Työkalupakki",
        "Research": "Tutkimus",
        "Conversation cards": "Keskustelukortit",
        "Comic": "Sarjakuva",
        "App": "Sovellus",
    },
    "fr": {
        "Cyberbullying": "Cyberharcèlement",
        "Data privacy": "Protection des données",
        "E-crime": "Cybercriminalité",
        "Excessive use": "Usage excessif",
        "Gaming": "Jeux vidéo",
        "Grooming": "Pédopiégeage (grooming)",
        "Hate speech": "Discours de haine",
        "Love, relationships and sexuality online": "Amour, relations et sexualité en ligne",
        "Media literacy": "Éducation aux médias",
        "Online reputation": "E-réputation",
        "Harmful content": "Contenus préjudiciables",
        "Sexual harassment": "Harcèlement sexuel",
        "Technical settings": "Paramètres techniques",
        "Non-consensual intimate images": "Images intimes diffusées sans consentement",
        "Sextortion": "Sextorsion",
        "Pornography": "Pornographie",
        "Online child sexual abuse": "Abus sexuels sur enfants en ligne",
        "Children": "Enfants",
        "Young people": "Jeunes",
        "Parents and carers": "Parents et aidants",
        "Teachers and educators": "Enseignants et éducateurs",
        "Social workers": "Travailleurs sociaux",
        "Policymakers": "Décideurs politiques",
        "Industry": "Entreprises du secteur",
        "Researchers": "Chercheurs",
        "Ages 3–7": "3 à 7 ans",
        "Ages 7–11": "7 à 11 ans",
        "Ages 11–14": "11 à 14 ans",
        "Ages 14–18": "14 à 18 ans",
        "18 and over": "18 ans et plus",
        "Lesson plan": "Fiche pédagogique",
        "Assembly": "Séance collective",
        "Poster": "Affiche",
        "Video": "Vidéo",
        "Quiz": "Questionnaire",
        "Game": "Jeu",
        "Guide": "Guide pratique",
        "Leaflet": "Dépliant",
        "Infographic": "Infographie",
        "Webinar": "Webinaire",
        "E-learning": "Formation en ligne",
        "Toolkit": "Boîte à outils",
        "Research": "Étude",
        "Conversation cards": "Cartes de discussion",
        "Comic": "Bande dessinée",
        "App": "Application",
    },
    "de": {
        "Cyberbullying": "Cybermobbing",
        "Data privacy": "Datenschutz",
        "E-crime": "Internetkriminalität",
        "Excessive use": "Exzessive Nutzung",
        "Gaming": "Computerspiele",
        "Grooming": "Cybergrooming",
        "Hate speech": "Hassrede",
        "Love, relationships and sexuality online": "Liebe, Beziehungen und Sexualität im Netz",
        "Media literacy": "Medienkompetenz",
        "Online reputation": "Ruf im Netz",
        "Harmful content": "Schädliche Inhalte",
        "Sexual harassment": "Sexuelle Belästigung",
        "Technical settings": "Technische Einstellungen",
        "Non-consensual intimate images": "Intime Bilder ohne Einverständnis",
        "Sextortion": "Sexuelle Erpressung (Sextortion)",
        "Pornography": "Pornografie",
        "Online child sexual abuse": "Sexueller Kindesmissbrauch im Netz",
        "Children": "Kinder",
        "Young people": "Jugendliche",
        "Parents and carers": "Eltern und Erziehungsberechtigte",
        "Teachers and educators": "Lehrkräfte und pädagogische Fachkräfte",
        "Social workers": "Fachkräfte der Sozialen Arbeit",
        "Policymakers": "Politik und Verwaltung",
        "Industry": "Unternehmen",
        "Researchers": "Forschende",
        "Ages 3–7": "3 bis 7 Jahre",
        "Ages 7–11": "7 bis 11 Jahre",
        "Ages 11–14": "11 bis 14 Jahre",
        "Ages 14–18": "14 bis 18 Jahre",
        "18 and over": "Ab 18 Jahren",
        "Lesson plan": "Unterrichtseinheit",
        "Assembly": "Schulversammlung",
        "Poster": "Plakat",
        "Video": "Erklärvideo",
        "Quiz": "Wissensquiz",
        "Game": "Spiel",
        "Guide": "Leitfaden",
        "Leaflet": "Faltblatt",
        "Infographic": "Infografik",
        "Webinar": "Online-Seminar",
        "E-learning": "Online-Kurs",
        "Toolkit": "Materialpaket",
        "Research": "Studie",
        "Conversation cards": "Gesprächskarten",
        "Comic": "Comicheft",
        "App": "Handy-App",
    },
    "pl": {
        "Cyberbullying": "Cyberprzemoc",
        "Data privacy": "Ochrona danych",
        "E-crime": "Cyberprzestępczość",
        "Excessive use": "Nadmierne korzystanie",
        "Gaming": "Gry",
        "Grooming": "Uwodzenie dzieci w sieci (grooming)",
        "Hate speech": "Mowa nienawiści",
        "Love, relationships and sexuality online": "Miłość, związki i seksualność w sieci",
        "Media literacy": "Edukacja medialna",
        "Online reputation": "Wizerunek w sieci",
        "Harmful content": "Szkodliwe treści",
        "Sexual harassment": "Molestowanie seksualne",
        "Technical settings": "Ustawienia techniczne",
        "Non-consensual intimate images": "Intymne zdjęcia udostępnione bez zgody",
        "Sextortion": "Sekstorsja",
        "Pornography": "Pornografia",
        "Online child sexual abuse": "Wykorzystywanie seksualne dzieci w sieci",
        "Children": "Dzieci",
        "Young people": "Młodzież",
        "Parents and carers": "Rodzice i opiekunowie",
        "Teachers and educators": "Nauczyciele i wychowawcy",
        "Social workers": "Pracownicy socjalni",
        "Policymakers": "Decydenci",
        "Industry": "Przedstawiciele branży",
        "Researchers": "Badacze",
        "Ages 3–7": "3–7 lat",
        "Ages 7–11": "7–11 lat",
        "Ages 11–14": "11–14 lat",
        "Ages 14–18": "14–18 lat",
        "18 and over": "18 lat i więcej",
        "Lesson plan": "Scenariusz lekcji",
        "Assembly": "Apel szkolny",
        "Poster": "Plakat",
        "Video": "Film",
        "Quiz": "Test wiedzy",
        "Game": "Gra",
        "Guide": "Poradnik",
        "Leaflet": "Ulotka",
        "Infographic": "Infografika",
        "Webinar": "Webinarium",
        "E-learning": "Kurs e-learningowy",
        "Toolkit": "Zestaw narzędzi",
        "Research": "Raport z badań",
        "Conversation cards": "Karty do rozmowy",
        "Comic": "Komiks",
        "App": "Aplikacja",
    },
    "el": {
        "Cyberbullying": "Διαδικτυακός εκφοβισμός",
        "Data privacy": "Προστασία δεδομένων",
        "E-crime": "Ηλεκτρονικό έγκλημα",
        "Excessive use": "Υπερβολική χρήση",
        "Gaming": "Ψηφιακά παιχνίδια",
        "Grooming": "Διαδικτυακή αποπλάνηση ανηλίκων",
        "Hate speech": "Ρητορική μίσους",
        "Love, relationships and sexuality online": "Αγάπη, σχέσεις και σεξουαλικότητα στο διαδίκτυο",
        "Media literacy": "Παιδεία στα μέσα",
        "Online reputation": "Διαδικτυακή φήμη",
        "Harmful content": "Επιβλαβές περιεχόμενο",
        "Sexual harassment": "Σεξουαλική παρενόχληση",
        "Technical settings": "Τεχνικές ρυθμίσεις",
        "Non-consensual intimate images": "Προσωπικές εικόνες χωρίς συναίνεση",
        "Sextortion": "Σεξουαλικός εκβιασμός",
        "Pornography": "Πορνογραφία",
        "Online child sexual abuse": "Σεξουαλική κακοποίηση παιδιών στο διαδίκτυο",
        "Children": "Παιδιά",
        "Young people": "Νέοι",
        "Parents and carers": "Γονείς και κηδεμόνες",
        "Teachers and educators": "Εκπαιδευτικοί",
        "Social workers": "Κοινωνικοί λειτουργοί",
        "Policymakers": "Υπεύθυνοι χάραξης πολιτικής",
        "Industry": "Επιχειρήσεις του κλάδου",
        "Researchers": "Ερευνητές",
        "Ages 3–7": "3–7 ετών",
        "Ages 7–11": "7–11 ετών",
        "Ages 11–14": "11–14 ετών",
        "Ages 14–18": "14–18 ετών",
        "18 and over": "18 ετών και άνω",
        "Lesson plan": "Σχέδιο μαθήματος",
        "Assembly": "Σχολική συγκέντρωση",
        "Poster": "Αφίσα",
        "Video": "Βίντεο",
        "Quiz": "Κουίζ",
        "Game": "Παιχνίδι",
        "Guide": "Οδηγός",
        "Leaflet": "Φυλλάδιο",
        "Infographic": "Ενημερωτικό γράφημα",
        "Webinar": "Διαδικτυακό σεμινάριο",
        "E-learning": "Ηλεκτρονική μάθηση",
        "Toolkit": "Εργαλειοθήκη",
        "Research": "Έρευνα",
        "Conversation cards": "Κάρτες συζήτησης",
        "Comic": "Κόμικ",
        "App": "Εφαρμογή",
    },
    "ar": {
        "Cyberbullying": "التنمر الإلكتروني",
        "Data privacy": "خصوصية البيانات",
        "E-crime": "الجرائم الإلكترونية",
        "Excessive use": "الاستخدام المفرط",
        "Gaming": "الألعاب الإلكترونية",
        "Grooming": "الاستدراج عبر الإنترنت",
        "Hate speech": "خطاب الكراهية",
        "Love, relationships and sexuality online": "الحب والعلاقات والجنسانية عبر الإنترنت",
        "Media literacy": "التربية الإعلامية",
        "Online reputation": "السمعة الرقمية",
        "Harmful content": "المحتوى الضار",
        "Sexual harassment": "التحرش الجنسي",
        "Technical settings": "الإعدادات التقنية",
        "Non-consensual intimate images": "الصور الحميمة المنشورة دون موافقة",
        "Sextortion": "الابتزاز الجنسي",
        "Pornography": "المواد الإباحية",
        "Online child sexual abuse": "الاعتداء الجنسي على الأطفال عبر الإنترنت",
        "Children": "الأطفال",
        "Young people": "الشباب",
        "Parents and carers": "الآباء والأمهات ومقدمو الرعاية",
        "Teachers and educators": "المعلمون والمربون",
        "Social workers": "الأخصائيون الاجتماعيون",
        "Policymakers": "صانعو السياسات",
        "Industry": "قطاع الصناعة",
        "Researchers": "الباحثون",
        "Ages 3–7": "من 3 إلى 7 سنوات",
        "Ages 7–11": "من 7 إلى 11 سنة",
        "Ages 11–14": "من 11 إلى 14 سنة",
        "Ages 14–18": "من 14 إلى 18 سنة",
        "18 and over": "18 سنة فأكثر",
        "Lesson plan": "خطة درس",
        "Assembly": "لقاء مدرسي جماعي",
        "Poster": "ملصق",
        "Video": "فيديو",
        "Quiz": "اختبار قصير",
        "Game": "لعبة",
        "Guide": "دليل",
        "Leaflet": "مطوية",
        "Infographic": "رسم معلوماتي",
        "Webinar": "ندوة عبر الإنترنت",
        "E-learning": "تعلم إلكتروني",
        "Toolkit": "مجموعة أدوات",
        "Research": "بحث",
        "Conversation cards": "بطاقات حوار",
        "Comic": "قصة مصورة",
        "App": "تطبيق",
    },
}


def _seed_rows():
    for position, (slug, name) in enumerate(TOPICS, start=1):
        yield Topic, slug, {"name": name, "sort_order": position * 10}
    for position, (slug, name) in enumerate(AUDIENCES, start=1):
        yield Audience, slug, {"name": name, "sort_order": position * 10}
    for position, (slug, name, min_age, max_age) in enumerate(AGE_BANDS, start=1):
        yield (
            AgeBand,
            slug,
            {
                "name": name,
                "sort_order": position * 10,
                "min_age": min_age,
                "max_age": max_age,
            },
        )
    for position, (slug, name, is_lesson_plan) in enumerate(RESOURCE_TYPES, start=1):
        yield (
            ResourceType,
            slug,
            {
                "name": name,
                "sort_order": position * 10,
                "is_lesson_plan": is_lesson_plan,
            },
        )


def seed_taxonomy(*, languages=None):
    """Create or update the English filter terms and translate them into `languages`
    (default: every language TRANSLATIONS has). Returns (created, updated) counts."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    languages = list(TRANSLATIONS) if languages is None else languages
    existing = set(Locale.objects.values_list("language_code", flat=True))
    languages = [code for code in languages if code in existing and code in TRANSLATIONS]
    created = updated = 0
    models = (Topic, Audience, AgeBand, ResourceType)
    translated = {
        model: {
            (key, code): name
            for key, code, name in model.objects.exclude(locale=source_locale).values_list(
                "translation_key", "locale__language_code", "name"
            )
        }
        for model in models
    }
    with transaction.atomic():
        for model, slug, values in _seed_rows():
            term = model.objects.filter(locale=source_locale, slug=slug).first()
            changed = []
            if term is None:
                term = model.objects.create(locale=source_locale, slug=slug, **values)
                created += 1
            else:
                changed = [
                    field for field, value in values.items() if getattr(term, field) != value
                ]
                for field in changed:
                    setattr(term, field, values[field])
                if changed:
                    term.save()
                updated += 1
            for code in languages:
                wanted = TRANSLATIONS[code][term.name]
                if translated[model].get((term.translation_key, code)) == wanted and not changed:
                    continue
                translate_from_strings(term, code, TRANSLATIONS[code])
    return created, updated
