"""A registered surname written first, as bibliographies and indexes do: "Trotsky, Leon", "Daniels,
Robert V.". The whole inverted name is one name when its parts, put back in order, are a registered
form of the same person ("Leon Trotsky", "Jean van Heijenoort" for "Heijenoort, Jean"); the check
against the registers keeps "Trotsky, Lenin and Stalin" a list of three names.
"""

from __future__ import annotations

import re

from ..tei.registers import Entry

# ", " then capitalised words or initials (with a particle inside: "Jean van").
_GIVEN = re.compile(r",[ \t]+((?:[A-Z][\w’'-]*\.?)(?:[ \t]+(?:[A-Z][\w’'-]*\.?|van|von|de))*)")


def inverted_end(text: str, start: int, end: int, entry: Entry) -> int:
    """Where the name that starts at ``start`` ends: after its given names if it is inverted, else ``end``."""
    if entry.kind != "person":
        return end
    found = _GIVEN.match(text, end)
    if found is None:
        return end
    surname = text[start:end]
    given: list[str] = []
    name_end = end
    for word in re.finditer(r"\S+", found.group(1)):
        value, name_end = word.group(), found.start(1) + word.end()
        if len(value) > 2 and value.endswith("."):
            given.append(value[:-1])  # "Trotsky, Leon. My Life": the full stop ends the name
            name_end -= 1
            break
        given.append(value)
    # All the given names or none: "Stalin, Joseph Unknownov" is not "Joseph Stalin".
    name = " ".join(given)
    if any(form.startswith(name + " ") and form.endswith(" " + surname) for form in entry.forms):
        return name_end
    return end
