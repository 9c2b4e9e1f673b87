"""Stories sent in through the public form: the form page, the private record, the review task."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import AbstractGroupApprovalTask
from wagtail_localize.fields import TranslatableField

from itac.blocks import RICH_TEXT_FEATURES
from itac.models import BasePage


class StorySubmissionPage(RoutablePageMixin, BasePage):
    """The "Share your story" page: the form, its confirmation, and the removal request form."""

    # Confirmations and the removal form (its link carries a token) stay out of search engines.
    private_subpaths = ("thanks/", "remove/")

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    confirmation_text = RichTextField(
        _("confirmation text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after sending: what happens next."),
    )
    removal_introduction = RichTextField(
        _("removal request introduction"), features=RICH_TEXT_FEATURES, blank=True
    )

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("confirmation_text"),
        TranslatableField("removal_introduction"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("confirmation_text"),
        FieldPanel("removal_introduction"),
    ]
    parent_page_types = ["itac.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story submission page")

    @path("")
    def share_story(self, request):
        from .views import share_story

        return share_story(request, self)

    @path("thanks/")
    def thanks(self, request):
        from .views import thanks

        return thanks(request, self)

    @path("remove/")
    def remove_story(self, request):
        from .views import request_removal

        return request_removal(request, self)

    @path("remove/thanks/")
    def removal_thanks(self, request):
        from .views import removal_thanks

        return removal_thanks(request, self)


class Relationship(models.TextChoices):
    MINE = "mine", _("It is my own story")
    SOMEONE_I_KNOW = (
        "someone-i-know",
        _("It is the story of someone I know, told with their permission"),
    )
    ORGANISATION = "organisation", _("It is about my organisation's work")


class SubmissionStatus(models.TextChoices):
    IN_REVIEW = "in-review", _("Waiting for review")
    CHANGES_REQUESTED = "changes-requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class StorySubmission(models.Model):
    """What a storyteller sent that is not for the public: kept apart from the story page.

    Seen by moderators only. Erasing the story erases this record with it.
    """

    story = models.OneToOneField(
        "stories.StoryPage",
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        related_name="submission",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.IN_REVIEW,
        db_index=True,
    )
    relationship = models.CharField(
        _("whose story it is"), max_length=20, choices=Relationship.choices
    )
    contact_email = models.EmailField(_("contact email (never public)"), blank=True)
    consent_publish_story = models.BooleanField(_("consented to publishing the story"))
    consent_publish_photo = models.BooleanField(_("consented to publishing the photo"))
    consent_contact = models.BooleanField(_("consented to being contacted"))
    consent_version = models.CharField(_("consent wording version"), max_length=20)
    consent_language = models.CharField(_("language of the consent"), max_length=10)
    consent_text = models.TextField(_("consent wording shown"))
    consented_at = models.DateTimeField(_("consent given at"))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo sent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by (partner account)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    submitted_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    decided_at = models.DateTimeField(_("published or rejected at"), null=True, blank=True)
    removal_requested_at = models.DateTimeField(_("removal requested at"), null=True, blank=True)
    # Only a hash: the link itself goes to the storyteller by email and is never stored.
    removal_token_hash = models.CharField(max_length=64, blank=True, editable=False)
    # The hash of the form's submission key (itac.forms): the same form sent twice, by a
    # double click or a proxy retrying on another app server, is stored once. Empty (NULL)
    # for stories sent before keys existed, and for stories not sent through the form.
    submission_key_hash = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )

    class Meta:
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")
        ordering = ["-submitted_at"]
        # The impact dashboard's decisions in a period (reach.dashboard).
        indexes = [models.Index(fields=["decided_at"], name="submission_decided_at")]

    def __str__(self):
        return str(_("Submission of %(date)s") % {"date": self.submitted_at.date().isoformat()})

    @property
    def source(self):
        """Where the story came from, as the queues say it: the public form or a partner."""
        if self.partner_id:
            return _("Partner: %(name)s") % {"name": self.partner.title}
        return _("The public form")

    source.fget.short_description = _("sent through")

    @property
    def may_contact(self):
        return self.consent_contact and bool(self.contact_email)

    @staticmethod
    def hash_token(token):
        return hashlib.sha256(token.encode()).hexdigest()


class RemovalRequest(models.Model):
    """A storyteller's request to take their story down; moderators act on it."""

    submission = models.ForeignKey(
        StorySubmission,
        verbose_name=_("matching submission"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="removal_requests",
    )
    contact_email = models.EmailField(_("email given"), blank=True)
    story_address = models.CharField(_("story address or title given"), max_length=300, blank=True)
    message = models.TextField(_("message"), max_length=2000, blank=True)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        verbose_name = _("removal request")
        verbose_name_plural = _("removal requests")
        ordering = ["handled", "-requested_at"]

    def __str__(self):
        return str(
            _("Removal request of %(date)s") % {"date": self.requested_at.date().isoformat()}
        )


class StoryReviewTask(AbstractGroupApprovalTask):
    """Moderators approve (and so publish), request changes, or reject a submitted story."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions:
            actions.append(("reject-story", _("Reject the story"), True))
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "reject-story":
            from .services import reject_story

            reject_story(task_state, user, **kwargs)
        else:
            super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Moderators approve, ask for changes to, or reject a submitted story")

    class Meta:
        verbose_name = _("story review task")
        verbose_name_plural = _("story review tasks")
