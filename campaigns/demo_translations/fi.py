from campaigns import demo_content as en

LIBRARY = (
    "Kampanjat ja opetusmateriaali",
    "Tuntisuunnitelmia, oppaita, julisteita ja kampanjoita tietoisuuskeskuksilta, auttavilta "
    "puhelimilta ja vihjepalveluilta. Suodata aiheen, iän ja kielen mukaan.",
)

STRINGS = {
    en.CREDIT: "Saa tulostaa ja jakaa vapaasti kouluissa ja nuorisotyössä. Mainitse julkaisija "
    "äläkä myy materiaalia.",
    en.ADAPT: "Voit kääntää ja muokata materiaalia omaan maahasi sopivaksi. Lähetä versiosi "
    "julkaisijalle, jotta muutkin voivat käyttää sitä.",
    en.LINK: "Jaa mieluummin linkki kuin kopioita, jotta lukijat saavat aina uusimmat neuvot.",
    en.LESSON_PLAN: "Tuntisuunnitelma",
    en.SLIDES: "Tunnin diat",
    en.POSTER: "Luokkajuliste",
    en.ASSEMBLY: "Päivänavauksen käsikirjoitus ja diat",
    en.PARENTS_GUIDE: "Opas vanhemmille ja huoltajille",
    en.YOUNG_GUIDE: "Opas nuorille",
    en.LEAFLET: "Esite",
    en.CARDS: "Keskustelukortit",
    en.QUIZ: "Tietovisa",
    en.FILM: "Lyhytelokuva",
    en.CHECKLIST: "Tarkistuslista",
    en.INFOGRAPHIC: "Infografiikka",
    en.TOOLKIT: "Työkalupakki ammattilaisille",
    en.WEBINAR: "Verkkoseminaarin tallenne",
    en.COMIC: "Sarjakuva",
    en.REPORT: "Tutkimusraportti",
    en.SUMMARY: "Tulosten yhteenveto",
    en.AGREEMENT: "Perheen sopimuspohja",
    en.SETTINGS: "Asetukset vaihe vaiheelta",
    en.ACTIVITIES: "Tehtävämonisteet",
    en.COURSE: "Verkkokurssi",
    en.GAME: "Peli",
    "Take It Down (NCMEC)": "Take It Down -palvelu (NCMEC)",
    en.PROJECTOR: "Videotykki tai iso näyttö",
    en.SCENARIO_CARDS: "Tulostetut tilannekortit, yksi sarja ryhmää kohden",
    en.PENS: "Paperia ja kyniä",
    en.QUIET_SPACE: "Rauhallinen tila oppilaille, jotka haluavat jutella tunnin jälkeen",
    en.DEVICES: "Tabletteja tai tietokoneita, yksi kahta oppilasta kohden",
    "Pupils can name three warning signs of grooming.": "Oppilaat osaavat nimetä kolme "
    "groomingin varoitusmerkkiä.",
    "Pupils know two ways to report and who to talk to.": "Oppilaat tietävät kaksi tapaa "
    "ilmoittaa ja kenelle puhua.",
    "Children can describe how an unkind message makes someone feel.": "Lapset osaavat kuvata, "
    "miltä ilkeä viesti tuntuu.",
    "Children can name an adult they would tell.": "Lapset osaavat nimetä aikuisen, jolle he "
    "kertoisivat.",
    "Students can list what a search reveals about a person.": "Opiskelijat osaavat luetella, "
    "mitä haku paljastaa ihmisestä.",
    "Students can change the privacy settings of one account.": "Opiskelijat osaavat muuttaa "
    "yhden tilin yksityisyysasetukset.",
    "Pupils can check who made a post and when.": "Oppilaat osaavat tarkistaa, kuka julkaisun "
    "teki ja milloin.",
    "Pupils can explain why false posts spread quickly.": "Oppilaat osaavat selittää, miksi "
    "väärät julkaisut leviävät nopeasti.",
    "Students can tell hate speech apart from opinion.": "Opiskelijat osaavat erottaa "
    "vihapuheen mielipiteestä.",
    "Students know how to report a hateful post.": "Opiskelijat tietävät, miten "
    "vihamielisestä julkaisusta ilmoitetaan.",
    "Students can explain what consent means online.": "Opiskelijat osaavat selittää, mitä "
    "suostumus tarkoittaa verkossa.",
    "Students know what to do if an image is shared without consent.": "Opiskelijat tietävät, "
    "mitä tehdä, jos kuva jaetaan ilman suostumusta.",
    "Students can explain why a fake nude is image-based abuse.": "Opiskelijat osaavat "
    "selittää, miksi väärennetty alastonkuva on kuvilla tehtyä hyväksikäyttöä.",
    "Students know how to report and support the person shown.": "Opiskelijat tietävät, miten "
    "ilmoittaa ja tukea kuvassa näkyvää henkilöä.",
}

