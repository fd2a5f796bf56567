"""Sample Safer Internet Day events for the demo: made-up schools, libraries and youth
groups (every one flagged `is_sample`, and marked so for readers) in real cities, written in
ten languages, across the editions 2017–2027, in person, online and mixed.

The list is generated from a fixed seed, so every run makes the same events; they are
matched by `external_id` ("sample-0001" …) and only saved again when something changed.
"""

import random
from dataclasses import dataclass
from datetime import date, time, timedelta

# language → country → [(city as written in that language, IANA zone)]
PLACES = {
    "en": {
        "GB": [
            ("Leeds", "Europe/London"),
            ("Cardiff", "Europe/London"),
            ("Glasgow", "Europe/London"),
            ("Belfast", "Europe/London"),
            ("Bristol", "Europe/London"),
        ],
        "IE": [
            ("Cork", "Europe/Dublin"),
            ("Galway", "Europe/Dublin"),
            ("Limerick", "Europe/Dublin"),
        ],
        "MT": [("Sliema", "Europe/Malta")],
        "US": [
            ("Chicago", "America/Chicago"),
            ("Denver", "America/Denver"),
            ("Seattle", "America/Los_Angeles"),
            ("Boston", "America/New_York"),
        ],
    },
    "fi": {
        "FI": [
            ("Tampere", "Europe/Helsinki"),
            ("Oulu", "Europe/Helsinki"),
            ("Turku", "Europe/Helsinki"),
            ("Jyväskylä", "Europe/Helsinki"),
            ("Kuopio", "Europe/Helsinki"),
        ]
    },
    "fr": {
        "FR": [
            ("Lyon", "Europe/Paris"),
            ("Lille", "Europe/Paris"),
            ("Nantes", "Europe/Paris"),
            ("Toulouse", "Europe/Paris"),
            ("Rennes", "Europe/Paris"),
        ],
        "BE": [("Liège", "Europe/Brussels"), ("Namur", "Europe/Brussels")],
        "LU": [("Esch-sur-Alzette", "Europe/Luxembourg")],
    },
    "de": {
        "DE": [
            ("Köln", "Europe/Berlin"),
            ("Leipzig", "Europe/Berlin"),
            ("Hamburg", "Europe/Berlin"),
            ("Freiburg im Breisgau", "Europe/Berlin"),
            ("Dresden", "Europe/Berlin"),
        ],
        "AT": [
            ("Graz", "Europe/Vienna"),
            ("Linz", "Europe/Vienna"),
            ("Innsbruck", "Europe/Vienna"),
        ],
        "CH": [("Bern", "Europe/Zurich"), ("Basel", "Europe/Zurich")],
    },
    "pl": {
        "PL": [
            ("Kraków", "Europe/Warsaw"),
            ("Gdańsk", "Europe/Warsaw"),
            ("Poznań", "Europe/Warsaw"),
            ("Wrocław", "Europe/Warsaw"),
            ("Lublin", "Europe/Warsaw"),
        ]
    },
    "el": {
        "GR": [
            ("Θεσσαλονίκη", "Europe/Athens"),
            ("Πάτρα", "Europe/Athens"),
            ("Ηράκλειο", "Europe/Athens"),
            ("Ιωάννινα", "Europe/Athens"),
        ],
        "CY": [("Λεμεσός", "Asia/Nicosia"), ("Λάρνακα", "Asia/Nicosia")],
    },
    "ar": {
        "FR": [("مرسيليا", "Europe/Paris")],
        "BE": [("بروكسل", "Europe/Brussels")],
        "DE": [("برلين", "Europe/Berlin")],
        "GB": [("برمنغهام", "Europe/London")],
        "SE": [("مالمو", "Europe/Stockholm")],
        "NL": [("روتردام", "Europe/Amsterdam")],
    },
    "es": {
        "ES": [
            ("Valencia", "Europe/Madrid"),
            ("Sevilla", "Europe/Madrid"),
            ("Zaragoza", "Europe/Madrid"),
            ("Bilbao", "Europe/Madrid"),
        ]
    },
    "it": {
        "IT": [
            ("Bologna", "Europe/Rome"),
            ("Torino", "Europe/Rome"),
            ("Napoli", "Europe/Rome"),
            ("Bari", "Europe/Rome"),
        ]
    },
    "nl": {
        "NL": [
            ("Utrecht", "Europe/Amsterdam"),
            ("Groningen", "Europe/Amsterdam"),
            ("Eindhoven", "Europe/Amsterdam"),
        ],
        "BE": [("Gent", "Europe/Brussels"), ("Antwerpen", "Europe/Brussels")],
    },
}

