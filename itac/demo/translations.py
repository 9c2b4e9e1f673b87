"""Spanish, French, Arabic and Portuguese translations of the demo site, made through
wagtail-localize.

Each English string gets a human translation in wagtail-localize's translation memory, and the
translated page or snippet is then built from it exactly as the admin's translation editor does,
so translators see these translations (and what has gone out of date) in the admin. Strings left
out here fall back to English. Safe to run again: what is already translated is left alone.
"""

from django.db.models import Q

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from itac.demo import content, more_pages
from itac.demo.french import FRENCH
from itac.demo.portuguese import PORTUGUESE
from itac.models import CallToAction, FooterText

# The shared pages, translated in this order (the home page first: the others go under it); the
# apps made all but the first three, and bring their words (shared_page_translations).
PAGE_SLUGS = [
    "home",
    "about",
    "privacy",
    "stories",
    "partners",
    "events",
    "toolkit",
    "pledge",
    "share-your-story",
]

SPANISH = {
    # Home
    "It Takes A Community": "It Takes A Community",
    "It Takes A Community: migrants and refugees strengthen our communities": (
        "It Takes A Community: las personas migrantes y refugiadas fortalecen nuestras comunidades"
    ),
    "Stories of how migrants and refugees strengthen the communities they live in.": (
        "Historias de cómo las personas migrantes y refugiadas fortalecen las comunidades en las "
        "que viven."
    ),
    "It takes a community to welcome, to include, to belong": (
        "Hace falta una comunidad para acoger, para incluir, para pertenecer"
    ),
    "Migrants and refugees cook in our kitchens, teach in our schools, open our shops and care "
    "for our neighbours. #ItTakesACommunity gathers the stories that show it, and invites you to "
    "add yours.": (
        "Las personas migrantes y refugiadas cocinan en nuestras cocinas, enseñan en nuestras "
        "escuelas, abren nuestras tiendas y cuidan de nuestros vecinos. #ItTakesACommunity reúne "
        "las historias que lo demuestran y te invita a sumar la tuya."
    ),
    # The home page's main calls to action
    "Share a story": "Comparte una historia",
    "Yours, a neighbour's, a co-worker's or a classmate's: tell us how a community grew stronger "
    "together.": (
        "La tuya, la de un vecino, una compañera de trabajo o un compañero de clase: cuéntanos "
        "cómo una comunidad se hizo más fuerte unida."
    ),
    "Share your story": "Comparte tu historia",
    "Take the pledge": "Súmate al compromiso",
    "Join the people, cities and organisations around the world who stand for welcoming "
    "communities.": (
        "Únete a las personas, ciudades y organizaciones de todo el mundo que defienden "
        "comunidades acogedoras."
    ),
    "Lead the campaign where you live": "Lidera la campaña donde vives",
    "Templates, sample messages and short videos to adapt with a local caption.": (
        "Plantillas, mensajes de ejemplo y vídeos cortos para adaptar con un texto local."
    ),
    "Get the toolkit": "Descarga el kit de herramientas",
    # About
    "About the campaign": "Sobre la campaña",
    "Where #ITAC comes from, who leads it and what it has done.": (
        "De dónde viene #ITAC, quién la dirige y qué ha logrado."
    ),
    "How a working group of governments, cities and partners set out to change the way we talk "
    "about migration.": (
        "Cómo un grupo de trabajo de gobiernos, ciudades y socios se propuso cambiar la forma en "
        "que hablamos de la migración."
    ),
    "Why the campaign exists": "Por qué existe la campaña",
    "It Takes A Community (#ITAC) is an international communications campaign about the "
    "difference migrants and refugees make to the places they live. It answers xenophobia and "
    'discrimination with everyday stories, and speaks above all to the "moveable middle": people '
    "who have not made up their minds.": (
        "It Takes A Community (#ITAC) es una campaña internacional de comunicación sobre lo que "
        "aportan las personas migrantes y refugiadas a los lugares donde viven. Responde a la "
        "xenofobia y la discriminación con historias cotidianas y se dirige sobre todo al «centro "
        "movible»: las personas que aún no se han formado una opinión."
    ),
    "The four letters also stand for what communities build together: Inclusion, Tolerance, "
    "Adaptation and Collaboration.": (
        "Sus cuatro letras también nombran lo que las comunidades construyen juntas: Inclusión, "
        "Tolerancia, Adaptación y Colaboración."
    ),
    "Where it comes from": "De dónde viene",
    "The campaign grew out of the Ad Hoc Working Group on Public Narratives on Migration of the "
    "Global Forum on Migration and Development (GFMD). The Government of Canada, the Government "
    "of Ecuador and the GFMD Mayors Mechanism co-chair it, and the International Organization "
    "for Migration (IOM) puts it into practice.": (
        "La campaña nació del Grupo de Trabajo Ad Hoc sobre Narrativas Públicas de la Migración "
        "del Foro Mundial sobre Migración y Desarrollo (FMMD). La copresiden el Gobierno de "
        "Canadá, el Gobierno de Ecuador y el Mecanismo de Alcaldías del FMMD, y la Organización "
        "Internacional para las Migraciones (OIM) la lleva a la práctica."
    ),
    "It began quietly on International Migrants Day, 18 December 2020, and launched officially "
    "in March 2021. A second phase, from autumn 2022 through 2023, turned to Central and South "
    "America.": (
        "Comenzó discretamente el Día Internacional del Migrante, el 18 de diciembre de 2020, y "
        "se lanzó oficialmente en marzo de 2021. Una segunda fase, desde el otoño de 2022 hasta "
        "2023, se centró en Centroamérica y Sudamérica."
    ),
    "No one builds a city alone. Every newcomer is a neighbour in the making.": (
        "Nadie construye una ciudad solo. Cada persona recién llegada es un vecino en camino."
    ),
    "A campaign leader in São Paulo": "Una líder de la campaña en São Paulo",
    "The campaign in figures": "La campaña en cifras",
    "The first year ran on a budget of USD 50,000 and reached about 6.4 million impressions on "
    "social media. The second phase had USD 267,821.": (
        "El primer año contó con un presupuesto de 50 000 USD y alcanzó unos 6,4 millones de "
        "impresiones en redes sociales. La segunda fase dispuso de 267 821 USD."
    ),
    "Yours to adapt": "Para que la hagas tuya",
    "The campaign carries no logo on purpose: any city, school, business or neighbourhood group "
    "can take the toolkit, add a local caption and make it its own.": (
        "La campaña no lleva logotipo a propósito: cualquier ciudad, escuela, empresa o grupo "
        "vecinal puede tomar el kit de herramientas, añadir un texto local y hacerla suya."
    ),
}

