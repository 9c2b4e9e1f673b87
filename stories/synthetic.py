"""Synthetic published stories at scale, for benchmarks and tests (`manage.py generate_stories`).

Not demo content: `add_synthetic_stories` skips Wagtail's page API (several queries per page)
and writes pages and story rows in batches with tree paths it computes itself, on Wagtail's
and treebeard's private helpers (`_get_path`, `_str2int`, the manager's `_insert`). After a
Wagtail upgrade, `tests/stories/test_admin_and_demo.py` checks the tree is still sound.

The stories vary as real ones would: five languages with their own words (so each language's
search rules are exercised), thirty cities, one to three themes, a partner for some, one to
eight paragraphs, storytellers shown in every way they may choose.
"""

import datetime
import itertools
import random
import time
import uuid

from django_countries.fields import Country

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from itac.demo import demo_image
from partners.models import PartnerPage
from stories import search
from stories.models import StoryPage, StorytellerDisplay
from stories.queries import IMAGE_SPECS, bump_options_version

PLACES = [
    ("Lisbon", "PT"),
    ("Porto", "PT"),
    ("Quito", "EC"),
    ("Toronto", "CA"),
    ("Montreal", "CA"),
    ("Nairobi", "KE"),
    ("Kampala", "UG"),
    ("Berlin", "DE"),
    ("Lima", "PE"),
    ("Manila", "PH"),
    ("Marseille", "FR"),
    ("Lyon", "FR"),
    ("Beirut", "LB"),
    ("Amman", "JO"),
    ("Tunis", "TN"),
    ("Casablanca", "MA"),
    ("Bogotá", "CO"),
    ("Medellín", "CO"),
    ("Dublin", "IE"),
    ("Johannesburg", "ZA"),
    ("São Paulo", "BR"),
    ("Belo Horizonte", "BR"),
    ("Mechelen", "BE"),
    ("Madrid", "ES"),
    ("Barcelona", "ES"),
    ("Ciudad de México", "MX"),
    ("Dakar", "SN"),
    ("Athens", "GR"),
    ("Bristol", "GB"),
    ("Istanbul", "TR"),
]
# The language a story is told in, about as often as the campaign hears each.
LANGUAGE_WEIGHTS = {"en": 40, "es": 20, "fr": 15, "ar": 13, "pt": 12}

