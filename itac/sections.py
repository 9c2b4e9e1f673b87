"""Sections that apps higher up add to a page lower down, which does not know them.

The home page (base) shows the featured stories, the pledge counter and the upcoming events; the
"pledge figures" block of a content page (base) shows the live pledge counts; a partner page
(partners) shows the partner's stories, events and embed code. Each app registers
a Wagtail hook under the page's hook name, in its own wagtail_hooks.py, that returns the
template of its section; the page includes each in the hooks' order (`order=`), with its own
context. Dependencies so run one way: the page's app names no app that adds to it.

A home page section that lists pages (featured stories, upcoming events) is kept whole in the
cache ({% wagtailcache %}) per language: rebuilt when any page is published or changed
(`pages_version`, itac.page_cache), or after five minutes; never kept nor taken from the cache
in a preview, where an editor sees what is live now.
"""

from wagtail import hooks

HOME_PAGE_SECTIONS = "itac_home_page_sections"
PLEDGE_FIGURES_SECTIONS = "itac_pledge_figures_sections"


def section_templates(hook_name):
    """The templates registered for `hook_name`, in the hooks' order."""
    return [template_for_section() for template_for_section in hooks.get_hooks(hook_name)]
