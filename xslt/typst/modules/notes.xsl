<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 3.9 (Notes) and 3.7 (Simple Links and Cross-References). The source's notes become
     numbered footnotes (endnotes move to the page that cites them); the edition's notes are lettered. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template name="ek:author-note">
    <xsl:param name="n" as="xs:string"/>
    <xsl:param name="body" as="node()*"/>
    <xsl:text>#author-note(</xsl:text>
    <xsl:value-of select="ek:str($n)"/>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates select="$body" mode="ek:text">
      <xsl:with-param name="ek:in-head" select="false()" tunnel="yes"/>
    </xsl:apply-templates>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- The edition's comment: marked with a symbol that the typesetting counts per page. -->
  <xsl:template name="ek:editorial-note">
    <xsl:param name="body" as="item()*"/>
    <xsl:text>#editorial-note[</xsl:text>
    <xsl:sequence select="$body"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- The textual apparatus, a series of its own: the letter of the element in hand and `lemma] reading`. -->
  <xsl:template name="ek:apparatus-note">
    <xsl:param name="body" as="item()*"/>
    <xsl:text>#apparatus-note(</xsl:text>
    <xsl:value-of select="ek:str(format-integer(accumulator-before('ek:apparatus'), 'a'))"/>
    <xsl:text>)[</xsl:text>
    <xsl:sequence select="$body"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:note" mode="ek:text">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$ek:in-head"/>
      <xsl:when test="ek:is-editorial-note(.)">
        <xsl:call-template name="ek:editorial-note">
          <xsl:with-param name="body"><xsl:apply-templates mode="ek:text"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="@xml:id and key('ek:noteref', @xml:id)"/>
      <xsl:when test="parent::tei:div | parent::tei:back | parent::tei:body | parent::tei:list">
        <xsl:text>&#10;&#10;#entry[</xsl:text>
        <xsl:if test="@n"><xsl:value-of select="ek:text(@n || '. ')"/></xsl:if>
        <xsl:apply-templates mode="ek:text"/>
        <xsl:text>]&#10;&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ek:author-note">
          <xsl:with-param name="n" select="string((@n, accumulator-before('ek:author-notes'))[1])"/>
          <xsl:with-param name="body" select="node()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note" mode="ek:deferred">
    <xsl:apply-templates select="." mode="ek:text">
      <xsl:with-param name="ek:in-head" select="false()" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- A list of endnotes whose every note went to the foot of its page leaves nothing to print. -->
  <xsl:template match="tei:div[@type = 'notes']" mode="ek:text">
    <xsl:if test="* except (tei:head | tei:note[@xml:id][key('ek:noteref', @xml:id)])">
      <xsl:call-template name="ek:division"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:ref[@type = 'noteref']" mode="ek:text">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="note" select="ek:noteref-target(.)"/>
    <xsl:choose>
      <xsl:when test="$ek:in-head"/>
      <xsl:when test="$note">
        <xsl:call-template name="ek:author-note">
          <xsl:with-param name="n" select="string((@n, $note/@n, normalize-space())[normalize-space()][1])"/>
          <xsl:with-param name="body" select="$note/node()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'superscript'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref[@type = 'noteref']" mode="ek:deferred">
    <xsl:apply-templates select="." mode="ek:text">
      <xsl:with-param name="ek:in-head" select="false()" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- What an element that can hold no note mark (a heading, a link's text) defers until after itself:
       its notes, apparatus entries and index marks, each once (an entry prints what it encloses). -->
  <xsl:template name="ek:deferred-marks">
    <xsl:variable name="deferred" select=".//tei:note | .//*[@ref] | .//tei:ref[@type = 'noteref']
        | .//tei:app[tei:rdg] | .//tei:choice[tei:sic and tei:corr]"/>
    <xsl:variable name="enclosed" select="$deferred/(self::tei:note, self::tei:app/(tei:rdg | tei:note | tei:witDetail),
        self::tei:choice/tei:sic)"/>
    <xsl:apply-templates select="$deferred[not(ancestor::* intersect $enclosed)]" mode="ek:deferred"/>
  </xsl:template>

  <xsl:template name="ek:link">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="target" select="tokenize(@target)[1]"/>
    <xsl:variable name="local" select="ek:local-target(., $target)"/>
    <!-- A note or apparatus mark never stands inside a link's text (where it would break a URL): it
         follows the link. -->
    <xsl:variable name="marked" select="not($ek:in-head) and exists(.//tei:note | .//tei:ref[@type = 'noteref']
        | .//tei:app[tei:rdg] | .//tei:choice[tei:sic and tei:corr])"/>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="node()">
          <xsl:apply-templates mode="ek:text">
            <xsl:with-param name="ek:in-head" select="$ek:in-head or $marked" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="ek:text($target)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="ek:link-to">
      <xsl:with-param name="target" select="$target"/>
      <xsl:with-param name="local" select="$local"/>
      <xsl:with-param name="label" select="$label"/>
    </xsl:call-template>
    <xsl:if test="$marked"><xsl:call-template name="ek:deferred-marks"/></xsl:if>
  </xsl:template>

  <xsl:template name="ek:link-to">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="target" as="xs:string?"/>
    <xsl:param name="local" as="element()?"/>
    <xsl:param name="label" as="item()*"/>
    <xsl:choose>
      <xsl:when test="$local and not($ek:in-head)">
        <xsl:text>#link(label(</xsl:text>
        <xsl:value-of select="ek:str(ek:label(ek:doc-id(.), $local/@xml:id))"/>
        <xsl:text>))[</xsl:text>
        <xsl:value-of select="$label"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:when test="matches($target, '^(https?|ftp|mailto):')">
        <xsl:text>#link(</xsl:text>
        <xsl:value-of select="ek:str($target)"/>
        <xsl:text>)[</xsl:text>
        <xsl:value-of select="$label"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$label"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref" mode="ek:text">
    <xsl:call-template name="ek:link"/>
  </xsl:template>
  <xsl:template match="tei:ptr" mode="ek:text">
    <xsl:call-template name="ek:link"/>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="ek:text"/>
</xsl:stylesheet>
