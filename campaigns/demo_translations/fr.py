from campaigns import demo_content as en

LIBRARY = (
    "Campagnes et supports pédagogiques",
    "Fiches pédagogiques, guides, affiches et campagnes des centres de sensibilisation, lignes "
    "d’écoute et lignes de signalement. Filtrez par thème, âge et langue.",
)

STRINGS = {
    en.CREDIT: "Impression et diffusion libres dans les écoles et l’animation jeunesse. Merci "
    "de citer l’éditeur et de ne pas vendre ces supports.",
    en.ADAPT: "Vous pouvez traduire et adapter ces supports à votre pays. Envoyez votre version "
    "à l’éditeur pour que d’autres puissent aussi l’utiliser.",
    en.LINK: "Partagez le lien plutôt que des copies : vos lecteurs auront toujours les conseils "
    "les plus récents.",
    en.LESSON_PLAN: "Fiche pédagogique",
    en.SLIDES: "Diaporama de la séance",
    en.POSTER: "Affiche pour la classe",
    en.ASSEMBLY: "Déroulé et diaporama de la séance collective",
    en.PARENTS_GUIDE: "Guide pour les parents et les aidants",
    en.YOUNG_GUIDE: "Guide pour les jeunes",
    en.LEAFLET: "Dépliant",
    en.CARDS: "Cartes de discussion",
    en.QUIZ: "Questionnaire",
    en.FILM: "Court métrage",
    en.CHECKLIST: "Liste de vérification",
    en.INFOGRAPHIC: "Infographie",
    en.TOOLKIT: "Boîte à outils pour les professionnels",
    en.WEBINAR: "Enregistrement du webinaire",
    en.COMIC: "Bande dessinée",
    en.REPORT: "Rapport de recherche",
    en.SUMMARY: "Synthèse des résultats",
    en.AGREEMENT: "Modèle d’accord familial",
    en.SETTINGS: "Guide des réglages pas à pas",
    en.ACTIVITIES: "Fiches d’activités",
    en.COURSE: "Formation en ligne",
    en.GAME: "Jeu",
    "Take It Down (NCMEC)": "Service Take It Down (NCMEC)",
    en.PROJECTOR: "Un vidéoprojecteur ou un grand écran",
    en.SCENARIO_CARDS: "Des cartes de situations imprimées, un jeu par groupe",
    en.PENS: "Du papier et des stylos",
    en.QUIET_SPACE: "Un endroit calme pour les élèves qui veulent parler après la séance",
    en.DEVICES: "Des tablettes ou ordinateurs, un pour deux élèves",
    "Pupils can name three warning signs of grooming.": "Les élèves savent citer trois signes "
    "d’alerte de pédopiégeage.",
    "Pupils know two ways to report and who to talk to.": "Les élèves connaissent deux façons "
    "de signaler et savent à qui parler.",
    "Children can describe how an unkind message makes someone feel.": "Les enfants savent "
    "décrire ce que ressent une personne qui reçoit un message méchant.",
    "Children can name an adult they would tell.": "Les enfants savent nommer un adulte à qui "
    "ils en parleraient.",
    "Students can list what a search reveals about a person.": "Les élèves savent énumérer ce "
    "qu’une recherche révèle sur une personne.",
    "Students can change the privacy settings of one account.": "Les élèves savent modifier "
    "les paramètres de confidentialité d’un compte.",
    "Pupils can check who made a post and when.": "Les élèves savent vérifier qui a publié un "
    "message et quand.",
    "Pupils can explain why false posts spread quickly.": "Les élèves savent expliquer pourquoi "
    "les fausses informations se propagent vite.",
    "Students can tell hate speech apart from opinion.": "Les élèves savent distinguer un "
    "discours de haine d’une opinion.",
    "Students know how to report a hateful post.": "Les élèves savent signaler une publication "
    "haineuse.",
    "Students can explain what consent means online.": "Les élèves savent expliquer ce que "
    "signifie le consentement en ligne.",
    "Students know what to do if an image is shared without consent.": "Les élèves savent quoi "
    "faire si une image est partagée sans consentement.",
    "Students can explain why a fake nude is image-based abuse.": "Les élèves savent expliquer "
    "pourquoi un faux nu est une violence par l’image.",
    "Students know how to report and support the person shown.": "Les élèves savent signaler "
    "et soutenir la personne représentée.",
}

