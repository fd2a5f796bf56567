"""Real help routes for the demo: countries' awareness centres, helplines and hotlines as they
publish them, INHOPE and NCMEC, and the /help/ section with its translations.

Facts were written down on VERIFIED_ON from the organisations' own publications; where a
detail (opening hours, a chat address) was not certain it is left empty rather than guessed.
Idempotent: organisations are matched by slug, phones by position, pages by slug.
"""

from datetime import date

from django.conf import settings
from wagtail.models import Locale

from core.locales import sync_all_locales
from core.localize import translate_from_strings
from home.models import HomePage

from .cache import forget_help_blocks
from .models import Country, HelpIndexPage, Organisation, OrganisationKind, OrganisationPhone
from .seed import seed_countries

VERIFIED_ON = date(2026, 11, 23)
DEMO_LANGUAGES = ("fi", "fr", "de", "pl", "el", "ar")

AWARENESS = OrganisationKind.AWARENESS_CENTRE
HELPLINE = OrganisationKind.HELPLINE
HOTLINE = OrganisationKind.HOTLINE
NGO = OrganisationKind.NGO
PUBLIC_BODY = OrganisationKind.PUBLIC_BODY

# --- Descriptions (English source; translations below) ----------------------------------
D_AWARENESS = (
    "Safer Internet awareness centre: advice and teaching material on staying safe online "
    "for children, parents and schools."
)
D_HELPLINE_YOUNG = (
    "Free, confidential support for children and young people: talk about anything that "
    "worries you, online or offline."
)
D_HELPLINE_FAMILY = (
    "Free, confidential support for children, young people and the adults who care for them."
)
D_HOTLINE = (
    "Takes anonymous reports of child sexual abuse material found online and has it removed, "
    "working with the police and the INHOPE network."
)
D_INHOPE = (
    "The international network of hotlines. If your country has no hotline, INHOPE passes "
    "your report to the hotline of the country where the material is hosted."
)
D_NCMEC = (
    "The United States’ national centralised reporting system for the online exploitation of "
    "children, run by the National Center for Missing & Exploited Children."
)
D_MISSING = (
    "Helps families and children when a child goes missing or is sexually exploited, "
    "including online."
)
D_NGO_CHILDREN = (
    "Children’s rights organisation working for children’s safety online and their "
    "protection from sexual abuse."
)
D_PUBLIC_MEDIA = (
    "Public body that promotes media literacy and coordinates national work on children’s "
    "safety online."
)
D_HARMFUL_CONTENT = (
    "Helps anyone aged 13 or over report harmful content online that a platform has not removed."
)
D_CHILD_ABUSE = "Support and advice for anyone worried about a child being abused or neglected."
D_CYBER_HELPLINE = (
    "Free, confidential helpline on cybersecurity and online safety for families, young "
    "people and professionals."
)
D_CYBERVIOLENCE = (
    "Free, anonymous and confidential help for young people facing cyberbullying, sextortion "
    "or other online violence, and for their parents."
)
D_EU_COMMISSION = (
    "The European Union’s executive: proposes EU laws and strategies on children’s safety "
    "online and funds the Safer Internet Centres."
)
D_ONLINE_ABUSE = (
    "Advice and help with online sexual abuse, such as shared nude images, sextortion and grooming."
)

# Phone labels
L_YOUNG = "Children and young people"
L_PARENTS = "Parents and carers"
L_PARENTS_TEACHERS = "Parents and teachers"
L_EVERYONE = "Everyone"
L_WORRIED_ADULTS = "Adults worried about a child"
L_MISSING = "Missing and sexually exploited children"


def phone(dial, label="", hours="", free=True, confidential=True, display=""):
    return {
        "dial": dial,
        "display": display,
        "label": label,
        "hours": hours,
        "free_of_charge": free,
        "confidential": confidential,
    }


def org(slug, name, kind, country, website, description="", **extra):
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "country": country,
        "website": website,
        "description": description,
        **extra,
    }


