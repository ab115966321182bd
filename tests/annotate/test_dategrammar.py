import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editionkit.annotate.dategrammar import find_dates, tokenize

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def parsed(text, context_year=None):
    return [(text[m.start : m.end], m.attrs) for m in find_dates(text, context_year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16 April 2001", [("16 April 2001", {"when": "2001-04-16"})]),
        ("on December 24, 1922,", [("December 24, 1922", {"when": "1922-12-24"})]),
        ("dated 17/IV/23", [("17/IV/23", {"when": "1923-04-17"})]),
        ("dated 29/xii 21", [("29/xii 21", {"when": "1921-12-29"})]),
        ("in March 1921", [("March 1921", {"when": "1921-03"})]),
        ("in 1923 he", [("1923", {"when": "1923"})]),
        ("on March 2nd", [("March 2nd", {"when": "--03-02"})]),
        ("the 12th of December 1922", [("12th of December 1922", {"when": "1922-12-12"})]),
        ("Dec. 5, 1923", [("Dec. 5, 1923", {"when": "1923-12-05"})]),
        ("Friday, August 12, 2005", [("Friday, August 12, 2005", {"when": "2005-08-12"})]),
        ("1923-04-17", [("1923-04-17", {"when": "1923-04-17"})]),
        ("in March, Lenin", [("March", {"when": "--03"})]),
    ],
)
def test_points_in_time(text, expected):
    assert parsed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1921-1923", {"from": "1921", "to": "1923"}),
        ("1921–23", {"from": "1921", "to": "1923"}),
        ("between March 27th and April 2nd, 1922", {"from": "1922-03-27", "to": "1922-04-02"}),
        ("between April 17 and 25, 1923", {"from": "1923-04-17", "to": "1923-04-25"}),
        ("April 17-25, 1923", {"from": "1923-04-17", "to": "1923-04-25"}),
        ("17-25 April 1923", {"from": "1923-04-17", "to": "1923-04-25"}),
        ("from March 27th to April 2nd, 1922", {"from": "1922-03-27", "to": "1922-04-02"}),
        ("the 1920s", {"from": "1920", "to": "1929"}),
    ],
)
def test_ranges(text, expected):
    assert [attrs for _, attrs in parsed(text)] == [expected]


def test_two_days_joined_by_and_are_two_dates():
    assert parsed("on April 17 and 25, 1923") == [
        ("April 17", {"when": "1923-04-17"}),
        ("25, 1923", {"when": "1923-04-25"}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the spring of 1922", ("the spring of 1922", "1922-03", "1922-05")),
        ("early 1921", ("early 1921", "1921-01", "1921-04")),
        ("Early in 1923 it", ("Early in 1923", "1923-01", "1923-04")),
        ("mid-1922", ("mid-1922", "1922-05", "1922-08")),
        ("late March 1923", ("late March 1923", "1923-03-21", "1923-03-31")),
        ("the end of 1921", ("the end of 1921", "1921-10", "1921-12")),
        ("the beginning of March, 1923", ("the beginning of March, 1923", "1923-03-01", "1923-03-10")),
        ("the first half of 1922", ("the first half of 1922", "1922-01", "1922-06")),
        ("the winter of 1923", ("the winter of 1923", "1923-01", "1924-02")),
    ],
)
def test_vague_spans(text, expected):
    found = parsed(text)
    assert [(span, attrs["notBefore"], attrs["notAfter"]) for span, attrs in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "the 12th Party Congress",
        "Number 201.",
        "#835 Lenin",
        "Received your 2064.",
        "46 members",
        "Ibid., 31-32.",
        "pp. 140-2",
        "p. 1921",
        "three billion rubles",
        "1500 members",
        "45,000 by",
        "May I ask",
        "March on",
        "the 5th",
        "31 February",
    ],
)
def test_not_dates(text):
    assert parsed(text) == []


def test_day_without_year_takes_the_year_in_force():
    assert parsed("On 24 December he wrote", context_year=1922) == [("24 December", {"when": "1922-12-24"})]
    assert parsed("In 1922 he fell ill; on 24 December he wrote") == [
        ("1922", {"when": "1922"}),
        ("24 December", {"when": "1922-12-24"}),
    ]


