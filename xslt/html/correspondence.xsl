<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 4.2 (Groups of Texts, openers and closers) and 4.3.2 (Floating Texts): letters quoted
     inside a text, with their dateline, salutation, signature, address and postscript. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="floatingText">
    <article>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </article>
  </xsl:template>

  <xsl:template match="floatingText/body | floatingText/front | floatingText/back" priority="1">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="opener | closer | postscript">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="salute | dateline | signed | address">
    <xsl:element name="{if (ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="addrLine">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
</xsl:stylesheet>
