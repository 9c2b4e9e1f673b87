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
import io
import itertools
import json
import random
import re
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
from itac.demo.illustrations import MOTIFS
from partners.models import PartnerPage
from stories import search
from stories.models import StoryPage, StorytellerDisplay
from stories.queries import IMAGE_SPECS, stories_loaded_in_bulk

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
# From this many stories on, the search index is dropped during the load and built after.
REBUILD_INDEX_FROM = 20_000


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def synthetic_images():
    themes = list(MOTIFS)[:10]
    images = [
        demo_image(
            f"Synthetic story picture {number}",
            theme=themes[number % len(themes)],
            place=f"synthetic-{number}",
        )
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
        self.slugs = {}
        self.paragraphs = {}

    def paragraph_pool(self, language, city):
        """Twenty paragraphs per language and city, each told by two to five sentences:
        stories draw theirs from it, so the texts vary while their search vectors can be
        worked out once per paragraph (StoryCopier)."""
        key = (language, city)
        if key not in self.paragraphs:
            sentences = WORDS[language]["sentences"]
            self.paragraphs[key] = [
                " ".join(
                    sentence.format(city=city)
                    for sentence in self.rng.sample(sentences, k=self.rng.randint(2, 5))
                )
                for _number in range(20)
            ]
        return self.paragraphs[key]

    def uuid(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def place(self, city, country, language):
        key = (city, country, language)
        if key not in self.place_words:
            self.place_words[key] = search.place_words(city, Country(country), language)
        return self.place_words[key]

    def make(self, serial, path):
        """A story's field values, its themes and the row its search vector is built from."""
        rng = self.rng
        language = rng.choices(self.languages, self.language_weights)[0]
        words = WORDS[language]
        city, country = rng.choice(PLACES)
        ending = rng.choice(words["endings"])
        title = words["title"].format(ending=ending, city=city)
        summary = words["summary"].format(ending=ending, city=city)
        texts = rng.sample(self.paragraph_pool(language, city), k=rng.randint(1, 8))
        display = rng.choices(self.displays, self.display_weights)[0]
        name = "" if display == StorytellerDisplay.ANONYMOUS else rng.choice(words["names"])
        # Latin titles give their words to the address; others get the number alone.
        if title not in self.slugs:
            self.slugs[title] = slugify(title)[:200]
        slug = f"{self.slugs[title]}-{serial}".lstrip("-")
        story = {
            "title": title,
            "draft_title": title,
            "slug": slug,
            "path": path,
            "depth": self.index.depth + 1,
            "numchild": 0,
            "url_path": f"{self.index.url_path}{slug}/",
            "content_type_id": self.content_type.pk,
            "locale_id": self.index.locale_id,
            "translation_key": self.uuid(),
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": self.now,
            "last_published_at": self.now,
            "summary": summary,
            "listing_summary": summary,
            "hero_image_id": rng.choice(self.images).pk,
            "hero_image_decorative": True,
            "body": [{**paragraph(text), "id": str(self.uuid())} for text in texts],
            "storyteller_display": display,
            "storyteller_name": name,
            "city": city,
            "country": country,
            "partner_id": rng.choice(self.partners).pk
            if self.partners and rng.random() < 0.4
            else None,
            "told_in_language": language,
            "date_published": self.today - datetime.timedelta(days=rng.randrange(8 * 365)),
            "featured": False,
        }
        themes = rng.sample(self.themes, k=min(len(self.themes), rng.randint(1, 3)))
        people_and_place = f"{name} {self.place(city, country, language)}".strip()
        row = (None, language, title, summary, people_and_place, texts)
        return story, themes, row


def add_synthetic_stories(index, count, themes, seed=2021, progress=None, admin_search=None):
    """Add `count` published stories to the library `index`, in batches of a thousand.

    On PostgreSQL the rows go in with COPY (several hundred stories a second) and Wagtail's own
    search index (the admin's search) is left out unless `admin_search`; elsewhere through
    the ORM, with it. The public search vectors are written either way. The parent's child
    count is fixed as it goes; no revisions are made: live pages need none until edited.
    `progress(done, count)` is called after each batch.
    """
    fast = connection.vendor == "postgresql"
    if admin_search is None:
        admin_search = not fast
    index.refresh_from_db()
    existing = Page.objects.filter(depth=index.depth + 1, path__startswith=index.path).count()
    # The same seed on the same library makes the same stories; a second run makes others.
    maker = StoryMaker(
        index,
        themes,
        list(PartnerPage.objects.live().only("pk")),
        synthetic_images(),
        seed + count + existing,
    )
    maker.first_serial = existing + 1
    copier = StoryCopier() if fast else None
    rebuild_gin = fast and count >= REBUILD_INDEX_FROM
    if fast:
        with connection.cursor() as cursor:
            # A lost last batch on a crash is harmless here; waiting for each flush is not.
            cursor.execute("SET synchronous_commit = off")
            # Building the GIN index of 100,000 vectors takes longer than a request may.
            cursor.execute("SET statement_timeout = 0")
            if rebuild_gin:
                # Building the GIN index once at the end is faster than growing it row by row.
                cursor.execute(search.DROP_GIN_INDEX)
    try:
        created = add_batches(index, count, maker, copier, admin_search, progress)
    except Exception:
        # Inside a transaction the rollback brings the index back; outside, build it again.
        if rebuild_gin and not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute(search.CREATE_GIN_INDEX)
        raise
    if rebuild_gin:
        with connection.cursor() as cursor:
            cursor.execute(search.CREATE_GIN_INDEX)
    analyze()
    stories_loaded_in_bulk()
    return created


def add_batches(index, count, maker, copier, admin_search, progress):
    depth = index.depth + 1
    last_child = index.get_last_child()
    next_step = StoryPage._str2int(last_child.path[-StoryPage.steplen :]) + 1 if last_child else 1
    serials = itertools.count(maker.first_serial)
    created = 0
    while created < count:
        batch_size = min(BATCH_SIZE, count - created)
        batch = [
            maker.make(
                next(serials), StoryPage._get_path(index.path, depth, next_step + created + offset)
            )
            for offset in range(batch_size)
        ]
        with transaction.atomic():
            if copier:
                copier.copy(batch, index.pk)
            else:
                insert_with_the_orm(batch)
            if admin_search:
                ids = [story["id"] for story, _themes, _row in batch]
                get_search_backend().add_bulk(StoryPage, StoryPage.objects.filter(pk__in=ids))
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + batch_size)
        created += batch_size
        if progress:
            progress(created, count)
    return created


def insert_with_the_orm(batch):
    """Pages, stories, themes and search vectors through Django's bulk inserts."""
    pages = [StoryPage(**story) for story, _themes, _row in batch]
    insert_story_pages(pages)
    through = StoryPage.themes.through
    through.objects.bulk_create(
        [
            through(storypage_id=page.pk, theme_id=theme.pk)
            for page, (_story, themes, _row) in zip(pages, batch, strict=True)
            for theme in themes
        ]
    )
    for page, (story, _themes, _row) in zip(pages, batch, strict=True):
        story["id"] = page.pk
    if search.is_available():
        search.write_rows(
            (page.pk, *row[1:5], " ".join(row[5]))
            for page, (*_, row) in zip(pages, batch, strict=True)
        )


class StoryCopier:
    """Writes stories with PostgreSQL's COPY: page rows, story rows, themes, search vectors.

    Columns the generator does not vary take the database value of a default StoryPage,
    worked out once; ids come from the page table's sequence.
    """

    def __init__(self):
        prototype = StoryPage(title="-", slug="-", path="-", depth=1, summary="-", body=[])
        self.page_fields = list(Page._meta.local_concrete_fields)
        self.story_fields = list(StoryPage._meta.local_concrete_fields)
        self.vectors = VectorPieces()
        self.defaults = {
            f.attname: f.get_db_prep_save(getattr(prototype, f.attname), connection)
            for f in self.page_fields + self.story_fields
            if not f.primary_key
        }

    @staticmethod
    def text(value):
        """A value in COPY's text format."""
        if value is None:
            return "\\N"
        if value is True or value is False:
            return "t" if value else "f"
        if isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        return (
            str(value)
            .replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )

    def rows(self, stories, fields, key):
        lines = []
        for story in stories:
            values = [story[key] if f.primary_key else None for f in fields]
            for position, f in enumerate(fields):
                if not f.primary_key:
                    values[position] = story.get(f.attname, self.defaults.get(f.attname))
            lines.append("\t".join(self.text(value) for value in values))
        return "\n".join(lines) + "\n"

    def copy_into(self, cursor, table, columns, data):
        cursor.copy_expert(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN",
            io.StringIO(data),
        )

    def copy(self, batch, library_id):
        stories = [story for story, _themes, _row in batch]
        self.vectors.learn(
            (search.config_for(row[1]), text)
            for _story, _themes, row in batch
            for text in (*row[2:5], *row[5])
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence('wagtailcore_page', 'id')) "
                "FROM generate_series(1, %s)",
                [len(stories)],
            )
            for story, (pk,) in zip(stories, cursor.fetchall(), strict=True):
                story["id"] = story["page_ptr_id"] = pk
            raw = cursor.connection
            with raw.cursor() as copy_cursor:
                self.copy_into(
                    copy_cursor,
                    "wagtailcore_page",
                    [f.column for f in self.page_fields],
                    self.rows(stories, self.page_fields, "id"),
                )
                self.copy_into(
                    copy_cursor,
                    "stories_storypage",
                    [f.column for f in self.story_fields],
                    self.rows(stories, self.story_fields, "page_ptr_id"),
                )
                themes = "".join(
                    f"{story['id']}\t{theme.pk}\n"
                    for story, chosen, _row in batch
                    for theme in chosen
                )
                self.copy_into(
                    copy_cursor, "stories_storypage_themes", ["storypage_id", "theme_id"], themes
                )
                documents = "".join(
                    f"{story['id']}\t{search.config_for(row[1])}\t"
                    f"{self.text(self.vectors.document(search.config_for(row[1]), row[2:]))}\t"
                    f"{self.filter_columns(story, chosen, library_id)}\n"
                    for story, chosen, row in batch
                )
                self.copy_into(
                    copy_cursor,
                    "stories_storysearchdocument",
                    ["story_id", "config", "search_vector", *search.FILTER_COLUMNS],
                    documents,
                )

    def filter_columns(self, story, themes, library_id):
        """What the library filters on, in COPY's text format, in search.FILTER_COLUMNS' order
        (the copy of the story's own columns that stories.search.write_rows reads from them)."""
        values = {
            "live": story["live"],
            "library_id": library_id,
            "country": story["country"],
            "told_in_language": story["told_in_language"],
            "partner_id": story["partner_id"],
            "theme_ids": "{" + ",".join(str(pk) for pk in sorted(t.pk for t in themes)) + "}",
            "date_published": story["date_published"],
        }
        return "\t".join(self.text(values[column]) for column in search.FILTER_COLUMNS)


