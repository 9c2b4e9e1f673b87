"""Taking the pledge: the form, its thank-you, duplicates, spam, rate limit and the counter."""

import re
import time

import pytest

from django.core.cache import cache

from actions.counter import COUNTER_CACHE_SECONDS
from actions.models import PledgePage, PledgeSignature
from tests.factories import PledgeSignatureFactory
from tests.html import (
    accessible_name,
    all_by_role,
    by_label,
    by_role,
    hrefs,
    mentions,
    parse,
    title,
    visible_text,
)
from tests.queries import queries_to_get

from .conftest import pledge_data

pytestmark = pytest.mark.django_db


def counter_numbers(page):
    """(pledges, countries) as the counter shows them."""
    text = visible_text(parse(page))
    countries = re.search(r"People and organisations from (\d+) countr(?:y|ies) have pledged", text)
    pledges = re.search(r"([\d,]+) pledges? so far", text)
    return (
        int(pledges.group(1).replace(",", "")) if pledges else 0,
        int(countries.group(1)) if countries else 0,
    )


def post_pledge(client, django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/pledge/", pledge_data(**fields), REMOTE_ADDR="192.0.2.10")


class TestPledgeForm:
    def test_the_pledge_page_shows_the_pledge_the_form_and_the_counter(self, client):
        for country in ("IE", "IE", "EC"):
            PledgeSignatureFactory(country=country)
        response = client.get("/pledge/")
        assert response.status_code == 200
        doc = parse(response)
        pledge_page = PledgePage.objects.get(
            url_path__endswith="/pledge/", locale__language_code="en"
        )
        assert [accessible_name(h) for h in doc.find_all("h1")] == [pledge_page.title]
        # The pledge's words, as its editors wrote them.
        assert visible_text(parse(pledge_page.pledge_text)) in visible_text(
            by_role(doc, "region", "The pledge")
        )
        form = by_role(doc, "region", "Add your name").find("form")
        for field in ("signer_type", "display_name", "country", "email", "email_updates"):
            assert form.find(attrs={"name": field}) is not None, field
        consent_box = by_label(form, "Yes, send me occasional campaign updates by email")
        assert consent_box.get("name") == "email_updates"
        assert consent_box.get("type") == "checkbox" and not consent_box.has_attr("checked")
        assert counter_numbers(doc) == (3, 2)
        assert by_role(doc, "heading", "Where the pledges come from")

    def test_a_visitor_pledges_and_sees_the_counter_move_on_both_pages(
        self, client, pledge_page, django_capture_on_commit_callbacks
    ):
        before_pledge = counter_numbers(client.get("/pledge/"))
        before_home = counter_numbers(client.get("/"))
        assert before_home == before_pledge

        response = post_pledge(
            client, django_capture_on_commit_callbacks, country="IS", display_name="Björk"
        )

        assert response.status_code == 302
        assert response["Location"] == "/pledge/thanks/"
        thanks = parse(client.get(response["Location"]))
        assert by_role(thanks, "heading", pledge_page.thank_you_heading).name == "h1"
        share = hrefs(by_role(thanks, "region", "Ask others to join you"))
        assert any(href.startswith("https://x.com/intent/post") for href in share), share
        after = counter_numbers(client.get("/pledge/"))
        assert after == (before_pledge[0] + 1, before_pledge[1] + 1)  # Iceland is new
        assert counter_numbers(client.get("/")) == after
        signature = PledgeSignature.objects.get(country="IS")
        assert signature.pledge_id == pledge_page.pk
        assert (signature.display_name, signature.language) == ("Björk", "en")
        assert signature.email == "" and not signature.show_in_public_list

    def test_the_thank_you_address_carries_no_personal_data(
        self, client, django_capture_on_commit_callbacks
    ):
        response = post_pledge(
            client,
            django_capture_on_commit_callbacks,
            display_name="Grace Hopper",
            email="grace@example.org",
            email_updates="on",
        )
        location = response["Location"]
        assert "grace" not in location.lower() and "@" not in location and "?" not in location

    def test_an_email_is_stored_normalised_with_its_consent(
        self, client, django_capture_on_commit_callbacks
    ):
        post_pledge(
            client,
            django_capture_on_commit_callbacks,
            email="  Grace@Example.ORG ",
            email_updates="on",
        )
        signature = PledgeSignature.objects.get(email="grace@example.org")
        assert signature.email_updates

    def test_the_same_email_pledges_once(self, client, django_capture_on_commit_callbacks):
        first = post_pledge(
            client,
            django_capture_on_commit_callbacks,
            email="amina@example.org",
            email_updates="on",
        )
        count = PledgeSignature.objects.count()
        second = post_pledge(
            client,
            django_capture_on_commit_callbacks,
            email="AMINA@example.org",
            email_updates="on",
            country="FR",
        )
        assert first["Location"] == "/pledge/thanks/"
        assert second["Location"] == "/pledge/already-pledged/"
        assert PledgeSignature.objects.count() == count
        page = parse(client.get(second["Location"]))
        assert by_role(page, "heading", "You have already pledged").name == "h1"
        assert not mentions(page, "amina")

    def test_a_race_between_two_identical_emails_still_counts_one(
        self, client, pledge_page, django_capture_on_commit_callbacks
    ):
        """The unique constraint catches what the existence check misses."""
        from unittest import mock

        PledgeSignature.objects.create(
            pledge=pledge_page,
            signer_type="individual",
            country="PT",
            email="race@example.org",
            email_updates=True,
            language="en",
        )
        count = PledgeSignature.objects.count()
        with mock.patch("actions.views.PledgeSignature.objects.filter") as check:
            check.return_value.exists.return_value = False
            response = post_pledge(
                client,
                django_capture_on_commit_callbacks,
                email="race@example.org",
                email_updates="on",
            )
        assert response["Location"] == "/pledge/already-pledged/"
        assert PledgeSignature.objects.count() == count

    def test_only_the_allowed_kinds_of_signer_are_offered(self, client, pledge_page):
        pledge_page.governments_can_sign = False
        pledge_page.save_revision().publish()
        signer_type = by_role(
            parse(client.get("/pledge/")), "group", re.compile(r"^I am pledging as")
        )
        offered = [choice.get("value") for choice in all_by_role(signer_type, "radio")]
        assert "organisation" in offered and "government" not in offered
        response = client.post("/pledge/", pledge_data(signer_type="government"))
        assert response.status_code == 200
        alert = by_role(parse(response), "alert", "There is a problem")
        assert "Choose who is pledging from the list." in visible_text(alert)


BAD_INPUTS = [
    ({"country": None}, "Choose your country."),
    ({"country": ""}, "Choose your country."),
    ({"country": "XX"}, "Choose your country from the list."),
    ({"country": "<script>"}, "Choose your country from the list."),
    ({"signer_type": "robot"}, "Choose who is pledging from the list."),
    ({"signer_type": None}, "Choose who is pledging."),
    ({"display_name": "x" * 101}, "Use at most 100 characters for the name."),
    ({"email": "not-an-email", "email_updates": "on"}, "Enter an email address like"),
    ({"email": "ada@example.org"}, "Tick this box to get updates, or leave the email empty."),
    ({"email_updates": "on"}, "Enter your email to get updates, or untick the box."),
]


@pytest.mark.parametrize(("fields", "message"), BAD_INPUTS)
def test_bad_input_gets_a_clear_error_and_stores_nothing(client, fields, message):
    count = PledgeSignature.objects.count()
    response = client.post("/pledge/", pledge_data(**fields))
    assert response.status_code == 200
    doc = parse(response)
    assert message in visible_text(by_role(doc, "alert", "There is a problem"))
    assert title(doc).startswith("Error:")
    assert doc.find(attrs={"aria-invalid": "true"}) is not None
    assert PledgeSignature.objects.count() == count


def pledge_key(client):
    """The submission key the pledge form hands the visitor, in its hidden field."""
    return parse(client.get("/pledge/")).find("input", attrs={"name": "submission_key"})["value"]


class TestSentTwice:
    """A pledge form sent twice (a double click, the proxy retrying it on another app server)
    counts once and is thanked both times (issue 15)."""

    def test_the_same_form_sent_twice_counts_once_and_thanks_both_times(
        self, client, django_capture_on_commit_callbacks
    ):
        count = PledgeSignature.objects.count()
        data = pledge_data(display_name="Twice Tess", submission_key=pledge_key(client))
        answers = []
        for _ in range(2):
            with django_capture_on_commit_callbacks(execute=True):
                answers.append(client.post("/pledge/", data, REMOTE_ADDR="192.0.2.20"))
        assert [answer["Location"] for answer in answers] == ["/pledge/thanks/"] * 2
        assert PledgeSignature.objects.count() == count + 1
        assert PledgeSignature.objects.filter(display_name="Twice Tess").count() == 1

    def test_two_forms_with_their_own_keys_count_twice(self, client):
        count = PledgeSignature.objects.count()
        for name in ("Anonymous neighbour", "Another neighbour"):
            data = pledge_data(display_name=name, submission_key=pledge_key(client))
            assert client.post("/pledge/", data)["Location"] == "/pledge/thanks/"
        assert PledgeSignature.objects.count() == count + 2

    def test_two_copies_racing_each_other_count_once(self, client, monkeypatch):
        """The second copy looks before the first is stored: the unique key stops it."""
        from actions import views

        data = pledge_data(display_name="Racing Rae", submission_key=pledge_key(client))
        assert client.post("/pledge/", data)["Location"] == "/pledge/thanks/"
        count = PledgeSignature.objects.count()
        looks = iter([False])
        real_look = views.already_recorded
        monkeypatch.setattr(
            views, "already_recorded", lambda form: next(looks, None) or real_look(form)
        )
        assert client.post("/pledge/", data)["Location"] == "/pledge/thanks/"
        assert PledgeSignature.objects.count() == count

    def test_a_form_with_a_mistake_keeps_its_key(self, client):
        count = PledgeSignature.objects.count()
        key = pledge_key(client)
        wrong = client.post("/pledge/", pledge_data(country="", submission_key=key))
        assert wrong.status_code == 200
        assert parse(wrong).find("input", attrs={"name": "submission_key"})["value"] == key
        fixed = pledge_data(display_name="Careful Cal", submission_key=key)
        assert client.post("/pledge/", fixed)["Location"] == "/pledge/thanks/"
        assert client.post("/pledge/", fixed)["Location"] == "/pledge/thanks/"
        assert PledgeSignature.objects.count() == count + 1


class TestSpamAndAbuse:
    def test_a_filled_honeypot_is_thanked_and_dropped(self, client):
        count = PledgeSignature.objects.count()
        response = client.post("/pledge/", pledge_data(website_url="http://spam.example"))
        assert response["Location"] == "/pledge/thanks/"
        assert PledgeSignature.objects.count() == count

    def test_a_form_sent_back_too_fast_is_shown_again_with_its_words(self, client):
        count = PledgeSignature.objects.count()
        response = client.post("/pledge/", pledge_data(seconds_ago=0, display_name="Quick Kim"))
        assert response.status_code == 200
        doc = parse(response)
        assert "send it again" in visible_text(doc)
        assert by_label(doc, re.compile(r"^Your name")).get("value") == "Quick Kim"
        assert PledgeSignature.objects.count() == count

    def test_a_replayed_form_is_not_counted_twice(self, client):
        count = PledgeSignature.objects.count()
        data = pledge_data(display_name="Replay Ray")
        assert client.post("/pledge/", data)["Location"] == "/pledge/thanks/"
        again = client.post("/pledge/", data)
        assert again.status_code == 200
        assert "already received this form" in visible_text(parse(again))
        assert PledgeSignature.objects.count() == count + 1

    def test_a_fullwidth_letter_in_an_email_is_the_same_pledger(self, client):
        data = pledge_data(email="kim@example.org", email_updates="on")
        assert client.post("/pledge/", data)["Location"] == "/pledge/thanks/"
        fullwidth = pledge_data(email="KIM@\uff45xample.org", email_updates="on")
        assert client.post("/pledge/", fullwidth)["Location"] == "/pledge/already-pledged/"
        assert PledgeSignature.objects.filter(email="kim@example.org").count() == 1

    def test_an_address_sending_too_many_pledges_gets_a_clear_429(self, client):
        for number in range(10):
            response = client.post(
                "/pledge/", pledge_data(country="DE", display_name=f"Person {number}")
            )
            assert response.status_code == 302
        count = PledgeSignature.objects.count()
        response = client.post("/pledge/", pledge_data(country="DE"))
        assert response.status_code == 429
        assert response["Retry-After"] == "3600"
        assert "Please wait before pledging again" in visible_text(parse(response))
        assert PledgeSignature.objects.count() == count
        # Another address is not affected.
        other = client.post("/pledge/", pledge_data(country="DE"), REMOTE_ADDR="198.51.100.7")
        assert other.status_code == 302

    def test_other_methods_are_refused(self, client):
        assert client.put("/pledge/").status_code == 405


class TestCounter:
    def test_cold_counter_costs_one_query_and_warm_none(
        self, pledge_page, django_assert_num_queries
    ):
        from actions.counter import pledge_counts

        countries = ["IE", "EC", "CA", "BR", "FR", "MA", "ZA", "PH", "IN", "MX"]
        for country in countries:
            PledgeSignatureFactory(country=country)
        with django_assert_num_queries(1):
            counts = pledge_counts(pledge_page)
        assert counts.countries == len(countries)
        with django_assert_num_queries(0):
            assert pledge_counts(pledge_page) == counts

    def test_the_page_costs_the_same_whatever_the_number_of_countries(
        self, client, pledge_page, django_assert_max_num_queries
    ):
        baseline = queries_to_get(client, "/pledge/")
        PledgeSignature.objects.bulk_create(
            PledgeSignature(
                pledge=pledge_page, signer_type="individual", country=code, language="en"
            )
            for code in ["AR", "AU", "AT", "BO", "CL", "CN", "DK", "EG", "FI", "IN", "JP", "KE"]
        )
        cache.clear()
        with django_assert_max_num_queries(baseline):
            page = client.get("/pledge/")
        text = visible_text(parse(page))
        assert "Kenya" in text and "Japan" in text
        with django_assert_max_num_queries(baseline - 1):
            client.get("/pledge/")  # the counts come from the cache now

    def test_the_counter_refreshes_by_itself_within_60_seconds(self, pledge_page):
        """Signatures removed in the admin or added elsewhere show within the cache lifetime."""
        from unittest import mock

        from actions.counter import counter_cache_key, pledge_counts

        before = pledge_counts(pledge_page).pledges
        PledgeSignature.objects.create(
            pledge=pledge_page, signer_type="individual", country="NO", language="en"
        )
        assert pledge_counts(pledge_page).pledges == before  # still cached
        if hasattr(cache, "ttl"):  # Redis (CI's PostgreSQL pass) keeps time by its own clock
            assert 0 < cache.ttl(counter_cache_key(pledge_page)) <= COUNTER_CACHE_SECONDS
            cache.delete(counter_cache_key(pledge_page))  # as Redis does when the time is up
            assert pledge_counts(pledge_page).pledges == before + 1
            return
        later = time.time() + COUNTER_CACHE_SECONDS + 1
        with mock.patch("django.core.cache.backends.locmem.time.time", return_value=later):
            assert pledge_counts(pledge_page).pledges == before + 1


class TestPublicSignerList:
    def test_lists_only_names_of_those_who_opted_in_and_never_emails(
        self, client, pledge_page, django_capture_on_commit_callbacks
    ):
        post_pledge(
            client,
            django_capture_on_commit_callbacks,
            display_name="Listed Person",
            email="listed@example.org",
            email_updates="on",
            show_in_public_list="on",
        )
        post_pledge(
            client,
            django_capture_on_commit_callbacks,
            display_name="Private Person",
            email="private@example.org",
            email_updates="on",
        )
        doc = parse(client.get("/pledge/signers/"))
        names = [accessible_name(item) for item in all_by_role(doc, "listitem")]
        assert "Listed Person" in names
        assert not mentions(doc, "Private Person")
        assert not mentions(doc, "@example.org")
        for path in ("/pledge/", "/pledge/thanks/", "/"):
            assert not mentions(parse(client.get(path)), "@example.org"), path

    def test_the_list_is_paginated_and_bad_page_numbers_are_harmless(self, client, pledge_page):
        PledgeSignature.objects.bulk_create(
            PledgeSignature(
                pledge=pledge_page,
                display_name=f"Neighbour {number:03d}",
                signer_type="individual",
                country="CA",
                show_in_public_list=True,
                language="en",
            )
            for number in range(60)
        )
        first = parse(client.get("/pledge/signers/"))
        assert "Page 1 of 2" in visible_text(first)
        next_link = first.find("a", rel="next")
        assert next_link is not None and next_link["href"].endswith("page=2")
        for bad in ("abc", "-1", "9999"):
            assert client.get(f"/pledge/signers/?page={bad}").status_code == 200
        # A NUL in an address gets the 400 page (itac.middleware), never a 500.
        assert client.get("/pledge/signers/?page=1%00").status_code == 400

    def test_the_list_costs_a_fixed_number_of_queries(
        self, client, pledge_page, django_assert_max_num_queries
    ):
        baseline = queries_to_get(client, "/pledge/signers/")
        PledgeSignature.objects.bulk_create(
            PledgeSignature(
                pledge=pledge_page,
                display_name=f"Neighbour {number}",
                signer_type="organisation",
                country="BR",
                show_in_public_list=True,
                language="pt",
            )
            for number in range(40)
        )
        with django_assert_max_num_queries(baseline):
            client.get("/pledge/signers/")
