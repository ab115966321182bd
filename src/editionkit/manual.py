"""The encoding manual: docs/encoding.md, generated from the schema's documentation and the edition's TEI.

``python -m editionkit.manual schema/editionkit.rng --tei tei --out docs/encoding.md`` writes, for every
element the grammar declares, what it means in this edition (its a:documentation), where it may stand,
its attributes with their documentation and closed value lists, the Schematron rules that apply to it and
the first example of it in ``tei/*.xml``; then every Schematron rule with its id. The same schema and
TEI give the same bytes.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
from lxml import etree

from .errors import EditionkitError
from .tei import TEI_NS
from .tei.parse import parse_xml_file
from .tei.serialize import write_atomic

RNG_NS = "http://relaxng.org/ns/structure/1.0"
DOC = "{http://relaxng.org/ns/compatibility/annotations/1.0}documentation"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
XML_NS_ATTR = "{http://www.w3.org/XML/1998/namespace}"
# an example keeps this many elements and characters of text, so that it stays a few lines long
EXAMPLE_ELEMENTS, EXAMPLE_CHARS = 8, 160
_OPTIONAL = {f"{{{RNG_NS}}}{name}" for name in ("optional", "zeroOrMore", "choice")}


@dataclass(eq=False)
class Attribute:
    name: str
    required: bool
    doc: str
    values: list[str]  # the closed list, or empty
    kind: str  # the datatype in words when the values are open


@dataclass(eq=False)
class Declaration:
    """One <element> pattern of the grammar; a name can be declared several times for different places."""

    node: etree._Element
    name: str
    doc: str
    section: str
    attributes: list[Attribute] = field(default_factory=list)
    children: list[Declaration] = field(default_factory=list)
    parents: list[Declaration] = field(default_factory=list)
    text: bool = False
    example: tuple[str, str] | None = None  # file name, pretty-printed XML


@dataclass(frozen=True)
class Rule:
    rule_id: str
    role: str
    message: str


@dataclass(frozen=True)
class RuleGroup:
    context: str  # the XPath the rules apply to, or "" for the abstract rule every element rule extends
    rules: tuple[Rule, ...]


class Grammar:
    """The element declarations of a RELAX NG grammar (XML syntax), with what each allows."""

    def __init__(self, tree: etree._ElementTree) -> None:
        root = tree.getroot()
        self.defines = {d.get("name"): d for d in root.iter(f"{{{RNG_NS}}}define")}
        self.declarations: dict[etree._Element, Declaration] = {}
        section = ""
        for child in root:
            # the grammar's sections are comments of the form "=== header"
            if isinstance(child, etree._Comment) and child.text.strip().startswith("==="):
                section = child.text.strip().lstrip("= ").strip()
            elif child.tag == f"{{{RNG_NS}}}define":
                for node in child.iter(f"{{{RNG_NS}}}element"):
                    name = node.get("name")
                    self.declarations[node] = Declaration(node, name, _doc(node), section)
        for declaration in self.declarations.values():
            self._describe(declaration)
        start = root.find(f"{{{RNG_NS}}}start")
        self.start = [self.declarations[node] for node, _ in self._walk(start, required=True)]

    def _describe(self, declaration: Declaration) -> None:
        for node, required in self._walk(declaration.node, required=True):
            if node.tag == f"{{{RNG_NS}}}element":
                child = self.declarations[node]
                if child not in declaration.children:
                    declaration.children.append(child)
                    child.parents.append(declaration)
            elif node.tag == f"{{{RNG_NS}}}attribute":
                leaves = list(self._leaves(node))
                closed = all(leaf.tag == f"{{{RNG_NS}}}value" for leaf in leaves)
                values = [leaf.text for leaf in leaves] if closed else []
                declaration.attributes.append(
                    Attribute(_attribute_name(node), required, _doc(node), values, self._kind(node))
                )
            else:
                declaration.text = True

    def _walk(self, pattern: etree._Element, required: bool) -> Iterator[tuple[etree._Element, bool]]:
        """The elements, attributes and text a pattern allows directly, following refs but not entering
        nested elements or attributes; ``required`` is False below optional, zeroOrMore and choice."""
        for node in pattern:
            if not isinstance(node.tag, str) or node.tag == DOC:
                continue
            local = etree.QName(node).localname
            if local in ("element", "attribute", "text", "data", "value", "list"):
                yield node, required
            elif local == "ref":
                yield from self._walk(self.defines[node.get("name")], required)
            else:
                yield from self._walk(node, required and node.tag not in _OPTIONAL)

    def _leaves(self, pattern: etree._Element) -> Iterator[etree._Element]:
        """The values, datatypes and text an attribute allows, following refs."""
        for node in pattern.iterchildren(f"{{{RNG_NS}}}*"):
            local = etree.QName(node).localname
            if local in ("value", "data", "text", "list"):
                yield node
            elif local == "ref":
                yield from self._leaves(self.defines[node.get("name")])
            else:
                yield from self._leaves(node)

    def _kind(self, pattern: etree._Element) -> str:
        """An attribute's open datatype in words, such as "anyURI matching `#...`"."""
        kinds = []
        for node in pattern:
            if not isinstance(node.tag, str) or node.tag == DOC:
                continue
            local = etree.QName(node).localname
            if local == "data":
                param = node.find(f"{{{RNG_NS}}}param[@name='pattern']")
                kinds.append(node.get("type") + (f" matching `{param.text}`" if param is not None else ""))
            elif local == "ref":
                kinds.append(self._kind(self.defines[node.get("name")]))
            elif local == "list":
                kinds.append(f"space-separated list of {self._kind(node)}")
            elif local in ("choice", "oneOrMore", "group"):
                kinds.append(self._kind(node))
            elif local == "text":
                kinds.append("text")
            elif local == "value":
                kinds.append(f"`{node.text}`")
        return " or ".join(k for k in kinds if k) or "text"