ORGANISATIONS = [
    # International
    org(
        "inhope",
        "INHOPE",
        HOTLINE,
        None,
        "https://www.inhope.org",
        D_INHOPE,
        languages="en",
        time_zone="Europe/Amsterdam",
    ),
    # The source of the EU policy the news reports on; after INHOPE, which readers need first.
    org(
        "european-commission",
        "European Commission",
        PUBLIC_BODY,
        None,
        "https://commission.europa.eu",
        D_EU_COMMISSION,
        time_zone="Europe/Brussels",
        position=10,
    ),
    # Austria
    org(
        "saferinternet-at",
        "Saferinternet.at",
        AWARENESS,
        "AT",
        "https://www.saferinternet.at",
        D_AWARENESS,
        languages="de",
    ),
    org(
        "rat-auf-draht",
        "Rat auf Draht",
        HELPLINE,
        "AT",
        "https://www.rataufdraht.at",
        D_HELPLINE_FAMILY,
        languages="de",
        phones=[phone("147", L_YOUNG, "24/7")],
    ),
    org(
        "stopline",
        "Stopline",
        HOTLINE,
        "AT",
        "https://www.stopline.at",
        D_HOTLINE,
        languages="de en",
        inhope_member=True,
    ),
    # Belgium
    org(
        "child-focus",
        "Child Focus",
        HELPLINE,
        "BE",
        "https://childfocus.be",
        D_MISSING,
        languages="nl fr de en",
        phones=[phone("116000", L_MISSING, "24/7")],
    ),
    org(
        "stopchildporno-be",
        "Child Focus – stopchildporno.be",
        HOTLINE,
        "BE",
        "https://www.stopchildporno.be",
        D_HOTLINE,
        languages="nl fr",
        inhope_member=True,
    ),
    org(
        "awel",
        "Awel",
        HELPLINE,
        "BE",
        "https://www.awel.be",
        D_HELPLINE_YOUNG,
        languages="nl",
        position=1,
        phones=[phone("102", L_YOUNG)],
    ),
    # Czechia
    org(
        "linka-bezpeci",
        "Linka bezpečí",
        HELPLINE,
        "CZ",
        "https://www.linkabezpeci.cz",
        D_HELPLINE_YOUNG,
        languages="cs",
        phones=[phone("116111", L_YOUNG, "24/7")],
    ),
    org(
        "stoponline-cz",
        "STOPonline.cz",
        HOTLINE,
        "CZ",
        "https://www.stoponline.cz",
        D_HOTLINE,
        languages="cs",
        inhope_member=True,
    ),
    # Germany
    org(
        "klicksafe",
        "klicksafe",
        AWARENESS,
        "DE",
        "https://www.klicksafe.de",
        D_AWARENESS,
        languages="de",
    ),
    org(
        "nummer-gegen-kummer",
        "Nummer gegen Kummer",
        HELPLINE,
        "DE",
        "https://www.nummergegenkummer.de",
        D_HELPLINE_FAMILY,
        languages="de",
        phones=[
            phone("116111", L_YOUNG, "Mo-Sa 14:00-20:00"),
            phone("0800 111 0 550", L_PARENTS, display="0800 111 0 550"),
        ],
    ),
    org(
        "internet-beschwerdestelle",
        "internet-beschwerdestelle.de",
        HOTLINE,
        "DE",
        "https://www.internet-beschwerdestelle.de",
        D_HOTLINE,
        languages="de en",
        inhope_member=True,
    ),
    org(
        "jugendschutz-net",
        "jugendschutz.net",
        HOTLINE,
        "DE",
        "https://www.jugendschutz.net",
        D_HOTLINE,
        languages="de",
        inhope_member=True,
        position=1,
    ),
    # Denmark
    org(
        "bornetelefonen",
        "BørneTelefonen (Børns Vilkår)",
        HELPLINE,
        "DK",
        "https://bornsvilkar.dk",
        D_HELPLINE_YOUNG,
        languages="da",
        phones=[phone("116111", L_YOUNG)],
    ),
    org(
        "red-barnet",
        "Red Barnet",
        HOTLINE,
        "DK",
        "https://redbarnet.dk",
        D_HOTLINE,
        languages="da",
        inhope_member=True,
    ),
    # Estonia
    org(
        "lasteabi",
        "Lasteabi",
        HELPLINE,
        "EE",
        "https://www.lasteabi.ee",
        D_HELPLINE_FAMILY,
        languages="et ru",
        phones=[phone("116111", L_EVERYONE, "24/7")],
    ),
    # Spain
    org(
        "is4k",
        "Internet Segura for Kids (IS4K)",
        AWARENESS,
        "ES",
        "https://www.is4k.es",
        D_AWARENESS,
        languages="es",
    ),
    org(
        "incibe-017",
        "INCIBE – Tu Ayuda en Ciberseguridad",
        HELPLINE,
        "ES",
        "https://www.incibe.es",
        D_CYBER_HELPLINE,
        languages="es",
        position=1,
        phones=[phone("017", L_EVERYONE, "Mo-Su 08:00-23:00")],
    ),
    org(
        "fundacion-anar",
        "Fundación ANAR",
        HELPLINE,
        "ES",
        "https://www.anar.org",
        D_HELPLINE_YOUNG,
        languages="es",
        phones=[phone("900 20 20 10", L_YOUNG, "24/7", display="900 20 20 10")],
    ),
    # Finland
    org(
        "kavi",
        "KAVI – Kansallinen audiovisuaalinen instituutti",
        AWARENESS,
        "FI",
        "https://kavi.fi",
        D_PUBLIC_MEDIA,
        languages="fi sv",
    ),
    org(
        "mll-lasten-ja-nuorten-puhelin",
        "MLL – Lasten ja nuorten puhelin",
        HELPLINE,
        "FI",
        "https://www.mll.fi",
        D_HELPLINE_YOUNG,
        languages="fi",
        phones=[phone("116111", L_YOUNG, "Mo-Fr 14:00-20:00; Sa,Su 17:00-20:00")],
    ),
    org(
        "nettivihje",
        "Nettivihje",
        HOTLINE,
        "FI",
        "https://www.nettivihje.fi",
        D_HOTLINE,
        languages="fi sv en",
        inhope_member=True,
    ),
    org(
        "pelastakaa-lapset",
        "Pelastakaa Lapset – Save the Children Finland",
        NGO,
        "FI",
        "https://pelastakaalapset.fi",
        D_NGO_CHILDREN,
        languages="fi sv en",
    ),
    # France
    org(
        "internet-sans-crainte",
        "Internet Sans Crainte",
        AWARENESS,
        "FR",
        "https://www.internetsanscrainte.fr",
        D_AWARENESS,
        languages="fr",
    ),
    org(
        "e-enfance-3018",
        "3018 – Association e-Enfance",
        HELPLINE,
        "FR",
        "https://www.e-enfance.org",
        D_CYBERVIOLENCE,
        languages="fr",
        # The 3018 answers by phone and by chat on its website, every day 9:00–23:00.
        chat_url="https://www.e-enfance.org/",
        hours="Mo-Su 09:00-23:00",
        phones=[phone("3018", L_YOUNG, "Mo-Su 09:00-23:00")],
    ),
    org(
        "allo-119",
        "Allô Enfance en Danger – 119",
        HELPLINE,
        "FR",
        "https://www.allo119.gouv.fr",
        D_CHILD_ABUSE,
        languages="fr",
        position=1,
        phones=[phone("119", L_EVERYONE, "24/7")],
    ),
    org(
        "point-de-contact",
        "Point de Contact",
        HOTLINE,
        "FR",
        "https://www.pointdecontact.net",
        D_HOTLINE,
        languages="fr",
        inhope_member=True,
    ),
    # Greece
    org(
        "saferinternet4kids",
        "SaferInternet4Kids",
        AWARENESS,
        "GR",
        "https://saferinternet4kids.gr",
        D_AWARENESS,
        languages="el",
    ),
    org(
        "help-line-gr",
        "Help-line (Safer Internet Hellas)",
        HELPLINE,
        "GR",
        "https://www.help-line.gr",
        D_CYBER_HELPLINE,
        languages="el",
        phones=[
            phone("210 6007686", L_EVERYONE, free=False, confidential=False, display="210 6007686")
        ],
    ),
    org(
        "hamogelo",
        "Το Χαμόγελο του Παιδιού",
        HELPLINE,
        "GR",
        "https://www.hamogelo.gr",
        D_HELPLINE_YOUNG,
        languages="el",
        position=1,
        phones=[phone("116111", L_YOUNG)],
    ),
    org(
        "safeline",
        "SafeLine",
        HOTLINE,
        "GR",
        "https://www.safeline.gr",
        D_HOTLINE,
        languages="el en",
        inhope_member=True,
    ),
    # Croatia
    org(
        "hrabri-telefon",
        "Hrabri telefon",
        HELPLINE,
        "HR",
        "https://hrabritelefon.hr",
        D_HELPLINE_FAMILY,
        languages="hr",
        phones=[phone("116111", L_YOUNG)],
    ),
    # Hungary
    org(
        "kek-vonal",
        "Kék Vonal",
        HELPLINE,
        "HU",
        "https://kek-vonal.hu",
        D_HELPLINE_YOUNG,
        languages="hu",
        phones=[phone("116111", L_YOUNG, "24/7")],
    ),
    # Ireland
    org(
        "webwise",
        "Webwise",
        AWARENESS,
        "IE",
        "https://www.webwise.ie",
        D_AWARENESS,
        languages="en ga",
    ),
    org(
        "childline-ie",
        "Childline (ISPCC)",
        HELPLINE,
        "IE",
        "https://www.childline.ie",
        D_HELPLINE_YOUNG,
        languages="en",
        phones=[phone("1800 66 66 66", L_YOUNG, "24/7", display="1800 66 66 66")],
    ),
    org(
        "hotline-ie",
        "Hotline.ie",
        HOTLINE,
        "IE",
        "https://www.hotline.ie",
        D_HOTLINE,
        languages="en ga",
        inhope_member=True,
    ),
    # Iceland
    org(
        "saft",
        "SAFT",
        AWARENESS,
        "IS",
        "https://saft.is",
        D_AWARENESS,
        languages="is",
    ),
    org(
        "hjalparsimi-1717",
        "Hjálparsími Rauða krossins 1717",
        HELPLINE,
        "IS",
        "https://www.1717.is",
        D_HELPLINE_FAMILY,
        languages="is en",
        phones=[phone("1717", L_EVERYONE, "24/7")],
    ),
    # Italy
    org(
        "generazioni-connesse",
        "Generazioni Connesse",
        AWARENESS,
        "IT",
        "https://www.generazioniconnesse.it",
        D_AWARENESS,
        languages="it",
    ),
    org(
        "telefono-azzurro",
        "Telefono Azzurro",
        HELPLINE,
        "IT",
        "https://azzurro.it",
        D_HELPLINE_FAMILY,
        languages="it",
        phones=[phone("19696", L_YOUNG, "24/7")],
    ),
    # Lithuania
    org(
        "vaiku-linija",
        "Vaikų linija",
        HELPLINE,
        "LT",
        "https://www.vaikulinija.lt",
        D_HELPLINE_YOUNG,
        languages="lt",
        phones=[phone("116111", L_YOUNG)],
    ),
    # Luxembourg
    org(
        "bee-secure-helpline",
        "BEE SECURE Helpline",
        HELPLINE,
        "LU",
        "https://www.bee-secure.lu",
        D_CYBER_HELPLINE,
        languages="lb fr de en",
        phones=[phone("8002 1234", L_EVERYONE, display="8002 1234")],
    ),
    org(
        "bee-secure-stopline",
        "BEE SECURE Stopline",
        HOTLINE,
        "LU",
        "https://stopline.bee-secure.lu",
        D_HOTLINE,
        languages="lb fr de en",
        inhope_member=True,
    ),
    # Netherlands
    org(
        "helpwanted",
        "Helpwanted",
        HELPLINE,
        "NL",
        "https://www.helpwanted.nl",
        D_ONLINE_ABUSE,
        languages="nl en",
        position=1,
    ),
    org(
        "kindertelefoon",
        "De Kindertelefoon",
        HELPLINE,
        "NL",
        "https://www.kindertelefoon.nl",
        D_HELPLINE_YOUNG,
        languages="nl",
        phones=[phone("0800 0432", L_YOUNG, display="0800 0432")],
    ),
    org(
        "offlimits",
        "Offlimits",
        HOTLINE,
        "NL",
        "https://www.offlimits.nl",
        D_HOTLINE,
        languages="nl en",
        inhope_member=True,
    ),
    # Norway
    org(
        "medietilsynet",
        "Medietilsynet",
        PUBLIC_BODY,
        "NO",
        "https://www.medietilsynet.no",
        D_PUBLIC_MEDIA,
        languages="nb nn",
    ),
    org(
        "alarmtelefonen",
        "Alarmtelefonen for barn og unge",
        HELPLINE,
        "NO",
        "https://www.116111.no",
        D_HELPLINE_YOUNG,
        languages="nb",
        phones=[phone("116111", L_YOUNG)],
    ),
    org(
        "kors-pa-halsen",
        "Kors på halsen (Røde Kors)",
        HELPLINE,
        "NO",
        "https://www.rodekors.no",
        D_HELPLINE_YOUNG,
        languages="nb",
        position=1,
        phones=[phone("800 33 321", L_YOUNG, display="800 33 321")],
    ),
    # Poland
    org(
        "nask",
        "NASK – Polskie Centrum Programu Safer Internet",
        AWARENESS,
        "PL",
        "https://www.nask.pl",
        D_AWARENESS,
        languages="pl",
    ),
    org(
        "telefon-zaufania-116111",
        "Telefon Zaufania dla Dzieci i Młodzieży 116 111",
        HELPLINE,
        "PL",
        "https://116111.pl",
        D_HELPLINE_YOUNG,
        languages="pl uk",
        phones=[
            phone("116111", L_YOUNG, "24/7"),
            phone("800 100 100", L_PARENTS_TEACHERS, display="800 100 100"),
        ],
    ),
    org(
        "dyzurnet",
        "Dyżurnet.pl",
        HOTLINE,
        "PL",
        "https://dyzurnet.pl",
        D_HOTLINE,
        languages="pl en",
        inhope_member=True,
    ),
    # Portugal
    org(
        "linha-internet-segura",
        "Linha Internet Segura (APAV)",
        HELPLINE,
        "PT",
        "https://www.internetsegura.pt",
        D_CYBER_HELPLINE,
        languages="pt",
        phones=[phone("800 21 90 90", L_EVERYONE, display="800 21 90 90")],
    ),
    org(
        "linha-internet-segura-denuncias",
        "Linha Internet Segura – denúncias",
        HOTLINE,
        "PT",
        "https://www.internetsegura.pt",
        D_HOTLINE,
        languages="pt",
        inhope_member=True,
    ),
    org(
        "sos-crianca",
        "SOS-Criança (Instituto de Apoio à Criança)",
        HELPLINE,
        "PT",
        "https://iacrianca.pt",
        D_HELPLINE_YOUNG,
        languages="pt",
        position=1,
        phones=[phone("116111", L_YOUNG)],
    ),
    # Romania
    org(
        "telefonul-copilului",
        "Telefonul Copilului",
        HELPLINE,
        "RO",
        "https://www.telefonulcopilului.ro",
        D_HELPLINE_YOUNG,
        languages="ro",
        phones=[phone("116111", L_YOUNG)],
    ),
    # Sweden
    org(
        "mediemyndigheten",
        "Mediemyndigheten",
        PUBLIC_BODY,
        "SE",
        "https://www.mediemyndigheten.se",
        D_PUBLIC_MEDIA,
        languages="sv",
    ),
    org(
        "bris",
        "BRIS – Barnens rätt i samhället",
        HELPLINE,
        "SE",
        "https://www.bris.se",
        D_HELPLINE_YOUNG,
        languages="sv en",
        phones=[phone("116111", L_YOUNG)],
    ),
    org(
        "ecpat-sverige",
        "ECPAT Sverige",
        HOTLINE,
        "SE",
        "https://www.ecpat.se",
        D_HOTLINE,
        languages="sv",
        inhope_member=True,
    ),
    # Slovenia
    org(
        "safe-si",
        "Safe.si – Center za varnejši internet",
        AWARENESS,
        "SI",
        "https://safe.si",
        D_AWARENESS,
        languages="sl",
    ),
    org(
        "spletno-oko",
        "Spletno oko",
        HOTLINE,
        "SI",
        "https://www.spletno-oko.si",
        D_HOTLINE,
        languages="sl",
        inhope_member=True,
    ),
    # Switzerland
    org(
        "jugend-und-medien",
        "Jugend und Medien",
        PUBLIC_BODY,
        "CH",
        "https://www.jugendundmedien.ch",
        D_PUBLIC_MEDIA,
        languages="de fr it",
    ),
    org(
        "pro-juventute-147",
        "Pro Juventute – Beratung + Hilfe 147",
        HELPLINE,
        "CH",
        "https://www.147.ch",
        D_HELPLINE_YOUNG,
        languages="de fr it",
        phones=[phone("147", L_YOUNG, "24/7")],
    ),
    # Ukraine
    org(
        "la-strada-ukraine",
        "La Strada-Україна: Національна дитяча гаряча лінія",
        HELPLINE,
        "UA",
        "https://la-strada.org.ua",
        D_HELPLINE_FAMILY,
        languages="uk",
        phones=[
            phone("116111", L_YOUNG),
            phone("0 800 500 225", L_YOUNG, display="0 800 500 225"),
        ],
    ),
    # United Kingdom
    org(
        "uk-safer-internet-centre",
        "UK Safer Internet Centre",
        AWARENESS,
        "GB",
        "https://saferinternet.org.uk",
        D_AWARENESS,
        languages="en",
    ),
    org(
        "childline-uk",
        "Childline (NSPCC)",
        HELPLINE,
        "GB",
        "https://www.childline.org.uk",
        D_HELPLINE_YOUNG,
        languages="en cy",
        chat_url="https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/",
        phones=[phone("0800 1111", L_YOUNG, "24/7", display="0800 1111")],
    ),
    org(
        "nspcc-helpline",
        "NSPCC Helpline",
        HELPLINE,
        "GB",
        "https://www.nspcc.org.uk",
        D_CHILD_ABUSE,
        languages="en",
        position=1,
        phones=[phone("0808 800 5000", L_WORRIED_ADULTS, display="0808 800 5000")],
    ),
    org(
        "iwf",
        "Internet Watch Foundation (IWF)",
        HOTLINE,
        "GB",
        "https://www.iwf.org.uk",
        D_HOTLINE,
        languages="en",
        inhope_member=True,
        report_url="https://report.iwf.org.uk",
    ),
    org(
        "report-harmful-content",
        "Report Harmful Content",
        NGO,
        "GB",
        "https://reportharmfulcontent.com",
        D_HARMFUL_CONTENT,
        languages="en",
    ),
    # United States
    org(
        "ncmec-cybertipline",
        "NCMEC CyberTipline",
        HOTLINE,
        "US",
        "https://www.missingkids.org",
        D_NCMEC,
        languages="en es",
        inhope_member=True,
        report_url="https://report.cybertip.org",
        phones=[phone("1-800-843-5678", L_EVERYONE, "24/7", display="1-800-THE-LOST")],
    ),
    org(
        "childhelp",
        "Childhelp National Child Abuse Hotline",
        HELPLINE,
        "US",
        "https://www.childhelp.org",
        D_CHILD_ABUSE,
        languages="en es",
        phones=[phone("1-800-422-4453", L_EVERYONE, "24/7", display="1-800-422-4453")],
    ),
]