# How many events each language gets (230 in all).
SHARES = {
    "en": 40,
    "fi": 25,
    "fr": 30,
    "de": 30,
    "pl": 25,
    "el": 20,
    "ar": 15,
    "es": 15,
    "it": 15,
    "nl": 15,
}

# Made-up organisers, as they would write their own names.
ORGANISERS = {
    "en": [
        "Lakeside Primary School",
        "Riverside Academy",
        "Hillcrest Youth Club",
        "Northgate Library",
        "St Brigid's Community School",
        "Oakfield Parents' Association",
    ],
    "fi": [
        "Koivikon koulu",
        "Järvenrannan yläkoulu",
        "Nuorisotalo Kipinä",
        "Kirjasto Lukuvalo",
        "Mäntylän lukio",
        "Vanhempainyhdistys Sateenkaari",
    ],
    "fr": [
        "École des Tilleuls",
        "Collège des Quatre-Vents",
        "Maison des jeunes Les Cerisiers",
        "Médiathèque de la Source",
        "Lycée de la Colline",
        "Association de parents Les Hirondelles",
    ],
    "de": [
        "Grundschule am Lindenhof",
        "Gesamtschule Am Rosenhang",
        "Jugendzentrum Funkturm",
        "Stadtteilbibliothek Am Markt",
        "Gymnasium Am Eichenwald",
        "Elternverein Sonnenblick",
    ],
    "pl": [
        "Szkoła Podstawowa pod Lipami",
        "Liceum na Wzgórzu",
        "Młodzieżowy Dom Kultury Iskra",
        "Biblioteka Osiedlowa pod Kasztanami",
        "Zespół Szkół nad Rzeką",
        "Stowarzyszenie Rodziców Tęcza",
    ],
    "el": [
        "Δημοτικό Σχολείο Πλατάνων",
        "Γυμνάσιο του Λόφου",
        "Κέντρο Νεότητας Πυξίδα",
        "Δημοτική Βιβλιοθήκη Ελιάς",
        "Λύκειο της Θάλασσας",
        "Σύλλογος Γονέων Ουράνιο Τόξο",
    ],
    "ar": [
        "جمعية الجسر الثقافية",
        "مدرسة الأمل لتعليم العربية",
        "نادي شباب النور",
        "مكتبة الحي العربية",
        "جمعية أولياء الأمور قوس قزح",
        "مركز السنديان الاجتماعي",
    ],
    "es": [
        "Colegio Los Almendros",
        "Instituto del Mirador",
        "Casa de la Juventud La Brújula",
        "Biblioteca del Barrio Alto",
        "Asociación de Familias Arcoíris",
        "Escuela Rural del Valle",
    ],
    "it": [
        "Scuola primaria I Tigli",
        "Liceo della Collina",
        "Centro giovani La Bussola",
        "Biblioteca di quartiere Le Querce",
        "Associazione genitori Arcobaleno",
        "Istituto comprensivo Il Mulino",
    ],
    "nl": [
        "Basisschool De Linde",
        "Scholengemeenschap De Heuvel",
        "Jongerencentrum Het Kompas",
        "Wijkbibliotheek De Eik",
        "Oudervereniging De Regenboog",
        "Montessorischool Het Anker",
    ],
}

