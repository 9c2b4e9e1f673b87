"""Demo content for the calls to action: the campaign pledge with signatures, and the toolkit.

Every file is drawn here (Pillow) or written here (a small text PDF): nothing is downloaded.
"""

import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from actions.models import PledgePage, PledgeSignature, ToolkitPage, ToolkitResource
from itac.demo import child_page, picture_bytes
from itac.demo.illustrations import illustrate

# Loaded last (itac.demo.app_demo_modules): the toolkit and the pledge follow the other pages.
DEMO_ORDER = 50

PLEDGE_TEXT = (
    "<p>I believe that everyone who makes a home here helps make this place what it is.</p>"
    "<p>I will welcome newcomers as neighbours, speak up when migrants and refugees are "
    "treated unfairly, and tell the stories of what we build together: in our streets, our "
    "schools, our workplaces and our city halls.</p>"
    "<p>Because it takes a community.</p>"
)

# (name shown or "", signing as, country, listed in public) for the demo signatures.
DEMO_SIGNATURES = [
    ("Amina Yusuf", "individual", "CA", True),
    ("Carlos Mendoza", "individual", "EC", True),
    ("", "individual", "EC", False),
    ("Welcome Neighbours Dublin", "organisation", "IE", True),
    ("", "individual", "IE", False),
    ("Lucía Herrera", "individual", "CO", True),
    ("Ciudad de Quito", "government", "EC", True),
    ("Mechelen Youth Council", "organisation", "BE", True),
    ("", "individual", "BE", False),
    ("Thabo Nkosi", "individual", "ZA", True),
    ("", "individual", "ZA", False),
    ("Joana Silva", "individual", "BR", True),
    ("Coletivo Vizinhos SP", "organisation", "BR", True),
    ("", "individual", "BR", False),
    ("Karim Haddad", "individual", "JO", False),
    ("Marie Tremblay", "individual", "CA", True),
    ("", "organisation", "CA", False),
    ("Ana Pérez", "individual", "VE", True),
    ("", "individual", "PE", False),
    ("Nikos Papadopoulos", "individual", "GR", True),
    ("", "individual", "GB", False),
    ("Bristol Community Kitchen", "organisation", "GB", True),
    ("Fatou Diop", "individual", "SN", True),
    ("", "individual", "MA", False),
    ("Ayşe Demir", "individual", "TR", True),
    ("", "individual", "PH", False),
    ("Municipio de Cuenca", "government", "EC", True),
    ("", "individual", "MX", False),
    ("Sofía Ramírez", "individual", "MX", True),
    ("", "individual", "US", False),
]