# --- Translations: every description and phone label in the demo languages --------------
TRANSLATIONS = {
    D_AWARENESS: {
        "fi": "Turvallisemman internetin tietoisuuskeskus: neuvoja ja opetusmateriaalia turvalliseen netinkäyttöön lapsille, vanhemmille ja kouluille.",
        "fr": "Centre de sensibilisation pour un internet plus sûr : conseils et supports pédagogiques sur la sécurité en ligne pour les enfants, les parents et les écoles.",
        "de": "Awareness-Zentrum für ein sichereres Internet: Rat und Unterrichtsmaterial zur Sicherheit im Netz für Kinder, Eltern und Schulen.",
        "pl": "Centrum świadomości bezpieczniejszego internetu: porady i materiały edukacyjne o bezpieczeństwie w sieci dla dzieci, rodziców i szkół.",
        "el": "Κέντρο ενημέρωσης για ένα ασφαλέστερο διαδίκτυο: συμβουλές και εκπαιδευτικό υλικό για την ασφάλεια στο διαδίκτυο για παιδιά, γονείς και σχολεία.",
        "ar": "مركز توعية من أجل إنترنت أكثر أمانًا: نصائح ومواد تعليمية حول السلامة على الإنترنت للأطفال والآباء والمدارس.",
    },
    D_HELPLINE_YOUNG: {
        "fi": "Maksutonta ja luottamuksellista tukea lapsille ja nuorille: voit puhua mistä tahansa, mikä huolestuttaa sinua, netissä tai sen ulkopuolella.",
        "fr": "Écoute gratuite et confidentielle pour les enfants et les jeunes : parle de tout ce qui t’inquiète, en ligne ou hors ligne.",
        "de": "Kostenlose, vertrauliche Beratung für Kinder und Jugendliche: Sprich über alles, was dir Sorgen macht, online oder offline.",
        "pl": "Bezpłatne i poufne wsparcie dla dzieci i młodzieży: porozmawiaj o wszystkim, co cię niepokoi, w sieci i poza nią.",
        "el": "Δωρεάν και εμπιστευτική υποστήριξη για παιδιά και νέους: μίλησε για οτιδήποτε σε ανησυχεί, στο διαδίκτυο ή εκτός.",
        "ar": "دعم مجاني وسري للأطفال والشباب: تحدّث عن أي شيء يقلقك، على الإنترنت أو خارجه.",
    },
    D_HELPLINE_FAMILY: {
        "fi": "Maksutonta ja luottamuksellista tukea lapsille, nuorille ja heistä huolehtiville aikuisille.",
        "fr": "Soutien gratuit et confidentiel pour les enfants, les jeunes et les adultes qui s’occupent d’eux.",
        "de": "Kostenlose, vertrauliche Beratung für Kinder, Jugendliche und die Erwachsenen, die für sie sorgen.",
        "pl": "Bezpłatne i poufne wsparcie dla dzieci, młodzieży i dorosłych, którzy się nimi opiekują.",
        "el": "Δωρεάν και εμπιστευτική υποστήριξη για παιδιά, νέους και τους ενήλικες που τους φροντίζουν.",
        "ar": "دعم مجاني وسري للأطفال والشباب والبالغين الذين يرعونهم.",
    },
    D_HOTLINE: {
        "fi": "Ottaa vastaan nimettömiä ilmoituksia verkosta löytyneestä lasten seksuaalisen hyväksikäytön materiaalista ja poistattaa sen yhteistyössä poliisin ja INHOPE-verkoston kanssa.",
        "fr": "Reçoit les signalements anonymes de contenus d’abus sexuels sur enfants trouvés en ligne et les fait retirer, en lien avec la police et le réseau INHOPE.",
        "de": "Nimmt anonyme Meldungen über Darstellungen sexuellen Kindesmissbrauchs im Netz entgegen und sorgt gemeinsam mit der Polizei und dem INHOPE-Netzwerk für ihre Löschung.",
        "pl": "Przyjmuje anonimowe zgłoszenia materiałów przedstawiających seksualne wykorzystywanie dzieci w internecie i doprowadza do ich usunięcia, współpracując z policją i siecią INHOPE.",
        "el": "Δέχεται ανώνυμες καταγγελίες για υλικό σεξουαλικής κακοποίησης παιδιών στο διαδίκτυο και φροντίζει για την αφαίρεσή του, σε συνεργασία με την αστυνομία και το δίκτυο INHOPE.",
        "ar": "يتلقى بلاغات مجهولة الهوية عن مواد الاعتداء الجنسي على الأطفال على الإنترنت ويعمل على إزالتها بالتعاون مع الشرطة وشبكة INHOPE.",
    },
    D_INHOPE: {
        "fi": "Vihjepalveluiden kansainvälinen verkosto. Jos maassasi ei ole vihjepalvelua, INHOPE välittää ilmoituksesi sen maan vihjepalvelulle, jossa materiaali on.",
        "fr": "Le réseau international des lignes de signalement. Si votre pays n’en a pas, INHOPE transmet votre signalement à la ligne du pays où le contenu est hébergé.",
        "de": "Das internationale Netzwerk der Meldestellen. Hat Ihr Land keine Meldestelle, leitet INHOPE Ihre Meldung an die Meldestelle des Landes weiter, in dem das Material gehostet wird.",
        "pl": "Międzynarodowa sieć punktów zgłaszania nielegalnych treści. Jeśli w twoim kraju nie ma takiego punktu, INHOPE przekaże zgłoszenie do punktu w kraju, w którym materiał jest przechowywany.",
        "el": "Το διεθνές δίκτυο γραμμών καταγγελιών. Αν η χώρα σας δεν έχει γραμμή καταγγελιών, το INHOPE διαβιβάζει την καταγγελία σας στη γραμμή της χώρας όπου φιλοξενείται το υλικό.",
        "ar": "الشبكة الدولية لخطوط الإبلاغ. إذا لم يكن في بلدك خط إبلاغ، تحيل INHOPE بلاغك إلى خط الإبلاغ في البلد الذي تُستضاف فيه المواد.",
    },
    D_EU_COMMISSION: {
        "fi": "Euroopan unionin toimeenpaneva elin: ehdottaa EU:n lakeja ja strategioita lasten turvallisuudesta verkossa ja rahoittaa Turvallisemman internetin keskuksia.",
        "fr": "L’organe exécutif de l’Union européenne : propose les lois et les stratégies de l’UE sur la sécurité des enfants en ligne et finance les centres pour un internet plus sûr.",
        "de": "Das Exekutivorgan der Europäischen Union: schlägt Gesetze und Strategien der EU zur Sicherheit von Kindern im Internet vor und finanziert die Safer-Internet-Zentren.",
        "pl": "Organ wykonawczy Unii Europejskiej: proponuje unijne przepisy i strategie dotyczące bezpieczeństwa dzieci w internecie oraz finansuje Centra Bezpieczniejszego Internetu.",
        "el": "Το εκτελεστικό όργανο της Ευρωπαϊκής Ένωσης: προτείνει νόμους και στρατηγικές της ΕΕ για την ασφάλεια των παιδιών στο διαδίκτυο και χρηματοδοτεί τα Κέντρα Ασφαλούς Διαδικτύου.",
        "ar": "الجهاز التنفيذي للاتحاد الأوروبي: يقترح قوانين الاتحاد الأوروبي واستراتيجياته بشأن سلامة الأطفال على الإنترنت ويموّل مراكز الإنترنت الأكثر أمانًا.",
    },
    D_NCMEC: {
        "fi": "Yhdysvaltojen kansallinen keskitetty ilmoitusjärjestelmä lasten hyväksikäytöstä verkossa; sitä ylläpitää National Center for Missing & Exploited Children.",
        "fr": "Le système national centralisé des États-Unis pour signaler l’exploitation des enfants en ligne, géré par le National Center for Missing & Exploited Children.",
        "de": "Das zentrale nationale Meldesystem der Vereinigten Staaten für die Ausbeutung von Kindern im Netz, betrieben vom National Center for Missing & Exploited Children.",
        "pl": "Krajowy scentralizowany system zgłaszania wykorzystywania dzieci w internecie w Stanach Zjednoczonych, prowadzony przez National Center for Missing & Exploited Children.",
        "el": "Το εθνικό κεντρικό σύστημα καταγγελιών των Ηνωμένων Πολιτειών για την εκμετάλλευση παιδιών στο διαδίκτυο, που λειτουργεί από το National Center for Missing & Exploited Children.",
        "ar": "النظام الوطني المركزي في الولايات المتحدة للإبلاغ عن استغلال الأطفال عبر الإنترنت، ويديره المركز الوطني للأطفال المفقودين والمستغَلين (NCMEC).",
    },
    D_MISSING: {
        "fi": "Auttaa perheitä ja lapsia, kun lapsi katoaa tai joutuu seksuaalisen hyväksikäytön kohteeksi, myös verkossa.",
        "fr": "Aide les familles et les enfants lorsqu’un enfant disparaît ou est victime d’exploitation sexuelle, y compris en ligne.",
        "de": "Hilft Familien und Kindern, wenn ein Kind vermisst wird oder sexuell ausgebeutet wird, auch im Internet.",
        "pl": "Pomaga rodzinom i dzieciom, gdy dziecko zaginie lub jest wykorzystywane seksualnie, także w internecie.",
        "el": "Βοηθά οικογένειες και παιδιά όταν ένα παιδί εξαφανίζεται ή πέφτει θύμα σεξουαλικής εκμετάλλευσης, και στο διαδίκτυο.",
        "ar": "يساعد الأسر والأطفال عند اختفاء طفل أو تعرّضه للاستغلال الجنسي، بما في ذلك عبر الإنترنت.",
    },
    D_NGO_CHILDREN: {
        "fi": "Lastenoikeusjärjestö, joka työskentelee lasten turvallisuuden puolesta verkossa ja heidän suojelemisekseen seksuaaliselta hyväksikäytöltä.",
        "fr": "Organisation de défense des droits de l’enfant qui agit pour la sécurité des enfants en ligne et leur protection contre les abus sexuels.",
        "de": "Kinderrechtsorganisation, die sich für die Sicherheit von Kindern im Netz und ihren Schutz vor sexuellem Missbrauch einsetzt.",
        "pl": "Organizacja na rzecz praw dziecka działająca na rzecz bezpieczeństwa dzieci w sieci i ich ochrony przed wykorzystywaniem seksualnym.",
        "el": "Οργάνωση για τα δικαιώματα του παιδιού που εργάζεται για την ασφάλεια των παιδιών στο διαδίκτυο και την προστασία τους από τη σεξουαλική κακοποίηση.",
        "ar": "منظمة لحقوق الطفل تعمل من أجل سلامة الأطفال على الإنترنت وحمايتهم من الاعتداء الجنسي.",
    },
    D_PUBLIC_MEDIA: {
        "fi": "Julkinen viranomainen, joka edistää medialukutaitoa ja koordinoi kansallista työtä lasten turvallisuuden hyväksi verkossa.",
        "fr": "Organisme public qui promeut l’éducation aux médias et coordonne l’action nationale pour la sécurité des enfants en ligne.",
        "de": "Öffentliche Stelle, die Medienkompetenz fördert und die nationale Arbeit für die Sicherheit von Kindern im Netz koordiniert.",
        "pl": "Instytucja publiczna, która wspiera edukację medialną i koordynuje krajowe działania na rzecz bezpieczeństwa dzieci w sieci.",
        "el": "Δημόσιος φορέας που προωθεί τον γραμματισμό στα μέσα και συντονίζει την εθνική δράση για την ασφάλεια των παιδιών στο διαδίκτυο.",
        "ar": "هيئة عامة تعزّز التربية الإعلامية وتنسّق العمل الوطني من أجل سلامة الأطفال على الإنترنت.",
    },
    D_HARMFUL_CONTENT: {
        "fi": "Auttaa kaikkia 13 vuotta täyttäneitä ilmoittamaan haitallisesta verkkosisällöstä, jota palvelu ei ole poistanut.",
        "fr": "Aide toute personne de 13 ans ou plus à signaler un contenu préjudiciable en ligne qu’une plateforme n’a pas retiré.",
        "de": "Hilft allen ab 13 Jahren, schädliche Inhalte im Netz zu melden, die eine Plattform nicht entfernt hat.",
        "pl": "Pomaga każdemu, kto ma co najmniej 13 lat, zgłosić szkodliwe treści w internecie, których platforma nie usunęła.",
        "el": "Βοηθά όποιον είναι 13 ετών και άνω να καταγγείλει επιβλαβές περιεχόμενο στο διαδίκτυο που μια πλατφόρμα δεν έχει αφαιρέσει.",
        "ar": "يساعد كل من بلغ 13 عامًا أو أكثر على الإبلاغ عن المحتوى الضار على الإنترنت الذي لم تُزِله المنصة.",
    },
    D_CHILD_ABUSE: {
        "fi": "Tukea ja neuvoja kaikille, jotka ovat huolissaan lapsen kaltoinkohtelusta tai laiminlyönnistä.",
        "fr": "Soutien et conseils pour toute personne inquiète qu’un enfant soit maltraité ou négligé.",
        "de": "Unterstützung und Rat für alle, die sich Sorgen machen, dass ein Kind misshandelt oder vernachlässigt wird.",
        "pl": "Wsparcie i porady dla każdego, kto obawia się, że dziecko jest krzywdzone lub zaniedbywane.",
        "el": "Υποστήριξη και συμβουλές για όποιον ανησυχεί ότι ένα παιδί κακοποιείται ή παραμελείται.",
        "ar": "دعم ونصائح لكل من يقلق من تعرّض طفل للإساءة أو الإهمال.",
    },
    D_CYBER_HELPLINE: {
        "fi": "Maksuton ja luottamuksellinen neuvontapuhelin kyberturvallisuudesta ja turvallisesta netinkäytöstä perheille, nuorille ja ammattilaisille.",
        "fr": "Ligne d’assistance gratuite et confidentielle sur la cybersécurité et la sécurité en ligne pour les familles, les jeunes et les professionnels.",
        "de": "Kostenlose, vertrauliche Beratungsstelle zu Cybersicherheit und Sicherheit im Netz für Familien, Jugendliche und Fachleute.",
        "pl": "Bezpłatna i poufna linia pomocy w sprawach cyberbezpieczeństwa i bezpieczeństwa w sieci dla rodzin, młodzieży i specjalistów.",
        "el": "Δωρεάν και εμπιστευτική γραμμή βοήθειας για την κυβερνοασφάλεια και την ασφάλεια στο διαδίκτυο για οικογένειες, νέους και επαγγελματίες.",
        "ar": "خط مساعدة مجاني وسري حول الأمن السيبراني والسلامة على الإنترنت للأسر والشباب والمهنيين.",
    },
    D_CYBERVIOLENCE: {
        "fi": "Maksutonta, nimetöntä ja luottamuksellista apua nuorille, jotka kohtaavat nettikiusaamista, seksuaalista kiristystä tai muuta verkkoväkivaltaa, sekä heidän vanhemmilleen.",
        "fr": "Aide gratuite, anonyme et confidentielle pour les jeunes victimes de cyberharcèlement, de sextorsion ou d’autres violences en ligne, et pour leurs parents.",
        "de": "Kostenlose, anonyme und vertrauliche Hilfe für Jugendliche, die Cybermobbing, Sextortion oder andere Gewalt im Netz erleben, und für ihre Eltern.",
        "pl": "Bezpłatna, anonimowa i poufna pomoc dla młodych ludzi, którzy doświadczają cyberprzemocy, sekstorsji lub innej przemocy w sieci, oraz dla ich rodziców.",
        "el": "Δωρεάν, ανώνυμη και εμπιστευτική βοήθεια για νέους που αντιμετωπίζουν διαδικτυακό εκφοβισμό, σεξουαλικό εκβιασμό ή άλλη βία στο διαδίκτυο, και για τους γονείς τους.",
        "ar": "مساعدة مجانية ومجهولة الهوية وسرية للشباب الذين يتعرضون للتنمّر الإلكتروني أو الابتزاز الجنسي أو غيرهما من أشكال العنف على الإنترنت، ولآبائهم.",
    },
    D_ONLINE_ABUSE: {
        "fi": "Neuvoja ja apua verkossa tapahtuvaan seksuaaliseen hyväksikäyttöön, kuten levitettyihin alastonkuviin, seksuaaliseen kiristykseen ja groomingiin.",
        "fr": "Conseils et aide face aux abus sexuels en ligne : images intimes diffusées, sextorsion, pédopiégeage.",
        "de": "Rat und Hilfe bei sexuellem Missbrauch im Netz, etwa bei verbreiteten Nacktbildern, Sextortion und Cybergrooming.",
        "pl": "Porady i pomoc w przypadku wykorzystywania seksualnego w sieci, takiego jak rozpowszechnianie nagich zdjęć, sekstorsja czy grooming.",
        "el": "Συμβουλές και βοήθεια για τη σεξουαλική κακοποίηση στο διαδίκτυο, όπως η διάδοση γυμνών εικόνων, ο σεξουαλικός εκβιασμός και η αποπλάνηση (grooming).",
        "ar": "نصائح ومساعدة في حالات الاعتداء الجنسي عبر الإنترنت، مثل نشر الصور العارية والابتزاز الجنسي والاستدراج.",
    },
    L_YOUNG: {
        "fi": "Lapset ja nuoret",
        "fr": "Enfants et jeunes",
        "de": "Kinder und Jugendliche",
        "pl": "Dzieci i młodzież",
        "el": "Παιδιά και νέοι",
        "ar": "الأطفال والشباب",
    },
    L_PARENTS: {
        "fi": "Vanhemmat ja huoltajat",
        "fr": "Parents et proches",
        "de": "Eltern und Bezugspersonen",
        "pl": "Rodzice i opiekunowie",
        "el": "Γονείς και φροντιστές",
        "ar": "الآباء ومقدّمو الرعاية",
    },
    L_PARENTS_TEACHERS: {
        "fi": "Vanhemmat ja opettajat",
        "fr": "Parents et enseignants",
        "de": "Eltern und Lehrkräfte",
        "pl": "Rodzice i nauczyciele",
        "el": "Γονείς και εκπαιδευτικοί",
        "ar": "الآباء والمعلمون",
    },
    L_EVERYONE: {
        "fi": "Kaikille",
        "fr": "Tout le monde",
        "de": "Für alle",
        "pl": "Dla wszystkich",
        "el": "Για όλους",
        "ar": "للجميع",
    },
    L_WORRIED_ADULTS: {
        "fi": "Lapsesta huolestuneet aikuiset",
        "fr": "Adultes inquiets pour un enfant",
        "de": "Erwachsene, die sich um ein Kind sorgen",
        "pl": "Dorośli zaniepokojeni o dziecko",
        "el": "Ενήλικες που ανησυχούν για ένα παιδί",
        "ar": "البالغون القلقون على طفل",
    },
    L_MISSING: {
        "fi": "Kadonneet ja seksuaalisesti hyväksikäytetyt lapset",
        "fr": "Enfants disparus et sexuellement exploités",
        "de": "Vermisste und sexuell ausgebeutete Kinder",
        "pl": "Dzieci zaginione i wykorzystywane seksualnie",
        "el": "Εξαφανισμένα παιδιά και παιδιά θύματα σεξουαλικής εκμετάλλευσης",
        "ar": "الأطفال المفقودون والمستغَلّون جنسيًا",
    },
}

