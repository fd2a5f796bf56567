"""Demo news: categories, the news index and articles written for this site from public facts.

`related` names pages made by the other apps' demos as (app_label.Model, English slug or a
dict of lookups such as {"external_id": …}), with an ISO country code as a third item for a
help directory link to that country; the ones that do not exist are skipped (the demo loader
runs directory, events and campaigns before news, so they exist in a full load).

Every text is a T(en, fi, fr) (articles) or a dict of languages (categories, index). Rich text
is one string per paragraph or list item, as wagtail-localize splits it.
"""

import datetime
from typing import NamedTuple


class T(NamedTuple):
    en: str
    fi: str
    fr: str


def when(year, month, day, hour=9):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=datetime.UTC)


# --- Categories ----------------------------------------------------------------------------

CATEGORIES = [
    {
        "slug": "awareness",
        "name": {
            "en": "Awareness",
            "fi": "Valistus",
            "fr": "Sensibilisation",
            "de": "Sensibilisierung",
            "pl": "Podnoszenie świadomości",
            "el": "Ευαισθητοποίηση",
            "ar": "التوعية",
        },
        "description": {
            "en": "Campaigns and advice that help children, parents and teachers stay safe online.",
            "fi": "Kampanjoita ja neuvoja, jotka auttavat lapsia, vanhempia ja opettajia toimimaan turvallisesti verkossa.",
            "fr": "Campagnes et conseils pour aider les enfants, les parents et les enseignants à rester en sécurité en ligne.",
            "de": "Kampagnen und Ratschläge, die Kindern, Eltern und Lehrkräften helfen, online sicher zu bleiben.",
            "pl": "Kampanie i porady, które pomagają dzieciom, rodzicom i nauczycielom bezpiecznie korzystać z sieci.",
            "el": "Εκστρατείες και συμβουλές που βοηθούν παιδιά, γονείς και εκπαιδευτικούς να μένουν ασφαλείς στο διαδίκτυο.",
            "ar": "حملات ونصائح تساعد الأطفال والآباء والمعلمين على البقاء في أمان على الإنترنت.",
        },
    },
    {
        "slug": "hotlines",
        "name": {
            "en": "Hotlines",
            "fi": "Vihjepalvelut",
            "fr": "Lignes de signalement",
            "de": "Meldestellen",
            "pl": "Punkty zgłaszania",
            "el": "Γραμμές καταγγελιών",
            "ar": "خطوط الإبلاغ",
        },
        "description": {
            "en": "News from the hotlines that take reports of child sexual abuse material and have it removed.",
            "fi": "Uutisia vihjepalveluista, jotka ottavat vastaan ilmoituksia lasten seksuaalista hyväksikäyttöä esittävästä materiaalista ja saavat sen poistettua.",
            "fr": "L’actualité des lignes de signalement qui reçoivent les signalements de contenus pédocriminels et les font retirer.",
            "de": "Neuigkeiten von den Meldestellen, die Hinweise auf Darstellungen sexuellen Kindesmissbrauchs entgegennehmen und für deren Löschung sorgen.",
            "pl": "Wiadomości od punktów, które przyjmują zgłoszenia materiałów przedstawiających seksualne wykorzystywanie dzieci i doprowadzają do ich usunięcia.",
            "el": "Νέα από τις γραμμές καταγγελιών που δέχονται αναφορές για υλικό σεξουαλικής κακοποίησης παιδιών και φροντίζουν για την αφαίρεσή του.",
            "ar": "أخبار خطوط الإبلاغ التي تتلقى البلاغات عن مواد الاعتداء الجنسي على الأطفال وتعمل على إزالتها.",
        },
    },
    {
        "slug": "policy-and-legislation",
        "name": {
            "en": "Policy and legislation",
            "fi": "Politiikka ja lainsäädäntö",
            "fr": "Politique et législation",
            "de": "Politik und Gesetzgebung",
            "pl": "Polityka i prawo",
            "el": "Πολιτική και νομοθεσία",
            "ar": "السياسات والتشريعات",
        },
        "description": {
            "en": "EU and national laws, strategies and reports on protecting children online.",
            "fi": "EU:n ja kansallisia lakeja, strategioita ja raportteja lasten suojelemisesta verkossa.",
            "fr": "Lois, stratégies et rapports européens et nationaux sur la protection des enfants en ligne.",
            "de": "Gesetze, Strategien und Berichte der EU und der Mitgliedstaaten zum Schutz von Kindern im Internet.",
            "pl": "Unijne i krajowe przepisy, strategie i raporty dotyczące ochrony dzieci w internecie.",
            "el": "Νόμοι, στρατηγικές και εκθέσεις της ΕΕ και των κρατών μελών για την προστασία των παιδιών στο διαδίκτυο.",
            "ar": "قوانين واستراتيجيات وتقارير أوروبية ووطنية بشأن حماية الأطفال على الإنترنت.",
        },
    },
    {
        "slug": "research-and-figures",
        "name": {
            "en": "Research and figures",
            "fi": "Tutkimus ja luvut",
            "fr": "Études et chiffres",
            "de": "Forschung und Zahlen",
            "pl": "Badania i dane",
            "el": "Έρευνα και στοιχεία",
            "ar": "الأبحاث والأرقام",
        },
        "description": {
            "en": "Studies and statistics on online abuse and on children's lives online, with their sources.",
            "fi": "Tutkimuksia ja tilastoja verkossa tapahtuvasta hyväksikäytöstä ja lasten elämästä verkossa lähteineen.",
            "fr": "Études et statistiques sur les abus en ligne et sur la vie numérique des enfants, avec leurs sources.",
            "de": "Studien und Statistiken zu Missbrauch im Netz und zum Online-Leben von Kindern, mit Quellen.",
            "pl": "Badania i statystyki dotyczące krzywdzenia w sieci i życia dzieci w internecie, wraz ze źródłami.",
            "el": "Μελέτες και στατιστικά για την κακοποίηση στο διαδίκτυο και τη ζωή των παιδιών online, με τις πηγές τους.",
            "ar": "دراسات وإحصاءات عن الإساءة عبر الإنترنت وحياة الأطفال الرقمية، مع مصادرها.",
        },
    },
    {
        "slug": "safer-internet-day",
        "name": {
            "en": "Safer Internet Day",
            "fi": "Turvallisemman internetin päivä",
            "fr": "Journée pour un internet plus sûr",
            "de": "Tag für ein sichereres Internet",
            "pl": "Dzień Bezpiecznego Internetu",
            "el": "Ημέρα Ασφαλούς Διαδικτύου",
            "ar": "يوم الإنترنت الأكثر أمانًا",
        },
        "description": {
            "en": "Dates, themes and activities of Safer Internet Day, every February.",
            "fi": "Turvallisemman internetin päivän ajankohdat, teemat ja tapahtumat joka helmikuu.",
            "fr": "Dates, thèmes et activités de la Journée pour un internet plus sûr, chaque mois de février.",
            "de": "Termine, Themen und Aktionen zum Tag für ein sichereres Internet, jedes Jahr im Februar.",
            "pl": "Terminy, tematy i wydarzenia Dnia Bezpiecznego Internetu, co roku w lutym.",
            "el": "Ημερομηνίες, θέματα και δράσεις της Ημέρας Ασφαλούς Διαδικτύου, κάθε Φεβρουάριο.",
            "ar": "مواعيد يوم الإنترنت الأكثر أمانًا وموضوعاته وأنشطته، في شهر فبراير من كل عام.",
        },
    },
]

# --- The news index ------------------------------------------------------------------------

INDEX = {
    "title": {
        "en": "News",
        "fi": "Uutiset",
        "fr": "Actualités",
        "de": "Neuigkeiten",
        "pl": "Aktualności",
        "el": "Νέα",
        "ar": "الأخبار",
    },
    "intro": {
        "en": (
            "Dated, sourced news on policy, research, hotlines and Safer Internet Day: what "
            "changed, who published it and where to read the original."
        ),
        "fi": (
            "Päivättyjä ja lähteistettyjä uutisia politiikasta, tutkimuksesta, vihjepalveluista "
            "ja Turvallisemman internetin päivästä: mikä muuttui, kuka sen julkaisi ja mistä "
            "alkuperäisen voi lukea."
        ),
        "fr": (
            "Des actualités datées et sourcées sur les politiques, la recherche, les lignes de "
            "signalement et la Journée pour un internet plus sûr : ce qui a changé, qui l’a "
            "publié et où lire le document original."
        ),
        "de": (
            "Datierte Nachrichten mit Quellen zu Politik, Forschung, Meldestellen und dem Tag "
            "für ein sichereres Internet: was sich geändert hat, wer es veröffentlicht hat und "
            "wo das Original steht."
        ),
        "pl": (
            "Datowane wiadomości ze źródłami o polityce, badaniach, punktach zgłaszania i Dniu "
            "Bezpiecznego Internetu: co się zmieniło, kto to opublikował i gdzie przeczytać "
            "oryginał."
        ),
        "el": (
            "Χρονολογημένα νέα με πηγές για την πολιτική, την έρευνα, τις γραμμές καταγγελιών "
            "και την Ημέρα Ασφαλούς Διαδικτύου: τι άλλαξε, ποιος το δημοσίευσε και πού θα "
            "βρείτε το πρωτότυπο."
        ),
        "ar": (
            "أخبار مؤرخة وموثقة المصادر عن السياسات والأبحاث وخطوط الإبلاغ ويوم الإنترنت الأكثر "
            "أمانًا: ما الذي تغيّر، ومن نشره، وأين تقرأ النص الأصلي."
        ),
    },
}

