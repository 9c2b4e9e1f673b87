"""The story editor's form in the admin."""

from partners.permissions import PartnerReferencesForm


class StoryPageForm(PartnerReferencesForm):
    """Offers only the themes of the story's own language (each theme exists once per language),
    and refuses, from a partner account, images or pages that are not its own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        themes = self.fields.get("themes")
        if themes is not None:
            from wagtail.models import Locale

            locale = self.instance.locale if self.instance.locale_id else None
            if locale is None and self.parent_page is not None:
                locale = self.parent_page.locale
            themes.queryset = themes.queryset.filter(locale=locale or Locale.get_default())
