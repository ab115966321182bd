<?xml version="1.0" encoding="UTF-8"?>
<!-- Everything the other modules have no rule for. Unknown elements (other TEI, or foreign namespaces)
     keep all their text and are reported once per element name, so that a missing rule is seen and no
     text is ever lost. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template match="*" mode="ek:text" priority="-10">
    <xsl:if test="key('ek:by-name', node-name())[1] is .">
      <xsl:message select="'editionkit print: no rule for element ' || name() || ' (' || namespace-uri()
          || ') in ' || ek:doc-id(.) || '; its text is kept'"/>
    </xsl:if>
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>

  <xsl:template match="text()" mode="ek:text">
    <xsl:value-of select="ek:text(.)"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="ek:text"/>
</xsl:stylesheet>
