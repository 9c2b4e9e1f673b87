"""What the browser journeys walk, built on the site's skeleton with tests/factories.py.

prepare_site.py loads the skeleton (`load_demo_content --skeleton`: home, index and shared pages,
settings, navigation in five languages), then `build()` adds what the journeys and the visual
references assert on: themes and partner categories of their own, partners with logos, stories
told in English (translated into Spanish, French, Arabic and Portuguese) and one told in Arabic,
upcoming and past events with speakers, the toolkit's resources, pledge signatures, and an
account for each admin role. Tests read the names below (or the page), never the demo's copy,
so editing the demo never breaks a journey. Pictures are drawn here with Pillow.

Importing this module touches no database: the test modules import its names at collection.
"""

import datetime
import io
import random
import zoneinfo

from PIL import Image, ImageDraw

from django.utils.text import slugify

LANGUAGES = ["en", "es", "fr", "ar", "pt"]
TRANSLATED_INTO = ["es", "fr", "ar", "pt"]

# Accounts, one per admin role (a visitor and a storyteller need none): (username, password).
# Administrators and moderators must use a second factor: the key of their authenticator app.
ADMINISTRATOR = ("journey-admin", "journey-admin-password")
EDITOR = ("journey-editor", "journey-editor-password")
MODERATOR = ("journey-moderator", "journey-moderator-password")
PARTNER = ("journey-partner", "journey-partner-password")
ACCOUNTS = [
    # (username, password), group (None: superuser)
    (ADMINISTRATOR, None),
    (EDITOR, "Editors"),
    (MODERATOR, "Moderators"),
    (PARTNER, "Partners"),
]
TOTP_KEYS = {
    ADMINISTRATOR[0]: b"journey-admin-totp-k".hex(),
    MODERATOR[0]: b"journey-moder-totp-k".hex(),
}

# Themes of the builder's own: slug, {language: name}.
THEMES = {
    "shared-kitchens": {
        "en": "Shared kitchens",
        "es": "Cocinas compartidas",
        "fr": "Cuisines partagées",
        "ar": "مطابخ مشتركة",
        "pt": "Cozinhas partilhadas",
    },
    "learning-together": {
        "en": "Learning together",
        "es": "Aprender en compañía",
        "fr": "Apprendre ensemble",
        "ar": "نتعلّم معًا",
        "pt": "Aprender em conjunto",
    },
    "work-and-trades": {
        "en": "Work and trades",
        "es": "Trabajo y oficios",
        "fr": "Travail et métiers",
        "ar": "العمل والحِرف",
        "pt": "Trabalho e ofícios",
    },
}
THEME_NAMES = {slug: names["en"] for slug, names in THEMES.items()}

# Partner categories: slug, {language: name}.
CATEGORIES = {
    "neighbourhood-groups": {
        "en": "Neighbourhood groups",
        "es": "Grupos de barrio",
        "fr": "Groupes de quartier",
        "ar": "مجموعات الأحياء",
        "pt": "Grupos de bairro",
    },
    "welcoming-cities": {
        "en": "Welcoming cities",
        "es": "Ciudades acogedoras",
        "fr": "Villes accueillantes",
        "ar": "مدن مرحِّبة",
        "pt": "Cidades acolhedoras",
    },
}
PARTNER_CATEGORY_SLUG = "neighbourhood-groups"

# Partners: slug -> fields. The partner account acts for the first.
PARTNERS = {
    "harbour-lane-welcome-circle": {
        "title": "Harbour Lane Welcome Circle",
        "category": "neighbourhood-groups",
        "tag": "Neighbours",
        "role": "story-partner",
        "role_summary": "Gathers the stories of the street and shares them with the campaign.",
        "countries": ["PT", "BE"],
        "cities": "Porto, Ghent",
        "description": "Neighbours who meet every newcomer to the street with a meal, a map "
        "and a key to the community garden.",
        "seed": 1,
    },
    "riverside-language-cafe": {
        "title": "Riverside Language Café",
        "category": "neighbourhood-groups",
        "tag": "Languages",
        "role": "supporter",
        "role_summary": "Volunteers who practise languages with newcomers over tea.",
        "countries": ["CA"],
        "cities": "Montreal, Toronto",
        "description": "Retired teachers, students and new arrivals who meet at the library "
        "twice a week to talk, in every language they have between them.",
        "seed": 2,
    },
    "northbridge-city-council": {
        "title": "Northbridge City Council",
        "category": "welcoming-cities",
        "tag": "City",
        "role": "advising-city",
        "role_summary": "A city that plans its services with the people who arrive in it.",
        "countries": ["EC"],
        "cities": "Quito",
        "description": "The council opened a welcome desk in every district and asks new "
        "residents to help design it.",
        "seed": 3,
    },
}
PARTNER_SLUG = "harbour-lane-welcome-circle"
PARTNER_NAME = PARTNERS[PARTNER_SLUG]["title"]
# The partner page the editor edits, and where its cities show.
EDITED_PARTNER_NAME = PARTNERS["northbridge-city-council"]["title"]

