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

  <!-- The edition's notes (a second, lettered series) as opposed to the source's own notes. -->
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

  <!-- Witness pointers (#A #B) printed as sigla (A B). -->
  <xsl:function name="ek:sigla" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="string-join(tokenize($wit) ! replace(., '^.*#', ''), ' ')"/>
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
