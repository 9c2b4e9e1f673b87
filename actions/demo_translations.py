"""Spanish, French, Arabic and Portuguese words of the demo's pledge and toolkit pages."""

# Translated with the shared pages, by the base (itac.demo.translations):
# the pledge and toolkit pages.
SHARED_SPANISH = {
    # Pledge
    "Stand with migrants and refugees in your community: add your name to the pledge.": (
        "Apoya a las personas migrantes y refugiadas de tu comunidad: suma tu nombre al compromiso."
    ),
    "Add your name, your organisation's or your city's to the people and organisations around "
    "the world who stand for welcoming communities.": (
        "Suma tu nombre, el de tu organización o el de tu ciudad al de las personas y "
        "organizaciones de todo el mundo que defienden comunidades acogedoras."
    ),
    "I believe that everyone who makes a home here helps make this place what it is.": (
        "Creo que cada persona que hace aquí su hogar ayuda a que este lugar sea lo que es."
    ),
    "I will welcome newcomers as neighbours, speak up when migrants and refugees are treated "
    "unfairly, and tell the stories of what we build together: in our streets, our schools, our "
    "workplaces and our city halls.": (
        "Acogeré a quienes llegan como vecinos, alzaré la voz cuando se trate injustamente a las "
        "personas migrantes y refugiadas, y contaré las historias de lo que construimos juntos: "
        "en nuestras calles, nuestras escuelas, nuestros lugares de trabajo y nuestros "
        "ayuntamientos."
    ),
    "Because it takes a community.": "Porque hace falta una comunidad.",
    "Thank you for taking the pledge": "Gracias por sumarte al compromiso",
    "You are now part of a community that spans the globe. Tell your friends, co-workers and "
    "neighbours why you signed.": (
        "Ya formas parte de una comunidad que abarca todo el mundo. Cuenta a tus amistades, "
        "compañeros de trabajo y vecinos por qué firmaste."
    ),
    "I took the #ItTakesACommunity pledge for welcoming communities.": (
        "Me sumé al compromiso #ItTakesACommunity por comunidades acogedoras."
    ),
    "A pledge is a start. Here is how to take it further.": (
        "Comprometerse es un comienzo. Así puedes llegar más lejos."
    ),
    # The toolkit
    "Campaign toolkit": "Kit de herramientas de la campaña",
    "Social media cards, a message guide and the campaign mark to download and adapt.": (
        "Tarjetas para redes sociales, una guía de mensajes y la marca de la campaña para "
        "descargar y adaptar."
    ),
    "Everything you need to lead #ItTakesACommunity where you live: cards to post, messages that "
    "work, the campaign mark and short videos. The campaign carries no logo on purpose, so add "
    "your own caption and make it yours.": (
        "Todo lo que necesitas para liderar #ItTakesACommunity donde vives: tarjetas para "
        "publicar, mensajes que funcionan, la marca de la campaña y vídeos cortos. La campaña no "
        "lleva logotipo a propósito: añade tu propio texto y hazla tuya."
    ),
}
SHARED_FRENCH = {
    # Pledge
    "Stand with migrants and refugees in your community: add your name to the pledge.": (
        "Soyez aux côtés des personnes migrantes et réfugiées de votre communauté : ajoutez "
        "votre nom à l'engagement."
    ),
    "Add your name, your organisation's or your city's to the people and organisations around "
    "the world who stand for welcoming communities.": (
        "Ajoutez votre nom, celui de votre organisation ou de votre ville à ceux des personnes "
        "et des organisations du monde entier qui défendent des communautés accueillantes."
    ),
    "I believe that everyone who makes a home here helps make this place what it is.": (
        "Je crois que chaque personne qui fait d'ici son foyer contribue à faire de ce lieu ce "
        "qu'il est."
    ),
    "I will welcome newcomers as neighbours, speak up when migrants and refugees are treated "
    "unfairly, and tell the stories of what we build together: in our streets, our schools, our "
    "workplaces and our city halls.": (
        "J'accueillerai les nouveaux arrivants comme des voisins, je prendrai la parole quand "
        "des personnes migrantes et réfugiées sont traitées injustement, et je raconterai ce "
        "que nous construisons ensemble : dans nos rues, nos écoles, nos lieux de travail et "
        "nos mairies."
    ),
    "Because it takes a community.": "Parce qu'il faut une communauté.",
    "Thank you for taking the pledge": "Merci d'avoir pris l'engagement",
    "You are now part of a community that spans the globe. Tell your friends, co-workers and "
    "neighbours why you signed.": (
        "Vous faites désormais partie d'une communauté qui s'étend sur toute la planète. Dites "
        "à vos amis, à vos collègues et à vos voisins pourquoi vous avez signé."
    ),
    "I took the #ItTakesACommunity pledge for welcoming communities.": (
        "J'ai pris l'engagement #ItTakesACommunity pour des communautés accueillantes."
    ),
    "A pledge is a start. Here is how to take it further.": (
        "S'engager est un début. Voici comment aller plus loin."
    ),
    # The toolkit
    "Campaign toolkit": "Boîte à outils de la campagne",
    "Social media cards, a message guide and the campaign mark to download and adapt.": (
        "Des visuels pour les réseaux sociaux, un guide des messages et la marque de la "
        "campagne à télécharger et à adapter."
    ),
    "Everything you need to lead #ItTakesACommunity where you live: cards to post, messages that "
    "work, the campaign mark and short videos. The campaign carries no logo on purpose, so add "
    "your own caption and make it yours.": (
        "Tout ce qu'il faut pour mener #ItTakesACommunity là où vous vivez : des visuels à "
        "publier, des messages qui portent, la marque de la campagne et de courtes vidéos. La "
        "campagne ne porte volontairement aucun logo : ajoutez votre propre légende et "
        "faites-la vôtre."
    ),
}
SHARED_ARABIC = {
    # Pledge
    "Stand with migrants and refugees in your community: add your name to the pledge.": (
        "قف مع المهاجرين واللاجئين في مجتمعك: أضف اسمك إلى التعهد."
    ),
    "Add your name, your organisation's or your city's to the people and organisations around "
    "the world who stand for welcoming communities.": (
        "أضف اسمك أو اسم مؤسستك أو مدينتك إلى الأفراد والمؤسسات حول العالم الذين يناصرون "
        "مجتمعات مرحّبة."
    ),
    "I believe that everyone who makes a home here helps make this place what it is.": (
        "أؤمن بأن كل من يتخذ من هذا المكان بيتًا يسهم في أن يكون على ما هو عليه."
    ),
    "I will welcome newcomers as neighbours, speak up when migrants and refugees are treated "
    "unfairly, and tell the stories of what we build together: in our streets, our schools, our "
    "workplaces and our city halls.": (
        "سأرحّب بالقادمين الجدد جيرانًا، وسأرفع صوتي حين يُعامَل المهاجرون واللاجئون بظلم، "
        "وسأروي قصص ما نبنيه معًا: في شوارعنا ومدارسنا وأماكن عملنا ومجالس مدننا."
    ),
    "Because it takes a community.": "لأن الأمر يتطلب مجتمعًا.",
    "Thank you for taking the pledge": "شكرًا لك على تقديم تعهدك",
    "You are now part of a community that spans the globe. Tell your friends, co-workers and "
    "neighbours why you signed.": (
        "أصبحت الآن جزءًا من مجتمع يمتد عبر العالم. أخبر أصدقاءك وزملاءك وجيرانك لماذا وقّعت."
    ),
    "I took the #ItTakesACommunity pledge for welcoming communities.": (
        "قدّمت تعهد #ItTakesACommunity من أجل مجتمعات مرحّبة."
    ),
    "A pledge is a start. Here is how to take it further.": (
        "التعهد بداية. إليك كيف تمضي به أبعد."
    ),
    # The toolkit
    "Campaign toolkit": "مجموعة أدوات الحملة",
    "Social media cards, a message guide and the campaign mark to download and adapt.": (
        "بطاقات لوسائل التواصل الاجتماعي ودليل للرسائل وعلامة الحملة، لتنزيلها وتكييفها."
    ),
    "Everything you need to lead #ItTakesACommunity where you live: cards to post, messages that "
    "work, the campaign mark and short videos. The campaign carries no logo on purpose, so add "
    "your own caption and make it yours.": (
        "كل ما تحتاجه لقيادة حملة #ItTakesACommunity حيث تعيش: بطاقات للنشر، ورسائل مجرّبة، "
        "وعلامة الحملة، ومقاطع فيديو قصيرة. لا تحمل الحملة شعارًا عن قصد، فأضف تعليقك الخاص "
        "واجعلها حملتك."
    ),
}
SHARED_PORTUGUESE = {
    # Pledge
    "Stand with migrants and refugees in your community: add your name to the pledge.": (
        "Apoie as pessoas migrantes e refugiadas da sua comunidade: junte o seu nome ao "
        "compromisso."
    ),
    "Add your name, your organisation's or your city's to the people and organisations around "
    "the world who stand for welcoming communities.": (
        "Junte o seu nome, o da sua organização ou o da sua cidade aos das pessoas e "
        "organizações de todo o mundo que defendem comunidades acolhedoras."
    ),
    "I believe that everyone who makes a home here helps make this place what it is.": (
        "Acredito que cada pessoa que faz aqui a sua casa ajuda a fazer deste lugar o que ele é."
    ),
    "I will welcome newcomers as neighbours, speak up when migrants and refugees are treated "
    "unfairly, and tell the stories of what we build together: in our streets, our schools, our "
    "workplaces and our city halls.": (
        "Vou acolher quem chega como vizinho, levantar a voz quando pessoas migrantes e "
        "refugiadas forem tratadas injustamente e contar as histórias do que construímos "
        "juntos: nas nossas ruas, nas nossas escolas, nos nossos locais de trabalho e nas "
        "nossas câmaras municipais."
    ),
    "Because it takes a community.": "Porque é preciso uma comunidade.",
    "Thank you for taking the pledge": "Obrigado por assumir o compromisso",
    "You are now part of a community that spans the globe. Tell your friends, co-workers and "
    "neighbours why you signed.": (
        "Agora faz parte de uma comunidade que se estende pelo mundo inteiro. Diga aos seus "
        "amigos, colegas de trabalho e vizinhos porque assinou."
    ),
    "I took the #ItTakesACommunity pledge for welcoming communities.": (
        "Assumi o compromisso #ItTakesACommunity por comunidades acolhedoras."
    ),
    "A pledge is a start. Here is how to take it further.": (
        "Comprometer-se é um começo. Veja como ir mais longe."
    ),
    # The toolkit
    "Campaign toolkit": "Kit de ferramentas da campanha",
    "Social media cards, a message guide and the campaign mark to download and adapt.": (
        "Cartões para redes sociais, um guia de mensagens e a marca da campanha para descarregar "
        "e adaptar."
    ),
    "Everything you need to lead #ItTakesACommunity where you live: cards to post, messages that "
    "work, the campaign mark and short videos. The campaign carries no logo on purpose, so add "
    "your own caption and make it yours.": (
        "Tudo o que precisa para liderar #ItTakesACommunity onde vive: cartões para publicar, "
        "mensagens que funcionam, a marca da campanha e vídeos curtos. A campanha não tem "
        "logótipo de propósito: junte a sua própria legenda e torne-a sua."
    ),
}
SHARED_PAGE_TRANSLATIONS = {
    "es": SHARED_SPANISH,
    "fr": SHARED_FRENCH,
    "ar": SHARED_ARABIC,
    "pt": SHARED_PORTUGUESE,
}
