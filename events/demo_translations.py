"""The demo events in Spanish, French, Arabic and Portuguese, keyed by the English text of each
segment (wagtail-localize's translation memory)."""

# English title: (Spanish, French, Arabic, Portuguese)
TITLES = {
    "Soft launch on International Migrants Day": (
        "Lanzamiento discreto en el Día Internacional del Migrante",
        "Lancement discret lors de la Journée internationale des migrants",
        "الإطلاق الأولي في اليوم الدولي للمهاجرين",
        "Lançamento discreto no Dia Internacional dos Migrantes",
    ),
    "Expert dialogue: South American perspectives on balanced narratives": (
        "Diálogo de expertos: miradas sudamericanas sobre narrativas equilibradas",
        "Dialogue d'experts : regards sud-américains sur des discours équilibrés",
        "حوار خبراء: رؤى من أمريكا الجنوبية حول السرديات المتوازنة",
        "Diálogo de especialistas: perspetivas sul-americanas sobre narrativas equilibradas",
    ),
    "Live chat: an introduction to the global dialogue": (
        "Charla en directo: introducción al diálogo mundial",
        "Discussion en direct : introduction au dialogue mondial",
        "محادثة مباشرة: مدخل إلى الحوار العالمي",
        "Conversa ao vivo: introdução ao diálogo global",
    ),
    "Live chat with the director of a Venezuelan diaspora organisation": (
        "Charla en directo con la directora de una organización de la diáspora venezolana",
        "Discussion en direct avec la directrice d'une organisation de la diaspora vénézuélienne",
        "محادثة مباشرة مع مديرة منظمة من منظمات الشتات الفنزويلي",
        "Conversa ao vivo com a diretora de uma organização da diáspora venezuelana",
    ),
    "Live chat with the GFMD Business Mechanism and youth representatives": (
        "Charla en directo con el Mecanismo Empresarial del FMMD y representantes de la juventud",
        "Discussion en direct avec le Mécanisme des entreprises du FMMD et des représentants "
        "des jeunes",
        "محادثة مباشرة مع آلية قطاع الأعمال في المنتدى وممثلين عن الشباب",
        "Conversa ao vivo com o Mecanismo Empresarial do FGMD e representantes da juventude",
    ),
    "Global expert dialogue with a focus on Africa and Europe": (
        "Diálogo mundial de expertos con foco en África y Europa",
        "Dialogue mondial d'experts centré sur l'Afrique et l'Europe",
        "حوار خبراء عالمي يركز على أفريقيا وأوروبا",
        "Diálogo global de especialistas com foco em África e na Europa",
    ),
    "Live chat on racial justice and gender with diaspora researchers and advocates": (
        "Charla en directo sobre justicia racial y género con investigadoras y activistas de "
        "la diáspora",
        "Discussion en direct sur la justice raciale et le genre avec des chercheuses et "
        "militantes de la diaspora",
        "محادثة مباشرة حول العدالة العرقية والنوع الاجتماعي مع باحثات وناشطات من الشتات",
        "Conversa ao vivo sobre justiça racial e género com investigadoras e ativistas da diáspora",
    ),
    "Live chat: summing up the global dialogue on World Refugee Day": (
        "Charla en directo: balance del diálogo mundial en el Día Mundial del Refugiado",
        "Discussion en direct : bilan du dialogue mondial lors de la Journée mondiale des réfugiés",
        "محادثة مباشرة: حصيلة الحوار العالمي في اليوم العالمي للاجئين",
        "Conversa ao vivo: balanço do diálogo global no Dia Mundial do Refugiado",
    ),
    "International Migrants Day 2026: live chat with campaign leaders": (
        "Día Internacional del Migrante 2026: charla en directo con líderes de la campaña",
        "Journée internationale des migrants 2026 : discussion en direct avec des responsables "
        "de la campagne",
        "اليوم الدولي للمهاجرين 2026: محادثة مباشرة مع قادة الحملة",
        "Dia Internacional dos Migrantes 2026: conversa ao vivo com líderes da campanha",
    ),
    "World Refugee Day 2027: expert dialogue on welcoming cities": (
        "Día Mundial del Refugiado 2027: diálogo de expertos sobre ciudades acogedoras",
        "Journée mondiale des réfugiés 2027 : dialogue d'experts sur les villes accueillantes",
        "اليوم العالمي للاجئين 2027: حوار خبراء حول المدن المرحّبة",
        "Dia Mundial do Refugiado 2027: diálogo de especialistas sobre cidades acolhedoras",
    ),
}

