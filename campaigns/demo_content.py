"""English demo campaigns: the kinds of material awareness centres, helplines and hotlines
publish, written for this site. Publishers are organisations of the demo directory; the
services named (NCMEC's Take It Down, the IWF and Childline's Report Remove, StopNCII.org,
116 111) are real. Translations live in demo_translations.py, keyed by these strings."""

import datetime

LIBRARY = {
    "title": "Campaigns and lesson material",
    "slug": "campaigns",
    "intro": (
        "Lesson plans, guides, posters and campaigns from awareness centres, helplines and "
        "hotlines. Filter by topic, age and language."
    ),
}

# Usage conditions several campaigns share.
CREDIT = (
    "Free to print and share in schools and youth work. Please credit the publisher and do "
    "not sell the material."
)
ADAPT = (
    "You may translate and adapt the material for your country. Send your version to the "
    "publisher so that others can use it too."
)
LINK = "Share the link rather than copies, so that readers always get the latest advice."

# Resource titles several campaigns share.
LESSON_PLAN = "Lesson plan"
SLIDES = "Slides for the lesson"
POSTER = "Classroom poster"
ASSEMBLY = "Assembly script and slides"
PARENTS_GUIDE = "Guide for parents and carers"
YOUNG_GUIDE = "Guide for young people"
LEAFLET = "Leaflet"
CARDS = "Conversation cards"
QUIZ = "Quiz"
FILM = "Short film"
CHECKLIST = "Checklist"
INFOGRAPHIC = "Infographic"
TOOLKIT = "Toolkit for professionals"
WEBINAR = "Webinar recording"
COMIC = "Comic"
REPORT = "Research report"
SUMMARY = "Summary of findings"
AGREEMENT = "Family agreement template"
SETTINGS = "Step-by-step settings guide"
ACTIVITIES = "Activity sheets"
COURSE = "Online course"
GAME = "Game"

# What a class needs, shared by lesson plans.
PROJECTOR = "A projector or large screen"
SCENARIO_CARDS = "Printed scenario cards, one set per group"
PENS = "Paper and pens"
QUIET_SPACE = "A quiet space for pupils who want to talk afterwards"
DEVICES = "Tablets or computers, one for every two pupils"


def res(title, kind, language="en", *, url="", ages=(), lesson=None, **flags):
    """A resource: a generated file unless `url` is given."""
    return {
        "title": title,
        "type": kind,
        "language": language,
        "url": url,
        "ages": list(ages),
        "lesson": lesson,
        "flags": flags,
    }


def lesson(minutes, objectives, needs):
    return {"minutes": minutes, "objectives": objectives, "needs": needs}


def campaign(slug, title, summary, body, **facts):
    return {
        "slug": slug,
        "title": title,
        "summary": summary,
        "body": body,
        "topics": facts.pop("topics"),
        "audiences": facts.pop("audiences"),
        "ages": facts.pop("ages"),
        "countries": facts.pop("countries", []),
        "publisher": facts.pop("publisher", ""),
        "licence": facts.pop("licence", "cc-by-nc-4.0"),
        "usage": facts.pop("usage", CREDIT),
        "reviewed": facts.pop("reviewed", datetime.date(2026, 1, 20)),
        "image": facts.pop("image", ""),
        "sid": facts.pop("sid", None),  # the year of the Safer Internet Day it was made for
        "cta": facts.pop("cta", None),
        "resources": facts.pop("resources"),
        "age_days": facts.pop("age_days"),
    }


