from django import template

register = template.Library()


@register.inclusion_tag("actions/components/pledge_counter.html", takes_context=True)
def pledge_counter(context):
    """The pledge counter for the home page (filled in by the calls-to-action issue)."""
    return {"counter": None, "request": context.get("request")}