# Per language: title pattern, what people did, summary pattern, sentences for the body, names.
WORDS = {
    "en": {
        "title": "It Takes A Community to {ending} in {city}",
        "endings": [
            "welcome a new neighbour",
            "open a corner shop",
            "coach a youth football team",
            "teach a grandmother to read",
            "start a community garden",
            "fix a neighbourhood clinic",
            "sing in a mixed choir",
            "run a night school",
            "share a harvest",
            "open a bakery at dawn",
            "care for the elderly",
            "house refugees in spare rooms",
        ],
        "summary": "A story from {city}: neighbours old and new came together to {ending}, "
        "and the whole street noticed the difference.",
        "sentences": [
            "People in {city} say it started small: a conversation, a shared meal, a borrowed "
            "tool.",
            "Refugees who had arrived that winter brought skills nobody had expected.",
            "The volunteers met every Thursday in the library, whatever the weather.",
            "Shopkeepers lent tables, teachers lent classrooms and children lent their voices.",
            "Within a year the project was training newcomers to lead it themselves.",
            "Some of the families had fled wars; others had simply followed work.",
            "Local councillors came to listen, and stayed to help.",
            "What began as charity became friendship, and then a business.",
            "Migrants and long-time residents now run the committee together.",
            "The neighbourhood festival grew from forty guests to four thousand.",
        ],
        "names": ["Amina", "Joseph", "Mariam", "Daniel", "Grace", "Yusuf", "Sarah Okafor"],
    },
    "es": {
        "title": "Hace falta una comunidad para {ending} en {city}",
        "endings": [
            "abrir una panadería",
            "cuidar a las personas mayores",
            "enseñar a leer a las abuelas",
            "entrenar a un equipo de fútbol juvenil",
            "sembrar un huerto comunitario",
            "recibir a las familias recién llegadas",
            "cantar en un coro de vecinos",
            "reparar la clínica del barrio",
        ],
        "summary": "Una historia de {city}: vecinos antiguos y nuevos se unieron para {ending}, "
        "y todo el barrio notó la diferencia.",
        "sentences": [
            "En {city} dicen que empezó con poco: una conversación, una comida compartida.",
            "Las comunidades migrantes trajeron oficios que nadie esperaba.",
            "Los voluntarios se reunían cada jueves en la biblioteca del barrio.",
            "Las personas refugiadas enseñaron recetas y aprendieron canciones.",
            "Al cabo de un año, los recién llegados dirigían el proyecto.",
            "Los comerciantes prestaron mesas y las escuelas prestaron aulas.",
            "Hoy el comité lo forman vecinas de siete nacionalidades.",
            "La fiesta del barrio pasó de cuarenta invitados a cuatro mil.",
        ],
        "names": ["Lucía", "Mateo", "Valentina", "José Ramírez", "Camila", "Andrés"],
    },
    "fr": {
        "title": "Il faut une communauté pour {ending} à {city}",
        "endings": [
            "ouvrir une boulangerie",
            "accueillir de nouveaux voisins",
            "apprendre le français ensemble",
            "soigner les personnes âgées",
            "créer un jardin partagé",
            "entraîner une équipe de football",
            "chanter dans une chorale mixte",
        ],
        "summary": "Une histoire de {city} : anciens et nouveaux voisins se sont réunis pour "
        "{ending}, et tout le quartier a vu la différence.",
        "sentences": [
            "À {city}, on raconte que tout a commencé par une conversation et un repas partagé.",
            "Les réfugiés arrivés cet hiver-là ont apporté des savoir-faire inattendus.",
            "Les bénévoles se retrouvaient chaque jeudi à la médiathèque.",
            "Les commerçants ont prêté des tables, les écoles ont prêté des salles.",
            "En un an, les nouveaux arrivants animaient eux-mêmes le projet.",
            "Les communautés du quartier se parlent désormais chaque semaine.",
            "La fête de quartier est passée de quarante invités à quatre mille.",
        ],
        "names": ["Aïcha", "Mamadou", "Élodie", "Karim Benali", "Fatou", "Julien"],
    },
    "pt": {
        "title": "É preciso uma comunidade para {ending} em {city}",
        "endings": [
            "abrir uma padaria",
            "acolher novos vizinhos",
            "cuidar dos idosos",
            "criar uma horta comunitária",
            "ensinar as avós a ler",
            "treinar um time de futebol",
        ],
        "summary": "Uma história de {city}: vizinhos antigos e novos se uniram para {ending}, e "
        "o bairro inteiro percebeu a diferença.",
        "sentences": [
            "Em {city} dizem que tudo começou com uma conversa e uma refeição partilhada.",
            "As comunidades migrantes trouxeram ofícios que ninguém esperava.",
            "Os voluntários se encontravam toda quinta-feira na biblioteca.",
            "Os refugiados ensinaram receitas e aprenderam canções.",
            "Em um ano, os recém-chegados coordenavam o projeto.",
            "A festa do bairro passou de quarenta convidados para quatro mil.",
        ],
        "names": ["João", "Ana Souza", "Thiago", "Beatriz", "Wesley"],
    },
    "ar": {
        "title": "يتطلب الأمر مجتمعًا {ending} في {city}",
        "endings": [
            "لافتتاح مخبز",
            "لاستقبال جيران جدد",
            "لرعاية كبار السن",
            "لزراعة حديقة مشتركة",
            "لتعليم الجدات القراءة",
            "لتدريب فريق كرة قدم للشباب",
        ],
        "summary": "قصة من {city}: اجتمع الجيران القدامى والجدد {ending}، ولاحظ الحي كله الفرق.",
        "sentences": [
            "يقول الناس في {city} إن كل شيء بدأ بمحادثة ووجبة مشتركة.",
            "جلب اللاجئون الذين وصلوا ذلك الشتاء مهارات لم يتوقعها أحد.",
            "كان المتطوعون يلتقون كل يوم خميس في المكتبة.",
            "أعار أصحاب المتاجر الطاولات وأعارت المدارس الفصول.",
            "بعد عام واحد أصبح القادمون الجدد يديرون المشروع بأنفسهم.",
            "صار المجتمع المحلي يجتمع كل أسبوع.",
        ],
        "names": ["أمينة", "يوسف", "مريم", "خالد", "سلمى"],
    },
}
DISPLAY_WEIGHTS = {
    StorytellerDisplay.ANONYMOUS: 40,
    StorytellerDisplay.FIRST_NAME: 30,
    StorytellerDisplay.PSEUDONYM: 15,
    StorytellerDisplay.FULL_NAME: 15,
}
IMAGE_COUNT = 12
BATCH_SIZE = 1000


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def synthetic_images():
    images = [
        demo_image(f"Synthetic story picture {number}", seed=f"synthetic-{number}")
        for number in range(IMAGE_COUNT)
    ]
    for image in images:
        image.get_renditions(*IMAGE_SPECS)
    return images