CTAS = {
    "dont-pay-report": (
        "Alle 18-vuotias ja Isossa-Britanniassa?",
        "Childline ja IWF voivat auttaa poistamaan alastonkuvan Report Remove -palvelun avulla.",
        "Käytä Report Remove -palvelua",
    ),
    "take-it-down": (
        "Take It Down -palvelu",
        "Yhdysvaltain kadonneiden ja hyväksikäytettyjen lasten keskuksen (NCMEC) maksuton palvelu.",
        "Siirry Take It Down -palveluun",
    ),
}

CAMPAIGNS = {
    "dont-pay-report": (
        "Älä maksa, ilmoita: apua seksuaaliseen kiristykseen",
        "Joku uhkaa jakaa alastonkuviasi, ellet maksa tai lähetä lisää. Kampanja kertoo "
        "nuorille, mitä tehdä ensimmäisen tunnin aikana.",
        [
            "Seksuaalinen kiristys on rikos. Älä maksa äläkä lähetä mitään lisää: maksaminen "
            "lopettaa uhkailun harvoin. Lopeta vastaaminen, tallenna viestit ja profiilin nimi ja "
            "kerro luotettavalle aikuiselle. Et ole tehnyt mitään väärää, ja apua on saatavilla.",
        ],
    ),
    "take-it-down": (
        "Alastonkuvan poistaminen verkosta",
        "Vaiheittainen opas nuorille, joiden alaston- tai seksuaalinen kuva on verkossa tai "
        "saatetaan jakaa, sekä maksuttomat palvelut, jotka poistavat sen.",
        [
            "NCMEC:n Take It Down -palvelu auttaa alle 18-vuotiaita poistamaan alaston- tai "
            "seksuaalisia kuvia mukana olevilta alustoilta lähettämättä kuvaa kenellekään: "
            "palvelu luo digitaalisen sormenjäljen omalla laitteellasi. Isossa-Britanniassa IWF:n "
            "ja Childlinen Report Remove -työkalu tekee saman ja pitää sinut ajan tasalla. "
            "Aikuiset voivat käyttää StopNCII.org-palvelua.",
        ],
    ),
    "spotting-grooming": (
        "Tunnista grooming: oppitunti 11–14-vuotiaille",
        "50 minuutin oppitunti, joka auttaa oppilaita tunnistamaan groomaajien keinot ja "
        "tietämään, mistä saa apua itselle tai kaverille.",
        [
            "Oppilaat seuraavat kuvitteellista keskustelua 13-vuotiaan ja uuden verkkokaverin "
            "välillä ja päättävät jokaisessa vaiheessa, mikä tuntuu väärältä. Tunti välttää "
            "pelottavia yksityiskohtia ja päättyy ihmisiin ja palveluihin, joiden puoleen "
            "oppilaat voivat kääntyä.",
        ],
    ),
    "sid-assembly-pack": (
        "Turvallisemman internetin päivän päivänavauspaketti",
        "Valmis 20 minuutin päivänavaus Turvallisemman internetin päivään: käsikirjoitus, diat "
        "ja lyhytelokuva alakouluille ja yläkoulun alaluokille.",
        [
            "Turvallisemman internetin päivää vietetään helmikuussa yli 180 maassa. Paketti antaa "
            "koko koululle yhteisen hetken: tarinan, kolme keskustelukysymystä ja lupauksen, jonka "
            "jokainen luokka kirjoittaa yhdessä.",
        ],
    ),
    "gaming-settings-parents": (
        "Vanhempien opas peliasetuksiin",
        "Näin säädät Xboxin, PlayStationin, Nintendo Switchin ja suositut pelit niin, että "
        "chat, rahankäyttö ja peliaika sopivat lapsesi ikään.",
        [
            "Jokaisessa konsolissa on maksuttomat perheasetukset: Xbox Family Settings, "
            "PlayStation Family Management ja Nintendo Switch Parental Controls -sovellus. Ota ne "
            "käyttöön yhdessä lapsesi kanssa, kerro miksi ja tarkista PEGI-ikärajat ennen pelin "
            "ostamista.",
        ],
    ),
    "cyberbullying-conversation-cards": (
        "Puhutaan verkkokiusaamisesta: keskustelukortit",
        "Kolmekymmentä kuvakorttia, jotka auttavat 7–11-vuotiaita puhumaan ilkeistä viesteistä, "
        "ulkopuolisuuden tunteesta ja siitä, mitä hyvä kaveri tekee verkossa.",
        [
            "Jokaisessa kortissa on lyhyt tilanne ryhmächatista tai pelistä. Lapset kertovat, "
            "miltä tilanteen ihmisistä voi tuntua ja mitä he voisivat tehdä. Kortit toimivat "
            "luokassa, pienryhmissä ja kotona.",
        ],
    ),
    "first-phone-agreement": (
        "Ensimmäinen puhelin: perheen yhteinen sopimus",
        "Ennen kuin lapsi saa ensimmäisen älypuhelimensa: pohja, jolla sovitaan sovelluksista, "
        "ruutuajasta, yksityisyysasetuksista ja siitä, mitä tehdä, kun jokin menee pieleen.",
        [
            "Sopimus toimii parhaiten, kun lapset ovat mukana kirjoittamassa sitä. Aloita siitä, "
            "mitä he odottavat innolla, sopikaa muutamasta selkeästä säännöstä ja lupaa, ettei "
            "ongelmasta kertominen koskaan tarkoita puhelimen menettämistä.",
        ],
    ),
    "online-reputation-workshop": (
        "Digitaalinen jalanjälkesi: työpaja maineesta verkossa",
        "Työpaja 14–18-vuotiaille siitä, mitä muut voivat löytää heistä, miten se vaikuttaa "
        "hakemuksiin ja ystävyyksiin ja miten hallinnan saa takaisin.",
        [
            "Opiskelijat etsivät tietoa kuvitteellisesta henkilöstä, kokoavat löydöistään "
            "profiilin ja tarkistavat sitten omat yksityisyysasetuksensa. Työpaja päättyy "
            "suunnitelmaan yhden tilin siivoamisesta.",
        ],
    ),
    "fake-news-detectives": (
        "Valeuutisetsivät",
        "Oppilaat oppivat tarkistamaan viraalin julkaisun viidessä vaiheessa: kuka sen teki, "
        "mitä todisteita on, mitä muut lähteet sanovat ja miksi sitä jaettiin?",
        [
            "Oppilaat tutkivat tiimeissä kolmea julkaisua kuvitteellisesta luokkaretkestä. He "
            "etsivät alkuperäisen lähteen, vertailevat kuvia ja päättävät, minkä julkaisun "
            "jakaisivat. Lyhyt tietovisa tarkistaa viikon päästä, mitä he muistavat.",
        ],
    ),
    "responding-to-hate-speech": (
        "Miten vastata vihapuheeseen verkossa",
        "Mitä nuoret voivat tehdä nähdessään vihamielisiä julkaisuja: ilmoittaa, tukea "
        "kohteeksi joutunutta ja vastata pahentamatta tilannetta.",
        [
            "Vihamieliset julkaisut rikkovat kaikkien suurten alustojen sääntöjä, ja monet niistä "
            "ovat laittomia. Opas kertoo, miten niistä ilmoitetaan, miten todisteet tallennetaan "
            "ja miten vastapuhe voi auttaa asettamatta itseään vaaraan.",
        ],
    ),
    "report-child-sexual-abuse-material": (
        "Näe ja ilmoita: lasten seksuaalista hyväksikäyttöä esittävä materiaali",
        "Jos kohtaat verkossa seksuaalisia kuvia tai videoita lapsista, ilmoita niistä "
        "vihjepalveluun. Ilmoitukset ovat nimettömiä, ja niiden ansiosta materiaali poistetaan.",
        [
            "Älä lataa, jaa tai lähetä materiaalia kenellekään, et edes poliisille. Kopioi "
            "verkko-osoite ja ilmoita se kansalliseen vihjepalveluun, joka tarkistaa sen ja toimii "
            "yhdessä poliisin ja palveluntarjoajien kanssa materiaalin poistamiseksi.",
        ],
    ),
    "consent-and-relationships": (
        "Suostumus ja ihmissuhteet verkossa",
        "Oppitunti 14–18-vuotiaille kunnioituksesta, painostuksesta ja suostumuksesta verkon "
        "ihmissuhteissa, myös kuvien jakamisessa.",
        [
            "Opiskelijat keskustelevat lyhyistä tilanteista, jotka koskevat flirttailua, "
            "painostusta kuvien lähettämiseen ja sitä, mitä tapahtuu, kun luottamus rikkoutuu. "
            "Tunti suhtautuu ihmissuhteisiin myönteisesti ja kertoo selvästi laista ja avun "
            "lähteistä.",
        ],
    ),
    "tablets-and-little-ones": (
        "Tabletit ja pienet lapset",
        "Perheille, joissa on 3–7-vuotiaita: tabletin käyttöönotto, hyvien sovellusten valinta "
        "ja yhteinen ruutuaika.",
        [
            "Pienet lapset oppivat parhaiten, kun aikuinen on mukana. Pidä tablettia yhteisessä "
            "huoneessa, poista sovelluksen sisäiset ostot käytöstä ja valitse sovelluksia ilman "
            "mainoksia. Keskustele siitä, mitä lapsesi näkee ja mistä hän pitää.",
        ],
    ),
    "smart-toys-privacy": (
        "Älylelut ja -kaiuttimet: suojaa lapsesi yksityisyys",
        "Verkkoon yhdistetyt lelut, ääniavustajat ja itkuhälyttimet keräävät tietoja. Mitä "
        "tarkistaa ennen ostamista ja mitä asetuksia muuttaa kotona.",
        [
            "Lue, mitä laite tallentaa ja minne se tallentaa tiedot. Vaihda oletussalasana, "
            "kytke mikrofoni pois, kun et tarvitse sitä, ja poista äänitallenteet säännöllisesti.",
        ],
    ),
    "spot-the-scam": (
        "Tunnista huijaus: tietojenkalastelu ja valekaupat",
        "Tietovisa ja opas tietojenkalasteluviesteistä, valeverkkokaupoista ja tilien "
        "kaappaamisesta nuorille ja aikuisille.",
        [
            "Huijarit kopioivat oikeiden pankkien, pakettipalveluiden ja kauppojen ulkoasun. "
            "Tarkista lähettäjä ja verkko-osoite, älä koskaan kerro tekstiviestillä saamaasi "
            "koodia ja ilmoita viestistä ennen kuin poistat sen.",
        ],
    ),
    "harassment-school-policy": (
        "Seksuaalinen häirintä verkossa: opas kouluille",
        "Miten koulut voivat ehkäistä oppilaiden välistä seksuaalista häirintää verkossa ja "
        "puuttua siihen. Mukana mallitoimintaohje ja tarkistuslista.",
        [
            "Verkkohäirintä jää harvoin verkkoon: se seuraa oppilaita luokkahuoneeseen. Opas "
            "käsittelee oppilaan kuuntelemista ensin, todisteiden tallentamista levittämättä "
            "kuvia, vanhempien mukaan ottamista ja sitä, milloin otetaan yhteyttä poliisiin.",
        ],
    ),
    "harmful-content-what-to-do": (
        "Näitkö verkossa jotain järkyttävää?",
        "Mitä tehdä, kun näet väkivaltaista, itsetuhoista tai muuta haitallista sisältöä, ja "
        "miten siitä ilmoitetaan, jos alusta ei toimi.",
        [
            "Sulje sisältö, puhu jollekulle ja pidä ensin huolta itsestäsi. Ilmoita sitten "
            "sisällöstä alustalle. Jos mitään ei tapahdu, esimerkiksi Ison-Britannian Report "
            "Harmful Content -palvelu voi auttaa viemään asiaa eteenpäin.",
        ],
    ),
    "talking-about-pornography": (
        "Pornografiasta puhuminen nuorten kanssa",
        "Useimmat nuoret näkevät pornografiaa ennen 14 vuoden ikää. Opas vanhemmille "
        "keskustelun aloittamiseen rauhallisesti ja häpeilemättä.",
        [
            "Lapset näkevät pornografiaa usein vahingossa. Kerro, että uteliaisuus on normaalia ja "
            "ettei nähty vastaa todellisia ihmissuhteita. Pidä keskustelu avoinna yhden ison "
            "puheen sijaan.",
        ],
    ),
    "influencers-and-adverts": (
        "Vaikuttajat ja mainokset: sarjakuva",
        "Sarjakuva 7–11-vuotiaille siitä, miten vaikuttajat ansaitsevat rahaa ja miten "
        "tunnistaa mainoksen, joka näyttää tavalliselta videolta.",
        [
            "Mia haluaa samat lenkkarit kuin hänen lempipelaajallaan. Lukijat seuraavat, kun hän "
            "selvittää, kuka videon maksoi. Tehtävämonisteiden avulla luokat tekevät oman "
            "rehellisen mainoksensa.",
        ],
    ),
    "chat-in-online-games": (
        "Chattailu verkkopeleissä",
        "Lyhyt peli 7–11-vuotiaille ystävällisestä ja epäystävällisestä chatista "
        "verkkopeleissä ja siitä, milloin kertoa aikuiselle.",
        [
            "Pelaajat auttavat pelihahmoa päättämään, mihin viesteihin vastata, mitkä mykistää ja "
            "mistä ilmoittaa. Peli näyttää, että estäminen ja aikuiselle kertominen ovat aina "
            "hyviä valintoja eikä tuntemattoman salaisuutta tarvitse pitää.",
        ],
    ),
    "live-streaming-safely": (
        "Turvallisesti livelähetyksissä",
        "Lyhytelokuva ja opas 11–14-vuotiaille, jotka striimaavat tai katsovat livevideoita: "
        "yksityisyys, tuntemattomien lahjat ja pyynnöt siirtyä yksityiseen chattiin.",
        [
            "Livelähetystä ei voi ottaa takaisin. Striimaa niin, että kaveri tai aikuinen on "
            "lähellä, älä koskaan näytä kouluasi tai kotiasi ja suhtaudu varoen katsojiin, jotka "
            "lähettävät lahjoja ja pyytävät sitten jotain vastineeksi.",
        ],
    ),
    "social-workers-toolkit": (
        "Lasten seksuaalinen hyväksikäyttö verkossa: työkalupakki sosiaalityöntekijöille",
        "Miten verkossa tapahtuva hyväksikäyttö näkyy asiakastyössä, miten siitä puhutaan "
        "lasten kanssa ja miten tehdä yhteistyötä vihjepalveluiden ja poliisin kanssa.",
        [
            "Lapset kertovat verkossa tapahtuneesta hyväksikäytöstä harvoin suoraan. "
            "Työkalupakki käsittelee huomattavia merkkejä, kysymyksiä, jotka auttavat lasta "
            "puhumaan, kirjaamista levittämättä kuvia sekä keinoja saada materiaali poistettua.",
        ],
    ),
    "children-and-media-findings": (
        "Lapset ja media: tuloksia päättäjille",
        "Keskeiset tulokset kansallisesta kyselystä siitä, miten 9–18-vuotiaat käyttävät "
        "mediaa, ja mitä ne tarkoittavat sääntelylle ja kouluille.",
        [
            "Kyselyssä kysytään joka toinen vuosi tuhansilta lapsilta heidän tottumuksistaan, "
            "hyvistä ja huonoista kokemuksistaan verkossa ja siitä, mitä he toivovat aikuisten "
            "tekevän. Yhteenveto nostaa esiin politiikan kannalta tärkeät suuntaukset.",
        ],
    ),
    "safety-by-design-industry": (
        "Turvallisuus suunnittelussa: hyväksikäyttömateriaalin nopeampi poistaminen",
        "Verkkopalvelujen tarjoajille: miten vihjepalveluiden ilmoitukset toimivat, mihin "
        "poistoaikoihin pyrkiä ja miten estää uudelleenlataukset.",
        [
            "INHOPE-verkoston vihjepalvelut arvioivat ilmoitukset ja lähettävät poistopyynnöt "
            "palvelun ylläpitäjälle. Nopea poistaminen, tunnetun materiaalin tunnistaminen "
            "tiivisteillä ja selkeä ilmoitusyhteys vaikuttavat eniten.",
        ],
    ),
    "screen-time-balance": (
        "Tasapaino ruutujen kanssa",
        "Infografiikka ja opas perheille unesta, läksyistä ja ruuduista sen pohjalta, mikä "
        "nuorten mukaan auttaa heitä.",
        [
            "Minuuttien laskemisen sijaan opas kysyy, mitä ruudut syrjäyttävät: unta, liikuntaa, "
            "aikaa kavereiden kanssa. Perheet sopivat ruuduttomista ajoista ja paikoista ja "
            "arvioivat niitä yhdessä.",
        ],
    ),
    "digital-footprint-comic": (
        "Jäljet, jotka jäävät: sarjakuva",
        "Sarjakuva 7–11-vuotiaille kuvasta, joka leviää suunniteltua laajemmalle, sekä "
        "kysymyksiä luokan keskusteluun.",
        [
            "Luka jakaa ryhmächatissa hauskan kuvan kaveristaan. Iltaan mennessä koko koulu on "
            "nähnyt sen. Sarjakuva auttaa lapsia miettimään ennen julkaisemista ja näyttää, miten "
            "asiat voi korjata.",
        ],
    ),
    "deepfake-nudes": (
        "Deepfake-alastonkuvat: mitä laki sanoo ja mistä saa apua",
        "Sovelluksia, jotka luovat väärennettyjä alastonkuvia, käytetään kiusaamiseen ja "
        "kiristämiseen. Oppitunti ja opas 14–18-vuotiaille.",
        [
            "Väärennetty alastonkuva on silti kuvilla tehtyä hyväksikäyttöä. Sen tekeminen tai "
            "jakaminen voi olla rikos, ja kuvassa näkyvä henkilö voi saada sen poistettua. "
            "Oppitunti auttaa opiskelijoita toimimaan sivustakatsojina ja tietämään, minne "
            "ilmoittaa.",
        ],
    ),
    "call-116-111": (
        "Joku, jolle puhua: 116 111",
        "Esite ja juliste lapsille maksuttomasta ja luottamuksellisesta lasten auttavasta "
        "numerosta 116 111 ja siitä, mitä soittaessa tapahtuu.",
        [
            "116 111 on lasten auttava numero useimmissa Euroopan maissa. Soitto on maksuton eikä "
            "näy puhelinlaskussa. Lapset voivat soittaa tai chattailla mistä tahansa, myös "
            "kiusaamisesta, ja he päättävät itse, mitä seuraavaksi tapahtuu.",
        ],
    ),
    "privacy-settings-social-media": (
        "Yksityisyysasetukset sosiaalisessa mediassa",
        "Vaiheittainen opas ja lyhyt video, jotka näyttävät 11–14-vuotiaille, miten tilistä "
        "tehdään yksityinen ja miten päätetään, kuka voi ottaa yhteyttä.",
        [
            "Muuta tilisi yksityiseksi, poista sijainnin jakaminen käytöstä ja valitse, kuka voi "
            "lähettää sinulle viestejä. Tarkista asetukset uudelleen jokaisen sovelluspäivityksen "
            "jälkeen: ne muuttuvat joskus.",
        ],
    ),
    "parents-evening-kit": (
        "Vanhempainillan paketti Turvallisemman internetin päivään",
        "Kaikki, mitä koulu tarvitsee tunnin mittaisen vanhempainillan järjestämiseen "
        "Turvallisemman internetin päivän tienoilla: diat, muistiinpanot ja monisteet.",
        [
            "Vanhemmat kysyvät useimmiten ruutuajasta, pelaamisesta, ensimmäisestä puhelimesta ja "
            "siitä, mitä tehdä, kun jokin menee pieleen. Paketti vastaa näihin kysymyksiin ja "
            "jättää vanhemmille aikaa kertoa, mikä heillä toimii.",
        ],
    ),
    "research-what-children-tell-helplines": (
        "Mitä lapset kertovat auttaviin puhelimiin",
        "Analyysi kansallisen lasten auttavan puhelimen keskusteluista, jotka koskevat verkon "
        "ongelmia, tutkijoille ja päättäjille.",
        [
            "Verkkokiusaaminen, painostus kuvien jakamiseen ja huoli pelaamisesta ovat yhä "
            "yleisimpiä verkkoaiheita. Raportti kuvaa suuntauksia ikäryhmittäin ja sitä, mikä "
            "lasten mukaan auttoi heitä.",
        ],
    ),
    "kindness-online-early-years": (
        "Ystävällisesti verkossa: tarinoita 3–7-vuotiaille",
        "Lyhyitä kuvatarinoita, joiden avulla pienet lapset harjoittelevat avun pyytämistä ja "
        "ystävällisyyttä tabletin ja videopuheluiden parissa.",
        [
            "Jokainen tarina päättyy yksinkertaiseen kysymykseen, jonka aikuinen esittää. "
            "Tarinoissa on samat kolme sääntöä: ole ystävällinen, kysy ennen kuin jaat, ja kerro "
            "aikuiselle, kun jokin tuntuu väärältä.",
        ],
    ),
}
