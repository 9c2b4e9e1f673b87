"""Plain links that share a page on the major networks and by email: no third-party script, no
request to a network until the visitor follows one. Story pages and the pledge's thanks page use
them."""

from urllib.parse import quote, urlencode

# (key, name shown, address pattern, its parameters from the page's address and text)
SHARE_NETWORKS = [
    ("x", "X", "https://x.com/intent/post?{}", lambda url, text: {"url": url, "text": text}),
    (
        "facebook",
        "Facebook",
        "https://www.facebook.com/sharer/sharer.php?{}",
        lambda url, text: {"u": url},
    ),
    (
        "linkedin",
        "LinkedIn",
        "https://www.linkedin.com/sharing/share-offsite/?{}",
        lambda url, text: {"url": url},
    ),
    ("whatsapp", "WhatsApp", "https://wa.me/?{}", lambda url, text: {"text": f"{text} {url}"}),
]


def network_links(url, text):
    """[{network, name, url}] sharing `url` with `text` on each network."""
    return [
        {"network": key, "name": name, "url": pattern.format(urlencode(params(url, text)))}
        for key, name, pattern, params in SHARE_NETWORKS
    ]


def email_link(subject, body):
    """A mailto: address that opens a new email with this subject and body."""
    return "mailto:?" + urlencode({"subject": subject, "body": body}, quote_via=quote)