# Stories told in English, each translated (title, summary, body) into the other languages.
STORIES = {
    "bakery": {
        "title": "It Takes A Community to bake bread at dawn",
        "summary": "Three neighbours from three countries share one oven on the corner of "
        "Harbour Lane, and the whole street wakes up to their bread.",
        "body": "They bake a different country's bread each day of the week. On Sundays the "
        "street comes to taste, and stays to knead.",
        "storyteller": ("first-name", "Amal"),
        "city": "Porto",
        "country": "PT",
        "themes": ["shared-kitchens", "work-and-trades"],
        "partner": "harbour-lane-welcome-circle",
        "featured": True,
        "days_ago": 3,
        "seed": 11,
        "translations": {
            "es": (
                "Hace falta una comunidad para hornear pan al amanecer",
                "Tres vecinas de tres países comparten un horno en la esquina de Harbour Lane, y "
                "toda la calle se despierta con su pan.",
                "Cada día de la semana hornean el pan de un país distinto. Los domingos la calle "
                "viene a probarlo y se queda a amasar.",
            ),
            "fr": (
                "Il faut une communauté pour cuire le pain à l'aube",
                "Trois voisines de trois pays partagent un four au coin de Harbour Lane, et toute "
                "la rue se réveille avec leur pain.",
                "Chaque jour de la semaine, elles cuisent le pain d'un autre pays. Le dimanche, "
                "la rue vient goûter, et reste pour pétrir.",
            ),
            "ar": (
                "يحتاج الأمر إلى مجتمع لخَبز الخبز عند الفجر",
                "ثلاث جارات من ثلاثة بلدان يتقاسمن فرنًا واحدًا عند زاوية الشارع، فيستيقظ الشارع "
                "كله على رائحة خبزهن.",
                "يخبزن كل يوم من أيام الأسبوع خبز بلد مختلف. وفي أيام الأحد يأتي الشارع ليتذوّق، "
                "ويبقى ليعجن معهن.",
            ),
            "pt": (
                "É preciso uma comunidade para cozer pão de madrugada",
                "Três vizinhas de três países partilham um forno na esquina de Harbour Lane, e a "
                "rua inteira acorda com o pão delas.",
                "Em cada dia da semana cozem o pão de um país diferente. Aos domingos a rua vem "
                "provar, e fica para amassar.",
            ),
        },
    },
    "choir": {
        "title": "It Takes A Community to sing in five languages",
        "summary": "A choir of newcomers and long-time residents learns each other's songs "
        "every Monday evening in Ghent.",
        "body": "Nobody reads music. Each week one singer teaches a song from home, line by "
        "line, until the whole room can sing it back.",
        "storyteller": ("anonymous", ""),
        "city": "Ghent",
        "country": "BE",
        "themes": ["learning-together"],
        "partner": "harbour-lane-welcome-circle",
        "featured": True,
        "days_ago": 10,
        "seed": 12,
        "translations": {
            "es": (
                "Hace falta una comunidad para cantar en cinco idiomas",
                "Un coro de recién llegados y vecinos de toda la vida aprende las canciones de "
                "los demás cada lunes por la tarde en Gante.",
                "Nadie lee partituras. Cada semana alguien enseña una canción de su tierra, verso "
                "a verso, hasta que toda la sala puede cantarla.",
            ),
            "fr": (
                "Il faut une communauté pour chanter en cinq langues",
                "Une chorale de nouveaux venus et d'habitants de longue date apprend les chansons "
                "des uns et des autres chaque lundi soir à Gand.",
                "Personne ne lit la musique. Chaque semaine, une personne apprend aux autres une "
                "chanson de chez elle, vers par vers, jusqu'à ce que toute la salle la chante.",
            ),
            "ar": (
                "يحتاج الأمر إلى مجتمع للغناء بخمس لغات",
                "جوقة من القادمين الجدد والسكان القدامى تتعلّم أغاني بعضها مساء كل يوم اثنين في "
                "مدينة غنت.",
                "لا أحد يقرأ النوتة. في كل أسبوع يعلّم أحد المغنّين أغنية من بلده، بيتًا بعد بيت، "
                "حتى تستطيع القاعة كلها أن تغنّيها.",
            ),
            "pt": (
                "É preciso uma comunidade para cantar em cinco línguas",
                "Um coro de recém-chegados e moradores de sempre aprende as canções uns dos "
                "outros todas as segundas-feiras à noite, em Gante.",
                "Ninguém lê música. Todas as semanas alguém ensina uma canção da sua terra, verso "
                "a verso, até a sala inteira a saber cantar.",
            ),
        },
    },
    "tea": {
        "title": "It Takes A Community to learn a language over tea",
        "summary": "Retired teachers and newly arrived families meet at the library to "
        "practise French over tea and biscuits.",
        "body": "The rule is simple: every question gets an answer, and every answer gets a "
        "cup of tea. After a year, the learners run half of the tables.",
        "storyteller": ("first-name", "Joseph"),
        "city": "Montreal",
        "country": "CA",
        "themes": ["learning-together"],
        "partner": "riverside-language-cafe",
        "featured": True,
        "days_ago": 20,
        "seed": 13,
        "translations": {
            "es": (
                "Hace falta una comunidad para aprender un idioma con un té",
                "Maestras jubiladas y familias recién llegadas se reúnen en la biblioteca para "
                "practicar francés con té y galletas.",
                "La regla es sencilla: cada pregunta recibe una respuesta y cada respuesta, una "
                "taza de té. Al cabo de un año, quienes aprendían llevan la mitad de las mesas.",
            ),
            "fr": (
                "Il faut une communauté pour apprendre une langue autour d'un thé",
                "Des enseignants à la retraite et des familles nouvellement arrivées se "
                "retrouvent à la bibliothèque pour pratiquer le français autour d'un thé.",
                "La règle est simple : chaque question reçoit une réponse, et chaque réponse une "
                "tasse de thé. Un an plus tard, les apprenants animent la moitié des tables.",
            ),
            "ar": (
                "يحتاج الأمر إلى مجتمع لتعلّم لغة على فنجان شاي",
                "معلّمون متقاعدون وعائلات وصلت حديثًا يلتقون في المكتبة ليتمرّنوا على الفرنسية "
                "مع الشاي والبسكويت.",
                "القاعدة بسيطة: لكل سؤال جواب، ولكل جواب فنجان شاي. وبعد عام صار المتعلّمون "
                "يديرون نصف الطاولات.",
            ),
            "pt": (
                "É preciso uma comunidade para aprender uma língua com um chá",
                "Professores reformados e famílias acabadas de chegar encontram-se na biblioteca "
                "para praticar francês com chá e bolachas.",
                "A regra é simples: cada pergunta tem uma resposta, e cada resposta uma chávena "
                "de chá. Ao fim de um ano, quem aprendia já orienta metade das mesas.",
            ),
        },
    },
    "bicycles": {
        "title": "It Takes A Community to fix a bicycle",
        "summary": "Under the railway arches, mechanics who arrived as refugees teach "
        "teenagers to mend their own bikes.",
        "body": "The workshop runs on donated parts and patience. The teenagers now teach the "
        "younger ones, in three languages and a lot of pointing.",
        "storyteller": ("pseudonym", "Spoke"),
        "city": "Toronto",
        "country": "CA",
        "themes": ["work-and-trades"],
        "partner": "riverside-language-cafe",
        "featured": False,
        "days_ago": 40,
        "seed": 14,
        "translations": {
            "es": (
                "Hace falta una comunidad para arreglar una bicicleta",
                "Bajo los arcos del tren, mecánicos que llegaron como refugiados enseñan a los "
                "adolescentes a reparar sus bicicletas.",
                "El taller funciona con piezas donadas y paciencia. Ahora los adolescentes "
                "enseñan a los más pequeños, en tres idiomas y con muchos gestos.",
            ),
            "fr": (
                "Il faut une communauté pour réparer un vélo",
                "Sous les arches du chemin de fer, des mécaniciens arrivés comme réfugiés "
                "apprennent aux adolescents à réparer leurs vélos.",
                "L'atelier tourne avec des pièces données et de la patience. Les adolescents "
                "enseignent maintenant aux plus jeunes, en trois langues et avec les mains.",
            ),
            "ar": (
                "يحتاج الأمر إلى مجتمع لإصلاح درّاجة",
                "تحت أقواس سكة الحديد، يعلّم ميكانيكيون وصلوا لاجئين المراهقين كيف يصلحون "
                "درّاجاتهم بأنفسهم.",
                "تعمل الورشة بقطع غيار متبرَّع بها وبكثير من الصبر. وصار المراهقون اليوم يعلّمون "
                "الأصغر منهم، بثلاث لغات وبكثير من الإشارة.",
            ),
            "pt": (
                "É preciso uma comunidade para arranjar uma bicicleta",
                "Debaixo dos arcos do comboio, mecânicos que chegaram como refugiados ensinam "
                "adolescentes a reparar as suas bicicletas.",
                "A oficina vive de peças doadas e de paciência. Agora são os adolescentes que "
                "ensinam os mais novos, em três línguas e com muitos gestos.",
            ),
        },
    },
    "roof-garden": {
        "title": "It Takes A Community to grow a garden on a roof",
        "summary": "Families from four countries turned the flat roof of their building into a "
        "garden that feeds the whole block.",
        "body": "Every pot came from a different kitchen. In the first summer the roof gave "
        "tomatoes, mint and coriander; in the second, a weekly dinner for forty.",
        "storyteller": ("full-name", "Lucía Andrade"),
        "city": "Quito",
        "country": "EC",
        "themes": ["shared-kitchens"],
        "partner": "harbour-lane-welcome-circle",
        "featured": False,
        "days_ago": 60,
        "seed": 15,
        "translations": {
            "es": (
                "Hace falta una comunidad para cultivar un huerto en una azotea",
                "Familias de cuatro países convirtieron la azotea de su edificio en un huerto que "
                "alimenta a toda la manzana.",
                "Cada maceta vino de una cocina distinta. El primer verano la azotea dio tomates, "
                "menta y cilantro; el segundo, una cena semanal para cuarenta personas.",
            ),
            "fr": (
                "Il faut une communauté pour faire pousser un jardin sur un toit",
                "Des familles de quatre pays ont fait du toit de leur immeuble un jardin qui "
                "nourrit tout le pâté de maisons.",
                "Chaque pot venait d'une autre cuisine. Le premier été, le toit a donné tomates, "
                "menthe et coriandre ; le deuxième, un dîner par semaine pour quarante personnes.",
            ),
            "ar": (
                "يحتاج الأمر إلى مجتمع لزراعة حديقة على سطح",
                "عائلات من أربعة بلدان حوّلت سطح بنايتها إلى حديقة تُطعم الحيّ كله.",
                "جاء كل أصيص من مطبخ مختلف. في الصيف الأول أعطى السطح طماطم ونعناعًا وكزبرة، وفي "
                "الصيف الثاني عشاءً أسبوعيًا لأربعين شخصًا.",
            ),
            "pt": (
                "É preciso uma comunidade para cultivar uma horta num terraço",
                "Famílias de quatro países transformaram o terraço do seu prédio numa horta que "
                "alimenta o quarteirão inteiro.",
                "Cada vaso veio de uma cozinha diferente. No primeiro verão o terraço deu "
                "tomate, hortelã e coentros; no segundo, um jantar semanal para quarenta pessoas.",
            ),
        },
    },
}
# A story told in Arabic, with no English original (its address: digits, as for any title
# without Latin words).
ARABIC_STORY = {
    "slug": "2025-03-21",
    "title": "يحتاج الأمر إلى مجتمع لفتح مكتبة في الحيّ",
    "summary": "جيران من سوريا والأردن والعراق جمعوا كتبهم في غرفة صغيرة، فصارت مكتبة يقصدها "
    "أطفال الحيّ كل مساء.",
    "body": "بدأت المكتبة برفّ واحد. اليوم فيها ألف كتاب بأربع لغات، وجدول للقراءة بصوت عالٍ "
    "يتناوب عليه الآباء والأمهات.",
    "storyteller": ("first-name", "سلمى"),
    "city": "عمّان",
    "country": "JO",
    "themes": ["learning-together"],
    "featured": True,
    "days_ago": 1,
    "seed": 16,
}
# The stories' cities as Arabic readers write them (other languages keep the local name).
CITIES_IN_ARABIC = {
    "Porto": "بورتو",
    "Ghent": "غنت",
    "Montreal": "مونتريال",
    "Toronto": "تورنتو",
    "Quito": "كيتو",
}
# The one story told in Canada on "Learning together" (the library's filters find it alone).
FILTERED_STORY = STORIES["tea"]
FILTERED_COUNTRY = ("CA", "Canada")
FILTERED_THEME = "learning-together"
# Another story told in Canada, on another theme: the filters leave it out.
OTHER_STORY_IN_FILTERED_COUNTRY = STORIES["bicycles"]["title"]
# The newest English story, whose page the visual references show.
FIRST_STORY_SLUG = slugify(STORIES["bakery"]["title"])

