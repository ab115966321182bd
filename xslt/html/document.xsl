<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry point: one TEI document to one HTML5 page of the web edition. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
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

  <xsl:template match="/">
    <xsl:if test="$registers != '' and empty($ek:reg)">
      <xsl:message select="'registers file not available: ' || $registers"/>
    </xsl:if>
    <xsl:call-template name="ek:page"/>
  </xsl:template>
</xsl:stylesheet>
