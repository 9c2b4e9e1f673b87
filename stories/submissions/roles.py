"""The four admin roles, set up in one place (README "Roles in the admin").

Administrator: a superuser, everything. Editor (campaign staff): every campaign page and
snippet, published directly. Moderator: the review queue of stories sent in, and the private
records beside them (read-only). Partner: its own organisation's stories and profile only.

`set_up_roles` runs after every `migrate` (model permissions exist only once Django's
post_migrate has made them) and again when a story library or partner directory is created,
so a new database, the demo loader and the tests all get the same roles. Running it again
changes nothing; it also removes powers a role must not have (Wagtail's own first migration
gives Editors and Moderators rights over the whole page tree and every collection).
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS, MODERATORS, PARTNERS = "Editors", "Moderators", "Partners"
SUBMISSIONS_COLLECTION = "Submissions"
PARTNER_UPLOADS_COLLECTION = "Partner uploads"
STORY_REVIEW_WORKFLOW = "Story review"
PARTNER_PROFILE_WORKFLOW = "Partner profile review"

# Editors: every model of the campaign's own apps (pages, snippets, settings), except who
# acts for which partner (administrators only) and the private submission records.
CAMPAIGN_APPS = ["itac", "partners", "stories", "actions", "events"]
EDITOR_EXCLUDED_MODELS = {("partners", "partnermembership")}
EDITOR_EXTRA_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
    ("wagtail_localize", "submit_translation"),
]
MODERATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    # The private record: read it, and erase it with its story (never change it).
    ("story_submissions", "view_storysubmission"),
    ("story_submissions", "delete_storysubmission"),
    ("story_submissions", "view_removalrequest"),
    ("story_submissions", "change_removalrequest"),
    # A story's staff-only fields (partner, featured, publication date, promotion).
    ("stories", "change_storypage"),
    # Public pledge names: hide or remove one on request.
    ("actions", "view_pledgesignature"),
    ("actions", "change_pledgesignature"),
    ("actions", "delete_pledgesignature"),
]
PARTNER_PERMISSIONS = [("wagtailadmin", "access_admin")]

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    # Only on story libraries (see grant_story_library).
    MODERATORS: ["change_page", "publish_page", "lock_page", "unlock_page"],
}
MEDIA_PERMISSIONS = ["add_{}", "change_{}", "choose_{}"]


def permission_objects(pairs):
    query = Q(pk__in=[])
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


def editor_permissions():
    campaign = Permission.objects.filter(content_type__app_label__in=CAMPAIGN_APPS)
    for app_label, model in EDITOR_EXCLUDED_MODELS:
        campaign = campaign.exclude(content_type__app_label=app_label, content_type__model=model)
    return [*campaign, *permission_objects(EDITOR_EXTRA_PERMISSIONS)]


def media_permissions():
    pairs = [("wagtailimages", p.format("image")) for p in MEDIA_PERMISSIONS]
    pairs += [("wagtaildocs", p.format("document")) for p in MEDIA_PERMISSIONS]
    return permission_objects(pairs)


def child_collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def grant_exactly(group_permission_model, group, target, wanted):
    """Exactly the `wanted` (`target` id, permission id) pairs for the group, in
    `group_permission_model` (GroupCollectionPermission, GroupPagePermission): others removed."""
    target_id = f"{target}_id"
    for existing in group_permission_model.objects.filter(group=group):
        if (getattr(existing, target_id), existing.permission_id) not in wanted:
            existing.delete()
    for target_pk, permission_id in wanted:
        group_permission_model.objects.get_or_create(
            group=group, permission_id=permission_id, **{target_id: target_pk}
        )


def set_collection_permissions(group, collection_permissions):
    """Exactly these (collection, permissions) for the group: nothing more anywhere."""
    wanted = {(c.pk, p.pk) for c, permissions in collection_permissions for p in permissions}
    grant_exactly(GroupCollectionPermission, group, "collection", wanted)


def set_page_permissions(group, pages, codenames):
    wanted = {
        (page.pk, permission.pk)
        for page in pages
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        )
    }
    grant_exactly(GroupPagePermission, group, "page", wanted)


def group_approval_workflow(workflow_name, task_name, task_model, group):
    """A one-task workflow approved by `group` (found by name, made when missing)."""
    task = task_model.objects.filter(name=task_name).first()
    if task is None:
        task = task_model.objects.create(name=task_name, active=True)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(
        name=workflow_name, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign_workflows():
    """Story review on every story library, partner profile review on every partner directory;
    nothing on the rest of the tree: campaign pages that editors publish go live at once."""
    from wagtail.models import GroupApprovalTask

    from partners.models import PartnerIndexPage
    from stories.models import StoryIndexPage

    root = Page.get_first_root_node()
    # Wagtail's default "Moderators approval" sits on the root page: campaign pages skip it.
    WorkflowPage.objects.filter(page__depth__lte=2).delete()
    story_review = Workflow.objects.filter(name=STORY_REVIEW_WORKFLOW).first()
    if story_review is not None:
        for index in StoryIndexPage.objects.all():
            WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": story_review})
    editors = Group.objects.get(name=EDITORS)
    profile_review = group_approval_workflow(
        PARTNER_PROFILE_WORKFLOW, "Editors approve a partner's profile", GroupApprovalTask, editors
    )
    for directory in PartnerIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page=directory, defaults={"workflow": profile_review})
    moderators = Group.objects.get(name=MODERATORS)
    set_page_permissions(moderators, StoryIndexPage.objects.all(), PAGE_PERMISSIONS[MODERATORS])
    set_page_permissions(editors, [root], PAGE_PERMISSIONS[EDITORS])
    Group.objects.get(name=PARTNERS).page_permissions.all().delete()


def set_up_roles(**kwargs):
    # Every app's permissions, now: Django would only make them after this handler.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    partners, _created = Group.objects.get_or_create(name=PARTNERS)
    editors.permissions.set(editor_permissions())
    moderators.permissions.set(permission_objects(MODERATOR_PERMISSIONS))
    partners.permissions.set(permission_objects(PARTNER_PERMISSIONS))

    # Media: editors work in the root collection and everything under it except the private
    # Submissions collection (see stories/submissions/collections.py); moderators open the
    # submitted photos; partners upload into their own collection and choose only their own
    # organisation's uploads (the chooser and the page forms check it).
    root = Collection.get_first_root_node()
    submissions = child_collection(SUBMISSIONS_COLLECTION)
    partner_uploads = child_collection(PARTNER_UPLOADS_COLLECTION)
    media = media_permissions()
    images_only = [p for p in media if p.content_type.app_label == "wagtailimages"]
    set_collection_permissions(editors, [(root, media)])
    set_collection_permissions(moderators, [(submissions, images_only)])
    set_collection_permissions(
        partners, [(partner_uploads, [p for p in images_only if p.codename != "change_image"])]
    )
    assign_workflows()
