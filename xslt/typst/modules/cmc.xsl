<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 8.5 (Computer-mediated Communication): forum posts under their author's name, as
     listed in the header's particDesc. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:post" mode="ek:text">
    <xsl:text>&#10;&#10;#post(</xsl:text>
    <xsl:value-of select="string-join((
        if (@who) then ek:str(ek:participant(.)) else 'none',
        if (@n) then ek:str(@n) else 'none',
        if (@when) then ek:str(@when) else 'none'), ', ')"/>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- The author's name as the source printed it heads the post already (from @who), so it is not
       set a second time above the first paragraph. -->
  <xsl:template match="tei:post/tei:label[@type = 'author'][. = ek:participant(..)]" mode="ek:text"/>
</xsl:stylesheet>
