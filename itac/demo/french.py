"""French words of the demo site (pages and snippets), for itac.demo.translations."""

from itac.demo import content

FRENCH = {
    # Home
    "It Takes A Community": "It Takes A Community",
    "It Takes A Community: migrants and refugees strengthen our communities": (
        "It Takes A Community : les personnes migrantes et réfugiées renforcent nos communautés"
    ),
    "Stories of how migrants and refugees strengthen the communities they live in.": (
        "Des histoires sur la façon dont les personnes migrantes et réfugiées renforcent les "
        "communautés où elles vivent."
    ),
    "It takes a community to welcome, to include, to belong": (
        "Il faut une communauté pour accueillir, pour inclure, pour appartenir"
    ),
    "Migrants and refugees cook in our kitchens, teach in our schools, open our shops and care "
    "for our neighbours. #ItTakesACommunity gathers the stories that show it, and invites you to "
    "add yours.": (
        "Les personnes migrantes et réfugiées cuisinent dans nos cuisines, enseignent dans nos "
        "écoles, ouvrent nos commerces et prennent soin de nos voisins. #ItTakesACommunity "
        "rassemble les histoires qui le montrent, et vous invite à ajouter la vôtre."
    ),
    # The home page's main calls to action
    "Share a story": "Partagez une histoire",
    "Yours, a neighbour's, a co-worker's or a classmate's: tell us how a community grew stronger "
    "together.": (
        "La vôtre, celle d'un voisin, d'une collègue ou d'un camarade de classe : racontez-nous "
        "comment une communauté est devenue plus forte ensemble."
    ),
    "Share your story": "Partagez votre histoire",
    "Take the pledge": "Prenez l'engagement",
    "Join the people, cities and organisations around the world who stand for welcoming "
    "communities.": (
        "Rejoignez les personnes, les villes et les organisations du monde entier qui défendent "
        "des communautés accueillantes."
    ),
    "Lead the campaign where you live": "Menez la campagne là où vous vivez",
    "Templates, sample messages and short videos to adapt with a local caption.": (
        "Des modèles, des exemples de messages et de courtes vidéos à adapter avec une légende "
        "locale."
    ),
    "Get the toolkit": "Obtenez la boîte à outils",
    # About
    "About the campaign": "À propos de la campagne",
    "Where #ITAC comes from, who leads it and what it has done.": (
        "D'où vient #ITAC, qui la mène et ce qu'elle a accompli."
    ),
    "How a working group of governments, cities and partners set out to change the way we talk "
    "about migration.": (
        "Comment un groupe de travail de gouvernements, de villes et de partenaires a entrepris "
        "de changer notre façon de parler des migrations."
    ),
    "Why the campaign exists": "Pourquoi la campagne existe",
    "It Takes A Community (#ITAC) is an international communications campaign about the "
    "difference migrants and refugees make to the places they live. It answers xenophobia and "
    'discrimination with everyday stories, and speaks above all to the "moveable middle": people '
    "who have not made up their minds.": (
        "It Takes A Community (#ITAC) est une campagne de communication internationale sur ce "
        "que les personnes migrantes et réfugiées apportent aux lieux où elles vivent. Elle "
        "répond à la xénophobie et aux discriminations par des histoires du quotidien, et "
        "s'adresse avant tout au « centre mobile » : les personnes qui ne se sont pas encore "
        "fait d'opinion."
    ),
    "The four letters also stand for what communities build together: Inclusion, Tolerance, "
    "Adaptation and Collaboration.": (
        "Ses quatre lettres désignent aussi ce que les communautés construisent ensemble : "
        "Inclusion, Tolérance, Adaptation et Collaboration."
    ),
    "Where it comes from": "D'où elle vient",
    "The campaign grew out of the Ad Hoc Working Group on Public Narratives on Migration of the "
    "Global Forum on Migration and Development (GFMD). The Government of Canada, the Government "
    "of Ecuador and the GFMD Mayors Mechanism co-chair it, and the International Organization "
    "for Migration (IOM) puts it into practice.": (
        "La campagne est née du groupe de travail ad hoc sur les discours publics sur les "
        "migrations du Forum mondial sur la migration et le développement (FMMD). Le "
        "gouvernement du Canada, le gouvernement de l'Équateur et le Mécanisme des maires du "
        "FMMD la coprésident, et l'Organisation internationale pour les migrations (OIM) la met "
        "en œuvre."
    ),
    "It began quietly on International Migrants Day, 18 December 2020, and launched officially "
    "in March 2021. A second phase, from autumn 2022 through 2023, turned to Central and South "
    "America.": (
        "Elle a commencé discrètement lors de la Journée internationale des migrants, le "
        "18 décembre 2020, et a été lancée officiellement en mars 2021. Une deuxième phase, de "
        "l'automne 2022 à 2023, s'est tournée vers l'Amérique centrale et l'Amérique du Sud."
    ),
    "No one builds a city alone. Every newcomer is a neighbour in the making.": (
        "Personne ne bâtit une ville seul. Chaque nouvel arrivant est un voisin en devenir."
    ),
    "A campaign leader in São Paulo": "Une responsable de la campagne à São Paulo",
    "The campaign in figures": "La campagne en chiffres",
    "The first year ran on a budget of USD 50,000 and reached about 6.4 million impressions on "
    "social media. The second phase had USD 267,821.": (
        "La première année a fonctionné avec un budget de 50 000 USD et a atteint environ "
        "6,4 millions d'impressions sur les réseaux sociaux. La deuxième phase a disposé de "
        "267 821 USD."
    ),
    "Yours to adapt": "À vous de l'adapter",
    "The campaign carries no logo on purpose: any city, school, business or neighbourhood group "
    "can take the toolkit, add a local caption and make it its own.": (
        "La campagne ne porte volontairement aucun logo : toute ville, école, entreprise ou "
        "association de quartier peut prendre la boîte à outils, ajouter une légende locale et "
        "se l'approprier."
    ),
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
    # Share your story
    "Tell us how a community grew stronger with migrants and refugees.": (
        "Racontez-nous comment une communauté est devenue plus forte avec les personnes "
        "migrantes et réfugiées."
    ),
    "Has a neighbour, a co-worker, a classmate or your own family shown what a community gains "
    "when newcomers belong? Tell us. A moderator reads every story before anything is published, "
    "and you choose how you are named: by your full name, your first name, a pseudonym, or not "
    "at all.": (
        "Un voisin, une collègue, un camarade de classe ou votre propre famille a-t-il montré ce "
        "qu'une communauté gagne quand les nouveaux arrivants en font partie ? Racontez-le-nous. "
        "Une personne de la modération lit chaque histoire avant toute publication, et vous "
        "choisissez comment vous êtes nommé : par votre nom complet, votre prénom, un pseudonyme "
        "ou pas du tout."
    ),
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
    # The story library
    "Stories": "Histoires",
    "Migrants and refugees, and the neighbours who work, cook, learn and build with them, tell "
    "how their communities grew stronger.": (
        "Des personnes migrantes et réfugiées, et les voisins qui travaillent, cuisinent, "
        "apprennent et construisent avec elles, racontent comment leurs communautés sont "
        "devenues plus fortes."
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
    # Privacy
    "Privacy": "Confidentialité",
    "What the campaign keeps about you, and how to have it removed.": (
        "Ce que la campagne conserve à votre sujet, et comment le faire supprimer."
    ),
    "Storytellers trust us with their lives. This is how we look after what they and every "
    "visitor send us.": (
        "Les personnes qui racontent leur histoire nous confient leur vie. Voici comment nous "
        "prenons soin de ce qu'elles et chaque visiteur nous envoient."
    ),
    "What we keep, and why": "Ce que nous conservons, et pourquoi",
    "When you share a story we keep what you send us so that a moderator can read it. Nothing "
    "is published before a moderator approves it, and only as you chose to be shown: full name, "
    "first name, a pseudonym, or anonymously.": (
        "Quand vous partagez une histoire, nous conservons ce que vous nous envoyez pour qu'une "
        "personne de la modération puisse le lire. Rien n'est publié avant son approbation, et "
        "seulement sous la forme que vous avez choisie : nom complet, prénom, pseudonyme ou "
        "anonymat."
    ),
    "Your contact email, if you give it, is seen only by our moderators and is never published. "
    "We write to you only if you ticked the box that allows it.": (
        "Votre adresse e-mail, si vous la donnez, n'est vue que par notre équipe de modération "
        "et n'est jamais publiée. Nous ne vous écrivons que si vous avez coché la case qui le "
        "permet."
    ),
    "Photos": "Photos",
    "Before a photo is stored we remove everything hidden in it: location, camera details and "
    "dates. File names are replaced with random ones.": (
        "Avant d'enregistrer une photo, nous en retirons tout ce qui y est caché : lieu, "
        "informations sur l'appareil et dates. Les noms de fichiers sont remplacés par des noms "
        "aléatoires."
    ),
    "Removing your story": "Retirer votre histoire",
    "You can ask us to remove your story at any time, and we will, without asking why. Rejected "
    "or abandoned submissions are deleted after 90 days.": (
        "Vous pouvez nous demander de retirer votre histoire à tout moment, et nous le ferons "
        "sans demander pourquoi. Les envois refusés ou abandonnés sont supprimés après 90 jours."
    ),
    "No trackers": "Aucun traceur",
    "This site loads nothing from other companies: no analytics, no advertising, no external "
    "fonts or scripts.": (
        "Ce site ne charge rien d'autres entreprises : ni mesure d'audience, ni publicité, ni "
        "polices ou scripts externes."
    ),
    # The footer
    content.FOOTER_TEXT: (
        "It Takes A Community est une campagne du groupe de travail du FMMD sur les discours "
        "publics, coprésidé par le Canada, l'Équateur et le Mécanisme des maires du FMMD, avec "
        "l'OIM."
    ),
}
