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

# The shared pages, translated in this order (the home page first: the others go under it).
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


def locales():
    """(locale, strings) for each language the demo is translated into."""
    for language_code, strings in TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is not None:
            yield locale, strings


def load(home, app_demos=()):
    """The shared pages, the CTAs, the footer and the snippets the apps' demos name (`app_demos`:
    itac.demo.app_demo_modules; the themes, the categories) in every language."""
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
    for locale, strings in locales():
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
