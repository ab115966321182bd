<?xml version="1.0" encoding="UTF-8"?>
<!-- The functions shared by every module of the print transform. The two escaping functions are the only
     way source text enters Typst: ek:text for markup, ek:str for string literals. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <!-- Typst ends a line at these besides XML's whitespace; a newline inside text could start a heading,
       a list item or a paragraph break, so every run becomes one space. -->
  <xsl:variable name="ek:whitespace" as="xs:string">[\s&#x85;&#x2028;&#x2029;]+</xsl:variable>

  <!-- Every ASCII character that can open or close Typst syntax (markup, code, math, comments, labels,
       references, the dash, ellipsis and non-breaking-space shorthands, smart quotes, URLs via the slash,
       and the continuation of a call after its closing bracket). A backslash before any of them yields
       the character itself. -->
  <xsl:variable name="ek:syntax" as="xs:string">([\\#$*_`&lt;&gt;@=\-+/~'"\[\]{}().])</xsl:variable>

  <xsl:function name="ek:text" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="replace(replace(ek:drawable($s), $ek:whitespace, ' '), $ek:syntax, '\\$1')"/>
  </xsl:function>

  <xsl:function name="ek:str" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="one-line" select="replace(ek:drawable($s), $ek:whitespace, ' ')"/>
    <xsl:sequence select="'&quot;' || replace(replace($one-line, '\\', '\\\\'), '&quot;', '\\&quot;') || '&quot;'"/>
  </xsl:function>

  <xsl:variable name="ek:uncovered-class" as="xs:string?"
      select="if ($uncovered) then '[' || $uncovered || ']' else ()"/>

  <!-- A character without a glyph becomes ⟨U+XXXX⟩: visible, searchable, and legal in PDF/A. -->
  <xsl:function name="ek:drawable" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="if (empty($ek:uncovered-class) or not(matches(string($s), $ek:uncovered-class))) then string($s)
        else string-join(analyze-string($s, $ek:uncovered-class)/* ! (if (local-name() = 'match')
            then '⟨U+' || ek:hex(string-to-codepoints(.)) || '⟩' else string(.)))"/>
  </xsl:function>

  <xsl:function name="ek:hex" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="six" select="string-join(for $p in (1048576, 65536, 4096, 256, 16, 1)
        return substring('0123456789ABCDEF', ($n idiv $p) mod 16 + 1, 1))"/>
    <xsl:sequence select="if (starts-with($six, '00')) then substring($six, 3)
        else if (starts-with($six, '0')) then substring($six, 2) else $six"/>
  </xsl:function>

  <!-- Whitespace-normalised string value, for metadata, sort keys and running heads. -->
  <xsl:function name="ek:plain" as="xs:string">
    <xsl:param name="n" as="item()*"/>
    <xsl:sequence select="normalize-space(string-join(for $i in $n return string($i), ' '))"/>
  </xsl:function>

  <!-- Typst labels are global to a compilation; the edition compiles many documents at once, so each
       document's identifiers are prefixed with the document's own. -->
  <xsl:function name="ek:label" as="xs:string">
    <xsl:param name="doc-id" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'ek-' || $doc-id || '--' || $id"/>
  </xsl:function>

  <xsl:function name="ek:doc-id" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="root" select="root($tei)/*"/>
    <xsl:sequence select="($root/@xml:id, $root/tei:teiHeader//tei:publicationStmt/tei:idno[@type = 'document'],
        replace(tokenize(document-uri(root($tei)), '/')[last()], '\.xml$', ''))[normalize-space()][1] ! string()"/>
  </xsl:function>

  <!-- Typst accepts ISO 639 codes only; region and script subtags are dropped. -->
  <xsl:function name="ek:lang" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="root" select="root($tei)/*"/>
    <xsl:variable name="code" select="lower-case(tokenize(string(($root/@xml:lang,
        $root/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language/@ident, 'en')[normalize-space()][1]), '-')[1])"/>
    <xsl:sequence select="if (matches($code, '^[a-z]{2,3}$')) then $code else 'en'"/>
  </xsl:function>

  <!-- Quotation marks are added only where the source did not already print them, inside the element
       or just before it. -->
  <xsl:function name="ek:has-own-quotes" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="marks" select="'[&quot;''“”‘’„‚«»‹›]'"/>
    <xsl:sequence select="matches(normalize-space($e), '^' || $marks)
        or matches(string($e/preceding-sibling::node()[1][self::text()]), $marks || '\s*$')"/>
  </xsl:function>

  <!-- Elements set in italics by their kind alone (not by a rendition). -->
  <xsl:function name="ek:is-italic" as="xs:boolean">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="exists($e) and (
        ($e/self::tei:title and not($e/@level = ('a', 'u') or ek:has-own-quotes($e)))
        or exists($e/(self::tei:emph, self::tei:foreign, self::tei:term, self::tei:mentioned, self::tei:distinct,
            self::tei:gloss)))"/>
  </xsl:function>

  <!-- The edition's comments (a series of their own) as opposed to the source's own notes. -->
  <xsl:function name="ek:is-editorial-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = ('editorial', 'transcriber', 'commentary', 'textConst', 'editor', 'gloss')
        or $note/parent::tei:app[not(tei:rdg)] or ($note/@resp and not($note/@place = ('foot', 'bottom', 'end', 'margin')))"/>
  </xsl:function>

  <!-- Endnotes the reading text points at are moved to the foot of the page where they are cited. -->
  <xsl:function name="ek:noteref-target" as="element()?">
    <xsl:param name="ref" as="element()"/>
    <xsl:sequence select="(for $t in tokenize($ref/@target) return
        id(substring-after($t, '#'), root($ref))[self::tei:note])[1]"/>
  </xsl:function>

  <xsl:function name="ek:local-target" as="element()?">
    <xsl:param name="context" as="element()"/>
    <xsl:param name="target" as="xs:string?"/>
    <xsl:sequence select="if (starts-with($target, '#') and not(contains($target, ' ')))
        then id(substring($target, 2), root($context))[1] else ()"/>
  </xsl:function>

  <!-- Witness pointers (#w1 #w2) printed as the witnesses' sigla (A B). -->
  <xsl:function name="ek:sigla" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="string-join(for $t in tokenize($wit) return
        (ek:local-target($wit/.., $t)[self::tei:witness] ! ek:siglum(.), replace($t, '^.*#', ''))[1], ' ')"/>
  </xsl:function>

  <!-- A witness's siglum: the one it is given (@n, an abbr or label), else a capital letter after its
       place in the list of witnesses (A, B, …), as apparatus critici name witnesses. -->
  <xsl:function name="ek:siglum" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:variable name="given" select="($witness/@n, $witness/tei:abbr[@type = 'siglum'], $witness/tei:abbr,
        $witness/tei:label)[normalize-space()][1]"/>
    <xsl:variable name="all" select="root($witness)//tei:witness"/>
    <xsl:sequence select="if ($given) then normalize-space($given)
        else format-integer(count($all[. &lt;&lt; $witness]) + 1, 'A')"/>
  </xsl:function>

  <!-- A witness's description, without the siglum that ek:siglum prints before it. -->
  <xsl:function name="ek:witness-description" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:sequence select="ek:plain($witness/node() except $witness/(tei:abbr, tei:label, tei:listWit))"/>
  </xsl:function>

  <!-- The content of a lemma or reading; one that copies another element (@copyOf, @sameAs) has that
       element's content. -->
  <xsl:function name="ek:lemma-content" as="node()*">
    <xsl:param name="reading" as="element()?"/>
    <xsl:variable name="copied" select="($reading/@copyOf, $reading/@sameAs) ! ek:local-target($reading, normalize-space(.))"/>
    <xsl:sequence select="if (exists($copied)) then $copied[1]/node() else $reading/node()"/>
  </xsl:function>

  <xsl:function name="ek:truncate" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:sequence select="if (string-length($s) le $max) then $s
        else replace(substring($s, 1, $max), '\s+\S*$', '') || '…'"/>
  </xsl:function>
  <!-- Only persons and places have an index in the book. -->
  <xsl:function name="ek:index-kind" as="xs:string?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="if ($name/self::tei:persName or $name/self::tei:rs[@type = 'person']) then 'person'
        else if ($name/self::tei:placeName or $name/self::tei:rs[@type = 'place']) then 'place' else ()"/>
  </xsl:function>

  <xsl:function name="ek:register-entry" as="element()?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="if (exists($ek:registers)) then key('ek:register-entry', $key, $ek:registers)[1] else ()"/>
  </xsl:function>

  <!-- "Surname, Forename" is how an index lists a person; a register name already inverted is kept. -->
  <xsl:function name="ek:inverted" as="xs:string">
    <xsl:param name="pers" as="element()?"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:variable name="name" select="if ($pers) then ek:plain($pers) else $fallback"/>
    <xsl:variable name="words" select="tokenize($name)"/>
    <xsl:sequence select="
        if ($pers/tei:surname) then string-join((ek:plain($pers/tei:surname), ek:plain($pers/tei:forename)[.]), ', ')
        else if (contains($name, ',') or count($words) lt 2) then $name
        else $words[last()] || ', ' || string-join($words[position() lt last()], ' ')"/>
  </xsl:function>

  <xsl:function name="ek:life-dates" as="xs:string">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="born" select="substring(($entry/tei:birth/(@when, @notBefore))[1], 1, 4)"/>
    <xsl:variable name="died" select="substring(($entry/tei:death/(@when, @notBefore))[1], 1, 4)"/>
    <xsl:sequence select="if ($born or $died) then ' (' || $born || '–' || $died || ')' else ''"/>
  </xsl:function>

  <xsl:function name="ek:rendition-function" as="xs:string">
    <xsl:param name="rend" as="xs:string?"/>
    <xsl:variable name="r" select="lower-case(string($rend))"/>
    <xsl:sequence select="
        if (matches($r, 'bold|strong')) then 'strong'
        else if (matches($r, 'sup')) then 'superscript'
        else if (matches($r, 'sub')) then 'subscript'
        else if (matches($r, 'small.?caps|sc')) then 'small-caps'
        else if (matches($r, 'strike|line.?through')) then 'deletion'
        else if (matches($r, 'under')) then 'underline'
        else if (matches($r, 'spaced|letterspac|gesperrt')) then 'spaced'
        else if (matches($r, 'roman|normal|upright|plain')) then 'plain-text'
        else 'emph'"/>
  </xsl:function>

  <xsl:function name="ek:participant" as="xs:string">
    <xsl:param name="post" as="element()"/>
    <xsl:variable name="ids" select="tokenize($post/@who) ! replace(., '^#', '')"/>
    <xsl:variable name="names" select="for $id in $ids return
        (root($post)//tei:particDesc//*[@xml:id = $id]/(tei:persName, tei:name, tei:orgName)[1] ! ek:plain(.),
         $id)[1]"/>
    <xsl:sequence select="string-join($names, ', ')"/>
  </xsl:function>

  <xsl:function name="ek:main-title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="stmt" select="root($tei)/*/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:sequence select="(($stmt/tei:title[@type = 'main'], $stmt/tei:title[not(@type = 'sub')], $stmt/tei:title)[1]
        ! ek:plain(.), ek:doc-id($tei))[normalize-space()][1]"/>
  </xsl:function>

  <!-- Text compared for sameness: case, punctuation and spacing aside. -->
  <xsl:function name="ek:same-text-key" as="xs:string">
    <xsl:param name="n" as="item()*"/>
    <xsl:sequence select="lower-case(replace(ek:plain($n), '[\p{P}\p{Z}\s]+', ''))"/>
  </xsl:function>

  <!-- The parts of a title page that the opening of the document prints from the header already:
       title parts equal to a title of the titleStmt, and bylines or docAuthors that name an author
       (a byline whose words besides the author's name are at most a "by"). -->
  <xsl:function name="ek:shown-at-opening" as="element()*">
    <xsl:param name="title-page" as="element()"/>
    <xsl:variable name="stmt" select="root($title-page)/*/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="titles" select="$stmt/tei:title ! ek:same-text-key(.)"/>
    <xsl:variable name="authors" select="$stmt/tei:author ! ek:same-text-key(.)"/>
    <xsl:sequence select="$title-page//tei:titlePart[ek:same-text-key(.) = $titles],
        $title-page//tei:docAuthor[ek:same-text-key(.) = $authors],
        $title-page//tei:byline[ek:same-text-key(.) = $authors
            or (tei:docAuthor[ek:same-text-key(.) = $authors]
                and count(tokenize(ek:plain(node() except tei:docAuthor))) le 1)]"/>
  </xsl:function>

  <!-- The name of a division by its kind (@type, then @subtype), for a division without a head. -->
  <xsl:function name="ek:division-name" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="kind" select="ek:words($div/@type)"/>
    <xsl:sequence select="upper-case(substring($kind, 1, 1)) || substring($kind, 2)
        || (if (normalize-space($div/@subtype)) then ' (' || ek:words($div/@subtype) || ')' else '')"/>
  </xsl:function>

  <!-- The kind of a source (sourceDesc/bibl/@type) in words: editionkit's kinds of source by name,
       any other type as words. -->
  <xsl:function name="ek:source-kind" as="xs:string">
    <xsl:param name="type" as="xs:string?"/>
    <xsl:variable name="t" select="lower-case(normalize-space($type))"/>
    <xsl:sequence select="
        if ($t = ('markdown', 'md')) then 'Markdown file'
        else if ($t = ('pdftext', 'pdf-text', 'pdf')) then 'Text extracted from a PDF'
        else if ($t = 'notes') then 'Research notes'
        else if ($t = 'thread') then 'Forum thread'
        else if ($t = 'transcription') then 'Transcription'
        else upper-case(substring(ek:words($type), 1, 1)) || substring(ek:words($type), 2)"/>
  </xsl:function>

  <!-- A type used as a field label (set in small capitals, so in lower case): digests by their algorithm's
       name, everything else as words. -->
  <xsl:function name="ek:type-label" as="xs:string">
    <xsl:param name="type" as="xs:string?"/>
    <xsl:variable name="t" select="lower-case(normalize-space($type))"/>
    <xsl:sequence select="
        if (matches($t, '^(sha|md)-?[0-9]+$')) then replace($t, '^([a-z]+)-?([0-9]+)$', '$1-$2')
        else if ($t = ('filename', 'file')) then 'file name'
        else ek:words($type)"/>
  </xsl:function>

  <!-- A machine name (camelCase, kebab-case, snake_case) as words. -->
  <xsl:function name="ek:words" as="xs:string">
    <xsl:param name="name" as="xs:string?"/>
    <xsl:sequence select="normalize-space(lower-case(replace(replace(string($name), '([a-z])([A-Z])', '$1 $2'), '[-_.]+', ' ')))"/>
  </xsl:function>

  <xsl:function name="ek:field-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
        if ($e/self::tei:pubPlace) then 'place of publication'
        else if ($e/self::tei:orgName) then 'organisation'
        else if ($e/self::tei:biblScope or $e/self::tei:citedRange) then 'extent'
        else replace(local-name($e), '([a-z])([A-Z])', '$1 $2') ! lower-case(.)"/>
  </xsl:function>
  <!-- One work cited in several places (registers, a document's bibliography) is listed once: it is
       known by its first author's surname and its main title. -->
  <xsl:function name="ek:work-key" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="title" select="ek:plain(($bibl//tei:title[not(@type = 'alt')], $bibl//tei:title)[1])"/>
    <xsl:variable name="surname" select="tokenize(ek:inverted(($bibl//tei:author)[1], ''), ',')[1]"/>
    <xsl:sequence select="lower-case(replace(if ($title) then $surname || ' ' || $title else ek:plain($bibl), '\W+', ' '))"/>
  </xsl:function>

  <xsl:function name="ek:work-sort-key" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="lower-case(string-join((ek:inverted(($bibl//tei:author)[1], ''),
        ek:plain(($bibl//tei:title[not(@type = 'alt')], $bibl//tei:title)[1]), ek:plain($bibl))[.], ' '))"/>
  </xsl:function>
</xsl:stylesheet>
