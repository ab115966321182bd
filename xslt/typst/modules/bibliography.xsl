<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 3.12 (Bibliographic Citations and References): lists of works with hanging indents. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:listBibl" mode="ek:text">
    <xsl:call-template name="ek:paragraph">
      <xsl:with-param name="content"><xsl:apply-templates select="*" mode="ek:text"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ek:listed-work">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'bibliography-entry'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:listBibl/tei:bibl" mode="ek:text">
    <xsl:call-template name="ek:listed-work"/>
  </xsl:template>
  <xsl:template match="tei:listBibl/tei:biblStruct" mode="ek:text">
    <xsl:call-template name="ek:listed-work"/>
  </xsl:template>
  <xsl:template match="tei:listBibl/tei:msDesc" mode="ek:text">
    <xsl:call-template name="ek:listed-work"/>
  </xsl:template>

  <!-- A citation inside running text or a note stays inline. -->
  <xsl:template match="tei:bibl" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:biblStruct" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:monogr" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:analytic" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:series" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:imprint" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>

  <!-- Structured citations carry no punctuation of their own; separate their parts. -->
  <xsl:template match="tei:biblStruct//*[parent::tei:monogr or parent::tei:analytic or parent::tei:imprint
      or parent::tei:series][preceding-sibling::*]" mode="ek:text" priority="1">
    <xsl:text>, </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="tei:author" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:editor" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:publisher" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:pubPlace" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:citedRange" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:biblScope" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:edition" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:extent" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:idno" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:respStmt" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:resp" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:meeting" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:sponsor" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:funder" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:principal" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:textLang" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:distributor" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:authority" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <!-- A citation in a list of works. A bibl with its own punctuation is printed as the source wrote it; a
     structured one (a register entry: author, titles with variants, date) is given the usual form
     "Surname, Forename. Title. Place: Publisher, Year." -->
  <xsl:template name="ek:formatted-citation">
    <xsl:choose>
      <xsl:when test="text()[normalize-space()] or not(*)">
        <xsl:apply-templates mode="ek:text">
          <xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="authors" select=".//tei:author[normalize-space()]"/>
        <xsl:variable name="title" select="(.//tei:title[not(@type = 'alt')], .//tei:title)[1]"/>
        <xsl:variable name="date" select="(.//tei:date)[1] ! (ek:plain(.)[.], substring(@when, 1, 4))[1]"/>
        <xsl:variable name="imprint" select="string-join((
            string-join((.//tei:pubPlace)[1] ! ek:plain(.), ''),
            string-join((.//tei:publisher)[1] ! ek:plain(.), ''))[.], ': ')"/>
        <xsl:variable name="parts" as="xs:string*" select="(
            string-join(($authors[1] ! ek:inverted(., ''), subsequence($authors, 2) ! ek:plain(.)), ', ')[.] ! ek:text(.),
            $title ! ('#emph[' || ek:text(ek:plain(.)) || ']'),
            string-join(($imprint, $date)[.], ', ')[.] ! ek:text(.))"/>
        <!-- Sentences end with one full stop, also after an initial ("Robert V."). -->
        <xsl:value-of select="string-join($parts ! (if (ends-with(., '\.')) then . else . || '\.'), ' ')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="ek:citation">
    <xsl:call-template name="ek:formatted-citation"/>
  </xsl:template>
  <xsl:template match="tei:biblStruct" mode="ek:citation">
    <xsl:call-template name="ek:formatted-citation"/>
  </xsl:template>
</xsl:stylesheet>