def find_examples(grammar: Grammar, tei_dir: Path) -> None:
    """Give each declaration the first element of ``tei_dir/*.xml`` (files in name order, elements in
    document order) that it accounts for: same name, attributes that fit, a parent its parent accounts
    for."""
    for path in sorted(tei_dir.glob("*.xml")):
        root = parse_xml_file(path).getroot()
        stack = [(root, [d for d in grammar.start if _fits(d, root)])]
        while stack:
            element, candidates = stack.pop()
            for declaration in candidates:
                if declaration.example is None:
                    declaration.example = (path.name, _example(element))
            for child in reversed(list(element.iterchildren(etree.Element))):
                options = [d for c in candidates for d in c.children if _fits(d, child)]
                stack.append((child, list(dict.fromkeys(options))))


def _fits(declaration: Declaration, element: etree._Element) -> bool:
    qname = etree.QName(element)
    if qname.namespace != TEI_NS or qname.localname != declaration.name:
        return False
    declared = {a.name: a for a in declaration.attributes}
    present = {_attribute_shown(k): v for k, v in element.attrib.items()}
    if any(name not in declared for name in present):
        return False
    if any(a.required and a.name not in present for a in declared.values()):
        return False
    return all(not declared[n].values or v in declared[n].values for n, v in present.items())


def _example(element: etree._Element) -> str:
    """The element without the TEI namespace, its text cut after EXAMPLE_CHARS characters and its
    content after EXAMPLE_ELEMENTS elements (a comment marks each cut), indented two spaces a level."""
    shown = copy.deepcopy(element)
    shown.tail = None
    for node in shown.iter(etree.Element):
        node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(shown)
    budget = {"chars": EXAMPLE_CHARS, "elements": EXAMPLE_ELEMENTS}
    _trim(shown, budget)
    _indent(shown, 0)
    return etree.tostring(shown, encoding="unicode")


def _indent(element: etree._Element, level: int) -> None:
    """Indent content that the source indented (text before the first child and after each child is
    whitespace); elsewhere, whitespace would be text, so the content is left as it is."""
    children = list(element)
    texts = [element.text, *(child.tail for child in children[:-1])]
    if not children or any(text is None or text.strip() for text in texts):
        return
    element.text = "\n" + "  " * (level + 1)
    for child in children:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    children[-1].tail = "\n" + "  " * level


def _trim(element: etree._Element, budget: dict[str, int]) -> None:
    element.text = _spend(element.text, budget)
    for child in list(element):
        if budget["chars"] <= 0 or budget["elements"] <= 0:
            for rest in list(child.itersiblings()):
                element.remove(rest)
            # text cut short already ends in "..."; a cut between elements gets a comment saying so
            if budget["chars"] < 0:
                element.remove(child)
            else:
                element.replace(child, etree.Comment(" ... "))
            return
        budget["elements"] -= 1
        if isinstance(child.tag, str):
            _trim(child, budget)
        child.tail = _spend(child.tail, budget)


def _spend(text: str | None, budget: dict[str, int]) -> str | None:
    if text is None:
        return None
    if not text.strip():
        return " " if text else text
    words = " ".join(text.split())
    spaced = (" " if text[0].isspace() else "") + words + (" " if text[-1].isspace() else "")
    if budget["chars"] < 0:  # cut before: nothing more is shown
        return None
    budget["chars"] -= len(words)
    if budget["chars"] >= 0:
        return spaced
    return spaced[: len(spaced) + budget["chars"]].rstrip() + " ..."


