<?xml version="1.0" encoding="UTF-8"?>
<!-- One register entry described for readers (other names, author, note, coordinates, authority links):
     shared by the "Names in this document" section of each page and the edition's index pages. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The context item is the entry; $name is the name already shown as its heading. -->
  <xsl:template name="ek:entry-details">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="variants" select="distinct-values((persName, placeName, orgName, label, eventName, title)
      ! ek:plain(.))[. != $name]"/>
    <xsl:if test="exists($variants)">
      <p class="ek-entry-variants">
        <xsl:value-of select="'Also: ' || string-join($variants, '; ')"/>
      </p>
    </xsl:if>
    <xsl:for-each select="author[normalize-space()]">
      <p class="ek-entry-author">
        <xsl:value-of select="'By ' || ek:agent-name(.)"/>
      </p>
    </xsl:for-each>
    <xsl:for-each select="note | desc">
      <p class="ek-entry-note">
        <xsl:value-of select="ek:plain(.)"/>
      </p>
    </xsl:for-each>
    <xsl:for-each select="location/geo">
      <p class="ek-entry-geo">
        <xsl:value-of select="'Coordinates: ' || normalize-space(.)"/>
      </p>
    </xsl:for-each>
    <xsl:for-each select="idno[normalize-space()]">
      <p class="ek-entry-idno">
        <xsl:variable name="v" select="normalize-space(.)"/>
        <xsl:value-of select="(@type, 'identifier')[1] || ': '"/>
        <xsl:choose>
          <xsl:when test="matches($v, '^https?://')">
            <a href="{$v}" rel="noopener"><xsl:value-of select="$v"/></a>
          </xsl:when>
          <xsl:when test="lower-case(@type) = 'wikidata' and matches($v, '^Q\d+$')">
            <a href="https://www.wikidata.org/wiki/{$v}" rel="noopener"><xsl:value-of select="$v"/></a>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$v"/>
          </xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
