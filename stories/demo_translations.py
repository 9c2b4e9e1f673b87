"""The demo stories in Spanish, French, Arabic and Portuguese (translated by people, not tools).

Keyed by the English text of each segment, as wagtail-localize's translation memory is;
stories.demo.translate() turns them into translated story pages.
"""

SPANISH = {
    # Dublin
    "It Takes A Community to fill a bowl on a winter night": (
        "Hace falta una comunidad para llenar un plato en una noche de invierno"
    ),
    "Every Tuesday a group of women, many of them newcomers to Ireland, cook soup and walk it "
    "through Dublin's streets to people sleeping rough.": (
        "Cada martes, un grupo de mujeres, muchas de ellas recién llegadas a Irlanda, cocina sopa "
        "y la lleva por las calles de Dublín a las personas que duermen a la intemperie."
    ),
    "The kitchen is borrowed from a parish hall and the pots are older than some of the "
    "volunteers. By six o'clock there are four soups on the stove, one of them always a Nigerian "
    "pepper soup that regulars ask for by name.": (
        "La cocina la presta un salón parroquial y las ollas son más viejas que algunas "
        "voluntarias. A las seis ya hay cuatro sopas en el fuego, y una de ellas es siempre una "
        "sopa de pimienta nigeriana que los habituales piden por su nombre."
    ),
    "The women who run the soup run came to Dublin from Lagos, Kabul, São Paulo and Kharkiv. "
    "Several arrived through the asylum system and were told, in one way or another, that they "
    "would be a burden. Tuesday nights are their answer.": (
        "Las mujeres que organizan el reparto llegaron a Dublín desde Lagos, Kabul, São Paulo y "
        "Járkov. Varias entraron por el sistema de asilo y oyeron, de una forma u otra, que "
        "serían una carga. Las noches de los martes son su respuesta."
    ),
    "People expect us to be the ones receiving help. Then we hand them a bowl, and we talk, and "
    "the picture changes.": (
        "La gente espera que seamos nosotras quienes recibimos ayuda. Luego les damos un plato, "
        "hablamos, y la imagen cambia."
    ),
    "A volunteer on the soup run": "Una voluntaria del reparto de sopa",
    "The group now trains new volunteers every spring, and two of its founders sit on the city's "
    "homelessness forum.": (
        "Hoy el grupo forma a nuevas voluntarias cada primavera, y dos de sus fundadoras forman "
        "parte del foro municipal sobre el sinhogarismo."
    ),
    "Dublin": "Dublín",
    # Montreal: cooking and a podcast
    "It Takes A Community to share a recipe and a microphone": (
        "Hace falta una comunidad para compartir una receta y un micrófono"
    ),
    "In Montreal, cooking classes led by newcomers turned into a podcast where neighbours swap "
    "recipes, memories and the odd argument about spices.": (
        "En Montreal, unas clases de cocina dirigidas por recién llegados se convirtieron en un "
        "pódcast donde los vecinos intercambian recetas, recuerdos y alguna que otra discusión "
        "sobre especias."
    ),
    "It started with twelve people and one oven in a community centre in Côte-des-Neiges. Each "
    "week someone new to the city taught a dish from home, and someone who had lived on the "
    "street for forty years taught one back.": (
        "Empezó con doce personas y un horno en un centro comunitario de Côte-des-Neiges. Cada "
        "semana, alguien recién llegado a la ciudad enseñaba un plato de su tierra, y alguien que "
        "llevaba cuarenta años en la calle le enseñaba otro a cambio."
    ),
    "A participant who worked in radio suggested recording the conversations around the table. "
    "The podcast now has listeners across Quebec and a waiting list of cooks who want to be on "
    "it.": (
        "Una participante que trabajaba en la radio propuso grabar las conversaciones alrededor "
        "de la mesa. Hoy el pódcast tiene oyentes en todo Quebec y una lista de espera de "
        "cocineros que quieren salir en él."
    ),
    "You cannot stay strangers with someone once you have burned the rice together.": (
        "No se puede seguir siendo desconocidos después de haber quemado el arroz juntos."
    ),
    "Rania Haddad, host": "Rania Haddad, presentadora",
    "Montreal": "Montreal",
    # Montreal: French for All
    "It Takes A Community to learn a language together": (
        "Hace falta una comunidad para aprender un idioma juntos"
    ),
    "A 'French for All' programme pairs newcomers with volunteer conversation partners, and both "
    "sides say they learn more than grammar.": (
        "Un programa de «francés para todos» une a recién llegados con voluntarios para "
        "conversar, y ambas partes dicen que aprenden mucho más que gramática."
    ),
    "Classes are held in libraries in the evening, when people who work during the day can "
    "come. Each learner is matched with a volunteer who meets them for coffee once a week, "
    "outside any classroom.": (
        "Las clases se dan por la tarde en bibliotecas, cuando puede venir quien trabaja de día. "
        "Cada estudiante tiene un voluntario con quien toma un café una vez por semana, fuera de "
        "cualquier aula."
    ),
    "The volunteers are retired teachers, students and shop owners. Many say the programme "
    "showed them their own city through new eyes.": (
        "Los voluntarios son docentes jubilados, estudiantes y comerciantes. Muchos dicen que el "
        "programa les hizo ver su propia ciudad con otros ojos."
    ),
    "The first time I argued with my landlord in French and won, I called my partner from the "
    "programme before I called my mother.": (
        "La primera vez que discutí con mi casero en francés y gané, llamé a mi compañera del "
        "programa antes que a mi madre."
    ),
    "A learner, in the programme's second year": "Un estudiante, en su segundo año en el programa",
    # Amman
    "It Takes A Community to get through a pandemic": (
        "Hace falta una comunidad para atravesar una pandemia"
    ),
    "When COVID-19 reached Amman, the city's response counted refugees in from the first day: "
    "food parcels, health information and volunteers who spoke their languages.": (
        "Cuando la COVID-19 llegó a Ammán, la respuesta de la ciudad incluyó a las personas "
        "refugiadas desde el primer día: paquetes de comida, información sanitaria y voluntarios "
        "que hablaban sus idiomas."
    ),
    "Amman is home to refugees from Syria, Iraq, Yemen and Sudan. When lockdowns began, many of "
    "them lost daily work overnight.": (
        "En Ammán viven personas refugiadas de Siria, Irak, Yemen y Sudán. Cuando empezaron los "
        "confinamientos, muchas perdieron de la noche a la mañana su trabajo diario."
    ),
    "The municipality chose to include every resident in its emergency distribution, whatever "
    "their papers, and recruited refugee volunteers to carry health advice into neighbourhoods "
    "in Arabic, Kurdish and Somali.": (
        "El municipio decidió incluir a todos los residentes en su reparto de emergencia, "
        "tuvieran los papeles que tuvieran, y reclutó a voluntarios refugiados para llevar "
        "consejos de salud a los barrios en árabe, kurdo y somalí."
    ),
    "A virus does not ask for a residence permit. Neither did we.": (
        "Un virus no pide el permiso de residencia. Nosotros tampoco."
    ),
    "A municipal official": "Un funcionario municipal",
    "Amman": "Ammán",
    # Athens
    "It Takes A Community to map every open door": (
        "Hace falta una comunidad para trazar el mapa de cada puerta abierta"
    ),
    "Athens built a coordination hub that maps services for migrants and refugees, so that no "
    "one is sent from office to office.": (
        "Atenas creó un centro de coordinación que reúne en un mapa los servicios para personas "
        "migrantes y refugiadas, para que nadie vaya de oficina en oficina."
    ),
    "Dozens of organisations offer help in Athens, from legal advice to language classes. Before "
    "the hub, newcomers found them by word of mouth, if at all.": (
        "Decenas de organizaciones ofrecen ayuda en Atenas, desde asesoría jurídica hasta clases "
        "de idiomas. Antes del centro, quienes llegaban las encontraban de boca en boca, si es "
        "que las encontraban."
    ),
    "The city now keeps a shared map of services and a weekly meeting where organisations refer "
    "people to each other. Gaps show up on the map, and the city funds what is missing.": (
        "Hoy la ciudad mantiene un mapa compartido de servicios y una reunión semanal en la que "
        "las organizaciones se derivan personas entre sí. Los vacíos se ven en el mapa, y la "
        "ciudad financia lo que falta."
    ),
    "Athens": "Atenas",
    # Bristol
    "It Takes A Community to make One City": "Hace falta una comunidad para hacer una sola ciudad",
    "Bristol's 'One City' approach housed homeless people during the pandemic, and made sure "
    "migrants without recourse to public funds were not left outside.": (
        "El enfoque «Una sola ciudad» de Bristol alojó a personas sin hogar durante la pandemia "
        "y se aseguró de que las personas migrantes sin acceso a fondos públicos no se quedaran "
        "fuera."
    ),
    "In spring 2020 Bristol moved hundreds of people off the streets and into hotels within "
    "days. The city insisted on one rule: everyone sleeping rough was eligible.": (
        "En la primavera de 2020, Bristol sacó de la calle a cientos de personas y las alojó en "
        "hoteles en cuestión de días. La ciudad se mantuvo firme en una regla: todas las "
        "personas que dormían a la intemperie tenían derecho."
    ),
    "Caseworkers, charities and faith groups then helped people find longer-term homes. Some of "
    "the migrants housed that spring now volunteer with the same charities.": (
        "Después, trabajadores sociales, asociaciones y grupos religiosos ayudaron a encontrar "
        "viviendas más duraderas. Algunas de las personas migrantes alojadas aquella primavera "
        "hoy son voluntarias en esas mismas asociaciones."
    ),
    "One city means one city. We did not want to decide who counted.": (
        "Una sola ciudad quiere decir una sola ciudad. No queríamos decidir quién contaba."
    ),
    "A caseworker in the programme": "Una trabajadora social del programa",
    "Bristol": "Bristol",
    # Mechelen
    "It Takes A Community to raise a city of many nationalities": (
        "Hace falta una comunidad para criar una ciudad de muchas nacionalidades"
    ),
    "Mechelen, in Belgium, turned a reputation for tension into one for welcome, with mentoring, "
    "mixed sports clubs and schools that reflect the whole city.": (
        "Malinas, en Bélgica, cambió su fama de tensión por una de acogida, con mentorías, clubes "
        "deportivos mixtos y escuelas que reflejan a toda la ciudad."
    ),
    "Around a third of Mechelen's residents have roots abroad, from more than a hundred and "
    "thirty countries. Twenty years ago the city was known for division.": (
        "Cerca de un tercio de los habitantes de Malinas tiene raíces en el extranjero, en más de "
        "ciento treinta países. Hace veinte años, la ciudad era conocida por su división."
    ),
    "It invested in what brings people together: buddy programmes for newcomers, youth clubs "
    "where teams mix by design, and streets where people from every background are seen doing "
    "ordinary things together.": (
        "Invirtió en lo que une a la gente: programas de acompañamiento para recién llegados, "
        "clubes juveniles donde los equipos se mezclan a propósito y calles donde se ve a "
        "personas de todos los orígenes haciendo juntas cosas corrientes."
    ),
    "We did not ask newcomers to fit in. We asked everyone to show up.": (
        "No pedimos a los recién llegados que encajaran. Pedimos a todo el mundo que se sumara."
    ),
    "Lotte Janssens, youth worker": "Lotte Janssens, educadora juvenil",
    "Mechelen": "Malinas",
    # Johannesburg
    "It Takes A Community to open a shop and a future": (
        "Hace falta una comunidad para abrir una tienda y un futuro"
    ),
    "In Johannesburg, traders who came from across the continent run a market cooperative that "
    "trains young South Africans in business.": (
        "En Johannesburgo, comerciantes llegados de todo el continente dirigen una cooperativa de "
        "mercado que forma a jóvenes sudafricanos en el oficio de emprender."
    ),
    "The cooperative began after a wave of attacks on foreign-owned shops. Traders from Somalia, "
    "Ethiopia, Zimbabwe and Malawi decided that hiding was not an answer.": (
        "La cooperativa nació tras una ola de ataques contra tiendas de propietarios extranjeros. "
        "Comerciantes de Somalia, Etiopía, Zimbabue y Malaui decidieron que esconderse no era la "
        "respuesta."
    ),
    "They opened their books to local young people and offered apprenticeships in "
    "stock-keeping, pricing and customer service. Several apprentices now run their own stalls "
    "next to their former teachers.": (
        "Abrieron sus cuentas a los jóvenes del barrio y les ofrecieron aprendizajes en gestión "
        "de existencias, fijación de precios y atención al cliente. Varios aprendices tienen hoy "
        "su propio puesto junto a sus antiguos maestros."
    ),
    "Johannesburg": "Johannesburgo",
    # São Paulo
    "It Takes A Community to build a neighbourhood from its kitchens": (
        "Hace falta una comunidad para construir un barrio desde sus cocinas"
    ),
    "In São Paulo, Bolivian, Haitian and Venezuelan families turned a weekend food fair into a "
    "meeting point for the whole neighbourhood.": (
        "En São Paulo, familias bolivianas, haitianas y venezolanas convirtieron una feria "
        "gastronómica de fin de semana en punto de encuentro de todo el barrio."
    ),
    "Every Sunday the square fills with stalls selling salteñas, griot and arepas. The fair "
    "started with six families and now has a waiting list.": (
        "Cada domingo la plaza se llena de puestos de salteñas, griot y arepas. La feria empezó "
        "con seis familias y hoy tiene lista de espera."
    ),
    "The city helped with permits and a small fund for equipment. Many stallholders have since "
    "opened restaurants, and employ neighbours born in São Paulo.": (
        "La ciudad ayudó con los permisos y un pequeño fondo para equipamiento. Desde entonces, "
        "muchos puesteros han abierto restaurantes y dan empleo a vecinos nacidos en São Paulo."
    ),
    "On Sundays nobody asks where you are from. They ask what you are cooking.": (
        "Los domingos nadie te pregunta de dónde eres. Te preguntan qué estás cocinando."
    ),
    "A stallholder at the fair": "Una puestera de la feria",
    "São Paulo": "São Paulo",
    # Toronto
    "It Takes A Community to make new discoveries": (
        "Hace falta una comunidad para hacer nuevos descubrimientos"
    ),
    "A refugee engineer found work through a skills-based hiring programme and now leads a team "
    "that welcomes the next newcomers.": (
        "Una ingeniera refugiada encontró trabajo gracias a un programa de contratación basado "
        "en competencias y hoy dirige un equipo que recibe a los siguientes recién llegados."
    ),
    "She had designed water systems for a decade before she had to flee. In the camp, her "
    "diplomas were of no use to anyone.": (
        "Había diseñado sistemas de agua durante una década antes de tener que huir. En el "
        "campamento, sus títulos no le servían a nadie."
    ),
    "A labour mobility programme matched her skills with an employer looking for engineers. "
    "Three years on, she mentors others who arrive the same way.": (
        "Un programa de movilidad laboral puso en contacto sus competencias con una empresa que "
        "buscaba ingenieros. Tres años después, es mentora de otras personas que llegan por el "
        "mismo camino."
    ),
    "Toronto": "Toronto",
}