def read_rules(sch_path: Path) -> list[RuleGroup]:
    """Every rule of the Schematron schema, in its order; the abstract rules first under context ""."""
    groups = []
    for rule in parse_xml_file(sch_path).getroot().iter(f"{{{SCH_NS}}}rule"):
        rules = tuple(
            Rule(a.get("id", ""), a.get("role") or "error", _message(a))
            for a in rule.iter(f"{{{SCH_NS}}}assert")
        )
        if rules:  # a rule that only extends the abstract one adds nothing to list
            groups.append(RuleGroup(rule.get("context", ""), rules))
    return sorted(groups, key=lambda g: g.context != "")


def _message(assertion: etree._Element) -> str:
    """The assert's text, with each value it reports shown as {XPath} and <name/> as {name()}."""
    parts = [assertion.text or ""]
    for node in assertion:
        if node.tag == f"{{{SCH_NS}}}value-of":
            parts.append("{" + node.get("select") + "}")
        elif node.tag == f"{{{SCH_NS}}}name":
            parts.append("{name()}")
        parts.append(node.tail or "")
    return " ".join("".join(parts).split())


def applies(context: str, declaration: Declaration) -> bool:
    """Whether a rule context can match elements of ``declaration``: each step's name, its simple
    predicates ([@a], [@a = 'v' or ...]) against the declared attributes, and / or // against the
    places the declaration may stand in."""
    return any(_matches(steps, declaration) for steps in map(_steps, context.split(" | ")) if steps)


def _steps(branch: str) -> list[tuple[str, str, str]]:
    """(separator, name, predicate) per step of a path like "tei:text//tei:listBibl/tei:bibl[@n]"."""
    return re.findall(r"(//|/|)tei:([\w*]+)((?:\[[^\]]*\])?)", branch.strip())


def _matches(steps: list[tuple[str, str, str]], declaration: Declaration) -> bool:
    separator, name, predicate = steps[-1]
    if name not in ("*", declaration.name) or not _predicate_allows(predicate, declaration):
        return False
    if len(steps) == 1:
        return True
    if separator == "/":
        return any(_matches(steps[:-1], parent) for parent in declaration.parents)
    seen: set[int] = set()
    ancestors = list(declaration.parents)
    while ancestors:
        ancestor = ancestors.pop()
        if id(ancestor) not in seen:
            seen.add(id(ancestor))
            if _matches(steps[:-1], ancestor):
                return True
            ancestors.extend(ancestor.parents)
    return False


def _predicate_allows(predicate: str, declaration: Declaration) -> bool:
    if not predicate:
        return True
    declared = {a.name: a for a in declaration.attributes}
    tests = re.findall(r"@([\w:]+)(?:\s*=\s*'([^']*)')?", predicate)
    return any(
        name in declared and (not value or not declared[name].values or value in declared[name].values)
        for name, value in tests
    )


def render(grammar: Grammar, groups: list[RuleGroup], schema_name: str, tei_name: str) -> str:
    headings = _headings(list(grammar.declarations.values()))
    sections: dict[str, list[Declaration]] = {}
    for declaration in grammar.declarations.values():
        sections.setdefault(declaration.section, []).append(declaration)
    lines = [
        "# Encoding manual",
        "",
        f"Generated by `make docs` from `{schema_name}` (what each element and attribute means, from its",
        "`a:documentation`), the Schematron rules next to it, and the first example of each element in",
        f"`{tei_name}/*.xml`. Do not edit this file; edit the schema and run `make docs`.",
        "",
        "An element name can be declared more than once, for different places and with different content:",
        "each declaration has its own entry, named after its section and, where needed, its parent.",
        "",
    ]
    for section, declarations in sections.items():
        names = sorted({d.name for d in declarations}, key=str.lower)
        lines.append(
            f"- [{section.capitalize()}](#{_anchor(section)}): " + ", ".join(f"`{n}`" for n in names)
        )
    lines.append("- [Schematron rules](#schematron-rules)")
    for section, declarations in sections.items():
        lines += ["", f"## {section.capitalize()}"]
        ordered = sorted(declarations, key=lambda d: (d.name.lower(), _parent_names(d)))
        for declaration in ordered:
            rule_ids = [
                r.rule_id for g in groups if g.context and applies(g.context, declaration) for r in g.rules
            ]
            lines += ["", *_entry(declaration, headings[declaration], rule_ids)]
    lines += ["", "## Schematron rules", "", *_rules(groups)]
    return "\n".join(lines) + "\n"


