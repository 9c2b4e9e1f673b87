"""The benchmarks' charts: a bar per figure, as long as its share of the largest, with its
number and, where there is one, its budget beside it."""

from bench.chart import bars


def test_each_figure_gets_a_bar_its_number_and_its_budget():
    chart = bars(
        "Server CPU per request, ms",
        [("home", 5.0), ("story page", 20.0), ("search", 10.0)],
        limits={"story page": 15, "search": 25},
    ).splitlines()
    assert chart[0] == "Server CPU per request, ms"
    home, story, search = chart[1:]
    assert home.startswith("home ") and home.rstrip().endswith("5.0 ms")
    assert story.endswith("20.0 ms  (budget 15, over)")
    assert search.endswith("10.0 ms  (budget 25)")
    # The largest of the figures and budgets (25) is 40 blocks long.
    assert story.count("█") == 32
    assert search.count("█") == 16
    assert home.count("█") == 8


def test_a_figure_of_nothing_has_no_bar():
    chart = bars("Queries", [("cached page", 0.0), ("search", 4.0)], unit="").splitlines()
    assert "█" not in chart[1]
    assert chart[2].count("█") == 40