# Speakers: name, {language: role}, organisation.
SPEAKERS = [
    (
        "Rosa Delgado",
        {
            "en": "Coordinator",
            "es": "Coordinadora",
            "fr": "Coordinatrice",
            "ar": "منسّقة",
            "pt": "Coordenadora",
        },
        "Harbour Lane Welcome Circle",
    ),
    (
        "Yusuf Karimi",
        {
            "en": "Youth mentor",
            "es": "Mentor juvenil",
            "fr": "Mentor jeunesse",
            "ar": "مرشد الشباب",
            "pt": "Mentor de jovens",
        },
        "Riverside Language Café",
    ),
]

# Events: slug -> fields. Upcoming ones are dated from the day the site is built.
EVENTS = {
    "welcome-week-live-chat": {
        "title": "Welcome week: live chat with the Harbour Lane Welcome Circle",
        "event_type": "live-chat",
        "days_ahead": 21,
        "hour": 17,
        "minutes": 60,
        "zone": "America/Toronto",
        "summary": "Neighbours who welcome newcomers every week answer your questions about "
        "starting a welcome circle where you live.",
        "partners": ["harbour-lane-welcome-circle"],
        "seed": 21,
        "translations": {
            "es": (
                "Semana de bienvenida: charla en directo con el Harbour Lane Welcome Circle",
                "Vecinos que acogen a recién llegados cada semana responden a tus preguntas "
                "sobre cómo empezar un círculo de bienvenida donde vives.",
            ),
            "fr": (
                "Semaine d'accueil : discussion en direct avec le Harbour Lane Welcome Circle",
                "Des voisins qui accueillent des nouveaux venus chaque semaine répondent à vos "
                "questions pour lancer un cercle d'accueil près de chez vous.",
            ),
            "ar": (
                "أسبوع الترحيب: دردشة مباشرة مع Harbour Lane Welcome Circle",
                "جيران يستقبلون القادمين الجدد كل أسبوع يجيبون عن أسئلتك حول بدء حلقة ترحيب "
                "حيث تعيش.",
            ),
            "pt": (
                "Semana de boas-vindas: conversa em direto com o Harbour Lane Welcome Circle",
                "Vizinhos que acolhem recém-chegados todas as semanas respondem às tuas perguntas "
                "sobre como começar um círculo de boas-vindas onde vives.",
            ),
        },
    },
    "open-kitchens-expert-dialogue": {
        "title": "Open kitchens: expert dialogue on cities that cook together",
        "event_type": "expert-dialogue",
        "days_ahead": 45,
        "hour": 14,
        "minutes": 90,
        "zone": "Europe/Brussels",
        "summary": "City officials and cooks compare what happens when a town hall opens its "
        "kitchen to every community.",
        "partners": ["northbridge-city-council", "harbour-lane-welcome-circle"],
        "seed": 22,
        "translations": {
            "es": (
                "Cocinas abiertas: diálogo de expertos sobre ciudades que cocinan juntas",
                "Responsables municipales y cocineros comparan lo que pasa cuando un ayuntamiento "
                "abre su cocina a todas las comunidades.",
            ),
            "fr": (
                "Cuisines ouvertes : dialogue d'experts sur les villes qui cuisinent ensemble",
                "Des élus et des cuisiniers comparent ce qui se passe quand une mairie ouvre sa "
                "cuisine à toutes les communautés.",
            ),
            "ar": (
                "مطابخ مفتوحة: حوار خبراء عن مدن تطبخ معًا",
                "مسؤولون في البلديات وطهاة يقارنون ما يحدث حين تفتح بلدية مطبخها لكل المجتمعات.",
            ),
            "pt": (
                "Cozinhas abertas: diálogo de especialistas sobre cidades que cozinham juntas",
                "Autarcas e cozinheiros comparam o que acontece quando uma câmara municipal abre a "
                "sua cozinha a todas as comunidades.",
            ),
        },
    },
    "neighbours-at-the-table-2024": {
        "title": "Neighbours at the table: how shared meals built a street",
        "event_type": "webinar",
        "start": (2024, 3, 14, 15, 0),
        "minutes": 60,
        "zone": "Europe/Lisbon",
        "summary": "The Harbour Lane neighbours on five years of Sunday dinners, and what "
        "they taught the city.",
        "partners": ["harbour-lane-welcome-circle"],
        "seed": 23,
        "translations": {
            "es": (
                "Vecinos a la mesa: cómo las comidas compartidas hicieron una calle",
                "Los vecinos de Harbour Lane cuentan cinco años de cenas de domingo y lo que "
                "enseñaron a la ciudad.",
            ),
            "fr": (
                "Voisins à table : comment les repas partagés ont fait une rue",
                "Les voisins de Harbour Lane racontent cinq ans de dîners du dimanche, et ce "
                "qu'ils ont appris à la ville.",
            ),
            "ar": (
                "جيران حول المائدة: كيف بنت الوجبات المشتركة شارعًا",
                "جيران Harbour Lane يروون خمس سنوات من عشاء أيام الأحد، وما تعلّمته المدينة منهم.",
            ),
            "pt": (
                "Vizinhos à mesa: como as refeições partilhadas fizeram uma rua",
                "Os vizinhos de Harbour Lane contam cinco anos de jantares de domingo, e o que "
                "ensinaram à cidade.",
            ),
        },
    },
}
UPCOMING_EVENT_SLUGS = [slug for slug, event in EVENTS.items() if "days_ahead" in event]
# The soonest upcoming event: first in the list of events.
SOONEST_EVENT = EVENTS[UPCOMING_EVENT_SLUGS[0]]
SOONEST_EVENT_SLUG = UPCOMING_EVENT_SLUGS[0]
PAST_EVENT_SLUG = "neighbours-at-the-table-2024"
PAST_EVENT_TITLE = EVENTS[PAST_EVENT_SLUG]["title"]

