"""Admin panels shared by the campaign's page types."""

from wagtail.admin.panels import FieldPanel, PanelGroup, TitleFieldPanel
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


class TitlePanel(TitleFieldPanel):
    """Wagtail's title panel, without the slug sync where the form has no slug field.

    A partner's story form leaves the address out; Wagtail would still start its sync with an
    empty target, and the browser reports an error on every partner edit screen.
    """

    class BoundPanel(TitleFieldPanel.BoundPanel):
        def get_attrs(self):
            attrs = super().get_attrs()
            if attrs.get("data-w-sync-target-value"):
                return attrs
            del attrs["data-w-sync-target-value"]
            for name in ("data-controller", "data-action"):
                words = [word for word in attrs.get(name, "").split() if "w-sync" not in word]
                if words:
                    attrs[name] = " ".join(words)
                else:
                    attrs.pop(name, None)
            return attrs
