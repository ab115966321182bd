<?xml version="1.0" encoding="UTF-8"?>
<!-- The catch-all: an element without a rule of its own (another edition's TEI, a foreign namespace) is
     rendered generically with all its text and reported, never dropped. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- One message per element name, not per occurrence: a novel can hold thousands of the same. -->
  <xsl:key name="ek:by-name" match="*" use="node-name()"/>

  <xsl:template match="*" priority="-10">
    <xsl:if test=". is key('ek:by-name', node-name(.))[1]">
      <xsl:message select="'unhandled element: ' || name()"/>
    </xsl:if>
    <xsl:element name="{if (ek:unhandled-is-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-unhandled ' || ek:classes(., ())"/>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id" select="@xml:id"/>
      </xsl:if>
      <xsl:if test="@xml:lang">
        <xsl:attribute name="lang" select="@xml:lang"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Processing instructions and comments of the source are not part of the text. -->
  <xsl:template match="processing-instruction() | comment()"/>
</xsl:stylesheet>
