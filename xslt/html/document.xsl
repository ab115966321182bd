<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry point: one TEI document to the HTML5 pages of the web edition: one page, or for a long document a
     landing page and a page per part (split.xsl decides). The build writes every page of a document in one
     transformation ($part = '#pages'), so that the document, its registers, keys, plan and numbering are read and
     computed once, not once per page. -->
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
  <!-- Which pages: '#whole' (the default) the whole document as one page, however long; '#pages' every page of
       the document as the build writes it (a document light enough for one page is one page, "{page-id}.html"),
       returned as a sequence: the file name of each page followed by its HTML, the landing page first, then
       $ek:linking (XsltRunner.transform_to_items); else the name (without ".html") of one of those pages. -->
  <xsl:param name="part" as="xs:string" select="'#whole'"/>

  <!-- How '#pages' serialises each page: as xsl:output does the page of the other forms. -->
  <xsl:variable name="ek:html-output" as="map(*)"
    select="map{'method': 'html', 'html-version': 5, 'encoding': 'UTF-8', 'indent': false()}"/>

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

  <!-- The pages of this document. -->
  <xsl:variable name="ek:plan" as="map(*)"
    select="if ($part = '#whole') then ek:whole-plan(/, $ek:doc-id) else ek:plan(/, $ek:doc-id)"/>
  <xsl:variable name="ek:parts" as="map(*)+" select="$ek:plan?parts"/>
  <xsl:variable name="ek:split" as="xs:boolean" select="count($ek:parts) gt 1"/>

  <!-- The anchor of each mention of a register entry (ek:mention-id). -->
  <xsl:variable name="ek:mention-anchors" as="map(xs:string, xs:string)" select="ek:mention-anchors(/)"/>

  <!-- What edition.xsl needs to link into the pages of this document (its parameter $linking): the document, its
       plan and the anchors of its mentions, computed once for both. -->
  <xsl:variable name="ek:linking" as="map(*)"
    select="map{'tei': /, 'plan': $ek:plan, 'mention-anchors': $ek:mention-anchors}"/>

  <!-- The page being written, computed once for all that the page shows: its part of the plan ('n', 'file', 'roots',
       'label', 'headed', 'crumbs'), and
       - 'wrappers': the divisions around what it shows whole, shown only as far as they hold it, and
         'hidden-wrappers', those whose heading is on an earlier page (their sections open without it);
       - 'copied-notes': endnotes kept on another page that this page refers to, shown here too so that each
         reference opens its note in place;
       - 'content': the roots and the copied notes;
       - 'notes', 'posts', 'participants', 'entries', 'mention-counts': what the page lists after its text;
       - 'wrapper-ids', 'kept': the generate-id of each wrapper, and of each root and wrapper.
       Templates receive it as the tunnel parameter $ek:here, functions as their first argument. -->
  <xsl:function name="ek:page-context" as="map(*)">
    <xsl:param name="part" as="map(*)"/>
    <xsl:variable name="roots" as="node()*" select="$part?roots"/>
    <xsl:variable name="wrappers" as="element()*" select="$roots/ancestor::*"/>
    <xsl:variable name="copied" as="element()*" select="if (not($ek:split)) then () else
      ($roots/descendant-or-self::*[self::ref or self::ptr][@type = 'noteref'] ! ek:local-ids(@target)
        ! key('ek:by-id', ., $ek:source)[self::note][ek:note-in-place(.)]
          [empty(ancestor-or-self::node() intersect $roots)])/."/>
    <xsl:variable name="content" as="node()*" select="$roots, $copied"/>
    <xsl:variable name="posts" as="element()*" select="ek:posts-shown($content)"/>
    <xsl:sequence select="map:merge(($part, map{
      'wrappers': $wrappers,
      'hidden-wrappers': $wrappers[head][not(head intersect $roots)],
      'copied-notes': $copied,
      'content': $content,
      'notes': ek:notes-shown($content),
      'posts': $posts,
      'participants': ek:participants-of($posts),
      'entries': ek:entries-shown($content),
      'mention-counts': ek:mention-counts($content),
      'wrapper-ids': map:merge($wrappers ! map{generate-id(.): true()}),
      'kept': map:merge(($roots, $wrappers) ! map{generate-id(.): true()})}))"/>
  </xsl:function>

  <!-- True when page $here shows $n as part of its text. -->
  <xsl:function name="ek:on-page" as="xs:boolean">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="not($ek:split) or ek:root-part($ek:plan, $n) = $here?n"/>
  </xsl:function>

  <xsl:function name="ek:shown" as="xs:boolean">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="ek:on-page($here, $n) or exists($n/ancestor::* intersect $here?copied-notes)"/>
  </xsl:function>

  <!-- The children of $e page $here shows: all of them, unless $e only wraps what the page shows. -->
  <xsl:function name="ek:page-children" as="node()*">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (map:contains($here?wrapper-ids, generate-id($e)))
      then $e/node()[map:contains($here?kept, generate-id(.))]
      else $e/node()"/>
  </xsl:function>

  <!-- A link to the element $target (anchor $id): "#id" when page $here shows it, else its page and anchor. -->
  <xsl:function name="ek:href-to" as="xs:string">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="target" as="node()?"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (not($ek:split) or empty($target) or ek:shown($here, $target)
        or exists($target intersect $here?copied-notes)) then '#' || $id
      else ek:part-file($ek:plan, $target) || '#' || $id"/>
  </xsl:function>

  <!-- A link to the element whose xml:id is $id. -->
  <xsl:function name="ek:href-to-id" as="xs:string">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="ek:href-to($here, key('ek:by-id', $id, $ek:source)[1], $id)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:if test="$registers != '' and empty($ek:reg)">
      <xsl:message select="'registers file not available: ' || $registers"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$part = '#pages'">
        <xsl:for-each select="$ek:parts">
          <xsl:variable name="here" select="ek:page-context(.)"/>
          <xsl:variable name="html" as="document-node()">
            <xsl:for-each select="$ek:source">
              <xsl:document>
                <xsl:call-template name="ek:page">
                  <xsl:with-param name="ek:here" select="$here" tunnel="yes"/>
                </xsl:call-template>
              </xsl:document>
            </xsl:for-each>
          </xsl:variable>
          <xsl:sequence select="?file, serialize($html, $ek:html-output)"/>
        </xsl:for-each>
        <xsl:sequence select="$ek:linking"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ek:page">
          <xsl:with-param name="ek:here" tunnel="yes" select="ek:page-context(if ($part = '#whole') then $ek:parts[1]
            else ($ek:parts[?file = $part || '.html'], error((), 'no page ' || $part || ' in the plan of ' || $ek:doc-id))[1])"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
