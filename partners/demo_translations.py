"""The demo partners in Spanish, French, Arabic and Portuguese, keyed by the English text of each
segment (wagtail-localize's translation memory). Names an organisation uses only in English are
left out: they stay as they are."""

SPANISH = {
    "GFMD Mayors Mechanism": "Mecanismo de Alcaldías del FMMD",
    "Co-chair: brings local and regional governments into the GFMD.": (
        "Copresidencia: acerca los gobiernos locales y regionales al FMMD."
    ),
    "Mayors": "Alcaldías",
    "Since 2018 the Mayors Mechanism has connected cities and regions to the state-led Global "
    "Forum on Migration and Development. UCLG, the Mayors Migration Council and IOM steer it "
    "together, and in 2022 it launched a Call to Local Action for Migrants and Refugees.": (
        "Desde 2018, el Mecanismo de Alcaldías conecta ciudades y regiones con el Foro Mundial "
        "sobre Migración y Desarrollo, dirigido por los Estados. CGLU, el Consejo de Alcaldes "
        "sobre Migración y la OIM lo dirigen juntos, y en 2022 lanzó un Llamado a la Acción "
        "Local por las Personas Migrantes y Refugiadas."
    ),
    "United Cities and Local Governments (UCLG)": "Ciudades y Gobiernos Locales Unidos (CGLU)",
    "Steers the Mayors Mechanism; champions migration policy made with evidence and rights.": (
        "Dirige el Mecanismo de Alcaldías; defiende políticas migratorias basadas en datos y "
        "derechos."
    ),
    "Local governments": "Gobiernos locales",
    "UCLG helps local governments govern migration on the basis of evidence and human rights. "
    "Its work includes the Mediterranean City-to-City Migration project (MC2CM) and the "
    "Lampedusa Charter on Dignified Human Mobility and Territorial Solidarity.": (
        "CGLU ayuda a los gobiernos locales a gestionar la migración con base en datos y en los "
        "derechos humanos. Su trabajo incluye el proyecto de Migración Ciudad a Ciudad en el "
        "Mediterráneo (MC2CM) y la Carta de Lampedusa por una Movilidad Humana Digna y la "
        "Solidaridad Territorial."
    ),
    "Mayors Migration Council": "Consejo de Alcaldes sobre Migración",
    "Mobilises mayors and steers the Mayors Mechanism.": (
        "Moviliza a alcaldes y alcaldesas y dirige el Mecanismo de Alcaldías."
    ),
    "The Mayors Migration Council helps mayors speak and act on migration, and shares in "
    "steering the GFMD Mayors Mechanism.": (
        "El Consejo de Alcaldes sobre Migración ayuda a las alcaldías a hablar y actuar sobre la "
        "migración, y participa en la dirección del Mecanismo de Alcaldías del FMMD."
    ),
    "Government of Canada": "Gobierno de Canadá",
    "Co-chair and main funder of the campaign.": (
        "Copresidencia y principal financiador de la campaña."
    ),
    "National government": "Gobierno nacional",
    "Canada co-chairs the GFMD working group on public narratives that created the campaign, and "
    "has funded most of its work.": (
        "Canadá copreside el grupo de trabajo del FMMD sobre narrativas públicas que creó la "
        "campaña, y ha financiado la mayor parte de su trabajo."
    ),
    "Government of Ecuador": "Gobierno de Ecuador",
    "Co-chair of the campaign; led its turn to Central and South America.": (
        "Copresidencia de la campaña; impulsó su giro hacia Centroamérica y Sudamérica."
    ),
    "Ecuador co-chairs the working group behind the campaign, whose second phase in 2022 and "
    "2023 focused on Central and South America.": (
        "Ecuador copreside el grupo de trabajo que impulsa la campaña, cuya segunda fase, en 2022 "
        "y 2023, se centró en Centroamérica y Sudamérica."
    ),
    "City of Dublin": "Ciudad de Dublín",
    "Advising city: shares how Dublin's neighbourhoods welcome newcomers.": (
        "Ciudad asesora: comparte cómo los barrios de Dublín acogen a quienes llegan."
    ),
    "City": "Ciudad",
    "Dublin advises the campaign on what works in its neighbourhoods, where women's groups run "
    "weekly soup runs alongside newcomers.": (
        "Dublín asesora a la campaña sobre lo que funciona en sus barrios, donde grupos de "
        "mujeres organizan cada semana repartos de sopa junto a personas recién llegadas."
    ),
    "Dublin": "Dublín",
    "City of Johannesburg": "Ciudad de Johannesburgo",
    "Advising city: brings an African city's experience of migration.": (
        "Ciudad asesora: aporta la experiencia migratoria de una ciudad africana."
    ),
    "Johannesburg, a city built by people who came from elsewhere, brings the campaign the "
    "experience of a major destination on the African continent.": (
        "Johannesburgo, una ciudad construida por gente llegada de otros lugares, aporta a la "
        "campaña la experiencia de un gran destino del continente africano."
    ),
    "Johannesburg": "Johannesburgo",
    "City of Mechelen": "Ciudad de Malinas",
    "Advising city and footage donor.": "Ciudad asesora y donante de imágenes.",
    "Mechelen advises the campaign and donated video footage of its residents for the "
    "campaign's short films.": (
        "Malinas asesora a la campaña y donó imágenes de vídeo de sus habitantes para los "
        "cortometrajes de la campaña."
    ),
    "Mechelen": "Malinas",
    "City of Montreal": "Ciudad de Montreal",
    "Advising city: cultural exchange through cooking classes and podcasts.": (
        "Ciudad asesora: intercambio cultural a través de clases de cocina y pódcast."
    ),
    "Montreal advises the campaign and shows how residents meet across cultures, in cooking "
    "classes and on podcasts.": (
        "Montreal asesora a la campaña y muestra cómo sus habitantes se encuentran entre "
        "culturas, en clases de cocina y en pódcast."
    ),
    "City of São Paulo": "Ciudad de São Paulo",
    "Advising city: Latin America's largest city and a home to newcomers.": (
        "Ciudad asesora: la mayor ciudad de América Latina y hogar de quienes llegan."
    ),
    "São Paulo advises the campaign from the experience of a very large city shaped by "
    "newcomers over generations.": (
        "São Paulo asesora a la campaña desde la experiencia de una gran metrópoli moldeada "
        "durante generaciones por quienes llegaron."
    ),
    "Advising network of welcoming cities and organisations.": (
        "Red asesora de ciudades y organizaciones acogedoras."
    ),
    "Network": "Red",
    "Welcoming International links organisations and local governments working to make their "
    "communities more welcoming, and advises the campaign.": (
        "Welcoming International conecta organizaciones y gobiernos locales que trabajan para "
        "que sus comunidades sean más acogedoras, y asesora a la campaña."
    ),
    "GFMD Civil Society Mechanism": "Mecanismo de la Sociedad Civil del FMMD",
    "Brings civil society's voice into the GFMD and the campaign.": (
        "Lleva la voz de la sociedad civil al FMMD y a la campaña."
    ),
    "Civil society": "Sociedad civil",
    "The Civil Society Mechanism gathers organisations working with and led by migrants, and "
    "carries their views into the Global Forum on Migration and Development.": (
        "El Mecanismo de la Sociedad Civil reúne a organizaciones que trabajan con personas "
        "migrantes o que ellas mismas dirigen, y lleva sus puntos de vista al Foro Mundial sobre "
        "Migración y Desarrollo."
    ),
    "NGO Committee on Migration": "Comité de ONG sobre Migración",
    "Story partner: collected written, audio and video stories.": (
        "Socio de historias: recopiló relatos escritos, en audio y en vídeo."
    ),
    "NGOs": "ONG",
    "The NGO Committee on Migration gathered written, audio and video stories from migrants and "
    "the people around them for the campaign.": (
        "El Comité de ONG sobre Migración recopiló para la campaña relatos escritos, en audio y "
        "en vídeo de personas migrantes y de quienes las rodean."
    ),
    "Footage donor.": "Donante de imágenes.",
    "Footage": "Imágenes",
    "Welcoming America donated video footage that campaign leaders can repost with a caption of "
    "their own.": (
        "Welcoming America donó imágenes de vídeo que quienes lideran la campaña pueden volver "
        "a publicar con su propio texto."
    ),
    "Talent Beyond Boundaries, which opens skilled migration pathways to refugees, donated video "
    "footage to the campaign.": (
        "Talent Beyond Boundaries, que abre vías de migración laboral cualificada a personas "
        "refugiadas, donó imágenes de vídeo a la campaña."
    ),
    "GFMD Business Mechanism": "Mecanismo Empresarial del FMMD",
    "Brings employers' experience of migration into the GFMD.": (
        "Lleva al FMMD la experiencia de los empleadores con la migración."
    ),
    "Employers": "Empleadores",
    "The Business Mechanism, run with the International Organisation of Employers, speaks for "
    "businesses in the Global Forum on Migration and Development.": (
        "El Mecanismo Empresarial, gestionado con la Organización Internacional de Empleadores, "
        "representa a las empresas en el Foro Mundial sobre Migración y Desarrollo."
    ),
    "International Organisation of Employers": "Organización Internacional de Empleadores",
    "Runs the GFMD Business Mechanism.": "Gestiona el Mecanismo Empresarial del FMMD.",
    "The International Organisation of Employers hosts the GFMD Business Mechanism and connects "
    "the campaign to employers' federations.": (
        "La Organización Internacional de Empleadores acoge el Mecanismo Empresarial del FMMD y "
        "conecta la campaña con las federaciones de empleadores."
    ),
    "Migration Youth &amp; Children Platform": "Plataforma de Jóvenes y Niños sobre Migración",
    "The self-organised youth constituency on migration.": (
        "El espacio autoorganizado de la juventud sobre migración."
    ),
    "Youth": "Juventud",
    "Young migrants and their allies organise themselves in the Migration Youth &amp; Children "
    "Platform to take part in global debates on migration.": (
        "Jóvenes migrantes y sus aliados se organizan en la Plataforma de Jóvenes y Niños sobre "
        "Migración para participar en los debates mundiales sobre migración."
    ),
    "UN Major Group for Children and Youth": (
        "Grupo Principal de la ONU para la Infancia y la Juventud"
    ),
    "Brings children's and young people's voices to the United Nations.": (
        "Lleva la voz de niñas, niños y jóvenes a las Naciones Unidas."
    ),
    "The Major Group for Children and Youth is the space the United Nations gives young people "
    "to take part in its work, migration included.": (
        "El Grupo Principal para la Infancia y la Juventud es el espacio que las Naciones Unidas "
        "dan a la gente joven para participar en su trabajo, también en migración."
    ),
    "International Organization for Migration (IOM)": (
        "Organización Internacional para las Migraciones (OIM)"
    ),
    "Implements the campaign; footage donor.": "Ejecuta la campaña; donante de imágenes.",
    "United Nations": "Naciones Unidas",
    "IOM, the United Nations migration agency, puts the campaign into practice with its "
    "co-chairs, and donated footage for its films.": (
        "La OIM, el organismo de las Naciones Unidas para la migración, lleva la campaña a la "
        "práctica con sus copresidencias, y donó imágenes para sus películas."
    ),
}

