"""The toolkit: files campaign leaders download and adapt."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from actions.blocks import ActionStreamBlock
from itac.models import BasePage


class ResourceKind(models.TextChoices):
    SOCIAL_CARDS = "social-cards", _("Social media cards")
    MESSAGE_GUIDE = "message-guide", _("Message guides")
    LOGOS = "logos", _("Logos and the campaign mark")
    VIDEOS = "videos", _("Videos")
    OTHER = "other", _("More resources")


class ToolkitPage(RoutablePageMixin, BasePage):
    """Templates, messages, logos and videos for campaign leaders, grouped by kind and language."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(
        ActionStreamBlock(),
        blank=True,
        verbose_name=_("how to use the toolkit"),
        help_text=_("Shown after the resources."),
    )

    # Resources are files in a given language (each says which): shared, not translated.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
        SynchronizedField("resources"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        InlinePanel("resources", heading=_("Resources"), label=_("resource")),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("toolkit page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resource_groups"] = self.resource_groups()
        return context

    def resource_groups(self):
        """[(kind label, [(language label, [resources])])], the visitor's language first.

        Two queries whatever the number of resources: the resources with their files, and the
        image renditions.
        """
        resources = self.resources.select_related("document", "image").prefetch_related(
            "image__renditions"
        )
        language_order = [get_language(), "", *(code for code, _name in settings.LANGUAGES)]
        language_names = {"": _("Any language"), **dict(settings.LANGUAGES)}
        groups = []
        for kind in ResourceKind:
            of_kind = [r for r in resources if r.kind == kind and r.is_available]
            codes = sorted({r.language for r in of_kind}, key=language_order.index)
            by_language = [
                (language_names[code], [r for r in of_kind if r.language == code]) for code in codes
            ]
            if by_language:
                groups.append((kind.label, by_language))
        return groups

    @path("", name="toolkit")
    def toolkit_view(self, request):
        return self.render(request)

    @path("download/<int:resource_id>/", name="download")
    def download_view(self, request, resource_id):
        """The resource's file as an attachment, so browsers save it instead of opening it."""
        resource = (
            self.resources.select_related("document__collection", "image")
            .filter(pk=resource_id)
            .first()
        )
        if resource is None or resource.file is None:
            raise Http404
        if resource.document and resource.document.collection.get_view_restrictions().exists():
            # A private collection: Wagtail's own view asks for the password or login.
            return redirect(resource.document.url)
        try:
            stream = resource.file.open("rb")
        except OSError as error:
            # The record outlived its file (storage restored without media): not found.
            raise Http404 from error
        response = FileResponse(stream, as_attachment=True, filename=resource.file_name)
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response


class ToolkitResource(Orderable):
    """One file (a document or an image) or one video link in the toolkit."""

    page = ParentalKey(ToolkitPage, related_name="resources", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), max_length=300, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("Leave empty for files without words, such as logos."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("or an image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Social media cards and logos: visitors see a preview and download the file."),
    )
    link_url = models.URLField(
        _("or a link"), blank=True, help_text=_("For videos kept on a video site.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("kind"),
        FieldPanel("language"),
        FieldPanel("document"),
        FieldPanel("image"),
        FieldPanel("link_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("toolkit resource")
        verbose_name_plural = _("toolkit resources")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        sources = [bool(self.document_id), bool(self.image_id), bool(self.link_url)]
        if sum(sources) != 1:
            raise ValidationError(
                {"document": _("Choose one document, one image or one link for each resource.")}
            )

    @property
    def file(self):
        """The stored file behind the resource, or None for a link."""
        source = self.document or self.image
        return source.file if source else None

    @property
    def is_available(self):
        return bool(self.document_id or self.image_id or self.link_url)

    @property
    def file_name(self):
        return os.path.basename(self.file.name) if self.file else ""

    @property
    def file_type(self):
        """The file's extension in capitals (PDF, PNG), as people know file types."""
        return os.path.splitext(self.file_name)[1][1:].upper()

    @property
    def file_size(self):
        """The size in bytes recorded when the file was uploaded (no storage call)."""
        source = self.document or self.image
        return source.file_size if source else None