TOPICS = {
    "en": [
        "spotting online scams",
        "kindness and cyberbullying",
        "AI, deepfakes and what to trust",
        "privacy settings that really work",
    ],
    "fi": [
        "verkkohuijausten tunnistaminen",
        "ystävällisyys ja nettikiusaaminen",
        "tekoäly, syväväärennökset ja luotettava tieto",
        "toimivat yksityisyysasetukset",
    ],
    "fr": [
        "repérer les arnaques en ligne",
        "bienveillance et cyberharcèlement",
        "IA, hypertrucages et informations fiables",
        "des paramètres de confidentialité qui protègent vraiment",
    ],
    "de": [
        "Betrug im Netz erkennen",
        "Freundlichkeit und Cybermobbing",
        "KI, Deepfakes und verlässliche Informationen",
        "Privatsphäre-Einstellungen, die wirklich schützen",
    ],
    "pl": [
        "jak rozpoznać oszustwa w sieci",
        "życzliwość i cyberprzemoc",
        "AI, deepfake’i i wiarygodne informacje",
        "ustawienia prywatności, które naprawdę chronią",
    ],
    "el": [
        "πώς αναγνωρίζουμε τις διαδικτυακές απάτες",
        "ευγένεια και διαδικτυακός εκφοβισμός",
        "τεχνητή νοημοσύνη, deepfakes και αξιόπιστη πληροφόρηση",
        "ρυθμίσεις απορρήτου που προστατεύουν πραγματικά",
    ],
    "ar": [
        "كيف نكشف الاحتيال عبر الإنترنت",
        "اللطف والتنمّر الإلكتروني",
        "الذكاء الاصطناعي والتزييف العميق والمعلومات الموثوقة",
        "إعدادات خصوصية تحمي فعلًا",
    ],
    "es": [
        "cómo detectar estafas en internet",
        "amabilidad y ciberacoso",
        "IA, ultrafalsos e información fiable",
        "ajustes de privacidad que protegen de verdad",
    ],
    "it": [
        "riconoscere le truffe online",
        "gentilezza e cyberbullismo",
        "IA, deepfake e informazioni affidabili",
        "impostazioni della privacy che proteggono davvero",
    ],
    "nl": [
        "online oplichting herkennen",
        "vriendelijkheid en cyberpesten",
        "AI, deepfakes en betrouwbare informatie",
        "privacy-instellingen die echt beschermen",
    ],
}

# Kinds of event: who it is for, how people attend, and its text in each language.
KINDS = {
    "assembly": {
        "audiences": ["children", "teachers-educators"],
        "modes": ["in-person"],
        "hours": (9, 12),
    },
    "parents": {
        "audiences": ["parents-carers"],
        "modes": ["in-person", "mixed"],
        "hours": (18, 20),
    },
    "webinar": {
        "audiences": ["teachers-educators", "social-workers"],
        "modes": ["online"],
        "hours": (15, 16),
    },
    "panel": {
        "audiences": ["young-people", "policymakers", "industry"],
        "modes": ["mixed", "in-person", "online"],
        "hours": (13, 15),
    },
}