FRENCH = {
    # Dublin
    "It Takes A Community to fill a bowl on a winter night": (
        "Il faut une communauté pour remplir un bol un soir d'hiver"
    ),
    "Every Tuesday a group of women, many of them newcomers to Ireland, cook soup and walk it "
    "through Dublin's streets to people sleeping rough.": (
        "Chaque mardi, un groupe de femmes, dont beaucoup sont arrivées récemment en Irlande, "
        "préparent de la soupe et la portent dans les rues de Dublin aux personnes qui dorment "
        "dehors."
    ),
    "The kitchen is borrowed from a parish hall and the pots are older than some of the "
    "volunteers. By six o'clock there are four soups on the stove, one of them always a Nigerian "
    "pepper soup that regulars ask for by name.": (
        "La cuisine est prêtée par une salle paroissiale et les marmites sont plus vieilles que "
        "certaines bénévoles. À six heures, quatre soupes mijotent, dont toujours une soupe au "
        "poivre nigériane que les habitués réclament par son nom."
    ),
    "The women who run the soup run came to Dublin from Lagos, Kabul, São Paulo and Kharkiv. "
    "Several arrived through the asylum system and were told, in one way or another, that they "
    "would be a burden. Tuesday nights are their answer.": (
        "Les femmes qui mènent la tournée sont venues à Dublin de Lagos, Kaboul, São Paulo et "
        "Kharkiv. Plusieurs sont arrivées par la procédure d'asile et se sont entendu dire, "
        "d'une manière ou d'une autre, qu'elles seraient un fardeau. Les mardis soir sont leur "
        "réponse."
    ),
    "People expect us to be the ones receiving help. Then we hand them a bowl, and we talk, and "
    "the picture changes.": (
        "Les gens s'attendent à ce que ce soit nous qui recevions de l'aide. Puis nous leur "
        "tendons un bol, nous parlons, et l'image change."
    ),
    "A volunteer on the soup run": "Une bénévole de la tournée de soupe",
    "The group now trains new volunteers every spring, and two of its founders sit on the city's "
    "homelessness forum.": (
        "Le groupe forme désormais de nouvelles bénévoles chaque printemps, et deux de ses "
        "fondatrices siègent au forum de la ville sur le sans-abrisme."
    ),
    "Dublin": "Dublin",
    # Montreal: cooking and a podcast
    "It Takes A Community to share a recipe and a microphone": (
        "Il faut une communauté pour partager une recette et un micro"
    ),
    "In Montreal, cooking classes led by newcomers turned into a podcast where neighbours swap "
    "recipes, memories and the odd argument about spices.": (
        "À Montréal, des cours de cuisine animés par des personnes nouvellement arrivées sont "
        "devenus un balado où les voisins échangent recettes, souvenirs et quelques disputes sur "
        "les épices."
    ),
    "It started with twelve people and one oven in a community centre in Côte-des-Neiges. Each "
    "week someone new to the city taught a dish from home, and someone who had lived on the "
    "street for forty years taught one back.": (
        "Tout a commencé avec douze personnes et un four dans un centre communautaire de "
        "Côte-des-Neiges. Chaque semaine, quelqu'un de nouveau en ville enseignait un plat de "
        "chez lui, et quelqu'un qui vivait dans la rue depuis quarante ans en enseignait un en "
        "retour."
    ),
    "A participant who worked in radio suggested recording the conversations around the table. "
    "The podcast now has listeners across Quebec and a waiting list of cooks who want to be on "
    "it.": (
        "Une participante qui travaillait à la radio a proposé d'enregistrer les conversations "
        "autour de la table. Le balado a aujourd'hui des auditeurs dans tout le Québec et une "
        "liste d'attente de cuisiniers qui veulent y passer."
    ),
    "You cannot stay strangers with someone once you have burned the rice together.": (
        "On ne peut pas rester des inconnus une fois qu'on a fait brûler le riz ensemble."
    ),
    "Rania Haddad, host": "Rania Haddad, animatrice",
    "Montreal": "Montréal",
    # Montreal: French for All
    "It Takes A Community to learn a language together": (
        "Il faut une communauté pour apprendre une langue ensemble"
    ),
    "A 'French for All' programme pairs newcomers with volunteer conversation partners, and both "
    "sides say they learn more than grammar.": (
        "Un programme « Français pour tous » associe des personnes nouvellement arrivées à des "
        "bénévoles de conversation, et les deux côtés disent apprendre bien plus que la "
        "grammaire."
    ),
    "Classes are held in libraries in the evening, when people who work during the day can "
    "come. Each learner is matched with a volunteer who meets them for coffee once a week, "
    "outside any classroom.": (
        "Les cours ont lieu le soir dans des bibliothèques, quand celles et ceux qui travaillent "
        "le jour peuvent venir. Chaque apprenant est jumelé à un bénévole qui le retrouve pour "
        "un café une fois par semaine, hors de toute salle de classe."
    ),
    "The volunteers are retired teachers, students and shop owners. Many say the programme "
    "showed them their own city through new eyes.": (
        "Les bénévoles sont des enseignants retraités, des étudiants et des commerçants. "
        "Beaucoup disent que le programme leur a fait voir leur propre ville d'un œil neuf."
    ),
    "The first time I argued with my landlord in French and won, I called my partner from the "
    "programme before I called my mother.": (
        "La première fois que j'ai tenu tête à mon propriétaire en français et que j'ai gagné, "
        "j'ai appelé ma partenaire du programme avant d'appeler ma mère."
    ),
    "A learner, in the programme's second year": "Un apprenant, en deuxième année du programme",
    # Amman
    "It Takes A Community to get through a pandemic": (
        "Il faut une communauté pour traverser une pandémie"
    ),
    "When COVID-19 reached Amman, the city's response counted refugees in from the first day: "
    "food parcels, health information and volunteers who spoke their languages.": (
        "Quand la COVID-19 a atteint Amman, la réponse de la ville a inclus les personnes "
        "réfugiées dès le premier jour : colis alimentaires, informations de santé et bénévoles "
        "qui parlaient leurs langues."
    ),
    "Amman is home to refugees from Syria, Iraq, Yemen and Sudan. When lockdowns began, many of "
    "them lost daily work overnight.": (
        "Amman accueille des personnes réfugiées de Syrie, d'Irak, du Yémen et du Soudan. Quand "
        "les confinements ont commencé, beaucoup ont perdu du jour au lendemain leur travail "
        "journalier."
    ),
    "The municipality chose to include every resident in its emergency distribution, whatever "
    "their papers, and recruited refugee volunteers to carry health advice into neighbourhoods "
    "in Arabic, Kurdish and Somali.": (
        "La municipalité a choisi d'inclure chaque habitant dans sa distribution d'urgence, "
        "quels que soient ses papiers, et a recruté des bénévoles réfugiés pour porter les "
        "conseils de santé dans les quartiers en arabe, en kurde et en somali."
    ),
    "A virus does not ask for a residence permit. Neither did we.": (
        "Un virus ne demande pas de titre de séjour. Nous non plus."
    ),
    "A municipal official": "Un responsable municipal",
    "Amman": "Amman",
    # Athens
    "It Takes A Community to map every open door": (
        "Il faut une communauté pour cartographier chaque porte ouverte"
    ),
    "Athens built a coordination hub that maps services for migrants and refugees, so that no "
    "one is sent from office to office.": (
        "Athènes a créé un centre de coordination qui cartographie les services destinés aux "
        "personnes migrantes et réfugiées, pour que personne ne soit renvoyé de bureau en bureau."
    ),
    "Dozens of organisations offer help in Athens, from legal advice to language classes. Before "
    "the hub, newcomers found them by word of mouth, if at all.": (
        "Des dizaines d'organisations offrent leur aide à Athènes, du conseil juridique aux cours "
        "de langue. Avant le centre, les nouveaux arrivants les trouvaient par le bouche-à-"
        "oreille, quand ils les trouvaient."
    ),
    "The city now keeps a shared map of services and a weekly meeting where organisations refer "
    "people to each other. Gaps show up on the map, and the city funds what is missing.": (
        "La ville tient désormais une carte commune des services et une réunion hebdomadaire où "
        "les organisations s'orientent les personnes entre elles. Les manques apparaissent sur "
        "la carte, et la ville finance ce qui fait défaut."
    ),
    "Athens": "Athènes",
    # Bristol
    "It Takes A Community to make One City": "Il faut une communauté pour faire une seule ville",
    "Bristol's 'One City' approach housed homeless people during the pandemic, and made sure "
    "migrants without recourse to public funds were not left outside.": (
        "L'approche « Une seule ville » de Bristol a logé les personnes sans abri pendant la "
        "pandémie, et veillé à ce que les personnes migrantes sans accès aux aides publiques ne "
        "restent pas dehors."
    ),
    "In spring 2020 Bristol moved hundreds of people off the streets and into hotels within "
    "days. The city insisted on one rule: everyone sleeping rough was eligible.": (
        "Au printemps 2020, Bristol a fait passer en quelques jours des centaines de personnes de "
        "la rue à l'hôtel. La ville a tenu à une seule règle : toute personne qui dormait dehors "
        "y avait droit."
    ),
    "Caseworkers, charities and faith groups then helped people find longer-term homes. Some of "
    "the migrants housed that spring now volunteer with the same charities.": (
        "Travailleurs sociaux, associations et communautés religieuses ont ensuite aidé chacun à "
        "trouver un logement durable. Certaines des personnes migrantes logées ce printemps-là "
        "sont aujourd'hui bénévoles dans ces mêmes associations."
    ),
    "One city means one city. We did not want to decide who counted.": (
        "Une seule ville, c'est une seule ville. Nous ne voulions pas décider qui comptait."
    ),
    "A caseworker in the programme": "Une travailleuse sociale du programme",
    "Bristol": "Bristol",
    # Mechelen
    "It Takes A Community to raise a city of many nationalities": (
        "Il faut une communauté pour faire grandir une ville aux nombreuses nationalités"
    ),
    "Mechelen, in Belgium, turned a reputation for tension into one for welcome, with mentoring, "
    "mixed sports clubs and schools that reflect the whole city.": (
        "Malines, en Belgique, a troqué sa réputation de tensions contre une réputation "
        "d'accueil, grâce au parrainage, à des clubs sportifs mixtes et à des écoles à l'image "
        "de toute la ville."
    ),
    "Around a third of Mechelen's residents have roots abroad, from more than a hundred and "
    "thirty countries. Twenty years ago the city was known for division.": (
        "Environ un tiers des habitants de Malines ont des racines à l'étranger, dans plus de "
        "cent trente pays. Il y a vingt ans, la ville était connue pour ses divisions."
    ),
    "It invested in what brings people together: buddy programmes for newcomers, youth clubs "
    "where teams mix by design, and streets where people from every background are seen doing "
    "ordinary things together.": (
        "Elle a investi dans ce qui rassemble : des binômes pour les nouveaux arrivants, des "
        "clubs de jeunes où les équipes sont mélangées exprès, et des rues où l'on voit des gens "
        "de tous horizons faire ensemble des choses ordinaires."
    ),
    "We did not ask newcomers to fit in. We asked everyone to show up.": (
        "Nous n'avons pas demandé aux nouveaux arrivants de s'adapter. Nous avons demandé à tout "
        "le monde d'être là."
    ),
    "Lotte Janssens, youth worker": "Lotte Janssens, animatrice jeunesse",
    "Mechelen": "Malines",
    # Johannesburg
    "It Takes A Community to open a shop and a future": (
        "Il faut une communauté pour ouvrir une boutique et un avenir"
    ),
    "In Johannesburg, traders who came from across the continent run a market cooperative that "
    "trains young South Africans in business.": (
        "À Johannesburg, des commerçants venus de tout le continent gèrent une coopérative de "
        "marché qui forme de jeunes Sud-Africains au commerce."
    ),
    "The cooperative began after a wave of attacks on foreign-owned shops. Traders from Somalia, "
    "Ethiopia, Zimbabwe and Malawi decided that hiding was not an answer.": (
        "La coopérative est née après une vague d'attaques contre des boutiques tenues par des "
        "étrangers. Des commerçants de Somalie, d'Éthiopie, du Zimbabwe et du Malawi ont décidé "
        "que se cacher n'était pas une réponse."
    ),
    "They opened their books to local young people and offered apprenticeships in "
    "stock-keeping, pricing and customer service. Several apprentices now run their own stalls "
    "next to their former teachers.": (
        "Ils ont ouvert leurs livres de comptes aux jeunes du quartier et proposé des "
        "apprentissages en gestion des stocks, fixation des prix et service à la clientèle. "
        "Plusieurs apprentis tiennent aujourd'hui leur propre étal à côté de leurs anciens "
        "maîtres."
    ),
    "Johannesburg": "Johannesburg",
    # São Paulo
    "It Takes A Community to build a neighbourhood from its kitchens": (
        "Il faut une communauté pour bâtir un quartier à partir de ses cuisines"
    ),
    "In São Paulo, Bolivian, Haitian and Venezuelan families turned a weekend food fair into a "
    "meeting point for the whole neighbourhood.": (
        "À São Paulo, des familles boliviennes, haïtiennes et vénézuéliennes ont fait d'une foire "
        "gourmande du week-end le lieu de rencontre de tout le quartier."
    ),
    "Every Sunday the square fills with stalls selling salteñas, griot and arepas. The fair "
    "started with six families and now has a waiting list.": (
        "Chaque dimanche, la place se remplit d'étals de salteñas, de griot et d'arepas. La foire "
        "a commencé avec six familles et a maintenant une liste d'attente."
    ),
    "The city helped with permits and a small fund for equipment. Many stallholders have since "
    "opened restaurants, and employ neighbours born in São Paulo.": (
        "La ville a aidé pour les autorisations et avec un petit fonds d'équipement. Depuis, "
        "beaucoup de marchands ont ouvert des restaurants et emploient des voisins nés à "
        "São Paulo."
    ),
    "On Sundays nobody asks where you are from. They ask what you are cooking.": (
        "Le dimanche, personne ne vous demande d'où vous venez. On vous demande ce que vous "
        "cuisinez."
    ),
    "A stallholder at the fair": "Une marchande de la foire",
    "São Paulo": "São Paulo",
    # Toronto
    "It Takes A Community to make new discoveries": (
        "Il faut une communauté pour faire de nouvelles découvertes"
    ),
    "A refugee engineer found work through a skills-based hiring programme and now leads a team "
    "that welcomes the next newcomers.": (
        "Une ingénieure réfugiée a trouvé du travail grâce à un programme d'embauche fondé sur "
        "les compétences, et dirige aujourd'hui une équipe qui accueille les nouveaux arrivants "
        "suivants."
    ),
    "She had designed water systems for a decade before she had to flee. In the camp, her "
    "diplomas were of no use to anyone.": (
        "Elle avait conçu des réseaux d'eau pendant dix ans avant de devoir fuir. Dans le camp, "
        "ses diplômes n'étaient utiles à personne."
    ),
    "A labour mobility programme matched her skills with an employer looking for engineers. "
    "Three years on, she mentors others who arrive the same way.": (
        "Un programme de mobilité professionnelle a mis ses compétences en relation avec un "
        "employeur qui cherchait des ingénieurs. Trois ans plus tard, elle accompagne d'autres "
        "personnes arrivées par le même chemin."
    ),
    "Toronto": "Toronto",
}

