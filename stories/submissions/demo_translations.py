"""Spanish, French, Arabic and Portuguese words of the demo's "Share your story" page."""

# Translated with the shared pages, by the base (itac.demo.translations):
# the "Share your story" page.
SHARED_SPANISH = {
    # Share your story
    "Tell us how a community grew stronger with migrants and refugees.": (
        "Cuéntanos cómo una comunidad se hizo más fuerte con las personas migrantes y refugiadas."
    ),
    "Has a neighbour, a co-worker, a classmate or your own family shown what a community gains "
    "when newcomers belong? Tell us. A moderator reads every story before anything is published, "
    "and you choose how you are named: by your full name, your first name, a pseudonym, or not "
    "at all.": (
        "¿Un vecino, una compañera de trabajo, un compañero de clase o tu propia familia han "
        "mostrado lo que gana una comunidad cuando quienes llegan forman parte de ella? "
        "Cuéntanoslo. Una persona moderadora lee cada historia antes de que se publique nada, y "
        "tú eliges cómo te nombramos: con tu nombre completo, tu nombre de pila, un seudónimo o "
        "sin nombre."
    ),
}
SHARED_FRENCH = {
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
}
SHARED_ARABIC = {
    # Share your story
    "Tell us how a community grew stronger with migrants and refugees.": (
        "أخبرنا كيف أصبح مجتمع أقوى بفضل المهاجرين واللاجئين."
    ),
    "Has a neighbour, a co-worker, a classmate or your own family shown what a community gains "
    "when newcomers belong? Tell us. A moderator reads every story before anything is published, "
    "and you choose how you are named: by your full name, your first name, a pseudonym, or not "
    "at all.": (
        "هل أظهر جار أو زميل عمل أو زميل دراسة أو أفراد أسرتك ما يكسبه المجتمع حين يصبح القادمون "
        "الجدد جزءًا منه؟ أخبرنا. يقرأ أحد المشرفين كل قصة قبل نشر أي شيء، وأنت تختار كيف تُذكر: "
        "باسمك الكامل أو باسمك الأول أو باسم مستعار أو دون اسم."
    ),
}
SHARED_PORTUGUESE = {
    # Share your story
    "Tell us how a community grew stronger with migrants and refugees.": (
        "Conte-nos como uma comunidade ficou mais forte com pessoas migrantes e refugiadas."
    ),
    "Has a neighbour, a co-worker, a classmate or your own family shown what a community gains "
    "when newcomers belong? Tell us. A moderator reads every story before anything is published, "
    "and you choose how you are named: by your full name, your first name, a pseudonym, or not "
    "at all.": (
        "Um vizinho, uma colega de trabalho, um colega de turma ou a sua própria família "
        "mostraram o que uma comunidade ganha quando quem chega passa a fazer parte dela? "
        "Conte-nos. Uma pessoa da moderação lê cada história antes de qualquer publicação, e é "
        "você quem escolhe como é identificado: pelo nome completo, pelo primeiro nome, por um "
        "pseudónimo ou sem nome."
    ),
}
SHARED_PAGE_TRANSLATIONS = {
    "es": SHARED_SPANISH,
    "fr": SHARED_FRENCH,
    "ar": SHARED_ARABIC,
    "pt": SHARED_PORTUGUESE,
}