FRENCH = {
    "GFMD Mayors Mechanism": "Mécanisme des maires du FMMD",
    "Co-chair: brings local and regional governments into the GFMD.": (
        "Coprésidence : associe les collectivités locales et régionales au FMMD."
    ),
    "Mayors": "Maires",
    "Since 2018 the Mayors Mechanism has connected cities and regions to the state-led Global "
    "Forum on Migration and Development. UCLG, the Mayors Migration Council and IOM steer it "
    "together, and in 2022 it launched a Call to Local Action for Migrants and Refugees.": (
        "Depuis 2018, le Mécanisme des maires relie villes et régions au Forum mondial sur la "
        "migration et le développement, mené par les États. CGLU, le Mayors Migration Council et "
        "l'OIM le pilotent ensemble, et il a lancé en 2022 un Appel à l'action locale pour les "
        "migrants et les réfugiés."
    ),
    "United Cities and Local Governments (UCLG)": "Cités et Gouvernements Locaux Unis (CGLU)",
    "Steers the Mayors Mechanism; champions migration policy made with evidence and rights.": (
        "Pilote le Mécanisme des maires ; défend des politiques migratoires fondées sur les "
        "données et les droits."
    ),
    "Local governments": "Collectivités locales",
    "UCLG helps local governments govern migration on the basis of evidence and human rights. "
    "Its work includes the Mediterranean City-to-City Migration project (MC2CM) and the "
    "Lampedusa Charter on Dignified Human Mobility and Territorial Solidarity.": (
        "CGLU aide les collectivités locales à gouverner les migrations sur la base des données "
        "et des droits humains. Ses travaux comprennent le projet Migration de ville à ville en "
        "Méditerranée (MC2CM) et la Charte de Lampedusa pour une mobilité humaine digne et la "
        "solidarité territoriale."
    ),
    "Mobilises mayors and steers the Mayors Mechanism.": (
        "Mobilise les maires et pilote le Mécanisme des maires."
    ),
    "The Mayors Migration Council helps mayors speak and act on migration, and shares in "
    "steering the GFMD Mayors Mechanism.": (
        "Le Mayors Migration Council aide les maires à prendre la parole et à agir sur les "
        "migrations, et participe au pilotage du Mécanisme des maires du FMMD."
    ),
    "Government of Canada": "Gouvernement du Canada",
    "Co-chair and main funder of the campaign.": (
        "Coprésidence et principal bailleur de fonds de la campagne."
    ),
    "National government": "Gouvernement national",
    "Canada co-chairs the GFMD working group on public narratives that created the campaign, and "
    "has funded most of its work.": (
        "Le Canada copréside le groupe de travail du FMMD sur les discours publics qui a créé la "
        "campagne, et a financé l'essentiel de ses travaux."
    ),
    "Government of Ecuador": "Gouvernement de l'Équateur",
    "Co-chair of the campaign; led its turn to Central and South America.": (
        "Coprésidence de la campagne ; a mené son tournant vers l'Amérique centrale et du Sud."
    ),
    "Ecuador co-chairs the working group behind the campaign, whose second phase in 2022 and "
    "2023 focused on Central and South America.": (
        "L'Équateur copréside le groupe de travail à l'origine de la campagne, dont la deuxième "
        "phase, en 2022 et 2023, s'est concentrée sur l'Amérique centrale et du Sud."
    ),
    "City of Dublin": "Ville de Dublin",
    "Advising city: shares how Dublin's neighbourhoods welcome newcomers.": (
        "Ville conseillère : montre comment les quartiers de Dublin accueillent les nouveaux "
        "arrivants."
    ),
    "City": "Ville",
    "Dublin advises the campaign on what works in its neighbourhoods, where women's groups run "
    "weekly soup runs alongside newcomers.": (
        "Dublin conseille la campagne sur ce qui fonctionne dans ses quartiers, où des groupes "
        "de femmes organisent chaque semaine des tournées de soupe avec des nouveaux arrivants."
    ),
    "City of Johannesburg": "Ville de Johannesburg",
    "Advising city: brings an African city's experience of migration.": (
        "Ville conseillère : apporte l'expérience migratoire d'une ville africaine."
    ),
    "Johannesburg, a city built by people who came from elsewhere, brings the campaign the "
    "experience of a major destination on the African continent.": (
        "Johannesburg, une ville bâtie par des gens venus d'ailleurs, apporte à la campagne "
        "l'expérience d'une grande destination du continent africain."
    ),
    "City of Mechelen": "Ville de Malines",
    "Advising city and footage donor.": "Ville conseillère et donatrice d'images.",
    "Mechelen advises the campaign and donated video footage of its residents for the "
    "campaign's short films.": (
        "Malines conseille la campagne et a offert des images vidéo de ses habitants pour les "
        "courts métrages de la campagne."
    ),
    "Mechelen": "Malines",
    "City of Montreal": "Ville de Montréal",
    "Advising city: cultural exchange through cooking classes and podcasts.": (
        "Ville conseillère : échanges culturels grâce à des cours de cuisine et des balados."
    ),
    "Montreal advises the campaign and shows how residents meet across cultures, in cooking "
    "classes and on podcasts.": (
        "Montréal conseille la campagne et montre comment ses habitants se rencontrent d'une "
        "culture à l'autre, dans des cours de cuisine et des balados."
    ),
    "Montreal": "Montréal",
    "City of São Paulo": "Ville de São Paulo",
    "Advising city: Latin America's largest city and a home to newcomers.": (
        "Ville conseillère : la plus grande ville d'Amérique latine, foyer de nouveaux arrivants."
    ),
    "São Paulo advises the campaign from the experience of a very large city shaped by "
    "newcomers over generations.": (
        "São Paulo conseille la campagne à partir de l'expérience d'une très grande ville "
        "façonnée par des nouveaux arrivants depuis des générations."
    ),
    "Advising network of welcoming cities and organisations.": (
        "Réseau conseiller de villes et d'organisations accueillantes."
    ),
    "Network": "Réseau",
    "Welcoming International links organisations and local governments working to make their "
    "communities more welcoming, and advises the campaign.": (
        "Welcoming International relie des organisations et des collectivités locales qui "
        "œuvrent à rendre leurs communautés plus accueillantes, et conseille la campagne."
    ),
    "GFMD Civil Society Mechanism": "Mécanisme de la société civile du FMMD",
    "Brings civil society's voice into the GFMD and the campaign.": (
        "Porte la voix de la société civile au FMMD et dans la campagne."
    ),
    "Civil society": "Société civile",
    "The Civil Society Mechanism gathers organisations working with and led by migrants, and "
    "carries their views into the Global Forum on Migration and Development.": (
        "Le Mécanisme de la société civile rassemble des organisations qui travaillent avec des "
        "personnes migrantes ou sont dirigées par elles, et porte leurs points de vue au Forum "
        "mondial sur la migration et le développement."
    ),
    "NGO Committee on Migration": "Comité des ONG sur la migration",
    "Story partner: collected written, audio and video stories.": (
        "Partenaire des histoires : a recueilli des récits écrits, audio et vidéo."
    ),
    "NGOs": "ONG",
    "The NGO Committee on Migration gathered written, audio and video stories from migrants and "
    "the people around them for the campaign.": (
        "Le Comité des ONG sur la migration a recueilli pour la campagne des récits écrits, "
        "audio et vidéo de personnes migrantes et de leur entourage."
    ),
    "Footage donor.": "Donateur d'images.",
    "Footage": "Images",
    "Welcoming America donated video footage that campaign leaders can repost with a caption of "
    "their own.": (
        "Welcoming America a offert des images vidéo que les responsables de la campagne peuvent "
        "republier avec leur propre légende."
    ),
    "Talent Beyond Boundaries, which opens skilled migration pathways to refugees, donated video "
    "footage to the campaign.": (
        "Talent Beyond Boundaries, qui ouvre aux personnes réfugiées des voies de migration "
        "qualifiée, a offert des images vidéo à la campagne."
    ),
    "GFMD Business Mechanism": "Mécanisme des entreprises du FMMD",
    "Brings employers' experience of migration into the GFMD.": (
        "Apporte au FMMD l'expérience des employeurs en matière de migration."
    ),
    "Employers": "Employeurs",
    "The Business Mechanism, run with the International Organisation of Employers, speaks for "
    "businesses in the Global Forum on Migration and Development.": (
        "Le Mécanisme des entreprises, animé avec l'Organisation internationale des employeurs, "
        "représente les entreprises au Forum mondial sur la migration et le développement."
    ),
    "International Organisation of Employers": "Organisation internationale des employeurs",
    "Runs the GFMD Business Mechanism.": "Anime le Mécanisme des entreprises du FMMD.",
    "The International Organisation of Employers hosts the GFMD Business Mechanism and connects "
    "the campaign to employers' federations.": (
        "L'Organisation internationale des employeurs accueille le Mécanisme des entreprises du "
        "FMMD et relie la campagne aux fédérations d'employeurs."
    ),
    "Migration Youth &amp; Children Platform": (
        "Plateforme des jeunes et des enfants sur la migration"
    ),
    "The self-organised youth constituency on migration.": (
        "L'espace autogéré des jeunes sur la migration."
    ),
    "Youth": "Jeunesse",
    "Young migrants and their allies organise themselves in the Migration Youth &amp; Children "
    "Platform to take part in global debates on migration.": (
        "De jeunes migrants et leurs alliés s'organisent au sein de la Plateforme des jeunes et "
        "des enfants sur la migration pour prendre part aux débats mondiaux sur la migration."
    ),
    "UN Major Group for Children and Youth": "Grand groupe des enfants et des jeunes de l'ONU",
    "Brings children's and young people's voices to the United Nations.": (
        "Porte la voix des enfants et des jeunes aux Nations Unies."
    ),
    "The Major Group for Children and Youth is the space the United Nations gives young people "
    "to take part in its work, migration included.": (
        "Le Grand groupe des enfants et des jeunes est l'espace que les Nations Unies offrent "
        "aux jeunes pour participer à leurs travaux, migration comprise."
    ),
    "International Organization for Migration (IOM)": (
        "Organisation internationale pour les migrations (OIM)"
    ),
    "Implements the campaign; footage donor.": "Met en œuvre la campagne ; donatrice d'images.",
    "United Nations": "Nations Unies",
    "IOM, the United Nations migration agency, puts the campaign into practice with its "
    "co-chairs, and donated footage for its films.": (
        "L'OIM, l'agence des Nations Unies pour les migrations, met la campagne en œuvre avec "
        "ses coprésidents, et a offert des images pour ses films."
    ),
}