CAMPAIGNS = [
    campaign(
        "dont-pay-report",
        "Don’t pay, report: help with sextortion",
        "Someone is threatening to share your nude images unless you pay or send more. "
        "This campaign tells young people what to do in the first hour.",
        [
            "Sextortion is blackmail. Do not pay and do not send anything else: paying "
            "rarely ends the threats. Stop replying, keep the messages and the profile name, "
            "and tell an adult you trust. You have done nothing wrong, and help is there.",
        ],
        topics=["sextortion", "non-consensual-intimate-images", "online-child-sexual-abuse"],
        audiences=["young-people", "parents-carers"],
        ages=["14-18", "11-14"],
        countries=["GB", "IE"],
        publisher="iwf",
        image="report",
        cta={
            "title": "Under 18 and in the UK?",
            "text": "Childline and the IWF can help you get a nude image removed with Report Remove.",
            "url": "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/",
            "button": "Use Report Remove",
        },
        resources=[
            res(YOUNG_GUIDE, "guide", ages=["14-18"]),
            res(POSTER, "poster", ages=["11-14", "14-18"]),
            res(PARENTS_GUIDE, "guide", "pl"),
            res(PARENTS_GUIDE, "guide", "ar"),
        ],
        age_days=3,
    ),
    campaign(
        "take-it-down",
        "Getting a nude image taken down",
        "A step-by-step guide for young people whose nude or sexual image is online or might "
        "be shared, with the free services that remove it.",
        [
            "NCMEC’s Take It Down service helps anyone under 18 remove nude or sexual images "
            "from participating platforms without sending the image to anyone: it creates a "
            "digital fingerprint on your own device. In the UK, the IWF and Childline’s Report "
            "Remove tool does the same and keeps you informed. Adults can use StopNCII.org.",
        ],
        topics=["non-consensual-intimate-images", "sextortion"],
        audiences=["young-people", "parents-carers", "social-workers"],
        ages=["14-18", "11-14"],
        countries=["GB", "US"],
        publisher="ncmec-cybertipline",
        licence="free-education",
        usage=LINK,
        cta={
            "title": "Take It Down",
            "text": "A free service by the US National Center for Missing & Exploited Children.",
            "url": "https://takeitdown.ncmec.org/",
            "button": "Go to Take It Down",
        },
        resources=[
            res(YOUNG_GUIDE, "guide", ages=["11-14", "14-18"]),
            res(CHECKLIST, "leaflet", "fr"),
            res(CHECKLIST, "leaflet", "el"),
            res(
                "Take It Down (NCMEC)",
                "app",
                url="https://takeitdown.ncmec.org/",
                ages=["11-14", "14-18"],
            ),
        ],
        age_days=5,
    ),
    campaign(
        "spotting-grooming",
        "Spotting grooming: a lesson for 11 to 14 year olds",
        "A 50-minute lesson that helps pupils recognise the tactics groomers use and know "
        "how to get help for themselves or a friend.",
        [
            "Pupils follow a fictional chat between a 13-year-old and a new online ‘friend’ and "
            "decide at each step what feels wrong. The lesson avoids frightening detail and ends "
            "with the people and services pupils can turn to.",
        ],
        topics=["grooming", "online-child-sexual-abuse"],
        audiences=["teachers-educators"],
        ages=["11-14"],
        countries=["GB"],
        publisher="uk-safer-internet-centre",
        image="teachers",
        usage=ADAPT,
        licence="cc-by-nc-sa-4.0",
        resources=[
            res(
                LESSON_PLAN,
                "lesson-plan",
                ages=["11-14"],
                lesson=lesson(
                    50,
                    [
                        "Pupils can name three warning signs of grooming.",
                        "Pupils know two ways to report and who to talk to.",
                    ],
                    [PROJECTOR, SCENARIO_CARDS, QUIET_SPACE],
                ),
            ),
            res(
                SLIDES,
                "lesson-plan",
                "pl",
                ages=["11-14"],
                lesson=lesson(
                    50,
                    [
                        "Pupils can name three warning signs of grooming.",
                        "Pupils know two ways to report and who to talk to.",
                    ],
                    [PROJECTOR],
                ),
            ),
            res(POSTER, "poster", ages=["11-14"]),
        ],
        age_days=8,
    ),
    campaign(
        "sid-assembly-pack",
        "Safer Internet Day assembly pack",
        "A ready-to-run 20-minute assembly for Safer Internet Day, with a script, slides and a "
        "short film, for primary and lower secondary schools.",
        [
            "Safer Internet Day is celebrated in February in more than 180 countries. This pack "
            "gives a whole school one shared moment: a story, three questions to discuss, and a "
            "promise each class writes together.",
        ],
        topics=["media-literacy", "cyberbullying", "online-reputation"],
        audiences=["teachers-educators", "children"],
        ages=["7-11", "11-14"],
        countries=["GB", "IE", "FI"],
        publisher="uk-safer-internet-centre",
        image="sid",
        sid=2026,
        resources=[
            res(ASSEMBLY, "assembly", ages=["7-11", "11-14"]),
            res(ASSEMBLY, "assembly", "fi", ages=["7-11", "11-14"]),
            res(
                FILM,
                "video",
                url="https://saferinternet.org.uk/safer-internet-day",
                has_subtitles=True,
            ),
        ],
        age_days=30,
    ),
    campaign(
        "gaming-settings-parents",
        "A parents’ guide to gaming settings",
        "How to set up Xbox, PlayStation, Nintendo Switch and popular games so that chat, "
        "spending and playing time suit your child’s age.",
        [
            "Every console has free family settings: Xbox Family Settings, PlayStation Family "
            "Management and the Nintendo Switch Parental Controls app. Set them up together with "
            "your child, explain why, and check PEGI age ratings before buying a game.",
        ],
        topics=["gaming", "technical-settings", "excessive-use"],
        audiences=["parents-carers"],
        ages=["7-11", "11-14"],
        countries=["DE", "AT"],
        publisher="klicksafe",
        resources=[
            res(SETTINGS, "guide", "de"),
            res(SETTINGS, "guide"),
            res(CHECKLIST, "leaflet", "de", is_easy_read=True),
        ],
        age_days=12,
    ),
    campaign(
        "cyberbullying-conversation-cards",
        "Talking about cyberbullying: conversation cards",
        "Thirty picture cards that help 7 to 11 year olds talk about unkind messages, "
        "left-out feelings and what a good friend does online.",
        [
            "Each card shows a short situation from a group chat or a game. Children say how the "
            "people in it might feel and what they could do. The cards work in class, in small "
            "groups and at home.",
        ],
        topics=["cyberbullying"],
        audiences=["children", "teachers-educators", "parents-carers"],
        ages=["7-11"],
        countries=["BE"],
        publisher="child-focus",
        licence="cc-by-nc-nd-4.0",
        resources=[
            res(CARDS, "conversation-cards", "fr", ages=["7-11"]),
            res(CARDS, "conversation-cards", ages=["7-11"]),
            res(
                ACTIVITIES,
                "lesson-plan",
                "fr",
                ages=["7-11"],
                lesson=lesson(
                    45,
                    [
                        "Children can describe how an unkind message makes someone feel.",
                        "Children can name an adult they would tell.",
                    ],
                    [SCENARIO_CARDS, PENS],
                ),
            ),
        ],
        age_days=15,
    ),
    campaign(
        "first-phone-agreement",
        "A first phone: making a family agreement",
        "Before a child gets their first smartphone: a template to agree on apps, screen "
        "time, privacy settings and what to do when something goes wrong.",
        [
            "An agreement works best when children help write it. Start with what they look "
            "forward to, agree on a few clear rules, and promise that telling you about a "
            "problem will never mean losing the phone.",
        ],
        topics=["excessive-use", "technical-settings", "data-privacy"],
        audiences=["parents-carers", "children"],
        ages=["7-11"],
        countries=["FI"],
        publisher="kavi",
        resources=[
            res(AGREEMENT, "guide", "fi"),
            res(AGREEMENT, "guide"),
            res(INFOGRAPHIC, "infographic", "fi"),
        ],
        age_days=20,
    ),
    campaign(
        "online-reputation-workshop",
        "Your digital footprint: an online reputation workshop",
        "A workshop for 14 to 18 year olds on what others can find about them, how it affects "
        "applications and friendships, and how to take back control.",
        [
            "Students search for a fictional person, build a profile from what they find, and "
            "then check their own privacy settings. The workshop ends with a plan for one "
            "account each student wants to tidy up.",
        ],
        topics=["online-reputation", "data-privacy"],
        audiences=["young-people", "teachers-educators"],
        ages=["14-18"],
        countries=["IE"],
        publisher="webwise",
        resources=[
            res(
                LESSON_PLAN,
                "lesson-plan",
                ages=["14-18"],
                lesson=lesson(
                    60,
                    [
                        "Students can list what a search reveals about a person.",
                        "Students can change the privacy settings of one account.",
                    ],
                    [PROJECTOR, DEVICES],
                ),
            ),
            res(SLIDES, "toolkit", ages=["14-18"]),
        ],
        age_days=25,
    ),
    campaign(
        "fake-news-detectives",
        "Fake news detectives",
        "Pupils learn to check a viral post in five steps: who made it, what is the evidence, "
        "what do other sources say, and why was it shared?",
        [
            "Working in teams, pupils investigate three posts about a fictional school trip. "
            "They find the original source, compare photos and decide which post they would "
            "share. A short quiz checks what they remember a week later.",
        ],
        topics=["media-literacy", "harmful-content"],
        audiences=["teachers-educators", "children"],
        ages=["11-14", "7-11"],
        countries=["GR", "CY"],
        publisher="saferinternet4kids",
        resources=[
            res(
                LESSON_PLAN,
                "lesson-plan",
                "el",
                ages=["11-14"],
                lesson=lesson(
                    45,
                    [
                        "Pupils can check who made a post and when.",
                        "Pupils can explain why false posts spread quickly.",
                    ],
                    [PROJECTOR, DEVICES],
                ),
            ),
            res(QUIZ, "quiz", "el", ages=["11-14"]),
            res(QUIZ, "quiz", ages=["11-14"]),
        ],
        age_days=18,
    ),
    campaign(
        "responding-to-hate-speech",
        "Responding to hate speech online",
        "What young people can do when they see hateful posts: report, support the person "
        "targeted, and answer without making things worse.",
        [
            "Hateful posts break the rules of every large platform, and many break the law. "
            "This guide explains how to report them, how to keep evidence, and how counter-"
            "speech can help without putting yourself at risk.",
        ],
        topics=["hate-speech", "harmful-content"],
        audiences=["young-people", "teachers-educators"],
        ages=["14-18"],
        countries=["DE"],
        publisher="jugendschutz-net",
        resources=[
            res(YOUNG_GUIDE, "guide", "de", ages=["14-18"]),
            res(
                LESSON_PLAN,
                "lesson-plan",
                "de",
                ages=["14-18"],
                lesson=lesson(
                    90,
                    [
                        "Students can tell hate speech apart from opinion.",
                        "Students know how to report a hateful post.",
                    ],
                    [PROJECTOR, SCENARIO_CARDS],
                ),
            ),
        ],
        age_days=40,
    ),
    campaign(
        "report-child-sexual-abuse-material",
        "See it, report it: child sexual abuse material",
        "If you come across sexual images or videos of children online, report them to a "
        "hotline. Reports are anonymous, and they get material removed.",
        [
            "Do not download, share or send the material to anyone, not even to the police. "
            "Copy the web address and report it to your national hotline, which checks it and "
            "works with the police and service providers to have it removed.",
        ],
        topics=["online-child-sexual-abuse"],
        audiences=["parents-carers", "industry", "social-workers"],
        ages=["18-plus"],
        countries=["FI"],
        publisher="nettivihje",
        image="report",
        licence="cc-by-4.0",
        usage=LINK,
        resources=[
            res(LEAFLET, "leaflet", "fi"),
            res(LEAFLET, "leaflet"),
            res(LEAFLET, "leaflet", "ar"),
        ],
        age_days=45,
    ),
    campaign(
        "consent-and-relationships",
        "Consent and relationships online",
        "A lesson for 14 to 18 year olds on respect, pressure and consent in online "
        "relationships, including sharing images.",
        [
            "Students discuss short scenarios about flirting, pressure to send images and what "
            "happens when trust is broken. The lesson is positive about relationships and clear "
            "about the law and where to get help.",
        ],
        topics=["love-relationships-sexuality", "non-consensual-intimate-images"],
        audiences=["teachers-educators", "young-people"],
        ages=["14-18"],
        countries=["IE", "GB"],
        publisher="webwise",
        resources=[
            res(
                LESSON_PLAN,
                "lesson-plan",
                ages=["14-18"],
                lesson=lesson(
                    60,
                    [
                        "Students can explain what consent means online.",
                        "Students know what to do if an image is shared without consent.",
                    ],
                    [SCENARIO_CARDS, QUIET_SPACE],
                ),
            ),
            res(FILM, "video", url="https://www.webwise.ie/", has_subtitles=True),
        ],
        age_days=50,
    ),
    campaign(
        "tablets-and-little-ones",
        "Tablets and little ones",
        "For families with children aged 3 to 7: setting up a tablet, choosing good apps and "
        "sharing screen time together.",
        [
            "Young children learn best when an adult is with them. Put the tablet in a shared "
            "room, switch off in-app purchases, and choose apps without adverts. Talk about what "
            "your child sees and enjoys.",
        ],
        topics=["technical-settings", "excessive-use"],
        audiences=["parents-carers"],
        ages=["3-7"],
        countries=["FI"],
        publisher="kavi",
        resources=[
            res(PARENTS_GUIDE, "guide", "fi", ages=["3-7"], is_easy_read=True),
            res(INFOGRAPHIC, "infographic", ages=["3-7"]),
        ],
        age_days=55,
    ),
    campaign(
        "smart-toys-privacy",
        "Smart toys and speakers: protecting your child’s privacy",
        "Connected toys, voice assistants and baby monitors collect data. What to check before "
        "buying and which settings to change at home.",
        [
            "Read what a device records and where it stores it. Change the default password, "
            "switch off the microphone when you do not need it, and delete voice recordings "
            "regularly.",
        ],
        topics=["data-privacy", "technical-settings"],
        audiences=["parents-carers"],
        ages=["3-7", "7-11"],
        countries=["FR"],
        publisher="internet-sans-crainte",
        resources=[
            res(CHECKLIST, "leaflet", "fr"),
            res(CHECKLIST, "leaflet"),
        ],
        age_days=60,
    ),
    campaign(
        "spot-the-scam",
        "Spot the scam: phishing and fake shops",
        "A quiz and guide on phishing messages, fake online shops and account theft, for "
        "teenagers and adults.",
        [
            "Scammers copy the look of real banks, parcel services and shops. Check the sender "
            "and the web address, never share a code you receive by text message, and report "
            "the message before you delete it.",
        ],
        topics=["e-crime", "data-privacy"],
        audiences=["young-people", "parents-carers"],
        ages=["14-18", "18-plus"],
        countries=["ES"],
        publisher="incibe-017",
        resources=[
            res(QUIZ, "quiz", ages=["14-18"]),
            res(YOUNG_GUIDE, "guide", "pl", ages=["14-18"]),
            res(GAME, "game", url="https://www.is4k.es/", ages=["14-18"]),
        ],
        age_days=65,
    ),
    campaign(
        "harassment-school-policy",
        "Online sexual harassment: a guide for schools",
        "How schools can prevent and respond to online sexual harassment between pupils, "
        "with a model policy and a response checklist.",
        [
            "Online harassment rarely stays online: it follows pupils into the classroom. The "
            "guide covers listening to the pupil first, keeping evidence without spreading "
            "images, involving parents, and when to contact the police.",
        ],
        topics=["sexual-harassment", "non-consensual-intimate-images", "cyberbullying"],
        audiences=["teachers-educators", "social-workers"],
        ages=["11-14", "14-18"],
        countries=["FR"],
        publisher="e-enfance-3018",
        resources=[
            res(TOOLKIT, "toolkit", "fr"),
            res(CHECKLIST, "leaflet", "fr"),
            res(WEBINAR, "webinar", "fr", url="https://e-enfance.org/", has_subtitles=True),
        ],
        age_days=70,
    ),
    campaign(
        "harmful-content-what-to-do",
        "Seen something upsetting online?",
        "What to do when you see violent, self-harm or other harmful content, and how to "
        "report it when the platform does not act.",
        [
            "Close the content, talk to someone and look after yourself first. Then report it "
            "on the platform. If nothing happens, services such as Report Harmful Content in "
            "the UK can help you escalate.",
        ],
        topics=["harmful-content"],
        audiences=["young-people", "children"],
        ages=["11-14", "14-18"],
        countries=["GB"],
        publisher="report-harmful-content",
        resources=[
            res(YOUNG_GUIDE, "guide", ages=["11-14", "14-18"]),
            res(POSTER, "poster", ages=["11-14"]),
            res(YOUNG_GUIDE, "guide", "ar", ages=["11-14", "14-18"]),
        ],
        age_days=75,
    ),
    campaign(
        "talking-about-pornography",
        "Talking with teenagers about pornography",
        "Most young people see pornography before they are 14. A guide for parents on "
        "starting the conversation calmly and without shame.",
        [
            "Children often see pornography by accident. Tell them it is normal to be curious "
            "and that what they saw is not what real relationships look like. Keep the "
            "conversation open rather than having one big talk.",
        ],
        topics=["pornography", "love-relationships-sexuality"],
        audiences=["parents-carers"],
        ages=["11-14", "14-18"],
        countries=["DK"],
        publisher="red-barnet",
        resources=[
            res(PARENTS_GUIDE, "guide"),
            res(CARDS, "conversation-cards"),
        ],
        age_days=80,
    ),
    campaign(
        "influencers-and-adverts",
        "Influencers and adverts: a comic",
        "A comic for 7 to 11 year olds about how influencers earn money and how to recognise "
        "an advert that looks like a normal video.",
        [
            "Mia wants the trainers her favourite gamer wears. Readers follow her as she finds "
            "out who paid for the video. Activity sheets help classes make their own honest "
            "advert.",
        ],
        topics=["media-literacy"],
        audiences=["children", "teachers-educators"],
        ages=["7-11"],
        countries=["CH"],
        publisher="jugend-und-medien",
        resources=[
            res(COMIC, "comic", "de", ages=["7-11"]),
            res(COMIC, "comic", "fr", ages=["7-11"]),
            res(ACTIVITIES, "toolkit", "de", ages=["7-11"]),
        ],
        age_days=85,
    ),
    campaign(
        "chat-in-online-games",
        "Chatting in online games",
        "A short game for 7 to 11 year olds about friendly and unfriendly chat in online "
        "games, and when to tell an adult.",
        [
            "Players help a game character decide which messages to answer, mute or report. "
            "The game shows that blocking and telling an adult are always good choices, and "
            "that no secret from a stranger has to be kept.",
        ],
        topics=["gaming", "grooming"],
        audiences=["children"],
        ages=["7-11"],
        countries=["AT"],
        publisher="saferinternet-at",
        resources=[
            res(GAME, "game", "de", url="https://www.saferinternet.at/", ages=["7-11"]),
            res(PARENTS_GUIDE, "guide", "de", ages=["7-11"]),
        ],
        age_days=90,
    ),
    campaign(
        "live-streaming-safely",
        "Live streaming safely",
        "A short film and guide for 11 to 14 year olds who stream or watch live video: "
        "privacy, gifts from strangers and requests to move to private chat.",
        [
            "Live streams cannot be taken back. Stream with a friend or adult nearby, never "
            "show your school or home, and be wary of viewers who send gifts and then ask for "
            "something in return.",
        ],
        topics=["grooming", "online-reputation"],
        audiences=["young-people", "parents-carers"],
        ages=["11-14"],
        countries=["IT"],
        publisher="generazioni-connesse",
        resources=[
            res(
                FILM,
                "video",
                url="https://www.generazioniconnesse.it/",
                has_subtitles=True,
                has_sign_language=True,
            ),
            res(YOUNG_GUIDE, "guide", ages=["11-14"]),
        ],
        age_days=95,
    ),
    campaign(
        "social-workers-toolkit",
        "Online child sexual abuse: a toolkit for social workers",
        "How online abuse shows up in casework, how to talk with children about it and how to "
        "work with hotlines and the police.",
        [
            "Children rarely disclose online abuse directly. The toolkit covers signs to notice, "
            "questions that help children talk, recording without spreading images, and the "
            "routes to have material removed.",
        ],
        topics=["online-child-sexual-abuse", "grooming", "sextortion"],
        audiences=["social-workers"],
        ages=["18-plus"],
        countries=["SE"],
        publisher="ecpat-sverige",
        resources=[
            res(TOOLKIT, "toolkit"),
            res(COURSE, "e-learning", url="https://ecpat.se/"),
        ],
        age_days=100,
    ),
    campaign(
        "children-and-media-findings",
        "Children and media: findings for policymakers",
        "Key findings from a national survey of how 9 to 18 year olds use media, and what "
        "they mean for regulation and schools.",
        [
            "The survey asks thousands of children every two years about their habits, good and "
            "bad experiences online, and what they want adults to do. The summary picks out "
            "trends relevant to policy.",
        ],
        topics=["excessive-use", "harmful-content", "gaming"],
        audiences=["policymakers", "researchers"],
        ages=["18-plus"],
        countries=["NO"],
        publisher="medietilsynet",
        licence="cc-by-4.0",
        resources=[
            res(REPORT, "research"),
            res(SUMMARY, "infographic"),
        ],
        age_days=110,
    ),
    campaign(
        "safety-by-design-industry",
        "Safety by design: removing abuse material faster",
        "For online service providers: how hotline reports work, what notice-and-takedown "
        "times to aim for, and how to prevent re-uploads.",
        [
            "Hotlines in the INHOPE network assess reports and send notices to the hosting "
            "provider. Fast removal, hash matching against known material and a clear "
            "reporting contact make the biggest difference.",
        ],
        topics=["online-child-sexual-abuse", "harmful-content"],
        audiences=["industry", "policymakers"],
        ages=["18-plus"],
        publisher="inhope",
        licence="cc-by-4.0",
        resources=[
            res(TOOLKIT, "toolkit"),
            res(WEBINAR, "webinar", url="https://www.inhope.org/", has_subtitles=True),
        ],
        age_days=120,
    ),
    campaign(
        "screen-time-balance",
        "Finding a balance with screens",
        "An infographic and guide for families about sleep, homework and screens, based on "
        "what young people say helps them.",
        [
            "Rather than counting minutes, the guide asks what screens push out: sleep, "
            "exercise, time with friends. Families agree on screen-free times and places and "
            "review them together.",
        ],
        topics=["excessive-use"],
        audiences=["parents-carers", "young-people"],
        ages=["11-14", "7-11"],
        countries=["SE"],
        publisher="mediemyndigheten",
        resources=[
            res(INFOGRAPHIC, "infographic"),
            res(PARENTS_GUIDE, "guide", "fr"),
        ],
        age_days=130,
    ),
    campaign(
        "digital-footprint-comic",
        "Footprints that stay: a comic",
        "A comic about a photo that spreads further than planned, for 7 to 11 year olds, with "
        "questions for class discussion.",
        [
            "Luka shares a funny photo of a friend in a group chat. By the evening the whole "
            "school has seen it. The comic helps children think before posting and shows how "
            "to put things right.",
        ],
        topics=["online-reputation", "cyberbullying"],
        audiences=["children", "teachers-educators"],
        ages=["7-11"],
        countries=["SI"],
        publisher="safe-si",
        resources=[
            res(COMIC, "comic", ages=["7-11"]),
            res(ACTIVITIES, "toolkit", ages=["7-11"]),
        ],
        age_days=140,
    ),
    campaign(
        "deepfake-nudes",
        "Deepfake nudes: what the law says and how to get help",
        "Apps that create fake nude images are used to bully and blackmail. A lesson and guide "
        "for 14 to 18 year olds.",
        [
            "A fake nude image is still image-based abuse. Making or sharing one can be a crime, "
            "and the person shown can get it removed. The lesson helps students respond as "
            "bystanders and know where to report.",
        ],
        topics=["non-consensual-intimate-images", "sexual-harassment", "sextortion"],
        audiences=["young-people", "teachers-educators"],
        ages=["14-18"],
        countries=["FR", "BE"],
        publisher="point-de-contact",
        resources=[
            res(
                LESSON_PLAN,
                "lesson-plan",
                "fr",
                ages=["14-18"],
                lesson=lesson(
                    55,
                    [
                        "Students can explain why a fake nude is image-based abuse.",
                        "Students know how to report and support the person shown.",
                    ],
                    [PROJECTOR, QUIET_SPACE],
                ),
            ),
            res(YOUNG_GUIDE, "guide", "fr", ages=["14-18"]),
        ],
        age_days=10,
    ),
    campaign(
        "call-116-111",
        "Someone to talk to: 116 111",
        "A leaflet and poster for children about the free, confidential child helpline 116 111 "
        "and what happens when you call.",
        [
            "116 111 is the child helpline number in most European countries. It is free and "
            "does not show on the phone bill. Children can call or chat about anything, "
            "including bullying, and they decide what happens next.",
        ],
        topics=["cyberbullying", "harmful-content"],
        audiences=["children", "young-people"],
        ages=["7-11", "11-14"],
        countries=["PL"],
        publisher="telefon-zaufania-116111",
        licence="free-education",
        resources=[
            res(LEAFLET, "leaflet", "pl", ages=["7-11", "11-14"], is_easy_read=True),
            res(POSTER, "poster", "pl", ages=["7-11", "11-14"]),
            res(POSTER, "poster", "ar", ages=["7-11", "11-14"]),
        ],
        age_days=35,
    ),
    campaign(
        "privacy-settings-social-media",
        "Privacy settings on social media",
        "A step-by-step guide and short video showing 11 to 14 year olds how to make their "
        "accounts private and control who can contact them.",
        [
            "Set your account to private, turn off location sharing, and choose who can send you "
            "messages. Check the settings again after every app update: they sometimes change.",
        ],
        topics=["technical-settings", "data-privacy"],
        audiences=["young-people"],
        ages=["11-14"],
        countries=["ES"],
        publisher="is4k",
        resources=[
            res(SETTINGS, "guide", ages=["11-14"]),
            res(
                FILM,
                "video",
                url="https://www.is4k.es/",
                has_subtitles=True,
                has_audio_description=True,
            ),
        ],
        age_days=22,
    ),
    campaign(
        "parents-evening-kit",
        "Parents’ evening kit for Safer Internet Day",
        "Everything a school needs to run a one-hour information evening for parents around "
        "Safer Internet Day: slides, notes and handouts.",
        [
            "Parents most often ask about screen time, gaming, first phones and what to do "
            "when something goes wrong. The kit answers these questions and leaves time for "
            "parents to share what works for them.",
        ],
        topics=["excessive-use", "gaming", "technical-settings"],
        audiences=["teachers-educators", "parents-carers"],
        ages=["7-11", "11-14"],
        countries=["CZ"],
        publisher="linka-bezpeci",
        sid=2026,
        image="sid",
        resources=[
            res(TOOLKIT, "toolkit"),
            res(PARENTS_GUIDE, "guide", "el"),
        ],
        age_days=28,
    ),
    campaign(
        "research-what-children-tell-helplines",
        "What children tell helplines",
        "An analysis of conversations with a national child helpline about online problems, "
        "for researchers and policymakers.",
        [
            "Cyberbullying, pressure to share images and worries about gaming remain the most "
            "common online topics. The report describes trends by age and what children say "
            "helped them.",
        ],
        topics=["cyberbullying", "sextortion", "gaming"],
        audiences=["researchers", "policymakers"],
        ages=["18-plus"],
        countries=["IT"],
        publisher="telefono-azzurro",
        licence="cc-by-4.0",
        resources=[
            res(REPORT, "research"),
            res(SUMMARY, "infographic", "el"),
        ],
        age_days=150,
    ),
    campaign(
        "kindness-online-early-years",
        "Being kind online: stories for 3 to 7 year olds",
        "Short picture stories that help young children practise asking for help and being "
        "kind when they use tablets and video calls.",
        [
            "Each story ends with a simple question for the adult to ask. The stories use the "
            "same three rules: be kind, ask before you share, and tell a grown-up when "
            "something feels wrong.",
        ],
        topics=["cyberbullying", "harmful-content"],
        audiences=["children", "parents-carers", "teachers-educators"],
        ages=["3-7"],
        countries=["GR"],
        publisher="saferinternet4kids",
        resources=[
            res(COMIC, "comic", "el", ages=["3-7"], is_easy_read=True),
            res(COMIC, "comic", ages=["3-7"], is_easy_read=True),
        ],
        age_days=160,
    ),
]
