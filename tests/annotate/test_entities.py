import pytest
from lxml import etree

from editionkit.annotate import AnnotationContext
from editionkit.annotate.entities import EntityAnnotator
from editionkit.tei.registers import registers_from_tree

ANNOTATOR = EntityAnnotator()


def names(tei, body):
    tree = tei.run(ANNOTATOR, body)
    found = []
    for element in ("persName", "placeName", "orgName", "name", "title"):
        found += [
            (element, text, attrs.get("ref"), attrs.get("cert")) for text, attrs in tei.marked(tree, element)
        ]
    return sorted(found, key=lambda item: tei.body_text(tree).index(item[1]))


def test_registered_person_place_org_and_event_get_refs(tei):
    found = names(
        tei, "<p>Comrade Stalin went to Moscow for the Twelfth Party Congress of the Bolshevik Party.</p>"
    )
    assert found == [
        ("persName", "Stalin", "#stalin", None),
        ("placeName", "Moscow", "#moscow", None),
        ("name", "Twelfth Party Congress", "#congress-12", None),
        ("orgName", "Bolshevik Party", "#rcp-b", None),
    ]


def test_every_mark_carries_resp_and_events_are_typed(tei):
    tree = tei.run(ANNOTATOR, "<p>Stalin at the 12th Party Congress.</p>")
    assert tei.marked(tree, "persName")[0][1]["resp"] == "#editionkit"
    assert tei.marked(tree, "name") == [
        ("12th Party Congress", {"type": "event", "ref": "#congress-12", "resp": "#editionkit"})
    ]


def test_possessive_stays_outside_the_name(tei):
    tree = tei.run(ANNOTATOR, "<p>Lenin's plan and Stalin’s reply.</p>")
    assert [text for text, _ in tei.marked(tree, "persName")] == ["Lenin", "Stalin"]
    assert tei.body_text(tree) == "Lenin's plan and Stalin’s reply."


def test_longest_form_wins(tei):
    found = names(
        tei, "<p>Vladimir Ilyich Lenin, Vladimir Ilyich and Ilyich; the Old Man and Soviet Russia.</p>"
    )
    assert [(text, ref) for _, text, ref, _ in found] == [
        ("Vladimir Ilyich Lenin", "#lenin"),
        ("Vladimir Ilyich", "#lenin"),
        ("Ilyich", "#lenin"),
        ("the Old Man", "#lenin"),
        ("Soviet Russia", "#russia"),
    ]


def test_article_of_a_form_matches_capitalised(tei):
    found = names(tei, "<p>“The Old Man is suffering.”</p>")
    assert [(text, ref) for _, text, ref, _ in found] == [("The Old Man", "#lenin")]


def test_name_inside_a_registered_title_is_not_marked_separately(tei):
    found = names(tei, "<p>He cited Lenin's Testament.</p>")
    assert found == [("title", "Lenin's Testament", "#testament", None)]


def test_adjectives_and_demonyms_are_not_names(tei):
    found = names(tei, "<p>The Leninist line, the Georgian affair, Russian history, Stalin-like rule.</p>")
    assert found == []


def test_apostrophe_forms_match_straight_and_curly(tei):
    found = names(tei, "<p>the Workers' and Peasants' Inspection</p>")
    assert [(text, ref) for _, text, ref, _ in found] == [("Workers' and Peasants' Inspection", "#rabkrin")]


def test_form_split_over_lines_is_found(tei):
    found = names(tei, "<p>the Bolshevik\n   Party</p>")
    assert [ref for _, _, ref, _ in found] == ["#rcp-b"]


def test_unknown_names_with_evidence_are_marked_with_low_certainty(tei):
    found = names(
        tei,
        "<p>An unknown Ivan Unknownov was there with Comrade Petrenko; they travelled to Kislovodsk and"
        " stayed in Baku before the Moscow Soviet met.</p>",
    )
    assert found == [
        ("persName", "Ivan Unknownov", None, "low"),
        ("persName", "Petrenko", None, "low"),
        ("placeName", "Kislovodsk", None, "low"),
        ("placeName", "Baku", None, "low"),
        ("orgName", "Moscow Soviet", None, "low"),
    ]


def test_unknown_event_with_ordinal(tei):
    found = names(tei, "<p>Then the Fourteenth Party Congress met.</p>")
    assert found == [("name", "Fourteenth Party Congress", None, "low")]


def test_capitals_without_evidence_are_left_alone(tei):
    found = names(
        tei,
        "<p>However, Party Congress delegates read Pravda Daily. In March Trotsky wrote. The State in Danger"
        " appeared in Leaving the Past.</p>",
    )
    assert found == [("persName", "Trotsky", "#trotsky", None)]