ARABIC = {
    # Home
    "It Takes A Community": "It Takes A Community",
    "It Takes A Community: migrants and refugees strengthen our communities": (
        "It Takes A Community: المهاجرون واللاجئون يقوّون مجتمعاتنا"
    ),
    "Stories of how migrants and refugees strengthen the communities they live in.": (
        "قصص عن الطريقة التي يقوّي بها المهاجرون واللاجئون المجتمعات التي يعيشون فيها."
    ),
    "It takes a community to welcome, to include, to belong": (
        "يتطلب الأمر مجتمعًا كي نرحّب، وكي نحتضن، وكي ننتمي"
    ),
    "Migrants and refugees cook in our kitchens, teach in our schools, open our shops and care "
    "for our neighbours. #ItTakesACommunity gathers the stories that show it, and invites you to "
    "add yours.": (
        "يطهو المهاجرون واللاجئون في مطابخنا، ويعلّمون في مدارسنا، ويفتحون متاجرنا، ويعتنون "
        "بجيراننا. تجمع حملة #ItTakesACommunity القصص التي تشهد على ذلك، وتدعوك إلى إضافة قصتك."
    ),
    # The home page's main calls to action
    "Share a story": "شارك قصة",
    "Yours, a neighbour's, a co-worker's or a classmate's: tell us how a community grew stronger "
    "together.": (
        "قصتك أو قصة جار أو زميل عمل أو زميل دراسة: أخبرنا كيف أصبح مجتمع أقوى بتكاتف أهله."
    ),
    "Share your story": "شارك قصتك",
    "Take the pledge": "قدّم تعهدك",
    "Join the people, cities and organisations around the world who stand for welcoming "
    "communities.": ("انضم إلى الأفراد والمدن والمؤسسات حول العالم الذين يناصرون مجتمعات مرحّبة."),
    "Lead the campaign where you live": "قُد الحملة حيث تعيش",
    "Templates, sample messages and short videos to adapt with a local caption.": (
        "قوالب ورسائل نموذجية ومقاطع فيديو قصيرة تكيّفها بتعليق محلي."
    ),
    "Get the toolkit": "احصل على مجموعة الأدوات",
    # About
    "About the campaign": "عن الحملة",
    "Where #ITAC comes from, who leads it and what it has done.": (
        "من أين جاءت حملة #ITAC، ومن يقودها، وما الذي حققته."
    ),
    "How a working group of governments, cities and partners set out to change the way we talk "
    "about migration.": (
        "كيف شرع فريق عمل من الحكومات والمدن والشركاء في تغيير طريقة حديثنا عن الهجرة."
    ),
    "Why the campaign exists": "لماذا وُجدت الحملة",
    "It Takes A Community (#ITAC) is an international communications campaign about the "
    "difference migrants and refugees make to the places they live. It answers xenophobia and "
    'discrimination with everyday stories, and speaks above all to the "moveable middle": people '
    "who have not made up their minds.": (
        "حملة It Takes A Community ‏(#ITAC) حملة تواصل دولية عن الأثر الذي يحدثه المهاجرون "
        "واللاجئون في الأماكن التي يعيشون فيها. تردّ على كراهية الأجانب والتمييز بقصص من الحياة "
        "اليومية، وتخاطب قبل كل شيء «الوسط المتحرك»: الناس الذين لم يحسموا رأيهم بعد."
    ),
    "The four letters also stand for what communities build together: Inclusion, Tolerance, "
    "Adaptation and Collaboration.": (
        "وترمز حروفها الأربعة أيضًا إلى ما تبنيه المجتمعات معًا: الإدماج والتسامح والتكيّف والتعاون."
    ),
    "Where it comes from": "من أين جاءت",
    "The campaign grew out of the Ad Hoc Working Group on Public Narratives on Migration of the "
    "Global Forum on Migration and Development (GFMD). The Government of Canada, the Government "
    "of Ecuador and the GFMD Mayors Mechanism co-chair it, and the International Organization "
    "for Migration (IOM) puts it into practice.": (
        "نشأت الحملة عن فريق العمل المخصص للسرديات العامة حول الهجرة التابع للمنتدى العالمي "
        "للهجرة والتنمية. وتشترك في رئاستها حكومة كندا وحكومة الإكوادور وآلية رؤساء البلديات "
        "في المنتدى، وتتولى المنظمة الدولية للهجرة تنفيذها."
    ),
    "It began quietly on International Migrants Day, 18 December 2020, and launched officially "
    "in March 2021. A second phase, from autumn 2022 through 2023, turned to Central and South "
    "America.": (
        "بدأت الحملة بهدوء في اليوم الدولي للمهاجرين، 18 ديسمبر 2020، وأُطلقت رسميًا في مارس "
        "2021. واتجهت مرحلة ثانية، من خريف 2022 حتى 2023، إلى أمريكا الوسطى والجنوبية."
    ),
    "No one builds a city alone. Every newcomer is a neighbour in the making.": (
        "لا أحد يبني مدينة وحده. كل قادم جديد هو جار في طور التكوين."
    ),
    "A campaign leader in São Paulo": "إحدى قائدات الحملة في ساو باولو",
    "The campaign in figures": "الحملة بالأرقام",
    "The first year ran on a budget of USD 50,000 and reached about 6.4 million impressions on "
    "social media. The second phase had USD 267,821.": (
        "عملت الحملة في عامها الأول بميزانية قدرها 50000 دولار أمريكي، وبلغت نحو 6.4 مليون ظهور "
        "على وسائل التواصل الاجتماعي. وبلغت ميزانية المرحلة الثانية 267821 دولارًا أمريكيًا."
    ),
    "Yours to adapt": "لك أن تكيّفها",
    "The campaign carries no logo on purpose: any city, school, business or neighbourhood group "
    "can take the toolkit, add a local caption and make it its own.": (
        "لا تحمل الحملة شعارًا عن قصد: يمكن لأي مدينة أو مدرسة أو شركة أو مجموعة من الجيران أن "
        "تأخذ مجموعة الأدوات، وتضيف تعليقًا محليًا، وتجعل الحملة حملتها."
    ),
}

