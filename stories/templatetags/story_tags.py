from django import template

register = template.Library()


@register.inclusion_tag("stories/components/featured_stories.html", takes_context=True)
def featured_stories(context):
    """Up to three featured stories for the home page (filled in by the stories issue)."""
    return {"stories": [], "request": context.get("request")}