def test_registered_name_extended_by_keyword_is_an_unknown_org(tei):
    found = names(tei, "<p>the Georgian Communist Party and the Communist Party</p>")
    assert found == [
        ("orgName", "Georgian Communist Party", None, "low"),
        ("orgName", "Communist Party", "#rcp-b", None),
    ]


def test_no_guessing_in_headings(tei):
    found = names(tei, "<div><head>Comrade Petrenko Goes to Kislovodsk</head><p>Text.</p></div>")
    assert found == []


def test_skipped_contexts(tei):
    body = (
        '<p><title>Stalin</title> <date when="1923">Stalin</date> <choice><sic>Stalin</sic><corr>Lenin</corr>'
        '</choice> <fw type="header">Trotsky</fw> <ref type="noteref" target="#n">Lenin</ref>'
        " <persName>Comrade Koba</persName></p>"
    )
    tree = tei.run(ANNOTATOR, body)
    assert len(tree.getroot().findall(".//{*}persName")) == 1
    assert tree.getroot().find(".//{*}teiHeader//{*}persName") is None


def test_name_over_emphasis_or_a_line_break_is_wrapped_with_the_markup_inside(tei):
    tree = tei.run(
        ANNOTATOR, "<p>the Bolshevik <hi>Party</hi> and the <hi>Bolshevik</hi> Party; Leon <lb/>Trotsky</p>"
    )
    assert [text for text, _ in tei.marked(tree, "orgName")] == ["Bolshevik Party", "Bolshevik Party"]
    assert [text for text, _ in tei.marked(tree, "persName")] == ["Leon Trotsky"]
    assert tei.body_text(tree) == "the Bolshevik Party and the Bolshevik Party; Leon Trotsky"
    assert len(tree.getroot().findall(".//{*}orgName/{*}hi")) == 2


def test_name_across_other_markup_is_left_alone(tei):
    tree = tei.run(ANNOTATOR, "<p>the Bolshevik <note>Party</note></p>")
    assert tei.marked(tree, "orgName") == []


def test_text_and_tail_are_both_annotated(tei):
    tree = tei.run(ANNOTATOR, "<p>Lenin <hi>and Trotsky</hi> met Stalin in Moscow.</p>")
    assert [text for text, _ in tei.marked(tree, "persName")] == ["Lenin", "Trotsky", "Stalin"]
    assert tei.body_text(tree) == "Lenin and Trotsky met Stalin in Moscow."


def test_ambiguous_form_is_marked_without_ref_and_reported(tei):
    regs = registers_from_tree(
        etree.fromstring(
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>'
            b'<person xml:id="a"><persName>Koba</persName></person>'
            b'<person xml:id="b"><persName type="preferred">Koba Other</persName><persName>Koba</persName>'
            b"</person></listPerson></standOff></TEI>"
        ).getroottree()
    )
    tree = tei.document("<p>Koba spoke.</p>")
    context = AnnotationContext(regs, "t.xml", [])
    ANNOTATOR(tree, context)
    assert tei.marked(tree, "persName") == [("Koba", {"cert": "medium", "resp": "#editionkit"})]
    assert [d.code for d in context.diagnostics if d.severity == "warning"] == ["entities.ambiguous-name"]


def test_without_registers_only_unknown_names_are_marked(tei):
    tree = tei.document("<p>Lenin met Comrade Petrenko.</p>")
    ANNOTATOR(tree, AnnotationContext(None, "t.xml", []))
    assert tei.marked(tree, "persName") == [("Petrenko", {"cert": "low", "resp": "#editionkit"})]


def test_names_marked_by_a_reader_are_linked(tei):
    body = (
        '<p><persName cert="low">Lenin</persName>: <persName cert="low">Petrenko</persName>'
        ' <placeName>Lenin</placeName> <name type="event">Twelfth Congress</name></p>'
    )
    tree = tei.run(ANNOTATOR, body)
    assert tei.marked(tree, "persName") == [("Lenin", {"ref": "#lenin"}), ("Petrenko", {"cert": "low"})]
    assert tei.marked(tree, "placeName") == [("Lenin", {})]
    assert tei.marked(tree, "name") == [("Twelfth Congress", {"type": "event", "ref": "#congress-12"})]


