"""Admin panels shared by the campaign's page types."""

from wagtail.admin.panels import FieldPanel, PanelGroup
from wagtail.models.panels import PanelPlaceholder


def restricted(panels, permission):
    """Copies of `panels` whose fields only users with `permission` see and may send.

    Wagtail leaves such a field out of the form altogether for everyone else, so a value
    posted for it anyway is ignored: not hidden, absent.
    """
    copies = []
    for panel in panels:
        if isinstance(panel, PanelPlaceholder):  # Wagtail's own title and slug panels
            panel = panel.construct()
        if isinstance(panel, str):
            copies.append(FieldPanel(panel, permission=permission))
        elif isinstance(panel, (FieldPanel, PanelGroup)):
            kwargs = panel.clone_kwargs()
            if isinstance(panel, PanelGroup):
                kwargs["children"] = restricted(panel.children, permission)
            kwargs["permission"] = permission
            copies.append(type(panel)(**kwargs))
        else:
            copies.append(panel)
    return copies
