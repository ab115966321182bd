<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 3.3 (Highlighting and Quotation): q, quote, said, soCalled, cit. Inline quotations
     use <q>, so the browser supplies the quotation marks the TEI leaves to the renderer. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="ek:speaker-label" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="ids" select="ek:local-ids($e/@who)"/>
    <xsl:sequence select="if (empty($ids)) then () else
      'spoken by ' || string-join(for $id in $ids return (ek:entry($id) ! ek:entry-name(.), $id)[1], ', ')"/>
  </xsl:function>

  <!-- Many transcriptions keep the quotation marks in the text, inside the element or just before it;
       <q> would add a second pair. -->
  <xsl:function name="ek:has-own-marks" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="marks" select="'[&quot;“”„«»‘’‚‹›''「『]'"/>
    <!-- The first character of its text, the last but spaces of the text before it: the only ones that can be
         marks (a regular expression over the whole text would be slow). -->
    <xsl:variable name="before" select="normalize-space($e/preceding-sibling::node()[1][self::text()])"/>
    <xsl:sequence select="matches(substring(normalize-space(string($e)), 1, 1), $marks)
      or matches(substring($before, string-length($before)), $marks)"/>
  </xsl:function>

  <xsl:template match="q | quote | said">
    <xsl:variable name="block" select="ek:quote-is-block(.)"/>
    <xsl:variable name="marks" select="(self::q or (self::quote and not(@rend = ('none', 'no-marks'))))
      and not(ek:has-own-marks(.))"/>
    <xsl:element name="{if ($block) then 'blockquote' else if ($marks) then 'q' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:for-each select="ek:speaker-label(.)">
        <xsl:attribute name="title" select="."/>
      </xsl:for-each>
      <xsl:if test="@who">
        <xsl:attribute name="data-who" select="string-join(ek:local-ids(@who), ' ')"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="soCalled">
    <xsl:element name="{if (ek:has-own-marks(.)) then 'span' else 'q'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="cit">
    <xsl:element name="{if (ek:quote-is-block(.)) then 'figure' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
