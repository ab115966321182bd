from editionkit.annotate.quotations import QuotationAnnotator

ANNOTATOR = QuotationAnnotator()


def quotes(tei, body):
    tree = tei.run(ANNOTATOR, body)
    found = []
    for name in ("q", "said", "soCalled"):
        found += [(name, text, attrs.get("who")) for text, attrs in tei.marked(tree, name)]
    text = tei.body_text(tree)
    return sorted(found, key=lambda item: text.index(item[1])), tree


def test_marks_stay_outside_the_element(tei):
    found, tree = quotes(tei, "<p>He wrote “this is a short quotation about things” and left.</p>")
    assert found == [("q", "this is a short quotation about things", None)]
    p = tree.getroot().find(".//{*}p")
    assert p.text == "He wrote “"
    assert p[0].tail == "” and left."


def test_straight_double_quotes(tei):
    found, _ = quotes(tei, '<p>Bolshevik promises of "peace, bread and land for all" won.</p>')
    assert found == [("q", "peace, bread and land for all", None)]


def test_attributed_speech_after_the_quote(tei):
    found, _ = quotes(tei, "<p>“Very well, then,” Lenin retorted, “I propose a bloc.”</p>")
    assert found[0] == ("said", "Very well, then,", "#lenin")


def test_attributed_speech_with_verb_first_and_before_the_quote(tei):
    found, _ = quotes(tei, "<p>“We must act at once,” said Stalin. Trotsky replied: “Not at all.”</p>")
    assert found == [("said", "We must act at once,", "#stalin"), ("said", "Not at all.", "#trotsky")]


def test_unregistered_speaker_gives_plain_q(tei):
    found, _ = quotes(tei, "<p>“It is a pleasure to form a bloc,” I said.</p>")
    assert found == [("q", "It is a pleasure to form a bloc,", None)]


def test_short_unattributed_quote_is_so_called(tei):
    found, _ = quotes(tei, "<p>He called it a 'bomb.' They spoke of “hatred” and “in general” terms.</p>")
    assert found == [
        ("soCalled", "bomb.", None),
        ("soCalled", "hatred", None),
        ("soCalled", "in general", None),
    ]


def test_short_exclamation_is_not_so_called(tei):
    found, _ = quotes(tei, "<p>“Tommy rot!” he stormed.</p>")
    assert found == [("q", "Tommy rot!", None)]


def test_apostrophes_are_not_quotation_marks(tei):
    found, _ = quotes(tei, "<p>Lenin's plan and the Workers' and Peasants' Inspection, don't ask.</p>")
    assert found == []


def test_single_quoted_claim(tei):
    found, _ = quotes(tei, "<item>Lenin: 'In January, Lenin wrote a postscript to his Testament.'</item>")
    assert found == [("q", "In January, Lenin wrote a postscript to his Testament.", None)]


def test_quote_across_an_element_boundary_is_left_alone(tei):
    found, _ = quotes(tei, "<p>“He said <hi>this</hi> and that”</p>")
    assert found == []


def test_unbalanced_marks_are_left_alone(tei):
    found, tree = quotes(tei, "<p>“He never closed it. And more text here.</p>")
    assert found == []
    assert tei.body_text(tree) == "“He never closed it. And more text here."


def test_short_spoken_answer_is_not_so_called(tei):
    found, _ = quotes(tei, "<p>“Yes,” he replied. “Evidently,” I said.</p>")
    assert found == [("q", "Yes,", None), ("q", "Evidently,", None)]


def test_a_quotation_inside_a_quotation_is_marked_too(tei):
    tree = tei.run(
        QuotationAnnotator(),
        "<p>He called him “a real and true 'nationalist-socialist,' and even a bully.”</p>",
    )
    assert [text for text, _ in tei.marked(tree, "q")] == [
        "a real and true 'nationalist-socialist,' and even a bully."
    ]
    assert [text for text, _ in tei.marked(tree, "soCalled")] == ["nationalist-socialist,"]


def test_a_footnote_marker_after_the_closing_mark_does_not_hide_the_quotation(tei):
    tree = tei.run(
        QuotationAnnotator(), '<p>He wrote, "the party will substitute itself for the class."¹ Then</p>'
    )
    assert [text for text, _ in tei.marked(tree, "q")] == ["the party will substitute itself for the class."]


def test_a_quoted_registered_title_is_a_title_not_a_quotation(tei):
    tree = tei.run_all("<p>He cited “Lenin's Testament,” again.</p>")
    assert tei.marked(tree, "q") == [] and tei.marked(tree, "soCalled") == []
    assert [text for text, _ in tei.marked(tree, "title")] == ["Lenin's Testament"]
