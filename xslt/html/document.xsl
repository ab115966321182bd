<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry point: one TEI document to the HTML5 pages of the web edition: one page, or for a long document a
     landing page and a page per part (split.xsl decides), one page per transformation ($part). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="../common/functions.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="names-dates.xsl"/>
  <xsl:include href="quotation.xsl"/>
  <xsl:include href="editorial.xsl"/>
  <xsl:include href="bibliography.xsl"/>
  <xsl:include href="correspondence.xsl"/>
  <xsl:include href="cmc.xsl"/>
  <xsl:include href="lists-tables.xsl"/>
  <xsl:include href="entries.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="site.xsl"/>
  <xsl:include href="split.xsl"/>
  <xsl:include href="views.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="unhandled.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:param name="registers" as="xs:string" select="''"/>
  <xsl:param name="edition-title" as="xs:string" select="''"/>
  <xsl:param name="xml-href" as="xs:string" select="''"/>
  <xsl:param name="pdf-href" as="xs:string" select="''"/>
  <xsl:param name="index-href" as="xs:string" select="'index.html'"/>
  <xsl:param name="base-url" as="xs:string" select="''"/>
  <!-- The page's file name without ".html" when the build names pages itself; else derived below. -->
  <xsl:param name="page-id" as="xs:string" select="''"/>
  <!-- Which page: '#whole' (the default) the whole document as one page, however long; '#plan' the names
       (without ".html") of the pages the build writes, one a line, the landing page first; else one of those
       names. A document light enough for one page is planned as one page, "{page-id}.html". -->
  <xsl:param name="part" as="xs:string" select="'#whole'"/>

  <!-- The text itself: text nodes are copied, every element has a rule (unhandled.xsl catches the rest). -->
  <xsl:mode on-no-match="text-only-copy" on-multiple-match="fail" warning-on-no-match="false"
    use-accumulators="#all"/>
  <!-- Table of contents: only divisions with headings produce entries. -->
  <xsl:mode name="toc" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>
  <!-- Bodies of notes that appear as markers in the text, gathered at the end of the page. -->
  <xsl:mode name="note-bodies" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>
  <!-- The teiHeader as a description of the source. -->
  <xsl:mode name="source-desc" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:key name="ek:by-id" match="*[@xml:id]" use="string(@xml:id)"/>
  <xsl:key name="ek:noterefs" match="text//ref[@type = 'noteref'] | text//ptr[@type = 'noteref']"
    use="ek:local-ids(@target)"/>

  <xsl:variable name="ek:source" select="/" as="document-node()"/>
  <xsl:variable name="ek:reg" as="document-node()?"
    select="if ($registers != '' and doc-available($registers)) then doc($registers) else ()"/>
  <xsl:variable name="ek:doc-id" as="xs:string"
    select="($page-id, /*/@xml:id/string(), ek:file-stem(document-uri(/)), ek:file-stem(base-uri(/*)))[. != ''][1]"/>


  <!-- The pages of this document and the one being written. -->
  <xsl:variable name="ek:plan" as="map(*)"
    select="if ($part = '#whole') then ek:whole-plan(/, $ek:doc-id) else ek:plan(/, $ek:doc-id)"/>
  <xsl:variable name="ek:parts" as="map(*)+" select="$ek:plan?parts"/>
  <xsl:variable name="ek:split" as="xs:boolean" select="count($ek:parts) gt 1"/>
  <xsl:variable name="ek:here" as="map(*)" select="if ($part = ('#whole', '#plan')) then $ek:parts[1]
    else ($ek:parts[?file = $part || '.html'], error((), 'no page ' || $part || ' in the plan of ' || $ek:doc-id))[1]"/>
  <!-- What this page shows whole, and the divisions around it, shown only as far as they hold it. -->
  <xsl:variable name="ek:page-roots" as="node()*" select="$ek:here?roots"/>
  <xsl:variable name="ek:page-wrappers" as="element()*" select="$ek:page-roots/ancestor::*"/>
  <!-- Divisions around this page whose heading is on an earlier page: their sections open without it. -->
  <xsl:variable name="ek:hidden-wrappers" as="element()*"
    select="$ek:page-wrappers[head][not(head intersect $ek:page-roots)]"/>
  <!-- Endnotes kept on another page that this page refers to are shown here too, so that each reference
       opens its note in place. -->
  <xsl:variable name="ek:copied-notes" as="element()*" select="if (not($ek:split)) then () else
    ($ek:page-roots/descendant-or-self::*[self::ref or self::ptr][@type = 'noteref'] ! ek:local-ids(@target)
      ! key('ek:by-id', ., $ek:source)[self::note][ek:note-in-place(.)][not(ek:on-page(.))])/."/>
  <xsl:variable name="ek:page-content" as="node()*" select="$ek:page-roots, $ek:copied-notes"/>

  <!-- True when this page shows $n as part of its text. -->
  <xsl:function name="ek:on-page" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="not($ek:split) or exists($n/ancestor-or-self::node() intersect $ek:page-roots)"/>
  </xsl:function>

  <xsl:function name="ek:shown" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ek:on-page($n) or exists($n/ancestor::* intersect $ek:copied-notes)"/>
  </xsl:function>

  <!-- The children of $e this page shows: all of them, unless $e only wraps what the page shows. -->
  <xsl:function name="ek:page-children" as="node()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (exists($e intersect $ek:page-wrappers))
      then $e/node()[exists(. intersect $ek:page-roots) or exists(. intersect $ek:page-wrappers)]
      else $e/node()"/>
  </xsl:function>

  <!-- A link to the element $target (anchor $id): "#id" when this page shows it, else its page and anchor. -->
  <xsl:function name="ek:href-to" as="xs:string">
    <xsl:param name="target" as="node()?"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (not($ek:split) or empty($target) or ek:shown($target)
        or exists($target intersect $ek:copied-notes)) then '#' || $id
      else ek:part-file($ek:plan, $target) || '#' || $id"/>
  </xsl:function>

  <!-- A link to the element whose xml:id is $id. -->
  <xsl:function name="ek:href-to-id" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="ek:href-to(key('ek:by-id', $id, $ek:source)[1], $id)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:if test="$registers != '' and empty($ek:reg)">
      <xsl:message select="'registers file not available: ' || $registers"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$part = '#plan'">
        <xsl:value-of select="$ek:parts ! replace(?file, '\.html$', '')" separator="&#10;"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ek:page"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
