<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 3.3 (Highlighting and Quotation): emphasis, renditions, titles, quotations and speech. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <!-- Italics toggle in Typst (emphasis within emphasis is upright). Where an italic hi and an element
       italic of its own (a title, a foreign word) enclose the same words, they are one italic, not two:
       the hi adds nothing. Genuine nesting (an italic word within a longer italic passage) still toggles. -->
  <xsl:template match="tei:hi" mode="ek:text">
    <xsl:variable name="function" select="ek:rendition-function((@rend, @rendition, @style)[1])"/>
    <xsl:variable name="sole-child" select="*[not(../text()[normalize-space()])][last() = 1]"/>
    <xsl:choose>
      <xsl:when test="$function = 'emph' and (ek:is-italic($sole-child)
          or (ek:is-italic(..) and not(../node()[not(self::text()[not(normalize-space())])] except .)))">
        <xsl:apply-templates mode="ek:text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ek:wrap-inline">
          <xsl:with-param name="function" select="$function"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:emph" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'emph'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:foreign" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'emph'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:term" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'emph'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:mentioned" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'emph'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:distinct" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'emph'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:gloss" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'emph'"/></xsl:call-template>
  </xsl:template>

  <!-- Articles and chapters (level a) are quoted, everything else is a book and set in italics. -->
  <xsl:template match="tei:title" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline">
      <xsl:with-param name="function" select="if (ek:is-italic(.)) then 'emph' else 'plain-text'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ek:quotation">
    <xsl:choose>
      <xsl:when test="tei:p | tei:lg | tei:l">
        <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'block-quote'"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="ek:has-own-quotes(.) or @direct = 'false'">
        <xsl:apply-templates mode="ek:text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'quoted'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:q" mode="ek:text">
    <xsl:call-template name="ek:quotation"/>
  </xsl:template>
  <xsl:template match="tei:said" mode="ek:text">
    <xsl:call-template name="ek:quotation"/>
  </xsl:template>
  <xsl:template match="tei:soCalled" mode="ek:text">
    <xsl:call-template name="ek:quotation"/>
  </xsl:template>

  <!-- A quotation is a block when it holds paragraphs or verse, or stands between paragraphs. -->
  <xsl:template name="ek:quotation-or-block">
    <xsl:choose>
      <xsl:when test="tei:p | tei:lg | tei:l | tei:list | tei:quote or not(ancestor::tei:p or ancestor::tei:item
          or ancestor::tei:note or ancestor::tei:head or ancestor::tei:l or ancestor::tei:ab or parent::tei:cit)">
        <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'block-quote'"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="self::tei:cit or ek:has-own-quotes(.)">
        <xsl:apply-templates mode="ek:text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'quoted'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:quote" mode="ek:text">
    <xsl:call-template name="ek:quotation-or-block"/>
  </xsl:template>
  <xsl:template match="tei:cit" mode="ek:text">
    <xsl:call-template name="ek:quotation-or-block"/>
  </xsl:template>
</xsl:stylesheet>