class VectorPieces:
    """Search vectors put together from the vectors of their pieces.

    PostgreSQL's `to_tsvector` is the slow part of loading stories; synthetic stories repeat
    their titles, places and paragraphs, so each distinct piece is analysed once (in PostgreSQL,
    with the same configuration) and a story's vector is assembled here the way `||` and
    `setweight` assemble it in stories.search: positions of each piece follow the previous
    piece's last position, and each takes its weight (A title, B summary, C storyteller and
    place, D body).
    """

    LEXEME = re.compile(r"'((?:[^']|'')*)'(?::([0-9,]+))?")

    def __init__(self):
        self.pieces = {}

    def learn(self, pieces):
        missing = list(dict.fromkeys(piece for piece in pieces if piece not in self.pieces))
        if not missing:
            return
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT to_tsvector(config::regconfig, body)::text "
                "FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS p(config, body, n) "
                "ORDER BY n",
                [[config for config, _text in missing], [text for _config, text in missing]],
            )
            for piece, (vector,) in zip(missing, cursor.fetchall(), strict=True):
                self.pieces[piece] = [
                    (lexeme, [int(p) for p in positions.split(",")] if positions else [])
                    for lexeme, positions in self.LEXEME.findall(vector)
                ]

    def document(self, config, texts):
        """The vector of (title, summary, storyteller and place, [paragraphs]) as text."""
        title, summary, people_and_place, paragraphs = texts
        weighted = [(title, "A"), (summary, "B"), (people_and_place, "C")]
        weighted += [(paragraph, "D") for paragraph in paragraphs]
        lexemes, offset = {}, 0
        for text, weight in weighted:
            last = 0
            for lexeme, positions in self.pieces[(config, text)]:
                entry = lexemes.setdefault(lexeme, [])
                for position in positions:
                    entry.append(f"{min(position + offset, 16383)}{weight}")
                    last = max(last, position)
            offset += last
        return " ".join(
            f"'{lexeme}':{','.join(positions)}" if positions else f"'{lexeme}'"
            for lexeme, positions in lexemes.items()
        )


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
