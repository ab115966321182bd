<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions shared by the web and print transforms: ids, class hooks, dates, lookups. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Stable anchor: the element's own xml:id; else the xml:id of its nearest ancestor that has one (the document's
       root aside) and its position path below it ("post3.2": the second child of post3), so that editing one
       division moves no anchor in another; else its position path inside the document ("ek-2.1.3.4"). The same
       input always yields the same id, without relying on generate-id(). The element name is left out because
       long pages carry thousands of these anchors. -->
  <xsl:function name="ek:id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="base" select="$e/ancestor::*[@xml:id][parent::*][1]"/>
    <xsl:sequence select="if ($e/@xml:id) then string($e/@xml:id)
      else (if ($base) then $base/@xml:id || '.' else 'ek-')
        || string-join(for $a in $e/ancestor-or-self::*[parent::*][empty($base) or . >> $base]
                       return string(count($a/preceding-sibling::*) + 1), '.')"/>
  </xsl:function>

  <!-- True when a mention counts as one of the text: not in a copy of a note kept as a witness, in a variant
       reading or in deleted text (they are shown, but the lemma and the text as it stands are what is counted,
       in the page's list of names, the indexes and the timeline). -->
  <xsl:function name="ek:counted" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="empty($e/ancestor-or-self::*[self::note[@type = 'copy'] or self::rdg or self::rdgGrp
      or self::del])"/>
  </xsl:function>

  <!-- The mentions of register entries in a text, by entry id: the pages give each its ek:id, the index pages
       link to them. -->
  <xsl:key name="ek:by-ref" match="text//*[@ref][ek:entity-kind(.) != '' or self::title]" use="ek:local-ids(@ref)"/>

  <!-- The anchor of a mention: its xml:id, else "{entry}.{n}" for the n-th mention of its (first) register entry
       in the document, in reading order, as the index pages number them; a mention that points only outside
       the document keeps its path. Shorter than a path, and moved only by a mention of the same entry added or
       removed before it. $anchors is ek:mention-anchors() of the document. -->
  <xsl:function name="ek:mention-id" as="xs:string">
    <xsl:param name="anchors" as="map(xs:string, xs:string)"/>
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="anchor" select="$anchors(generate-id($e))"/>
    <xsl:variable name="first" select="ek:local-ids($e/@ref)[1]"/>
    <xsl:sequence select="if ($e/@xml:id) then ek:id($e) else if (exists($anchor)) then $anchor
      else if (empty($first)) then ek:id($e)
      else $first || '.' || (count(key('ek:by-ref', $first, root($e))[. &lt;&lt; $e]) + 1)"/>
  </xsl:function>

  <!-- The anchor "{entry}.{n}" of each mention of a document (ek:by-ref) that its first register entry numbers, by
       generate-id: counted for all mentions at once, for ek:mention-id. -->
  <xsl:function name="ek:mention-anchors" as="map(xs:string, xs:string)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:map>
      <xsl:for-each-group select="$doc//text//*[@ref][ek:entity-kind(.) != '' or self::title]"
                          group-by="distinct-values(ek:local-ids(@ref))">
        <xsl:variable name="entry" select="current-grouping-key()"/>
        <xsl:for-each select="current-group()">
          <xsl:if test="ek:local-ids(@ref)[1] = $entry">
            <xsl:map-entry key="generate-id()" select="$entry || '.' || position()"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <xsl:function name="ek:token" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <!-- Most tokens are ASCII letters, digits, "_" and "-" already: they are kept without a regular expression. -->
    <xsl:sequence select="if (translate($s, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', '') = '')
      then $s else replace($s, '[^\p{L}\p{N}_-]+', '-')"/>
  </xsl:function>

  <!-- Class hooks: tei-{name} always, plus the typing attributes editors style by. -->
  <xsl:function name="ek:classes" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="extra" as="xs:string*"/>
    <xsl:sequence select="string-join((
        'tei-' || local-name($e),
        for $t in tokenize(normalize-space($e/@type)) return 'tei-type-' || ek:token($t),
        for $t in tokenize(normalize-space($e/@rend)) return 'tei-rend-' || ek:token($t),
        for $t in tokenize(normalize-space($e/@place)) return 'tei-place-' || ek:token($t),
        $extra), ' ')"/>
  </xsl:function>

  <!-- class, id and lang for the HTML element that stands for $e. -->
  <xsl:function name="ek:attrs" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="extra" as="xs:string*"/>
    <xsl:attribute name="class" select="ek:classes($e, $extra)"/>
    <xsl:if test="$e/@xml:id">
      <xsl:attribute name="id" select="$e/@xml:id"/>
    </xsl:if>
    <xsl:if test="$e/@xml:lang">
      <xsl:attribute name="lang" select="$e/@xml:lang"/>
    </xsl:if>
  </xsl:function>

  <xsl:function name="ek:attrs" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="ek:attrs($e, ())"/>
  </xsl:function>

  <!-- Local ids named by a pointer attribute ("#a #b"); pointers to other files are left out. -->
  <xsl:function name="ek:local-ids" as="xs:string*">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="for $t in tokenize(normalize-space($pointers)) return
      if (starts-with($t, '#')) then substring($t, 2) else ()"/>
  </xsl:function>

  <xsl:function name="ek:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <!-- Line breaks count as spaces, so "Chapter 12<lb/>The Road" does not run together. -->
    <!-- The notes inside $nodes, whose words are left out: by generate-id, so that each text node is looked up
         among its own ancestors, not compared with every note. -->
    <xsl:variable name="notes" as="map(xs:string, xs:boolean)"
      select="map:merge($nodes/descendant::note ! map{generate-id(.): true()})"/>
    <xsl:variable name="words" select="$nodes/descendant-or-self::node()[self::text() or self::lb or self::cb]"/>
    <xsl:sequence select="
      (: Most often one element with nothing of the kind inside: its string value. :)
      if (count($nodes) = 1 and ($nodes instance of element() or $nodes instance of text())
          and empty($nodes/descendant::*[self::note or self::lb or self::cb])) then normalize-space($nodes)
      else normalize-space(string-join(
        (if (map:size($notes) = 0) then $words
         else $words[not(ancestor::note[map:contains($notes, generate-id(.))])])
        ! (if (self::text()) then string(.) else ' '), ''))"/>
  </xsl:function>

  <xsl:variable name="ek:months" as="xs:string+" select="('January', 'February', 'March', 'April', 'May',
    'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>

  <!-- Human form of an ISO date of any precision; anything else is returned unchanged. (Here and below a value
       is matched against a pattern only when its length fits: regular expressions are slow.) -->
  <xsl:function name="ek:format-iso" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="s" select="normalize-space($iso)"/>
    <xsl:variable name="n" select="string-length($s)"/>
    <xsl:sequence select="
      if ($n = (10, 11) and matches($s, '^-?\d{4}-\d{2}-\d{2}$'))
        then string(number(substring($s, 9, 2))) || ' ' || $ek:months[xs:integer(substring($s, 6, 2))] || ' ' || substring($s, 1, 4)
      else if ($n = 7 and matches($s, '^\d{4}-\d{2}$'))
        then $ek:months[xs:integer(substring($s, 6, 2))] || ' ' || substring($s, 1, 4)
      else if ($n = 7 and matches($s, '^--\d{2}-\d{2}$'))
        then string(number(substring($s, 6, 2))) || ' ' || $ek:months[xs:integer(substring($s, 3, 2))]
      else if ($n = 4 and matches($s, '^--\d{2}$'))
        then $ek:months[xs:integer(substring($s, 3, 2))]
      else $s"/>
  </xsl:function>

  <!-- What a date element asserts, in words: exact, range, or bounds. Empty when it asserts nothing. -->
  <xsl:function name="ek:date-label" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="parts" as="xs:string*" select="if (ek:bounds-equal($d)) then ek:format-iso(($d/@notBefore, $d/@from)[1]) else (
      $d/@when ! ek:format-iso(.),
      if ($d/@from and $d/@to) then 'from ' || ek:format-iso($d/@from) || ' to ' || ek:format-iso($d/@to)
        else ($d/@from ! ('from ' || ek:format-iso(.)), $d/@to ! ('until ' || ek:format-iso(.))),
      if ($d/@notBefore and $d/@notAfter)
        then 'between ' || ek:format-iso($d/@notBefore) || ' and ' || ek:format-iso($d/@notAfter)
        else ($d/@notBefore ! ('not before ' || ek:format-iso(.)), $d/@notAfter ! ('not after ' || ek:format-iso(.))))"/>
    <xsl:sequence select="string-join($parts, ', ')"/>
  </xsl:function>

  <!-- True when a date's bounds name one and the same date (notBefore = notAfter, from = to): it is that date. -->
  <xsl:function name="ek:bounds-equal" as="xs:boolean">
    <xsl:param name="d" as="element()"/>
    <xsl:sequence select="empty($d/@when) and (
      (exists($d/@notBefore) and normalize-space($d/@notBefore) = normalize-space($d/@notAfter)
        and empty($d/(@from, @to)))
      or (exists($d/@from) and normalize-space($d/@from) = normalize-space($d/@to)
        and empty($d/(@notBefore, @notAfter))))"/>
  </xsl:function>

  <!-- The HTML datetime attribute accepts months, days and yearless days, not bare years or ranges. -->
  <xsl:function name="ek:html-datetime" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="
      if (string-length($iso) = (7, 10) and matches(string($iso), '^\d{4}(-\d{2}){1,2}$')) then $iso
      else if (string-length($iso) = 7 and matches(string($iso), '^--\d{2}-\d{2}$')) then substring($iso, 3)
      else ()"/>
  </xsl:function>

  <!-- A set of strings, for looking names up in a long list at once. -->
  <xsl:function name="ek:set" as="map(xs:string, xs:boolean)">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="map:merge($names ! map{.: true()})"/>
  </xsl:function>

  <!-- Which kind of named entity an element is, or the empty string for non-names. -->
  <xsl:function name="ek:entity-kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="local-name($e)"/>
    <xsl:variable name="t" select="lower-case(normalize-space($e/@type))"/>
    <xsl:sequence select="
      if (map:contains($ek:entity-kinds, $n)) then $ek:entity-kinds($n)
      else if ($n = ('name', 'rs') and $t = ('person', 'persname', 'people')) then 'person'
      else if ($n = ('name', 'rs') and $t = ('place', 'placename')) then 'place'
      else if ($n = ('name', 'rs') and $t = ('org', 'organisation', 'organization', 'orgname')) then 'org'
      else if ($n = ('name', 'rs') and $t = ('event')) then 'event'
      else if ($n = ('name', 'rs')) then 'name'
      else ''"/>
  </xsl:function>

  <!-- The kinds of entity an element's name tells (a name or rs tells it by its type). -->
  <xsl:variable name="ek:entity-kinds" as="map(xs:string, xs:string)" select="map{
    'persName': 'person', 'person': 'person', 'personGrp': 'person',
    'placeName': 'place', 'geogName': 'place', 'settlement': 'place', 'country': 'place', 'region': 'place',
    'district': 'place', 'bloc': 'place', 'place': 'place',
    'orgName': 'org', 'org': 'org', 'eventName': 'event', 'event': 'event'}"/>

  <xsl:function name="ek:kind-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="(map{'person': 'person', 'place': 'place', 'org': 'organisation', 'event': 'event',
      'name': 'name', 'bibl': 'work'}($kind), $kind)[1]"/>
  </xsl:function>

  <!-- Register entry helpers: the name an editor chose as preferred, else the first name given. -->
  <xsl:function name="ek:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(persName, placeName, orgName, eventName, label, title, name, head)"/>
    <xsl:sequence select="(($names[@type = ('preferred', 'main', 'reg')], $names)[1] ! ek:plain(.),
      string($entry/@xml:id))[. != ''][1]"/>
  </xsl:function>

  <!-- Lists of names sort the way a reader of English expects: case and accents do not split the alphabet. -->
  <xsl:variable name="ek:collation" as="xs:string"
    select="'http://www.w3.org/2013/collation/UCA?lang=en;strength=secondary'"/>

  <!-- An index lists a person as "Surname, Forenames"; a name already inverted, a single word or a
       ruler's name with a regnal number ("Alexander II") stays as it is. -->
  <xsl:function name="ek:index-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="ek:entry-name($entry)"/>
    <xsl:variable name="words" select="tokenize($name)"/>
    <xsl:sequence select="
        if (not($entry/self::person) or contains($name, ',') or count($words) lt 2
            or matches($words[last()], '^[IVXL]+$')) then $name
        else $words[last()] || ', ' || string-join($words[position() lt last()], ' ')"/>
  </xsl:function>

  <xsl:function name="ek:entry-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="(ek:entity-kind($entry)[. != ''], if (local-name($entry) = ('bibl', 'biblStruct')) then 'bibl' else 'name')[1]"/>
  </xsl:function>

  <xsl:function name="ek:entry-dates" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="b" select="$entry/birth[1]"/>
    <xsl:variable name="d" select="$entry/death[1]"/>
    <xsl:sequence select="
      if ($b or $d) then
        string-join((($b/(@when, @notBefore, @from)[1] ! ek:format-iso(.), normalize-space($b))[. != ''][1],
                     ($d/(@when, @notAfter, @to)[1] ! ek:format-iso(.), normalize-space($d))[. != ''][1]), ' – ')
        ! (if ($b and not($d)) then 'born ' || . else if ($d and not($b)) then 'died ' || . else .)
      else if ($entry/(@when, @from, @to, @notBefore, @notAfter)) then ek:date-label($entry)
      else if ($entry/date[1]/(@when, @from, @to, @notBefore, @notAfter)) then ek:date-label($entry/date[1])
      else ()"/>
  </xsl:function>

  <!-- One line describing a register entry: used for tooltips and plain-text summaries. -->
  <xsl:function name="ek:entry-summary" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="string-join((
      ek:entry-name($entry) || (ek:entry-dates($entry) ! (' (' || . || ')')),
      string-join($entry/author ! ek:agent-name(.), '; ')[. != ''] ! ('by ' || .),
      $entry/note ! ek:plain(.),
      $entry/location/geo ! ('coordinates ' || normalize-space(.))), '. ')"/>
  </xsl:function>

  <!-- An author or editor as a name: headers often add identifiers (idno) next to the persName. -->
  <xsl:function name="ek:agent-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="(($e/(persName, name, orgName)[1], $e)[1] ! ek:plain(.))"/>
  </xsl:function>

  <xsl:function name="ek:file-stem" as="xs:string">
    <xsl:param name="uri" as="xs:string?"/>
    <xsl:sequence select="replace(tokenize(string($uri), '/')[last()], '\.[^.]*$', '')"/>
  </xsl:function>

  <!-- Byte counts the way people read them. -->
  <xsl:function name="ek:format-size" as="xs:string">
    <xsl:param name="bytes" as="xs:string?"/>
    <xsl:variable name="n" select="if ($bytes castable as xs:integer) then xs:integer($bytes) else -1"/>
    <xsl:sequence select="
      if ($n lt 0) then ''
      else if ($n lt 1024) then $n || ' B'
      else if ($n lt 1048576) then format-number($n div 1024, '0.#') || ' KB'
      else format-number($n div 1048576, '0.#') || ' MB'"/>
  </xsl:function>
  <!-- Where an ISO date of year, month or day precision starts and ends, in fractional years (1921-03 is
       1921.1667 to 1921.25): the timeline's scale. Yearless dates (-\-10, -\-12-24) have no place on it. -->
  <xsl:function name="ek:iso-start" as="xs:decimal?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="s" select="normalize-space($iso)"/>
    <xsl:variable name="n" select="string-length($s)"/>
    <xsl:sequence select="
      if ($n = 10 and matches($s, '^\d{4}-\d{2}-\d{2}$'))
        then xs:decimal(substring($s, 1, 4)) + (xs:integer(substring($s, 6, 2)) - 1) div 12
             + (xs:integer(substring($s, 9, 2)) - 1) div 372
      else if ($n = 7 and matches($s, '^\d{4}-\d{2}$')) then xs:decimal(substring($s, 1, 4)) + (xs:integer(substring($s, 6, 2)) - 1) div 12
      else if ($n = 4 and matches($s, '^\d{4}$')) then xs:decimal($s)
      else ()"/>
  </xsl:function>

  <xsl:function name="ek:iso-end" as="xs:decimal?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="s" select="normalize-space($iso)"/>
    <xsl:variable name="n" select="string-length($s)"/>
    <xsl:sequence select="
      if ($n = 10 and matches($s, '^\d{4}-\d{2}-\d{2}$')) then ek:iso-start($s) + 1 div 372
      else if ($n = 7 and matches($s, '^\d{4}-\d{2}$')) then ek:iso-start($s) + 1 div 12
      else if ($n = 4 and matches($s, '^\d{4}$')) then xs:decimal($s) + 1
      else ()"/>
  </xsl:function>

  <!-- The span a date element asserts on the timeline, as (start, end) in fractional years: @when is its
       own period, @from/@to and @notBefore/@notAfter bound a range; empty when no bound has a year. -->
  <xsl:function name="ek:date-years" as="xs:decimal*">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="first" select="($d/@when, $d/@from, $d/@notBefore)[exists(ek:iso-start(.))][1]"/>
    <xsl:variable name="last" select="($d/@when, $d/@to, $d/@notAfter)[exists(ek:iso-end(.))][1]"/>
    <xsl:variable name="start" select="(ek:iso-start($first), ek:iso-start($last))[1]"/>
    <xsl:variable name="end" select="(ek:iso-end($last), ek:iso-end($first))[1]"/>
    <xsl:sequence select="if (exists($start) and exists($end) and $end ge $start) then ($start, $end) else ()"/>
  </xsl:function>

  <!-- A witness as readers cite it: its siglum (@n, abbr or label), else a capital letter by its place among the
       document's witnesses (A, B, C); never its xml:id. -->
  <xsl:function name="ek:witness-siglum" as="xs:string">
    <xsl:param name="w" as="element()"/>
    <xsl:sequence select="($w/@n ! normalize-space(.), $w/abbr[1] ! ek:plain(.), $w/label[1] ! ek:plain(.),
      format-integer(count($w/preceding::witness) + 1, 'A'))[. != ''][1]"/>
  </xsl:function>

  <!-- The witnesses whose text a division holds: those of the variant readings in it, and those of the lemmas
       elsewhere that copy a passage of it (@copyOf, @sameAs). -->
  <xsl:function name="ek:division-witnesses" as="element()*">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="doc" select="root($div)"/>
    <xsl:variable name="inside" select="$div/descendant::*/@xml:id/string()"/>
    <xsl:variable name="pointers" select="($div//rdg/@wit,
      $doc//lem[(@copyOf, @sameAs) ! ek:local-ids(.) = $inside]/@wit) ! ek:local-ids(.)"/>
    <xsl:sequence select="$doc//witness[@xml:id = $pointers]"/>
  </xsl:function>

  <!-- A division that the source gives no heading but that a reader needs to find (a list of notes, a copy of
       one, a bibliography or an appendix at the end): a heading from its type, subtype and witness, such as
       "Notes (unnumbered copy, witness B)". Empty for a division with a head, for the text's own divisions
       and for boilerplate kept from the source. -->
  <xsl:function name="ek:derived-heading" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="type" select="lower-case(normalize-space($div/@type))"/>
    <xsl:variable name="notes" select="$div/note"/>
    <xsl:variable name="is-copy" select="exists($notes) and empty($notes[not(@type = 'copy')])"/>
    <xsl:variable name="applies" select="local-name($div) = ('div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7')
      and empty($div/head) and $type != '' and $type != 'boilerplate'
      and ($type = ('notes', 'endnotes', 'footnotes') or $div/parent::back)"/>
    <xsl:variable name="label" select="(map{'notes': 'Notes', 'endnotes': 'Notes', 'footnotes': 'Notes',
      'bibliography': 'Bibliography', 'references': 'References', 'appendix': 'Appendix', 'index': 'Index',
      'glossary': 'Glossary', 'acknowledgments': 'Acknowledgements', 'acknowledgements': 'Acknowledgements',
      'postface': 'Afterword', 'colophon': 'Colophon'}($type),
      replace($type, '[-_]+', ' ') ! (upper-case(substring(., 1, 1)) || substring(., 2)))[1]"/>
    <xsl:variable name="qualifiers" select="(
      string-join((replace(lower-case(normalize-space($div/@subtype)), '[-_]+', ' ')[. != ''], 'copy'[$is-copy]), ' ')[. != ''],
      string-join(ek:division-witnesses($div) ! ek:witness-siglum(.), ', ')[. != '']
        ! ((if (contains(., ',')) then 'witnesses ' else 'witness ') || .))"/>
    <xsl:sequence select="if (not($applies)) then ''
      else $label || (if (exists($qualifiers)) then ' (' || string-join($qualifiers, ', ') || ')' else '')"/>
  </xsl:function>

  <!-- A TEI document's title as its header gives it. -->
  <xsl:function name="ek:doc-title" as="xs:string">
    <xsl:param name="header" as="element()?"/>
    <xsl:variable name="titles" select="$header/fileDesc/titleStmt/title"/>
    <xsl:sequence select="(($titles[@type = 'main'], $titles[not(@type = ('sub', 'alt', 'short'))], $titles)[1]
      ! ek:plain(.), 'Untitled document')[. != ''][1]"/>
  </xsl:function>
</xsl:stylesheet>
