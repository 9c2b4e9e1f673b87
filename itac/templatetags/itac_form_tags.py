"""Tags for accessible form fields (see templates/components/form_field.html)."""

from django import template

register = template.Library()


@register.filter
def widget_type(bound_field):
    """The widget's class name in lower case: 'textinput', 'checkbox', 'radioselect', ..."""
    name = bound_field.field.widget.__class__.__name__.lower()
    return "checkbox" if name == "checkboxinput" else name


@register.filter
def first_input_id(bound_field):
    """The id that focus should move to: a choice list's first choice, or the field itself."""
    if widget_type(bound_field) in ("radioselect", "checkboxselectmultiple"):
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.simple_tag
def field_with_description(bound_field):
    """The field's widget, pointing at its help text and error with aria-describedby."""
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{bound_field.auto_id}-help")
    if bound_field.errors:
        described_by.append(f"{bound_field.auto_id}-error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)
