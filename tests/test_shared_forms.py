"""The spam protection and accessible error display every public form shares."""

import time
from unittest import mock

from django import forms
from django.template.loader import render_to_string

from itac.forms import QuickSelect, SpamProtectedForm


class ExampleForm(SpamProtectedForm):
    name = forms.CharField(label="Your name", help_text="As you want it shown.")
    agree = forms.BooleanField(label="I agree")
    colour = forms.ChoiceField(
        label="Colour", choices=[("red", "Red"), ("blue", "Blue")], widget=forms.RadioSelect
    )


def started_form_data(**data):
    """Data as a browser sends it back, with the signed start time the form gave it."""
    initial = ExampleForm().initial["form_started"]
    return {"form_started": initial, **data}


def test_a_person_filling_the_form_is_not_spam():
    data = started_form_data(name="Amina", agree="on", colour="red")
    with mock.patch("itac.forms.time.time", return_value=time.time() + 30):
        form = ExampleForm(data)
        assert form.is_valid()
        assert not form.is_spam()


def test_a_filled_honeypot_is_spam():
    data = started_form_data(name="Bot", agree="on", website_url="http://spam.example")
    with mock.patch("itac.forms.time.time", return_value=time.time() + 30):
        assert ExampleForm(data).is_spam()


def test_a_form_sent_back_too_fast_is_not_dropped_but_asked_again_with_a_fresh_token():
    data = started_form_data(name="Amina", agree="on", colour="red")
    form = ExampleForm(data)
    assert not form.is_spam()
    assert not form.is_valid()
    assert "send it again" in form.non_field_errors()[0]
    # What was typed is kept; the start token is new, so waiting and sending again works.
    assert form["name"].value() == "Amina"
    assert form.data["form_started"] != data["form_started"]
    with mock.patch("itac.forms.time.time", return_value=time.time() + 30):
        assert ExampleForm(form.data).is_valid()


def test_a_form_older_than_a_day_is_asked_again():
    data = started_form_data(name="Amina", agree="on", colour="red")
    with mock.patch("itac.forms.time.time", return_value=time.time() + 60 * 60 * 25):
        form = ExampleForm(data)
        assert not form.is_valid()
        assert "send it again" in form.non_field_errors()[0]
        assert not form.is_spam()


def test_a_forged_start_time_is_spam():
    assert ExampleForm({"name": "Bot", "agree": "on", "form_started": "12345"}).is_spam()


def test_errors_are_summarised_and_tied_to_their_fields():
    form = ExampleForm({"name": "", "form_started": ""})
    assert not form.is_valid()
    summary = render_to_string("components/error_summary.html", {"form": form})
    assert 'href="#id_name"' in summary and 'href="#id_agree"' in summary
    # A choice question's link lands on its first choice, which can take focus.
    assert 'href="#id_colour_0"' in summary
    assert "data-error-summary" in summary
    field = render_to_string("components/form_field.html", {"field": form["name"]})
    assert 'aria-describedby="id_name-help id_name-error"' in field
    assert 'aria-invalid="true"' in field
    assert "Error:" in field
    assert render_to_string("components/form_title.html", {"form": form}).strip() == "Error:"


def parsed_select(widget, value):
    from bs4 import BeautifulSoup

    html = widget.render("country", value, attrs={"id": "f-country", "aria-describedby": "f-help"})
    select = BeautifulSoup(html, "html.parser").select_one("select")
    options = [
        (option["value"], option.get_text(), option.has_attr("selected"))
        for option in select.find_all("option")
    ]
    return select.attrs, options


def test_the_quick_select_draws_what_django_draws():
    choices = [("", "All countries"), ("CI", "Côte d’Ivoire"), ("XK", '<Kosovo> & "co"')]
    for value in ("", "CI", "XK", "unknown"):
        quick = parsed_select(QuickSelect(choices=choices), value)
        assert quick == parsed_select(forms.Select(choices=choices), value)
    attributes, options = parsed_select(QuickSelect(choices=choices), "XK")
    assert attributes == {"name": "country", "id": "f-country", "aria-describedby": "f-help"}
    assert options[2] == ("XK", '<Kosovo> & "co"', True)
