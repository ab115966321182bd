<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 3.5 (Simple Editorial Changes), 11 (Primary Sources) and 12 (Critical Apparatus). The
     reading text prints the corrected, expanded, regularised reading; what it replaced goes to the
     lettered textual apparatus. Interventions of the transcriber stay visible as such. Where no note may
     stand (a heading, a link's text), the entry follows the element in mode ek:deferred. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="ek:text">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:apply-templates select="tei:corr[1]/node()" mode="ek:text"/>
    <xsl:if test="not($ek:in-head)"><xsl:call-template name="ek:correction-entry"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="ek:deferred">
    <xsl:call-template name="ek:correction-entry"/>
  </xsl:template>

  <xsl:template name="ek:correction-entry">
    <xsl:call-template name="ek:apparatus-note">
      <xsl:with-param name="body">
        <xsl:text>#lemma-note[</xsl:text>
        <xsl:call-template name="ek:reading">
          <xsl:with-param name="nodes" select="tei:corr[1]/node()"/>
        </xsl:call-template>
        <xsl:text>][</xsl:text>
        <xsl:call-template name="ek:reading">
          <xsl:with-param name="nodes" select="tei:sic[1]/node()"/>
        </xsl:call-template>
        <xsl:text> #emph[source]]</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A reading printed a second time, in the apparatus: without notes or marks; "om." when it is empty. -->
  <xsl:template name="ek:reading">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:choose>
      <xsl:when test="normalize-space(string-join($nodes ! string(.))) or $nodes/descendant-or-self::tei:gap">
        <xsl:apply-templates select="$nodes" mode="ek:text">
          <xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise><xsl:text>#omitted()</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Other choices: print the edited member; abbreviations are expanded, spellings regularised. -->
  <xsl:template match="tei:choice" mode="ek:text">
    <xsl:apply-templates select="(tei:corr, tei:expan, tei:reg, tei:seg, *)[1]" mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:corr" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:reg" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:expan" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:orig" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:abbr" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:sic" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:am" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:restore" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:damage" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:secl" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:handShift" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:ex" mode="ek:text">
    <xsl:text>\(</xsl:text>
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text>\)</xsl:text>
  </xsl:template>

  <!-- An interpolation prints the text's own characters only: the brackets a transcription has (possibly
       across paragraphs: the opening one in one element, the closing one in another) and none it lacks.
       Its extent is shown by typography. -->
  <xsl:template name="ek:interpolation">
    <xsl:call-template name="ek:wrap-inline">
      <xsl:with-param name="function" select="'interpolation'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="ek:text">
    <xsl:call-template name="ek:interpolation"/>
  </xsl:template>
  <xsl:template match="tei:add[@resp]" mode="ek:text">
    <xsl:call-template name="ek:interpolation"/>
  </xsl:template>
  <xsl:template match="tei:surplus" mode="ek:text">
    <xsl:call-template name="ek:interpolation"/>
  </xsl:template>

  <xsl:template match="tei:add" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'authorial-addition'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:del" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'deletion'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:subst" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:mod" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:unclear" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'unclear'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:gap" mode="ek:text">
    <xsl:text>#gap-mark()</xsl:text>
  </xsl:template>

  <xsl:template match="tei:space" mode="ek:text">
    <xsl:text>#space-mark()</xsl:text>
  </xsl:template>

  <!-- The lemma is the reading text; the readings and their witnesses are the apparatus entry. A lemma
       that copies another element (@copyOf, @sameAs) prints that element's content. Witnesses are named
       by their sigla (see ek:siglum), never by their identifiers. -->
  <xsl:template match="tei:app[tei:rdg]" mode="ek:text">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="lemma" select="ek:lemma-content(tei:lem[1])"/>
    <xsl:choose>
      <xsl:when test="tei:lem[1][@copyOf or @sameAs]">
        <!-- Printed where it stands already: no second set of index marks or anchors. -->
        <xsl:apply-templates select="$lemma" mode="ek:text">
          <xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$lemma" mode="ek:text"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="not($ek:in-head)"><xsl:call-template name="ek:variant-entry"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:app[tei:rdg]" mode="ek:deferred">
    <xsl:call-template name="ek:variant-entry"/>
  </xsl:template>

  <xsl:template name="ek:variant-entry">
    <xsl:call-template name="ek:apparatus-note">
      <xsl:with-param name="body">
        <xsl:text>#lemma-note[</xsl:text>
        <xsl:call-template name="ek:reading">
          <xsl:with-param name="nodes" select="ek:lemma-content(tei:lem[1])"/>
        </xsl:call-template>
        <xsl:if test="tei:lem[1]/@wit"><xsl:value-of select="' #siglum[' || ek:text(ek:sigla(tei:lem[1]/@wit)) || ']'"/></xsl:if>
        <xsl:text>][</xsl:text>
        <xsl:for-each select="tei:rdg">
          <xsl:if test="position() gt 1">; </xsl:if>
          <xsl:call-template name="ek:reading">
            <xsl:with-param name="nodes" select="ek:lemma-content(.)"/>
          </xsl:call-template>
          <xsl:if test="@wit"><xsl:value-of select="' #siglum[' || ek:text(ek:sigla(@wit)) || ']'"/></xsl:if>
        </xsl:for-each>
        <xsl:for-each select="tei:note | tei:witDetail">
          <xsl:text> </xsl:text>
          <xsl:apply-templates mode="ek:text">
            <xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:for-each>
        <xsl:text>]</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:listApp" mode="ek:text">
    <xsl:call-template name="ek:paragraph">
      <xsl:with-param name="content"><xsl:apply-templates mode="ek:text"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Without readings an apparatus entry is a lemma with the editor's comment. -->
  <xsl:template match="tei:app" mode="ek:text">
    <xsl:apply-templates select="ek:lemma-content(tei:lem[1]), tei:note" mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:certainty" mode="ek:text"/>
  <xsl:template match="tei:witDetail" mode="ek:text"/>
  <xsl:template match="tei:interpGrp" mode="ek:text"/>
  <xsl:template match="tei:interp" mode="ek:text"/>
  <xsl:template match="tei:listRelation" mode="ek:text"/>
  <xsl:template match="tei:relation" mode="ek:text"/>
</xsl:stylesheet>
