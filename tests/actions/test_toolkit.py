"""The toolkit: resources grouped by kind and language, with type and size, as attachments."""

import pytest

from django.core.exceptions import ValidationError

from actions.models import ToolkitResource
from tests.factories import ImageFactory, ToolkitResourceFactory
from tests.html import accessible_name, all_by_role, by_role, parse, texts, visible_text
from tests.queries import queries_to_get

pytestmark = pytest.mark.django_db


def png(width, height):
    return ImageFactory(
        file__width=width,
        file__height=height,
        file__format="PNG",
        file__filename=f"card-{width}x{height}.png",
    )


@pytest.fixture
def toolkit(toolkit_page):
    """Two social cards, a message guide in each language, the campaign mark and a video."""
    for size in ((1200, 630), (1080, 1080)):
        ToolkitResourceFactory(kind="social-cards", language="", document=None, image=png(*size))
    for language in ("pt", "ar", "fr", "es", "en"):
        # A guide of some 24 KB, as the page shows its size.
        ToolkitResourceFactory(
            language=language, document__file__data=b"%PDF-1.4\n" + b" " * 25_000
        )
    ToolkitResourceFactory(kind="logos", language="", document=None, image=png(800, 800))
    ToolkitResourceFactory(
        kind="videos", language="", document=None, link_url="https://video.example.org/itac"
    )
    return toolkit_page


def test_the_toolkit_groups_resources_and_shows_type_and_size(client, toolkit):
    response = client.get("/toolkit/")
    assert response.status_code == 200
    doc = parse(response)
    for kind in ("Social media cards", "Message guides", "Logos and the campaign mark", "Videos"):
        assert by_role(doc, "heading", kind).name == "h2"
    labels = texts(doc.select(".toolkit-resource__language"))
    assert {"English", "Spanish", "French", "Arabic", "Portuguese", "Any language"} <= set(labels)
    types = texts(doc.select(".toolkit-resource__type"))
    assert "PDF" in types and "PNG" in types
    text = visible_text(doc)
    assert "1200 × 630 pixels" in text and "1080 × 1080 pixels" in text
    guide = toolkit.resources.get(kind="message-guide", language="en")
    size = f"{guide.document.file_size / 1024:.1f}".replace(".0", "")
    assert any(s.startswith(size) for s in texts(doc.select(".toolkit-resource__size")))
    downloads = [link for link in all_by_role(doc, "link") if link.has_attr("download")]
    assert sum(accessible_name(link).startswith("Download ") for link in downloads) >= 3


def test_the_visitors_language_comes_first(toolkit):
    from django.utils import translation

    def guide_languages():
        for _kind, languages in toolkit.resource_groups():
            if languages[0][1][0].kind == "message-guide":
                return [resources[0].language for _name, resources in languages]
        return []

    with translation.override("en"):
        assert guide_languages() == ["en", "es", "fr", "ar", "pt"]
    with translation.override("ar"):
        assert guide_languages() == ["ar", "en", "es", "fr", "pt"]


@pytest.mark.usefixtures("demo_site")
def test_the_message_guide_exists_in_all_five_languages(client, toolkit_page):
    """The demo loader's own guides: each language's, written in that language."""
    guides = {r.language: r for r in toolkit_page.resources.filter(kind="message-guide")}
    assert set(guides) == {"en", "es", "fr", "ar", "pt"}
    words = {"es": "Tres mensajes", "fr": "Trois messages", "pt": "Três mensagens"}
    for language, resource in guides.items():
        body = b"".join(client.get(f"/toolkit/download/{resource.pk}/").streaming_content)
        if language in words:
            assert words[language].encode("cp1252") in body, language
    arabic = b"".join(client.get(f"/toolkit/download/{guides['ar'].pk}/").streaming_content)
    assert "ثلاث رسائل" in arabic.decode("utf-8-sig")
    # One grid per kind: the five guides are cards of one list, each saying its language.
    doc = parse(client.get("/toolkit/"))
    heading = by_role(doc, "heading", "Message guides")
    grid = heading.find_next("ul")
    assert len(grid.find_all("li", recursive=False)) == 5


@pytest.mark.parametrize("kind", ["message-guide", "social-cards", "logos"])
def test_downloads_are_served_as_attachments(client, toolkit, kind):
    resource = toolkit.resources.filter(kind=kind).first()
    response = client.get(f"/toolkit/download/{resource.pk}/")
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert resource.file_name in disposition
    body = b"".join(response.streaming_content)
    assert len(body) == resource.file_size
    if kind == "message-guide":
        if resource.file_type == "PDF":
            assert body.startswith(b"%PDF") and response["Content-Type"] == "application/pdf"
        else:
            assert resource.language == "ar" and body.decode("utf-8-sig")
    else:
        assert body.startswith(b"\x89PNG")


def test_unknown_or_foreign_downloads_are_404(client, toolkit):
    assert client.get("/toolkit/download/999999/").status_code == 404
    link = toolkit.resources.get(kind="videos")
    assert client.get(f"/toolkit/download/{link.pk}/").status_code == 404
    assert client.get("/toolkit/download/abc/").status_code == 404


def test_the_toolkit_costs_the_same_with_more_resources(
    client, toolkit, django_assert_max_num_queries
):
    client.get("/toolkit/")  # renditions are made on the first view
    baseline = queries_to_get(client, "/toolkit/")
    existing = list(toolkit.resources.all())
    for copy in range(3):
        for resource in existing:
            resource.pk = None
            resource.title = f"{resource.title} ({copy})"
            resource.save()
    client.get("/toolkit/")
    with django_assert_max_num_queries(baseline):
        response = client.get("/toolkit/")
    assert "(2)" in visible_text(parse(response))


def test_a_resource_needs_exactly_one_file_or_link(toolkit):
    document = toolkit.resources.exclude(document=None).first().document
    image = toolkit.resources.exclude(image=None).first().image
    for sources in (
        {},
        {"document": document, "image": image},
        {"document": document, "link_url": "https://a.example"},
    ):
        resource = ToolkitResource(page=toolkit, title="T", kind="other", **sources)
        with pytest.raises(ValidationError):
            resource.full_clean()
    ToolkitResource(page=toolkit, title="T", kind="other", document=document).full_clean()
