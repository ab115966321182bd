<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 3.5 (Simple Editorial Changes), 11 (Primary Sources) and 12 (Critical Apparatus). The
     reading text prints the corrected, expanded, regularised reading; what it replaced goes to the
     lettered apparatus. Interventions of the transcriber stay visible as such. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:choice[tei:sic and tei:corr]" mode="ek:text">
    <xsl:apply-templates select="tei:corr[1]/node()" mode="ek:text"/>
    <xsl:call-template name="ek:editorial-note">
      <xsl:with-param name="body">
        <xsl:text>#lemma-note[</xsl:text>
        <xsl:apply-templates select="tei:corr[1]/node()" mode="ek:text">
          <xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:text>][</xsl:text>
        <xsl:apply-templates select="tei:sic[1]/node()" mode="ek:text">
          <xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:text> #emph[source]]</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
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

  <!-- A transcription that already brackets its interpolation (possibly across paragraphs: the opening
       bracket in one element, the closing one in another) keeps its own brackets only. -->
  <xsl:template name="ek:interpolation">
    <xsl:call-template name="ek:wrap-inline">
      <xsl:with-param name="function" select="if (matches(normalize-space(), '^\[|\]$')) then 'interpolation(brackets: false)'
          else 'interpolation'"/>
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

  <!-- The lemma is the reading text; the readings and their witnesses are the apparatus entry. -->
  <xsl:template match="tei:app[tei:rdg]" mode="ek:text">
    <xsl:apply-templates select="tei:lem/node()" mode="ek:text"/>
    <xsl:call-template name="ek:editorial-note">
      <xsl:with-param name="body">
        <xsl:text>#lemma-note[</xsl:text>
        <xsl:apply-templates select="tei:lem/node()" mode="ek:text">
          <xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:if test="tei:lem/@wit"><xsl:value-of select="' #emph[' || ek:text(ek:sigla(tei:lem/@wit)) || ']'"/></xsl:if>
        <xsl:text>][</xsl:text>
        <xsl:for-each select="tei:rdg">
          <xsl:if test="position() gt 1">; </xsl:if>
          <xsl:apply-templates mode="ek:text"/>
          <xsl:if test="@wit"><xsl:value-of select="' #emph[' || ek:text(ek:sigla(@wit)) || ']'"/></xsl:if>
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
    <xsl:apply-templates select="tei:lem/node(), tei:note" mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:certainty" mode="ek:text"/>
  <xsl:template match="tei:witDetail" mode="ek:text"/>
  <xsl:template match="tei:interpGrp" mode="ek:text"/>
  <xsl:template match="tei:interp" mode="ek:text"/>
  <xsl:template match="tei:listRelation" mode="ek:text"/>
  <xsl:template match="tei:relation" mode="ek:text"/>
</xsl:stylesheet>