TEXTS = {
    "en": {
        "assembly": (
            "Safer Internet Day assembly: {topic}",
            "Pupils spend the morning on {topic}: short films, a quiz and a class discussion "
            "led by the school's digital leaders. Organised by {org}.\n\nFamilies are welcome at "
            "the closing session, where the classes show what they made.",
        ),
        "parents": (
            "Parents' evening: {topic}",
            "An evening for parents and carers. Our speaker explains {topic} in plain words, "
            "and there is time for your questions. Organised by {org}.\n\nTea and coffee from "
            "18:30; childcare is available if you book it.",
        ),
        "webinar": (
            "Webinar for teachers: {topic}",
            "A one-hour online session for teachers and youth workers on {topic}, with a "
            "ready-to-use lesson plan and the latest advice from the national Safer Internet "
            "Centre. Organised by {org}.\n\nCaptions are provided.",
        ),
        "panel": (
            "Youth panel: {topic}",
            "Young people lead a panel on {topic} and put their questions to local "
            "decision-makers and a platform representative. Organised by {org}.\n\nOpen to "
            "everyone aged 13 and over.",
        ),
    },
    "fi": {
        "assembly": (
            "Turvallisemman internetin päivän aamupäivä: {topic}",
            "Oppilaat viettävät aamupäivän lyhytelokuvien, tietovisan ja luokkakeskustelun "
            "parissa digitutorien johdolla. Aiheena: {topic}. Järjestäjä: {org}.\n\nPerheet "
            "ovat tervetulleita päätöstilaisuuteen, jossa luokat esittelevät tuotoksiaan.",
        ),
        "parents": (
            "Vanhempainilta: {topic}",
            "Ilta vanhemmille ja huoltajille. Puhujamme kertoo aiheesta selkein sanoin, ja "
            "kysymyksille on aikaa. Aiheena: {topic}. Järjestäjä: {org}.\n\nKahvitarjoilu klo "
            "18.30 alkaen; lastenhoito järjestetään ennakkoilmoittautuneille.",
        ),
        "webinar": (
            "Webinaari opettajille: {topic}",
            "Tunnin mittainen verkkotilaisuus opettajille ja nuorisotyöntekijöille. Mukana "
            "valmis tuntisuunnitelma ja kansallisen Turvallisemman internetin keskuksen "
            "tuoreimmat neuvot. Aiheena: {topic}. Järjestäjä: {org}.\n\nTilaisuus tekstitetään.",
        ),
        "panel": (
            "Nuorten paneeli: {topic}",
            "Nuoret vetävät paneelikeskustelun ja esittävät kysymyksensä paikallisille "
            "päättäjille ja alustayhtiön edustajalle. Aiheena: {topic}. Järjestäjä: {org}.\n\n"
            "Avoin kaikille yli 13-vuotiaille.",
        ),
    },
    "fr": {
        "assembly": (
            "Matinée pour un internet plus sûr : {topic}",
            "Les élèves consacrent la matinée au thème « {topic} » : courts métrages, quiz et "
            "discussion en classe animée par les élèves ambassadeurs du numérique. "
            "Organisation : {org}.\n\nLes familles sont invitées à la séance de clôture, où les "
            "classes présentent leurs travaux.",
        ),
        "parents": (
            "Soirée parents : {topic}",
            "Une soirée pour les parents et les proches. Notre intervenante explique le thème "
            "« {topic} » avec des mots simples et prend le temps de répondre à vos questions. "
            "Organisation : {org}.\n\nAccueil dès 18 h 30 ; garde d’enfants possible sur "
            "réservation.",
        ),
        "webinar": (
            "Webinaire pour les enseignants : {topic}",
            "Une heure en ligne pour les enseignants et les animateurs jeunesse sur le thème "
            "« {topic} », avec une séquence pédagogique prête à l’emploi et les derniers "
            "conseils du centre national pour un internet plus sûr. Organisation : {org}.\n\n"
            "Sous-titrage assuré.",
        ),
        "panel": (
            "Table ronde des jeunes : {topic}",
            "Des jeunes animent une table ronde sur le thème « {topic} » et interrogent des "
            "élus locaux et une représentante d’une plateforme. Organisation : {org}.\n\n"
            "Ouvert à toutes et à tous dès 13 ans.",
        ),
    },
    "de": {
        "assembly": (
            "Aktionsvormittag zum Safer Internet Day: {topic}",
            "Die Schülerinnen und Schüler widmen den Vormittag dem Thema „{topic}“: Kurzfilme, "
            "ein Quiz und ein Klassengespräch, geleitet von den Digital-Scouts der Schule. "
            "Veranstalter: {org}.\n\nFamilien sind zur Abschlussrunde eingeladen, in der die "
            "Klassen ihre Ergebnisse zeigen.",
        ),
        "parents": (
            "Elternabend: {topic}",
            "Ein Abend für Eltern und Erziehungsberechtigte. Unsere Referentin erklärt das "
            "Thema „{topic}“ in einfachen Worten, und es bleibt Zeit für Ihre Fragen. "
            "Veranstalter: {org}.\n\nEinlass ab 18:30 Uhr; Kinderbetreuung nach Anmeldung.",
        ),
        "webinar": (
            "Webinar für Lehrkräfte: {topic}",
            "Eine Stunde online für Lehrkräfte und Fachkräfte der Jugendarbeit zum Thema "
            "„{topic}“, mit einer fertigen Unterrichtseinheit und den neuesten Tipps des "
            "nationalen Safer Internet Centre. Veranstalter: {org}.\n\nMit Untertiteln.",
        ),
        "panel": (
            "Jugendpodium: {topic}",
            "Jugendliche leiten ein Podium zum Thema „{topic}“ und stellen ihre Fragen an die "
            "Lokalpolitik und eine Vertreterin einer Plattform. Veranstalter: {org}.\n\nOffen "
            "für alle ab 13 Jahren.",
        ),
    },
    "pl": {
        "assembly": (
            "Poranek Dnia Bezpiecznego Internetu: {topic}",
            "Uczniowie spędzają przedpołudnie na temacie „{topic}”: krótkie filmy, quiz i "
            "rozmowa w klasie prowadzona przez szkolnych liderów cyfrowych. Organizator: "
            "{org}.\n\nRodziny są zaproszone na podsumowanie, podczas którego klasy pokażą swoje "
            "prace.",
        ),
        "parents": (
            "Spotkanie dla rodziców: {topic}",
            "Wieczór dla rodziców i opiekunów. Nasza prelegentka prostym językiem wyjaśni temat "
            "„{topic}” i odpowie na pytania. Organizator: {org}.\n\nKawa i herbata od 18:30; "
            "opieka nad dziećmi po wcześniejszym zgłoszeniu.",
        ),
        "webinar": (
            "Webinar dla nauczycieli: {topic}",
            "Godzina online dla nauczycieli i pedagogów na temat „{topic}”, z gotowym "
            "scenariuszem lekcji i najnowszymi wskazówkami krajowego Centrum Bezpieczniejszego "
            "Internetu. Organizator: {org}.\n\nZapewniamy napisy.",
        ),
        "panel": (
            "Panel młodzieżowy: {topic}",
            "Młodzież prowadzi panel na temat „{topic}” i zadaje pytania lokalnym "
            "samorządowcom oraz przedstawicielce platformy internetowej. Organizator: {org}.\n\n"
            "Wstęp dla wszystkich od 13. roku życia.",
        ),
    },
    "el": {
        "assembly": (
            "Πρωινό για την Ημέρα Ασφαλούς Διαδικτύου: {topic}",
            "Οι μαθητές αφιερώνουν το πρωινό στο θέμα «{topic}»: ταινίες μικρού μήκους, κουίζ "
            "και συζήτηση στην τάξη με συντονιστές τους ψηφιακούς πρεσβευτές του σχολείου. "
            "Διοργάνωση: {org}.\n\nΟι οικογένειες είναι ευπρόσδεκτες στην τελική παρουσίαση των "
            "εργασιών των τάξεων.",
        ),
        "parents": (
            "Βραδιά για γονείς: {topic}",
            "Μια βραδιά για γονείς και κηδεμόνες. Η ομιλήτριά μας εξηγεί με απλά λόγια το θέμα "
            "«{topic}» και απαντά στις ερωτήσεις σας. Διοργάνωση: {org}.\n\nΚαφές από τις "
            "18:30· φύλαξη παιδιών με δήλωση συμμετοχής.",
        ),
        "webinar": (
            "Διαδικτυακό σεμινάριο για εκπαιδευτικούς: {topic}",
            "Μία ώρα online για εκπαιδευτικούς και στελέχη νεολαίας με θέμα «{topic}», με "
            "έτοιμο σχέδιο μαθήματος και τις πιο πρόσφατες συμβουλές του εθνικού Κέντρου "
            "Ασφαλούς Διαδικτύου. Διοργάνωση: {org}.\n\nΜε υπότιτλους.",
        ),
        "panel": (
            "Συζήτηση νέων: {topic}",
            "Νέοι συντονίζουν μια συζήτηση με θέμα «{topic}» και θέτουν τις ερωτήσεις τους σε "
            "τοπικούς αιρετούς και σε εκπρόσωπο μιας πλατφόρμας. Διοργάνωση: {org}.\n\n"
            "Ανοιχτό σε όλους από 13 ετών.",
        ),
    },
    "ar": {
        "assembly": (
            "صباح يوم الإنترنت الأكثر أمانًا: {topic}",
            "يخصّص التلاميذ الصباح لموضوع «{topic}»: أفلام قصيرة ومسابقة ونقاش في الصف يديره "
            "سفراء المدرسة الرقميون. المنظِّم: {org}.\n\nالعائلات مدعوّة إلى الجلسة الختامية التي "
            "تعرض فيها الصفوف أعمالها.",
        ),
        "parents": (
            "أمسية لأولياء الأمور: {topic}",
            "أمسية لأولياء الأمور ومقدّمي الرعاية. تشرح متحدّثتنا موضوع «{topic}» بكلمات بسيطة "
            "وتجيب عن أسئلتكم. المنظِّم: {org}.\n\nالشاي والقهوة من الساعة 18:30، ورعاية الأطفال "
            "متاحة بالحجز المسبق.",
        ),
        "webinar": (
            "ندوة عبر الإنترنت للمعلّمين: {topic}",
            "ساعة عبر الإنترنت للمعلّمين والعاملين مع الشباب حول موضوع «{topic}»، مع خطة درس "
            "جاهزة وأحدث نصائح المركز الوطني للإنترنت الأكثر أمانًا. المنظِّم: {org}.\n\nمع "
            "ترجمة نصية.",
        ),
        "panel": (
            "حلقة نقاش شبابية: {topic}",
            "يدير شباب حلقة نقاش حول موضوع «{topic}» ويطرحون أسئلتهم على مسؤولين محليين وممثّلة "
            "عن إحدى المنصات. المنظِّم: {org}.\n\nمفتوحة للجميع من عمر 13 عامًا فما فوق.",
        ),
    },
    "es": {
        "assembly": (
            "Mañana por un internet más seguro: {topic}",
            "El alumnado dedica la mañana al tema «{topic}»: cortometrajes, un concurso y un "
            "debate en clase guiado por el alumnado embajador digital. Organiza: {org}.\n\nLas "
            "familias están invitadas a la sesión de cierre, en la que las clases muestran sus "
            "trabajos.",
        ),
        "parents": (
            "Charla para familias: {topic}",
            "Una tarde para madres, padres y cuidadores. Nuestra ponente explica el tema "
            "«{topic}» con palabras sencillas y responde a sus preguntas. Organiza: {org}.\n\n"
            "Café a partir de las 18:30; servicio de cuidado infantil con inscripción previa.",
        ),
        "webinar": (
            "Seminario web para docentes: {topic}",
            "Una hora en línea para docentes y educadores sobre «{topic}», con una unidad "
            "didáctica lista para usar y los últimos consejos del centro nacional de internet "
            "segura. Organiza: {org}.\n\nCon subtítulos.",
        ),
        "panel": (
            "Mesa redonda juvenil: {topic}",
            "Jóvenes moderan una mesa redonda sobre «{topic}» y plantean sus preguntas a "
            "responsables municipales y a una representante de una plataforma. Organiza: "
            "{org}.\n\nAbierta a todas las personas a partir de 13 años.",
        ),
    },
    "it": {
        "assembly": (
            "Mattinata per un internet più sicuro: {topic}",
            "Alunne e alunni dedicano la mattinata al tema «{topic}»: cortometraggi, un quiz e "
            "una discussione in classe guidata dai tutor digitali della scuola. Organizza: "
            "{org}.\n\nLe famiglie sono invitate all’incontro finale, in cui le classi presentano "
            "i loro lavori.",
        ),
        "parents": (
            "Serata per genitori: {topic}",
            "Una serata per genitori e caregiver. La nostra relatrice spiega il tema «{topic}» "
            "con parole semplici e risponde alle vostre domande. Organizza: {org}.\n\nCaffè "
            "dalle 18:30; servizio di baby-sitting su prenotazione.",
        ),
        "webinar": (
            "Webinar per insegnanti: {topic}",
            "Un’ora online per insegnanti ed educatori sul tema «{topic}», con un’unità "
            "didattica pronta all’uso e i consigli più recenti del centro nazionale per un "
            "internet più sicuro. Organizza: {org}.\n\nCon sottotitoli.",
        ),
        "panel": (
            "Tavola rotonda dei giovani: {topic}",
            "Ragazze e ragazzi moderano una tavola rotonda sul tema «{topic}» e pongono le loro "
            "domande ad amministratori locali e a una rappresentante di una piattaforma. "
            "Organizza: {org}.\n\nAperta a tutti dai 13 anni in su.",
        ),
    },
    "nl": {
        "assembly": (
            "Ochtend voor een veiliger internet: {topic}",
            "Leerlingen besteden de ochtend aan het thema ‘{topic}’: korte films, een quiz en "
            "een klassengesprek onder leiding van de digitale ambassadeurs van de school. "
            "Organisatie: {org}.\n\nGezinnen zijn welkom bij de slotpresentatie, waarin de "
            "klassen hun werk laten zien.",
        ),
        "parents": (
            "Ouderavond: {topic}",
            "Een avond voor ouders en verzorgers. Onze spreker legt het thema ‘{topic}’ in "
            "gewone woorden uit en beantwoordt uw vragen. Organisatie: {org}.\n\nKoffie en thee "
            "vanaf 18.30 uur; kinderopvang na aanmelding.",
        ),
        "webinar": (
            "Webinar voor leraren: {topic}",
            "Een uur online voor leraren en jongerenwerkers over ‘{topic}’, met een "
            "kant-en-klare les en het nieuwste advies van het nationale Safer Internet Centre. "
            "Organisatie: {org}.\n\nMet ondertiteling.",
        ),
        "panel": (
            "Jongerenpanel: {topic}",
            "Jongeren leiden een panel over ‘{topic}’ en stellen hun vragen aan lokale "
            "bestuurders en een vertegenwoordiger van een platform. Organisatie: {org}.\n\n"
            "Open voor iedereen vanaf 13 jaar.",
        ),
    },
}

