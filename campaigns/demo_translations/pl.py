from campaigns import demo_content as en

LIBRARY = (
    "Kampanie i materiały edukacyjne",
    "Scenariusze lekcji, poradniki, plakaty i kampanie od centrów świadomości, telefonów "
    "zaufania i punktów zgłaszania. Filtruj według tematu, wieku i języka.",
)

STRINGS = {
    en.CREDIT: "Można swobodnie drukować i udostępniać w szkołach i pracy z młodzieżą. Prosimy "
    "o podanie wydawcy i niesprzedawanie materiałów.",
    en.ADAPT: "Możesz przetłumaczyć i dostosować materiały do swojego kraju. Wyślij swoją wersję "
    "wydawcy, aby inni również mogli z niej korzystać.",
    en.LINK: "Udostępniaj link zamiast kopii, aby czytelnicy zawsze mieli najnowsze porady.",
    en.LESSON_PLAN: "Scenariusz lekcji",
    en.SLIDES: "Prezentacja do lekcji",
    en.POSTER: "Plakat do klasy",
    en.ASSEMBLY: "Scenariusz i prezentacja apelu",
    en.PARENTS_GUIDE: "Poradnik dla rodziców i opiekunów",
    en.YOUNG_GUIDE: "Poradnik dla młodzieży",
    en.LEAFLET: "Ulotka",
    en.CARDS: "Karty do rozmowy",
    en.QUIZ: "Test wiedzy",
    en.FILM: "Krótki film",
    en.CHECKLIST: "Lista kontrolna",
    en.INFOGRAPHIC: "Infografika",
    en.TOOLKIT: "Zestaw materiałów dla specjalistów",
    en.WEBINAR: "Nagranie webinarium",
    en.COMIC: "Komiks",
    en.REPORT: "Raport z badań",
    en.SUMMARY: "Podsumowanie wyników",
    en.AGREEMENT: "Wzór umowy rodzinnej",
    en.SETTINGS: "Ustawienia krok po kroku",
    en.ACTIVITIES: "Karty pracy",
    en.COURSE: "Kurs online",
    en.GAME: "Gra",
    "Take It Down (NCMEC)": "Usługa Take It Down (NCMEC)",
    en.PROJECTOR: "Rzutnik lub duży ekran",
    en.SCENARIO_CARDS: "Wydrukowane karty z sytuacjami, jeden zestaw na grupę",
    en.PENS: "Papier i długopisy",
    en.QUIET_SPACE: "Spokojne miejsce dla uczniów, którzy chcą porozmawiać po lekcji",
    en.DEVICES: "Tablety lub komputery, jeden na dwoje uczniów",
    "Pupils can name three warning signs of grooming.": "Uczniowie potrafią wymienić trzy "
    "sygnały ostrzegawcze uwodzenia w sieci.",
    "Pupils know two ways to report and who to talk to.": "Uczniowie znają dwa sposoby "
    "zgłoszenia i wiedzą, z kim porozmawiać.",
    "Children can describe how an unkind message makes someone feel.": "Dzieci potrafią opisać, "
    "jak ktoś czuje się po otrzymaniu przykrej wiadomości.",
    "Children can name an adult they would tell.": "Dzieci potrafią wskazać dorosłego, któremu "
    "by o tym powiedziały.",
    "Students can list what a search reveals about a person.": "Uczniowie potrafią wymienić, co "
    "wyszukiwanie ujawnia o danej osobie.",
    "Students can change the privacy settings of one account.": "Uczniowie potrafią zmienić "
    "ustawienia prywatności jednego konta.",
    "Pupils can check who made a post and when.": "Uczniowie potrafią sprawdzić, kto i kiedy "
    "opublikował wpis.",
    "Pupils can explain why false posts spread quickly.": "Uczniowie potrafią wyjaśnić, "
    "dlaczego fałszywe wpisy szybko się rozchodzą.",
    "Students can tell hate speech apart from opinion.": "Uczniowie potrafią odróżnić mowę "
    "nienawiści od opinii.",
    "Students know how to report a hateful post.": "Uczniowie wiedzą, jak zgłosić wpis "
    "szerzący nienawiść.",
    "Students can explain what consent means online.": "Uczniowie potrafią wyjaśnić, co "
    "oznacza zgoda w sieci.",
    "Students know what to do if an image is shared without consent.": "Uczniowie wiedzą, co "
    "zrobić, gdy zdjęcie zostanie udostępnione bez zgody.",
    "Students can explain why a fake nude is image-based abuse.": "Uczniowie potrafią wyjaśnić, "
    "dlaczego fałszywe nagie zdjęcie jest przemocą z użyciem wizerunku.",
    "Students know how to report and support the person shown.": "Uczniowie wiedzą, jak "
    "zgłosić sprawę i wesprzeć osobę na zdjęciu.",
}

