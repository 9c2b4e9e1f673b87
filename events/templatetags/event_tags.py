from django import template

register = template.Library()


@register.inclusion_tag("events/components/upcoming_events.html", takes_context=True)
def upcoming_events(context):
    """The next three events for the home page (filled in by the calls-to-action issue)."""
    return {"events": [], "request": context.get("request")}