MESSAGE_GUIDES = {
    "en": (
        "#ItTakesACommunity message guide",
        [
            "#ItTakesACommunity: message guide for campaign leaders",
            "",
            "Who we talk to",
            "People who have not made up their minds about migration: the moveable middle.",
            "Speak to shared values (family, work, fairness, neighbourliness), not to statistics.",
            "",
            "Three messages",
            "1. Migrants and refugees are part of the community, not apart from it.",
            "2. Communities are stronger when everyone can take part.",
            "3. Welcoming works best when we all do our share: it takes a community.",
            "",
            "Tips",
            "- Lead with a person and a place, then the point.",
            "- Add a local caption to the cards and videos; the campaign carries no logo.",
            "- Ask before you share anyone's story, and let them choose how they are named.",
            "- Post with #ItTakesACommunity so others can find you.",
        ],
    ),
    "es": (
        "Guía de mensajes #ItTakesACommunity",
        [
            "#ItTakesACommunity: guía de mensajes para líderes de campaña",
            "",
            "A quién nos dirigimos",
            "A quienes aún no tienen una opinión firme sobre la migración.",
            "Hablemos de valores compartidos (familia, trabajo, justicia, buena vecindad).",
            "",
            "Tres mensajes",
            "1. Las personas migrantes y refugiadas son parte de la comunidad.",
            "2. Las comunidades son más fuertes cuando todos pueden participar.",
            "3. Acoger funciona cuando todos ponemos de nuestra parte.",
            "",
            "Consejos",
            "- Empiece por una persona y un lugar; después, la idea.",
            "- Añada un texto local a las tarjetas y los vídeos.",
            "- Pida permiso antes de compartir la historia de alguien.",
            "- Publique con #ItTakesACommunity.",
        ],
    ),
    "fr": (
        "Guide des messages #ItTakesACommunity",
        [
            "#ItTakesACommunity : guide des messages pour les responsables de campagne",
            "",
            "À qui nous parlons",
            "Aux personnes qui n'ont pas d'avis arrêté sur la migration : les indécis.",
            "Parlez de valeurs partagées (la famille, le travail, l'équité, le bon",
            "voisinage), pas de statistiques.",
            "",
            "Trois messages",
            "1. Les personnes migrantes et réfugiées font partie de la communauté,",
            "    elles ne sont pas à part.",
            "2. Les communautés sont plus fortes quand chacun peut y prendre part.",
            "3. L'accueil marche mieux quand chacun fait sa part : il faut toute",
            "    une communauté.",
            "",
            "Conseils",
            "- Commencez par une personne et un lieu, puis venez-en au message.",
            "- Ajoutez une légende locale aux visuels et aux vidéos : la campagne",
            "  ne porte aucun logo.",
            "- Demandez l'accord des personnes avant de partager leur histoire, et",
            "  laissez-les choisir comment elles sont nommées.",
            "- Publiez avec #ItTakesACommunity pour que d'autres vous trouvent.",
        ],
    ),
    "ar": (
        "دليل رسائل #ItTakesACommunity",
        [
            "#ItTakesACommunity: دليل الرسائل لقادة الحملة",
            "",
            "إلى من نتوجّه",
            "إلى من لم يحسموا رأيهم بعد في الهجرة: الفئة المتردّدة في الوسط.",
            "تحدّثوا عن القيم المشتركة (الأسرة والعمل والإنصاف وحسن الجوار)، لا عن الإحصاءات.",
            "",
            "ثلاث رسائل",
            "1. المهاجرون واللاجئون جزء من المجتمع، لا بمعزل عنه.",
            "2. تكون المجتمعات أقوى حين يتمكّن الجميع من المشاركة.",
            "3. ينجح الترحيب حين يقوم كلٌّ منّا بدوره: الأمر يحتاج إلى مجتمع بأكمله.",
            "",
            "نصائح",
            "- ابدؤوا بشخص ومكان، ثم انتقلوا إلى الفكرة.",
            "- أضيفوا تعليقًا محليًا إلى البطاقات ومقاطع الفيديو، فالحملة لا تحمل شعارًا.",
            "- استأذنوا قبل مشاركة قصة أي شخص، واتركوا له أن يختار كيف يُذكر اسمه.",
            "- انشروا مع الوسم #ItTakesACommunity ليتمكّن الآخرون من العثور عليكم.",
        ],
    ),
    "pt": (
        "Guia de mensagens #ItTakesACommunity",
        [
            "#ItTakesACommunity: guia de mensagens para líderes de campanha",
            "",
            "Com quem falamos",
            "Com quem ainda não formou opinião sobre a migração: o público indeciso.",
            "Fale de valores compartilhados (família, trabalho, justiça, boa",
            "vizinhança), e não de estatísticas.",
            "",
            "Três mensagens",
            "1. Migrantes e refugiados fazem parte da comunidade, não estão à parte.",
            "2. As comunidades são mais fortes quando todos podem participar.",
            "3. Acolher funciona melhor quando cada um faz a sua parte: é preciso",
            "    uma comunidade.",
            "",
            "Dicas",
            "- Comece por uma pessoa e um lugar; depois, a mensagem.",
            "- Acrescente uma legenda local aos cards e vídeos: a campanha não tem",
            "  logotipo.",
            "- Peça licença antes de compartilhar a história de alguém, e deixe a",
            "  pessoa escolher como quer ser identificada.",
            "- Publique com #ItTakesACommunity para que outras pessoas encontrem você.",
        ],
    ),
}


def text_pdf(lines):
    """A one-page PDF of plain text lines (Helvetica), selectable and readable by screen readers."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    operations = ["BT", "/F1 13 Tf", "16 TL", "56 780 Td"]
    for number, line in enumerate(lines):
        size = 18 if number == 0 else 13
        operations.append(f"/F1 {size} Tf ({escape(line)}) Tj T*")
    operations.append("ET")
    stream = "\n".join(operations).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    output.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return output.getvalue()


def campaign_mark(size=800):
    """The campaign mark: a hash sign in a circle, on a transparent background."""
    mark = PILImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(mark)
    draw.ellipse((0, 0, size - 1, size - 1), fill="#a33e00")
    bar, gap, inset = size // 14, size // 7, size // 4
    for offset in (-gap, gap):
        middle = size // 2 + offset
        draw.rectangle((inset, middle - bar // 2, size - inset, middle + bar // 2), fill="white")
        draw.rectangle((middle - bar // 2, inset, middle + bar // 2, size - inset), fill="white")
    return mark


def toolkit_image(title, picture, file_name):
    """A PNG in the image library, saved the first time it is asked for."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    content = picture_bytes(picture, "PNG")
    image = image_model(title=title, collection=Collection.get_first_root_node())
    image.file = ImageFile(io.BytesIO(content), name=file_name)
    image.file_size = len(content)
    image.save()
    return image


def guide_file(lines):
    """The guide as a PDF where Helvetica can write it; otherwise (Arabic, which a PDF's
    standard fonts cannot shape) as UTF-8 text any phone, editor or screen reader opens."""
    try:
        return text_pdf(lines), "pdf"
    except UnicodeEncodeError:
        return "\ufeff".encode() + "\n".join(lines).encode() + b"\n", "txt"


def message_guides(guides):
    """A toolkit resource for each language's message guide."""
    resources = []
    for language, (title, lines) in guides.items():
        content, extension = guide_file(lines)
        file_name = f"itac-message-guide-{language}.{extension}"
        resources.append(
            ToolkitResource(
                title=title,
                description=lines[0].split(": ", 1)[-1].strip().capitalize(),
                kind="message-guide",
                language=language,
                document=toolkit_document(title, content, file_name),
            )
        )
    return resources