RECORDING = ("Grabación: ", "Enregistrement : ", "تسجيل: ", "Gravação: ")

OTHER_TEXT = {
    "The campaign's first public moment: partners introduce #ItTakesACommunity and invite "
    "everyone to share a story of a community made stronger.": (
        "El primer momento público de la campaña: los socios presentan #ItTakesACommunity e "
        "invitan a todo el mundo a compartir la historia de una comunidad que se hizo más fuerte.",
        "Le premier moment public de la campagne : les partenaires présentent "
        "#ItTakesACommunity et invitent chacun à partager l'histoire d'une communauté devenue "
        "plus forte.",
        "أول ظهور علني للحملة: يقدّم الشركاء حملة #ItTakesACommunity ويدعون الجميع إلى مشاركة "
        "قصة مجتمع أصبح أقوى.",
        "O primeiro momento público da campanha: os parceiros apresentam #ItTakesACommunity e "
        "convidam todos a partilhar a história de uma comunidade que ficou mais forte.",
    ),
    "The events of #ItTakesACommunity are held online and streamed in English and Spanish, and "
    "each one stays available as a recording. They bring together the people the campaign works "
    "with: cities, governments, employers, young people and diaspora organisations.": (
        "Los eventos de #ItTakesACommunity se celebran en línea y se emiten en inglés y español, "
        "y cada uno queda disponible como grabación. Reúnen a las personas con las que trabaja la "
        "campaña: ciudades, gobiernos, empresas, jóvenes y organizaciones de la diáspora.",
        "Les événements de #ItTakesACommunity ont lieu en ligne et sont diffusés en anglais et en "
        "espagnol, et chacun reste disponible en enregistrement. Ils réunissent celles et ceux "
        "avec qui la campagne travaille : villes, gouvernements, employeurs, jeunes et "
        "organisations de la diaspora.",
        "تُعقد فعاليات #ItTakesACommunity عبر الإنترنت وتُبث بالإنجليزية والإسبانية، ويبقى كل "
        "منها متاحًا تسجيلًا. وهي تجمع من تعمل معهم الحملة: المدن والحكومات وأصحاب العمل والشباب "
        "ومنظمات الشتات.",
        "Os eventos de #ItTakesACommunity decorrem online e são transmitidos em inglês e "
        "espanhol, e cada um fica disponível como gravação. Reúnem as pessoas com quem a campanha "
        "trabalha: cidades, governos, empregadores, jovens e organizações da diáspora.",
    ),
    "Questions are welcome during every live session.": (
        "Las preguntas son bienvenidas en cada sesión en directo.",
        "Les questions sont les bienvenues pendant chaque session en direct.",
        "الأسئلة مرحّب بها خلال كل جلسة مباشرة.",
        "As perguntas são bem-vindas em cada sessão ao vivo.",
    ),
    "Experts from across South America discuss how to talk about migration in a balanced way, "
    "and what the media, cities and communities can each do.": (
        "Especialistas de toda Sudamérica debaten cómo hablar de migración de forma equilibrada "
        "y qué pueden hacer los medios, las ciudades y las comunidades.",
        "Des experts de toute l'Amérique du Sud discutent de la manière de parler des migrations "
        "de façon équilibrée, et de ce que médias, villes et communautés peuvent faire chacun.",
        "خبراء من أنحاء أمريكا الجنوبية يناقشون كيف نتحدث عن الهجرة بطريقة متوازنة، وما يمكن أن "
        "تفعله وسائل الإعلام والمدن والمجتمعات.",
        "Especialistas de toda a América do Sul discutem como falar de migração de forma "
        "equilibrada, e o que os meios de comunicação, as cidades e as comunidades podem fazer.",
    ),
    "What the global dialogue on public narratives is, who takes part and how to follow it, in "
    "a short conversation open to questions.": (
        "Qué es el diálogo mundial sobre narrativas públicas, quién participa y cómo seguirlo, "
        "en una breve conversación abierta a preguntas.",
        "Ce qu'est le dialogue mondial sur les discours publics, qui y participe et comment le "
        "suivre, en une courte discussion ouverte aux questions.",
        "ما هو الحوار العالمي حول السرديات العامة، ومن يشارك فيه، وكيف تتابعه، في حديث قصير "
        "مفتوح للأسئلة.",
        "O que é o diálogo global sobre narrativas públicas, quem participa e como acompanhá-lo, "
        "numa conversa curta aberta a perguntas.",
    ),
    "How a diaspora organisation helps Venezuelans settle in their new cities, and how their "
    "neighbours can help change the story told about them.": (
        "Cómo una organización de la diáspora ayuda a las personas venezolanas a instalarse en "
        "sus nuevas ciudades, y cómo sus vecinos pueden ayudar a cambiar el relato sobre ellas.",
        "Comment une organisation de la diaspora aide des Vénézuéliens à s'installer dans leurs "
        "nouvelles villes, et comment leurs voisins peuvent aider à changer le récit qu'on fait "
        "d'eux.",
        "كيف تساعد منظمة من منظمات الشتات الفنزويليين على الاستقرار في مدنهم الجديدة، وكيف "
        "يمكن لجيرانهم أن يساعدوا في تغيير الحكاية التي تُروى عنهم.",
        "Como uma organização da diáspora ajuda venezuelanos a instalar-se nas suas novas "
        "cidades, e como os vizinhos podem ajudar a mudar a história que se conta sobre eles.",
    ),
    "Employers and young people on what migrants bring to workplaces and classrooms, and how "
    "each can speak up for inclusion.": (
        "Empresas y jóvenes hablan de lo que las personas migrantes aportan a los lugares de "
        "trabajo y a las aulas, y de cómo cada cual puede alzar la voz por la inclusión.",
        "Employeurs et jeunes parlent de ce que les personnes migrantes apportent aux lieux de "
        "travail et aux salles de classe, et de la façon dont chacun peut défendre l'inclusion.",
        "أصحاب عمل وشباب يتحدثون عما يضيفه المهاجرون إلى أماكن العمل والفصول الدراسية، وكيف "
        "يمكن لكل منهم أن يرفع صوته من أجل الإدماج.",
        "Empregadores e jovens falam do que as pessoas migrantes trazem aos locais de trabalho e "
        "às salas de aula, e de como cada um pode defender a inclusão.",
    ),
    "Cities and researchers from Africa and Europe compare what works when local governments "
    "tell the story of migration in their own words.": (
        "Ciudades e investigadores de África y Europa comparan lo que funciona cuando los "
        "gobiernos locales cuentan la historia de la migración con sus propias palabras.",
        "Des villes et des chercheurs d'Afrique et d'Europe comparent ce qui fonctionne quand "
        "les collectivités locales racontent la migration avec leurs propres mots.",
        "مدن وباحثون من أفريقيا وأوروبا يقارنون ما ينجح حين تروي الحكومات المحلية قصة الهجرة "
        "بكلماتها الخاصة.",
        "Cidades e investigadores de África e da Europa comparam o que funciona quando os "
        "governos locais contam a história da migração pelas suas próprias palavras.",
    ),
    "Diaspora researchers and advocates on how racism and gender shape the way migrant women "
    "are seen, and what a fairer story sounds like.": (
        "Investigadoras y activistas de la diáspora hablan de cómo el racismo y el género "
        "moldean la mirada sobre las mujeres migrantes, y de cómo suena un relato más justo.",
        "Des chercheuses et militantes de la diaspora expliquent comment le racisme et le genre "
        "façonnent le regard porté sur les femmes migrantes, et à quoi ressemble un récit plus "
        "juste.",
        "باحثات وناشطات من الشتات يتحدثن عن الطريقة التي يشكّل بها العنصرية والنوع الاجتماعي "
        "نظرة الناس إلى النساء المهاجرات، وعن شكل الحكاية الأكثر إنصافًا.",
        "Investigadoras e ativistas da diáspora falam de como o racismo e o género moldam a forma "
        "como as mulheres migrantes são vistas, e de como soa uma história mais justa.",
    ),
    "On World Refugee Day, the partners look back on the global dialogue and share what they "
    "learned about telling the story of migration together.": (
        "En el Día Mundial del Refugiado, los socios repasan el diálogo mundial y comparten lo "
        "que aprendieron sobre contar juntos la historia de la migración.",
        "Lors de la Journée mondiale des réfugiés, les partenaires reviennent sur le dialogue "
        "mondial et partagent ce qu'ils ont appris sur la manière de raconter ensemble la "
        "migration.",
        "في اليوم العالمي للاجئين، يستعيد الشركاء الحوار العالمي ويتشاركون ما تعلموه عن رواية "
        "قصة الهجرة معًا.",
        "No Dia Mundial do Refugiado, os parceiros fazem o balanço do diálogo global e partilham "
        "o que aprenderam sobre contar juntos a história da migração.",
    ),
    "Campaign leaders from several cities talk about how they adapted the toolkit for their "
    "neighbourhoods, and answer your questions.": (
        "Líderes de la campaña de varias ciudades cuentan cómo adaptaron el kit de herramientas "
        "a sus barrios, y responden a tus preguntas.",
        "Des responsables de la campagne de plusieurs villes racontent comment ils ont adapté la "
        "boîte à outils à leurs quartiers, et répondent à vos questions.",
        "قادة الحملة من عدة مدن يتحدثون عن كيفية تكييفهم مجموعة الأدوات لأحيائهم، ويجيبون عن "
        "أسئلتك.",
        "Líderes da campanha de várias cidades contam como adaptaram o kit de ferramentas aos "
        "seus bairros, e respondem às suas perguntas.",
    ),
    "Mayors and experts discuss what makes a city welcoming for refugees, from the first week "
    "to the first job.": (
        "Alcaldes, alcaldesas y especialistas debaten qué hace que una ciudad sea acogedora para "
        "las personas refugiadas, desde la primera semana hasta el primer empleo.",
        "Des maires et des experts débattent de ce qui rend une ville accueillante pour les "
        "personnes réfugiées, de la première semaine au premier emploi.",
        "رؤساء بلديات وخبراء يناقشون ما يجعل المدينة مرحّبة باللاجئين، من الأسبوع الأول إلى "
        "الوظيفة الأولى.",
        "Prefeitos e especialistas discutem o que torna uma cidade acolhedora para pessoas "
        "refugiadas, da primeira semana ao primeiro emprego.",
    ),
}