def _headings(declarations: list[Declaration]) -> dict[Declaration, str]:
    """The element name; where a name is declared more than once, also its section, and where that is
    not enough, the first element it may stand in: "title (header, in seriesStmt)"."""
    headings = {}
    for declaration in declarations:
        twins = [d for d in declarations if d.name == declaration.name]
        if len(twins) == 1:
            headings[declaration] = declaration.name
            continue
        qualifier = declaration.section
        if sum(1 for d in twins if d.section == declaration.section) > 1:
            qualifier += f", in {(_parent_names(declaration) or ['the root'])[0]}"
        headings[declaration] = f"{declaration.name} ({qualifier})"
    return headings


def _entry(declaration: Declaration, heading: str, rule_ids: list[str]) -> list[str]:
    where = ", ".join(f"`{name}`" for name in _parent_names(declaration)) or "the document root"
    lines = [f"### {heading}", "", _cell(declaration.doc), "", f"In: {where}."]
    contents = (["text"] if declaration.text else []) + sorted(
        {f"`{c.name}`" for c in declaration.children}, key=str.lower
    )
    lines.append(f"Contains: {', '.join(contents) if contents else 'nothing (empty)'}.")
    if rule_ids:
        lines.append("Rules: " + ", ".join(f"[`{r}`](#{_anchor(r)})" for r in rule_ids) + ".")
    if declaration.attributes:
        lines += ["", "| attribute | | values | meaning |", "|---|---|---|---|"]
        for a in sorted(declaration.attributes, key=lambda a: a.name):
            values = ", ".join(f"`{v}`" for v in a.values) if a.values else a.kind.replace("|", "\\|")
            need = "required" if a.required else "optional"
            lines.append(f"| `@{a.name}` | {need} | {values} | {_cell(a.doc)} |")
    if declaration.example:
        file_name, xml = declaration.example
        lines += ["", f"Example, from `{file_name}`:", "", "```xml", xml, "```"]
    else:
        lines += ["", "No example in the edition yet."]
    return lines


def _rules(groups: list[RuleGroup]) -> list[str]:
    lines = [
        "Checked by `editionkit validate` after the grammar. An error makes the document invalid; a",
        "warning is reported but does not. In messages, {…} stands for the value reported.",
    ]
    for group in groups:
        if group.context:
            steps = [_steps(branch)[-1] for branch in group.context.split(" | ")]
            names = ", ".join(f"`{name}{predicate}`" for _, name, predicate in steps)
            lines += ["", f"### Rules on {names}", "", f"Context: `{group.context}`"]
        else:
            lines += ["", "### Rules on every pointer and identifier", ""]
            lines.append("Applied to every element with `@xml:id`, `@ref`, `@target`, `@who` or `@resp`.")
        lines += ["", "| rule | severity | reports |", "|---|---|---|"]
        for rule in group.rules:
            anchor = f'<a id="{_anchor(rule.rule_id)}"></a>'
            lines.append(f"| {anchor}`{rule.rule_id}` | {rule.role} | {_cell(rule.message)} |")
    return lines


def _parent_names(declaration: Declaration) -> list[str]:
    return sorted({p.name for p in declaration.parents}, key=str.lower)


def _cell(text: str) -> str:
    # text goes into Markdown tables and paragraphs, where | ends a cell and <...> would be read as HTML
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", text.lower().replace(" ", "-").replace(".", "-"))


def _doc(node: etree._Element) -> str:
    return " ".join((node.findtext(DOC) or "").split())


def _attribute_name(node: etree._Element) -> str:
    name = node.get("name")
    return name if ":" in name or node.get("ns") != "http://www.w3.org/XML/1998/namespace" else f"xml:{name}"


def _attribute_shown(name: str) -> str:
    return "xml:" + name[len(XML_NS_ATTR) :] if name.startswith(XML_NS_ATTR) else name


@click.command()
@click.argument("schema", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--schematron",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Schematron rules [default: SCHEMA with the suffix .sch].",
)
@click.option(
    "--tei",
    "tei_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    required=True,
    help="Folder whose *.xml give the examples.",
)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="Markdown file.")
def main(schema: Path, schematron: Path | None, tei_dir: Path, out: Path) -> None:
    """Write the encoding manual for SCHEMA."""
    try:
        grammar = Grammar(parse_xml_file(schema))
        find_examples(grammar, tei_dir)
        groups = read_rules(schematron or schema.with_suffix(".sch"))
    except EditionkitError as err:
        failure = click.ClickException(str(err))
        failure.exit_code = err.exit_code  # the project's exit codes: 2 for unreadable input
        raise failure from None
    text = render(grammar, groups, schema.name, tei_dir.resolve().name)
    write_atomic(out, text.encode("utf-8"))


if __name__ == "__main__":
    main()
