"""Story pages keep storytellers safe: names only as chosen, alt text unless decorative."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.images import get_image_model

from stories.models import StoryPage, StorytellerDisplay


def story(**fields):
    values = {
        "title": "It Takes A Community to plant a garden",
        "summary": "Neighbours plant a garden together.",
        "body": [{"type": "paragraph", "value": "<p>We planted it.</p>"}],
        "storyteller_display": StorytellerDisplay.ANONYMOUS,
    }
    values.update(fields)
    return StoryPage(**values)


def check(page):
    """Validate a story not yet in the tree (the tree fields come when it is added)."""
    page.full_clean(exclude=["path", "depth"])


def errors_of(page):
    with pytest.raises(ValidationError) as raised:
        check(page)
    return raised.value.message_dict


@pytest.mark.django_db
class TestStorytellerPrivacy:
    def test_slug_is_made_from_the_title(self, library):
        page = story(storyteller_display=StorytellerDisplay.FIRST_NAME, storyteller_name="Amal")
        library.add_child(instance=page)
        assert page.slug == "it-takes-a-community-to-plant-a-garden"
        assert page.url == "/stories/it-takes-a-community-to-plant-a-garden/"

    def test_a_first_name_cannot_go_into_the_title(self):
        page = story(
            title="It Takes A Community: Amal plants a garden",
            storyteller_display=StorytellerDisplay.FIRST_NAME,
            storyteller_name="Amal",
        )
        assert "title" in errors_of(page)

    def test_a_full_name_may_go_into_the_title_when_chosen(self, library):
        page = story(
            title="It Takes A Community: Amal Haddad plants a garden",
            storyteller_display=StorytellerDisplay.FULL_NAME,
            storyteller_name="Amal Haddad",
        )
        library.add_child(instance=page)
        assert "amal-haddad" in page.slug

    def test_the_slug_cannot_carry_words_the_title_does_not_show(self):
        page = story(slug="it-takes-a-community-amal-haddad")
        assert "slug" in errors_of(page)

    def test_a_number_may_make_the_slug_unique(self):
        check(story(slug="it-takes-a-community-to-plant-a-garden-2"))

    def test_anonymous_storytellers_keep_no_name(self):
        page = story(storyteller_name="Amal Haddad")
        check(page)
        assert page.storyteller_name == ""
        assert str(page.byline) == "Anonymous storyteller"

    def test_other_choices_need_the_name_to_show(self):
        page = story(storyteller_display=StorytellerDisplay.PSEUDONYM)
        assert "storyteller_name" in errors_of(page)

    def test_byline_is_the_name_as_chosen(self):
        page = story(storyteller_display=StorytellerDisplay.PSEUDONYM, storyteller_name="Samir")
        assert page.byline == "Samir" and page.byline_is_pseudonym


@pytest.mark.django_db
class TestHeroImage:
    def test_alt_text_is_required_unless_decorative(self):
        image = get_image_model().objects.first()
        assert "hero_image_alt" in errors_of(story(hero_image=image))
        check(story(hero_image=image, hero_image_decorative=True))
        check(story(hero_image=image, hero_image_alt="Two women stirring soup"))

    def test_unknown_language_is_refused(self):
        assert "told_in_language" in errors_of(story(told_in_language="xx"))


@pytest.mark.django_db
def test_a_submission_can_become_a_draft_story(library):
    """What story submission does: a draft from the submitted fields, image added later."""
    page = story(
        storyteller_display=StorytellerDisplay.FIRST_NAME,
        storyteller_name="Nadia",
        city="Quito",
        country="EC",
        told_in_language="es",
        live=False,
    )
    library.add_child(instance=page)
    page.save_revision()
    assert not StoryPage.objects.live().filter(pk=page.pk).exists()
    page.hero_image = get_image_model().objects.first()
    page.hero_image_alt = "A garden in Quito"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.listing_summary == page.summary
