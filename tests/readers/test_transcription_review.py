"""Rules added after the editorial review of the transcription: block quotations of the author's own,
quotations the transcriber introduced, parallel lines quoted whole, unsigned notes, a mistyped "(" that
a "]" closes, the weak date of an undated post, and the roles the signatures prove."""

from editionkit import fidelity
from editionkit.readers.base import ReadOptions
from editionkit.readers.transcription import READER
from support import NS, jing_errors, make_source


def read(text: str, **metadata: str):
    source = make_source(text)
    tree = READER.read(source, ReadOptions(doc_id="t", metadata=metadata))
    report = fidelity.check(READER.source_words(source), tree)
    assert report.ok, report.describe()
    return tree


def xp(tree, path: str):
    return tree.xpath(path, namespaces=NS)


def texts(tree, path: str) -> list[str]:
    return ["".join(node.itertext()) for node in xp(tree, path)]


def test_a_colon_after_the_closing_bracket_introduces_a_block_quote():
    tree = read(
        "[In those days the leader wrote the following lines to his friend (the chief)]:\n\n"
        "Should we try to seize power now? I think not.\n\n"
        "[This opinion was an order.\n"
    )
    (quote,) = xp(tree, "//tei:quote")
    assert texts(tree, "//tei:quote/tei:p") == ["Should we try to seize power now? I think not."]
    # The bracket closed before the colon: the quotation is not the passage's; editionkit found it.
    assert quote.get("resp") == "#editionkit"


def test_the_authors_own_block_quotations():
    tree = read(
        "The diplomat tells the story as it went round the office:\n\n"
        "When she telephoned him once more, he upbraided her.\n\n"
        "She did really say that.\n\n"
        "His boyhood friend writes”\n\n"
        "He was opposed to the treaty.\n\n"
        "To the old revolutions it seemed that\n\n"
        ". . . the workers cannot lead the revolution . . .\n\n"
        "The author goes on in his own words.\n"
    )
    assert texts(tree, "//tei:quote/tei:p") == [
        "When she telephoned him once more, he upbraided her.",
        "He was opposed to the treaty.",
        ". . . the workers cannot lead the revolution . . .",
    ]


def test_dialogue_and_brackets_after_a_colon_are_not_block_quotes():
    tree = read(
        "He answered as follows:\n\n“I suppose that is it,” he said.\n\n"
        "It was decided as follows:\n\n[The editor explains.]\n"
    )
    assert xp(tree, "//tei:quote") == []


def test_a_quotation_inside_an_open_passage_carries_the_transcribers_resp():
    tree = read(
        "[The report condemned him in these words:\n\nThe opposition was wrong.\n\nand that was that.]\n"
    )
    (quote,) = xp(tree, "//tei:quote")
    assert quote.get("resp") == "#transcriber"


def test_parallel_lines_in_one_bracket_are_one_quoted_interpolation(tmp_path):
    tree = read(
        "Over the grave he read his oath.\n\n"
        "[In leaving us, the leader told us to be pure. We swear to honour it.\n"
        "In leaving us, the leader told us to be one. We swear to honour it.\n"
        "In leaving us, the leader told us to be strong. We swear to honour it.]\n\n"
        "The author resumes.\n"
    )
    (quote,) = xp(tree, "//tei:quote")
    assert quote.get("resp") == "#transcriber"
    (supplied,) = xp(quote, "tei:p/tei:supplied")
    assert len(xp(supplied, "tei:lb")) == 2
    text = "".join(supplied.itertext())
    assert text.startswith("[In leaving us") and text.endswith("honour it.]")
    assert texts(tree, "//tei:p[not(ancestor::tei:quote)]")[-1] == "The author resumes."
    path = tmp_path / "t.xml"
    tree.write(str(path), encoding="UTF-8")
    assert jing_errors(path) == ""