CTAS = {
    "dont-pay-report": (
        "Moins de 18 ans et au Royaume-Uni ?",
        "Childline et l’IWF peuvent t’aider à faire retirer une image intime avec Report Remove.",
        "Utiliser Report Remove",
    ),
    "take-it-down": (
        "Le service Take It Down",
        "Un service gratuit du Centre national américain pour les enfants disparus et exploités "
        "(NCMEC).",
        "Aller sur Take It Down",
    ),
}

CAMPAIGNS = {
    "dont-pay-report": (
        "Ne paie pas, signale : de l’aide face à la sextorsion",
        "Quelqu’un menace de diffuser tes images intimes si tu ne paies pas ou n’en envoies pas "
        "d’autres. Cette campagne explique aux jeunes quoi faire dans la première heure.",
        [
            "La sextorsion est du chantage. Ne paie pas et n’envoie rien d’autre : payer met "
            "rarement fin aux menaces. Arrête de répondre, garde les messages et le nom du profil, "
            "et parles-en à un adulte de confiance. Tu n’as rien fait de mal, et de l’aide existe.",
        ],
    ),
    "take-it-down": (
        "Faire retirer une image intime",
        "Un guide pas à pas pour les jeunes dont une image nue ou sexuelle est en ligne ou "
        "risque d’être diffusée, avec les services gratuits qui la font retirer.",
        [
            "Le service Take It Down du NCMEC aide les moins de 18 ans à faire retirer des images "
            "nues ou sexuelles des plateformes participantes sans envoyer l’image à qui que ce "
            "soit : il crée une empreinte numérique sur ton propre appareil. Au Royaume-Uni, "
            "l’outil Report Remove de l’IWF et de Childline fait de même et te tient informé. Les "
            "adultes peuvent utiliser StopNCII.org.",
        ],
    ),
    "spotting-grooming": (
        "Repérer le pédopiégeage : une séance pour les 11-14 ans",
        "Une séance de 50 minutes qui aide les élèves à reconnaître les techniques des "
        "prédateurs et à savoir où trouver de l’aide pour eux-mêmes ou un ami.",
        [
            "Les élèves suivent une discussion fictive entre un jeune de 13 ans et un nouvel « "
            "ami » en ligne et décident à chaque étape ce qui pose problème. La séance évite les "
            "détails effrayants et se termine par les personnes et services vers qui se tourner.",
        ],
    ),
    "sid-assembly-pack": (
        "Kit de séance collective pour le Safer Internet Day",
        "Une séance collective de 20 minutes prête à l’emploi pour le Safer Internet Day, avec "
        "un déroulé, un diaporama et un court métrage, pour l’école primaire et le collège.",
        [
            "Le Safer Internet Day est célébré en février dans plus de 180 pays. Ce kit offre à "
            "toute l’école un moment partagé : une histoire, trois questions à discuter et un "
            "engagement que chaque classe rédige ensemble.",
        ],
    ),
    "gaming-settings-parents": (
        "Guide des réglages de jeux vidéo pour les parents",
        "Comment configurer Xbox, PlayStation, Nintendo Switch et les jeux populaires pour que "
        "la discussion, les dépenses et le temps de jeu conviennent à l’âge de votre enfant.",
        [
            "Chaque console propose des réglages familiaux gratuits : Xbox Family Settings, "
            "PlayStation Family Management et l’application Nintendo Switch Parental Controls. "
            "Configurez-les avec votre enfant, expliquez pourquoi et vérifiez la classification "
            "PEGI avant d’acheter un jeu.",
        ],
    ),
    "cyberbullying-conversation-cards": (
        "Parler du cyberharcèlement : cartes de discussion",
        "Trente cartes illustrées pour aider les 7-11 ans à parler des messages méchants, du "
        "sentiment d’exclusion et de ce que fait un bon ami en ligne.",
        [
            "Chaque carte montre une courte situation tirée d’une discussion de groupe ou d’un "
            "jeu. Les enfants disent ce que les personnes peuvent ressentir et ce qu’elles "
            "pourraient faire. Les cartes s’utilisent en classe, en petits groupes et à la maison.",
        ],
    ),
    "first-phone-agreement": (
        "Un premier téléphone : rédiger un accord familial",
        "Avant le premier smartphone : un modèle pour se mettre d’accord sur les applications, "
        "le temps d’écran, la confidentialité et que faire en cas de problème.",
        [
            "Un accord fonctionne mieux quand les enfants participent à sa rédaction. Partez de "
            "ce qui les enthousiasme, fixez quelques règles claires et promettez que parler d’un "
            "problème ne signifiera jamais perdre le téléphone.",
        ],
    ),
    "online-reputation-workshop": (
        "Ton empreinte numérique : un atelier sur l’e-réputation",
        "Un atelier pour les 14-18 ans sur ce que les autres peuvent trouver à leur sujet, "
        "l’effet sur les candidatures et les amitiés, et comment reprendre le contrôle.",
        [
            "Les élèves recherchent une personne fictive, construisent un profil à partir de ce "
            "qu’ils trouvent, puis vérifient leurs propres paramètres de confidentialité. "
            "L’atelier se termine par un plan pour faire le ménage dans un compte.",
        ],
    ),
    "fake-news-detectives": (
        "Les détectives de l’info",
        "Les élèves apprennent à vérifier une publication virale en cinq étapes : qui l’a créée, "
        "quelles preuves, que disent d’autres sources, et pourquoi a-t-elle été partagée ?",
        [
            "En équipes, les élèves enquêtent sur trois publications à propos d’une sortie "
            "scolaire fictive. Ils retrouvent la source d’origine, comparent les photos et "
            "décident laquelle ils partageraient. Un court questionnaire vérifie une semaine plus "
            "tard ce qu’ils ont retenu.",
        ],
    ),
    "responding-to-hate-speech": (
        "Réagir aux discours de haine en ligne",
        "Ce que les jeunes peuvent faire face à des publications haineuses : signaler, soutenir "
        "la personne visée et répondre sans envenimer la situation.",
        [
            "Les publications haineuses enfreignent les règles de toutes les grandes plateformes, "
            "et beaucoup sont illégales. Ce guide explique comment les signaler, comment garder "
            "des preuves et comment le contre-discours peut aider sans se mettre en danger.",
        ],
    ),
    "report-child-sexual-abuse-material": (
        "Vu, signalé : les contenus d’abus sexuels sur enfants",
        "Si vous tombez en ligne sur des images ou vidéos sexuelles d’enfants, signalez-les à "
        "une ligne de signalement. Les signalements sont anonymes et font retirer les contenus.",
        [
            "Ne téléchargez pas, ne partagez pas et n’envoyez ces contenus à personne, pas même à "
            "la police. Copiez l’adresse web et signalez-la à votre ligne nationale, qui la "
            "vérifie et travaille avec la police et les hébergeurs pour obtenir le retrait.",
        ],
    ),
    "consent-and-relationships": (
        "Consentement et relations en ligne",
        "Une séance pour les 14-18 ans sur le respect, la pression et le consentement dans les "
        "relations en ligne, y compris le partage d’images.",
        [
            "Les élèves discutent de courtes situations sur la séduction, la pression pour envoyer "
            "des images et ce qui arrive quand la confiance est trahie. La séance parle "
            "positivement des relations et clairement de la loi et des aides disponibles.",
        ],
    ),
    "tablets-and-little-ones": (
        "Les tablettes et les tout-petits",
        "Pour les familles d’enfants de 3 à 7 ans : configurer une tablette, choisir de bonnes "
        "applications et partager le temps d’écran.",
        [
            "Les jeunes enfants apprennent mieux avec un adulte à leurs côtés. Gardez la tablette "
            "dans une pièce commune, désactivez les achats intégrés et choisissez des applications "
            "sans publicité. Parlez de ce que votre enfant voit et aime.",
        ],
    ),
    "smart-toys-privacy": (
        "Jouets et enceintes connectés : protéger la vie privée de votre enfant",
        "Les jouets connectés, assistants vocaux et babyphones collectent des données. Ce qu’il "
        "faut vérifier avant l’achat et quels réglages modifier à la maison.",
        [
            "Lisez ce que l’appareil enregistre et où il le stocke. Changez le mot de passe par "
            "défaut, coupez le micro quand vous n’en avez pas besoin et effacez régulièrement les "
            "enregistrements vocaux.",
        ],
    ),
    "spot-the-scam": (
        "Repérer l’arnaque : hameçonnage et faux sites marchands",
        "Un questionnaire et un guide sur les messages d’hameçonnage, les fausses boutiques en "
        "ligne et le vol de comptes, pour les adolescents et les adultes.",
        [
            "Les escrocs copient l’apparence de vraies banques, de services de livraison et de "
            "boutiques. Vérifiez l’expéditeur et l’adresse web, ne communiquez jamais un code "
            "reçu par SMS et signalez le message avant de le supprimer.",
        ],
    ),
    "harassment-school-policy": (
        "Le harcèlement sexuel en ligne : un guide pour les établissements",
        "Comment les établissements peuvent prévenir le harcèlement sexuel en ligne entre "
        "élèves et y répondre, avec un modèle de protocole et une liste de vérification.",
        [
            "Le harcèlement en ligne reste rarement en ligne : il suit les élèves jusqu’en classe. "
            "Le guide aborde l’écoute de l’élève d’abord, la conservation des preuves sans "
            "diffuser les images, l’implication des parents et le moment d’alerter la police.",
        ],
    ),
    "harmful-content-what-to-do": (
        "Tu as vu quelque chose de choquant en ligne ?",
        "Que faire face à des contenus violents, d’automutilation ou autrement préjudiciables, "
        "et comment les signaler quand la plateforme ne réagit pas.",
        [
            "Ferme le contenu, parles-en à quelqu’un et prends d’abord soin de toi. Signale-le "
            "ensuite à la plateforme. Si rien ne se passe, des services comme Report Harmful "
            "Content au Royaume-Uni peuvent t’aider à aller plus loin.",
        ],
    ),
    "talking-about-pornography": (
        "Parler de pornographie avec les adolescents",
        "La plupart des jeunes voient de la pornographie avant 14 ans. Un guide pour aider les "
        "parents à aborder le sujet calmement et sans honte.",
        [
            "Les enfants voient souvent de la pornographie par hasard. Dites-leur que la curiosité "
            "est normale et que ce qu’ils ont vu ne ressemble pas aux vraies relations. Préférez "
            "une conversation suivie à une seule grande discussion.",
        ],
    ),
    "influencers-and-adverts": (
        "Influenceurs et publicités : une bande dessinée",
        "Une bande dessinée pour les 7-11 ans sur la façon dont les influenceurs gagnent de "
        "l’argent et comment reconnaître une publicité déguisée en vidéo ordinaire.",
        [
            "Mia veut les baskets que porte son joueur préféré. Les lecteurs la suivent quand elle "
            "découvre qui a payé la vidéo. Des fiches d’activités aident les classes à créer leur "
            "propre publicité honnête.",
        ],
    ),
    "chat-in-online-games": (
        "Discuter dans les jeux en ligne",
        "Un petit jeu pour les 7-11 ans sur les messages sympas et moins sympas dans les jeux en "
        "ligne, et sur le moment d’en parler à un adulte.",
        [
            "Les joueurs aident un personnage à décider à quels messages répondre, lesquels "
            "masquer ou signaler. Le jeu montre que bloquer et en parler à un adulte sont toujours "
            "de bons choix, et qu’aucun secret d’un inconnu ne doit être gardé.",
        ],
    ),
    "live-streaming-safely": (
        "Diffuser en direct en toute sécurité",
        "Un court métrage et un guide pour les 11-14 ans qui diffusent ou regardent des vidéos en "
        "direct : vie privée, cadeaux d’inconnus et demandes de passer en discussion privée.",
        [
            "Un direct ne se rattrape pas. Diffuse avec un ami ou un adulte à proximité, ne montre "
            "jamais ton école ou ta maison et méfie-toi des spectateurs qui envoient des cadeaux "
            "puis demandent quelque chose en retour.",
        ],
    ),
    "social-workers-toolkit": (
        "Abus sexuels sur enfants en ligne : boîte à outils pour les travailleurs sociaux",
        "Comment les abus en ligne apparaissent dans le suivi des situations, comment en parler "
        "avec les enfants et comment travailler avec les lignes de signalement et la police.",
        [
            "Les enfants révèlent rarement directement des abus en ligne. La boîte à outils aborde "
            "les signes à repérer, les questions qui aident l’enfant à parler, la prise de notes "
            "sans diffuser d’images et les démarches pour faire retirer les contenus.",
        ],
    ),
    "children-and-media-findings": (
        "Les enfants et les médias : résultats pour les décideurs",
        "Les principaux résultats d’une enquête nationale sur l’usage des médias par les 9-18 "
        "ans, et ce qu’ils impliquent pour la régulation et l’école.",
        [
            "Tous les deux ans, l’enquête interroge des milliers d’enfants sur leurs habitudes, "
            "leurs bonnes et mauvaises expériences en ligne et ce qu’ils attendent des adultes. "
            "La synthèse met en avant les tendances utiles aux politiques publiques.",
        ],
    ),
    "safety-by-design-industry": (
        "La sécurité dès la conception : retirer plus vite les contenus d’abus",
        "Pour les fournisseurs de services en ligne : comment fonctionnent les signalements des "
        "lignes, quels délais de retrait viser et comment empêcher les remises en ligne.",
        [
            "Les lignes du réseau INHOPE évaluent les signalements et envoient des notifications à "
            "l’hébergeur. Un retrait rapide, la comparaison par empreinte avec les contenus connus "
            "et un contact clair pour les signalements font la plus grande différence.",
        ],
    ),
    "screen-time-balance": (
        "Trouver l’équilibre avec les écrans",
        "Une infographie et un guide pour les familles sur le sommeil, les devoirs et les "
        "écrans, à partir de ce que les jeunes disent les aider.",
        [
            "Plutôt que de compter les minutes, le guide demande ce que les écrans remplacent : "
            "le sommeil, le sport, le temps entre amis. Les familles conviennent de moments et de "
            "lieux sans écran et en font le point ensemble.",
        ],
    ),
    "digital-footprint-comic": (
        "Des traces qui restent : une bande dessinée",
        "Une bande dessinée pour les 7-11 ans sur une photo qui circule plus loin que prévu, avec "
        "des questions pour la discussion en classe.",
        [
            "Luka partage une photo drôle d’un ami dans une discussion de groupe. Le soir, toute "
            "l’école l’a vue. La bande dessinée aide les enfants à réfléchir avant de publier et "
            "montre comment réparer les choses.",
        ],
    ),
    "deepfake-nudes": (
        "Faux nus générés par IA : ce que dit la loi et où trouver de l’aide",
        "Des applications qui fabriquent de fausses images nues servent à harceler et à faire "
        "chanter. Une séance et un guide pour les 14-18 ans.",
        [
            "Une fausse image nue reste une violence par l’image. La créer ou la partager peut "
            "être un délit, et la personne représentée peut la faire retirer. La séance aide les "
            "élèves à réagir en témoins et à savoir où signaler.",
        ],
    ),
    "call-116-111": (
        "Quelqu’un à qui parler : le 116 111",
        "Un dépliant et une affiche pour les enfants sur la ligne d’écoute gratuite et "
        "confidentielle 116 111 et sur ce qui se passe quand on appelle.",
        [
            "Le 116 111 est le numéro d’écoute pour les enfants dans la plupart des pays européens. "
            "L’appel est gratuit et n’apparaît pas sur la facture. Les enfants peuvent appeler ou "
            "écrire pour parler de tout, y compris du harcèlement, et décident de la suite.",
        ],
    ),
    "privacy-settings-social-media": (
        "Les paramètres de confidentialité sur les réseaux sociaux",
        "Un guide pas à pas et une courte vidéo qui montrent aux 11-14 ans comment rendre leurs "
        "comptes privés et choisir qui peut les contacter.",
        [
            "Passe ton compte en privé, désactive le partage de localisation et choisis qui peut "
            "t’envoyer des messages. Vérifie à nouveau les réglages après chaque mise à jour de "
            "l’application : ils changent parfois.",
        ],
    ),
    "parents-evening-kit": (
        "Kit de réunion parents pour le Safer Internet Day",
        "Tout ce dont un établissement a besoin pour une réunion d’information d’une heure avec "
        "les parents autour du Safer Internet Day : diaporama, notes et documents.",
        [
            "Les parents posent surtout des questions sur le temps d’écran, les jeux vidéo, le "
            "premier téléphone et que faire en cas de problème. Le kit y répond et laisse du temps "
            "aux parents pour partager ce qui marche chez eux.",
        ],
    ),
    "research-what-children-tell-helplines": (
        "Ce que les enfants confient aux lignes d’écoute",
        "Une analyse des conversations d’une ligne d’écoute nationale pour enfants sur les "
        "problèmes en ligne, pour les chercheurs et les décideurs.",
        [
            "Le cyberharcèlement, la pression pour partager des images et les inquiétudes liées aux "
            "jeux vidéo restent les sujets en ligne les plus fréquents. Le rapport décrit les "
            "tendances par âge et ce qui a aidé les enfants selon eux.",
        ],
    ),
    "kindness-online-early-years": (
        "Être gentil en ligne : des histoires pour les 3-7 ans",
        "De courtes histoires illustrées pour aider les jeunes enfants à demander de l’aide et à "
        "être gentils avec les tablettes et les appels vidéo.",
        [
            "Chaque histoire se termine par une question simple que l’adulte pose. Les histoires "
            "suivent les trois mêmes règles : sois gentil, demande avant de partager et préviens un "
            "adulte quand quelque chose te semble bizarre.",
        ],
    ),
}
