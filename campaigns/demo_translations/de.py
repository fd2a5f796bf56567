from campaigns import demo_content as en

LIBRARY = (
    "Kampagnen und Unterrichtsmaterial",
    "Unterrichtseinheiten, Leitfäden, Plakate und Kampagnen von Awareness-Zentren, "
    "Beratungsstellen und Meldestellen. Filtern Sie nach Thema, Alter und Sprache.",
)

STRINGS = {
    en.CREDIT: "Darf in Schulen und in der Jugendarbeit frei gedruckt und weitergegeben werden. "
    "Bitte nennen Sie den Herausgeber und verkaufen Sie das Material nicht.",
    en.ADAPT: "Sie dürfen das Material übersetzen und für Ihr Land anpassen. Schicken Sie Ihre "
    "Fassung an den Herausgeber, damit auch andere sie nutzen können.",
    en.LINK: "Teilen Sie lieber den Link als Kopien, damit alle immer die aktuellen Hinweise "
    "bekommen.",
    en.LESSON_PLAN: "Unterrichtsentwurf",
    en.SLIDES: "Folien für die Stunde",
    en.POSTER: "Plakat für das Klassenzimmer",
    en.ASSEMBLY: "Ablauf und Folien für die Schulversammlung",
    en.PARENTS_GUIDE: "Leitfaden für Eltern und Erziehungsberechtigte",
    en.YOUNG_GUIDE: "Leitfaden für Jugendliche",
    en.LEAFLET: "Faltblatt",
    en.CARDS: "Gesprächskarten",
    en.QUIZ: "Wissensquiz",
    en.FILM: "Kurzfilm",
    en.CHECKLIST: "Checkliste",
    en.INFOGRAPHIC: "Infografik",
    en.TOOLKIT: "Materialsammlung für Fachkräfte",
    en.WEBINAR: "Aufzeichnung des Online-Seminars",
    en.COMIC: "Comicheft",
    en.REPORT: "Forschungsbericht",
    en.SUMMARY: "Zusammenfassung der Ergebnisse",
    en.AGREEMENT: "Vorlage für eine Familienvereinbarung",
    en.SETTINGS: "Einstellungen Schritt für Schritt",
    en.ACTIVITIES: "Arbeitsblätter",
    en.COURSE: "Online-Kurs",
    en.GAME: "Spiel",
    "Take It Down (NCMEC)": "Take-It-Down-Dienst (NCMEC)",
    en.PROJECTOR: "Ein Beamer oder großer Bildschirm",
    en.SCENARIO_CARDS: "Gedruckte Situationskarten, ein Satz pro Gruppe",
    en.PENS: "Papier und Stifte",
    en.QUIET_SPACE: "Ein ruhiger Raum für Schülerinnen und Schüler, die danach reden möchten",
    en.DEVICES: "Tablets oder Computer, eines für je zwei Kinder",
    "Pupils can name three warning signs of grooming.": "Die Kinder können drei Warnzeichen "
    "für Cybergrooming nennen.",
    "Pupils know two ways to report and who to talk to.": "Die Kinder kennen zwei Wege, etwas "
    "zu melden, und wissen, mit wem sie sprechen können.",
    "Children can describe how an unkind message makes someone feel.": "Die Kinder können "
    "beschreiben, wie sich jemand nach einer gemeinen Nachricht fühlt.",
    "Children can name an adult they would tell.": "Die Kinder können eine erwachsene Person "
    "nennen, der sie sich anvertrauen würden.",
    "Students can list what a search reveals about a person.": "Die Jugendlichen können "
    "aufzählen, was eine Suche über eine Person verrät.",
    "Students can change the privacy settings of one account.": "Die Jugendlichen können die "
    "Privatsphäre-Einstellungen eines Kontos ändern.",
    "Pupils can check who made a post and when.": "Die Kinder können prüfen, wer einen Beitrag "
    "wann erstellt hat.",
    "Pupils can explain why false posts spread quickly.": "Die Kinder können erklären, warum "
    "sich falsche Beiträge schnell verbreiten.",
    "Students can tell hate speech apart from opinion.": "Die Jugendlichen können Hassrede von "
    "einer Meinung unterscheiden.",
    "Students know how to report a hateful post.": "Die Jugendlichen wissen, wie sie einen "
    "hasserfüllten Beitrag melden.",
    "Students can explain what consent means online.": "Die Jugendlichen können erklären, was "
    "Einverständnis im Netz bedeutet.",
    "Students know what to do if an image is shared without consent.": "Die Jugendlichen "
    "wissen, was zu tun ist, wenn ein Bild ohne Einverständnis geteilt wird.",
    "Students can explain why a fake nude is image-based abuse.": "Die Jugendlichen können "
    "erklären, warum ein gefälschtes Nacktbild bildbasierte Gewalt ist.",
    "Students know how to report and support the person shown.": "Die Jugendlichen wissen, wie "
    "sie melden und die abgebildete Person unterstützen können.",
}