# --- Articles ------------------------------------------------------------------------------

EU_STRATEGY_SOURCE = T(
    "EU strategy for a more effective fight against child sexual abuse, COM(2020) 607",
    "EU:n strategia lasten seksuaalisen hyväksikäytön torjunnan tehostamiseksi, COM(2020) 607",
    "Stratégie de l’UE en faveur d’une lutte plus efficace contre les abus sexuels commis contre des enfants, COM(2020) 607",
)
EU_STRATEGY_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020DC0607"

ARTICLES = [
    {
        "key": "eu-strategy",
        "organisation": "european-commission",
        "title": T(
            "EU strategy sets out eight initiatives against child sexual abuse",
            "EU:n strategia esittää kahdeksan aloitetta lasten seksuaalista hyväksikäyttöä vastaan",
            "La stratégie de l’UE fixe huit initiatives contre les abus sexuels sur enfants",
        ),
        "slug": T(
            "eu-strategy-eight-initiatives",
            "eu-strategia-kahdeksan-aloitetta",
            "strategie-ue-huit-initiatives",
        ),
        "date": when(2020, 7, 24, 10),
        "dateline": T("Brussels, 24 July 2020", "Bryssel, 24.7.2020", "Bruxelles, 24 juillet 2020"),
        "summary": T(
            "The European Commission’s strategy for 2020–2025 joins up prevention, investigation "
            "and help for victims in eight initiatives, from enforcing existing law to a "
            "European centre.",
            "Euroopan komission strategia vuosille 2020–2025 kokoaa ehkäisyn, tutkinnan ja "
            "uhrien tuen kahdeksaksi aloitteeksi voimassa olevan lain täytäntöönpanosta "
            "eurooppalaiseen keskukseen.",
            "La stratégie de la Commission européenne pour 2020–2025 réunit prévention, enquêtes "
            "et aide aux victimes en huit initiatives, de l’application du droit existant à un "
            "centre européen.",
        ),
        "source_title": EU_STRATEGY_SOURCE,
        "source_url": EU_STRATEGY_URL,
        "categories": ["policy-and-legislation"],
        "tags": ["EU strategy", "Child Sexual Abuse Directive", "European Commission"],
        "body": [
            (
                "p",
                T(
                    "On 24 July 2020 the European Commission adopted its strategy for a more "
                    "effective fight against child sexual abuse. It is the EU’s reference "
                    "framework for the years 2020 to 2025 and covers abuse both online and offline.",
                    "Euroopan komissio hyväksyi 24. heinäkuuta 2020 strategian lasten "
                    "seksuaalisen hyväksikäytön torjunnan tehostamiseksi. Se on EU:n "
                    "viitekehys vuosille 2020–2025, ja se kattaa hyväksikäytön sekä verkossa "
                    "että sen ulkopuolella.",
                    "Le 24 juillet 2020, la Commission européenne a adopté sa stratégie en "
                    "faveur d’une lutte plus efficace contre les abus sexuels commis contre des "
                    "enfants. C’est le cadre de référence de l’UE pour les années 2020 à 2025, "
                    "en ligne comme hors ligne.",
                ),
            ),
            (
                "h2",
                T("The eight initiatives", "Kahdeksan aloitetta", "Les huit initiatives"),
            ),
            (
                "ul",
                [
                    T(
                        "Make sure the existing EU rules, above all Directive 2011/93/EU, are fully implemented.",
                        "Varmistetaan, että voimassa olevat EU-säännöt, ennen kaikkea direktiivi 2011/93/EU, pannaan kokonaan täytäntöön.",
                        "Veiller à la mise en œuvre complète des règles existantes, en premier lieu la directive 2011/93/UE.",
                    ),
                    T(
                        "Make sure EU law lets online services keep detecting and reporting abuse.",
                        "Varmistetaan, että EU:n lainsäädäntö sallii verkkopalvelujen jatkaa hyväksikäytön havaitsemista ja ilmoittamista.",
                        "Veiller à ce que le droit de l’UE permette aux services en ligne de continuer à détecter et signaler les abus.",
                    ),
                    T(
                        "Find gaps in the law, best practices and priority actions.",
                        "Tunnistetaan lainsäädännön aukot, hyvät käytännöt ja ensisijaiset toimet.",
                        "Repérer les lacunes juridiques, les bonnes pratiques et les actions prioritaires.",
                    ),
                    T(
                        "Strengthen the work of law enforcement at national and EU level.",
                        "Vahvistetaan lainvalvonnan työtä kansallisesti ja EU:n tasolla.",
                        "Renforcer l’action des services répressifs au niveau national et européen.",
                    ),
                    T(
                        "Help Member States protect children through prevention.",
                        "Autetaan jäsenvaltioita suojelemaan lapsia ennaltaehkäisyn avulla.",
                        "Aider les États membres à mieux protéger les enfants par la prévention.",
                    ),
                    T(
                        "Set up a European centre to prevent and counter child sexual abuse.",
                        "Perustetaan eurooppalainen keskus lasten seksuaalisen hyväksikäytön ehkäisemiseksi ja torjumiseksi.",
                        "Créer un centre européen de prévention et de lutte contre les abus sexuels sur enfants.",
                    ),
                    T(
                        "Encourage industry to protect children in its products.",
                        "Kannustetaan alan yrityksiä suojelemaan lapsia tuotteissaan.",
                        "Inciter les entreprises à protéger les enfants dans leurs produits.",
                    ),
                    T(
                        "Improve the protection of children worldwide through cooperation.",
                        "Parannetaan lasten suojelua maailmanlaajuisesti yhteistyön avulla.",
                        "Améliorer la protection des enfants dans le monde grâce à la coopération.",
                    ),
                ],
            ),
            (
                "p",
                T(
                    "The Council of Europe estimates that one in five children in Europe falls "
                    "victim to some form of sexual violence. The strategy asks governments, "
                    "online services, hotlines and helplines to work together on prevention, on "
                    "faster removal of abuse material and on support for every child affected.",
                    "Euroopan neuvoston arvion mukaan joka viides lapsi Euroopassa joutuu jonkin "
                    "seksuaalisen väkivallan muodon uhriksi. Strategia kehottaa hallituksia, "
                    "verkkopalveluja, vihjepalveluja ja auttavia puhelimia toimimaan yhdessä "
                    "ennaltaehkäisyn, hyväksikäyttömateriaalin nopeamman poistamisen ja jokaisen "
                    "uhriksi joutuneen lapsen tukemisen hyväksi.",
                    "Le Conseil de l’Europe estime qu’en Europe un enfant sur cinq est victime "
                    "d’une forme de violence sexuelle. La stratégie demande aux gouvernements, aux "
                    "services en ligne, aux lignes de signalement et aux lignes d’écoute d’agir "
                    "ensemble pour la prévention, le retrait plus rapide des contenus "
                    "pédocriminels et le soutien à chaque enfant concerné.",
                ),
            ),
        ],
    },
    {
        "key": "reports-figures",
        "organisation": "european-commission",
        "title": T(
            "Reports of online child sexual abuse in the EU rose from 23,000 to more than 725,000",
            "Ilmoitukset verkossa tapahtuvasta lasten seksuaalisesta hyväksikäytöstä EU:ssa kasvoivat 23 000:sta yli 725 000:een",
            "Les signalements d’abus sexuels sur enfants en ligne dans l’UE sont passés de 23 000 à plus de 725 000",
        ),
        "slug": T(
            "reports-rose-to-725000",
            "ilmoitukset-kasvoivat-725000",
            "signalements-passes-a-725000",
        ),
        "date": when(2020, 7, 24, 14),
        "dateline": None,
        "summary": T(
            "Figures quoted in the EU strategy show that reports concerning the EU grew more than "
            "thirtyfold between 2010 and 2019. Where the numbers come from and what they measure.",
            "EU:n strategiassa lainatut luvut osoittavat, että EU:ta koskevien ilmoitusten määrä "
            "yli kolmikymmenkertaistui vuosina 2010–2019. Mistä luvut tulevat ja mitä ne mittaavat.",
            "Les chiffres cités dans la stratégie de l’UE montrent que les signalements concernant "
            "l’UE ont été multipliés par plus de trente entre 2010 et 2019. D’où viennent ces "
            "chiffres et ce qu’ils mesurent.",
        ),
        "source_title": EU_STRATEGY_SOURCE,
        "source_url": EU_STRATEGY_URL,
        "categories": ["research-and-figures"],
        "tags": ["NCMEC", "EU strategy", "reporting"],
        "body": [
            (
                "figure",
                {
                    "number": "23000",
                    "year": 2010,
                    "source_url": EU_STRATEGY_URL,
                    "unit": None,
                    "label": T(
                        "Reports of online child sexual abuse concerning the EU in 2010",
                        "EU:ta koskeneet ilmoitukset verkossa tapahtuvasta lasten seksuaalisesta hyväksikäytöstä vuonna 2010",
                        "Signalements d’abus sexuels sur enfants en ligne concernant l’UE en 2010",
                    ),
                    "source": T(
                        "NCMEC, quoted in the EU strategy",
                        "NCMEC, EU:n strategian mukaan",
                        "NCMEC, cité dans la stratégie de l’UE",
                    ),
                },
            ),
            (
                "figure",
                {
                    "number": "725000",
                    "year": 2019,
                    "source_url": EU_STRATEGY_URL,
                    "unit": None,
                    "label": T(
                        "Reports concerning the EU in 2019, at least: over thirty times as many as in 2010",
                        "EU:ta koskeneet ilmoitukset vuonna 2019 vähintään: yli kolmekymmenkertainen määrä vuoteen 2010 verrattuna",
                        "Signalements concernant l’UE en 2019, au minimum : plus de trente fois plus qu’en 2010",
                    ),
                    "source": T(
                        "NCMEC, quoted in the EU strategy",
                        "NCMEC, EU:n strategian mukaan",
                        "NCMEC, cité dans la stratégie de l’UE",
                    ),
                },
            ),
            (
                "p",
                T(
                    "The figures are reports to the CyberTipline of the US National Center for "
                    "Missing and Exploited Children (NCMEC). Online services based in the United "
                    "States must by law report apparent child sexual abuse material to NCMEC, "
                    "which passes reports that concern EU countries on to law enforcement.",
                    "Luvut ovat ilmoituksia Yhdysvaltain kadonneiden ja hyväksikäytettyjen "
                    "lasten keskuksen (NCMEC) CyberTipline-palveluun. Yhdysvalloissa toimivien "
                    "verkkopalvelujen on lain mukaan ilmoitettava NCMEC:lle ilmeisestä lasten "
                    "seksuaalista hyväksikäyttöä esittävästä materiaalista, ja NCMEC välittää "
                    "EU-maita koskevat ilmoitukset lainvalvontaviranomaisille.",
                    "Ces chiffres correspondent aux signalements adressés à la CyberTipline du "
                    "Centre national américain pour les enfants disparus et exploités (NCMEC). "
                    "Les services en ligne établis aux États-Unis sont tenus par la loi de "
                    "signaler au NCMEC tout contenu pédocriminel apparent, et le NCMEC transmet "
                    "aux services répressifs les signalements qui concernent des pays de l’UE.",
                ),
            ),
            (
                "p",
                T(
                    "More reports do not only mean more abuse: detection tools and reporting by "
                    "online services grew over the same decade. What the numbers do show is the "
                    "scale of the material in circulation, and why the EU wants services to keep "
                    "detecting it.",
                    "Ilmoitusten kasvu ei tarkoita vain hyväksikäytön lisääntymistä: myös "
                    "havaitsemistyökalut ja verkkopalvelujen ilmoitukset lisääntyivät samalla "
                    "vuosikymmenellä. Luvut kertovat kuitenkin, kuinka paljon materiaalia on "
                    "liikkeellä ja miksi EU haluaa palvelujen jatkavan sen havaitsemista.",
                    "Plus de signalements ne signifie pas seulement plus d’abus : les outils de "
                    "détection et les signalements des services en ligne ont aussi progressé au "
                    "cours de la décennie. Ces chiffres montrent en revanche l’ampleur des "
                    "contenus en circulation, et pourquoi l’UE veut que les services continuent "
                    "à les détecter.",
                ),
            ),
        ],
    },
    {
        "key": "interim-regulation",
        "title": T(
            "Interim regulation lets online services keep detecting child sexual abuse",
            "Väliaikainen asetus sallii verkkopalvelujen jatkaa lasten seksuaalisen hyväksikäytön havaitsemista",
            "Un règlement provisoire permet aux services en ligne de continuer à détecter les abus sexuels sur enfants",
        ),
        "slug": T(
            "interim-regulation-2021-1232",
            "valiaikainen-asetus-2021-1232",
            "reglement-provisoire-2021-1232",
        ),
        "date": when(2021, 7, 14),
        "dateline": None,
        "summary": T(
            "Regulation (EU) 2021/1232 allows messaging and e-mail services to continue "
            "voluntary detection, reporting and removal of child sexual abuse online, with "
            "safeguards, until 3 August 2024.",
            "Asetus (EU) 2021/1232 sallii viesti- ja sähköpostipalvelujen jatkaa verkossa "
            "tapahtuvan lasten seksuaalisen hyväksikäytön vapaaehtoista havaitsemista, "
            "ilmoittamista ja poistamista suojatoimin 3.8.2024 asti.",
            "Le règlement (UE) 2021/1232 permet aux services de messagerie et de courrier "
            "électronique de poursuivre, avec des garanties, la détection, le signalement et le "
            "retrait volontaires des abus sexuels sur enfants en ligne jusqu’au 3 août 2024.",
        ),
        "source_title": T(
            "Regulation (EU) 2021/1232 on a temporary derogation from certain provisions of Directive 2002/58/EC",
            "Asetus (EU) 2021/1232 väliaikaisesta poikkeuksesta tiettyihin direktiivin 2002/58/EY säännöksiin",
            "Règlement (UE) 2021/1232 relatif à une dérogation temporaire à certaines dispositions de la directive 2002/58/CE",
        ),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2021/1232/oj",
        "categories": ["policy-and-legislation"],
        "tags": ["interim regulation", "ePrivacy", "reporting"],
        "body": [
            (
                "p",
                T(
                    "Since 21 December 2020 the European Electronic Communications Code has "
                    "brought messaging and e-mail services under the EU’s ePrivacy Directive. "
                    "That directive gave these services no clear legal basis to look for child "
                    "sexual abuse, which some had been doing voluntarily for years.",
                    "Eurooppalainen sähköisen viestinnän säännöstö toi 21. joulukuuta 2020 "
                    "alkaen viesti- ja sähköpostipalvelut EU:n sähköisen viestinnän "
                    "tietosuojadirektiivin piiriin. Direktiivi ei antanut näille palveluille "
                    "selvää oikeusperustaa etsiä lasten seksuaalista hyväksikäyttöä, mitä osa "
                    "niistä oli tehnyt vapaaehtoisesti vuosia.",
                    "Depuis le 21 décembre 2020, le code des communications électroniques "
                    "européen soumet les services de messagerie et de courrier électronique à "
                    "la directive « vie privée et communications électroniques ». Cette "
                    "directive ne leur donnait pas de base juridique claire pour rechercher les "
                    "abus sexuels sur enfants, ce que certains faisaient volontairement depuis "
                    "des années.",
                ),
            ),
            (
                "p",
                T(
                    "The interim regulation, adopted by the European Parliament and the Council "
                    "on 14 July 2021, makes a temporary exception. Providers may keep using "
                    "technologies to detect, report and remove child sexual abuse material and "
                    "grooming, under strict conditions: the technologies must be the least "
                    "intrusive for privacy, people must oversee the process, and users must be "
                    "able to complain.",
                    "Euroopan parlamentin ja neuvoston 14. heinäkuuta 2021 hyväksymä "
                    "väliaikainen asetus tekee tähän tilapäisen poikkeuksen. Palveluntarjoajat "
                    "voivat edelleen käyttää teknologioita lasten seksuaalista hyväksikäyttöä "
                    "esittävän materiaalin ja houkuttelun havaitsemiseen, ilmoittamiseen ja "
                    "poistamiseen tiukoin ehdoin: teknologioiden on loukattava yksityisyyttä "
                    "mahdollisimman vähän, ihmisten on valvottava prosessia ja käyttäjillä on "
                    "oltava mahdollisuus tehdä valitus.",
                    "Le règlement provisoire, adopté par le Parlement européen et le Conseil le "
                    "14 juillet 2021, crée une dérogation temporaire. Les fournisseurs peuvent "
                    "continuer à utiliser des technologies pour détecter, signaler et retirer "
                    "les contenus pédocriminels et la sollicitation d’enfants, à des conditions "
                    "strictes : les technologies doivent être les moins intrusives pour la vie "
                    "privée, des personnes doivent superviser le processus et les utilisateurs "
                    "doivent pouvoir déposer une réclamation.",
                ),
            ),
            (
                "p",
                T(
                    "The exception was meant as a bridge until a permanent EU law is in place, "
                    "and was set to apply until 3 August 2024.",
                    "Poikkeus oli tarkoitettu väliaikaiseksi ratkaisuksi, kunnes pysyvä EU-laki "
                    "on voimassa, ja sen oli määrä olla voimassa 3.8.2024 asti.",
                    "Cette dérogation devait servir de passerelle en attendant une loi "
                    "européenne permanente et s’appliquer jusqu’au 3 août 2024.",
                ),
            ),
        ],
    },
    {
        "key": "interim-regulation-extended",
        "title": T(
            "Interim regulation extended until April 2026",
            "Väliaikaisen asetuksen voimassaoloa jatketaan huhtikuuhun 2026",
            "Le règlement provisoire prolongé jusqu’en avril 2026",
        ),
        "slug": T(
            "interim-regulation-extended-2026",
            "valiaikainen-asetus-jatkuu-2026",
            "reglement-provisoire-prolonge-2026",
        ),
        "date": when(2024, 4, 29),
        "dateline": None,
        "summary": T(
            "Regulation (EU) 2024/1307 keeps the temporary exception from the ePrivacy rules in "
            "place until 3 April 2026, so that voluntary detection of child sexual abuse can "
            "continue.",
            "Asetus (EU) 2024/1307 pitää tilapäisen poikkeuksen sähköisen viestinnän "
            "tietosuojasäännöistä voimassa 3.4.2026 asti, jotta lasten seksuaalisen "
            "hyväksikäytön vapaaehtoinen havaitseminen voi jatkua.",
            "Le règlement (UE) 2024/1307 maintient la dérogation temporaire aux règles « vie "
            "privée et communications électroniques » jusqu’au 3 avril 2026, pour que la "
            "détection volontaire des abus sexuels sur enfants puisse continuer.",
        ),
        "source_title": T(
            "Regulation (EU) 2024/1307 amending Regulation (EU) 2021/1232",
            "Asetus (EU) 2024/1307 asetuksen (EU) 2021/1232 muuttamisesta",
            "Règlement (UE) 2024/1307 modifiant le règlement (UE) 2021/1232",
        ),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2024/1307/oj",
        "categories": ["policy-and-legislation"],
        "tags": ["interim regulation", "ePrivacy"],
        "body": [
            (
                "p",
                T(
                    "The interim regulation of 2021 would have expired on 3 August 2024, while "
                    "negotiations on the permanent law proposed by the Commission in May 2022 "
                    "were still going on. On 29 April 2024 the Council adopted an amendment that "
                    "extends it until 3 April 2026.",
                    "Vuoden 2021 väliaikainen asetus olisi päättynyt 3.8.2024, kun neuvottelut "
                    "komission toukokuussa 2022 ehdottamasta pysyvästä laista olivat vielä "
                    "kesken. Neuvosto hyväksyi 29. huhtikuuta 2024 muutoksen, joka jatkaa sen "
                    "voimassaoloa 3.4.2026 asti.",
                    "Le règlement provisoire de 2021 aurait expiré le 3 août 2024, alors que les "
                    "négociations sur la loi permanente proposée par la Commission en mai 2022 "
                    "se poursuivaient. Le 29 avril 2024, le Conseil a adopté une modification "
                    "qui le prolonge jusqu’au 3 avril 2026.",
                ),
            ),
            (
                "p",
                T(
                    "The amendment also asks providers to give the information on the reports "
                    "they send to authorities and to the Commission in a structured format, so "
                    "that figures from different services can be compared.",
                    "Muutos edellyttää myös, että palveluntarjoajat toimittavat tiedot "
                    "viranomaisille ja komissiolle lähettämistään ilmoituksista jäsennellyssä "
                    "muodossa, jotta eri palvelujen lukuja voidaan verrata.",
                    "La modification demande aussi aux fournisseurs de communiquer sous une "
                    "forme structurée les informations sur les signalements transmis aux "
                    "autorités et à la Commission, afin de pouvoir comparer les chiffres des "
                    "différents services.",
                ),
            ),
        ],
    },
    {
        "key": "implementation-report",
        "organisation": "european-commission",
        "title": T(
            "Commission reports on how Member States implement Directive 2011/93/EU",
            "Komissio raportoi, miten jäsenvaltiot panevat täytäntöön direktiivin 2011/93/EU",
            "La Commission évalue la mise en œuvre de la directive 2011/93/UE par les États membres",
        ),
        "slug": T(
            "implementation-report-directive-2011-93",
            "taytantoonpanoraportti-direktiivi-2011-93",
            "rapport-mise-en-oeuvre-directive-2011-93",
        ),
        "date": when(2016, 12, 16, 11),
        "dateline": T(
            "Brussels, 16 December 2016", "Bryssel, 16.12.2016", "Bruxelles, 16 décembre 2016"
        ),
        "summary": T(
            "Two reports assess how far Member States have put the directive on combating child "
            "sexual abuse into national law, and how they remove and block web pages with abuse "
            "material.",
            "Kaksi raporttia arvioi, kuinka pitkälle jäsenvaltiot ovat saattaneet lasten "
            "seksuaalisen hyväksikäytön torjuntaa koskevan direktiivin osaksi kansallista "
            "lainsäädäntöä ja miten ne poistavat ja estävät hyväksikäyttömateriaalia sisältäviä "
            "verkkosivuja.",
            "Deux rapports évaluent dans quelle mesure les États membres ont transposé la "
            "directive relative à la lutte contre les abus sexuels sur enfants, et comment ils "
            "suppriment et bloquent les pages web à contenu pédocriminel.",
        ),
        "source_title": T(
            "Report COM(2016) 871 on the transposition of Directive 2011/93/EU",
            "Kertomus COM(2016) 871 direktiivin 2011/93/EU saattamisesta osaksi kansallista lainsäädäntöä",
            "Rapport COM(2016) 871 sur la transposition de la directive 2011/93/UE",
        ),
        "source_url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52016DC0871",
        "categories": ["policy-and-legislation"],
        "tags": ["Child Sexual Abuse Directive", "European Commission"],
        "body": [
            (
                "p",
                T(
                    "Directive 2011/93/EU, adopted on 13 December 2011, sets minimum rules across "
                    "the EU on offences and penalties for the sexual abuse and sexual "
                    "exploitation of children, and on prevention and support for victims. Member "
                    "States had until 18 December 2013 to bring it into national law.",
                    "Direktiivi 2011/93/EU hyväksyttiin 13. joulukuuta 2011. Se asettaa koko "
                    "EU:ssa vähimmäissäännöt lasten seksuaalista hyväksikäyttöä ja seksuaalista "
                    "riistoa koskevista rikoksista ja seuraamuksista sekä ennaltaehkäisystä ja "
                    "uhrien tuesta. Jäsenvaltioiden oli saatettava se osaksi kansallista "
                    "lainsäädäntöä 18.12.2013 mennessä.",
                    "La directive 2011/93/UE, adoptée le 13 décembre 2011, fixe dans toute l’UE "
                    "des règles minimales sur les infractions et les sanctions en matière d’abus "
                    "sexuels et d’exploitation sexuelle des enfants, ainsi que sur la prévention "
                    "et l’aide aux victimes. Les États membres avaient jusqu’au 18 décembre 2013 "
                    "pour la transposer.",
                ),
            ),
            (
                "p",
                T(
                    "The first report, COM(2016) 871, looks at transposition article by article. "
                    "The second, COM(2016) 872, covers Article 25: the prompt removal of web "
                    "pages with abuse material hosted in a Member State, and the optional "
                    "blocking of access to such pages.",
                    "Ensimmäinen raportti, COM(2016) 871, käy läpi direktiivin saattamisen "
                    "osaksi kansallista lainsäädäntöä artikla artiklalta. Toinen, COM(2016) 872, "
                    "käsittelee 25 artiklaa: jäsenvaltiossa sijaitsevien "
                    "hyväksikäyttömateriaalia sisältävien verkkosivujen nopeaa poistamista ja "
                    "mahdollisuutta estää pääsy tällaisille sivuille.",
                    "Le premier rapport, COM(2016) 871, examine la transposition article par "
                    "article. Le second, COM(2016) 872, porte sur l’article 25 : la suppression "
                    "rapide des pages web à contenu pédocriminel hébergées dans un État membre "
                    "et le blocage facultatif de l’accès à ces pages.",
                ),
            ),
            (
                "p",
                T(
                    "The Commission found that several Member States still had work to do, "
                    "notably on prevention programmes and on assistance to victims. In 2019 it "
                    "opened infringement proceedings against 23 Member States.",
                    "Komissio totesi, että useilla jäsenvaltioilla oli vielä tehtävää erityisesti "
                    "ennaltaehkäisyohjelmissa ja uhrien avustamisessa. Vuonna 2019 se aloitti "
                    "rikkomusmenettelyn 23:a jäsenvaltiota vastaan.",
                    "La Commission a constaté que plusieurs États membres avaient encore des "
                    "efforts à faire, notamment en matière de programmes de prévention et "
                    "d’aide aux victimes. En 2019, elle a ouvert des procédures d’infraction "
                    "contre 23 États membres.",
                ),
            ),
        ],
    },
    {
        "key": "csa-regulation-proposal",
        "organisation": "european-commission",
        "related": [("campaigns.CampaignPage", "report-child-sexual-abuse-material")],
        "title": T(
            "Commission proposes permanent rules to prevent and combat child sexual abuse online",
            "Komissio ehdottaa pysyviä sääntöjä verkossa tapahtuvan lasten seksuaalisen hyväksikäytön ehkäisemiseksi ja torjumiseksi",
            "La Commission propose des règles permanentes pour prévenir et combattre les abus sexuels sur enfants en ligne",
        ),
        "slug": T(
            "proposal-regulation-child-sexual-abuse",
            "ehdotus-asetus-lasten-hyvaksikaytto",
            "proposition-reglement-abus-sexuels-enfants",
        ),
        "date": when(2022, 5, 11, 10),
        "dateline": T("Brussels, 11 May 2022", "Bryssel, 11.5.2022", "Bruxelles, 11 mai 2022"),
        "summary": T(
            "The proposed regulation would oblige online services to assess and reduce the risk "
            "of abuse on their services and would create an EU Centre on Child Sexual Abuse.",
            "Ehdotettu asetus velvoittaisi verkkopalvelut arvioimaan ja vähentämään "
            "hyväksikäytön riskiä palveluissaan ja perustaisi EU:n lasten seksuaalisen "
            "hyväksikäytön vastaisen keskuksen.",
            "Le règlement proposé obligerait les services en ligne à évaluer et réduire le "
            "risque d’abus sur leurs services, et créerait un centre de l’UE chargé de la lutte "
            "contre les abus sexuels sur enfants.",
        ),
        "source_title": T(
            "Proposal for a Regulation laying down rules to prevent and combat child sexual abuse, COM(2022) 209",
            "Ehdotus asetukseksi lasten seksuaalisen hyväksikäytön ehkäisemistä ja torjumista koskevista säännöistä, COM(2022) 209",
            "Proposition de règlement établissant des règles en vue de prévenir et de combattre les abus sexuels sur enfants, COM(2022) 209",
        ),
        "source_url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0209",
        "categories": ["policy-and-legislation"],
        "tags": ["EU Centre", "reporting", "European Commission"],
        "body": [
            (
                "p",
                T(
                    "The proposal would replace the temporary, voluntary arrangement of the "
                    "interim regulation with permanent, binding rules. Providers of hosting and "
                    "communication services would have to assess the risk that their services "
                    "are misused for child sexual abuse and take measures to reduce it.",
                    "Ehdotus korvaisi väliaikaisen asetuksen tilapäisen ja vapaaehtoisen "
                    "järjestelyn pysyvillä ja sitovilla säännöillä. Säilytys- ja "
                    "viestintäpalvelujen tarjoajien olisi arvioitava riski siitä, että niiden "
                    "palveluja käytetään lasten seksuaaliseen hyväksikäyttöön, ja toteutettava "
                    "toimia riskin vähentämiseksi.",
                    "La proposition remplacerait le dispositif temporaire et volontaire du "
                    "règlement provisoire par des règles permanentes et contraignantes. Les "
                    "fournisseurs de services d’hébergement et de communication devraient "
                    "évaluer le risque que leurs services soient utilisés pour des abus sexuels "
                    "sur enfants et prendre des mesures pour le réduire.",
                ),
            ),
            (
                "p",
                T(
                    "Where a significant risk remained, a court or an independent authority "
                    "could issue a detection order. Providers would report the abuse they find "
                    "to a new EU Centre on Child Sexual Abuse, which would check the reports, "
                    "pass them on to law enforcement and Europol, and support prevention and "
                    "victims.",
                    "Jos merkittävä riski säilyisi, tuomioistuin tai riippumaton viranomainen "
                    "voisi antaa havaitsemismääräyksen. Palveluntarjoajat ilmoittaisivat "
                    "havaitsemastaan hyväksikäytöstä uudelle EU:n lasten seksuaalisen "
                    "hyväksikäytön vastaiselle keskukselle, joka tarkistaisi ilmoitukset, "
                    "välittäisi ne lainvalvontaviranomaisille ja Europolille sekä tukisi "
                    "ennaltaehkäisyä ja uhreja.",
                    "En cas de risque important persistant, une juridiction ou une autorité "
                    "indépendante pourrait émettre une injonction de détection. Les "
                    "fournisseurs signaleraient les abus détectés à un nouveau centre de l’UE, "
                    "qui vérifierait les signalements, les transmettrait aux services répressifs "
                    "et à Europol, et soutiendrait la prévention et les victimes.",
                ),
            ),
            (
                "p",
                T(
                    "Presented on the same day as the Better Internet for Kids strategy, the "
                    "proposal has been widely debated because of its effect on the "
                    "confidentiality of communications. It follows the ordinary legislative "
                    "procedure in the European Parliament and the Council.",
                    "Ehdotus esiteltiin samana päivänä kuin strategia lapsille paremmasta "
                    "internetistä, ja siitä on keskusteltu laajasti sen vuoksi, miten se "
                    "vaikuttaa viestinnän luottamuksellisuuteen. Se käsitellään tavallisessa "
                    "lainsäätämisjärjestyksessä Euroopan parlamentissa ja neuvostossa.",
                    "Présentée le même jour que la stratégie pour un internet mieux adapté aux "
                    "enfants, la proposition a suscité de larges débats en raison de ses effets "
                    "sur la confidentialité des communications. Elle suit la procédure "
                    "législative ordinaire au Parlement européen et au Conseil.",
                ),
            ),
        ],
    },
    {
        "key": "bik-plus",
        "organisation": "european-commission",
        "title": T(
            "Better Internet for Kids strategy puts children’s voices at the centre",
            "Strategia lapsille paremmasta internetistä nostaa lasten äänen keskiöön",
            "La stratégie pour un internet mieux adapté aux enfants place leur voix au centre",
        ),
        "slug": T(
            "better-internet-for-kids-strategy",
            "strategia-lapsille-parempi-internet",
            "strategie-internet-mieux-adapte-aux-enfants",
        ),
        "date": when(2022, 5, 11, 12),
        "dateline": T("Brussels, 11 May 2022", "Bryssel, 11.5.2022", "Bruxelles, 11 mai 2022"),
        "summary": T(
            "The European strategy for a better internet for kids (BIK+) aims for safe digital "
            "experiences, digital skills for every child and children’s active participation "
            "in the digital world.",
            "Eurooppalainen strategia lapsille paremmasta internetistä (BIK+) tavoittelee "
            "turvallisia digitaalisia kokemuksia, digitaitoja jokaiselle lapselle ja lasten "
            "aktiivista osallistumista digitaaliseen maailmaan.",
            "La stratégie européenne pour un internet mieux adapté aux enfants (BIK+) vise des "
            "expériences numériques sûres, des compétences numériques pour chaque enfant et "
            "leur participation active au monde numérique.",
        ),
        "source_title": T(
            "A Digital Decade for children and youth: the new European strategy for a better internet for kids (BIK+), COM(2022) 212",
            "Lasten ja nuorten digitaalinen vuosikymmen: uusi eurooppalainen strategia lapsille paremmasta internetistä (BIK+), COM(2022) 212",
            "Une décennie numérique pour les enfants et les jeunes : la nouvelle stratégie européenne pour un internet mieux adapté aux enfants (BIK+), COM(2022) 212",
        ),
        "source_url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022DC0212",
        "categories": ["awareness", "policy-and-legislation"],
        "tags": ["BIK strategy", "Safer Internet Centres"],
        "body": [
            (
                "p",
                T(
                    "BIK+ updates the 2012 European strategy for a better internet for children. "
                    "It rests on three pillars: safe digital experiences that protect children "
                    "from harmful and illegal content and conduct; digital empowerment, so that "
                    "children gain the skills to make informed choices; and active "
                    "participation, so that children have a say in the digital world.",
                    "BIK+ päivittää vuoden 2012 eurooppalaisen strategian lapsille paremmasta "
                    "internetistä. Se perustuu kolmeen pilariin: turvallisiin digitaalisiin "
                    "kokemuksiin, jotka suojaavat lapsia haitalliselta ja laittomalta "
                    "sisällöltä ja käytökseltä; digitaaliseen voimaannuttamiseen, jotta lapset "
                    "saavat taidot tehdä tietoon perustuvia valintoja; sekä aktiiviseen "
                    "osallistumiseen, jotta lapset voivat vaikuttaa digitaaliseen maailmaan.",
                    "BIK+ actualise la stratégie européenne de 2012 pour un internet mieux "
                    "adapté aux enfants. Elle repose sur trois piliers : des expériences "
                    "numériques sûres qui protègent les enfants des contenus et comportements "
                    "préjudiciables et illicites ; l’autonomisation numérique, pour qu’ils "
                    "acquièrent les compétences nécessaires à des choix éclairés ; et la "
                    "participation active, pour qu’ils aient leur mot à dire dans le monde "
                    "numérique.",
                ),
            ),
            (
                "p",
                T(
                    "Safer Internet Centres in the Member States remain at the heart of the "
                    "strategy. They run awareness campaigns, helplines and hotlines, and the "
                    "Better Internet for Kids portal gathers their resources in the EU’s "
                    "languages.",
                    "Jäsenvaltioiden Turvallisemman internetin keskukset ovat edelleen "
                    "strategian ytimessä. Ne toteuttavat valistuskampanjoita, auttavia "
                    "puhelimia ja vihjepalveluja, ja Better Internet for Kids -portaali kokoaa "
                    "niiden aineistot EU:n kielillä.",
                    "Les centres pour un internet plus sûr des États membres restent au cœur de "
                    "la stratégie. Ils mènent des campagnes de sensibilisation et gèrent des "
                    "lignes d’écoute et de signalement, et le portail Better Internet for Kids "
                    "rassemble leurs ressources dans les langues de l’UE.",
                ),
            ),
            (
                "p",
                T(
                    "The strategy was prepared after a consultation in which children and young "
                    "people gave their views.",
                    "Strategia laadittiin kuulemisen jälkeen, jossa lapset ja nuoret kertoivat "
                    "näkemyksensä.",
                    "La stratégie a été élaborée après une consultation au cours de laquelle "
                    "des enfants et des jeunes ont donné leur avis.",
                ),
            ),
        ],
    },
    {
        "key": "directive-recast",
        "organisation": "european-commission",
        "sid_edition": 2024,
        "title": T(
            "Commission proposes to update the rules on child sexual abuse offences",
            "Komissio ehdottaa lasten seksuaalista hyväksikäyttöä koskevien rikossääntöjen päivittämistä",
            "La Commission propose d’actualiser les règles sur les infractions d’abus sexuels sur enfants",
        ),
        "slug": T(
            "proposal-recast-directive-2011-93",
            "ehdotus-direktiivin-2011-93-uudistus",
            "proposition-refonte-directive-2011-93",
        ),
        "date": when(2024, 2, 6, 11),
        "dateline": T(
            "Strasbourg, 6 February 2024", "Strasbourg, 6.2.2024", "Strasbourg, 6 février 2024"
        ),
        "summary": T(
            "The proposed recast of Directive 2011/93/EU would cover livestreamed abuse, manuals "
            "for offenders and material made with artificial intelligence, and make reporting "
            "and support easier for victims.",
            "Ehdotettu direktiivin 2011/93/EU uudelleenlaadinta kattaisi suoratoistetun "
            "hyväksikäytön, tekijöille tarkoitetut oppaat ja tekoälyllä tuotetun materiaalin "
            "sekä helpottaisi uhrien ilmoittamista ja tuen saamista.",
            "La refonte proposée de la directive 2011/93/UE couvrirait les abus diffusés en "
            "direct, les manuels destinés aux auteurs et les contenus créés par intelligence "
            "artificielle, et faciliterait le signalement et le soutien pour les victimes.",
        ),
        "source_title": T(
            "Proposal for a Directive on combating the sexual abuse and sexual exploitation of children and child sexual abuse material (recast), COM(2024) 60",
            "Ehdotus direktiiviksi lasten seksuaalisen hyväksikäytön ja seksuaalisen riiston sekä lasten seksuaalista hyväksikäyttöä esittävän materiaalin torjumisesta (uudelleenlaadittu), COM(2024) 60",
            "Proposition de directive relative à la lutte contre les abus sexuels et l’exploitation sexuelle des enfants, ainsi que les matériels relatifs à des abus sexuels sur enfants (refonte), COM(2024) 60",
        ),
        "source_url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52024PC0060",
        "categories": ["policy-and-legislation"],
        "tags": ["Child Sexual Abuse Directive", "artificial intelligence", "European Commission"],
        "body": [
            (
                "p",
                T(
                    "Proposed on Safer Internet Day 2024, the recast would bring the 2011 rules "
                    "up to date with how abuse is committed today, and speak of child sexual "
                    "abuse material instead of child pornography.",
                    "Turvallisemman internetin päivänä 2024 ehdotettu uudelleenlaadinta "
                    "saattaisi vuoden 2011 säännöt ajan tasalle sen kanssa, miten hyväksikäyttöä "
                    "nykyään tehdään, ja puhuisi lapsipornografian sijaan lasten seksuaalista "
                    "hyväksikäyttöä esittävästä materiaalista.",
                    "Proposée lors de la Journée pour un internet plus sûr 2024, la refonte "
                    "adapterait les règles de 2011 aux formes actuelles des abus et parlerait de "
                    "matériel relatif à des abus sexuels sur enfants plutôt que de "
                    "pédopornographie.",
                ),
            ),
            (
                "p",
                T(
                    "New offences would cover the livestreaming of abuse and the possession and "
                    "exchange of manuals on how to abuse children. The definition of abuse "
                    "material would also cover material produced with artificial intelligence, "
                    "such as deepfakes.",
                    "Uudet rikostunnusmerkistöt kattaisivat hyväksikäytön suoratoiston sekä "
                    "lasten hyväksikäyttöön opastavien oppaiden hallussapidon ja vaihdon. "
                    "Hyväksikäyttömateriaalin määritelmä kattaisi myös tekoälyllä tuotetun "
                    "materiaalin, kuten syväväärennökset.",
                    "De nouvelles infractions viseraient la diffusion en direct d’abus ainsi que "
                    "la possession et l’échange de manuels expliquant comment abuser d’enfants. "
                    "La définition des contenus pédocriminels couvrirait aussi les contenus "
                    "produits par intelligence artificielle, comme les hypertrucages.",
                ),
            ),
            (
                "p",
                T(
                    "The proposal would also give victims more time to report abuse, change the "
                    "rules on mandatory reporting, and give victims a right to financial "
                    "compensation.",
                    "Ehdotus antaisi uhreille myös enemmän aikaa ilmoittaa hyväksikäytöstä, "
                    "muuttaisi pakollista ilmoittamista koskevia sääntöjä ja antaisi uhreille "
                    "oikeuden taloudelliseen korvaukseen.",
                    "La proposition donnerait aussi aux victimes plus de temps pour signaler les "
                    "abus, modifierait les règles de signalement obligatoire et leur ouvrirait "
                    "un droit à une indemnisation financière.",
                ),
            ),
        ],
    },
    {
        "key": "digital-services-act",
        "title": T(
            "Digital Services Act now applies to all online platforms",
            "Digipalvelusäädös koskee nyt kaikkia verkkoalustoja",
            "Le règlement sur les services numériques s’applique désormais à toutes les plateformes",
        ),
        "slug": T(
            "digital-services-act-minors",
            "digipalvelusaados-alaikaiset",
            "reglement-services-numeriques-mineurs",
        ),
        "date": when(2024, 2, 17, 8),
        "dateline": None,
        "summary": T(
            "From 17 February 2024 every online platform in the EU must protect minors’ "
            "privacy, safety and security, and may not show them adverts based on profiling.",
            "Jokaisen EU:ssa toimivan verkkoalustan on 17.2.2024 alkaen suojeltava "
            "alaikäisten yksityisyyttä ja turvallisuutta, eikä se saa näyttää heille "
            "profilointiin perustuvia mainoksia.",
            "Depuis le 17 février 2024, toute plateforme en ligne de l’UE doit protéger la "
            "vie privée, la sûreté et la sécurité des mineurs, et ne peut plus leur présenter "
            "de publicité fondée sur le profilage.",
        ),
        "source_title": T(
            "Regulation (EU) 2022/2065 (Digital Services Act)",
            "Asetus (EU) 2022/2065 (digipalvelusäädös)",
            "Règlement (UE) 2022/2065 (règlement sur les services numériques)",
        ),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2022/2065/oj",
        "categories": ["policy-and-legislation"],
        "tags": ["Digital Services Act", "online platforms"],
        "body": [
            (
                "p",
                T(
                    "The Digital Services Act has applied to the largest platforms and search "
                    "engines since August 2023. Since 17 February 2024 it applies to all "
                    "intermediary services in the EU, and each Member State has a Digital "
                    "Services Coordinator to enforce it.",
                    "Digipalvelusäädöstä on sovellettu suurimpiin alustoihin ja hakukoneisiin "
                    "elokuusta 2023. Helmikuun 17. päivästä 2024 se koskee kaikkia EU:n "
                    "välityspalveluja, ja jokaisella jäsenvaltiolla on digitaalisten palvelujen "
                    "koordinaattori valvomassa sitä.",
                    "Le règlement sur les services numériques s’applique aux plus grandes "
                    "plateformes et aux plus grands moteurs de recherche depuis août 2023. "
                    "Depuis le 17 février 2024, il s’applique à tous les services "
                    "intermédiaires de l’UE, et chaque État membre dispose d’un coordinateur "
                    "pour les services numériques chargé de le faire respecter.",
                ),
            ),
            (
                "p",
                T(
                    "Article 28 requires online platforms that minors can use to take "
                    "appropriate and proportionate measures for a high level of privacy, safety "
                    "and security of minors. Platforms may not present adverts based on "
                    "profiling when they are reasonably certain that the user is a minor.",
                    "Artiklan 28 mukaan verkkoalustojen, joita alaikäiset voivat käyttää, on "
                    "toteutettava asianmukaiset ja oikeasuhteiset toimenpiteet alaikäisten "
                    "yksityisyyden ja turvallisuuden korkean tason varmistamiseksi. Alustat "
                    "eivät saa esittää profilointiin perustuvia mainoksia, kun ne ovat "
                    "kohtuullisen varmoja siitä, että käyttäjä on alaikäinen.",
                    "L’article 28 impose aux plateformes accessibles aux mineurs de prendre des "
                    "mesures appropriées et proportionnées pour garantir un niveau élevé de "
                    "protection de la vie privée, de sûreté et de sécurité des mineurs. Elles ne "
                    "peuvent pas présenter de publicité fondée sur le profilage lorsqu’elles "
                    "savent avec une certitude raisonnable que l’utilisateur est mineur.",
                ),
            ),
            (
                "p",
                T(
                    "Anyone can notify a platform of illegal content, including child sexual "
                    "abuse material, and platforms must deal first with notices from trusted "
                    "flaggers, a status that hotlines can be awarded.",
                    "Kuka tahansa voi ilmoittaa alustalle laittomasta sisällöstä, myös lasten "
                    "seksuaalista hyväksikäyttöä esittävästä materiaalista, ja alustojen on "
                    "käsiteltävä ensin luotettujen ilmoittajien ilmoitukset. Tämän aseman voivat "
                    "saada myös vihjepalvelut.",
                    "Chacun peut signaler à une plateforme un contenu illicite, y compris un "
                    "contenu pédocriminel, et les plateformes doivent traiter en priorité les "
                    "notifications des signaleurs de confiance, un statut que les lignes de "
                    "signalement peuvent obtenir.",
                ),
            ),
        ],
    },
    {
        "key": "inhope-network",
        "related": [("directory.HelpIndexPage", "help")],
        "organisation": "inhope",
        "title": T(
            "INHOPE: a global network of hotlines against child sexual abuse material",
            "INHOPE: maailmanlaajuinen vihjepalvelujen verkosto lasten hyväksikäyttömateriaalia vastaan",
            "INHOPE : un réseau mondial de lignes de signalement contre les contenus pédocriminels",
        ),
        "slug": T(
            "inhope-hotline-network",
            "inhope-vihjepalveluverkosto",
            "inhope-reseau-lignes-signalement",
        ),
        "date": when(2025, 9, 16),
        "dateline": None,
        "summary": T(
            "More than 50 member hotlines in over 45 countries take anonymous reports from the "
            "public, assess them and work to have illegal material removed.",
            "Yli 50 jäsenvihjepalvelua yli 45 maassa ottaa vastaan nimettömiä ilmoituksia "
            "yleisöltä, arvioi ne ja pyrkii saamaan laittoman materiaalin poistetuksi.",
            "Plus de 50 lignes de signalement membres, dans plus de 45 pays, reçoivent les "
            "signalements anonymes du public, les évaluent et font retirer les contenus "
            "illégaux.",
        ),
        "source_title": T("INHOPE: Who we are", "INHOPE: Keitä olemme", "INHOPE : Qui sommes-nous"),
        "source_url": "https://www.inhope.org/EN/articles/who-we-are",
        "categories": ["hotlines"],
        "tags": ["INHOPE", "ICCAM", "reporting"],
        "body": [
            (
                "p",
                T(
                    "The first internet hotline for reports of child sexual abuse material "
                    "opened in the Netherlands in June 1996. In November 1999 eight hotlines "
                    "founded the INHOPE association so that they could pass reports to each "
                    "other across borders.",
                    "Ensimmäinen lasten seksuaalista hyväksikäyttöä esittävää materiaalia "
                    "koskevien ilmoitusten vihjepalvelu avattiin Alankomaissa kesäkuussa 1996. "
                    "Marraskuussa 1999 kahdeksan vihjepalvelua perusti INHOPE-yhdistyksen, "
                    "jotta ne voisivat välittää ilmoituksia toisilleen yli rajojen.",
                    "La première ligne de signalement des contenus pédocriminels sur internet a "
                    "ouvert aux Pays-Bas en juin 1996. En novembre 1999, huit lignes de "
                    "signalement ont fondé l’association INHOPE afin de se transmettre les "
                    "signalements par-delà les frontières.",
                ),
            ),
            (
                "p",
                T(
                    "Today the network has more than 50 member hotlines in over 45 countries. "
                    "Their analysts assess each report; when the material is illegal, they "
                    "inform law enforcement and ask the hosting provider to take it down.",
                    "Nykyään verkostoon kuuluu yli 50 vihjepalvelua yli 45 maassa. Niiden "
                    "analyytikot arvioivat jokaisen ilmoituksen; jos materiaali on laitonta, he "
                    "ilmoittavat lainvalvontaviranomaisille ja pyytävät palveluntarjoajaa "
                    "poistamaan sen.",
                    "Aujourd’hui, le réseau compte plus de 50 lignes de signalement membres dans "
                    "plus de 45 pays. Leurs analystes examinent chaque signalement ; lorsque le "
                    "contenu est illégal, ils informent les services répressifs et demandent à "
                    "l’hébergeur de le retirer.",
                ),
            ),
            (
                "p",
                T(
                    "Hotlines exchange reports through ICCAM, a secure platform that INHOPE "
                    "provides to its members and to INTERPOL, so that a report made in one "
                    "country reaches the hotline of the country where the material is hosted.",
                    "Vihjepalvelut vaihtavat ilmoituksia ICCAM-järjestelmän kautta. Se on "
                    "INHOPEn jäsenilleen ja INTERPOLille tarjoama suojattu alusta, jonka ansiosta "
                    "yhdessä maassa tehty ilmoitus päätyy sen maan vihjepalveluun, jossa "
                    "materiaalia säilytetään.",
                    "Les lignes de signalement échangent les signalements via ICCAM, une "
                    "plateforme sécurisée qu’INHOPE met à la disposition de ses membres et "
                    "d’INTERPOL, afin qu’un signalement fait dans un pays parvienne à la ligne "
                    "du pays où le contenu est hébergé.",
                ),
            ),
        ],
    },
    {
        "key": "report-to-a-hotline",
        "related": [
            ("campaigns.CampaignPage", "report-child-sexual-abuse-material"),
            ("directory.HelpIndexPage", "help"),
        ],
        "organisation": "inhope",
        "title": T(
            "Report it, don’t share it: what happens when you contact a hotline",
            "Ilmoita, älä jaa: mitä tapahtuu, kun otat yhteyttä vihjepalveluun",
            "Signalez, ne partagez pas : ce qui se passe quand vous contactez une ligne de signalement",
        ),
        "slug": T("report-it-dont-share-it", "ilmoita-ala-jaa", "signalez-ne-partagez-pas"),
        "date": when(2025, 11, 18),
        "dateline": None,
        "summary": T(
            "Sharing a link to abuse material, even to warn others, spreads it further. "
            "Reporting it to a hotline gets it assessed and removed, and you can stay anonymous.",
            "Linkin jakaminen hyväksikäyttömateriaaliin, vaikka muita varoittaakseen, levittää "
            "sitä edelleen. Kun ilmoitat siitä vihjepalveluun, se arvioidaan ja poistetaan, ja "
            "voit pysyä nimettömänä.",
            "Partager un lien vers un contenu pédocriminel, même pour mettre en garde, le "
            "diffuse davantage. Le signaler à une ligne de signalement permet de le faire "
            "examiner et retirer, et vous pouvez rester anonyme.",
        ),
        "source_title": T(
            "INHOPE: About INHOPE", "INHOPE: Tietoa INHOPEsta", "INHOPE : À propos d’INHOPE"
        ),
        "source_url": "https://www.inhope.org/EN/articles/about-inhope",
        "categories": ["hotlines", "awareness"],
        "tags": ["reporting", "INHOPE"],
        "body": [
            (
                "h2",
                T(
                    "What happens to your report",
                    "Mitä ilmoituksellesi tapahtuu",
                    "Ce que devient votre signalement",
                ),
            ),
            (
                "ul",
                [
                    T(
                        "You report the web address to your national hotline with its online form. You do not have to give your name.",
                        "Ilmoitat verkko-osoitteen kansalliseen vihjepalveluun sen verkkolomakkeella. Sinun ei tarvitse kertoa nimeäsi.",
                        "Vous signalez l’adresse web à la ligne de signalement de votre pays via son formulaire en ligne. Vous n’êtes pas obligé de donner votre nom.",
                    ),
                    T(
                        "A trained analyst checks whether the material is illegal. Never download or keep it as evidence yourself.",
                        "Koulutettu analyytikko tarkistaa, onko materiaali laitonta. Älä koskaan lataa tai säilytä sitä itse todisteeksi.",
                        "Un analyste formé vérifie si le contenu est illégal. Ne le téléchargez jamais et ne le conservez pas vous-même comme preuve.",
                    ),
                    T(
                        "If it is illegal, the hotline informs the police and asks the hosting provider to remove it. If it is hosted abroad, the report goes to the hotline in that country.",
                        "Jos materiaali on laitonta, vihjepalvelu ilmoittaa poliisille ja pyytää palveluntarjoajaa poistamaan sen. Jos sitä säilytetään ulkomailla, ilmoitus välitetään sen maan vihjepalveluun.",
                        "S’il est illégal, la ligne de signalement prévient la police et demande à l’hébergeur de le retirer. S’il est hébergé à l’étranger, le signalement est transmis à la ligne du pays concerné.",
                    ),
                ],
            ),
            (
                "p",
                T(
                    "If a child is in immediate danger, call the emergency number 112. If the "
                    "images show you, a helpline can help you get them removed and talk through "
                    "what happened.",
                    "Jos lapsi on välittömässä vaarassa, soita hätänumeroon 112. Jos kuvissa "
                    "olet sinä, auttava puhelin voi auttaa saamaan ne poistetuiksi ja puhua "
                    "tapahtuneesta kanssasi.",
                    "Si un enfant est en danger immédiat, appelez le numéro d’urgence 112. Si "
                    "les images vous montrent, une ligne d’écoute peut vous aider à les faire "
                    "retirer et à parler de ce qui s’est passé.",
                ),
            ),
        ],
    },
    {
        "key": "cybertipline",
        "related": [
            ("campaigns.CampaignPage", "take-it-down"),
            ("directory.HelpIndexPage", "help", "US"),
        ],
        "organisation": "ncmec-cybertipline",
        "title": T(
            "How the CyberTipline connects reports from US services with police in Europe",
            "Näin CyberTipline välittää yhdysvaltalaisten palvelujen ilmoitukset Euroopan poliisille",
            "Comment la CyberTipline relie les signalements des services américains à la police en Europe",
        ),
        "slug": T(
            "how-the-cybertipline-works",
            "nain-cybertipline-toimii",
            "comment-fonctionne-la-cybertipline",
        ),
        "date": when(2025, 6, 10),
        "dateline": None,
        "summary": T(
            "Online services based in the United States must report apparent child sexual abuse "
            "material to NCMEC’s CyberTipline, which passes reports about other countries on to "
            "law enforcement there.",
            "Yhdysvalloissa toimivien verkkopalvelujen on ilmoitettava ilmeisestä lasten "
            "seksuaalista hyväksikäyttöä esittävästä materiaalista NCMEC:n CyberTipline-"
            "palveluun, joka välittää muita maita koskevat ilmoitukset niiden "
            "lainvalvontaviranomaisille.",
            "Les services en ligne établis aux États-Unis doivent signaler tout contenu "
            "pédocriminel apparent à la CyberTipline du NCMEC, qui transmet les signalements "
            "concernant d’autres pays à leurs services répressifs.",
        ),
        "source_title": T(
            "NCMEC: CyberTipline",
            "NCMEC: CyberTipline-ilmoituspalvelu",
            "NCMEC : service de signalement CyberTipline",
        ),
        "source_url": "https://www.missingkids.org/gethelpnow/cybertipline",
        "categories": ["hotlines"],
        "tags": ["NCMEC", "reporting"],
        "body": [
            (
                "p",
                T(
                    "The National Center for Missing and Exploited Children (NCMEC), a "
                    "non-profit organisation in the United States, runs the CyberTipline. Under "
                    "US federal law, online services based in the United States must report to "
                    "it the apparent child sexual abuse material they become aware of.",
                    "Yhdysvaltalainen voittoa tavoittelematon järjestö National Center for "
                    "Missing and Exploited Children (NCMEC) ylläpitää CyberTipline-palvelua. "
                    "Yhdysvaltain liittovaltion lain mukaan Yhdysvalloissa toimivien "
                    "verkkopalvelujen on ilmoitettava sille tietoonsa tulleesta ilmeisestä "
                    "lasten seksuaalista hyväksikäyttöä esittävästä materiaalista.",
                    "Le Centre national pour les enfants disparus et exploités (NCMEC), une "
                    "organisation à but non lucratif américaine, gère la CyberTipline. En vertu "
                    "du droit fédéral américain, les services en ligne établis aux États-Unis "
                    "doivent lui signaler les contenus pédocriminels apparents dont ils ont "
                    "connaissance.",
                ),
            ),
            (
                "p",
                T(
                    "Because these services are used all over the world, many reports concern "
                    "children and offenders outside the United States. NCMEC makes them "
                    "available to law enforcement in the countries concerned, including EU "
                    "Member States.",
                    "Koska näitä palveluja käytetään kaikkialla maailmassa, monet ilmoitukset "
                    "koskevat lapsia ja tekijöitä Yhdysvaltojen ulkopuolella. NCMEC toimittaa ne "
                    "kyseisten maiden lainvalvontaviranomaisille, myös EU:n jäsenvaltioissa.",
                    "Ces services étant utilisés dans le monde entier, de nombreux signalements "
                    "concernent des enfants et des auteurs hors des États-Unis. Le NCMEC les met "
                    "à la disposition des services répressifs des pays concernés, y compris des "
                    "États membres de l’UE.",
                ),
            ),
            (
                "p",
                T(
                    "Since 2024 US law also requires services to report online enticement of "
                    "children and child sex trafficking. NCMEC also runs Take It Down, a free "
                    "service that helps young people remove nude or sexual images of "
                    "themselves taken before they were 18.",
                    "Vuodesta 2024 Yhdysvaltain laki on velvoittanut palvelut ilmoittamaan myös "
                    "lasten houkuttelusta verkossa ja lapsikaupasta seksuaalisiin tarkoituksiin. "
                    "NCMEC ylläpitää myös maksutonta Take It Down -palvelua, joka auttaa nuoria "
                    "poistamaan itsestään alle 18-vuotiaana otettuja alaston- tai "
                    "seksuaalisia kuvia.",
                    "Depuis 2024, la loi américaine oblige aussi les services à signaler la "
                    "sollicitation d’enfants en ligne et la traite d’enfants à des fins "
                    "sexuelles. Le NCMEC gère aussi Take It Down, un service gratuit qui aide "
                    "les jeunes à faire retirer des images nues ou sexuelles d’eux-mêmes prises "
                    "avant leurs 18 ans.",
                ),
            ),
        ],
    },
    {
        "key": "sid-2026",
        "sid_edition": 2026,
        "related": [
            ("campaigns.CampaignPage", "sid-assembly-pack"),
            # A sample SID 2026 assembly in the United Kingdom, from the events demo.
            ("events.EventPage", {"external_id": "sample-0221"}),
            ("directory.HelpIndexPage", "help", "GB"),
        ],
        "title": T(
            "Safer Internet Day 2026 is on Tuesday 10 February",
            "Turvallisemman internetin päivää vietetään tiistaina 10. helmikuuta 2026",
            "La Journée pour un internet plus sûr 2026 a lieu le mardi 10 février",
        ),
        "slug": T(
            "safer-internet-day-2026",
            "turvallisemman-internetin-paiva-2026",
            "journee-internet-plus-sur-2026",
        ),
        "date": when(2025, 10, 7),
        "dateline": None,
        "summary": T(
            "Schools, families, companies and Safer Internet Centres around the world mark the "
            "day under the slogan “Together for a better internet”.",
            "Koulut, perheet, yritykset ja Turvallisemman internetin keskukset ympäri maailmaa "
            "viettävät päivää iskulauseella ”Yhdessä parempi internet”.",
            "Écoles, familles, entreprises et centres pour un internet plus sûr du monde entier "
            "célèbrent la journée sous le slogan « Ensemble pour un internet meilleur ».",
        ),
        "source_title": T(
            "Safer Internet Day",
            "Turvallisemman internetin päivä",
            "Journée pour un internet plus sûr",
        ),
        "source_url": "https://www.saferinternetday.org/",
        "categories": ["safer-internet-day", "awareness"],
        "tags": ["SID 2026", "Insafe"],
        "body": [
            (
                "p",
                T(
                    "Safer Internet Day 2026 takes place on Tuesday 10 February 2026. The day "
                    "began in 2004 as an initiative of the EU SafeBorders project and was taken "
                    "up by the Insafe network of Safer Internet Centres in 2005. It is now "
                    "marked in around 180 countries and territories.",
                    "Turvallisemman internetin päivää vietetään tiistaina 10. helmikuuta 2026. "
                    "Päivä sai alkunsa vuonna 2004 EU:n SafeBorders-hankkeen aloitteesta, ja "
                    "Turvallisemman internetin keskusten Insafe-verkosto otti sen ohjelmaansa "
                    "vuonna 2005. Nykyään sitä vietetään noin 180 maassa ja alueella.",
                    "La Journée pour un internet plus sûr 2026 a lieu le mardi 10 février 2026. "
                    "Elle est née en 2004 d’une initiative du projet européen SafeBorders et a "
                    "été reprise en 2005 par Insafe, le réseau des centres pour un internet plus "
                    "sûr. Elle est aujourd’hui célébrée dans environ 180 pays et territoires.",
                ),
            ),
            (
                "p",
                T(
                    "In Europe, Safer Internet Centres coordinate national activities and "
                    "campaigns in their own languages. Anyone can take part: a school assembly, "
                    "a family conversation about online life, a workshop for parents or a "
                    "company volunteering day all count.",
                    "Euroopassa Turvallisemman internetin keskukset koordinoivat kansallisia "
                    "tapahtumia ja kampanjoita omilla kielillään. Kuka tahansa voi osallistua: "
                    "koulun päivänavaus, perheen keskustelu verkkoelämästä, vanhempien työpaja "
                    "tai yrityksen vapaaehtoispäivä ovat kaikki mukana.",
                    "En Europe, les centres pour un internet plus sûr coordonnent des activités "
                    "et des campagnes nationales dans leur propre langue. Tout le monde peut "
                    "participer : un rassemblement à l’école, une discussion en famille sur la "
                    "vie en ligne, un atelier pour les parents ou une journée de bénévolat en "
                    "entreprise.",
                ),
            ),
            (
                "p",
                T(
                    "If you organise an activity, add it to the events on this site so that "
                    "others can find and join it.",
                    "Jos järjestät tapahtuman, lisää se tämän sivuston tapahtumiin, jotta muut "
                    "löytävät sen ja voivat osallistua.",
                    "Si vous organisez une activité, ajoutez-la aux événements de ce site pour "
                    "que d’autres puissent la trouver et y participer.",
                ),
            ),
        ],
    },
    {
        "key": "sid-2027",
        "organisation": "european-commission",
        "sid_edition": 2027,
        "related": [
            ("campaigns.CampaignPage", "sid-assembly-pack"),
            # A sample assembly on Safer Internet Day 2027 itself, from the events demo.
            ("events.EventPage", {"external_id": "sample-0108"}),
        ],
        "title": T(
            "Save the date: Safer Internet Day 2027 on 9 February",
            "Merkitse kalenteriin: Turvallisemman internetin päivä 9. helmikuuta 2027",
            "À noter : Journée pour un internet plus sûr 2027 le 9 février",
        ),
        "slug": T(
            "safer-internet-day-2027",
            "turvallisemman-internetin-paiva-2027",
            "journee-internet-plus-sur-2027",
        ),
        "date": when(2026, 3, 3),
        "dateline": None,
        "summary": T(
            "The next edition is planned for Tuesday 9 February 2027. The date is provisional "
            "until the organisers confirm it.",
            "Seuraavaa päivää suunnitellaan tiistaiksi 9. helmikuuta 2027. Päivämäärä on "
            "alustava, kunnes järjestäjät vahvistavat sen.",
            "La prochaine édition est prévue le mardi 9 février 2027. Cette date reste "
            "provisoire jusqu’à sa confirmation par les organisateurs.",
        ),
        "source_title": T(
            "Better Internet for Kids portal",
            "Better Internet for Kids -portaali",
            "Portail Better Internet for Kids",
        ),
        "source_url": "https://better-internet-for-kids.europa.eu/",
        "categories": ["safer-internet-day"],
        "tags": ["SID 2027", "Insafe"],
        "body": [
            (
                "p",
                T(
                    "Safer Internet Day 2027 is planned for Tuesday 9 February 2027. Until the "
                    "organisers confirm it, treat the date as provisional.",
                    "Turvallisemman internetin päivää 2027 suunnitellaan tiistaiksi 9. "
                    "helmikuuta 2027. Pidä päivämäärää alustavana, kunnes järjestäjät "
                    "vahvistavat sen.",
                    "La Journée pour un internet plus sûr 2027 est prévue le mardi 9 février "
                    "2027. Tant que les organisateurs ne l’ont pas confirmée, considérez cette "
                    "date comme provisoire.",
                ),
            ),
            (
                "p",
                T(
                    "Planning early helps: schools can put the day in their calendar, and Safer "
                    "Internet Centres announce national themes and materials in the months "
                    "before. The global slogan has for years been “Together for a better "
                    "internet”.",
                    "Ennakkosuunnittelu auttaa: koulut voivat merkitä päivän kalenteriinsa, ja "
                    "Turvallisemman internetin keskukset julkistavat kansalliset teemat ja "
                    "materiaalit edeltävinä kuukausina. Maailmanlaajuinen iskulause on jo vuosia "
                    "ollut ”Yhdessä parempi internet”.",
                    "Anticiper aide : les écoles peuvent inscrire la journée à leur calendrier, "
                    "et les centres pour un internet plus sûr annoncent les thèmes et supports "
                    "nationaux dans les mois qui précèdent. Le slogan mondial est depuis des "
                    "années « Ensemble pour un internet meilleur ».",
                ),
            ),
        ],
    },
]
