import functools
import re

from django_countries.fields import CountryField

from django import forms
from django.conf import global_settings, settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from itac.models import BasePage
from itac.page_cache import pages_version
from itac.panels import restricted
from itac.sections import section_templates
from itac.text import join_list
from stories.admin_forms import StoryPageForm
from stories.blocks import StoryBodyBlock
from stories.submissions.panels import ConsentRecordPanel

# Partner accounts edit the story's words only: who shared it, whether it is featured, its
# date and everything about promotion stay with campaign staff (stories/submissions/roles.py).
STAFF_ONLY = "stories.change_storypage"

# The hook under which apps add to a story page's head (itac.sections): the oEmbed link.
STORY_PAGE_HEAD_SECTIONS = "stories_story_page_head_sections"


def story_language_choices():
    """The campaign's languages first, then every other language Django knows, by name."""
    return list(language_choices_in(get_language()))


def story_language_name(code):
    """The language's name in the visitor's language ("Dutch" is "neerlandés" on /es/)."""
    return language_names_in(get_language()).get(code, code)


@functools.cache
def language_choices_in(visitor_language):
    """`story_language_choices` for visitors in `visitor_language` (the active one), worked out
    once per language and process: a hundred names looked up and sorted on every library page
    otherwise."""
    site_codes = [code for code, _name in settings.LANGUAGES]
    # Named in the visitor's language: Django's catalogues translate every language's name.
    others = sorted(
        (
            (code, gettext(name))
            for code, name in global_settings.LANGUAGES
            if code not in site_codes
        ),
        key=lambda item: item[1],
    )
    return (*((code, gettext(name)) for code, name in settings.LANGUAGES), *others)


@functools.cache
def language_names_in(visitor_language):
    return dict(language_choices_in(visitor_language))


class StorytellerDisplay(models.TextChoices):
    """How the storyteller chose to be named in public."""

    FULL_NAME = "full-name", _("Full name")
    FIRST_NAME = "first-name", _("First name only")
    PSEUDONYM = "pseudonym", _("A pseudonym")
    ANONYMOUS = "anonymous", _("Anonymous")


def name_appears_in(name, text):
    """Whether any word of `name` (3 letters or more) appears as a word in `text` or its slug."""
    words = {w for w in re.split(r"[\W_]+", slugify(name)) if len(w) >= 3}
    text_words = set(re.split(r"[\W_]+", slugify(text)))
    return bool(words & text_words)


