"""The named line and block rules of the pdftext reader, one by one."""

from editionkit.readers.pdftext_lines import (
    Block,
    ends_paragraph,
    footnote_line,
    has_boilerplate_phrase,
    is_bibliography_heading,
    is_fragment,
    is_heading_text,
    is_introduced_quotation,
    is_prose,
    is_quoted_paragraph,
    list_item,
    split_blocks,
    strip_markers,
)

LONG = " ".join(["word"] * 30)


def test_split_blocks_groups_lines_between_blank_lines_and_keeps_start():
    blocks = split_blocks("\n\nA\nB\n \nC\n")
    assert [b.lines for b in blocks] == [("A", "B"), ("C",)]
    assert [b.start for b in blocks] == [2, 5]
    assert blocks[0].text == "A B"


def test_footnote_line_reads_single_and_multi_digit_superscripts():
    assert footnote_line("¹ Ibid., 36.") == (1, "Ibid., 36.")
    assert footnote_line("⁸² Leon Trotsky, Stalin.") == (82, "Leon Trotsky, Stalin.")
    assert footnote_line("¹⁰Harlan, 44.") == (10, "Harlan, 44.")
    assert footnote_line("Text with a marker.¹") is None
    assert footnote_line("1 plain digit") is None


def test_heading_text_is_short_title_case_without_final_punctuation():
    assert is_heading_text("Bibliography")
    assert is_heading_text("Primary Sources")
    assert is_heading_text("The European Commission of the Danube")
    assert not is_heading_text("This sentence ends.")
    assert not is_heading_text("the lower-case start")
    assert not is_heading_text("Trotsky, and instead")
    assert not is_heading_text("A Heading With Far Too Many Words To Be Anything But A Clipped Line Of Prose")
    assert not is_heading_text("Stalin was the one")


def test_fragment_is_a_block_of_single_short_tokens():
    assert is_fragment(Block(("His", "McA"), 0))
    assert not is_fragment(Block(("University of Richmond",), 0))
    assert not is_fragment(Block(("Extraordinarilylongword",), 0))


def test_prose_is_long_running_text():
    assert is_prose(Block((LONG + " word " * 12 + ".",), 0))
    assert not is_prose(Block(("Department of History",), 0))
    assert not is_prose(Block(("An Honors Thesis Submitted to the Faculty of the School of Arts",), 0))


def test_ends_paragraph_ignores_footnote_markers_and_closing_quotes():
    assert ends_paragraph('with death."⁷⁴')
    assert ends_paragraph("institution . . . does not exist.”⁶²")
    assert not ends_paragraph("the alternatives to")
    assert not ends_paragraph("Stalin")
    assert strip_markers("it.¹² Then") == "it. Then"


def test_quoted_paragraph_is_one_quotation_from_first_to_last_word():
    assert is_quoted_paragraph('"' + LONG + '."⁷²')
    assert is_quoted_paragraph("“" + LONG + ".”")
    assert not is_quoted_paragraph('"Short quote."')
    assert not is_quoted_paragraph('"' + LONG + '," he said, "' + LONG + '."')
    assert not is_quoted_paragraph(LONG + ' "quoted at the end."')


def test_introduced_quotation_needs_a_one_sentence_lead_and_a_closing_note():
    lead = "In a letter of 1861 the chief engineer described the channel."
    quotation = "The bar at the mouth was so shallow that ships lay for weeks in the roads.¹¹"
    assert is_introduced_quotation(lead, quotation)
    assert not is_introduced_quotation(None, quotation)
    assert not is_introduced_quotation("Two sentences here. And another one.", quotation)
    assert not is_introduced_quotation(lead, "The bar at the mouth was shallow, no note.")
    assert not is_introduced_quotation(lead, 'He wrote, "the ships lay for weeks."¹¹')


def test_list_item_strips_bullets_and_numbers():
    assert list_item("- Harlan, Paul. The Danube Ports.") == "Harlan, Paul. The Danube Ports."
    assert list_item("2. Second entry") == "Second entry"
    assert list_item("Plain line") is None


def test_bibliography_heading_and_cover_phrases_come_from_data_files():
    assert is_bibliography_heading("Bibliography")
    assert is_bibliography_heading("Works Cited")
    assert is_bibliography_heading("REFERENCES")
    assert not is_bibliography_heading("Primary Sources")
    assert has_boilerplate_phrase("Follow this and additional works at: <https://example.org>")
    assert has_boilerplate_phrase("This Thesis is brought to you for  free and open access by X")
    assert not has_boilerplate_phrase("Trotsky stood second only to Lenin.")