class StoryMaker:
    """Draws one story after another from a seeded random generator."""

    def __init__(self, index, themes, partners, images, seed):
        self.rng = random.Random(seed)  # noqa: S311 (made-up test data, not secrets)
        self.index = index
        self.themes = themes
        self.partners = partners
        self.images = images
        self.content_type = ContentType.objects.get_for_model(StoryPage)
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.languages = list(LANGUAGE_WEIGHTS)
        self.language_weights = list(LANGUAGE_WEIGHTS.values())
        self.displays = list(DISPLAY_WEIGHTS)
        self.display_weights = list(DISPLAY_WEIGHTS.values())
        self.place_words = {}

    def place(self, city, country, language):
        key = (city, country, language)
        if key not in self.place_words:
            self.place_words[key] = search.place_words(city, Country(country), language)
        return self.place_words[key]

    def make(self, serial, path):
        """A StoryPage (unsaved) and the row its search vector is built from."""
        rng = self.rng
        language = rng.choices(self.languages, self.language_weights)[0]
        words = WORDS[language]
        city, country = rng.choice(PLACES)
        ending = rng.choice(words["endings"])
        title = words["title"].format(ending=ending, city=city)
        summary = words["summary"].format(ending=ending, city=city)
        texts = [
            " ".join(
                sentence.format(city=city)
                for sentence in rng.sample(words["sentences"], k=rng.randint(2, 5))
            )
            for _paragraph in range(rng.randint(1, 8))
        ]
        display = rng.choices(self.displays, self.display_weights)[0]
        name = "" if display == StorytellerDisplay.ANONYMOUS else rng.choice(words["names"])
        # Latin titles give their words to the address; others get the number alone.
        slug = f"{slugify(title)[:200]}-{serial}".lstrip("-")
        story = StoryPage(
            title=title,
            draft_title=title,
            slug=slug,
            path=path,
            depth=self.index.depth + 1,
            numchild=0,
            url_path=f"{self.index.url_path}{slug}/",
            content_type=self.content_type,
            locale_id=self.index.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=self.now,
            last_published_at=self.now,
            summary=summary,
            listing_summary=summary,
            hero_image=rng.choice(self.images),
            hero_image_decorative=True,
            body=[paragraph(text) for text in texts],
            storyteller_display=display,
            storyteller_name=name,
            city=city,
            country=country,
            partner_id=rng.choice(self.partners).pk
            if self.partners and rng.random() < 0.4
            else None,
            told_in_language=language,
            date_published=self.today - datetime.timedelta(days=rng.randrange(8 * 365)),
            featured=False,
        )
        themes = rng.sample(self.themes, k=min(len(self.themes), rng.randint(1, 3)))
        people_and_place = f"{name} {self.place(city, country, language)}".strip()
        row = (None, language, title, summary, people_and_place, " ".join(texts))
        return story, themes, row


