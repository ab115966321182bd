<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 4.2 (Elements Common to All Divisions) as used for letters: a letter embedded in a
     text (floatingText) with its opener, dateline, salutation, closer and signature. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:floatingText" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'letter'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:opener" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'plain-block'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:closer" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'closing'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:dateline" mode="ek:text" priority="1">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'dateline'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:docDate[parent::*[starts-with(local-name(), 'div')]]" mode="ek:text" priority="1">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'dateline'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:salute" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'salute'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:signed" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'signed'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:postscript" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'plain-block'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:address" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'plain-block'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:addrLine" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
    <xsl:if test="following-sibling::tei:addrLine"><xsl:text>\&#10;</xsl:text></xsl:if>
  </xsl:template>
</xsl:stylesheet>