HELP_PAGE = {
    "title": "Where to get help and report",
    "slug": "help",
    "intro": (
        "Choose your country to find helplines you can talk to and hotlines where you can "
        "report child sexual abuse material. Report it, don’t ignore it: every report counts."
    ),
}

HELP_PAGE_TRANSLATIONS = {
    "fi": {
        HELP_PAGE["title"]: "Mistä saa apua ja minne ilmoittaa",
        HELP_PAGE["intro"]: (
            "Valitse maasi, niin löydät auttavat puhelimet, joihin voit soittaa, ja "
            "vihjepalvelut, joihin voit ilmoittaa lasten seksuaalisen hyväksikäytön "
            "materiaalista. Ilmoita, älä ohita: jokainen ilmoitus on tärkeä."
        ),
    },
    "fr": {
        HELP_PAGE["title"]: "Où trouver de l’aide et signaler",
        HELP_PAGE["intro"]: (
            "Choisissez votre pays pour trouver des lignes d’écoute et des lignes de "
            "signalement des contenus d’abus sexuels sur enfants. Signalez, n’ignorez pas : "
            "chaque signalement compte."
        ),
    },
    "de": {
        HELP_PAGE["title"]: "Hilfe finden und Inhalte melden",
        HELP_PAGE["intro"]: (
            "Wählen Sie Ihr Land, um Beratungsstellen zum Reden und Meldestellen für "
            "Darstellungen sexuellen Kindesmissbrauchs zu finden. Melden statt wegsehen: "
            "Jede Meldung zählt."
        ),
    },
    "pl": {
        HELP_PAGE["title"]: "Gdzie szukać pomocy i zgłaszać",
        HELP_PAGE["intro"]: (
            "Wybierz swój kraj, aby znaleźć telefony zaufania i punkty, w których można "
            "zgłosić materiały przedstawiające seksualne wykorzystywanie dzieci. Zgłaszaj, "
            "nie ignoruj: każde zgłoszenie się liczy."
        ),
    },
    "el": {
        HELP_PAGE["title"]: "Πού να βρείτε βοήθεια και να καταγγείλετε",
        HELP_PAGE["intro"]: (
            "Επιλέξτε τη χώρα σας για να βρείτε γραμμές βοήθειας για να μιλήσετε και γραμμές "
            "καταγγελιών για υλικό σεξουαλικής κακοποίησης παιδιών. Καταγγείλτε, μην το "
            "αγνοείτε: κάθε καταγγελία μετράει."
        ),
    },
    "ar": {
        HELP_PAGE["title"]: "أين تجد المساعدة وتبلّغ",
        HELP_PAGE["intro"]: (
            "اختر بلدك لتجد خطوط المساعدة التي يمكنك التحدث إليها وخطوط الإبلاغ عن مواد "
            "الاعتداء الجنسي على الأطفال. أبلِغ ولا تتجاهل: كل بلاغ مهم."
        ),
    },
}