def add_synthetic_stories(index, count, themes, seed=2021, progress=None, admin_search=True):
    """Add `count` published stories to the library `index`, in batches of a thousand.

    The parent's child count is fixed once; the public search vectors are written in bulk and,
    when `admin_search`, Wagtail's own index (the admin's search) too. No revisions are made:
    live pages need none until edited. `progress(done, count)` is called after each batch.
    """
    maker = StoryMaker(
        index,
        themes,
        list(PartnerPage.objects.live().only("pk")),
        synthetic_images(),
        seed + count,
    )
    index.refresh_from_db()
    last_child = index.get_last_child()
    next_step = StoryPage._str2int(last_child.path[-StoryPage.steplen :]) + 1 if last_child else 1
    depth = index.depth + 1
    existing = Page.objects.filter(depth=depth, path__startswith=index.path).count()
    through = StoryPage.themes.through
    serials = itertools.count(existing + 1)
    created = 0
    while created < count:
        batch_size = min(BATCH_SIZE, count - created)
        pages, theme_choices, rows = [], [], []
        for offset in range(batch_size):
            path = StoryPage._get_path(index.path, depth, next_step + created + offset)
            story, chosen, row = maker.make(next(serials), path)
            pages.append(story)
            theme_choices.append(chosen)
            rows.append(row)
        with transaction.atomic():
            insert_story_pages(pages)
            through.objects.bulk_create(
                [
                    through(storypage_id=page.pk, theme_id=theme.pk)
                    for page, chosen in zip(pages, theme_choices, strict=True)
                    for theme in chosen
                ]
            )
            if search.is_available():
                search.write_rows(
                    (page.pk, *row[1:]) for page, row in zip(pages, rows, strict=True)
                )
            if admin_search:
                get_search_backend().add_bulk(StoryPage, pages)
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + batch_size)
        created += batch_size
        if progress:
            progress(created, count)
    analyze()
    bump_options_version()
    return created


def analyze():
    """Fresh planner statistics, or PostgreSQL keeps planning for empty tables."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "ANALYZE wagtailcore_page, stories_storypage, stories_storypage_themes, "
            "stories_storysearchdocument, wagtailsearch_indexentry"
        )


def insert_story_pages(pages):
    """Insert the page rows, then the story rows pointing at them (Django's bulk_create cannot
    insert multi-table models in one go)."""
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    base_pages = [
        Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages
    ]
    Page.objects.bulk_create(base_pages, batch_size=BATCH_SIZE)
    if base_pages and base_pages[0].pk is None:  # databases without RETURNING
        paths = {
            page.path: page.pk for page in Page.objects.filter(path__in=[p.path for p in pages])
        }
        for page in base_pages:
            page.pk = paths[page.path]
    for page, base in zip(pages, base_pages, strict=True):
        page.page_ptr_id = base.pk
        page.id = base.pk
    story_fields = StoryPage._meta.local_concrete_fields
    StoryPage._base_manager._insert(pages, fields=story_fields, using=connection.alias, raw=True)


def timed_progress(write):
    """A progress callback printing stories done, rate and time left."""
    started = time.monotonic()

    def report(done, count):
        elapsed = time.monotonic() - started
        rate = done / elapsed if elapsed else 0
        left = (count - done) / rate if rate else 0
        write(f"{done:,}/{count:,} stories, {rate:,.0f}/s, about {left:,.0f} s left")

    return report
