"""The moderators' "erase this story completely" screen."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin import messages

from stories.models import StoryPage

from .services import erase_story

ERASE_PERMISSION = "story_submissions.delete_storysubmission"


def erase_story_view(request, page_id):
    if not request.user.has_perm(ERASE_PERMISSION):
        raise PermissionDenied
    story = get_object_or_404(StoryPage, pk=page_id)
    if request.method == "POST":
        erase_story(story, user=request.user)
        messages.success(request, _("The story and everything kept about it have been erased."))
        return redirect("wagtailadmin_home")
    return TemplateResponse(request, "story_submissions/admin/erase_story.html", {"story": story})
