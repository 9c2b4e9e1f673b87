from django.db import migrations


def create_story_review_workflow(apps, schema_editor):
    """The "Story review" workflow: one task that the Moderators group approves."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    StoryReviewTask = apps.get_model("story_submissions", "StoryReviewTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    moderators, _created = Group.objects.get_or_create(name="Moderators")
    task_type, _created = ContentType.objects.get_or_create(
        app_label="story_submissions", model="storyreviewtask"
    )
    task = StoryReviewTask.objects.filter(name="Moderators review the story").first()
    if task is None:
        task = StoryReviewTask.objects.create(
            name="Moderators review the story", content_type=task_type, active=True
        )
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name="Story review", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})



class Migration(migrations.Migration):
    dependencies = [
        ("story_submissions", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_story_review_workflow, migrations.RunPython.noop)
    ]