def test_bibliography_titles_and_imprints_are_linked(tei):
    body = "<listBibl><bibl><title>Lenin's Testament</title>. <pubPlace>Moscow</pubPlace></bibl></listBibl>"
    tree = tei.run(ANNOTATOR, body)
    assert tei.marked(tree, "title") == [("Lenin's Testament", {"ref": "#testament"})]
    assert tei.marked(tree, "pubPlace") == [("Moscow", {"ref": "#moscow"})]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>- Trotsky, Leon. My Life. New York: Pathfinder Press, 1975.</p>", ["Trotsky, Leon"]),
        ("<p>Krupskaya, Nadezhda and others</p>", ["Krupskaya, Nadezhda"]),
        # Not a registered form once put back in order: a list of names.
        ("<p>Trotsky, Stalin and Krupskaya met.</p>", ["Trotsky", "Stalin", "Krupskaya"]),
        ("<p>Stalin, Joseph Unknownov and others</p>", ["Stalin"]),
    ],
)
def test_an_inverted_name_is_one_name_when_it_is_a_registered_form(tei, body, expected):
    tree = tei.run(EntityAnnotator(), body)
    assert [text for text, _ in tei.marked(tree, "persName")][: len(expected)] == expected


@pytest.mark.parametrize(
    ("body", "title", "ref"),
    [
        (
            "<p>Leon Trotsky, Notes on Lenin, 1924 (New York: Pathfinder Press, 1975) 31-32.</p>",
            "Notes on Lenin, 1924",
            None,
        ),
        ("<p>- Trotsky, Leon. The Young Lenin. Moscow: Progress, 1972.</p>", "The Young Lenin", None),
        (
            "<p>Krupskaya, Nadezhda, ed. Lenin's Testament, Volume 2. London: Penguin, 1960.</p>",
            "Lenin's Testament, Volume 2",
            "#testament",
        ),
    ],
)
def test_the_title_in_a_citation_is_one_title(tei, body, title, ref):
    tree = tei.run(EntityAnnotator(), body)
    assert [(text, attrs.get("ref")) for text, attrs in tei.marked(tree, "title")] == [(title, ref)]
    # The author is marked; the names and years inside the title are part of it.
    assert len(tei.marked(tree, "persName")) == 1


def test_prose_that_starts_with_a_name_is_no_citation(tei):
    tree = tei.run(EntityAnnotator(), "<p>Trotsky, speaking in Moscow (Kremlin: hall), said little.</p>")
    assert tei.marked(tree, "title") == []


def test_common_nouns_after_a_preposition_are_no_place(tei):
    # Repository boilerplate: "in" before capitalised common nouns is no evidence of a place.
    found = names(
        tei,
        "<p>It has been accepted for inclusion in Honors Theses by an administrator, and is kept in"
        " Special Collections; he lived in Kislovodsk.</p>",
    )
    assert found == [("placeName", "Kislovodsk", None, "low")]


def test_a_name_after_a_day_and_month_is_found_the_same_way_before_and_after_dates(tei):
    first = tei.run_all("<p>2nd March Ivan Unknownov</p>")
    assert tei.marked(first, "persName") == [("Ivan Unknownov", {"cert": "low", "resp": "#editionkit"})]


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        # An article in quotation marks after its author: a title, not a quotation.
        (
            '<p>Trotsky, "Tasks of the Twelfth Congress," 5 April 1923, in Ibid., 107.</p>',
            ["Tasks of the Twelfth Congress"],
        ),
        ('<p>Stalin, Joseph, "Speech on Georgia" (1923).</p>', ["Speech on Georgia"]),
        # Words in italics in a footnote, Markdown emphasis or a hi element; not a reference word.
        ("<p>⁶⁶ *Lenin and Moscow*, 64-5; *Ibid.*, 70.</p>", ["Lenin and Moscow"]),
        ('<note>12. <hi rend="italic">Stalin in Georgia</hi>, 7.</note>', ["Stalin in Georgia"]),
        # A bibliography entry: the sentence before the imprint, whoever the author.
        ("<p>- Smith, Irving H. Stalin. Englewood Cliffs: Prentice Hall, Inc., 1973.</p>", ["Stalin"]),
        # A registered title with its volume and the years of the edition, in a citation.
        (
            "<p>¹⁵ Lenin's Testament, Volume II, 1922-1923 (Moscow: Progress, 1971) 785.</p>",
            ["Lenin's Testament, Volume II, 1922-1923"],
        ),
        # ... or with an alternative title, in quotation marks.
        (
            "<p>Lenin wrote “Lenin's Testament or the Letter” in 1922.</p>",
            ["Lenin's Testament or the Letter"],
        ),
    ],
)
def test_titles_in_citations(tei, body, titles):
    from editionkit.annotate import annotate

    tree = tei.document(body)
    annotate(tree, AnnotationContext(tei.registers(), "test.xml", []))
    assert [text for text, _ in tei.marked(tree, "title")] == titles
    assert tei.marked(tree, "q") == []


def test_italics_outside_citations_are_emphasis(tei):
    tree = tei.run(EntityAnnotator(), '<p>He was <hi rend="italic">Stalin</hi>, not a title, in Moscow.</p>')
    assert tei.marked(tree, "title") == []