def add_missing_guides(toolkit):
    """An older demo toolkit gets the guides of the languages it lacks (once)."""
    present = set(toolkit.resources.filter(kind="message-guide").values_list("language", flat=True))
    missing = {code: guide for code, guide in MESSAGE_GUIDES.items() if code not in present}
    if not missing or not present:
        return
    for resource in message_guides(missing):
        toolkit.resources.add(resource)
    toolkit.save_revision().publish()


def toolkit_document(title, content, file_name):
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    document = document_model(title=title, collection=Collection.get_first_root_node())
    document.file = ContentFile(content, name=file_name)
    document.file_size = len(content)
    document.save()
    return document


def load_toolkit(home, skeleton=False):
    toolkit, _created = child_page(
        home,
        ToolkitPage(
            title="Campaign toolkit",
            introduction="Everything you need to lead #ItTakesACommunity where you live: "
            "cards to post, messages that work, the campaign mark and short videos. The "
            "campaign carries no logo on purpose, so add your own caption and make it yours.",
            listing_summary="Social media cards, a message guide and the campaign mark to "
            "download and adapt.",
        ),
        "toolkit",
    )
    if skeleton:
        return toolkit
    if toolkit.resources.exists():
        add_missing_guides(toolkit)
        return toolkit
    wide = toolkit_image(
        "Social card: it takes a community (1200 x 630)",
        illustrate("festival", "toolkit", (1200, 630)).picture,
        "itac-social-card-1200x630.png",
    )
    square = toolkit_image(
        "Social card: it takes a community (1080 x 1080)",
        illustrate("community", "toolkit", (1080, 1080)).picture,
        "itac-social-card-1080x1080.png",
    )
    mark = toolkit_image("The #ITAC campaign mark", campaign_mark(), "itac-campaign-mark.png")
    resources = [
        ToolkitResource(
            title="Card for X, Facebook and LinkedIn",
            description="A wide card (1200 x 630) for link posts. Add your city's name.",
            kind="social-cards",
            image=wide,
        ),
        ToolkitResource(
            title="Card for Instagram",
            description="A square card (1080 x 1080) for feeds. Add a local caption.",
            kind="social-cards",
            image=square,
        ),
        ToolkitResource(
            title="The campaign mark",
            description="A transparent PNG to place on your own posters and posts.",
            kind="logos",
            image=mark,
        ),
        ToolkitResource(
            title="Short videos to repost",
            description="Clips shared under the hashtag: repost them with your own caption.",
            kind="videos",
            link_url="https://www.youtube.com/results?search_query=%23ItTakesACommunity",
        ),
    ]
    resources.extend(message_guides(MESSAGE_GUIDES))
    toolkit.resources = resources
    toolkit.save_revision().publish()
    return toolkit


def load_pledge(home, toolkit, skeleton=False):
    next_steps = [
        {
            "type": "paragraph",
            "value": "<p>A pledge is a start. Here is how to take it further.</p>",
        },
        {
            "type": "call_to_action",
            "value": {"text": "Get the toolkit", "page": toolkit.pk, "link_url": ""},
        },
    ]
    story = Page.objects.child_of(home).filter(slug="share-your-story").first()
    if story:
        next_steps.append(
            {
                "type": "call_to_action",
                "value": {"text": "Share a story", "page": story.pk, "link_url": ""},
            }
        )
    pledge, _created = child_page(
        home,
        PledgePage(
            title="Take the pledge",
            introduction="Add your name, your organisation's or your city's to the people "
            "and organisations around the world who stand for welcoming communities.",
            pledge_text=PLEDGE_TEXT,
            thank_you_heading="Thank you for taking the pledge",
            thank_you_text="<p>You are now part of a community that spans the globe. Tell "
            "your friends, co-workers and neighbours why you signed.</p>",
            share_text="I took the #ItTakesACommunity pledge for welcoming communities.",
            after_action=next_steps,
            listing_summary="Stand with migrants and refugees in your community: add your "
            "name to the pledge.",
        ),
        "pledge",
    )
    if not skeleton and not PledgeSignature.objects.filter(pledge=pledge).exists():
        rng = random.Random("itac-pledge")
        PledgeSignature.objects.bulk_create(
            PledgeSignature(
                pledge=pledge,
                display_name=name,
                signer_type=signer_type,
                country=country,
                show_in_public_list=listed,
                language=rng.choice(["en", "en", "es", "fr", "pt"]),
            )
            for name, signer_type, country, listed in DEMO_SIGNATURES
        )
    return pledge


def load(home, skeleton=False, **options):
    """The toolkit at /toolkit/ and the campaign pledge at /pledge/, each only when missing
    (without the toolkit's resources and the pledge's signatures for the `skeleton`)."""
    toolkit = load_toolkit(home, skeleton)
    load_pledge(home, toolkit, skeleton)


def shared_page_translations():
    """The words of the pledge and toolkit pages,
    translated with the shared pages (itac.demo.translations)."""
    from actions.demo_translations import SHARED_PAGE_TRANSLATIONS

    return SHARED_PAGE_TRANSLATIONS