ACCESSIBILITY = {
    "en": "Step-free entrance from the car park; hearing loop in the hall.",
    "fi": "Esteetön sisäänkäynti pysäköintialueelta; salissa induktiosilmukka.",
    "fr": "Entrée de plain-pied depuis le parking ; boucle magnétique dans la salle.",
    "de": "Stufenloser Eingang vom Parkplatz; Induktionsschleife im Saal.",
    "pl": "Wejście bez schodów od strony parkingu; pętla indukcyjna w sali.",
    "el": "Είσοδος χωρίς σκαλοπάτια από τον χώρο στάθμευσης· επαγωγικός βρόχος στην αίθουσα.",
    "ar": "مدخل بلا درجات من موقف السيارات، وحلقة سمعية في القاعة.",
    "es": "Entrada sin escalones desde el aparcamiento; bucle magnético en la sala.",
    "it": "Ingresso senza gradini dal parcheggio; anello a induzione nella sala.",
    "nl": "Drempelvrije ingang vanaf het parkeerterrein; ringleiding in de zaal.",
}

STATUS_NOTES = {
    "en": {
        "cancelled": "Cancelled: the school is closed for repairs that week.",
        "postponed": "Postponed because of the storm warning; the new date follows soon.",
        "moved-online": "Moved online: the hall is not available. Join with the link below.",
    },
    "fi": {
        "cancelled": "Peruttu: koulu on sillä viikolla suljettu korjausten vuoksi.",
        "postponed": "Siirretty myrskyvaroituksen vuoksi; uusi päivä ilmoitetaan pian.",
        "moved-online": "Siirretty verkkoon: sali ei ole käytettävissä. Liity alla olevasta linkistä.",
    },
    "fr": {
        "cancelled": "Annulé : l’école est fermée pour travaux cette semaine-là.",
        "postponed": "Reporté en raison de l’alerte tempête ; la nouvelle date suivra bientôt.",
        "moved-online": "Passé en ligne : la salle n’est pas disponible. Rejoignez-nous avec le lien ci-dessous.",
    },
    "de": {
        "cancelled": "Abgesagt: Die Schule ist in dieser Woche wegen Bauarbeiten geschlossen.",
        "postponed": "Verschoben wegen der Sturmwarnung; der neue Termin folgt bald.",
        "moved-online": "Online statt vor Ort: Der Saal ist nicht verfügbar. Nehmen Sie über den Link unten teil.",
    },
    "pl": {
        "cancelled": "Odwołane: w tym tygodniu szkoła jest zamknięta z powodu remontu.",
        "postponed": "Przełożone z powodu ostrzeżenia przed wichurą; nowy termin wkrótce.",
        "moved-online": "Przeniesione do sieci: sala jest niedostępna. Dołącz przez link poniżej.",
    },
    "el": {
        "cancelled": "Ακυρώνεται: το σχολείο είναι κλειστό για επισκευές εκείνη την εβδομάδα.",
        "postponed": "Αναβάλλεται λόγω προειδοποίησης για καταιγίδα· η νέα ημερομηνία θα ανακοινωθεί σύντομα.",
        "moved-online": "Μεταφέρθηκε online: η αίθουσα δεν είναι διαθέσιμη. Συνδεθείτε από τον σύνδεσμο παρακάτω.",
    },
    "ar": {
        "cancelled": "أُلغيت: المدرسة مغلقة للصيانة في ذلك الأسبوع.",
        "postponed": "أُجّلت بسبب التحذير من العاصفة، وسيُعلن الموعد الجديد قريبًا.",
        "moved-online": "نُقلت إلى الإنترنت: القاعة غير متاحة. انضمّوا عبر الرابط أدناه.",
    },
    "es": {
        "cancelled": "Cancelado: el colegio está cerrado por obras esa semana.",
        "postponed": "Aplazado por el aviso de temporal; pronto anunciaremos la nueva fecha.",
        "moved-online": "Pasa a ser en línea: la sala no está disponible. Únase con el enlace de abajo.",
    },
    "it": {
        "cancelled": "Annullato: la scuola è chiusa per lavori quella settimana.",
        "postponed": "Rinviato per l’allerta meteo; la nuova data sarà comunicata a breve.",
        "moved-online": "Spostato online: la sala non è disponibile. Partecipa con il link qui sotto.",
    },
    "nl": {
        "cancelled": "Geannuleerd: de school is die week gesloten voor verbouwing.",
        "postponed": "Uitgesteld vanwege de stormwaarschuwing; de nieuwe datum volgt snel.",
        "moved-online": "Online in plaats van ter plaatse: de zaal is niet beschikbaar. Doe mee via de link hieronder.",
    },
}