ARABIC = {
    "GFMD Mayors Mechanism": "آلية رؤساء البلديات في المنتدى العالمي للهجرة والتنمية",
    "Co-chair: brings local and regional governments into the GFMD.": (
        "رئاسة مشتركة: تربط الحكومات المحلية والإقليمية بالمنتدى العالمي للهجرة والتنمية."
    ),
    "Mayors": "رؤساء البلديات",
    "Since 2018 the Mayors Mechanism has connected cities and regions to the state-led Global "
    "Forum on Migration and Development. UCLG, the Mayors Migration Council and IOM steer it "
    "together, and in 2022 it launched a Call to Local Action for Migrants and Refugees.": (
        "منذ عام 2018 تربط آلية رؤساء البلديات المدن والأقاليم بالمنتدى العالمي للهجرة والتنمية "
        "الذي تقوده الدول. وتوجّهها معًا منظمة المدن المتحدة والحكومات المحلية ومجلس رؤساء "
        "البلديات للهجرة والمنظمة الدولية للهجرة، وقد أطلقت في عام 2022 نداءً للعمل المحلي من "
        "أجل المهاجرين واللاجئين."
    ),
    "United Cities and Local Governments (UCLG)": "منظمة المدن المتحدة والحكومات المحلية",
    "Steers the Mayors Mechanism; champions migration policy made with evidence and rights.": (
        "توجّه آلية رؤساء البلديات، وتناصر سياسات هجرة قائمة على الأدلة والحقوق."
    ),
    "Local governments": "الحكومات المحلية",
    "UCLG helps local governments govern migration on the basis of evidence and human rights. "
    "Its work includes the Mediterranean City-to-City Migration project (MC2CM) and the "
    "Lampedusa Charter on Dignified Human Mobility and Territorial Solidarity.": (
        "تساعد المنظمة الحكومات المحلية على إدارة الهجرة على أساس الأدلة وحقوق الإنسان. ومن "
        "أعمالها مشروع الهجرة من مدينة إلى مدينة في المتوسط، وميثاق لامبيدوزا من أجل تنقل بشري "
        "كريم وتضامن إقليمي."
    ),
    "Mayors Migration Council": "مجلس رؤساء البلديات للهجرة",
    "Mobilises mayors and steers the Mayors Mechanism.": (
        "يحشد رؤساء البلديات ويشارك في توجيه آلية رؤساء البلديات."
    ),
    "The Mayors Migration Council helps mayors speak and act on migration, and shares in "
    "steering the GFMD Mayors Mechanism.": (
        "يساعد المجلس رؤساء البلديات على التحدث والعمل في شأن الهجرة، ويشارك في توجيه آلية رؤساء "
        "البلديات في المنتدى."
    ),
    "Government of Canada": "حكومة كندا",
    "Co-chair and main funder of the campaign.": "رئاسة مشتركة والممول الرئيسي للحملة.",
    "National government": "حكومة وطنية",
    "Canada co-chairs the GFMD working group on public narratives that created the campaign, and "
    "has funded most of its work.": (
        "تشارك كندا في رئاسة فريق عمل المنتدى المعني بالسرديات العامة الذي أنشأ الحملة، وقد "
        "موّلت معظم أعمالها."
    ),
    "Government of Ecuador": "حكومة الإكوادور",
    "Co-chair of the campaign; led its turn to Central and South America.": (
        "رئاسة مشتركة للحملة، وقادت توجهها نحو أمريكا الوسطى والجنوبية."
    ),
    "Ecuador co-chairs the working group behind the campaign, whose second phase in 2022 and "
    "2023 focused on Central and South America.": (
        "تشارك الإكوادور في رئاسة فريق العمل الذي يقف وراء الحملة، والتي ركزت مرحلتها الثانية في "
        "عامي 2022 و2023 على أمريكا الوسطى والجنوبية."
    ),
    "City of Dublin": "مدينة دبلن",
    "Advising city: shares how Dublin's neighbourhoods welcome newcomers.": (
        "مدينة استشارية: تشارك كيف ترحّب أحياء دبلن بالقادمين الجدد."
    ),
    "City": "مدينة",
    "Dublin advises the campaign on what works in its neighbourhoods, where women's groups run "
    "weekly soup runs alongside newcomers.": (
        "تقدّم دبلن المشورة للحملة بشأن ما ينجح في أحيائها، حيث تنظم مجموعات نسائية جولات حساء "
        "أسبوعية مع القادمين الجدد."
    ),
    "Dublin": "دبلن",
    "City of Johannesburg": "مدينة جوهانسبرغ",
    "Advising city: brings an African city's experience of migration.": (
        "مدينة استشارية: تحمل تجربة مدينة أفريقية مع الهجرة."
    ),
    "Johannesburg, a city built by people who came from elsewhere, brings the campaign the "
    "experience of a major destination on the African continent.": (
        "جوهانسبرغ، المدينة التي بناها أناس جاؤوا من أماكن أخرى، تمنح الحملة تجربة وجهة كبرى في "
        "القارة الأفريقية."
    ),
    "Johannesburg": "جوهانسبرغ",
    "City of Mechelen": "مدينة ميخلن",
    "Advising city and footage donor.": "مدينة استشارية ومانحة لمواد مصورة.",
    "Mechelen advises the campaign and donated video footage of its residents for the "
    "campaign's short films.": (
        "تقدّم ميخلن المشورة للحملة، وتبرعت بمقاطع فيديو لسكانها من أجل أفلام الحملة القصيرة."
    ),
    "Mechelen": "ميخلن",
    "City of Montreal": "مدينة مونتريال",
    "Advising city: cultural exchange through cooking classes and podcasts.": (
        "مدينة استشارية: تبادل ثقافي عبر دروس الطبخ والبودكاست."
    ),
    "Montreal advises the campaign and shows how residents meet across cultures, in cooking "
    "classes and on podcasts.": (
        "تقدّم مونتريال المشورة للحملة وتُظهر كيف يلتقي سكانها عبر الثقافات، في دروس الطبخ وفي "
        "البودكاست."
    ),
    "Montreal": "مونتريال",
    "City of São Paulo": "مدينة ساو باولو",
    "Advising city: Latin America's largest city and a home to newcomers.": (
        "مدينة استشارية: أكبر مدن أمريكا اللاتينية وموطن للقادمين الجدد."
    ),
    "São Paulo advises the campaign from the experience of a very large city shaped by "
    "newcomers over generations.": (
        "تقدّم ساو باولو المشورة للحملة من تجربة مدينة كبيرة جدًا شكّلها القادمون الجدد على مدى أجيال."
    ),
    "São Paulo": "ساو باولو",
    "Advising network of welcoming cities and organisations.": (
        "شبكة استشارية من المدن والمؤسسات المرحّبة."
    ),
    "Network": "شبكة",
    "Welcoming International links organisations and local governments working to make their "
    "communities more welcoming, and advises the campaign.": (
        "تربط Welcoming International بين مؤسسات وحكومات محلية تعمل على جعل مجتمعاتها أكثر "
        "ترحيبًا، وتقدّم المشورة للحملة."
    ),
    "GFMD Civil Society Mechanism": "آلية المجتمع المدني في المنتدى العالمي للهجرة والتنمية",
    "Brings civil society's voice into the GFMD and the campaign.": (
        "تحمل صوت المجتمع المدني إلى المنتدى وإلى الحملة."
    ),
    "Civil society": "المجتمع المدني",
    "The Civil Society Mechanism gathers organisations working with and led by migrants, and "
    "carries their views into the Global Forum on Migration and Development.": (
        "تجمع آلية المجتمع المدني مؤسسات تعمل مع المهاجرين أو يقودها مهاجرون، وتنقل آراءها إلى "
        "المنتدى العالمي للهجرة والتنمية."
    ),
    "NGO Committee on Migration": "لجنة المنظمات غير الحكومية المعنية بالهجرة",
    "Story partner: collected written, audio and video stories.": (
        "شريك القصص: جمعت قصصًا مكتوبة ومسموعة ومصورة."
    ),
    "NGOs": "المنظمات غير الحكومية",
    "The NGO Committee on Migration gathered written, audio and video stories from migrants and "
    "the people around them for the campaign.": (
        "جمعت اللجنة للحملة قصصًا مكتوبة ومسموعة ومصورة من المهاجرين ومن الناس من حولهم."
    ),
    "Footage donor.": "مانح لمواد مصورة.",
    "Footage": "مواد مصورة",
    "Welcoming America donated video footage that campaign leaders can repost with a caption of "
    "their own.": (
        "تبرعت Welcoming America بمقاطع فيديو يمكن لقادة الحملة إعادة نشرها بتعليق من عندهم."
    ),
    "Talent Beyond Boundaries, which opens skilled migration pathways to refugees, donated video "
    "footage to the campaign.": (
        "تبرعت Talent Beyond Boundaries، التي تفتح أمام اللاجئين مسارات للهجرة الماهرة، بمقاطع "
        "فيديو للحملة."
    ),
    "GFMD Business Mechanism": "آلية قطاع الأعمال في المنتدى العالمي للهجرة والتنمية",
    "Brings employers' experience of migration into the GFMD.": (
        "تنقل تجربة أصحاب العمل مع الهجرة إلى المنتدى."
    ),
    "Employers": "أصحاب العمل",
    "The Business Mechanism, run with the International Organisation of Employers, speaks for "
    "businesses in the Global Forum on Migration and Development.": (
        "تتحدث آلية قطاع الأعمال، التي تُدار مع المنظمة الدولية لأصحاب العمل، باسم الشركات في "
        "المنتدى العالمي للهجرة والتنمية."
    ),
    "International Organisation of Employers": "المنظمة الدولية لأصحاب العمل",
    "Runs the GFMD Business Mechanism.": "تدير آلية قطاع الأعمال في المنتدى.",
    "The International Organisation of Employers hosts the GFMD Business Mechanism and connects "
    "the campaign to employers' federations.": (
        "تستضيف المنظمة الدولية لأصحاب العمل آلية قطاع الأعمال في المنتدى، وتربط الحملة "
        "باتحادات أصحاب العمل."
    ),
    "Migration Youth &amp; Children Platform": "منصة الشباب والأطفال للهجرة",
    "The self-organised youth constituency on migration.": (
        "الدائرة الشبابية المنظَّمة ذاتيًا في شأن الهجرة."
    ),
    "Youth": "الشباب",
    "Young migrants and their allies organise themselves in the Migration Youth &amp; Children "
    "Platform to take part in global debates on migration.": (
        "ينظم المهاجرون الشباب وحلفاؤهم أنفسهم في منصة الشباب والأطفال للهجرة للمشاركة في "
        "النقاشات العالمية حول الهجرة."
    ),
    "UN Major Group for Children and Youth": "المجموعة الرئيسية للأطفال والشباب في الأمم المتحدة",
    "Brings children's and young people's voices to the United Nations.": (
        "تحمل أصوات الأطفال والشباب إلى الأمم المتحدة."
    ),
    "The Major Group for Children and Youth is the space the United Nations gives young people "
    "to take part in its work, migration included.": (
        "المجموعة الرئيسية للأطفال والشباب هي المساحة التي تمنحها الأمم المتحدة للشباب للمشاركة "
        "في أعمالها، ومنها الهجرة."
    ),
    "International Organization for Migration (IOM)": "المنظمة الدولية للهجرة",
    "Implements the campaign; footage donor.": "تنفّذ الحملة، ومانحة لمواد مصورة.",
    "United Nations": "الأمم المتحدة",
    "IOM, the United Nations migration agency, puts the campaign into practice with its "
    "co-chairs, and donated footage for its films.": (
        "تنفّذ المنظمة الدولية للهجرة، وكالة الأمم المتحدة للهجرة، الحملة مع رؤسائها المشاركين، "
        "وتبرعت بمواد مصورة لأفلامها."
    ),
}