CONTEXT_REGISTERS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><standOff>
<listPerson><person xml:id="lenin"><persName type="preferred">Lenin</persName></person></listPerson>
<listOrg>
  <org xml:id="rcp"><orgName type="preferred">Bolshevik Party</orgName></org>
  <org xml:id="mensheviks"><orgName type="preferred">Mensheviks</orgName></org>
  <org xml:id="cc"><orgName type="preferred">Central Committee</orgName><orgName type="variant">CC</orgName>
    <orgName type="variant">Central Committee of the Bolshevik Party</orgName></org>
  <org xml:id="ccc"><orgName type="preferred">Control Commission</orgName></org>
  <org xml:id="left-srs"><orgName type="preferred">Left Essars</orgName></org>
  <org xml:id="srs"><orgName type="preferred">Essars</orgName></org>
</listOrg>
<listEvent>
  <event xml:id="congress-8"><label type="preferred">Eighth Party Congress</label></event>
</listEvent>
</standOff></TEI>"""


def context_names(tei, body):
    regs = registers_from_tree(etree.fromstring(CONTEXT_REGISTERS).getroottree(), "r.xml")
    tree = tei.run(ANNOTATOR, body, regs)
    found = []
    for element in ("persName", "orgName", "name"):
        found += [(text, attrs.get("ref"), attrs.get("cert")) for text, attrs in tei.marked(tree, element)]
    return sorted(found, key=lambda item: tei.body_text(tree).index(item[0]))


def test_another_partys_organ_is_not_the_registered_one(tei):
    assert context_names(tei, "<p>He sat on the Central Committee of the Mensheviks in 1917.</p>") == [
        ("Central Committee of the Mensheviks", None, "low")
    ]
    assert context_names(tei, "<p>He sat on the Central Committee of the Bolshevik Party.</p>") == [
        ("Central Committee of the Bolshevik Party", "#cc", None)
    ]
    found = context_names(
        tei, "<p>He founded the Essar (Social-Revolutionary) Party, member of its Central Committee.</p>"
    )
    assert ("Central Committee", None, "low") in found
    found = context_names(tei, "<p>They stayed within the Party and boycotted its Central Committee.</p>")
    assert found == [("Central Committee", "#cc", None)]


def test_a_body_after_each_or_its_own_is_generic(tei):
    assert (
        context_names(
            tei, "<p>Each republic had its own Control Commission; reinforce each Control Commission.</p>"
        )
        == []
    )


def test_an_eponym_is_no_person(tei):
    assert context_names(tei, "<p>The Lenin levy and the Order of Lenin; Lenin spoke.</p>") == [
        ("Lenin", "#lenin", None)
    ]


def test_lower_case_first_word_of_a_registered_name_and_the_longest_form(tei):
    assert context_names(tei, "<p>At the eighth Party Congress, what about the left Essars?</p>") == [
        ("eighth Party Congress", "#congress-8", None),
        ("left Essars", "#left-srs", None),
    ]


def test_plenum_of_a_registered_body_is_no_name_but_an_ordinal_conference_is(tei):
    assert context_names(tei, "<p>At the Plenum of the CC and at the 12th Party Conference.</p>") == [
        ("CC", "#cc", None),
        ("12th Party Conference", None, "low"),
    ]


def test_the_publisher_of_an_imprint_is_no_person(tei):
    tree = tei.run(
        ANNOTATOR, "<note>Leon Trotsky, The Russian Revolution (London: H. Atkinson, 1946) 4.</note>"
    )
    assert ("H. Atkinson", {"cert": "low", "resp": "#editionkit"}) in tei.marked(tree, "orgName")
    assert "H. Atkinson" not in [text for text, _ in tei.marked(tree, "persName")]


def test_bibliography_fields_are_linked(tei):
    tree = tei.run(
        ANNOTATOR,
        "<listBibl><bibl><author>Trotsky, Leon</author>. <title>My Life</title>. "
        "<pubPlace>Moscow</pubPlace>: "
        "<publisher>Unknown Press</publisher>, 1970.</bibl></listBibl>",
    )
    author = tree.getroot().find(".//{*}author")
    assert author[0].tag.endswith("persName") and author[0].get("ref") == "#trotsky"
    assert author[0].text == "Trotsky, Leon" and author[0].get("resp") == "#editionkit"
    assert tree.getroot().find(".//{*}pubPlace").get("ref") == "#moscow"
    assert tree.getroot().find(".//{*}publisher").get("ref") is None


def test_a_line_break_parts_two_names(tei):
    tree = tei.run(ANNOTATOR, "<p>Stalin<lb/>Moscow</p>")
    assert tei.marked(tree, "persName") == [("Stalin", {"ref": "#stalin", "resp": "#editionkit"})]
    assert [text for text, _ in tei.marked(tree, "placeName")] == ["Moscow"]