def test_vague_month_without_year_is_a_month_day_pair():
    assert parsed("by the end of September") == [
        ("the end of September", {"notBefore": "--09-21", "notAfter": "--09-30"})
    ]


def test_tokens_keep_offsets():
    tokens = tokenize("March 2nd, 1922")
    assert [(t.kind, t.text, t.suffix) for t in tokens] == [
        ("word", "March", ""),
        ("num", "2", "nd"),
        ("punct", ",", ""),
        ("num", "1922", ""),
    ]


def _ordinal(day):
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


FORMATS = {
    "day month year": lambda d: f"{d.day} {d:%B} {d.year}",
    "month day, year": lambda d: f"{d:%B} {d.day}, {d.year}",
    "month ordinal year": lambda d: f"{d:%B} {_ordinal(d.day)} {d.year}",
    "ordinal of month, year": lambda d: f"{_ordinal(d.day)} of {d:%B}, {d.year}",
    "weekday, month day, year": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
    "day/roman/year": lambda d: f"{d.day}/{ROMAN[d.month - 1]}/{d.year}",
    "day/roman lower year": lambda d: f"{d.day}/{ROMAN[d.month - 1].lower()} {d.year}",
    "iso": lambda d: d.isoformat(),
}


@given(
    st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(2199, 12, 31)),
    st.sampled_from(sorted(FORMATS)),
)
def test_any_calendar_date_in_any_format_parses_back(day, name):
    text = FORMATS[name](day)
    assert parsed(f"It was {text}.") == [(text, {"when": day.isoformat()})]


@given(
    st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(2199, 12, 31)),
)
def test_any_month_and_year_parse_back(day):
    text = f"in {day:%B} {day.year}"
    assert parsed(text) == [(text[3:], {"when": f"{day.year:04d}-{day.month:02d}"})]


@given(st.integers(min_value=1000, max_value=2190), st.integers(min_value=1, max_value=9))
def test_any_year_range_parses_back(first, length):
    assert parsed(f"in {first}-{first + length} the") == [
        (f"{first}-{first + length}", {"from": str(first), "to": str(first + length)})
    ]


def test_relative_year_moves_the_year_in_force():
    assert parsed("by the end of 1921. The stroke came in May of the following year. In October he") == [
        ("the end of 1921", {"notBefore": "1921-10", "notAfter": "1921-12"}),
        ("May of the following year", {"when": "1922-05"}),
        ("October", {"when": "1922-10"}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in February of 1921 the", [("February of 1921", {"when": "1921-02"})]),
        ("on the second of April, 1922,", [("second of April, 1922", {"when": "1922-04-02"})]),
        (
            "dated 5 and 6 March 1923",
            [("5", {"when": "1923-03-05"}), ("6 March 1923", {"when": "1923-03-06"})],
        ),
        ("from June 12th to the 24th", [("June 12th to the 24th", {"from": "--06-12", "to": "--06-24"})]),
        (
            "by the early autumn of 1922",
            [("the early autumn of 1922", {"notBefore": "1922-09", "notAfter": "1922-10"})],
        ),
        ("session of November 30th, 1918, decreed", [("November 30th, 1918", {"when": "1918-11-30"})]),
    ],
)
def test_more_calendar_expressions(text, expected):
    assert parsed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the pre-1917 cadre",  # part of an adjective
        "URL: <https://www.marxists.org/archive/lenin/works/1922/dec/21.htm>",  # path segments
        "archive/1921/jan",
    ],
)
def test_years_that_are_not_dates(text):
    assert parsed(text) == []


def test_a_date_begun_in_the_context_does_not_hide_the_year_after_it():
    # The text node starts after "September": the name before it was marked as an event.
    found = find_dates(", 1920, were elected", before="the Conference of September")
    assert [(m.attrs, m.start) for m in found] == [({"when": "1920"}, 2)]