ARABIC = {
    # Dublin
    "It Takes A Community to fill a bowl on a winter night": (
        "يتطلب الأمر مجتمعًا كي نملأ وعاءً في ليلة شتاء"
    ),
    "Every Tuesday a group of women, many of them newcomers to Ireland, cook soup and walk it "
    "through Dublin's streets to people sleeping rough.": (
        "كل يوم ثلاثاء تطهو مجموعة من النساء، كثيرات منهن وصلن حديثًا إلى أيرلندا، الحساء "
        "ويحملنه في شوارع دبلن إلى من ينامون في العراء."
    ),
    "The kitchen is borrowed from a parish hall and the pots are older than some of the "
    "volunteers. By six o'clock there are four soups on the stove, one of them always a Nigerian "
    "pepper soup that regulars ask for by name.": (
        "المطبخ مُعار من قاعة كنيسة، والقدور أقدم من بعض المتطوعات. وعند السادسة تكون أربعة أنواع "
        "من الحساء على النار، أحدها دائمًا حساء الفلفل النيجيري الذي يطلبه الزبائن الدائمون "
        "باسمه."
    ),
    "The women who run the soup run came to Dublin from Lagos, Kabul, São Paulo and Kharkiv. "
    "Several arrived through the asylum system and were told, in one way or another, that they "
    "would be a burden. Tuesday nights are their answer.": (
        "جاءت النساء اللواتي يدرن جولة الحساء إلى دبلن من لاغوس وكابول وساو باولو وخاركيف. وصلت "
        "عدة منهن عبر نظام اللجوء، وقيل لهن بطريقة أو بأخرى إنهن سيكنّ عبئًا. ليالي الثلاثاء هي "
        "جوابهن."
    ),
    "People expect us to be the ones receiving help. Then we hand them a bowl, and we talk, and "
    "the picture changes.": (
        "يتوقع الناس أن نكون نحن من يتلقى المساعدة. ثم نناولهم وعاءً، ونتحدث، فتتغير الصورة."
    ),
    "A volunteer on the soup run": "متطوعة في جولة الحساء",
    "The group now trains new volunteers every spring, and two of its founders sit on the city's "
    "homelessness forum.": (
        "تدرّب المجموعة اليوم متطوعات جديدات كل ربيع، وتشارك اثنتان من مؤسساتها في منتدى المدينة "
        "المعني بالتشرد."
    ),
    "Dublin": "دبلن",
    # Montreal: cooking and a podcast
    "It Takes A Community to share a recipe and a microphone": (
        "يتطلب الأمر مجتمعًا كي نتقاسم وصفة وميكروفونًا"
    ),
    "In Montreal, cooking classes led by newcomers turned into a podcast where neighbours swap "
    "recipes, memories and the odd argument about spices.": (
        "في مونتريال، تحولت دروس طبخ يقودها قادمون جدد إلى بودكاست يتبادل فيه الجيران الوصفات "
        "والذكريات وبعض الجدال حول التوابل."
    ),
    "It started with twelve people and one oven in a community centre in Côte-des-Neiges. Each "
    "week someone new to the city taught a dish from home, and someone who had lived on the "
    "street for forty years taught one back.": (
        "بدأ الأمر باثني عشر شخصًا وفرن واحد في مركز مجتمعي في كوت دي نيج. كل أسبوع كان قادم "
        "جديد إلى المدينة يعلّم طبقًا من بلده، ويعلّم في المقابل جارٌ يسكن الشارع منذ أربعين "
        "عامًا طبقًا آخر."
    ),
    "A participant who worked in radio suggested recording the conversations around the table. "
    "The podcast now has listeners across Quebec and a waiting list of cooks who want to be on "
    "it.": (
        "اقترحت مشاركة كانت تعمل في الإذاعة تسجيل الأحاديث حول المائدة. وللبودكاست اليوم مستمعون "
        "في أنحاء كيبيك، وقائمة انتظار من الطهاة الذين يريدون الظهور فيه."
    ),
    "You cannot stay strangers with someone once you have burned the rice together.": (
        "لا يمكن أن تبقى غريبًا عن شخص بعد أن أحرقتما الأرز معًا."
    ),
    "Rania Haddad, host": "رانيا حداد، مقدّمة البرنامج",
    "Montreal": "مونتريال",
    # Montreal: French for All
    "It Takes A Community to learn a language together": "يتطلب الأمر مجتمعًا كي نتعلم لغة معًا",
    "A 'French for All' programme pairs newcomers with volunteer conversation partners, and both "
    "sides say they learn more than grammar.": (
        "يجمع برنامج «الفرنسية للجميع» القادمين الجدد بشركاء محادثة متطوعين، ويقول الطرفان إنهما "
        "يتعلمان أكثر من القواعد."
    ),
    "Classes are held in libraries in the evening, when people who work during the day can "
    "come. Each learner is matched with a volunteer who meets them for coffee once a week, "
    "outside any classroom.": (
        "تُعقد الدروس مساءً في المكتبات، حين يستطيع الحضور من يعملون نهارًا. ولكل متعلم متطوع "
        "يلتقيه لتناول القهوة مرة في الأسبوع، بعيدًا عن أي فصل دراسي."
    ),
    "The volunteers are retired teachers, students and shop owners. Many say the programme "
    "showed them their own city through new eyes.": (
        "المتطوعون معلمون متقاعدون وطلاب وأصحاب متاجر. ويقول كثيرون منهم إن البرنامج جعلهم يرون "
        "مدينتهم بعيون جديدة."
    ),
    "The first time I argued with my landlord in French and won, I called my partner from the "
    "programme before I called my mother.": (
        "في أول مرة جادلت فيها صاحب البيت بالفرنسية وكسبت، اتصلت بشريكتي في البرنامج قبل أن "
        "أتصل بأمي."
    ),
    "A learner, in the programme's second year": "متعلم في سنته الثانية في البرنامج",
    # Amman
    "It Takes A Community to get through a pandemic": "يتطلب الأمر مجتمعًا كي نعبر جائحة",
    "When COVID-19 reached Amman, the city's response counted refugees in from the first day: "
    "food parcels, health information and volunteers who spoke their languages.": (
        "حين وصل كوفيد-19 إلى عمّان، شملت استجابة المدينة اللاجئين منذ اليوم الأول: طرود غذائية، "
        "ومعلومات صحية، ومتطوعون يتحدثون لغاتهم."
    ),
    "Amman is home to refugees from Syria, Iraq, Yemen and Sudan. When lockdowns began, many of "
    "them lost daily work overnight.": (
        "تحتضن عمّان لاجئين من سوريا والعراق واليمن والسودان. وحين بدأ الإغلاق، فقد كثيرون منهم "
        "عملهم اليومي بين ليلة وضحاها."
    ),
    "The municipality chose to include every resident in its emergency distribution, whatever "
    "their papers, and recruited refugee volunteers to carry health advice into neighbourhoods "
    "in Arabic, Kurdish and Somali.": (
        "اختارت البلدية أن تشمل كل مقيم في توزيعها الطارئ، أيًّا كانت أوراقه، وجنّدت متطوعين من "
        "اللاجئين لإيصال النصائح الصحية إلى الأحياء بالعربية والكردية والصومالية."
    ),
    "A virus does not ask for a residence permit. Neither did we.": (
        "الفيروس لا يطلب تصريح إقامة. ونحن أيضًا لم نطلبه."
    ),
    "A municipal official": "مسؤول في البلدية",
    "Amman": "عمّان",
    # Athens
    "It Takes A Community to map every open door": (
        "يتطلب الأمر مجتمعًا كي نرسم خريطة لكل باب مفتوح"
    ),
    "Athens built a coordination hub that maps services for migrants and refugees, so that no "
    "one is sent from office to office.": (
        "أنشأت أثينا مركز تنسيق يرسم خريطة للخدمات المتاحة للمهاجرين واللاجئين، كي لا يُرسَل أحد "
        "من مكتب إلى آخر."
    ),
    "Dozens of organisations offer help in Athens, from legal advice to language classes. Before "
    "the hub, newcomers found them by word of mouth, if at all.": (
        "تقدّم عشرات المؤسسات المساعدة في أثينا، من المشورة القانونية إلى دروس اللغة. وقبل المركز "
        "كان القادمون الجدد يعرفونها بالتناقل الشفهي، إن عرفوها أصلًا."
    ),
    "The city now keeps a shared map of services and a weekly meeting where organisations refer "
    "people to each other. Gaps show up on the map, and the city funds what is missing.": (
        "تحتفظ المدينة اليوم بخريطة مشتركة للخدمات وباجتماع أسبوعي تحيل فيه المؤسسات الناس بعضها "
        "إلى بعض. تظهر الثغرات على الخريطة، وتموّل المدينة ما ينقص."
    ),
    "Athens": "أثينا",
    # Bristol
    "It Takes A Community to make One City": "يتطلب الأمر مجتمعًا كي نصنع مدينة واحدة",
    "Bristol's 'One City' approach housed homeless people during the pandemic, and made sure "
    "migrants without recourse to public funds were not left outside.": (
        "آوى نهج «مدينة واحدة» في بريستول المشردين خلال الجائحة، وحرص على ألا يبقى في الخارج "
        "المهاجرون المحرومون من الأموال العامة."
    ),
    "In spring 2020 Bristol moved hundreds of people off the streets and into hotels within "
    "days. The city insisted on one rule: everyone sleeping rough was eligible.": (
        "في ربيع 2020 نقلت بريستول مئات الأشخاص من الشوارع إلى الفنادق في غضون أيام. وتمسكت "
        "المدينة بقاعدة واحدة: كل من ينام في العراء يحق له ذلك."
    ),
    "Caseworkers, charities and faith groups then helped people find longer-term homes. Some of "
    "the migrants housed that spring now volunteer with the same charities.": (
        "ثم ساعد الأخصائيون الاجتماعيون والجمعيات الخيرية والجماعات الدينية الناس على إيجاد "
        "مساكن أدوم. وبعض المهاجرين الذين آوتهم المدينة ذلك الربيع يتطوعون اليوم مع الجمعيات "
        "نفسها."
    ),
    "One city means one city. We did not want to decide who counted.": (
        "مدينة واحدة تعني مدينة واحدة. لم نُرد أن نقرر من يُحسب ومن لا يُحسب."
    ),
    "A caseworker in the programme": "أخصائية اجتماعية في البرنامج",
    "Bristol": "بريستول",
    # Mechelen
    "It Takes A Community to raise a city of many nationalities": (
        "يتطلب الأمر مجتمعًا كي ننشئ مدينة متعددة الجنسيات"
    ),
    "Mechelen, in Belgium, turned a reputation for tension into one for welcome, with mentoring, "
    "mixed sports clubs and schools that reflect the whole city.": (
        "حوّلت مدينة ميخلن في بلجيكا سمعتها من التوتر إلى الترحيب، بالإرشاد، والأندية الرياضية "
        "المختلطة، والمدارس التي تعكس المدينة كلها."
    ),
    "Around a third of Mechelen's residents have roots abroad, from more than a hundred and "
    "thirty countries. Twenty years ago the city was known for division.": (
        "نحو ثلث سكان ميخلن لهم جذور في الخارج، في أكثر من مئة وثلاثين بلدًا. وقبل عشرين عامًا "
        "كانت المدينة معروفة بالانقسام."
    ),
    "It invested in what brings people together: buddy programmes for newcomers, youth clubs "
    "where teams mix by design, and streets where people from every background are seen doing "
    "ordinary things together.": (
        "استثمرت في ما يجمع الناس: برامج رفقة للقادمين الجدد، ونوادٍ للشباب تختلط فيها الفرق عن "
        "قصد، وشوارع يُرى فيها أناس من كل الخلفيات يفعلون أشياء عادية معًا."
    ),
    "We did not ask newcomers to fit in. We asked everyone to show up.": (
        "لم نطلب من القادمين الجدد أن يندمجوا. طلبنا من الجميع أن يحضروا."
    ),
    "Lotte Janssens, youth worker": "لوته يانسنس، عاملة في مجال الشباب",
    "Mechelen": "ميخلن",
    # Johannesburg
    "It Takes A Community to open a shop and a future": (
        "يتطلب الأمر مجتمعًا كي نفتح متجرًا ومستقبلًا"
    ),
    "In Johannesburg, traders who came from across the continent run a market cooperative that "
    "trains young South Africans in business.": (
        "في جوهانسبرغ، يدير تجار جاؤوا من أنحاء القارة تعاونية سوق تدرّب شبابًا من جنوب أفريقيا "
        "على التجارة."
    ),
    "The cooperative began after a wave of attacks on foreign-owned shops. Traders from Somalia, "
    "Ethiopia, Zimbabwe and Malawi decided that hiding was not an answer.": (
        "بدأت التعاونية بعد موجة من الاعتداءات على متاجر يملكها أجانب. وقرر تجار من الصومال "
        "وإثيوبيا وزيمبابوي وملاوي أن الاختباء ليس حلًّا."
    ),
    "They opened their books to local young people and offered apprenticeships in "
    "stock-keeping, pricing and customer service. Several apprentices now run their own stalls "
    "next to their former teachers.": (
        "فتحوا دفاترهم لشباب الحي وقدّموا لهم تدريبًا مهنيًا في إدارة المخزون والتسعير وخدمة "
        "الزبائن. ويدير عدد من المتدربين اليوم أكشاكهم الخاصة بجوار معلميهم السابقين."
    ),
    "Johannesburg": "جوهانسبرغ",
    # São Paulo
    "It Takes A Community to build a neighbourhood from its kitchens": (
        "يتطلب الأمر مجتمعًا كي نبني حيًّا من مطابخه"
    ),
    "In São Paulo, Bolivian, Haitian and Venezuelan families turned a weekend food fair into a "
    "meeting point for the whole neighbourhood.": (
        "في ساو باولو، حوّلت عائلات بوليفية وهايتية وفنزويلية سوق طعام في عطلة نهاية الأسبوع إلى "
        "ملتقى للحي كله."
    ),
    "Every Sunday the square fills with stalls selling salteñas, griot and arepas. The fair "
    "started with six families and now has a waiting list.": (
        "كل يوم أحد تمتلئ الساحة بأكشاك تبيع السالتينيا والغريو والأريبا. بدأت السوق بست عائلات، "
        "ولها اليوم قائمة انتظار."
    ),
    "The city helped with permits and a small fund for equipment. Many stallholders have since "
    "opened restaurants, and employ neighbours born in São Paulo.": (
        "ساعدت المدينة في التصاريح وبصندوق صغير للمعدات. ومنذ ذلك الحين افتتح كثير من أصحاب "
        "الأكشاك مطاعم، ويوظفون جيرانًا وُلدوا في ساو باولو."
    ),
    "On Sundays nobody asks where you are from. They ask what you are cooking.": (
        "في أيام الأحد لا يسألك أحد من أين أنت. يسألونك ماذا تطبخ."
    ),
    "A stallholder at the fair": "صاحبة كشك في السوق",
    "São Paulo": "ساو باولو",
    # Toronto
    "It Takes A Community to make new discoveries": ("يتطلب الأمر مجتمعًا كي نحقق اكتشافات جديدة"),
    "A refugee engineer found work through a skills-based hiring programme and now leads a team "
    "that welcomes the next newcomers.": (
        "وجدت مهندسة لاجئة عملًا عبر برنامج توظيف قائم على المهارات، وتقود اليوم فريقًا يستقبل "
        "القادمين الجدد من بعدها."
    ),
    "She had designed water systems for a decade before she had to flee. In the camp, her "
    "diplomas were of no use to anyone.": (
        "صمّمت شبكات المياه عقدًا كاملًا قبل أن تضطر إلى الفرار. وفي المخيم لم تكن شهاداتها تنفع أحدًا."
    ),
    "A labour mobility programme matched her skills with an employer looking for engineers. "
    "Three years on, she mentors others who arrive the same way.": (
        "ربط برنامج لتنقل العمالة مهاراتها بصاحب عمل يبحث عن مهندسين. وبعد ثلاث سنوات، ترشد "
        "آخرين يصلون بالطريق نفسه."
    ),
    "Toronto": "تورونتو",
}