# The speakers' roles and organisations (organisations that are partners come from
# partners.demo_translations).
SPEAKER_TEXT = {
    "Campaign coordinator": (
        "Coordinadora de la campaña",
        "Coordinatrice de la campagne",
        "منسقة الحملة",
        "Coordenadora da campanha",
    ),
    "Policy adviser": (
        "Asesor de políticas",
        "Conseiller politique",
        "مستشار سياسات",
        "Assessor político",
    ),
    "Programme lead": (
        "Responsable de programa",
        "Responsable de programme",
        "مسؤولة برنامج",
        "Responsável de programa",
    ),
    "Youth representative": (
        "Representante de la juventud",
        "Représentant des jeunes",
        "ممثل الشباب",
        "Representante da juventude",
    ),
    "Director": ("Directora", "Directrice", "مديرة", "Diretora"),
    "A Venezuelan diaspora organisation": (
        "Una organización de la diáspora venezolana",
        "Une organisation de la diaspora vénézuélienne",
        "منظمة من منظمات الشتات الفنزويلي",
        "Uma organização da diáspora venezuelana",
    ),
    "Researcher on diaspora and gender": (
        "Investigadora sobre diáspora y género",
        "Chercheuse sur la diaspora et le genre",
        "باحثة في شؤون الشتات والنوع الاجتماعي",
        "Investigadora sobre diáspora e género",
    ),
    "An independent research network": (
        "Una red de investigación independiente",
        "Un réseau de recherche indépendant",
        "شبكة بحثية مستقلة",
        "Uma rede de investigação independente",
    ),
    "Communications specialist": (
        "Especialista en comunicación",
        "Spécialiste de la communication",
        "متخصص في الاتصال",
        "Especialista em comunicação",
    ),
    "Migration officer": (
        "Responsable de migración",
        "Chargée des migrations",
        "مسؤولة الهجرة",
        "Responsável pela migração",
    ),
}

