"""French words of the demo's shared pages and snippets, for itac.demo.translations."""

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