PORTUGUESE = {
    # Dublin
    "It Takes A Community to fill a bowl on a winter night": (
        "É preciso uma comunidade para encher uma tigela numa noite de inverno"
    ),
    "Every Tuesday a group of women, many of them newcomers to Ireland, cook soup and walk it "
    "through Dublin's streets to people sleeping rough.": (
        "Todas as terças-feiras, um grupo de mulheres, muitas delas recém-chegadas à Irlanda, "
        "cozinha sopa e leva-a pelas ruas de Dublin às pessoas que dormem na rua."
    ),
    "The kitchen is borrowed from a parish hall and the pots are older than some of the "
    "volunteers. By six o'clock there are four soups on the stove, one of them always a Nigerian "
    "pepper soup that regulars ask for by name.": (
        "A cozinha é emprestada por um salão paroquial e as panelas são mais velhas do que "
        "algumas voluntárias. Às seis horas já há quatro sopas ao lume, e uma delas é sempre uma "
        "sopa de pimenta nigeriana que os habituais pedem pelo nome."
    ),
    "The women who run the soup run came to Dublin from Lagos, Kabul, São Paulo and Kharkiv. "
    "Several arrived through the asylum system and were told, in one way or another, that they "
    "would be a burden. Tuesday nights are their answer.": (
        "As mulheres que organizam a ronda vieram para Dublin de Lagos, Cabul, São Paulo e "
        "Kharkiv. Várias chegaram pelo sistema de asilo e ouviram, de uma forma ou de outra, que "
        "seriam um fardo. As noites de terça-feira são a resposta delas."
    ),
    "People expect us to be the ones receiving help. Then we hand them a bowl, and we talk, and "
    "the picture changes.": (
        "As pessoas esperam que sejamos nós a receber ajuda. Depois entregamos-lhes uma tigela, "
        "conversamos, e a imagem muda."
    ),
    "A volunteer on the soup run": "Uma voluntária da ronda da sopa",
    "The group now trains new volunteers every spring, and two of its founders sit on the city's "
    "homelessness forum.": (
        "Hoje o grupo forma novas voluntárias todas as primaveras, e duas das suas fundadoras "
        "fazem parte do fórum da cidade sobre as pessoas sem-abrigo."
    ),
    "Dublin": "Dublin",
    # Montreal: cooking and a podcast
    "It Takes A Community to share a recipe and a microphone": (
        "É preciso uma comunidade para partilhar uma receita e um microfone"
    ),
    "In Montreal, cooking classes led by newcomers turned into a podcast where neighbours swap "
    "recipes, memories and the odd argument about spices.": (
        "Em Montreal, aulas de culinária dadas por recém-chegados transformaram-se num podcast "
        "onde os vizinhos trocam receitas, memórias e uma ou outra discussão sobre especiarias."
    ),
    "It started with twelve people and one oven in a community centre in Côte-des-Neiges. Each "
    "week someone new to the city taught a dish from home, and someone who had lived on the "
    "street for forty years taught one back.": (
        "Começou com doze pessoas e um forno num centro comunitário de Côte-des-Neiges. Todas as "
        "semanas, alguém recém-chegado à cidade ensinava um prato da sua terra, e alguém que "
        "vivia na rua havia quarenta anos ensinava outro em troca."
    ),
    "A participant who worked in radio suggested recording the conversations around the table. "
    "The podcast now has listeners across Quebec and a waiting list of cooks who want to be on "
    "it.": (
        "Uma participante que trabalhava na rádio sugeriu gravar as conversas à volta da mesa. "
        "Hoje o podcast tem ouvintes em todo o Quebeque e uma lista de espera de cozinheiros que "
        "querem participar."
    ),
    "You cannot stay strangers with someone once you have burned the rice together.": (
        "Não se pode continuar a ser estranho a alguém depois de queimarem o arroz juntos."
    ),
    "Rania Haddad, host": "Rania Haddad, apresentadora",
    "Montreal": "Montreal",
    # Montreal: French for All
    "It Takes A Community to learn a language together": (
        "É preciso uma comunidade para aprender uma língua em conjunto"
    ),
    "A 'French for All' programme pairs newcomers with volunteer conversation partners, and both "
    "sides say they learn more than grammar.": (
        "Um programa de «Francês para Todos» junta recém-chegados a voluntários de conversação, "
        "e ambos os lados dizem que aprendem muito mais do que gramática."
    ),
    "Classes are held in libraries in the evening, when people who work during the day can "
    "come. Each learner is matched with a volunteer who meets them for coffee once a week, "
    "outside any classroom.": (
        "As aulas decorrem ao fim do dia em bibliotecas, quando quem trabalha de dia pode vir. "
        "Cada aluno tem um voluntário com quem toma um café uma vez por semana, fora de qualquer "
        "sala de aula."
    ),
    "The volunteers are retired teachers, students and shop owners. Many say the programme "
    "showed them their own city through new eyes.": (
        "Os voluntários são professores reformados, estudantes e comerciantes. Muitos dizem que "
        "o programa lhes mostrou a própria cidade com outros olhos."
    ),
    "The first time I argued with my landlord in French and won, I called my partner from the "
    "programme before I called my mother.": (
        "Da primeira vez que discuti com o meu senhorio em francês e ganhei, liguei à minha "
        "parceira do programa antes de ligar à minha mãe."
    ),
    "A learner, in the programme's second year": "Um aluno, no segundo ano do programa",
    # Amman
    "It Takes A Community to get through a pandemic": (
        "É preciso uma comunidade para atravessar uma pandemia"
    ),
    "When COVID-19 reached Amman, the city's response counted refugees in from the first day: "
    "food parcels, health information and volunteers who spoke their languages.": (
        "Quando a COVID-19 chegou a Amã, a resposta da cidade incluiu as pessoas refugiadas desde "
        "o primeiro dia: cabazes de alimentos, informação de saúde e voluntários que falavam as "
        "suas línguas."
    ),
    "Amman is home to refugees from Syria, Iraq, Yemen and Sudan. When lockdowns began, many of "
    "them lost daily work overnight.": (
        "Amã acolhe pessoas refugiadas da Síria, do Iraque, do Iémen e do Sudão. Quando começaram "
        "os confinamentos, muitas perderam de um dia para o outro o seu trabalho diário."
    ),
    "The municipality chose to include every resident in its emergency distribution, whatever "
    "their papers, and recruited refugee volunteers to carry health advice into neighbourhoods "
    "in Arabic, Kurdish and Somali.": (
        "O município decidiu incluir todos os residentes na sua distribuição de emergência, "
        "fossem quais fossem os seus documentos, e recrutou voluntários refugiados para levar "
        "conselhos de saúde aos bairros em árabe, curdo e somali."
    ),
    "A virus does not ask for a residence permit. Neither did we.": (
        "Um vírus não pede autorização de residência. Nós também não."
    ),
    "A municipal official": "Um responsável municipal",
    "Amman": "Amã",
    # Athens
    "It Takes A Community to map every open door": (
        "É preciso uma comunidade para mapear cada porta aberta"
    ),
    "Athens built a coordination hub that maps services for migrants and refugees, so that no "
    "one is sent from office to office.": (
        "Atenas criou um centro de coordenação que mapeia os serviços para pessoas migrantes e "
        "refugiadas, para que ninguém seja enviado de gabinete em gabinete."
    ),
    "Dozens of organisations offer help in Athens, from legal advice to language classes. Before "
    "the hub, newcomers found them by word of mouth, if at all.": (
        "Dezenas de organizações oferecem ajuda em Atenas, do apoio jurídico às aulas de língua. "
        "Antes do centro, quem chegava encontrava-as de boca em boca, quando as encontrava."
    ),
    "The city now keeps a shared map of services and a weekly meeting where organisations refer "
    "people to each other. Gaps show up on the map, and the city funds what is missing.": (
        "Hoje a cidade mantém um mapa partilhado de serviços e uma reunião semanal onde as "
        "organizações encaminham pessoas umas para as outras. As lacunas aparecem no mapa, e a "
        "cidade financia o que falta."
    ),
    "Athens": "Atenas",
    # Bristol
    "It Takes A Community to make One City": "É preciso uma comunidade para fazer uma só cidade",
    "Bristol's 'One City' approach housed homeless people during the pandemic, and made sure "
    "migrants without recourse to public funds were not left outside.": (
        "A abordagem «Uma Só Cidade» de Bristol alojou pessoas sem-abrigo durante a pandemia e "
        "garantiu que as pessoas migrantes sem acesso a apoios públicos não ficavam de fora."
    ),
    "In spring 2020 Bristol moved hundreds of people off the streets and into hotels within "
    "days. The city insisted on one rule: everyone sleeping rough was eligible.": (
        "Na primavera de 2020, Bristol tirou centenas de pessoas da rua e alojou-as em hotéis em "
        "poucos dias. A cidade fez questão de uma só regra: todas as pessoas que dormiam na rua "
        "tinham direito."
    ),
    "Caseworkers, charities and faith groups then helped people find longer-term homes. Some of "
    "the migrants housed that spring now volunteer with the same charities.": (
        "Depois, técnicos sociais, associações e grupos religiosos ajudaram as pessoas a "
        "encontrar casas mais duradouras. Algumas das pessoas migrantes alojadas nessa primavera "
        "são hoje voluntárias nessas mesmas associações."
    ),
    "One city means one city. We did not want to decide who counted.": (
        "Uma só cidade quer dizer uma só cidade. Não queríamos decidir quem contava."
    ),
    "A caseworker in the programme": "Uma técnica social do programa",
    "Bristol": "Bristol",
    # Mechelen
    "It Takes A Community to raise a city of many nationalities": (
        "É preciso uma comunidade para fazer crescer uma cidade de muitas nacionalidades"
    ),
    "Mechelen, in Belgium, turned a reputation for tension into one for welcome, with mentoring, "
    "mixed sports clubs and schools that reflect the whole city.": (
        "Malines, na Bélgica, trocou a fama de tensão pela de acolhimento, com mentoria, clubes "
        "desportivos mistos e escolas que refletem toda a cidade."
    ),
    "Around a third of Mechelen's residents have roots abroad, from more than a hundred and "
    "thirty countries. Twenty years ago the city was known for division.": (
        "Cerca de um terço dos habitantes de Malines tem raízes no estrangeiro, em mais de cento "
        "e trinta países. Há vinte anos, a cidade era conhecida pela divisão."
    ),
    "It invested in what brings people together: buddy programmes for newcomers, youth clubs "
    "where teams mix by design, and streets where people from every background are seen doing "
    "ordinary things together.": (
        "Investiu no que une as pessoas: programas de acompanhamento para recém-chegados, clubes "
        "de jovens onde as equipas se misturam de propósito e ruas onde se veem pessoas de todas "
        "as origens a fazer juntas coisas comuns."
    ),
    "We did not ask newcomers to fit in. We asked everyone to show up.": (
        "Não pedimos a quem chegava que se encaixasse. Pedimos a toda a gente que aparecesse."
    ),
    "Lotte Janssens, youth worker": "Lotte Janssens, animadora juvenil",
    "Mechelen": "Malines",
    # Johannesburg
    "It Takes A Community to open a shop and a future": (
        "É preciso uma comunidade para abrir uma loja e um futuro"
    ),
    "In Johannesburg, traders who came from across the continent run a market cooperative that "
    "trains young South Africans in business.": (
        "Em Joanesburgo, comerciantes vindos de todo o continente gerem uma cooperativa de "
        "mercado que forma jovens sul-africanos no negócio."
    ),
    "The cooperative began after a wave of attacks on foreign-owned shops. Traders from Somalia, "
    "Ethiopia, Zimbabwe and Malawi decided that hiding was not an answer.": (
        "A cooperativa nasceu depois de uma onda de ataques a lojas de proprietários "
        "estrangeiros. Comerciantes da Somália, da Etiópia, do Zimbabué e do Malawi decidiram "
        "que esconder-se não era resposta."
    ),
    "They opened their books to local young people and offered apprenticeships in "
    "stock-keeping, pricing and customer service. Several apprentices now run their own stalls "
    "next to their former teachers.": (
        "Abriram as suas contas aos jovens do bairro e ofereceram estágios em gestão de stock, "
        "definição de preços e atendimento ao cliente. Vários aprendizes têm hoje a sua própria "
        "banca ao lado dos antigos mestres."
    ),
    "Johannesburg": "Joanesburgo",
    # São Paulo
    "It Takes A Community to build a neighbourhood from its kitchens": (
        "É preciso uma comunidade para construir um bairro a partir das suas cozinhas"
    ),
    "In São Paulo, Bolivian, Haitian and Venezuelan families turned a weekend food fair into a "
    "meeting point for the whole neighbourhood.": (
        "Em São Paulo, famílias bolivianas, haitianas e venezuelanas transformaram uma feira "
        "gastronómica de fim de semana num ponto de encontro de todo o bairro."
    ),
    "Every Sunday the square fills with stalls selling salteñas, griot and arepas. The fair "
    "started with six families and now has a waiting list.": (
        "Todos os domingos a praça enche-se de bancas de salteñas, griot e arepas. A feira "
        "começou com seis famílias e hoje tem lista de espera."
    ),
    "The city helped with permits and a small fund for equipment. Many stallholders have since "
    "opened restaurants, and employ neighbours born in São Paulo.": (
        "A cidade ajudou com as licenças e um pequeno fundo para equipamento. Desde então, muitos "
        "feirantes abriram restaurantes e empregam vizinhos nascidos em São Paulo."
    ),
    "On Sundays nobody asks where you are from. They ask what you are cooking.": (
        "Aos domingos ninguém pergunta de onde você é. Perguntam o que está a cozinhar."
    ),
    "A stallholder at the fair": "Uma feirante",
    "São Paulo": "São Paulo",
    # Toronto
    "It Takes A Community to make new discoveries": (
        "É preciso uma comunidade para fazer novas descobertas"
    ),
    "A refugee engineer found work through a skills-based hiring programme and now leads a team "
    "that welcomes the next newcomers.": (
        "Uma engenheira refugiada encontrou trabalho através de um programa de contratação "
        "baseado em competências e hoje lidera uma equipa que acolhe os próximos recém-chegados."
    ),
    "She had designed water systems for a decade before she had to flee. In the camp, her "
    "diplomas were of no use to anyone.": (
        "Tinha projetado sistemas de água durante uma década antes de ter de fugir. No campo, os "
        "seus diplomas não serviam a ninguém."
    ),
    "A labour mobility programme matched her skills with an employer looking for engineers. "
    "Three years on, she mentors others who arrive the same way.": (
        "Um programa de mobilidade laboral ligou as suas competências a um empregador que "
        "procurava engenheiros. Três anos depois, é mentora de outras pessoas que chegam pelo "
        "mesmo caminho."
    ),
    "Toronto": "Toronto",
}