# The toolkit: a message guide in each language, two social cards, the mark and a video link.
MESSAGE_GUIDES = {
    "en": (
        "Message guide: words that welcome",
        "Words that work when you talk about your new neighbours.",
    ),
    "es": (
        "Guía de mensajes: palabras que acogen",
        "Palabras que funcionan cuando hablas de tus nuevos vecinos.",
    ),
    "fr": (
        "Guide des messages : des mots qui accueillent",
        "Des mots qui portent quand vous parlez de vos nouveaux voisins.",
    ),
    "ar": ("دليل الرسائل: كلمات ترحّب", "كلمات تصل إلى القلب حين تتحدّث عن جيرانك الجدد."),
    "pt": (
        "Guia de mensagens: palavras que acolhem",
        "Palavras que resultam quando falas dos teus novos vizinhos.",
    ),
}
# "Recording" in each language, before the title of a past event's video.
RECORDING = {
    "en": "Recording",
    "es": "Grabación",
    "fr": "Enregistrement",
    "ar": "تسجيل",
    "pt": "Gravação",
}
# A real address to watch the events on (no third party is loaded with the page).
WATCH_URL = "https://www.youtube.com/results?search_query=%23ItTakesACommunity"
TOOLKIT_KINDS = ["social-cards", "logos", "videos", "message-guide"]