SPANISH[content.FOOTER_TEXT] = (
    "It Takes A Community es una campaña del grupo de trabajo del FMMD sobre narrativas "
    "públicas, copresidido por Canadá, Ecuador y el Mecanismo de Alcaldes del FMMD, con la OIM."
)
ARABIC[content.FOOTER_TEXT] = (
    "حملة «It Takes A Community» مبادرة من فريق عمل المنتدى العالمي للهجرة والتنمية المعني "
    "بالسرديات العامة، يشارك في رئاسته كندا والإكوادور وآلية رؤساء البلديات في المنتدى، "
    "بالتعاون مع المنظمة الدولية للهجرة."
)
SPANISH.update(more_pages.SPANISH)
ARABIC.update(more_pages.ARABIC)
TRANSLATIONS = {"es": SPANISH, "fr": FRENCH, "ar": ARABIC, "pt": PORTUGUESE}


def translate(instance, locale, strings):
    """Translate one page or snippet into `locale` with wagtail-localize, unless it already is."""
    if instance.has_translation(locale):
        return None
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    # What the admin's translation editor keeps: translators see progress and later changes.
    Translation.objects.get_or_create(source=source, target_locale=locale)
    is_page = isinstance(instance, Page)
    translated, _created = source.create_or_update_translation(
        locale, publish=not is_page, copy_parent_pages=True, fallback=True
    )
    if is_page:
        # Published now rather than when the transaction commits (as save_target would), so
        # that a later publication cannot restore a stale copy of the translated home page's tree
        # fields over the children added to it since.
        translated.get_latest_revision().publish()
    return instance.get_translation(locale)