# Editions the sample events belong to, with the day each edition was (or will be) held.
EDITION_DAYS = {
    2017: date(2017, 2, 7),
    2018: date(2018, 2, 6),
    2019: date(2019, 2, 5),
    2020: date(2020, 2, 11),
    2021: date(2021, 2, 9),
    2022: date(2022, 2, 8),
    2023: date(2023, 2, 7),
    2024: date(2024, 2, 6),
    2025: date(2025, 2, 11),
    2026: date(2026, 2, 10),
    2027: date(2027, 2, 9),
}
# The coming edition gets more events, as sites do in the weeks before the day.
EDITION_WEIGHTS = {year: (6 if year == 2027 else 2 if year >= 2024 else 1) for year in EDITION_DAYS}


@dataclass
class SampleEvent:
    external_id: str
    language: str
    title: str
    description: str
    kind: str
    start_date: date
    start_time: time
    end_date: date
    end_time: time
    time_zone: str
    attendance_mode: str
    status: str
    status_note: str
    venue_name: str
    city: str
    country: str
    accessibility_notes: str
    online_url: str
    organiser_name: str
    organiser_website: str
    organiser_email: str
    audiences: list
    languages: list
    registration_mode: str
    registration_url: str
    edition_year: int


def slugify_ascii(text):
    from django.utils.text import slugify

    return slugify(text) or "group"