def strings_for(language_code):
    """{English: translation} for every description and phone label, in one language."""
    return {source: by_language[language_code] for source, by_language in TRANSLATIONS.items()}


def load(out):
    created_countries = seed_countries(Country)
    out.step(f"countries: {Country.objects.count()} ({created_countries} created)")

    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    organisations = []
    changed = set()
    for data in ORGANISATIONS:
        organisation, created, was_changed = save_organisation(data, source_locale)
        out.record(created)
        organisations.append(organisation)
        if was_changed:
            changed.add(organisation.pk)
    out.step(
        f"organisations: {len(organisations)} in {count_countries()} countries + INHOPE "
        f"({len(changed)} new or changed)"
    )

    translated = 0
    for code in DEMO_LANGUAGES:
        strings = strings_for(code)
        existing = set(
            Organisation.objects.filter(
                locale__language_code=code,
                translation_key__in=[
                    organisation.translation_key for organisation in organisations
                ],
            ).values_list("translation_key", flat=True)
        )
        for organisation in organisations:
            # Unchanged sources keep their translations: a second run is quick.
            if organisation.pk in changed or organisation.translation_key not in existing:
                translate_from_strings(organisation, code, strings)
                translated += 1
    out.step(f"organisations translated into {', '.join(DEMO_LANGUAGES)} ({translated} updated)")

    page, created = ensure_help_page(source_locale)
    out.record(created)
    sync_all_locales()
    for code, strings in HELP_PAGE_TRANSLATIONS.items():
        translate_from_strings(page, code, strings)
    out.step(f"help section: {page.url_path} translated into {', '.join(HELP_PAGE_TRANSLATIONS)}")
    forget_help_blocks()