PORTUGUESE = {
    "GFMD Mayors Mechanism": "Mecanismo de Prefeitos do FGMD",
    "Co-chair: brings local and regional governments into the GFMD.": (
        "Copresidência: traz os governos locais e regionais para o FGMD."
    ),
    "Mayors": "Prefeitos",
    "Since 2018 the Mayors Mechanism has connected cities and regions to the state-led Global "
    "Forum on Migration and Development. UCLG, the Mayors Migration Council and IOM steer it "
    "together, and in 2022 it launched a Call to Local Action for Migrants and Refugees.": (
        "Desde 2018, o Mecanismo de Prefeitos liga cidades e regiões ao Fórum Global sobre "
        "Migração e Desenvolvimento, conduzido pelos Estados. A CGLU, o Mayors Migration Council "
        "e a OIM dirigem-no em conjunto, e em 2022 lançou um Apelo à Ação Local pelos Migrantes "
        "e Refugiados."
    ),
    "United Cities and Local Governments (UCLG)": "Cidades e Governos Locais Unidos (CGLU)",
    "Steers the Mayors Mechanism; champions migration policy made with evidence and rights.": (
        "Dirige o Mecanismo de Prefeitos; defende políticas de migração baseadas em dados e "
        "direitos."
    ),
    "Local governments": "Governos locais",
    "UCLG helps local governments govern migration on the basis of evidence and human rights. "
    "Its work includes the Mediterranean City-to-City Migration project (MC2CM) and the "
    "Lampedusa Charter on Dignified Human Mobility and Territorial Solidarity.": (
        "A CGLU ajuda os governos locais a gerir a migração com base em dados e nos direitos "
        "humanos. O seu trabalho inclui o projeto de Migração Cidade a Cidade no Mediterrâneo "
        "(MC2CM) e a Carta de Lampedusa pela Mobilidade Humana Digna e a Solidariedade Territorial."
    ),
    "Mobilises mayors and steers the Mayors Mechanism.": (
        "Mobiliza prefeitos e dirige o Mecanismo de Prefeitos."
    ),
    "The Mayors Migration Council helps mayors speak and act on migration, and shares in "
    "steering the GFMD Mayors Mechanism.": (
        "O Mayors Migration Council ajuda os prefeitos a falar e a agir sobre migração, e "
        "participa na direção do Mecanismo de Prefeitos do FGMD."
    ),
    "Government of Canada": "Governo do Canadá",
    "Co-chair and main funder of the campaign.": (
        "Copresidência e principal financiador da campanha."
    ),
    "National government": "Governo nacional",
    "Canada co-chairs the GFMD working group on public narratives that created the campaign, and "
    "has funded most of its work.": (
        "O Canadá copreside o grupo de trabalho do FGMD sobre narrativas públicas que criou a "
        "campanha, e financiou a maior parte do seu trabalho."
    ),
    "Government of Ecuador": "Governo do Equador",
    "Co-chair of the campaign; led its turn to Central and South America.": (
        "Copresidência da campanha; conduziu a sua viragem para a América Central e do Sul."
    ),
    "Ecuador co-chairs the working group behind the campaign, whose second phase in 2022 and "
    "2023 focused on Central and South America.": (
        "O Equador copreside o grupo de trabalho por trás da campanha, cuja segunda fase, em 2022 "
        "e 2023, se centrou na América Central e do Sul."
    ),
    "City of Dublin": "Cidade de Dublin",
    "Advising city: shares how Dublin's neighbourhoods welcome newcomers.": (
        "Cidade conselheira: partilha como os bairros de Dublin acolhem quem chega."
    ),
    "City": "Cidade",
    "Dublin advises the campaign on what works in its neighbourhoods, where women's groups run "
    "weekly soup runs alongside newcomers.": (
        "Dublin aconselha a campanha sobre o que funciona nos seus bairros, onde grupos de "
        "mulheres organizam todas as semanas rondas de sopa com recém-chegados."
    ),
    "City of Johannesburg": "Cidade de Joanesburgo",
    "Advising city: brings an African city's experience of migration.": (
        "Cidade conselheira: traz a experiência de migração de uma cidade africana."
    ),
    "Johannesburg, a city built by people who came from elsewhere, brings the campaign the "
    "experience of a major destination on the African continent.": (
        "Joanesburgo, uma cidade construída por gente vinda de outros lugares, traz à campanha a "
        "experiência de um grande destino do continente africano."
    ),
    "Johannesburg": "Joanesburgo",
    "City of Mechelen": "Cidade de Malines",
    "Advising city and footage donor.": "Cidade conselheira e doadora de imagens.",
    "Mechelen advises the campaign and donated video footage of its residents for the "
    "campaign's short films.": (
        "Malines aconselha a campanha e doou imagens de vídeo dos seus habitantes para os "
        "filmes curtos da campanha."
    ),
    "Mechelen": "Malines",
    "City of Montreal": "Cidade de Montreal",
    "Advising city: cultural exchange through cooking classes and podcasts.": (
        "Cidade conselheira: intercâmbio cultural através de aulas de culinária e podcasts."
    ),
    "Montreal advises the campaign and shows how residents meet across cultures, in cooking "
    "classes and on podcasts.": (
        "Montreal aconselha a campanha e mostra como os seus habitantes se encontram entre "
        "culturas, em aulas de culinária e em podcasts."
    ),
    "City of São Paulo": "Cidade de São Paulo",
    "Advising city: Latin America's largest city and a home to newcomers.": (
        "Cidade conselheira: a maior cidade da América Latina e casa de quem chega."
    ),
    "São Paulo advises the campaign from the experience of a very large city shaped by "
    "newcomers over generations.": (
        "São Paulo aconselha a campanha a partir da experiência de uma metrópole moldada por "
        "recém-chegados ao longo de gerações."
    ),
    "Advising network of welcoming cities and organisations.": (
        "Rede conselheira de cidades e organizações acolhedoras."
    ),
    "Network": "Rede",
    "Welcoming International links organisations and local governments working to make their "
    "communities more welcoming, and advises the campaign.": (
        "A Welcoming International liga organizações e governos locais que trabalham para tornar "
        "as suas comunidades mais acolhedoras, e aconselha a campanha."
    ),
    "GFMD Civil Society Mechanism": "Mecanismo da Sociedade Civil do FGMD",
    "Brings civil society's voice into the GFMD and the campaign.": (
        "Leva a voz da sociedade civil ao FGMD e à campanha."
    ),
    "Civil society": "Sociedade civil",
    "The Civil Society Mechanism gathers organisations working with and led by migrants, and "
    "carries their views into the Global Forum on Migration and Development.": (
        "O Mecanismo da Sociedade Civil reúne organizações que trabalham com pessoas migrantes "
        "ou são lideradas por elas, e leva os seus pontos de vista ao Fórum Global sobre "
        "Migração e Desenvolvimento."
    ),
    "NGO Committee on Migration": "Comité de ONG sobre Migração",
    "Story partner: collected written, audio and video stories.": (
        "Parceiro de histórias: recolheu relatos escritos, em áudio e em vídeo."
    ),
    "NGOs": "ONG",
    "The NGO Committee on Migration gathered written, audio and video stories from migrants and "
    "the people around them for the campaign.": (
        "O Comité de ONG sobre Migração recolheu para a campanha relatos escritos, em áudio e em "
        "vídeo de pessoas migrantes e de quem as rodeia."
    ),
    "Footage donor.": "Doador de imagens.",
    "Footage": "Imagens",
    "Welcoming America donated video footage that campaign leaders can repost with a caption of "
    "their own.": (
        "A Welcoming America doou imagens de vídeo que quem lidera a campanha pode voltar a "
        "publicar com a sua própria legenda."
    ),
    "Talent Beyond Boundaries, which opens skilled migration pathways to refugees, donated video "
    "footage to the campaign.": (
        "A Talent Beyond Boundaries, que abre a pessoas refugiadas vias de migração qualificada, "
        "doou imagens de vídeo à campanha."
    ),
    "GFMD Business Mechanism": "Mecanismo Empresarial do FGMD",
    "Brings employers' experience of migration into the GFMD.": (
        "Traz ao FGMD a experiência dos empregadores com a migração."
    ),
    "Employers": "Empregadores",
    "The Business Mechanism, run with the International Organisation of Employers, speaks for "
    "businesses in the Global Forum on Migration and Development.": (
        "O Mecanismo Empresarial, gerido com a Organização Internacional de Empregadores, "
        "representa as empresas no Fórum Global sobre Migração e Desenvolvimento."
    ),
    "International Organisation of Employers": "Organização Internacional de Empregadores",
    "Runs the GFMD Business Mechanism.": "Gere o Mecanismo Empresarial do FGMD.",
    "The International Organisation of Employers hosts the GFMD Business Mechanism and connects "
    "the campaign to employers' federations.": (
        "A Organização Internacional de Empregadores acolhe o Mecanismo Empresarial do FGMD e "
        "liga a campanha às federações de empregadores."
    ),
    "Migration Youth &amp; Children Platform": "Plataforma de Jovens e Crianças sobre Migração",
    "The self-organised youth constituency on migration.": (
        "O espaço auto-organizado da juventude sobre migração."
    ),
    "Youth": "Juventude",
    "Young migrants and their allies organise themselves in the Migration Youth &amp; Children "
    "Platform to take part in global debates on migration.": (
        "Jovens migrantes e os seus aliados organizam-se na Plataforma de Jovens e Crianças "
        "sobre Migração para participar nos debates mundiais sobre migração."
    ),
    "UN Major Group for Children and Youth": "Grupo Principal da ONU para Crianças e Jovens",
    "Brings children's and young people's voices to the United Nations.": (
        "Leva a voz das crianças e dos jovens às Nações Unidas."
    ),
    "The Major Group for Children and Youth is the space the United Nations gives young people "
    "to take part in its work, migration included.": (
        "O Grupo Principal para Crianças e Jovens é o espaço que as Nações Unidas dão aos jovens "
        "para participarem no seu trabalho, incluindo a migração."
    ),
    "International Organization for Migration (IOM)": (
        "Organização Internacional para as Migrações (OIM)"
    ),
    "Implements the campaign; footage donor.": "Executa a campanha; doadora de imagens.",
    "United Nations": "Nações Unidas",
    "IOM, the United Nations migration agency, puts the campaign into practice with its "
    "co-chairs, and donated footage for its films.": (
        "A OIM, a agência das Nações Unidas para as migrações, põe a campanha em prática com as "
        "suas copresidências, e doou imagens para os seus filmes."
    ),
}

