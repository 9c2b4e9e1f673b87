"""The consent wording storytellers see, versioned.

Change any of these sentences and you must raise CONSENT_VERSION: each submission records the
version, the language and the exact words it was shown, so we can always say what was agreed.
"""

from django.utils.translation import gettext_lazy as _

CONSENT_VERSION = "2026-11-v1"

CONSENT_PUBLISH_STORY = _(
    "I agree that #ItTakesACommunity may publish this story on its website, in its "
    "newsletters and on its social media accounts, after a moderator has reviewed it, and "
    "shown as I chose above. I can ask for it to be removed at any time."
)
CONSENT_PUBLISH_PHOTO = _(
    "I agree that the photo I send may be published with the story. It is mine to share, and "
    "everyone recognisable in it agreed to it being published."
)
CONSENT_CONTACT = _(
    "The campaign may write to me at the email address I gave about this story: to ask a "
    "question, to tell me when it is published or not, and to send me a link to remove it."
)


def consent_record_text():
    """The three consent sentences as shown, in the active language, for the record."""
    return "\n\n".join(
        str(sentence)
        for sentence in (CONSENT_PUBLISH_STORY, CONSENT_PUBLISH_PHOTO, CONSENT_CONTACT)
    )