STORY_TRANSLATIONS = {"es": SPANISH, "fr": FRENCH, "ar": ARABIC, "pt": PORTUGUESE}

# Translated with the shared pages, by the base (itac.demo.translations):
# the story library's page and the themes.
SHARED_SPANISH = {
    # Themes
    "Inclusion": "Inclusión",
    "Making room at the table for everyone who lives here.": (
        "Hacer sitio en la mesa a todas las personas que viven aquí."
    ),
    "Work and business": "Trabajo y empresa",
    "Jobs created, shops opened, skills shared.": (
        "Empleos creados, tiendas abiertas, habilidades compartidas."
    ),
    "Education": "Educación",
    "Classrooms, mentors and learning together.": "Aulas, mentores y aprender juntos.",
    "Culture and food": "Cultura y gastronomía",
    "Kitchens, music and festivals that bring people in.": (
        "Cocinas, música y fiestas que acercan a la gente."
    ),
    "Language": "Idioma",
    "Learning each other's words, and the doors that opens.": (
        "Aprender las palabras de los demás, y las puertas que eso abre."
    ),
    "Women's empowerment": "Empoderamiento de las mujeres",
    "Women leading and breaking stereotypes.": "Mujeres que lideran y rompen estereotipos.",
    "Youth": "Juventud",
    "Young people shaping the places they grow up in.": (
        "Jóvenes que dan forma a los lugares donde crecen."
    ),
    "Health": "Salud",
    "Caring for neighbours, in a pandemic and every day.": (
        "Cuidar de los vecinos, en una pandemia y cada día."
    ),
    "Housing": "Vivienda",
    "A safe place to live, and the people who make it happen.": (
        "Un lugar seguro donde vivir, y las personas que lo hacen posible."
    ),
    "City leadership": "Liderazgo municipal",
    "Local governments that plan with migrants, not for them.": (
        "Gobiernos locales que planifican con las personas migrantes, no para ellas."
    ),
    # The story library
    "Stories": "Historias",
    "Migrants and refugees, and the neighbours who work, cook, learn and build with them, tell "
    "how their communities grew stronger.": (
        "Personas migrantes y refugiadas, y los vecinos que trabajan, cocinan, aprenden y "
        "construyen con ellas, cuentan cómo sus comunidades se hicieron más fuertes."
    ),
}
SHARED_FRENCH = {
    # Themes
    "Inclusion": "Inclusion",
    "Making room at the table for everyone who lives here.": (
        "Faire de la place à table pour toutes celles et ceux qui vivent ici."
    ),
    "Work and business": "Travail et entreprise",
    "Jobs created, shops opened, skills shared.": (
        "Des emplois créés, des commerces ouverts, des savoir-faire partagés."
    ),
    "Education": "Éducation",
    "Classrooms, mentors and learning together.": "Des classes, des mentors et apprendre ensemble.",
    "Culture and food": "Culture et cuisine",
    "Kitchens, music and festivals that bring people in.": (
        "Des cuisines, de la musique et des fêtes qui rassemblent."
    ),
    "Language": "Langue",
    "Learning each other's words, and the doors that opens.": (
        "Apprendre les mots des autres, et les portes que cela ouvre."
    ),
    "Women's empowerment": "Autonomisation des femmes",
    "Women leading and breaking stereotypes.": (
        "Des femmes qui mènent et brisent les stéréotypes."
    ),
    "Youth": "Jeunesse",
    "Young people shaping the places they grow up in.": (
        "Des jeunes qui façonnent les lieux où ils grandissent."
    ),
    "Health": "Santé",
    "Caring for neighbours, in a pandemic and every day.": (
        "Prendre soin de ses voisins, pendant une pandémie et chaque jour."
    ),
    "Housing": "Logement",
    "A safe place to live, and the people who make it happen.": (
        "Un lieu sûr où vivre, et les personnes qui le rendent possible."
    ),
    "City leadership": "Action municipale",
    "Local governments that plan with migrants, not for them.": (
        "Des collectivités locales qui planifient avec les personnes migrantes, pas à leur place."
    ),
    # The story library
    "Stories": "Histoires",
    "Migrants and refugees, and the neighbours who work, cook, learn and build with them, tell "
    "how their communities grew stronger.": (
        "Des personnes migrantes et réfugiées, et les voisins qui travaillent, cuisinent, "
        "apprennent et construisent avec elles, racontent comment leurs communautés sont "
        "devenues plus fortes."
    ),
}
SHARED_ARABIC = {
    # Themes
    "Inclusion": "الإدماج",
    "Making room at the table for everyone who lives here.": (
        "إفساح مكان على المائدة لكل من يعيش هنا."
    ),
    "Work and business": "العمل والأعمال",
    "Jobs created, shops opened, skills shared.": "وظائف تُخلق، ومتاجر تُفتح، ومهارات تُتبادل.",
    "Education": "التعليم",
    "Classrooms, mentors and learning together.": "فصول دراسية، ومرشدون، وتعلّم مشترك.",
    "Culture and food": "الثقافة والطعام",
    "Kitchens, music and festivals that bring people in.": "مطابخ وموسيقى ومهرجانات تجمع الناس.",
    "Language": "اللغة",
    "Learning each other's words, and the doors that opens.": (
        "أن يتعلم كلٌّ منا كلمات الآخر، والأبواب التي يفتحها ذلك."
    ),
    "Women's empowerment": "تمكين المرأة",
    "Women leading and breaking stereotypes.": "نساء يقدن ويكسرن الصور النمطية.",
    "Youth": "الشباب",
    "Young people shaping the places they grow up in.": "شباب يصوغون الأماكن التي يكبرون فيها.",
    "Health": "الصحة",
    "Caring for neighbours, in a pandemic and every day.": "رعاية الجيران، في الجائحة وفي كل يوم.",
    "Housing": "السكن",
    "A safe place to live, and the people who make it happen.": (
        "مكان آمن للعيش، والناس الذين يجعلونه ممكنًا."
    ),
    "City leadership": "قيادة المدن",
    "Local governments that plan with migrants, not for them.": (
        "حكومات محلية تخطط مع المهاجرين، لا نيابة عنهم."
    ),
    # The story library
    "Stories": "القصص",
    "Migrants and refugees, and the neighbours who work, cook, learn and build with them, tell "
    "how their communities grew stronger.": (
        "يروي المهاجرون واللاجئون، والجيران الذين يعملون ويطهون ويتعلمون ويبنون معهم، كيف أصبحت "
        "مجتمعاتهم أقوى."
    ),
}
SHARED_PORTUGUESE = {
    # Themes
    "Inclusion": "Inclusão",
    "Making room at the table for everyone who lives here.": (
        "Abrir lugar à mesa para todas as pessoas que vivem aqui."
    ),
    "Work and business": "Trabalho e empresas",
    "Jobs created, shops opened, skills shared.": (
        "Empregos criados, lojas abertas, competências partilhadas."
    ),
    "Education": "Educação",
    "Classrooms, mentors and learning together.": "Salas de aula, mentores e aprender juntos.",
    "Culture and food": "Cultura e gastronomia",
    "Kitchens, music and festivals that bring people in.": (
        "Cozinhas, música e festas que aproximam as pessoas."
    ),
    "Language": "Língua",
    "Learning each other's words, and the doors that opens.": (
        "Aprender as palavras uns dos outros, e as portas que isso abre."
    ),
    "Women's empowerment": "Empoderamento das mulheres",
    "Women leading and breaking stereotypes.": "Mulheres que lideram e quebram estereótipos.",
    "Youth": "Juventude",
    "Young people shaping the places they grow up in.": (
        "Jovens que dão forma aos lugares onde crescem."
    ),
    "Health": "Saúde",
    "Caring for neighbours, in a pandemic and every day.": (
        "Cuidar dos vizinhos, numa pandemia e todos os dias."
    ),
    "Housing": "Habitação",
    "A safe place to live, and the people who make it happen.": (
        "Um lugar seguro para viver, e as pessoas que o tornam possível."
    ),
    "City leadership": "Liderança municipal",
    "Local governments that plan with migrants, not for them.": (
        "Governos locais que planeiam com as pessoas migrantes, e não por elas."
    ),
    # The story library
    "Stories": "Histórias",
    "Migrants and refugees, and the neighbours who work, cook, learn and build with them, tell "
    "how their communities grew stronger.": (
        "Pessoas migrantes e refugiadas, e os vizinhos que trabalham, cozinham, aprendem e "
        "constroem com elas, contam como as suas comunidades ficaram mais fortes."
    ),
}
SHARED_PAGE_TRANSLATIONS = {
    "es": SHARED_SPANISH,
    "fr": SHARED_FRENCH,
    "ar": SHARED_ARABIC,
    "pt": SHARED_PORTUGUESE,
}