PARTNER_TRANSLATIONS = {"es": SPANISH, "fr": FRENCH, "ar": ARABIC, "pt": PORTUGUESE}

# Translated with the shared pages, by the base (itac.demo.translations):
# the directory's page and the partner categories.
SHARED_SPANISH = {
    # Partner categories
    "Local and national governments": "Gobiernos locales y nacionales",
    "The governments that co-chair the campaign and the networks that bring mayors to it.": (
        "Los gobiernos que copresiden la campaña y las redes que acercan a ella a las alcaldías."
    ),
    "Advising cities and networks": "Ciudades y redes asesoras",
    "Cities and a network of welcoming places that advise the campaign from experience.": (
        "Ciudades y una red de lugares acogedores que asesoran a la campaña desde su experiencia."
    ),
    "Civil society": "Sociedad civil",
    "Organisations that gather stories, lend footage and speak for migrants' own voices.": (
        "Organizaciones que reúnen historias, prestan imágenes y defienden las voces de las "
        "propias personas migrantes."
    ),
    "Business": "Empresas",
    "Employers who see every day what newcomers bring to work.": (
        "Empleadores que ven cada día lo que aportan al trabajo las personas recién llegadas."
    ),
    "Young people and children organising for their own future.": (
        "Jóvenes, niñas y niños que se organizan por su propio futuro."
    ),
    "International organisations": "Organizaciones internacionales",
    "The United Nations agency that puts the campaign into practice.": (
        "La agencia de las Naciones Unidas que lleva la campaña a la práctica."
    ),
    # The partner directory
    "Partners": "Socios",
    "The governments, cities and organisations behind #ITAC.": (
        "Los gobiernos, ciudades y organizaciones que impulsan #ITAC."
    ),
    "Governments, cities, organisations, employers and young people carry the campaign "
    "together. Find them by category or by the country they work in.": (
        "Gobiernos, ciudades, organizaciones, empresas y jóvenes llevan adelante la campaña "
        "juntos. Encuéntralos por categoría o por el país en el que trabajan."
    ),
}
SHARED_FRENCH = {
    # Partner categories
    "Local and national governments": "Gouvernements locaux et nationaux",
    "The governments that co-chair the campaign and the networks that bring mayors to it.": (
        "Les gouvernements qui coprésident la campagne et les réseaux qui y associent les maires."
    ),
    "Advising cities and networks": "Villes et réseaux conseillers",
    "Cities and a network of welcoming places that advise the campaign from experience.": (
        "Des villes et un réseau de lieux accueillants qui conseillent la campagne à partir de "
        "leur expérience."
    ),
    "Civil society": "Société civile",
    "Organisations that gather stories, lend footage and speak for migrants' own voices.": (
        "Des organisations qui recueillent des histoires, prêtent des images et portent la voix "
        "des personnes migrantes elles-mêmes."
    ),
    "Business": "Entreprises",
    "Employers who see every day what newcomers bring to work.": (
        "Des employeurs qui voient chaque jour ce que les nouveaux arrivants apportent au travail."
    ),
    "Young people and children organising for their own future.": (
        "Des jeunes et des enfants qui s'organisent pour leur propre avenir."
    ),
    "International organisations": "Organisations internationales",
    "The United Nations agency that puts the campaign into practice.": (
        "L'agence des Nations Unies qui met la campagne en œuvre."
    ),
    # The partner directory
    "Partners": "Partenaires",
    "The governments, cities and organisations behind #ITAC.": (
        "Les gouvernements, les villes et les organisations derrière #ITAC."
    ),
    "Governments, cities, organisations, employers and young people carry the campaign "
    "together. Find them by category or by the country they work in.": (
        "Gouvernements, villes, organisations, employeurs et jeunes portent la campagne "
        "ensemble. Trouvez-les par catégorie ou par pays d'action."
    ),
}
SHARED_ARABIC = {
    # Partner categories
    "Local and national governments": "الحكومات المحلية والوطنية",
    "The governments that co-chair the campaign and the networks that bring mayors to it.": (
        "الحكومات التي تشترك في رئاسة الحملة، والشبكات التي تجمع رؤساء البلديات حولها."
    ),
    "Advising cities and networks": "المدن والشبكات الاستشارية",
    "Cities and a network of welcoming places that advise the campaign from experience.": (
        "مدن وشبكة من الأماكن المرحّبة تقدّم المشورة للحملة من واقع تجربتها."
    ),
    "Civil society": "المجتمع المدني",
    "Organisations that gather stories, lend footage and speak for migrants' own voices.": (
        "مؤسسات تجمع القصص، وتقدّم المواد المصورة، وتدافع عن أصوات المهاجرين أنفسهم."
    ),
    "Business": "قطاع الأعمال",
    "Employers who see every day what newcomers bring to work.": (
        "أصحاب عمل يرون كل يوم ما يضيفه القادمون الجدد إلى العمل."
    ),
    "Young people and children organising for their own future.": (
        "شباب وأطفال ينظّمون أنفسهم من أجل مستقبلهم."
    ),
    "International organisations": "المنظمات الدولية",
    "The United Nations agency that puts the campaign into practice.": (
        "وكالة الأمم المتحدة التي تتولى تنفيذ الحملة."
    ),
    # The partner directory
    "Partners": "الشركاء",
    "The governments, cities and organisations behind #ITAC.": (
        "الحكومات والمدن والمؤسسات التي تقف وراء حملة #ITAC."
    ),
    "Governments, cities, organisations, employers and young people carry the campaign "
    "together. Find them by category or by the country they work in.": (
        "تحمل الحكومات والمدن والمؤسسات وأصحاب العمل والشباب الحملة معًا. ابحث عنهم حسب الفئة "
        "أو حسب البلد الذي يعملون فيه."
    ),
}
SHARED_PORTUGUESE = {
    # Partner categories
    "Local and national governments": "Governos locais e nacionais",
    "The governments that co-chair the campaign and the networks that bring mayors to it.": (
        "Os governos que copresidem a campanha e as redes que lhe trazem os prefeitos."
    ),
    "Advising cities and networks": "Cidades e redes conselheiras",
    "Cities and a network of welcoming places that advise the campaign from experience.": (
        "Cidades e uma rede de lugares acolhedores que aconselham a campanha a partir da sua "
        "experiência."
    ),
    "Civil society": "Sociedade civil",
    "Organisations that gather stories, lend footage and speak for migrants' own voices.": (
        "Organizações que recolhem histórias, cedem imagens e defendem as vozes das próprias "
        "pessoas migrantes."
    ),
    "Business": "Empresas",
    "Employers who see every day what newcomers bring to work.": (
        "Empregadores que veem todos os dias o que quem chega traz para o trabalho."
    ),
    "Young people and children organising for their own future.": (
        "Jovens e crianças que se organizam pelo seu próprio futuro."
    ),
    "International organisations": "Organizações internacionais",
    "The United Nations agency that puts the campaign into practice.": (
        "A agência das Nações Unidas que põe a campanha em prática."
    ),
    # The partner directory
    "Partners": "Parceiros",
    "The governments, cities and organisations behind #ITAC.": (
        "Os governos, cidades e organizações por trás da #ITAC."
    ),
    "Governments, cities, organisations, employers and young people carry the campaign "
    "together. Find them by category or by the country they work in.": (
        "Governos, cidades, organizações, empregadores e jovens levam a campanha em conjunto. "
        "Encontre-os por categoria ou pelo país onde trabalham."
    ),
}
SHARED_PAGE_TRANSLATIONS = {
    "es": SHARED_SPANISH,
    "fr": SHARED_FRENCH,
    "ar": SHARED_ARABIC,
    "pt": SHARED_PORTUGUESE,
}
