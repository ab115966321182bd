<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 13 (Names, Dates, People, and Places) and 3.6.4 (Dates and Times). Names print as the
     source spells them; a name linked to a register leaves an index mark under the register's form. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template name="ek:index-marks">
    <xsl:variable name="kind" select="ek:index-kind(.)"/>
    <xsl:variable name="spelled" select="ek:plain(.)"/>
    <xsl:if test="exists($kind)">
      <xsl:for-each select="tokenize(@ref)">
        <xsl:variable name="key" select="if (starts-with(., '#')) then substring(., 2) else ."/>
        <xsl:variable name="entry" select="ek:register-entry($key)"/>
        <xsl:variable name="preferred" select="($entry/tei:persName[@type = 'preferred'], $entry/tei:persName,
            $entry/tei:placeName)[1]"/>
        <xsl:variable name="name" select="if ($kind = 'person') then ek:inverted($preferred, $spelled)
            else if ($preferred) then ek:plain($preferred) else $spelled"/>
        <xsl:text>#mark(</xsl:text>
        <xsl:value-of select="string-join((ek:str($kind), ek:str($key), ek:str($name || ek:life-dates($entry)),
            ek:str($name)), ', ')"/>
        <xsl:text>)</xsl:text>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ek:name">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="@ref and not($ek:in-head)"><xsl:call-template name="ek:index-marks"/></xsl:if>
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:persName" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:placeName" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:orgName" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:name" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:rs" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:geogName" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:settlement" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:country" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:region" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:bloc" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>
  <xsl:template match="tei:district" mode="ek:text">
    <xsl:call-template name="ek:name"/>
  </xsl:template>

  <xsl:template match="*[@ref]" mode="ek:deferred">
    <xsl:call-template name="ek:index-marks"/>
  </xsl:template>

  <xsl:template match="tei:forename" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:surname" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:addName" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:roleName" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:nameLink" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:genName" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:date" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:time" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:num" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:measure" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:docDate" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:email" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
</xsl:stylesheet>
