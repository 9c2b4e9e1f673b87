"""/sitemap.xml: every live, public page of every language, with its real translations.

Wagtail's own sitemap lists the pages under the default Site's root page, which holds only the
English pages: the translations live under their own home pages (`home-ar`, ...). This one
walks every translation of the root page, skips pages hidden from search engines, and names
each page's real translations as `xhtml:link` alternates (never the English fallback that an
untranslated page shows under /ar/).
"""

from collections import defaultdict

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class CampaignSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True).live()
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        if not in_a_home:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .filter(in_a_home)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = [
            item
            for item in self.paginator.page(page).object_list
            if not getattr(item, "hide_from_search_engines", False)
        ]
        located = []
        for item in pages:
            location = item.get_full_url(self.request)
            if location:
                located.append((item, location))
        translations = defaultdict(list)
        for item, location in located:
            translations[item.translation_key].append(
                {"lang_code": item.locale.language_code, "location": location}
            )
        urls = []
        for item, location in located:
            alternates = translations[item.translation_key]
            if len(alternates) > 1:
                english = [a for a in alternates if a["lang_code"] == "en"]
                alternates = [*alternates, *({**a, "lang_code": "x-default"} for a in english)]
            else:
                alternates = []
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