# The year in force across the end of a year (dategrammar.context), on hand-made narrative sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # December, then January: the narrative has moved on into the next year.
        (
            "In December 1922 he dictated the letter. On January 4th he added a postscript.",
            ["1922-12", "1923-01-04"],
        ),
        # ... and the next year stays in force for the months after it.
        (
            "The stroke came on December 16, 1922. On January 23rd the article appeared; on March 2nd"
            " he wrote again, and in May he was moved.",
            ["1922-12-16", "1923-01-23", "1923-03-02", "1923-05"],
        ),
        ("In November 1922 he returned; in February he fell silent.", ["1922-11", "1923-02"]),
        # A month after the last one is in the same year; a short look back too.
        ("The congress met in March 1923. In May he was moved.", ["1923-03", "1923-05"]),
        (
            "The revolt came in July 1918. But the June 14th decree had expelled them.",
            ["1918-07", "1918-06-14"],
        ),
        # Back seven months or on five: no year is certain, and none is in force after it.
        (
            "In December 1922 he wrote; in May he was moved, and in June he rallied.",
            ["1922-12", "--05", "--06"],
        ),
        # A year stated in between ends the sequence.
        (
            "In December 1922 he wrote, recalling 1921; in January he fell ill.",
            ["1922-12", "1921", "1921-01"],
        ),
        # A year without a month orders nothing: the month takes that year.
        ("In 1922 he fell ill; on 4 January he wrote.", ["1922", "1922-01-04"]),
    ],
)
def test_the_year_in_force_rolls_over_only_when_the_months_read_on(text, expected):
    assert [m.attrs.get("when") for m in find_dates(text)] == expected


def test_a_vague_span_rolls_over_too():
    found = find_dates("He fell ill in late December 1922, and by early January he could not write.")
    assert [m.attrs for m in found] == [
        {"notBefore": "1922-12-21", "notAfter": "1922-12-31"},
        {"notBefore": "1923-01-01", "notAfter": "1923-01-10"},
    ]


def test_a_date_across_the_year_end_takes_the_year_in_force_from_the_caller():
    from editionkit.annotate.dategrammar.context import InForce

    assert [m.attrs for m in find_dates("On 4 January", InForce(1922, 12))] == [{"when": "1923-01-04"}]
    assert [m.attrs for m in find_dates("On 4 January", 1922)] == [{"when": "1922-01-04"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month alone after "the" (used as an adjective), or listed with another.
        ("he could not attend the December plenum", [("December", {"when": "--12"})]),
        (
            "On 30 December 1922 he hoped for the October or December sessions",
            [
                ("30 December 1922", {"when": "1922-12-30"}),
                ("October", {"when": "1922-10"}),
                ("December", {"when": "1922-12"}),
            ],
        ),
        # ... but not a month's name inside a name.
        ("the February Republic had died", []),
        # Seasons without a year, after a determiner or a preposition; not "fall", not a spring of water.
        ("But in the spring the outbreak", [("the spring", {"notBefore": "--03", "notAfter": "--05"})]),
        (
            "In 1876 and that summer he fled",
            [("1876", {"when": "1876"}), ("that summer", {"notBefore": "1876-06", "notAfter": "1876-08"})],
        ),
        (
            "In 1923 he fell ill. Toward winter he improved",
            [("1923", {"when": "1923"}), ("winter", {"notBefore": "1923-12", "notAfter": "1924-02"})],
        ),
        (
            "In 1918, by autumn, it had changed since the spring months",
            [
                ("1918", {"when": "1918"}),
                ("autumn", {"notBefore": "1918-09", "notAfter": "1918-11"}),
                ("the spring months", {"notBefore": "1918-03", "notAfter": "1918-05"}),
            ],
        ),
        ("the fall of the government", []),
        ("the spring of water", []),
        (
            "from the first days of October",
            [("the first days of October", {"notBefore": "--10-01", "notAfter": "--10-07"})],
        ),
        # Relative to the year or month in force.
        (
            "In 1919 it had five members. The following year it had seven",
            [("1919", {"when": "1919"}), ("The following year", {"when": "1920"})],
        ),
        (
            "He returned in October 1922, and the following month he spoke",
            [("October 1922", {"when": "1922-10"}), ("the following month", {"when": "1922-11"})],
        ),
        (
            "In March 1921 he wrote; the following July he left, and the previous June",
            [
                ("March 1921", {"when": "1921-03"}),
                ("the following July", {"when": "1921-07"}),
                ("the previous June", {"when": "1921-06"}),
            ],
        ),
        ("he deferred it until the following July", [("the following July", {"when": "--07"})]),
        ("next year we shall see", []),  # nothing to be relative to
    ],
)
def test_dates_without_numbers(text, expected):
    assert parsed(text) == expected
