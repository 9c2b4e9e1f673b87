"""Building blocks for the demo content that `make run` loads (nothing is downloaded)."""

import io
from importlib import import_module

from django.apps import apps
from django.core.files.images import ImageFile
from django.utils.module_loading import module_has_submodule

from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from .illustrations import illustrate, picture_file


def app_demo_modules():
    """Each campaign app's own demo content: the `demo` module of every installed app that
    declares a DEMO_ORDER, sorted by it (an app's demo links to what lower orders made).

    A module has `load(home, **options)`, and may have `add_demo_arguments(parser)` (options
    of its own for load_demo_content, given to each step), `load_at_scale(home, write,
    **options)` (content at scale, after the demo is committed; `write` says how it goes),
    `translate(home)` (its content in the
    other languages, run after the shared pages are translated), `translatable_snippets(locale)`
    (snippets translated with the shared pages, before them), `shared_page_translations()` (the
    words of its pages and snippets translated with the shared pages) and
    `attach_demo_account(user, group_name)` (ties a demo account to the app's content)."""
    modules = []
    for app_config in apps.get_app_configs():
        if app_config.name == "itac":
            continue  # the base's own demo content (this package) comes first, and by name
        if module_has_submodule(app_config.module, "demo"):
            module = import_module(f"{app_config.name}.demo")
            if hasattr(module, "DEMO_ORDER"):
                modules.append(module)
    return sorted(modules, key=lambda module: module.DEMO_ORDER)


def picture_bytes(picture, image_format="PNG"):
    """The picture's pixels in a file of this format, and nothing else (no metadata)."""
    return picture_file(picture, image_format)


def demo_image(title, theme="community", place="", size=(1200, 800), variant="", collection=None):
    """The Wagtail image with this title: the theme's illustration set in `place`
    (itac.demo.illustrations), drawn and saved the first time it is asked for, with its
    focal point on the motif so that every crop keeps it. No caption is drawn into it."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    illustration = illustrate(theme, place, size, variant)
    content = picture_file(illustration.picture, "JPEG")
    file_name = "demo-" + "".join(c if c.isalnum() else "-" for c in title.lower())[:60] + ".jpg"
    x, y, width, height = illustration.focus
    image = image_model(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        focal_point_x=x,
        focal_point_y=y,
        focal_point_width=width,
        focal_point_height=height,
    )
    image.file = ImageFile(io.BytesIO(content), name=file_name)
    image.save()
    return image


def child_page(parent, page, slug):
    """The live child of `parent` with this slug, created from `page` when it is missing.

    Returns (page, created) so callers know whether to add things that hang off it.
    """
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page.slug = slug
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
