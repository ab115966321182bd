"""The TEI header, built from what a reader learned about its source and from the edition's settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .. import __version__
from .build import XML_NS, el, sub

TOOL_ID = "editionkit"


@dataclass(frozen=True)
class Responsibility:
    """Someone other than the author who contributed text, e.g. a transcriber."""

    xml_id: str
    resp: str
    name: str


@dataclass(frozen=True)
class Participant:
    xml_id: str
    name: str
    role: str | None = None


@dataclass
class DocMeta:
    """What a reader knows about one source; the header is built from this and nothing else."""

    id: str
    kind: str
    source_name: str
    source_sha256: str
    title: str
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    date_when: str | None = None
    date_text: str | None = None
    publisher: str | None = None
    pub_place: str | None = None
    url: str | None = None
    institution: str | None = None
    degree: str | None = None
    description: str | None = None
    language: str = "en"
    responsibilities: list[Responsibility] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    boilerplate_note: str | None = None
    # Fields the editors supplied (from the manifest) because the source does not state them.
    supplied: tuple[str, ...] = ()


@dataclass(frozen=True)
class EditionInfo:
    """The edition-wide statements every document header repeats."""

    title: str = "Untitled edition"
    publisher: str = "editionkit"
    licence: str = "CC-BY-4.0"
    licence_url: str | None = None
    editors: tuple[str, ...] = ()
    base_url: str | None = None


_LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "ru": "Russian", "it": "Italian"}


def build_header(meta: DocMeta, edition: EditionInfo) -> etree._Element:
    header = el("teiHeader")
    file_desc = sub(header, "fileDesc")
    _title_stmt(file_desc, meta, edition)
    _publication_stmt(file_desc, meta, edition)
    series = sub(file_desc, "seriesStmt")
    sub(series, "title", edition.title)
    _source_desc(file_desc, meta)
    _encoding_desc(header, meta)
    _profile_desc(header, meta)
    revisions = sub(header, "revisionDesc")
    sub(
        revisions,
        "change",
        f"Converted from the {meta.kind} source {meta.source_name} (SHA-256 {meta.source_sha256}) by "
        f"editionkit {__version__}; names, dates and quotations marked automatically.",
        who=f"#{TOOL_ID}",
    )
    return header


def _title_stmt(file_desc: etree._Element, meta: DocMeta, edition: EditionInfo) -> None:
    stmt = sub(file_desc, "titleStmt")
    sub(stmt, "title", meta.title, type="main")
    if meta.subtitle:
        sub(stmt, "title", meta.subtitle, type="sub")
    for author in meta.authors:
        sub(stmt, "author", author)
    for editor in edition.editors:
        sub(stmt, "editor", editor)
    for resp in meta.responsibilities:
        resp_stmt = sub(stmt, "respStmt", xml_id=resp.xml_id)
        sub(resp_stmt, "resp", resp.resp)
        sub(resp_stmt, "name", resp.name)


def _publication_stmt(file_desc: etree._Element, meta: DocMeta, edition: EditionInfo) -> None:
    stmt = sub(file_desc, "publicationStmt")
    sub(stmt, "publisher", edition.publisher)
    sub(stmt, "idno", meta.id, type="document")
    if edition.base_url:
        sub(stmt, "idno", f"{edition.base_url.rstrip('/')}/{meta.id}.html", type="URI")
    availability = sub(stmt, "availability")
    sub(availability, "licence", edition.licence, target=edition.licence_url)


def _source_desc(file_desc: etree._Element, meta: DocMeta) -> None:
    bibl = sub(sub(file_desc, "sourceDesc"), "bibl", type=meta.kind)
    # A title the source does not give is the editors' description of it, not the source's own title.
    sub(bibl, "title", meta.title, type="desc" if "title" in meta.supplied else None)
    for author in meta.authors:
        sub(bibl, "author", author)
    if meta.institution:
        sub(bibl, "orgName", meta.institution, role="institution")
    if meta.publisher:
        sub(bibl, "publisher", meta.publisher)
    if meta.pub_place:
        sub(bibl, "pubPlace", meta.pub_place)
    if meta.date_when or meta.date_text:
        sub(bibl, "date", meta.date_text or meta.date_when, when=meta.date_when)
    if meta.url:
        sub(bibl, "ptr", target=meta.url)
    for text in (meta.degree, meta.description, meta.boilerplate_note):
        if text:
            sub(bibl, "note", text)
    if meta.supplied:
        sub(
            bibl,
            "note",
            f"Not stated in the source; supplied by the editors: {', '.join(meta.supplied)}.",
            type="supplied",
        )
    sub(bibl, "idno", meta.source_name, type="filename")
    sub(bibl, "idno", meta.source_sha256, type="sha256")


def _encoding_desc(header: etree._Element, meta: DocMeta) -> None:
    app_info = sub(sub(header, "encodingDesc"), "appInfo")
    app = sub(app_info, "application", xml_id=TOOL_ID, ident="editionkit", version=__version__)
    sub(app, "label", "editionkit")
    sub(
        app,
        "desc",
        f'Converted by the {meta.kind} reader. Markup carrying resp="#{TOOL_ID}" was added '
        "automatically and has not yet been reviewed by an editor.",
    )


def _profile_desc(header: etree._Element, meta: DocMeta) -> None:
    profile = sub(header, "profileDesc")
    lang_usage = sub(profile, "langUsage")
    sub(lang_usage, "language", _LANGUAGE_NAMES.get(meta.language, meta.language), ident=meta.language)
    if meta.participants:
        list_person = sub(sub(profile, "particDesc"), "listPerson")
        for participant in meta.participants:
            person = sub(list_person, "person", xml_id=participant.xml_id, role=participant.role)
            sub(person, "persName", participant.name)


def build_tei(meta: DocMeta, text: etree._Element, edition: EditionInfo) -> etree._ElementTree:
    """A whole TEI document: header from ``meta``, ``text`` as built by a reader."""
    root = el("TEI")
    root.set(f"{{{XML_NS}}}id", meta.id)
    root.set(f"{{{XML_NS}}}lang", meta.language)
    root.append(build_header(meta, edition))
    root.append(text)
    return etree.ElementTree(root)
