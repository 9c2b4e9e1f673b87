from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

SOCIAL_NETWORKS = [
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("x", "X"),
    ("youtube", "YouTube"),
    ("linkedin", "LinkedIn"),
    ("tiktok", "TikTok"),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS, label=_("Network"))
    url = blocks.URLBlock(label=_("Address of the campaign's profile"))

    class Meta:
        icon = "site"


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        required=False,
        max_length=40,
        label=_("Label"),
        help_text=_("Leave empty to use the page's title in each language."),
    )

    class Meta:
        icon = "link"


@register_setting(icon="site")
class CampaignSettings(BaseSiteSetting):
    """What editors control about the whole campaign site: hashtag, social profiles, footer,
    and the pages every language links to (privacy, the story form).

    The pages are chosen once, in the default language: each visitor is led to the translation
    in their language (itac.navigation.campaign_page_urls), and renaming a page moves every link.
    """

    hashtag = models.CharField(_("campaign hashtag"), max_length=60, default="#ItTakesACommunity")
    contact_email = models.EmailField(_("public contact email"), blank=True)
    social_links = StreamField(
        [("social_link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )
    # Pages, not paths: links follow when an editor renames a slug; an empty choice hides them.
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page. Leave empty to hide the link."),
    )
    story_form_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("story form page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            'Where the "Share your story" buttons of stories and partners lead. '
            "Leave empty to hide them."
        ),
    )

    panels = [
        FieldPanel("hashtag"),
        FieldPanel("contact_email"),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [
                PageChooserPanel("privacy_page"),
                PageChooserPanel("story_form_page", "story_submissions.StorySubmissionPage"),
            ],
            heading=_("Pages linked from every page"),
        ),
    ]

    class Meta:
        verbose_name = _("campaign settings")


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The main navigation editors control; each link follows the visitor's language."""

    main_navigation = StreamField(
        [("link", NavigationLinkBlock())], blank=True, verbose_name=_("main navigation")
    )

    panels = [FieldPanel("main_navigation")]

    class Meta:
        verbose_name = _("navigation")


class FooterText(TranslatableMixin, models.Model):
    """The words in the footer of every page, one translation per language.

    Site settings belong to a site, not to a language, so the footer's words are a
    translatable snippet instead: translators see and translate it like any other.
    """

    text = models.TextField(_("footer text"), max_length=500)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return Truncator(self.text).words(8)