def sample_events(count=None):
    """The sample events, always the same ones (fixed seed), in creation order."""
    rng = random.Random(20270209)  # noqa: S311 - demo data, not security
    plan = [language for language, share in SHARES.items() for _ in range(share)]
    rng.shuffle(plan)
    years = list(EDITION_WEIGHTS)
    weights = [EDITION_WEIGHTS[year] for year in years]
    events = []
    for number, language in enumerate(plan, start=1):
        kind = rng.choice(list(KINDS))
        spec = KINDS[kind]
        mode = rng.choice(spec["modes"])
        country = rng.choice(list(PLACES[language]))
        city, zone = rng.choice(PLACES[language][country])
        organiser_index = rng.randrange(len(ORGANISERS[language]))
        organiser = ORGANISERS[language][organiser_index]
        topic = rng.choice(TOPICS[language])
        title, description = TEXTS[language][kind]
        year = rng.choices(years, weights)[0]
        day = EDITION_DAYS[year] + timedelta(days=rng.choice([0, 0, 0, 0, -1, 1, 2, -6, 7]))
        first_hour, last_hour = spec["hours"]
        start_hour = rng.randint(first_hour, last_hour - 1)
        length = rng.choice([1, 1, 2, 2, 3]) if kind != "webinar" else 1
        start_time = time(start_hour, rng.choice([0, 0, 30]))
        end_hour = min(start_hour + length, 23)
        end_time = time(end_hour, start_time.minute)
        status = rng.choices(
            ["scheduled", "cancelled", "postponed", "moved-online"], [88, 5, 3, 4]
        )[0]
        if status == "moved-online" and mode == "online":
            status = "scheduled"
        org_slug = f"{slugify_ascii(organiser)[:40]}-{language}"
        if language in ("el", "ar"):
            org_slug = f"sample-group-{organiser_index + 1}-{language}"
        in_person = mode in ("in-person", "mixed")
        online = mode in ("online", "mixed") or status == "moved-online"
        registration = rng.choices(["none", "external"], [55, 45])[0]
        event_languages = [language]
        if language == "ar" or (language != "en" and rng.random() < 0.15):
            event_languages.append(
                "en" if language != "ar" else rng.choice(["fr", "de", "nl", "en"])
            )
        events.append(
            SampleEvent(
                external_id=f"sample-{number:04d}",
                language=language,
                title=title.format(topic=topic, org=organiser),
                description=description.format(topic=topic, org=organiser),
                kind=kind,
                start_date=day,
                start_time=start_time,
                end_date=day,
                end_time=end_time,
                time_zone=zone,
                attendance_mode=mode,
                status=status,
                status_note=STATUS_NOTES[language].get(status, ""),
                venue_name=organiser if in_person else "",
                city=city if in_person else "",
                country=country,
                accessibility_notes=ACCESSIBILITY[language]
                if in_person and rng.random() < 0.6
                else "",
                online_url=f"https://meet.example.org/{org_slug}-{number}" if online else "",
                organiser_name=organiser,
                organiser_website=f"https://{org_slug}.example.org/",
                organiser_email=f"sid-{number}@{org_slug}.example.org",
                audiences=list(spec["audiences"]),
                languages=event_languages,
                registration_mode=registration,
                registration_url=(
                    f"https://{org_slug}.example.org/register/{number}"
                    if registration == "external"
                    else ""
                ),
                edition_year=year,
            )
        )
        if count is not None and len(events) >= count:
            break
    return events