def shared_strings(app_demos=()):
    """{language code: strings} for the shared pages: the base's own, and those the apps' demos
    bring for their pages and snippets translated with them (`shared_page_translations`)."""
    strings = {code: dict(words) for code, words in TRANSLATIONS.items()}
    for module in app_demos:
        if hasattr(module, "shared_page_translations"):
            for code, words in module.shared_page_translations().items():
                strings[code].update(words)
    return strings


def locales(app_demos=()):
    """(locale, strings) for each language the demo is translated into."""
    for language_code, strings in shared_strings(app_demos).items():
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is not None:
            yield locale, strings


def load(home, app_demos=()):
    """The shared pages (the home page, and the pages of PAGE_SLUGS the apps made), the CTAs, the
    footer and the snippets the apps' demos name (`app_demos`: itac.demo.app_demo_modules; the
    themes, the categories) in every language, with the apps' words for theirs."""
    english = home.locale
    children = {page.slug: page for page in Page.objects.child_of(home).filter(locale=english)}
    pages = [home] + [children[slug].specific for slug in PAGE_SLUGS[1:] if slug in children]
    snippets = [
        *(
            snippet
            for module in app_demos
            if hasattr(module, "translatable_snippets")
            for snippet in module.translatable_snippets(english)
        ),
        # The home page's main actions, so that its translation shows them in its language.
        *CallToAction.objects.filter(Q(locale=english), ~Q(heading="")),
        *FooterText.objects.filter(locale=english),
    ]
    for locale, strings in locales(app_demos):
        # Snippets first: the translated home page then points at the translated actions.
        for snippet in snippets:
            translate(snippet, locale, strings)
        for page in pages:
            translate(page, locale, strings)


def translate_pages(pages, strings_by_language):
    """Translate each of `pages` (or snippets) into each language of {language code: strings},
    when not translated yet."""
    for language_code, strings in strings_by_language.items():
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None:
            continue
        for page in pages:
            translate(page, locale, strings)