LANGUAGE_CODES = ["es", "fr", "ar", "pt"]


def _strings(position):
    strings = {}
    for english, translations in {**TITLES, **OTHER_TEXT, **SPEAKER_TEXT}.items():
        strings[english] = translations[position]
    for english, translations in TITLES.items():
        strings[f"Recording: {english}"] = RECORDING[position] + translations[position]
    return strings


EVENT_TRANSLATIONS = {code: _strings(position) for position, code in enumerate(LANGUAGE_CODES)}

# Translated with the shared pages, by the base (itac.demo.translations):
# the events page.
SHARED_SPANISH = {
    # Events
    "Events": "Eventos",
    "Online dialogues and live chats about migration and community, in English and Spanish.": (
        "Diálogos en línea y charlas en directo sobre migración y comunidad, en inglés y español."
    ),
    "Expert dialogues and live chats with the people who make the campaign, online, in English "
    "and Spanish. Join the next one, or watch the recordings.": (
        "Diálogos de expertos y charlas en directo con quienes hacen la campaña, en línea, en "
        "inglés y español. Súmate al próximo o mira las grabaciones."
    ),
}
SHARED_FRENCH = {
    # Events
    "Events": "Événements",
    "Online dialogues and live chats about migration and community, in English and Spanish.": (
        "Des dialogues en ligne et des discussions en direct sur la migration et la communauté, "
        "en anglais et en espagnol."
    ),
    "Expert dialogues and live chats with the people who make the campaign, online, in English "
    "and Spanish. Join the next one, or watch the recordings.": (
        "Des dialogues d'experts et des discussions en direct avec celles et ceux qui font la "
        "campagne, en ligne, en anglais et en espagnol. Rejoignez le prochain, ou regardez les "
        "enregistrements."
    ),
}
SHARED_ARABIC = {
    # Events
    "Events": "الفعاليات",
    "Online dialogues and live chats about migration and community, in English and Spanish.": (
        "حوارات عبر الإنترنت ومحادثات مباشرة عن الهجرة والمجتمع، بالإنجليزية والإسبانية."
    ),
    "Expert dialogues and live chats with the people who make the campaign, online, in English "
    "and Spanish. Join the next one, or watch the recordings.": (
        "حوارات خبراء ومحادثات مباشرة مع صانعي الحملة، عبر الإنترنت، بالإنجليزية والإسبانية. "
        "انضم إلى اللقاء القادم، أو شاهد التسجيلات."
    ),
}
SHARED_PORTUGUESE = {
    # Events
    "Events": "Eventos",
    "Online dialogues and live chats about migration and community, in English and Spanish.": (
        "Diálogos online e conversas ao vivo sobre migração e comunidade, em inglês e espanhol."
    ),
    "Expert dialogues and live chats with the people who make the campaign, online, in English "
    "and Spanish. Join the next one, or watch the recordings.": (
        "Diálogos de especialistas e conversas ao vivo com quem faz a campanha, online, em "
        "inglês e espanhol. Participe no próximo ou veja as gravações."
    ),
}
SHARED_PAGE_TRANSLATIONS = {
    "es": SHARED_SPANISH,
    "fr": SHARED_FRENCH,
    "ar": SHARED_ARABIC,
    "pt": SHARED_PORTUGUESE,
}
