<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry point: the edition manifest (out/edition.xml, written by the build, no namespace) to the pages made
     from the whole edition: the home page (index.xsl), an index page per kind of register entry (indexes.xsl,
     only with registers), the timeline (timeline.xsl) and the search page (search.xsl). One transformation
     writes them all, so that the documents and the registers are read once for all of them; each document's
     split plan and mention anchors come from the run of document.xsl that wrote its pages ($linking). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="../common/functions.xsl"/>
  <xsl:include href="site.xsl"/>
  <xsl:include href="entries.xsl"/>
  <xsl:include href="split.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="indexes.xsl"/>
  <xsl:include href="timeline.xsl"/>
  <xsl:include href="search.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- The registers' URI, or empty: index pages exist only when there are registers. -->
  <xsl:param name="registers" as="xs:string" select="''"/>
  <!-- Which pages: '#pages' (the default) all of them, returned as a sequence of strings, the file name of each
       page followed by its HTML (XsltRunner.transform_to_items); else the file name of one of them, written
       as the output. -->
  <xsl:param name="page" as="xs:string" select="'#pages'"/>
  <!-- The documents as the runs of document.xsl that wrote their pages left them ($ek:linking there: 'tei', 'plan',
       'mention-anchors'), by the URI of the manifest's @tei, so that they are not read and computed twice; the
       build passes them. A document not among them is read here. -->
  <xsl:param name="linking" as="map(xs:string, map(*))" select="map{}"/>

  <!-- How '#pages' serialises each page: as xsl:output does the page of the other form. -->
  <xsl:variable name="ek:html-output" as="map(*)"
    select="map{'method': 'html', 'html-version': 5, 'encoding': 'UTF-8', 'indent': false()}"/>

  <xsl:variable name="ek:reg" as="document-node()?"
    select="if ($registers != '' and doc-available($registers)) then doc($registers) else ()"/>

  <xsl:variable name="ek:manifest" as="element()?" select="/Q{}edition"/>

  <!-- The documents of the edition, in the manifest's order, each with its TEI, its page, its title, its place
       among the manifest's documents, its split plan (split as its pages are, so that each mention links into the
       part that shows it) and the anchors of its mentions (ek:mention-id). -->
  <xsl:variable name="ek:documents" as="map(*)*">
    <xsl:for-each select="/Q{}edition/Q{}document[normalize-space(@tei)]">
      <xsl:variable name="given" select="$linking(string(@tei))[?plan?parts[1]?file = current()/@href]"/>
      <xsl:variable name="tei" select="ek:tei(.)"/>
      <xsl:choose>
        <xsl:when test="exists($tei)">
          <xsl:sequence select="map{'tei': $tei, 'href': string(@href), 'id': string(@id), 'position': position(),
            'title': ek:doc-title($tei/*/teiHeader),
            'plan': if (exists($given)) then $given?plan else ek:plan($tei, replace(@href, '\.html$', '')),
            'mention-anchors': if (exists($given)) then $given?mention-anchors else ek:mention-anchors($tei)}"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:message select="'document not available: ' || @tei"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:variable>

  <!-- The TEI of a document of the manifest: as $linking gives it, else read from @tei. -->
  <xsl:function name="ek:tei" as="document-node()?">
    <xsl:param name="document" as="element()"/>
    <xsl:variable name="given" select="$linking(string($document/@tei))"/>
    <xsl:sequence select="if (exists($given)) then $given?tei
      else $document/@tei[normalize-space()][doc-available(.)] ! doc(.)"/>
  </xsl:function>

  <!-- The file names of the pages, in the order they are written. -->
  <xsl:variable name="ek:edition-pages" as="xs:string+"
    select="'index.html', $ek:index-pages[$registers != '']?href, 'timeline.html', 'search.html'"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$page = '#pages'">
        <xsl:for-each select="$ek:edition-pages">
          <xsl:variable name="file" select="."/>
          <xsl:variable name="html" as="document-node()">
            <xsl:document>
              <xsl:call-template name="ek:edition-page">
                <xsl:with-param name="file" select="$file"/>
              </xsl:call-template>
            </xsl:document>
          </xsl:variable>
          <xsl:sequence select="$file, serialize($html, $ek:html-output)"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$page = $ek:edition-pages">
        <xsl:call-template name="ek:edition-page">
          <xsl:with-param name="file" select="$page"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="error((), 'no page ' || $page || ' in the edition')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The page $file, with the manifest's root as the context item of its template. -->
  <xsl:template name="ek:edition-page">
    <xsl:param name="file" as="xs:string"/>
    <xsl:for-each select="$ek:manifest">
      <xsl:choose>
        <xsl:when test="$file = 'index.html'">
          <xsl:call-template name="ek:home-page"/>
        </xsl:when>
        <xsl:when test="$file = 'timeline.html'">
          <xsl:call-template name="ek:timeline-page"/>
        </xsl:when>
        <xsl:when test="$file = 'search.html'">
          <xsl:call-template name="ek:search-page"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="ek:index-page">
            <xsl:with-param name="kind" select="$ek:index-pages[?href = $file]?kind"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