CTAS = {
    "dont-pay-report": (
        "Unter 18 und im Vereinigten Königreich?",
        "Childline und die IWF helfen dir mit Report Remove, ein Nacktbild entfernen zu lassen.",
        "Report Remove nutzen",
    ),
    "take-it-down": (
        "Der Dienst Take It Down",
        "Ein kostenloser Dienst des US-amerikanischen National Center for Missing & Exploited "
        "Children (NCMEC).",
        "Zu Take It Down",
    ),
}

CAMPAIGNS = {
    "dont-pay-report": (
        "Nicht zahlen, melden: Hilfe bei Sextortion",
        "Jemand droht, deine Nacktbilder zu verbreiten, wenn du nicht zahlst oder mehr schickst. "
        "Diese Kampagne sagt Jugendlichen, was sie in der ersten Stunde tun können.",
        [
            "Sextortion ist Erpressung. Zahl nicht und schick nichts mehr: Zahlen beendet die "
            "Drohungen nur selten. Antworte nicht mehr, sichere die Nachrichten und den "
            "Profilnamen und sprich mit einer erwachsenen Person, der du vertraust. Du hast "
            "nichts falsch gemacht, und es gibt Hilfe.",
        ],
    ),
    "take-it-down": (
        "Ein Nacktbild aus dem Netz entfernen lassen",
        "Eine Schritt-für-Schritt-Anleitung für Jugendliche, deren Nackt- oder Sexbild im Netz "
        "ist oder geteilt werden könnte, mit den kostenlosen Diensten, die es entfernen.",
        [
            "Der Dienst Take It Down des NCMEC hilft unter 18-Jährigen, Nackt- oder Sexbilder von "
            "teilnehmenden Plattformen entfernen zu lassen, ohne das Bild an jemanden zu "
            "schicken: Er erstellt einen digitalen Fingerabdruck auf deinem eigenen Gerät. Im "
            "Vereinigten Königreich leistet das Werkzeug Report Remove von IWF und Childline "
            "dasselbe und hält dich auf dem Laufenden. Erwachsene können StopNCII.org nutzen.",
        ],
    ),
    "spotting-grooming": (
        "Cybergrooming erkennen: eine Unterrichtseinheit für 11- bis 14-Jährige",
        "Eine 50-minütige Stunde, in der die Kinder die Maschen von Täterinnen und Tätern "
        "erkennen und erfahren, wo sie für sich oder Freunde Hilfe finden.",
        [
            "Die Kinder verfolgen einen erfundenen Chat zwischen einer 13-Jährigen und einem "
            "neuen Online-„Freund“ und entscheiden bei jedem Schritt, was sich falsch anfühlt. "
            "Die Stunde verzichtet auf beängstigende Details und endet mit den Menschen und "
            "Stellen, an die sich die Kinder wenden können.",
        ],
    ),
    "sid-assembly-pack": (
        "Paket für die Schulversammlung zum Safer Internet Day",
        "Eine sofort einsetzbare 20-minütige Schulversammlung zum Safer Internet Day mit Ablauf, "
        "Folien und Kurzfilm, für Grundschulen und die Unterstufe.",
        [
            "Der Safer Internet Day wird im Februar in mehr als 180 Ländern begangen. Das Paket "
            "schenkt der ganzen Schule einen gemeinsamen Moment: eine Geschichte, drei Fragen zum "
            "Gespräch und ein Versprechen, das jede Klasse gemeinsam formuliert.",
        ],
    ),
    "gaming-settings-parents": (
        "Ein Elternleitfaden zu Spieleinstellungen",
        "So stellen Sie Xbox, PlayStation, Nintendo Switch und beliebte Spiele ein, damit Chat, "
        "Ausgaben und Spielzeit zum Alter Ihres Kindes passen.",
        [
            "Jede Konsole bietet kostenlose Familieneinstellungen: Xbox Family Settings, "
            "PlayStation Family Management und die App Nintendo Switch Parental Controls. "
            "Richten Sie sie gemeinsam mit Ihrem Kind ein, erklären Sie warum, und prüfen Sie vor "
            "dem Kauf die PEGI-Altersfreigabe.",
        ],
    ),
    "cyberbullying-conversation-cards": (
        "Über Cybermobbing sprechen: Gesprächskarten",
        "Dreißig Bildkarten, mit denen 7- bis 11-Jährige über gemeine Nachrichten, das Gefühl, "
        "ausgeschlossen zu sein, und gute Freundschaft im Netz sprechen.",
        [
            "Jede Karte zeigt eine kurze Situation aus einem Gruppenchat oder einem Spiel. Die "
            "Kinder sagen, wie sich die Beteiligten fühlen könnten und was sie tun könnten. Die "
            "Karten eignen sich für die Klasse, für Kleingruppen und für zu Hause.",
        ],
    ),
    "first-phone-agreement": (
        "Das erste Handy: eine Familienvereinbarung",
        "Bevor ein Kind sein erstes Smartphone bekommt: eine Vorlage, um Apps, Bildschirmzeit, "
        "Privatsphäre und das Vorgehen bei Problemen zu vereinbaren.",
        [
            "Eine Vereinbarung wirkt am besten, wenn Kinder sie mitschreiben. Beginnen Sie mit dem, "
            "worauf sie sich freuen, einigen Sie sich auf wenige klare Regeln und versprechen Sie, "
            "dass das Erzählen von Problemen nie den Verlust des Handys bedeutet.",
        ],
    ),
    "online-reputation-workshop": (
        "Dein digitaler Fußabdruck: ein Workshop zum Ruf im Netz",
        "Ein Workshop für 14- bis 18-Jährige darüber, was andere über sie finden können, wie sich "
        "das auf Bewerbungen und Freundschaften auswirkt und wie sie die Kontrolle zurückgewinnen.",
        [
            "Die Jugendlichen recherchieren zu einer erfundenen Person, erstellen aus den Funden "
            "ein Profil und prüfen dann ihre eigenen Privatsphäre-Einstellungen. Am Ende steht ein "
            "Plan für ein Konto, das jede und jeder aufräumen möchte.",
        ],
    ),
    "fake-news-detectives": (
        "Falschmeldungs-Detektive",
        "Die Kinder lernen, einen viralen Beitrag in fünf Schritten zu prüfen: Wer hat ihn "
        "erstellt, welche Belege gibt es, was sagen andere Quellen und warum wurde er geteilt?",
        [
            "In Teams untersuchen die Kinder drei Beiträge über einen erfundenen Klassenausflug. "
            "Sie finden die ursprüngliche Quelle, vergleichen Fotos und entscheiden, welchen "
            "Beitrag sie teilen würden. Ein kurzes Quiz prüft eine Woche später, was hängen "
            "geblieben ist.",
        ],
    ),
    "responding-to-hate-speech": (
        "Auf Hassrede im Netz reagieren",
        "Was Jugendliche bei hasserfüllten Beiträgen tun können: melden, die angegriffene Person "
        "unterstützen und antworten, ohne die Lage zu verschärfen.",
        [
            "Hasserfüllte Beiträge verstoßen gegen die Regeln aller großen Plattformen, und viele "
            "sind strafbar. Der Leitfaden erklärt, wie man sie meldet, Beweise sichert und mit "
            "Gegenrede hilft, ohne sich selbst zu gefährden.",
        ],
    ),
    "report-child-sexual-abuse-material": (
        "Gesehen, gemeldet: Darstellungen sexuellen Kindesmissbrauchs",
        "Wenn Sie im Netz auf sexuelle Bilder oder Videos von Kindern stoßen, melden Sie sie "
        "einer Meldestelle. Meldungen sind anonym und führen zur Löschung.",
        [
            "Laden Sie das Material nicht herunter, teilen Sie es nicht und schicken Sie es "
            "niemandem, auch nicht der Polizei. Kopieren Sie die Webadresse und melden Sie sie "
            "Ihrer nationalen Meldestelle, die sie prüft und mit Polizei und Anbietern die "
            "Löschung veranlasst.",
        ],
    ),
    "consent-and-relationships": (
        "Einverständnis und Beziehungen im Netz",
        "Eine Unterrichtseinheit für 14- bis 18-Jährige über Respekt, Druck und Einverständnis "
        "in Online-Beziehungen, auch beim Teilen von Bildern.",
        [
            "Die Jugendlichen besprechen kurze Situationen zu Flirten, Druck beim Verschicken von "
            "Bildern und gebrochenem Vertrauen. Die Stunde spricht positiv über Beziehungen und "
            "klar über die Rechtslage und Hilfsangebote.",
        ],
    ),
    "tablets-and-little-ones": (
        "Tablets und die Kleinsten",
        "Für Familien mit Kindern von 3 bis 7 Jahren: ein Tablet einrichten, gute Apps auswählen "
        "und Bildschirmzeit gemeinsam erleben.",
        [
            "Kleine Kinder lernen am besten, wenn ein Erwachsener dabei ist. Lassen Sie das Tablet "
            "in einem gemeinsamen Raum, schalten Sie In-App-Käufe aus und wählen Sie Apps ohne "
            "Werbung. Sprechen Sie darüber, was Ihr Kind sieht und mag.",
        ],
    ),
    "smart-toys-privacy": (
        "Smarte Spielzeuge und Lautsprecher: die Privatsphäre Ihres Kindes schützen",
        "Vernetzte Spielzeuge, Sprachassistenten und Babyfone sammeln Daten. Was Sie vor dem "
        "Kauf prüfen und welche Einstellungen Sie zu Hause ändern sollten.",
        [
            "Lesen Sie nach, was ein Gerät aufzeichnet und wo es die Daten speichert. Ändern Sie "
            "das voreingestellte Passwort, schalten Sie das Mikrofon aus, wenn Sie es nicht "
            "brauchen, und löschen Sie Sprachaufnahmen regelmäßig.",
        ],
    ),
    "spot-the-scam": (
        "Betrug erkennen: Phishing und Fake-Shops",
        "Ein Quiz und ein Leitfaden zu Phishing-Nachrichten, gefälschten Online-Shops und "
        "Kontodiebstahl, für Jugendliche und Erwachsene.",
        [
            "Betrüger kopieren das Aussehen echter Banken, Paketdienste und Shops. Prüfen Sie "
            "Absender und Webadresse, geben Sie nie einen per SMS erhaltenen Code weiter und melden "
            "Sie die Nachricht, bevor Sie sie löschen.",
        ],
    ),
    "harassment-school-policy": (
        "Sexuelle Belästigung im Netz: ein Leitfaden für Schulen",
        "Wie Schulen sexueller Belästigung im Netz unter Schülerinnen und Schülern vorbeugen und "
        "darauf reagieren, mit Musterkonzept und Checkliste.",
        [
            "Belästigung im Netz bleibt selten im Netz: Sie folgt den Jugendlichen ins "
            "Klassenzimmer. Der Leitfaden behandelt, zuerst zuzuhören, Beweise zu sichern, ohne "
            "Bilder weiterzuverbreiten, Eltern einzubeziehen und wann die Polizei hinzuzuziehen ist.",
        ],
    ),
    "harmful-content-what-to-do": (
        "Etwas Verstörendes im Netz gesehen?",
        "Was du tun kannst, wenn du gewalttätige, selbstverletzende oder andere schädliche "
        "Inhalte siehst, und wie du sie meldest, wenn die Plattform nicht handelt.",
        [
            "Schließe den Inhalt, sprich mit jemandem und kümmere dich zuerst um dich selbst. "
            "Melde ihn dann bei der Plattform. Passiert nichts, helfen Dienste wie Report Harmful "
            "Content im Vereinigten Königreich weiter.",
        ],
    ),
    "talking-about-pornography": (
        "Mit Jugendlichen über Pornografie sprechen",
        "Die meisten Jugendlichen sehen Pornografie, bevor sie 14 sind. Ein Leitfaden für Eltern, "
        "um das Gespräch ruhig und ohne Scham zu beginnen.",
        [
            "Kinder sehen Pornografie oft zufällig. Sagen Sie ihnen, dass Neugier normal ist und "
            "dass das Gesehene nichts mit echten Beziehungen zu tun hat. Bleiben Sie im Gespräch, "
            "statt einmal ein großes Gespräch zu führen.",
        ],
    ),
    "influencers-and-adverts": (
        "Influencer und Werbung: ein Comic",
        "Ein Comic für 7- bis 11-Jährige darüber, wie Influencer Geld verdienen und wie man "
        "Werbung erkennt, die wie ein normales Video aussieht.",
        [
            "Mia möchte die Turnschuhe, die ihr Lieblingsgamer trägt. Die Lesenden begleiten sie, "
            "als sie herausfindet, wer das Video bezahlt hat. Mit Arbeitsblättern gestalten "
            "Klassen ihre eigene ehrliche Werbung.",
        ],
    ),
    "chat-in-online-games": (
        "Chatten in Onlinespielen",
        "Ein kurzes Spiel für 7- bis 11-Jährige über freundliche und unfreundliche Chats in "
        "Onlinespielen und darüber, wann man es einem Erwachsenen sagt.",
        [
            "Die Spielenden helfen einer Spielfigur zu entscheiden, auf welche Nachrichten sie "
            "antwortet, welche sie stummschaltet oder meldet. Das Spiel zeigt: Blockieren und "
            "einem Erwachsenen Bescheid sagen ist immer richtig, und kein Geheimnis von Fremden "
            "muss bewahrt werden.",
        ],
    ),
    "live-streaming-safely": (
        "Sicher live streamen",
        "Ein Kurzfilm und ein Leitfaden für 11- bis 14-Jährige, die live streamen oder zuschauen: "
        "Privatsphäre, Geschenke von Fremden und Bitten, in einen privaten Chat zu wechseln.",
        [
            "Ein Livestream lässt sich nicht zurücknehmen. Streame mit Freunden oder Erwachsenen in "
            "der Nähe, zeige nie deine Schule oder dein Zuhause und sei vorsichtig bei Zuschauern, "
            "die Geschenke schicken und dann eine Gegenleistung wollen.",
        ],
    ),
    "social-workers-toolkit": (
        "Sexueller Kindesmissbrauch im Netz: Materialien für die Soziale Arbeit",
        "Wie sich Missbrauch im Netz in der Fallarbeit zeigt, wie man mit Kindern darüber spricht "
        "und wie man mit Meldestellen und Polizei zusammenarbeitet.",
        [
            "Kinder erzählen selten direkt von Missbrauch im Netz. Die Materialien behandeln "
            "Anzeichen, hilfreiche Fragen, die Dokumentation ohne Weitergabe von Bildern und die "
            "Wege, Material löschen zu lassen.",
        ],
    ),
    "children-and-media-findings": (
        "Kinder und Medien: Ergebnisse für die Politik",
        "Zentrale Ergebnisse einer landesweiten Befragung zur Mediennutzung von 9- bis "
        "18-Jährigen und was sie für Regulierung und Schulen bedeuten.",
        [
            "Die Befragung fragt alle zwei Jahre Tausende Kinder nach ihren Gewohnheiten, guten und "
            "schlechten Erfahrungen im Netz und danach, was Erwachsene tun sollen. Die "
            "Zusammenfassung hebt politisch relevante Entwicklungen hervor.",
        ],
    ),
    "safety-by-design-industry": (
        "Sicherheit von Anfang an: Missbrauchsdarstellungen schneller entfernen",
        "Für Anbieter von Online-Diensten: wie Meldungen der Meldestellen ablaufen, welche "
        "Löschfristen anzustreben sind und wie erneute Uploads verhindert werden.",
        [
            "Die Meldestellen im INHOPE-Netzwerk prüfen Meldungen und benachrichtigen den "
            "Hosting-Anbieter. Schnelle Löschung, Hash-Abgleich mit bekanntem Material und eine "
            "klare Meldeadresse bewirken am meisten.",
        ],
    ),
    "screen-time-balance": (
        "Ein gutes Maß mit Bildschirmen finden",
        "Eine Infografik und ein Leitfaden für Familien zu Schlaf, Hausaufgaben und "
        "Bildschirmen, nach dem, was Jugendlichen selbst hilft.",
        [
            "Statt Minuten zu zählen, fragt der Leitfaden, was Bildschirme verdrängen: Schlaf, "
            "Bewegung, Zeit mit Freunden. Familien vereinbaren bildschirmfreie Zeiten und Orte und "
            "überprüfen sie gemeinsam.",
        ],
    ),
    "digital-footprint-comic": (
        "Spuren, die bleiben: ein Comic",
        "Ein Comic für 7- bis 11-Jährige über ein Foto, das sich weiter verbreitet als geplant, "
        "mit Fragen für das Gespräch in der Klasse.",
        [
            "Luka teilt ein lustiges Foto eines Freundes im Gruppenchat. Am Abend hat es die ganze "
            "Schule gesehen. Der Comic hilft Kindern, vor dem Posten nachzudenken, und zeigt, wie "
            "man Dinge wieder in Ordnung bringt.",
        ],
    ),
    "deepfake-nudes": (
        "Deepfake-Nacktbilder: was das Gesetz sagt und wo es Hilfe gibt",
        "Apps, die gefälschte Nacktbilder erzeugen, werden zum Mobben und Erpressen genutzt. Eine "
        "Unterrichtseinheit und ein Leitfaden für 14- bis 18-Jährige.",
        [
            "Ein gefälschtes Nacktbild ist trotzdem bildbasierte Gewalt. Es zu erstellen oder zu "
            "teilen kann strafbar sein, und die abgebildete Person kann es entfernen lassen. Die "
            "Stunde hilft Jugendlichen, als Zeugen zu handeln und zu wissen, wo sie melden können.",
        ],
    ),
    "call-116-111": (
        "Jemand zum Reden: 116 111",
        "Ein Faltblatt und ein Plakat für Kinder über die kostenlose, vertrauliche "
        "Kinder-Hotline 116 111 und darüber, was bei einem Anruf passiert.",
        [
            "116 111 ist in den meisten europäischen Ländern die Nummer des Kinder- und "
            "Jugendtelefons. Der Anruf ist kostenlos und erscheint nicht auf der Rechnung. Kinder "
            "können über alles sprechen oder chatten, auch über Mobbing, und entscheiden selbst, "
            "wie es weitergeht.",
        ],
    ),
    "privacy-settings-social-media": (
        "Privatsphäre-Einstellungen in sozialen Netzwerken",
        "Eine Schritt-für-Schritt-Anleitung und ein kurzes Video zeigen 11- bis 14-Jährigen, wie "
        "sie ihre Konten privat stellen und festlegen, wer sie kontaktieren darf.",
        [
            "Stelle dein Konto auf privat, schalte die Standortfreigabe aus und lege fest, wer dir "
            "Nachrichten schicken darf. Prüfe die Einstellungen nach jedem App-Update erneut: Sie "
            "ändern sich manchmal.",
        ],
    ),
    "parents-evening-kit": (
        "Paket für den Elternabend zum Safer Internet Day",
        "Alles, was eine Schule für einen einstündigen Informationsabend für Eltern rund um den "
        "Safer Internet Day braucht: Folien, Notizen und Handzettel.",
        [
            "Eltern fragen am häufigsten nach Bildschirmzeit, Spielen, dem ersten Handy und dem "
            "Vorgehen, wenn etwas schiefgeht. Das Paket beantwortet diese Fragen und lässt Zeit, "
            "damit Eltern erzählen, was bei ihnen funktioniert.",
        ],
    ),
    "research-what-children-tell-helplines": (
        "Was Kinder Beratungstelefonen erzählen",
        "Eine Auswertung der Gespräche eines landesweiten Kinder- und Jugendtelefons zu "
        "Problemen im Netz, für Forschung und Politik.",
        [
            "Cybermobbing, Druck, Bilder zu teilen, und Sorgen rund ums Spielen bleiben die "
            "häufigsten Online-Themen. Der Bericht beschreibt Entwicklungen nach Alter und was "
            "Kindern nach eigener Aussage geholfen hat.",
        ],
    ),
    "kindness-online-early-years": (
        "Freundlich im Netz: Geschichten für 3- bis 7-Jährige",
        "Kurze Bildergeschichten, mit denen kleine Kinder üben, um Hilfe zu bitten und beim "
        "Umgang mit Tablets und Videoanrufen freundlich zu sein.",
        [
            "Jede Geschichte endet mit einer einfachen Frage, die der Erwachsene stellt. Die "
            "Geschichten folgen denselben drei Regeln: Sei freundlich, frag, bevor du etwas "
            "teilst, und sag einem Erwachsenen Bescheid, wenn sich etwas falsch anfühlt.",
        ],
    ),
}