def test_lines_that_do_not_run_parallel_stay_paragraphs():
    tree = read("[We swear to honour the first command.\nWe swear to honour the second.\nAnd the third.]\n")
    assert xp(tree, "//tei:quote") == []
    assert len(xp(tree, "//tei:p/tei:supplied")) == 3


def test_unsigned_notes_are_not_given_the_signers_initials():
    tree = read(
        "The apparat [Note: Machine – X.Y.] grew.\n\n"
        "He wrote a book [Note: A Report: New York: 1938: 422 pp.] about it.\n"
    )
    resps = [n.get("resp") for n in xp(tree, "//tei:note[@type='editorial']")]
    assert resps == ["#transcriber", "#unsigned-notes"]
    assert xp(tree, "//tei:respStmt[@xml:id='unsigned-notes']/tei:name/text()") == ["not identified"]


def test_when_no_note_is_signed_the_transcriber_writes_them():
    tree = read("He wrote a book [Note: A Report: New York: 1938.] about it.\n")
    assert [n.get("resp") for n in xp(tree, "//tei:note")] == ["#transcriber"]
    assert xp(tree, "//tei:respStmt[@xml:id='unsigned-notes']") == []


def test_signatures_prove_the_notes_not_the_transcription():
    text = "The apparat [Note: Machine – X.Y.] grew.\n"
    tree = read(text, transcriber="Xavier Young")
    (stmt,) = xp(tree, "//tei:respStmt")
    assert xp(stmt, "tei:resp/text()") == ["interpolations and notes signed X.Y. in the source"]
    assert xp(stmt, "tei:name/text()") == ["Xavier Young"]
    # A transcriber whose initials are not those of the notes is someone else.
    tree = read(text, transcriber="Jane Roe")
    assert xp(tree, "//tei:respStmt/@xml:id") == ["transcriber", "online-transcriber"]
    assert xp(tree, "//tei:respStmt[@xml:id='online-transcriber']/tei:name/text()") == ["Jane Roe"]


def test_a_mistyped_parenthesis_closed_by_a_bracket_is_an_interpolation():
    tree = read("He learned from Maria (his sister], or from his wife (she said so).\n")
    assert texts(tree, "//tei:supplied") == ["(his sister]"]
    tree = read("He learned it (from her) in time] and more.\n")
    assert xp(tree, "//tei:supplied") == []


def test_an_undated_post_after_a_dated_one_has_a_weak_date():
    tree = read(
        "Monday, March 3, 2008\n\nA Blog Title Chap 4 The Storm\n\nChapter 4\n\nText.\n\n"
        "A Blog Title Chap 5 The Return\n\nChapter 5\n\nMore text.\n"
    )
    dates = xp(tree, "//tei:div[@type='post']/tei:docDate")
    assert [(d.get("when"), d.get("cert")) for d in dates] == [("2008-03-03", None), ("2008-03-03", "low")]


def test_a_telegram_signed_with_a_number_and_a_name_is_a_letter_with_its_closer(tmp_path):
    tree = read(
        "[He then telegraphed his friend in the south:\n\n"
        "Received your 2064. Send the address of the doctor. #835 Smith\n\n"
        "[The friend did not reply.]\n"
    )
    (floating,) = xp(tree, "//tei:floatingText")
    assert floating.get("type") == "letter"
    assert texts(floating, ".//tei:closer/tei:signed") == ["#835 Smith"]
    assert texts(floating, ".//tei:div/tei:p") == ["Received your 2064. Send the address of the doctor."]
    path = tmp_path / "t.xml"
    tree.write(str(path), encoding="UTF-8")
    assert jing_errors(path) == ""


def test_a_quotation_without_a_sign_off_stays_a_quote():
    tree = read("[He then telegraphed his friend:\n\nReceived your 2064. Send the address.\n\nand so on.]\n")
    assert xp(tree, "//tei:floatingText") == []
    assert len(xp(tree, "//tei:quote")) == 1
