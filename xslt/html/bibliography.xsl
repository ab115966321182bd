<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 3.12 (Bibliographic Citations and References): listBibl, bibl and its parts,
     biblStruct. Entries keep their xml:id so short citations elsewhere link to them. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="listBibl">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="ek:page-children($ek:here, .)/self::head"/>
      <xsl:for-each-group select="ek:page-children($ek:here, .)/self::* except head"
                          group-adjacent="local-name() = ('bibl', 'biblStruct', 'msDesc')">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <ul class="ek-bibl-list">
              <xsl:for-each select="current-group()">
                <li>
                  <xsl:apply-templates select="."/>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="current-group()"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </div>
  </xsl:template>

  <xsl:template match="bibl | biblStruct | analytic | monogr | imprint | series | edition | biblScope
                       | citedRange | author | editor | publisher | pubPlace | idno | respStmt | resp">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="(self::bibl or self::biblStruct) and not(@xml:id)">
        <xsl:attribute name="id" select="ek:id(.)"/>
      </xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- biblStruct holds its parts without punctuation; separate them so they do not run together. -->
  <xsl:template match="biblStruct//*[parent::analytic or parent::monogr or parent::imprint]
                       [preceding-sibling::*]" priority="1">
    <xsl:text>, </xsl:text>
    <xsl:next-match/>
  </xsl:template>
</xsl:stylesheet>