CTAS = {
    "dont-pay-report": (
        "Masz mniej niż 18 lat i jesteś w Wielkiej Brytanii?",
        "Childline i IWF pomogą ci usunąć nagie zdjęcie za pomocą narzędzia Report Remove.",
        "Skorzystaj z Report Remove",
    ),
    "take-it-down": (
        "Usługa Take It Down",
        "Bezpłatna usługa amerykańskiego Narodowego Centrum ds. Dzieci Zaginionych i "
        "Wykorzystywanych (NCMEC).",
        "Przejdź do Take It Down",
    ),
}

CAMPAIGNS = {
    "dont-pay-report": (
        "Nie płać, zgłoś: pomoc w przypadku sekstorsji",
        "Ktoś grozi, że udostępni twoje nagie zdjęcia, jeśli nie zapłacisz albo nie wyślesz "
        "więcej. Kampania podpowiada młodym ludziom, co zrobić w pierwszej godzinie.",
        [
            "Sekstorsja to szantaż. Nie płać i nie wysyłaj niczego więcej: zapłata rzadko kończy "
            "groźby. Przestań odpowiadać, zachowaj wiadomości i nazwę profilu i powiedz o tym "
            "zaufanej osobie dorosłej. Nie zrobiłeś nic złego, a pomoc jest dostępna.",
        ],
    ),
    "take-it-down": (
        "Jak usunąć nagie zdjęcie z internetu",
        "Poradnik krok po kroku dla młodych ludzi, których nagie lub intymne zdjęcie jest w sieci "
        "lub może zostać udostępnione, z bezpłatnymi usługami, które je usuwają.",
        [
            "Usługa Take It Down prowadzona przez NCMEC pomaga osobom poniżej 18 lat usunąć nagie "
            "lub intymne zdjęcia z uczestniczących platform bez wysyłania zdjęcia komukolwiek: "
            "tworzy cyfrowy odcisk na twoim własnym urządzeniu. W Wielkiej Brytanii to samo robi "
            "narzędzie Report Remove od IWF i Childline, które informuje cię o postępach. Dorośli "
            "mogą skorzystać z StopNCII.org.",
        ],
    ),
    "spotting-grooming": (
        "Jak rozpoznać uwodzenie w sieci: lekcja dla 11–14-latków",
        "50-minutowa lekcja, która pomaga uczniom rozpoznać taktyki sprawców i wiedzieć, gdzie "
        "szukać pomocy dla siebie lub przyjaciela.",
        [
            "Uczniowie śledzą fikcyjną rozmowę 13-latki z nowym internetowym „przyjacielem” i na "
            "każdym etapie decydują, co budzi niepokój. Lekcja unika przerażających szczegółów i "
            "kończy się informacją o osobach i instytucjach, do których można się zwrócić.",
        ],
    ),
    "sid-assembly-pack": (
        "Pakiet apelu na Dzień Bezpiecznego Internetu",
        "Gotowy 20-minutowy apel na Dzień Bezpiecznego Internetu ze scenariuszem, prezentacją i "
        "krótkim filmem, dla szkół podstawowych.",
        [
            "Dzień Bezpiecznego Internetu obchodzony jest w lutym w ponad 180 krajach. Pakiet daje "
            "całej szkole wspólną chwilę: historię, trzy pytania do dyskusji i obietnicę, którą "
            "każda klasa pisze razem.",
        ],
    ),
    "gaming-settings-parents": (
        "Poradnik dla rodziców o ustawieniach gier",
        "Jak skonfigurować Xboxa, PlayStation, Nintendo Switch i popularne gry, by czat, "
        "wydatki i czas gry pasowały do wieku dziecka.",
        [
            "Każda konsola ma bezpłatne ustawienia rodzinne: Xbox Family Settings, PlayStation "
            "Family Management i aplikację Nintendo Switch Parental Controls. Skonfiguruj je "
            "razem z dzieckiem, wyjaśnij dlaczego i sprawdź oznaczenia wiekowe PEGI przed zakupem "
            "gry.",
        ],
    ),
    "cyberbullying-conversation-cards": (
        "Rozmawiamy o cyberprzemocy: karty do rozmowy",
        "Trzydzieści kart obrazkowych, które pomagają dzieciom w wieku 7–11 lat rozmawiać o "
        "przykrych wiadomościach, poczuciu wykluczenia i o tym, co robi dobry przyjaciel w sieci.",
        [
            "Każda karta pokazuje krótką sytuację z czatu grupowego lub gry. Dzieci mówią, jak mogą "
            "się czuć jej uczestnicy i co mogliby zrobić. Karty sprawdzają się w klasie, w małych "
            "grupach i w domu.",
        ],
    ),
    "first-phone-agreement": (
        "Pierwszy telefon: rodzinna umowa",
        "Zanim dziecko dostanie pierwszy smartfon: wzór umowy o aplikacjach, czasie przed "
        "ekranem, ustawieniach prywatności i o tym, co zrobić, gdy coś pójdzie nie tak.",
        [
            "Umowa działa najlepiej, gdy dzieci współtworzą ją od początku. Zacznij od tego, na co "
            "się cieszą, ustalcie kilka jasnych zasad i obiecaj, że opowiedzenie o problemie "
            "nigdy nie oznacza utraty telefonu.",
        ],
    ),
    "online-reputation-workshop": (
        "Twój cyfrowy ślad: warsztat o wizerunku w sieci",
        "Warsztat dla młodzieży w wieku 14–18 lat o tym, co inni mogą o nich znaleźć, jak wpływa "
        "to na rekrutacje i przyjaźnie oraz jak odzyskać kontrolę.",
        [
            "Uczniowie wyszukują informacje o fikcyjnej osobie, budują jej profil z tego, co "
            "znajdą, a potem sprawdzają własne ustawienia prywatności. Warsztat kończy się planem "
            "uporządkowania jednego konta.",
        ],
    ),
    "fake-news-detectives": (
        "Detektywi fałszywych wiadomości",
        "Uczniowie uczą się sprawdzać popularny wpis w pięciu krokach: kto go stworzył, jakie są "
        "dowody, co mówią inne źródła i dlaczego został udostępniony?",
        [
            "W zespołach uczniowie badają trzy wpisy o fikcyjnej wycieczce szkolnej. Odnajdują "
            "pierwotne źródło, porównują zdjęcia i decydują, który wpis by udostępnili. Krótki "
            "test po tygodniu sprawdza, co zapamiętali.",
        ],
    ),
    "responding-to-hate-speech": (
        "Jak reagować na mowę nienawiści w sieci",
        "Co mogą zrobić młodzi ludzie, gdy widzą nienawistne wpisy: zgłosić, wesprzeć osobę "
        "atakowaną i odpowiedzieć, nie pogarszając sytuacji.",
        [
            "Nienawistne wpisy łamią zasady wszystkich dużych platform, a wiele z nich jest "
            "niezgodnych z prawem. Poradnik wyjaśnia, jak je zgłaszać, jak zabezpieczyć dowody i "
            "jak kontrnarracja może pomóc bez narażania siebie.",
        ],
    ),
    "report-child-sexual-abuse-material": (
        "Widzisz, zgłoś: materiały przedstawiające seksualne wykorzystywanie dzieci",
        "Jeśli natrafisz w sieci na seksualne zdjęcia lub filmy z udziałem dzieci, zgłoś je do "
        "punktu zgłaszania. Zgłoszenia są anonimowe i prowadzą do usunięcia materiałów.",
        [
            "Nie pobieraj, nie udostępniaj i nie wysyłaj tych materiałów nikomu, nawet policji. "
            "Skopiuj adres strony i zgłoś go do krajowego punktu zgłaszania, który go sprawdzi i "
            "we współpracy z policją i dostawcami usług doprowadzi do usunięcia.",
        ],
    ),
    "consent-and-relationships": (
        "Zgoda i związki w sieci",
        "Lekcja dla młodzieży w wieku 14–18 lat o szacunku, presji i zgodzie w relacjach online, "
        "także przy udostępnianiu zdjęć.",
        [
            "Uczniowie omawiają krótkie sytuacje dotyczące flirtu, presji na wysyłanie zdjęć i "
            "tego, co się dzieje, gdy zaufanie zostaje zawiedzione. Lekcja mówi o związkach "
            "pozytywnie, a jasno o prawie i o tym, gdzie szukać pomocy.",
        ],
    ),
    "tablets-and-little-ones": (
        "Tablety i najmłodsi",
        "Dla rodzin z dziećmi w wieku 3–7 lat: jak skonfigurować tablet, wybrać dobre aplikacje "
        "i wspólnie spędzać czas przed ekranem.",
        [
            "Małe dzieci uczą się najlepiej, gdy jest z nimi dorosły. Trzymaj tablet we wspólnym "
            "pokoju, wyłącz zakupy w aplikacjach i wybieraj aplikacje bez reklam. Rozmawiaj o tym, "
            "co dziecko ogląda i co lubi.",
        ],
    ),
    "smart-toys-privacy": (
        "Inteligentne zabawki i głośniki: chroń prywatność dziecka",
        "Połączone z siecią zabawki, asystenci głosowi i nianie elektroniczne zbierają dane. Co "
        "sprawdzić przed zakupem i jakie ustawienia zmienić w domu.",
        [
            "Przeczytaj, co urządzenie nagrywa i gdzie przechowuje dane. Zmień domyślne hasło, "
            "wyłączaj mikrofon, gdy go nie potrzebujesz, i regularnie usuwaj nagrania głosowe.",
        ],
    ),
    "spot-the-scam": (
        "Rozpoznaj oszustwo: phishing i fałszywe sklepy",
        "Test wiedzy i poradnik o wiadomościach phishingowych, fałszywych sklepach internetowych "
        "i kradzieży kont, dla nastolatków i dorosłych.",
        [
            "Oszuści kopiują wygląd prawdziwych banków, firm kurierskich i sklepów. Sprawdź "
            "nadawcę i adres strony, nigdy nie podawaj kodu otrzymanego SMS-em i zgłoś wiadomość, "
            "zanim ją usuniesz.",
        ],
    ),
    "harassment-school-policy": (
        "Molestowanie seksualne w sieci: poradnik dla szkół",
        "Jak szkoły mogą zapobiegać molestowaniu seksualnemu w sieci między uczniami i na nie "
        "reagować, z wzorcową procedurą i listą kontrolną.",
        [
            "Przemoc w sieci rzadko zostaje w sieci: idzie za uczniami do klasy. Poradnik omawia "
            "wysłuchanie ucznia w pierwszej kolejności, zabezpieczanie dowodów bez "
            "rozpowszechniania zdjęć, włączanie rodziców i moment powiadomienia policji.",
        ],
    ),
    "harmful-content-what-to-do": (
        "Zobaczyłeś w sieci coś niepokojącego?",
        "Co zrobić, gdy widzisz treści przedstawiające przemoc, samookaleczenia lub inne "
        "szkodliwe treści, i jak je zgłosić, gdy platforma nie reaguje.",
        [
            "Zamknij treść, porozmawiaj z kimś i najpierw zadbaj o siebie. Potem zgłoś ją "
            "platformie. Jeśli nic się nie stanie, usługi takie jak Report Harmful Content w "
            "Wielkiej Brytanii pomogą pójść dalej.",
        ],
    ),
    "talking-about-pornography": (
        "Jak rozmawiać z nastolatkami o pornografii",
        "Większość młodych ludzi styka się z pornografią przed 14. rokiem życia. Poradnik dla "
        "rodziców, jak zacząć rozmowę spokojnie i bez wstydu.",
        [
            "Dzieci często trafiają na pornografię przypadkiem. Powiedz, że ciekawość jest "
            "normalna, a to, co zobaczyły, nie przypomina prawdziwych związków. Rozmawiajcie "
            "regularnie zamiast jednej wielkiej rozmowy.",
        ],
    ),
    "influencers-and-adverts": (
        "Influencerzy i reklamy: komiks",
        "Komiks dla dzieci w wieku 7–11 lat o tym, jak influencerzy zarabiają pieniądze i jak "
        "rozpoznać reklamę, która wygląda jak zwykły film.",
        [
            "Mia chce takie same buty, jakie nosi jej ulubiony gracz. Czytelnicy towarzyszą jej, "
            "gdy odkrywa, kto zapłacił za film. Karty pracy pomagają klasom stworzyć własną "
            "uczciwą reklamę.",
        ],
    ),
    "chat-in-online-games": (
        "Czat w grach online",
        "Krótka gra dla dzieci w wieku 7–11 lat o miłych i niemiłych wiadomościach w grach "
        "online i o tym, kiedy powiedzieć dorosłemu.",
        [
            "Gracze pomagają postaci zdecydować, na które wiadomości odpowiedzieć, które wyciszyć, "
            "a które zgłosić. Gra pokazuje, że blokowanie i powiedzenie dorosłemu to zawsze dobry "
            "wybór i że nie trzeba dochowywać sekretów obcych.",
        ],
    ),
    "live-streaming-safely": (
        "Bezpieczne transmisje na żywo",
        "Krótki film i poradnik dla 11–14-latków, którzy nadają lub oglądają transmisje na żywo: "
        "prywatność, prezenty od obcych i prośby o przejście na prywatny czat.",
        [
            "Transmisji na żywo nie da się cofnąć. Nadawaj, gdy w pobliżu jest przyjaciel lub "
            "dorosły, nigdy nie pokazuj swojej szkoły ani domu i uważaj na widzów, którzy wysyłają "
            "prezenty, a potem czegoś w zamian oczekują.",
        ],
    ),
    "social-workers-toolkit": (
        "Wykorzystywanie seksualne dzieci w sieci: zestaw dla pracowników socjalnych",
        "Jak przemoc w sieci ujawnia się w pracy z rodzinami, jak rozmawiać o niej z dziećmi i "
        "jak współpracować z punktami zgłaszania i policją.",
        [
            "Dzieci rzadko mówią wprost o wykorzystywaniu w sieci. Zestaw omawia sygnały, na które "
            "warto zwrócić uwagę, pytania pomagające dziecku mówić, dokumentowanie bez "
            "rozpowszechniania zdjęć oraz sposoby usuwania materiałów.",
        ],
    ),
    "children-and-media-findings": (
        "Dzieci i media: wnioski dla decydentów",
        "Najważniejsze wyniki ogólnokrajowego badania korzystania z mediów przez osoby w wieku "
        "9–18 lat i ich znaczenie dla regulacji oraz szkół.",
        [
            "Co dwa lata badanie pyta tysiące dzieci o ich nawyki, dobre i złe doświadczenia w "
            "sieci oraz o to, czego oczekują od dorosłych. Podsumowanie wskazuje trendy istotne "
            "dla polityki publicznej.",
        ],
    ),
    "safety-by-design-industry": (
        "Bezpieczeństwo w fazie projektowania: szybsze usuwanie materiałów",
        "Dla dostawców usług internetowych: jak działają zgłoszenia z punktów zgłaszania, do "
        "jakich czasów usuwania dążyć i jak zapobiegać ponownemu publikowaniu.",
        [
            "Punkty zgłaszania z sieci INHOPE oceniają zgłoszenia i wysyłają powiadomienia do "
            "dostawcy hostingu. Największą różnicę robią szybkie usuwanie, porównywanie skrótów ze "
            "znanymi materiałami i jasny kontakt do zgłoszeń.",
        ],
    ),
    "screen-time-balance": (
        "Jak znaleźć równowagę z ekranami",
        "Infografika i poradnik dla rodzin o śnie, lekcjach i ekranach, oparte na tym, co według "
        "młodych ludzi im pomaga.",
        [
            "Zamiast liczyć minuty, poradnik pyta, co ekrany wypierają: sen, ruch, czas z "
            "przyjaciółmi. Rodziny ustalają czas i miejsca bez ekranów i wspólnie je "
            "przeglądają.",
        ],
    ),
    "digital-footprint-comic": (
        "Ślady, które zostają: komiks",
        "Komiks dla dzieci w wieku 7–11 lat o zdjęciu, które rozeszło się dalej, niż planowano, "
        "z pytaniami do rozmowy w klasie.",
        [
            "Luka udostępnia na czacie grupowym zabawne zdjęcie kolegi. Wieczorem widziała je już "
            "cała szkoła. Komiks pomaga dzieciom zastanowić się przed publikacją i pokazuje, jak "
            "naprawić sytuację.",
        ],
    ),
    "deepfake-nudes": (
        "Nagie deepfake’i: co mówi prawo i gdzie szukać pomocy",
        "Aplikacje tworzące fałszywe nagie zdjęcia są używane do nękania i szantażu. Lekcja i "
        "poradnik dla młodzieży w wieku 14–18 lat.",
        [
            "Fałszywe nagie zdjęcie to nadal przemoc z użyciem wizerunku. Jego stworzenie lub "
            "udostępnienie może być przestępstwem, a osoba na zdjęciu może doprowadzić do jego "
            "usunięcia. Lekcja uczy reagować jako świadek i wiedzieć, gdzie zgłosić.",
        ],
    ),
    "call-116-111": (
        "Ktoś, z kim można porozmawiać: 116 111",
        "Ulotka i plakat dla dzieci o bezpłatnym i poufnym telefonie zaufania 116 111 i o tym, "
        "co się dzieje, gdy zadzwonisz.",
        [
            "116 111 to numer telefonu zaufania dla dzieci w większości krajów Europy. Połączenie "
            "jest bezpłatne i nie widać go na rachunku. Dzieci mogą zadzwonić lub napisać w każdej "
            "sprawie, także o przemocy rówieśniczej, i same decydują, co dalej.",
        ],
    ),
    "privacy-settings-social-media": (
        "Ustawienia prywatności w mediach społecznościowych",
        "Poradnik krok po kroku i krótki film pokazujące 11–14-latkom, jak ustawić konto jako "
        "prywatne i zdecydować, kto może się z nimi kontaktować.",
        [
            "Ustaw konto jako prywatne, wyłącz udostępnianie lokalizacji i wybierz, kto może "
            "wysyłać ci wiadomości. Sprawdzaj ustawienia ponownie po każdej aktualizacji "
            "aplikacji: czasem się zmieniają.",
        ],
    ),
    "parents-evening-kit": (
        "Pakiet na spotkanie z rodzicami w Dniu Bezpiecznego Internetu",
        "Wszystko, czego szkoła potrzebuje do godzinnego spotkania informacyjnego dla rodziców "
        "z okazji Dnia Bezpiecznego Internetu: prezentacja, notatki i materiały.",
        [
            "Rodzice najczęściej pytają o czas przed ekranem, gry, pierwszy telefon i o to, co "
            "zrobić, gdy coś pójdzie nie tak. Pakiet odpowiada na te pytania i zostawia czas, by "
            "rodzice podzielili się tym, co u nich działa.",
        ],
    ),
    "research-what-children-tell-helplines": (
        "Co dzieci mówią telefonom zaufania",
        "Analiza rozmów ogólnokrajowego telefonu zaufania dla dzieci na temat problemów w sieci, "
        "dla badaczy i decydentów.",
        [
            "Cyberprzemoc, presja na udostępnianie zdjęć i obawy związane z grami pozostają "
            "najczęstszymi tematami dotyczącymi sieci. Raport opisuje trendy według wieku i to, co "
            "według dzieci im pomogło.",
        ],
    ),
    "kindness-online-early-years": (
        "Życzliwie w sieci: historyjki dla dzieci w wieku 3–7 lat",
        "Krótkie historyjki obrazkowe, dzięki którym małe dzieci ćwiczą proszenie o pomoc i "
        "życzliwość przy korzystaniu z tabletów i rozmów wideo.",
        [
            "Każda historyjka kończy się prostym pytaniem, które zadaje dorosły. Historyjki mają te "
            "same trzy zasady: bądź życzliwy, zapytaj, zanim coś udostępnisz, i powiedz "
            "dorosłemu, gdy coś wydaje się nie w porządku.",
        ],
    ),
}
