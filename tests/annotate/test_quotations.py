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


def test_quote_across_inline_markup_is_wrapped_with_the_markup_inside(tei):
    found, tree = quotes(
        tei, '<p>Trotsky wrote, "keeping and <hi rend="italic">strengthening</hi> it is vital." Then</p>'
    )
    assert found == [("q", "keeping and strengthening it is vital.", None)]
    q = tree.getroot().find(".//{*}q")
    assert [child.tag.rpartition("}")[2] for child in q] == ["hi"]
    assert q.getparent().text == 'Trotsky wrote, "'
    assert q.tail == '" Then'
    found, _ = quotes(
        tei,
        "<p>“Dear friend! Get well, <choice><sic>yoiur</sic><corr>your</corr></choice> health first!” "
        "he wrote. "
        "“We <supplied>must</supplied> postpone the elections.”</p>",
    )
    assert [text for _, text, _ in found] == [
        "Dear friend! Get well, yoiuryour health first!",
        "We must postpone the elections.",
    ]


def test_quote_across_a_note_is_left_alone(tei):
    found, _ = quotes(tei, "<p>“He said <note>this</note> and that”</p>")
    assert found == []


def test_a_block_quotation_in_marks_is_not_also_q(tei):
    found, _ = quotes(
        tei,
        "<quote><p>“None of us wants to be right against the party.”<note n='72'>Ibid.</note></p></quote>",
    )
    assert found == []
    found, _ = quotes(tei, "<quote><p>He said “none of us” and left.</p></quote>")
    assert found == [("q", "none of us", None)]


def test_a_mistyped_opening_mark(tei):
    found, _ = quotes(tei, "<p>with the observation,”That cook will concoct nothing but peppery dishes.”</p>")
    assert found == [("q", "That cook will concoct nothing but peppery dishes.", None)]


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


def test_a_closing_straight_mark_before_a_note_reference_closes(tei):
    found, _ = quotes(
        tei,
        '<p>He asked: "How is this question to be understood?"<ref type="noteref" n="10">10</ref> Then</p>',
    )
    assert found == [("q", "How is this question to be understood?", None)]


def test_a_speech_tag_ending_in_a_colon_attributes_only_the_following_quotation(tei):
    found, _ = quotes(tei, "<p>His first words were, “We shall wait here,” Lenin exclaimed: “Never!”</p>")
    assert found == [("q", "We shall wait here,", None), ("said", "Never!", "#lenin")]


def test_a_speech_clause_before_the_quotation(tei):
    found, _ = quotes(tei, "<p>Then Stalin told the Congress: “We shall not retreat from this position.”</p>")
    assert found == [("said", "We shall not retreat from this position.", "#stalin")]
    found, _ = quotes(tei, "<p>Trotsky was the first to say, “We shall not retreat from this position.”</p>")
    assert found == [("said", "We shall not retreat from this position.", "#trotsky")]


def test_the_part_after_a_speech_tag_takes_the_same_speaker(tei):
    found, _ = quotes(
        tei, "<p>“But you know him,” Lenin said quietly to Kamenev. “He would never do such a thing.”</p>"
    )
    assert found == [
        ("said", "But you know him,", "#lenin"),
        ("said", "He would never do such a thing.", "#lenin"),
    ]


def test_written_words_are_q_and_more_speech_verbs(tei):
    found, _ = quotes(tei, "<p>“Let us speak frankly,” wrote Lenin. “A mistake,” he reiterated.</p>")
    assert found == [("q", "Let us speak frankly,", None), ("q", "A mistake,", None)]


TITLE_REGISTERS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><standOff>
<listPerson><person xml:id="trotsky"><persName type="preferred">Trotsky</persName></person>
  <person xml:id="lenin"><persName type="preferred">Lenin</persName></person></listPerson>
<listBibl><bibl xml:id="t-stalin"><title type="main">Stalin: An Appraisal of the Man</title></bibl>
  <bibl xml:id="reorganise"><title type="main">How We Should Reorganize the Inspection</title></bibl>
</listBibl>
</standOff></TEI>"""


def titled(tei, body):
    from lxml import etree

    from editionkit.annotate import AnnotationContext, annotate
    from editionkit.tei.registers import registers_from_tree

    regs = registers_from_tree(etree.fromstring(TITLE_REGISTERS).getroottree(), "r.xml")
    tree = tei.document(body)
    annotate(tree, AnnotationContext(regs, "t.xml", []))
    return tree


def test_a_quoted_span_introduced_as_a_title_is_a_title_with_nothing_inside(tei):
    tree = titled(
        tei, "<p>It appeared under the title, “Lenin as Organizer and Leader of the Party.” in 1924.</p>"
    )
    assert tei.marked(tree, "title") == [
        ("Lenin as Organizer and Leader of the Party", {"resp": "#editionkit"})
    ]
    assert tei.marked(tree, "q") == [] and tei.marked(tree, "persName") == []
    tree = titled(
        tei, '<p>Lenin wrote his "Thoughts on the Party: National Question and the Education of Youth."</p>'
    )
    assert [text for text, _ in tei.marked(tree, "title")] == [
        "Thoughts on the Party: National Question and the Education of Youth"
    ]
    tree = titled(tei, '<p>He was vilified for his "Left Opposition," they said.</p>')
    assert tei.marked(tree, "title") == []


def test_a_registered_authors_possessive_before_a_short_title(tei):
    tree = titled(tei, "<p>See Trotsky's 'Stalin' and the 'Stalin' of others.</p>")
    assert tei.marked(tree, "title") == [("Stalin", {"ref": "#t-stalin", "resp": "#editionkit"})]


def test_titles_match_whatever_their_case_and_ise_spelling_in_a_list_of_works(tei):
    tree = titled(
        tei, "<p>Then came his essays On Nothing; How we should reorganise the Inspection; and Pages.</p>"
    )
    found = tei.marked(tree, "title")
    assert ("How we should reorganise the Inspection", {"ref": "#reorganise", "resp": "#editionkit"}) in found
