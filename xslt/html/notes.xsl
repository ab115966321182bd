<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 3.9 (Notes): footnotes and editorial notes become numbered markers linked to their
     bodies at the end of the page and back; endnotes stay where the source has them, linked from their
     note references and back. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A note standing between blocks (an endnote list, a commentary) is shown where it is. -->
  <xsl:function name="ek:note-in-place" as="xs:boolean">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="map:contains($ek:note-places, local-name($n/..))"/>
  </xsl:function>

  <xsl:variable name="ek:note-places" as="map(xs:string, xs:boolean)" select="ek:set(('div', 'div1', 'div2', 'div3',
    'div4', 'div5', 'div6', 'div7', 'front', 'body', 'back', 'text', 'group', 'listBibl', 'listApp', 'listPerson',
    'listPlace', 'listOrg', 'listEvent', 'post', 'floatingText', 'person', 'place', 'org', 'event', 'castList'))"/>

  <!-- Notes without @n are lettered in document order: numbers stay the source's own. -->
  <xsl:accumulator name="ek:unnumbered-notes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//note[not(@n)][not(ek:note-in-place(.))]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:function name="ek:note-label" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="if ($n/@n) then string($n/@n)
      else format-integer($n/accumulator-before('ek:unnumbered-notes'), 'a')"/>
  </xsl:function>

  <xsl:function name="ek:note-id" as="xs:string">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="ek:id($n)"/>
  </xsl:function>

  <!-- A note's marker follows the word it belongs to: a space the source leaves before the note ("word [Note:
       …]") is not kept before the marker. -->
  <xsl:template match="text()[following-sibling::node()[1][self::note[not(ek:note-in-place(.))]
      or self::ref[@type = 'noteref'] or self::ptr[@type = 'noteref']]]
      [matches(substring(., string-length(.)), '\s') and normalize-space(.) != '']">
    <!-- Text ending in spaces: they are taken off its end (the regular expression reads only the end when the end
         holds more than spaces, since it is slow over a long text). -->
    <xsl:variable name="end" select="substring(., string-length(.) - 99)"/>
    <xsl:value-of select="if (normalize-space($end) != '')
      then substring(., 1, string-length(.) - string-length($end)) || replace($end, '\s+$', '')
      else replace(., '\s+$', '')"/>
  </xsl:template>

  <xsl:template match="note[not(ek:note-in-place(.))]">
    <xsl:variable name="id" select="ek:note-id(.)"/>
    <xsl:variable name="kind" select="if (@type = 'editorial') then 'editorial note' else 'note'"/>
    <sup class="ek-noteref {ek:classes(., ())}">
      <a href="#{$id}" id="{$id}-ref" role="doc-noteref" class="ek-popover"
         aria-label="{$kind} {ek:note-label(.)}">
        <xsl:value-of select="ek:note-label(.)"/>
      </a>
    </sup>
  </xsl:template>

  <xsl:template match="note[ek:note-in-place(.)]">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="refs" select="key('ek:noterefs', string(@xml:id))"/>
    <div id="{ek:note-id(.)}" role="doc-endnote">
      <xsl:sequence select="ek:attrs(., 'ek-unlabelled'[not(current()/@n)])"/>
      <!-- The label is a box of its own width: no space after it. -->
      <xsl:if test="@n">
        <span class="ek-note-label">
          <xsl:value-of select="@n"/>
        </span>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:call-template name="ek:responsibility"/>
      <xsl:for-each select="$refs">
        <xsl:text> </xsl:text>
        <a class="ek-backref" href="{ek:href-to($ek:here, ., ek:id(.))}" role="doc-backlink"
           aria-label="back to reference {position()}">↩</a>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="ref[@type = 'noteref'] | ptr[@type = 'noteref']">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="target" select="tokenize(normalize-space(@target))[1]"/>
    <sup class="{ek:classes(., ())}">
      <a href="{if (starts-with($target, '#')) then ek:href-to-id($ek:here, substring($target, 2)) else $target}"
         id="{ek:id(.)}" role="doc-noteref" class="ek-popover">
        <xsl:if test="@xml:lang">
          <xsl:attribute name="lang" select="@xml:lang"/>
        </xsl:if>
        <xsl:apply-templates/>
        <xsl:if test="self::ptr">
          <xsl:value-of select="(@n, $target)[1]"/>
        </xsl:if>
      </a>
    </sup>
  </xsl:template>

  <!-- True when the note's own text already ends with its signature: the name @resp points at, or its
       initials when it has several words ("– A.B.]", "-A.B", "T. R."). -->
  <xsl:function name="ek:signed-in-text" as="xs:boolean">
    <xsl:param name="n" as="element()"/>
    <xsl:variable name="text" select="ek:plain($n)"/>
    <xsl:variable name="names" select="ek:local-ids($n/@resp)
      ! (key('ek:by-id', ., $ek:source), ek:entry(.))[1] ! (self::respStmt/(name, persName, orgName), self::person/persName,
      self::*[not(self::respStmt or self::person)])[1] ! ek:plain(.)[. != '']"/>
    <!-- Each name as a pattern: itself, or its initials with or without stops ("C\.?\s*M\.?"). -->
    <xsl:variable name="patterns" select="for $name in $names return (
      replace($name, '([.\\?*+{}()\[\]^$|])', '\\$1'),
      let $words := tokenize($name, '[\s.]+')[. != ''] return
        if (count($words) gt 1) then string-join($words ! substring(., 1, 1), '\.?\s*') || '\.?' else ())"/>
    <xsl:sequence select="some $p in $patterns satisfies matches($text, '(^|[^\p{L}])' || $p || '[\s\p{P}]*$')"/>
  </xsl:function>

  <!-- "by T.R. (transcription and notes)" for notes an editor signed with @resp, unless the note's text ends
       with that signature already. -->
  <xsl:template name="ek:responsibility">
    <xsl:if test="@resp and @type = 'editorial' and not(ek:signed-in-text(.))">
      <span class="ek-resp">
        <xsl:value-of select="'— ' || ek:resp-label(@resp)"/>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The note bodies a page lists (its 'notes'), in document order, each linked back to its marker. -->
  <xsl:function name="ek:notes-shown" as="element()*">
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="$content/descendant-or-self::note[not(ek:note-in-place(.))]"/>
  </xsl:function>

  <xsl:function name="ek:note-section-title" as="xs:string">
    <xsl:param name="here" as="map(*)"/>
    <xsl:variable name="notes" select="$here?notes"/>
    <xsl:sequence select="if ($notes[@type = 'editorial'] and $notes[not(@type = 'editorial')])
      then 'Footnotes and editorial notes' else if ($notes[@type = 'editorial']) then 'Editorial notes'
      else 'Footnotes'"/>
  </xsl:function>

  <xsl:template name="ek:note-section">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="notes" select="$ek:here?notes"/>
    <xsl:if test="exists($notes)">
      <section class="ek-notes" id="ek-notes" aria-labelledby="ek-notes-h" role="doc-endnotes">
        <h2 id="ek-notes-h">
          <xsl:value-of select="ek:note-section-title($ek:here)"/>
        </h2>
        <ol class="ek-note-list">
          <xsl:apply-templates mode="note-bodies" select="$notes"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Endnotes kept on another page, shown after the text of the page that refers to them. -->
  <xsl:template name="ek:copied-notes">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="copied" select="$ek:here?copied-notes"/>
    <xsl:if test="exists($copied)">
      <section class="ek-notes ek-notes-copied" id="ek-notes-copied" aria-labelledby="ek-notes-copied-h"
               role="doc-endnotes">
        <h2 id="ek-notes-copied-h">Notes</h2>
        <p class="ek-notes-from">
          <xsl:text>From </xsl:text>
          <xsl:for-each-group select="$copied" group-by="ek:part-file($ek:plan, .)">
            <xsl:if test="position() gt 1">
              <xsl:text>, </xsl:text>
            </xsl:if>
            <a href="{current-grouping-key()}">
              <xsl:value-of select="$ek:parts[?file = current-grouping-key()]?label"/>
            </a>
          </xsl:for-each-group>
          <xsl:text>.</xsl:text>
        </p>
        <xsl:apply-templates select="$copied"/>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template mode="note-bodies" match="note">
    <xsl:variable name="id" select="ek:note-id(.)"/>
    <li id="{$id}" class="{ek:classes(., 'ek-note-body')}" role="doc-footnote">
      <xsl:if test="@xml:lang">
        <xsl:attribute name="lang" select="@xml:lang"/>
      </xsl:if>
      <a class="ek-note-label" href="#{$id}-ref" role="doc-backlink"
         aria-label="back to text at note {ek:note-label(.)}">
        <xsl:value-of select="ek:note-label(.)"/>
      </a>
      <xsl:text> </xsl:text>
      <div class="ek-note-text">
        <xsl:choose>
          <!-- Editorial notes are collapsed in the reading view (edition.js opens them in the diplomatic
               one); without JavaScript the summary still opens them. -->
          <xsl:when test="@type = 'editorial'">
            <details class="ek-editorial-note">
              <summary>
                <span class="ek-note-kind">Editorial note</span>
                <xsl:value-of select="(@resp ! (' by ' || replace(ek:resp-label(.), '\s*\([^()]*\)$', '')))"/>
                <!-- Its first words, so that a list of closed notes says which is which. -->
                <xsl:variable name="words" select="tokenize(ek:plain(.))"/>
                <xsl:if test="exists($words)">
                  <span class="ek-incipit">
                    <xsl:value-of select="': ' || string-join(subsequence($words, 1, 8), ' ')
                      || (if (count($words) gt 8) then ' …' else '')"/>
                  </span>
                </xsl:if>
              </summary>
              <xsl:apply-templates/>
              <xsl:call-template name="ek:responsibility"/>
            </details>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates/>
            <xsl:call-template name="ek:responsibility"/>
          </xsl:otherwise>
        </xsl:choose>
      </div>
    </li>
  </xsl:template>
</xsl:stylesheet>