def count_countries():
    return len({data["country"] for data in ORGANISATIONS if data["country"]})


PHONE_FIELDS = ("dial", "display", "label", "hours", "free_of_charge", "confidential")


def _phone_values(phones):
    return [tuple(getattr(phone, field) for field in PHONE_FIELDS) for phone in phones]


def save_organisation(data, locale):
    """Create or update one English organisation and its phones (matched by position, so
    their translations stay linked). Returns (organisation, created, changed)."""
    data = dict(data)
    phones = data.pop("phones", [])
    data["country_id"] = data.pop("country")
    values = {
        "report_url": "",
        "chat_url": "",
        "email": "",
        "inhope_member": False,
        "languages": "",
        "hours": "",
        "time_zone": "",
        "position": 0,
        "verified_on": VERIFIED_ON,
        **data,
    }
    organisation = Organisation.objects.filter(slug=data["slug"], locale=locale).first()
    created = organisation is None
    if created:
        organisation = Organisation(locale=locale)
    existing = list(organisation.phones.all()) if not created else []
    before = (
        {field: getattr(organisation, field) for field in values},
        _phone_values(existing),
    )
    for field, value in values.items():
        setattr(organisation, field, value)
    phone_objects = []
    for index, phone_data in enumerate(phones):
        phone_object = existing[index] if index < len(existing) else OrganisationPhone()
        for field, value in phone_data.items():
            setattr(phone_object, field, value)
        phone_object.organisation = organisation
        phone_object.locale = locale
        phone_object.sort_order = index
        phone_object.normalise()
        phone_objects.append(phone_object)
    changed = created or before != (values, _phone_values(phone_objects))
    if changed:
        organisation.phones = phone_objects
        organisation.full_clean()
        organisation.save()
    return organisation, created, changed


def ensure_help_page(locale):
    home = HomePage.objects.filter(locale=locale).order_by("depth", "path").first()
    if home is None:
        raise RuntimeError("The help section needs the English home page (home.demo) first.")
    page = HelpIndexPage.objects.child_of(home).filter(locale=locale).first()
    created = page is None
    if created:
        page = HelpIndexPage(locale=locale, **HELP_PAGE)
        home.add_child(instance=page)
    else:
        for field, value in HELP_PAGE.items():
            setattr(page, field, value)
    page.save_revision().publish()
    return page, created
