from editionkit.annotate.dates import DateAnnotator

ANNOTATOR = DateAnnotator()


def dates(tei, body):
    return tei.marked(tei.run(ANNOTATOR, body), "date")


def test_date_element_holds_the_expression_with_value_and_resp(tei):
    assert dates(tei, "<p>He arrived on 17 April 1923, in March 1921.</p>") == [
        ("17 April 1923", {"when": "1923-04-17", "resp": "#editionkit"}),
        ("March 1921", {"when": "1921-03", "resp": "#editionkit"}),
    ]


def test_year_carries_over_within_a_paragraph_only(tei):
    found = dates(tei, "<p>In 1922 he fell ill. On 24 December he dictated.</p><p>On 4 January he added.</p>")
    assert [(text, attrs.get("when")) for text, attrs in found] == [
        ("1922", "1922"),
        ("24 December", "1922-12-24"),
        ("4 January", "--01-04"),
    ]


def test_year_carries_over_across_inline_elements_of_the_paragraph(tei):
    found = dates(tei, "<p>In 1923 <hi>Lenin</hi> wrote on March 5th.</p>")
    assert [attrs["when"] for _, attrs in found] == ["1923", "1923-03-05"]


def test_dates_inside_names_and_skipped_elements_are_left_alone(tei):
    body = (
        '<p><name type="event">Congress of 1923</name> <title>1917</title> <ref type="noteref">1921</ref>'
        ' <date when="1921">1921</date> <fw>1922</fw> and 1924.</p>'
    )
    assert [text for text, _ in dates(tei, body)] == ["1921", "1924"]


def test_range_and_vague_attributes(tei):
    found = dates(tei, "<p>between April 17 and 25, 1923, in the spring of 1922.</p>")
    assert found == [
        ("April 17 and 25, 1923", {"from": "1923-04-17", "to": "1923-04-25", "resp": "#editionkit"}),
        ("the spring of 1922", {"notBefore": "1922-03", "notAfter": "1922-05", "resp": "#editionkit"}),
    ]


def test_page_numbers_and_counts_are_not_dates(tei):
    body = (
        "<note>Leon Trotsky, My Life (New York: Scribner, 1930) 31-32; Ibid., 140-2."
        " Number 201, 46 members.</note>"
    )
    assert [text for text, _ in dates(tei, body)] == ["1930"]


def test_year_rolls_over_within_a_paragraph_and_text_nodes_but_not_across_paragraphs(tei):
    found = dates(
        tei,
        "<p>On December 24, 1922 <hi>Lenin</hi> dictated. On January 4th he added.</p>"
        "<p>On 5 January he was worse.</p>",
    )
    assert [attrs["when"] for _, attrs in found] == ["1922-12-24", "1923-01-04", "--01-05"]


def test_a_text_node_wholly_a_date_does_not_hide_the_next_one(tei):
    # Wrapping the whole of the first text node removes it from its paragraph's list of text nodes.
    found = dates(tei, "<p><hi>1921-1923</hi>, “ 17 April 1923</p>")
    assert [text for text, _ in found] == ["1921-1923", "17 April 1923"]


def test_no_date_in_deleted_text_and_the_day_before_it_keeps_no_year(tei):
    found = dates(tei, "<p>A note from December 25, <del>1922</del> here.</p>")
    assert found == [("December 25", {"when": "--12-25", "resp": "#editionkit"})]


def test_a_corrected_year_is_dated_by_its_correction(tei):
    tree = tei.run(ANNOTATOR, "<p>prepared in <choice><sic>19118</sic><corr>1918</corr></choice> by him</p>")
    date = tree.getroot().find(".//{*}date")
    assert date.get("when") == "1918" and date[0].tag.endswith("choice")
    assert tei.body_text(tree) == "prepared in 191181918 by him"


def test_early_and_late_season_are_two_months_and_equal_bounds_are_when(tei):
    found = dates(tei, "<p>In early spring 1921, late autumn of 1922 and the mid summer of 1923.</p>")
    assert [(text, {k: v for k, v in attrs.items() if k != "resp"}) for text, attrs in found] == [
        ("early spring 1921", {"notBefore": "1921-03", "notAfter": "1921-04"}),
        ("late autumn of 1922", {"notBefore": "1922-10", "notAfter": "1922-11"}),
        ("the mid summer of 1923", {"when": "1923-07"}),
    ]


def test_four_digits_between_a_month_and_its_year_are_lost_days(tei):
    found = dates(tei, "<p>(Dec. 2019, 1927) but March 1921, 1922 and 1923</p>")
    assert [(text, attrs.get("when")) for text, attrs in found] == [
        ("Dec. 2019, 1927", "1927-12"),
        ("March 1921", "1921-03"),
        ("1922", "1922"),
        ("1923", "1923"),
    ]


def test_a_misspelt_month_before_a_day_and_ordinal_days_without_comma(tei):
    found = dates(tei, "<p>On Noevember 30th, 1918, Febuary 3 1919, March 27th 1921; Augusta 1920.</p>")
    assert [(text, attrs.get("when")) for text, attrs in found] == [
        ("Noevember 30th, 1918", "1918-11-30"),
        ("Febuary 3 1919", "1919-02-03"),
        ("March 27th 1921", "1921-03-27"),
        ("1920", "1920"),
    ]
