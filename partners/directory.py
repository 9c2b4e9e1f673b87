"""The partner directory's listing: the filter form and the partners grouped by category.

Whatever the number of partners, a listing costs the same queries: the locale's categories,
the countries partners work in, the partners (with category) and their logos' renditions.
"""

from django_countries import countries as all_countries

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from itac.forms import QuickSelect
from itac.page_cache import public

from .models import PartnerCategory, PartnerPage


class PartnerFilterForm(forms.Form):
    """Filter the directory by category and country, in the query string (shareable, no JS)."""

    category = forms.ChoiceField(label=_("Category"), required=False, widget=QuickSelect)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=QuickSelect)

    def __init__(self, data, *, categories, country_codes):
        super().__init__(data)
        self.fields["category"].choices = [("", _("All categories"))] + [
            (category.slug, category.name) for category in categories
        ]
        offered = set(country_codes)
        # A real country nobody works in yet stays selected, so the empty result says so.
        chosen = (data.get("country") or "").upper()
        if chosen in all_countries:
            offered.add(chosen)
        self.fields["country"].choices = [("", _("All countries"))] + sorted(
            ((code, all_countries.name(code)) for code in offered), key=lambda choice: choice[1]
        )
        self.fields["category"].error_messages["invalid_choice"] = _(
            "There is no partner category “%(value)s”. Choose one from the list."
        )
        self.fields["country"].error_messages["invalid_choice"] = _(
            "“%(value)s” is not a country we know. Choose one from the list."
        )

    def clean_country(self):
        return self.cleaned_data["country"].upper()

    def visible_fields_for_summary(self):
        return [field for field in self if field.errors]


def country_q(code):
    """Partners working in this country (the field holds codes separated by commas)."""
    return (
        Q(countries=code)
        | Q(countries__startswith=f"{code},")
        | Q(countries__endswith=f",{code}")
        | Q(countries__contains=f",{code},")
    )


def used_country_codes(partners):
    codes = set()
    for value in partners.values_list("countries", flat=True):
        if isinstance(value, str):
            codes.update(code for code in value.split(",") if code)
        else:
            codes.update(str(getattr(code, "code", code)) for code in value or [])
    return sorted(codes)


def directory_context(directory, request, category=None):
    """Everything the directory template shows, for all partners or one category's."""
    partners = public(PartnerPage.objects.child_of(directory).live())
    categories = list(PartnerCategory.objects.filter(locale_id=directory.locale_id))

    data = request.GET.copy()
    # Upper-case the country before validation, so ?country=ca works as ?country=CA does.
    if data.get("country"):
        data["country"] = data["country"].strip().upper()
    if category is not None:
        data["category"] = category.slug
    form = PartnerFilterForm(
        data, categories=categories, country_codes=used_country_codes(partners)
    )

    results = []
    if form.is_valid():
        chosen_category = form.cleaned_data["category"]
        chosen_country = form.cleaned_data["country"]
        if chosen_category:
            partners = partners.filter(category__slug=chosen_category)
        if chosen_country:
            partners = partners.filter(country_q(chosen_country))
        # The logo joined; its renditions are loaded only for cards not kept ({% partner_cards %}).
        results = list(
            partners.select_related("category", "logo").order_by(
                "category__sort_order", "category__name", "title"
            )
        )
    else:
        chosen_category = chosen_country = ""

    directory_url = directory.get_url(request=request)
    groups = []
    for partner in results:
        if not groups or groups[-1]["category"].pk != partner.category_id:
            groups.append(
                {
                    "category": partner.category,
                    "url": f"{directory_url}{partner.category.slug}/",
                    "partners": [],
                }
            )
        groups[-1]["partners"].append(partner)

    return {
        "category": category,
        "categories": [
            {
                "category": item,
                "url": f"{directory_url}{item.slug}/",
                "is_current": category is not None and item.pk == category.pk,
            }
            for item in categories
        ],
        "directory_url": directory_url,
        "filter_form": form,
        "groups": groups,
        "partner_count": len(results),
        "chosen_country_name": all_countries.name(chosen_country) if chosen_country else "",
        "is_filtered": bool(chosen_country or (chosen_category and category is None)),
    }