class StoryPage(BasePage):
    """One story of how a community grew stronger with migrants and refugees.

    Privacy rule: the slug derives from the title (left empty, it is made from the title; typed
    by hand, each of its words must come from the title), and unless the storyteller chose to
    be shown by full name, neither the title nor the slug may contain the name they are shown
    by. Submissions create drafts with the same fields (see `clean`).
    """

    summary = models.TextField(
        _("summary"),
        max_length=300,
        # Empty on a story sent through the form: the moderator writes it (issue 12).
        blank=True,
        help_text=_("One or two sentences for cards, search results and feeds."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    hero_image_decorative = models.BooleanField(
        _("the hero image is decorative"),
        default=False,
        help_text=_("Tick only if the image adds nothing to the story; it then needs no text."),
    )
    hero_caption = models.CharField(
        _("hero image caption"),
        max_length=250,
        blank=True,
        help_text=_(
            "Shown under the image, never on it: a place, a moment, who took the photo. Set the "
            "image's focal point in the image library so every crop keeps what matters."
        ),
    )
    body = StreamField(StoryBodyBlock(), verbose_name=_("story"))

    storyteller_display = models.CharField(
        _("show the storyteller as"),
        max_length=20,
        choices=StorytellerDisplay.choices,
        default=StorytellerDisplay.ANONYMOUS,
        help_text=_("As the storyteller chose when they gave consent."),
    )
    storyteller_name = models.CharField(
        _("storyteller's name as shown"),
        max_length=100,
        blank=True,
        help_text=_("Exactly as it appears on the page: full name, first name or pseudonym."),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    themes = ParentalManyToManyField(
        "stories.Theme", verbose_name=_("themes"), blank=True, related_name="stories"
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("shared by partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    told_in_language = models.CharField(_("language it was told in"), max_length=10, default="en")
    date_published = models.DateField(
        _("publication date"), default=timezone.localdate, db_index=True
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Featured stories appear on the home page.")
    )

    # The storyteller's name is never translated: it is shown exactly as they chose.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("hero_image_alt"),
        TranslatableField("hero_caption"),
        TranslatableField("body"),
        TranslatableField("city"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_image_decorative"),
        SynchronizedField("storyteller_display"),
        SynchronizedField("storyteller_name"),
        SynchronizedField("country"),
        SynchronizedField("partner"),
        SynchronizedField("told_in_language"),
        SynchronizedField("date_published"),
        SynchronizedField("featured"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    base_form_class = StoryPageForm

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("title", boost=4),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("country"),
        index.FilterField("told_in_language"),
        index.FilterField("partner"),
        index.FilterField("date_published"),
        index.FilterField("featured"),
        index.FilterField("locale"),
    ]

    content_panels = [
        # The moderator decides with the storyteller's consent in view (moderators only).
        ConsentRecordPanel(),
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                "hero_image_decorative",
                FieldPanel("hero_caption"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("storyteller_display"), FieldPanel("storyteller_name")],
            heading=_("Storyteller"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("told_in_language", widget=forms.Select(choices=story_language_choices)),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                *restricted([FieldPanel("partner")], STAFF_ONLY),
            ],
            heading=_("Place, themes and partner"),
        ),
        *restricted(
            [
                MultiFieldPanel(
                    [FieldPanel("date_published"), FieldPanel("featured")],
                    heading=_("Publication"),
                )
            ],
            STAFF_ONLY,
        ),
    ]
    # The story's own summary feeds cards, so the generic card summary is not offered.
    promote_panels = restricted(
        [
            *Page.promote_panels,
            MultiFieldPanel([FieldPanel("listing_image")], heading=_("Cards")),
            BasePage.promote_panels[-1],
        ],
        STAFF_ONLY,
    )

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # The library lists newest first, filtered by country, language or partner: each
        # filter has an index in that order, so a page of twelve reads about twelve rows.
        indexes = [
            models.Index(fields=["-date_published", "-page_ptr"], name="stories_newest"),
            models.Index(
                fields=["country", "-date_published", "-page_ptr"], name="stories_country_newest"
            ),
            models.Index(
                fields=["told_in_language", "-date_published", "-page_ptr"],
                name="stories_language_newest",
            ),
            models.Index(
                fields=["partner", "-date_published", "-page_ptr"], name="stories_partner_newest"
            ),
        ]

    og_type = "article"

    @property
    def pull_quote(self):
        """The first quotation of the story, if it has one: what its share card shows."""
        for block in self.body:
            if block.block_type == "quote" and block.value["quote"].strip():
                return block.value["quote"].strip()
        return ""

    def share_card_language(self):
        # A translation speaks its locale's language; the original, the one it was told in
        # (when the site speaks it): a story told in Arabic gets an Arabic card.
        page_language = super().share_card_language()
        if page_language != settings.LANGUAGE_CODE:
            return page_language
        if self.told_in_language in dict(settings.LANGUAGES):
            return self.told_in_language
        return page_language

    def share_card_content(self):
        """The pull quote (or the title), the storyteller as they chose to be named and the
        place, over the hero image."""
        content = super().share_card_content()
        with translation.override(self.share_card_language()):
            quote = self.pull_quote
            content.headline = quote or self.title
            content.is_quote = bool(quote)
            content.subline = " · ".join(str(part) for part in (self.byline, self.place) if part)
            content.background = self.hero_image if self.hero_image_id else content.background
            content.alt = f"{content.headline} ({content.subline})"
        return content

    def structured_data(self, request=None):
        """The story as a schema.org Article, published by the campaign.

        The author is the storyteller as they chose to be named; an anonymous story names the
        campaign, which publishes it on their behalf, and no person.
        """
        from itac.structured_data import campaign_organization

        url = self.get_full_url(request)
        campaign = campaign_organization(request)
        named = self.storyteller_display != StorytellerDisplay.ANONYMOUS and self.storyteller_name
        modified = self.last_published_at or self.latest_revision_created_at
        article = {
            "@type": "Article",
            "headline": self.title[:110],
            "description": self.summary,
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": BasePage.share_card_language(self),
            "datePublished": self.date_published.isoformat(),
            "author": {"@type": "Person", "name": self.storyteller_name} if named else campaign,
            "publisher": campaign,
            "image": self.share_image_urls(request),
        }
        if modified:
            article["dateModified"] = modified.isoformat()
        if self.place:
            article["contentLocation"] = {"@type": "Place", "name": self.place}
        return article

    @property
    def byline(self):
        """The storyteller as shown in public, as they chose."""
        if self.storyteller_display == StorytellerDisplay.ANONYMOUS or not self.storyteller_name:
            return _("Anonymous storyteller")
        return self.storyteller_name

    @property
    def byline_is_pseudonym(self):
        return self.storyteller_display == StorytellerDisplay.PSEUDONYM and bool(
            self.storyteller_name
        )

    @property
    def themes_list(self):
        """Theme names, comma-separated (the admin's CSV export)."""
        return ", ".join(theme.name for theme in self.themes.all())

    @property
    def language_name(self):
        return story_language_name(self.told_in_language)

    @property
    def place(self):
        """ "City, Country" as far as known, with the visitor's language's list separator."""
        return join_list((self.city, self.country.name))

    def full_clean(self, *args, **kwargs):
        # The slug is made from the title here, so the privacy rule holds in one place.
        if not self.slug and self.title:
            self.slug = slugify(self.title)[:255].strip("-")
        self.listing_summary = self.summary
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        needs_alt = self.hero_image_id and not self.hero_image_decorative
        if needs_alt and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = _("Describe the hero image, or tick that it is decorative.")
        if self.storyteller_display == StorytellerDisplay.ANONYMOUS:
            self.storyteller_name = ""
        elif not self.storyteller_name.strip():
            errors["storyteller_name"] = _(
                "Give the name to show, or choose to show the storyteller as anonymous."
            )
        elif self.storyteller_display != StorytellerDisplay.FULL_NAME and name_appears_in(
            self.storyteller_name, self.title
        ):
            errors["title"] = _(
                "The storyteller did not choose to be shown by full name: "
                "keep their name out of the title."
            )
        if self.slug and self.title:
            title_words = set(slugify(self.title).split("-"))
            strangers = [
                word
                for word in self.slug.split("-")
                if word and word not in title_words and not word.isdigit()
            ]
            if strangers and not self.slug_comes_from_the_original():
                errors["slug"] = _(
                    "The address must be made of words from the title, so that it never "
                    "carries anything the title does not show."
                )
        if self.told_in_language not in dict(story_language_choices()):
            errors["told_in_language"] = _("Choose a language from the list.")
        if errors:
            raise ValidationError(errors)

    def slug_comes_from_the_original(self):
        """Whether this is a translation whose address is its original's (the slug is kept the
        same in every language), made of words of the original's title."""
        if not self.translation_key:
            return False
        originals = (
            StoryPage.objects.filter(translation_key=self.translation_key, slug=self.slug)
            .exclude(pk=self.pk)
            .values_list("title", flat=True)
        )
        slug_words = {word for word in self.slug.split("-") if word and not word.isdigit()}
        return any(slug_words <= set(slugify(title).split("-")) for title in originals)

    def save(self, *args, **kwargs):
        from stories.search import (
            FILTER_COLUMNS,
            SEARCHED_COLUMNS,
            refresh_filters,
            refresh_search_documents,
        )

        self.listing_summary = self.summary
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # A save of some fields only (a draft's bookkeeping, unpublishing) keeps the searched
        # words: the page in memory may then hold an unpublished draft's text.
        if update_fields is None or set(SEARCHED_COLUMNS).intersection(update_fields):
            refresh_search_documents([self])
        elif {*FILTER_COLUMNS, "partner"}.intersection(update_fields):
            refresh_filters([self.pk])
        return result

    def get_context(self, request, *args, **kwargs):
        from stories.queries import prefetch_story_renditions, related_stories, share_links

        context = super().get_context(request, *args, **kwargs)

        def themes():
            prefetch_related_objects([self], "themes")
            return self.themes.all()

        def related():
            prefetch_related_objects([self], "themes")
            return related_stories(self)

        def hero_image():
            prefetch_story_renditions(self)
            return self.hero_image

        # The story's content is kept in the cache per publication and language
        # (stories/story_page.html): what only it shows is worked out when it is drawn anew.
        context["pages_version"] = pages_version()
        # Its themes are loaded once, for the page's list and for the related stories.
        context["story_themes"] = SimpleLazyObject(themes)
        context["related_stories"] = SimpleLazyObject(related)
        # Its renditions come in one query, asked for when its content is drawn anew.
        context["hero_image"] = SimpleLazyObject(hero_image)
        context["share_links"] = SimpleLazyObject(lambda: share_links(self, request))
        # The parent comes from routing (StoryIndexPage.route), so this costs no query there.
        context["library_url"] = self.get_parent().get_url(request=request)
        context["head_sections"] = section_templates(STORY_PAGE_HEAD_SECTIONS)
        return context

    def permissions_for_user(self, user):
        # Partner accounts get their own organisation's drafts only (stories/submissions).
        from stories.submissions.permissions import StoryPermissionTester

        return StoryPermissionTester(user, self)
