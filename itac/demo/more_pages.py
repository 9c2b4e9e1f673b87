"""Spanish and Arabic words of the demo's privacy page.

Kept apart from itac.demo.translations (home, about, calls to action) so each file stays
readable; translations.py merges them. The apps' own pages bring their words
(`shared_page_translations` of their demo modules).
"""

SPANISH = {
    # Privacy
    "Privacy": "Privacidad",
    "What the campaign keeps about you, and how to have it removed.": (
        "Qué guarda la campaña sobre ti y cómo pedir que lo borre."
    ),
    "Storytellers trust us with their lives. This is how we look after what they and every "
    "visitor send us.": (
        "Quienes nos cuentan su historia nos confían su vida. Así cuidamos lo que nos envían "
        "ellos y cada visitante."
    ),
    "What we keep, and why": "Qué guardamos y por qué",
    "When you share a story we keep what you send us so that a moderator can read it. Nothing "
    "is published before a moderator approves it, and only as you chose to be shown: full name, "
    "first name, a pseudonym, or anonymously.": (
        "Cuando compartes una historia guardamos lo que nos envías para que una persona "
        "moderadora pueda leerlo. No se publica nada antes de que lo apruebe, y solo como "
        "elegiste aparecer: con tu nombre completo, tu nombre de pila, un seudónimo o de forma "
        "anónima."
    ),
    "Your contact email, if you give it, is seen only by our moderators and is never published. "
    "We write to you only if you ticked the box that allows it.": (
        "Tu correo de contacto, si nos lo das, solo lo ven nuestras personas moderadoras y nunca "
        "se publica. Solo te escribimos si marcaste la casilla que lo permite."
    ),
    "Photos": "Fotos",
    "Before a photo is stored we remove everything hidden in it: location, camera details and "
    "dates. File names are replaced with random ones.": (
        "Antes de guardar una foto eliminamos todo lo que lleva oculto: ubicación, datos de la "
        "cámara y fechas. Los nombres de archivo se sustituyen por otros al azar."
    ),
    "Removing your story": "Retirar tu historia",
    "You can ask us to remove your story at any time, and we will, without asking why. Rejected "
    "or abandoned submissions are deleted after 90 days.": (
        "Puedes pedirnos que retiremos tu historia en cualquier momento y lo haremos sin "
        "preguntar por qué. Los envíos rechazados o abandonados se borran a los 90 días."
    ),
    "No trackers": "Sin rastreadores",
    "This site loads nothing from other companies: no analytics, no advertising, no external "
    "fonts or scripts.": (
        "Este sitio no carga nada de otras empresas: ni analítica, ni publicidad, ni fuentes ni "
        "scripts externos."
    ),
}

ARABIC = {
    # Privacy
    "Privacy": "الخصوصية",
    "What the campaign keeps about you, and how to have it removed.": (
        "ما تحتفظ به الحملة عنك، وكيف تطلب حذفه."
    ),
    "Storytellers trust us with their lives. This is how we look after what they and every "
    "visitor send us.": ("يأتمننا رواة القصص على حياتهم. هكذا نحفظ ما يرسله إلينا هم وكل زائر."),
    "What we keep, and why": "ما نحتفظ به، ولماذا",
    "When you share a story we keep what you send us so that a moderator can read it. Nothing "
    "is published before a moderator approves it, and only as you chose to be shown: full name, "
    "first name, a pseudonym, or anonymously.": (
        "حين تشارك قصة نحتفظ بما ترسله كي يقرأه أحد المشرفين. لا يُنشر شيء قبل أن يوافق عليه "
        "مشرف، ولا يُنشر إلا بالطريقة التي اخترت أن تظهر بها: باسمك الكامل أو باسمك الأول أو "
        "باسم مستعار أو دون اسم."
    ),
    "Your contact email, if you give it, is seen only by our moderators and is never published. "
    "We write to you only if you ticked the box that allows it.": (
        "بريدك الإلكتروني، إن أعطيتنا إياه، لا يراه إلا مشرفونا ولا يُنشر أبدًا. ولا نكتب إليك "
        "إلا إذا أشرت إلى المربع الذي يسمح بذلك."
    ),
    "Photos": "الصور",
    "Before a photo is stored we remove everything hidden in it: location, camera details and "
    "dates. File names are replaced with random ones.": (
        "قبل حفظ أي صورة نزيل كل ما هو مخفي فيها: الموقع وبيانات الكاميرا والتواريخ. وتُستبدل "
        "أسماء الملفات بأسماء عشوائية."
    ),
    "Removing your story": "حذف قصتك",
    "You can ask us to remove your story at any time, and we will, without asking why. Rejected "
    "or abandoned submissions are deleted after 90 days.": (
        "يمكنك أن تطلب منا حذف قصتك في أي وقت، وسنفعل ذلك دون أن نسأل عن السبب. وتُحذف القصص "
        "المرفوضة أو المتروكة بعد 90 يومًا."
    ),
    "No trackers": "لا أدوات تتبّع",
    "This site loads nothing from other companies: no analytics, no advertising, no external "
    "fonts or scripts.": (
        "لا يحمّل هذا الموقع شيئًا من شركات أخرى: لا أدوات تحليل، ولا إعلانات، ولا خطوط أو نصوص "
        "برمجية خارجية."
    ),
}