# Pledge signatures: (name shown or "", signing as, country, listed in public).
SIGNATURES = [
    ("Marta Okafor", "individual", "IE", True),
    ("The Corner Bakery Collective", "organisation", "PT", True),
    ("", "individual", "PT", False),
    ("Town of Northbridge", "government", "EC", True),
    ("Idris Bello", "individual", "BE", True),
    ("", "individual", "CA", False),
    ("Riverside Readers", "organisation", "CA", True),
    ("Sofia Lindqvist", "individual", "SE", True),
    ("", "individual", "JO", False),
    ("Hamid Noori", "individual", "DE", True),
    ("", "organisation", "BR", False),
    ("Ana Ribeiro", "individual", "BR", True),
]

# Colours of the pictures: sky, ground, hills, walls, roofs, people.
PALETTES = [
    ("#f6c58f", "#5a8f4e", "#7fae6a", "#e8dcc8", "#b4553a", ["#1e4e79", "#c23b22", "#f2a541"]),
    ("#9fd3e6", "#3f7a5a", "#6aa57e", "#f3e6d0", "#8c3b5e", ["#2d2a6e", "#e07a1f", "#d63c6b"]),
    ("#fbd7c4", "#7c6a3e", "#a89a5b", "#efe4d6", "#2f6f8f", ["#7a2e8e", "#2a9d8f", "#e9c46a"]),
    ("#c9d7f0", "#4d7c8a", "#7fa7b0", "#f5ecd9", "#c0392b", ["#264653", "#f4a261", "#e76f51"]),
]


