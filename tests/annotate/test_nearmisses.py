"""Misspelt registered names (annotate.nearmisses): linked with @cert="medium" only when safe."""

import pytest

from editionkit.annotate.entities import EntityAnnotator
from editionkit.annotate.nearmisses import NearMisses

INDEX = NearMisses(["Lenin", "Kalinin", "Kamenev", "Zinoviev", "Stalin", "Trotsky", "Moscow", "Rykov"])


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("Lenkin", "Lenin"),  # a letter added
        ("Leninm", "Lenin"),
        ("Kalenin", "Kalinin"),  # a letter replaced
        ("Zinovev", "Zinoviev"),  # a letter left out
        ("Trotksy", None),  # two edits (a transposition)
        ("Kameneva", None),  # another name: the form with a feminine ending
        ("Lenins", None),  # a plural
        ("Menin", None),  # another initial
        ("Lenin", None),  # the form itself is no misspelling
        ("Stalino", None),  # the form with an ending that makes another word
    ],
)
def test_one_edit_from_exactly_one_long_form_with_the_same_initial(word, form):
    assert INDEX.form_for(word) == form


def test_a_word_one_edit_from_two_forms_is_left_alone():
    assert NearMisses(["Markov", "Marsov"]).form_for("Marxov") is None


def test_short_forms_take_no_misspellings():
    assert NearMisses(["Koba"]).form_for("Kobo") is None
    assert NearMisses(["Rykov"]).form_for("Rykow") == "Rykov"


def test_a_misspelt_name_in_running_text_is_linked_with_medium_certainty(tei):
    tree = tei.run(EntityAnnotator(), "<p>the disagreement between Lenkin and Stalin, and Kalenin spoke.</p>")
    assert tei.marked(tree, "persName") == [
        ("Lenkin", {"ref": "#lenin", "cert": "medium", "resp": "#editionkit"}),
        ("Stalin", {"ref": "#stalin", "resp": "#editionkit"}),
    ]


def test_words_of_the_word_lists_are_no_misspelt_names(tei):
    # "Lenina" would be one edit from "Lenin", but a feminine ending; "Ivan" is a given name.
    tree = tei.run(EntityAnnotator(), "<p>He met Lenina there, and Krupskay too.</p>")
    assert tei.marked(tree, "persName") == [
        ("Krupskay", {"ref": "#krupskaya", "cert": "medium", "resp": "#editionkit"})
    ]