def _hex(colour):
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def draw_scene(seed, size=(1200, 800)):
    """A street scene: sky, sun, hills, houses with lit windows and people in front of them."""
    rng = random.Random(seed)
    sky, ground, hills, walls, roofs, people = PALETTES[seed % len(PALETTES)]
    width, height = size
    picture = Image.new("RGB", size, _hex(sky))
    draw = ImageDraw.Draw(picture)
    top, bottom = _hex(sky), (255, 244, 226)
    horizon = int(height * 0.62)
    for y in range(horizon):
        share = y / horizon
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * share) for a, b in zip(top, bottom, strict=True)),
        )
    sun_x, sun_r = rng.randint(width // 8, width * 7 // 8), height // 10
    draw.ellipse(
        [sun_x - sun_r, height // 6 - sun_r, sun_x + sun_r, height // 6 + sun_r], fill="#ffd166"
    )
    points = [(0, horizon)]
    for x in range(0, width + 1, width // 8):
        points.append((x, horizon - rng.randint(height // 20, height // 6)))
    points += [(width, horizon), (width, height), (0, height)]
    draw.polygon(points, fill=_hex(hills))
    draw.rectangle([0, horizon, width, height], fill=_hex(ground))
    x = rng.randint(-width // 20, width // 30)
    while x < width:
        house_w = rng.randint(width // 9, width // 6)
        house_h = rng.randint(height // 6, height // 3)
        base = horizon + height // 12
        draw.rectangle([x, base - house_h, x + house_w, base], fill=_hex(walls), outline="#5b4636")
        draw.polygon(
            [
                (x - 8, base - house_h),
                (x + house_w // 2, base - house_h - house_h // 3),
                (x + house_w + 8, base - house_h),
            ],
            fill=_hex(roofs),
        )
        for row in range(2):
            for column in range(2):
                wx = x + house_w // 6 + column * house_w // 2
                wy = base - house_h + house_h // 6 + row * house_h // 3
                draw.rectangle([wx, wy, wx + house_w // 5, wy + house_h // 7], fill="#ffe29a")
        x += house_w + rng.randint(width // 60, width // 25)
    for _person in range(rng.randint(5, 8)):
        px = rng.randint(width // 20, width * 19 // 20)
        py = rng.randint(int(height * 0.78), int(height * 0.9))
        scale = height / 800
        body = int(70 * scale)
        head = int(18 * scale)
        colour = rng.choice(people)
        draw.rounded_rectangle(
            [px - body // 3, py - body, px + body // 3, py], radius=int(14 * scale), fill=colour
        )
        draw.ellipse([px - head, py - body - 2 * head, px + head, py - body], fill="#8d5a3b")
    return picture


def draw_logo(seed, size=(600, 600)):
    """A partner's mark: rings and a leaf in its own colours, on white."""
    rng = random.Random(seed)
    *_, people = PALETTES[seed % len(PALETTES)]
    picture = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(picture)
    width, height = size
    centre_x, centre_y = width // 2, height // 2
    for ring, colour in enumerate(people):
        radius = width // 2 - 30 - ring * width // 8
        draw.ellipse(
            [centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius],
            outline=colour,
            width=width // 20,
        )
    leaf = rng.randint(width // 10, width // 7)
    draw.ellipse(
        [centre_x - leaf, centre_y - leaf // 2, centre_x + leaf, centre_y + leaf // 2],
        fill=people[0],
    )
    return picture


def picture_file(picture, name, image_format="JPEG"):
    """The Pillow `picture` as an image file named `name`, ready for an image field."""
    from django.core.files.images import ImageFile

    buffer = io.BytesIO()
    options = {"quality": 88} if image_format == "JPEG" else {}
    picture.save(buffer, image_format, **options)
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


def image(title, picture, name, image_format="JPEG", description=""):
    """An image in the library (tests/factories.py) holding the drawn `picture`."""
    from tests.factories import ImageFactory

    made = ImageFactory(title=title, file=picture_file(picture, name, image_format))
    if description:
        made.description = description
        made.save(update_fields=["description"])
    return made


def locales():
    """{language code: Locale} of the site's five languages."""
    from wagtail.models import Locale

    return {locale.language_code: locale for locale in Locale.objects.all()}


def translated_snippet(snippet, locale, **fields):
    """The translation of `snippet` (a theme, a category, a speaker) into `locale`, with
    `fields` in that language."""
    copy = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def translated_page(page, locale, **fields):
    """The live translation of `page` into `locale` (its parent is translated: the skeleton)."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


def by_language(items):
    """{language code: {slug: item}} of the translatable snippets `items`."""
    result = {}
    for item in items:
        result.setdefault(item.locale.language_code, {})[item.slug] = item
    return result


def build_named_snippets(factory, names_by_slug, locale_of):
    """Snippets of `factory` (themes, partner categories), one per slug of `names_by_slug`
    ({slug: {language: name}}) and its translations, by language (`by_language`)."""
    items = []
    for order, (slug, names) in enumerate(names_by_slug.items()):
        item = factory(slug=slug, name=names["en"], sort_order=50 + order)
        items.append(item)
        for code in TRANSLATED_INTO:
            items.append(translated_snippet(item, locale_of[code], name=names[code]))
    return by_language(items)


def build_themes(locale_of):
    from tests.factories import ThemeFactory

    return build_named_snippets(ThemeFactory, THEMES, locale_of)


def build_partners(locale_of):
    from tests.factories import PartnerCategoryFactory, PartnerPageFactory

    category_in = build_named_snippets(PartnerCategoryFactory, CATEGORIES, locale_of)
    partners = {}
    for slug, fields in PARTNERS.items():
        logo = image(
            f"{fields['title']} logo",
            draw_logo(fields["seed"]),
            f"logo-{slug}.png",
            "PNG",
            description=f"{fields['title']} logo",
        )
        partner = PartnerPageFactory(
            slug=slug,
            title=fields["title"],
            category=category_in["en"][fields["category"]],
            logo=logo,
            tag=fields["tag"],
            role=fields["role"],
            role_summary=fields["role_summary"],
            listing_summary=fields["role_summary"],
            description=f"<p>{fields['description']}</p>",
            countries=fields["countries"],
            cities=fields["cities"],
            website=f"https://{slug}.example.org/",
            contact_email=f"{slug}@example.org",
        )
        partners[("en", slug)] = partner
        for code in TRANSLATED_INTO:
            partners[(code, slug)] = translated_page(
                partner, locale_of[code], category=category_in[code][fields["category"]]
            )
    return partners


def build_stories(locale_of, themes, partners):
    from django.utils import timezone

    from stories.models import StoryIndexPage
    from tests.factories import StoryPageFactory

    today = timezone.localdate()
    for fields in STORIES.values():
        display, name = fields["storyteller"]
        picture = image(
            f"Photo: {fields['city']}, {fields['title']}",
            draw_scene(fields["seed"]),
            f"story-{fields['seed']}.jpg",
        )
        story = StoryPageFactory(
            title=fields["title"],
            slug=slugify(fields["title"]),
            summary=fields["summary"],
            listing_summary=fields["summary"],
            body=[("paragraph", f"<p>{fields['body']}</p>")],
            hero_image=picture,
            hero_image_decorative=True,
            storyteller_display=display,
            storyteller_name=name,
            city=fields["city"],
            country=fields["country"],
            partner=partners[("en", fields["partner"])],
            featured=fields["featured"],
            date_published=today - datetime.timedelta(days=fields["days_ago"]),
            themes=[themes["en"][slug] for slug in fields["themes"]],
        )
        for code, (title, summary, body) in fields["translations"].items():
            translation = story.copy_for_translation(locale_of[code])
            translation.title = title
            translation.summary = summary
            translation.listing_summary = summary
            translation.body = [("paragraph", f"<p>{body}</p>")]
            translation.partner = partners[(code, fields["partner"])]
            if code == "ar":
                translation.city = CITIES_IN_ARABIC[fields["city"]]
            translation.themes.set([themes[code][slug] for slug in fields["themes"]])
            translation.save_revision().publish()
    # The story told in Arabic, in the Arabic library only.
    fields = ARABIC_STORY
    display, name = fields["storyteller"]
    StoryPageFactory(
        parent=StoryIndexPage.objects.get(locale=locale_of["ar"]),
        slug=fields["slug"],
        title=fields["title"],
        summary=fields["summary"],
        listing_summary=fields["summary"],
        body=[("paragraph", f"<p>{fields['body']}</p>")],
        hero_image=image("Photo: a library in Amman", draw_scene(fields["seed"]), "story-ar.jpg"),
        hero_image_decorative=True,
        storyteller_display=display,
        storyteller_name=name,
        city=fields["city"],
        country=fields["country"],
        told_in_language="ar",
        featured=fields["featured"],
        date_published=today - datetime.timedelta(days=fields["days_ago"]),
        themes=[themes["ar"][slug] for slug in fields["themes"]],
    )


def build_events(locale_of, partners):
    from django.utils import timezone

    from events.models import EventPartner, EventSpeaker
    from tests.factories import EventPageFactory, SpeakerFactory

    speakers = {"en": []}
    for name, roles, organisation in SPEAKERS:
        speaker = SpeakerFactory(name=name, role=roles["en"], organisation=organisation)
        speakers["en"].append(speaker)
        for code in TRANSLATED_INTO:
            speakers.setdefault(code, []).append(
                translated_snippet(speaker, locale_of[code], role=roles[code])
            )

    def speakers_of(code):
        return [
            EventSpeaker(speaker=speaker, sort_order=order)
            for order, speaker in enumerate(speakers[code])
        ]

    def partners_of(code, slugs):
        return [
            EventPartner(partner=partners[(code, slug)], sort_order=order)
            for order, slug in enumerate(slugs)
        ]

    now = timezone.now()
    for slug, fields in EVENTS.items():
        zone = zoneinfo.ZoneInfo(fields["zone"])
        if "days_ahead" in fields:
            day = (now + datetime.timedelta(days=fields["days_ahead"])).astimezone(zone)
            start = day.replace(hour=fields["hour"], minute=0, second=0, microsecond=0)
        else:
            start = datetime.datetime(*fields["start"], tzinfo=zone)
        end = start + datetime.timedelta(minutes=fields["minutes"])
        recording = []
        if end < now:
            recording = [("video", {"url": WATCH_URL, "title": f"Recording: {fields['title']}"})]
        event = EventPageFactory(
            slug=slug,
            title=fields["title"],
            event_type=fields["event_type"],
            start=start,
            end=end,
            time_zone=fields["zone"],
            languages="en,es",
            listing_summary=fields["summary"],
            background=f"<p>{fields['summary']}</p>",
            livestream_url=WATCH_URL,
            listing_image=image(
                f"Event picture: {fields['title']}",
                draw_scene(fields["seed"], (1200, 675)),
                f"event-{fields['seed']}.jpg",
            ),
            recording=recording,
            event_speakers=speakers_of("en"),
            event_partners=partners_of("en", fields["partners"]),
        )
        for code in TRANSLATED_INTO:
            title, summary = fields["translations"][code]
            translated_page(
                event,
                locale_of[code],
                title=title,
                listing_summary=summary,
                background=f"<p>{summary}</p>",
                recording=[
                    ("video", {"url": WATCH_URL, "title": f"{RECORDING[code]}: {title}"})
                    for _recorded in recording
                ],
                event_speakers=speakers_of(code),
                event_partners=partners_of(code, fields["partners"]),
            )


def build_toolkit():
    from actions.models import ToolkitPage, ToolkitResource
    from tests.factories import DocumentFactory

    cards = [
        (
            "Card for X, Facebook and LinkedIn",
            "A wide card (1200 x 630) for link posts.",
            "social-cards",
            image("Social card, wide", draw_scene(31, (1200, 630)), "card-wide.png", "PNG"),
        ),
        (
            "Card for Instagram",
            "A square card (1080 x 1080) for feeds.",
            "social-cards",
            image("Social card, square", draw_scene(32, (1080, 1080)), "card-square.png", "PNG"),
        ),
        (
            "The campaign mark",
            "A PNG to place on your own posters and posts.",
            "logos",
            image("The campaign mark", draw_logo(33, (800, 800)), "mark.png", "PNG"),
        ),
    ]
    guides = {
        code: DocumentFactory(title=title, file__filename=f"message-guide-{code}.pdf")
        for code, (title, _description) in MESSAGE_GUIDES.items()
    }
    for toolkit in ToolkitPage.objects.all():
        resources = [
            ToolkitResource(title=title, description=text, kind=kind, language="", image=picture)
            for title, text, kind, picture in cards
        ]
        resources.append(
            ToolkitResource(
                title="Short videos to repost",
                description="Clips shared under the hashtag: repost them with your caption.",
                kind="videos",
                language="en",
                link_url="https://www.youtube.com/results?search_query=%23ItTakesACommunity",
            )
        )
        resources += [
            ToolkitResource(
                title=title,
                description=description,
                kind="message-guide",
                language=code,
                document=guides[code],
            )
            for code, (title, description) in MESSAGE_GUIDES.items()
        ]
        toolkit.resources = resources
        toolkit.save_revision().publish()


def build_pledge():
    from actions.models import PledgePage
    from tests.factories import PledgeSignatureFactory

    pledge = PledgePage.objects.get(locale__language_code="en")
    for name, signer_type, country, listed in SIGNATURES:
        PledgeSignatureFactory(
            pledge=pledge,
            display_name=name,
            signer_type=signer_type,
            country=country,
            show_in_public_list=listed,
            email_updates=False,
            email="",
        )


def build_accounts(partners):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from itac.two_factor import TOTP_DEVICE_NAME
    from partners.models import PartnerMembership
    from tests.factories import UserFactory

    for (username, password), group in ACCOUNTS:
        user = UserFactory(
            username=username,
            password=password,
            first_name=username.split("-")[-1].title(),
            is_staff=group is None,
            is_superuser=group is None,
            group=group,
        )
        if username in TOTP_KEYS:
            TOTPDevice.objects.create(
                user=user, name=TOTP_DEVICE_NAME, key=TOTP_KEYS[username], confirmed=True
            )
        if group == "Partners":
            PartnerMembership.objects.create(user=user, partner=partners[("en", PARTNER_SLUG)])


def build():
    """Add everything above to the skeleton (once, on a fresh database)."""
    from django.db import transaction

    from stories.queries import bump_options_version

    with transaction.atomic():
        locale_of = locales()
        themes = build_themes(locale_of)
        partners = build_partners(locale_of)
        build_stories(locale_of, themes, partners)
        build_events(locale_of, partners)
        build_toolkit()
        build_pledge()
        build_accounts(partners)
    # Filter choices (countries, themes) are cached by version: new stories change them.
    bump_options_version()


def totp_code(username):
    """The code the account's authenticator app would show now."""
    from django_otp.oath import TOTP

    return f"{TOTP(bytes.fromhex(TOTP_KEYS[username])).token():06d}"
