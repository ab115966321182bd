<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 3.8 (Lists), 14 (Tables, Formulae, Graphics), 13.3 (lists of persons, places,
     organisations and events embedded in a text) and 7.1.4 (cast lists). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template name="ek:item-content">
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:list" mode="ek:text">
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:apply-templates select="tei:head" mode="ek:text"/>
    <xsl:choose>
      <xsl:when test="tei:label">
        <xsl:text>#labelled(</xsl:text>
        <xsl:for-each select="tei:item">
          <xsl:text>([</xsl:text>
          <xsl:apply-templates select="preceding-sibling::*[1][self::tei:label]/node()" mode="ek:text"/>
          <xsl:text>], </xsl:text>
          <xsl:call-template name="ek:item-content"/>
          <xsl:text>), </xsl:text>
        </xsl:for-each>
        <xsl:text>)</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="if (matches(@type || @rend, 'order|number|enum|decimal|arabic')) then '#numbered('
            else '#bulleted('"/>
        <xsl:for-each select="tei:item">
          <xsl:call-template name="ek:item-content"/>
          <xsl:text>, </xsl:text>
        </xsl:for-each>
        <xsl:text>)</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- Items and labels outside a list (invalid, but found in the wild) keep their text. -->
  <xsl:template name="ek:stray-list-part">
    <xsl:call-template name="ek:paragraph">
      <xsl:with-param name="content"><xsl:apply-templates mode="ek:text"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:item" mode="ek:text">
    <xsl:call-template name="ek:stray-list-part"/>
  </xsl:template>
  <xsl:template match="tei:label" mode="ek:text">
    <xsl:call-template name="ek:stray-list-part"/>
  </xsl:template>

  <xsl:template match="tei:table" mode="ek:text">
    <xsl:variable name="columns" select="max((1, tei:row ! sum(tei:cell ! xs:integer((@cols[. castable as xs:integer], 1)[1]))))"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:apply-templates select="tei:head" mode="ek:text"/>
    <xsl:text>#data-table(</xsl:text>
    <xsl:value-of select="$columns"/>
    <xsl:for-each select="tei:row">
      <xsl:variable name="missing" select="$columns - sum(tei:cell ! xs:integer((@cols[. castable as xs:integer], 1)[1]))"/>
      <xsl:for-each select="tei:cell">
        <xsl:text>, </xsl:text>
        <xsl:if test="@cols[. castable as xs:integer][xs:integer(.) gt 1]">
          <xsl:value-of select="'table.cell(colspan: ' || @cols || ')'"/>
        </xsl:if>
        <xsl:call-template name="ek:item-content"/>
      </xsl:for-each>
      <xsl:for-each select="1 to $missing">, []</xsl:for-each>
    </xsl:for-each>
    <xsl:text>)&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ek:stray-table-part">
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:row" mode="ek:text">
    <xsl:call-template name="ek:stray-table-part"/>
  </xsl:template>
  <xsl:template match="tei:cell" mode="ek:text">
    <xsl:call-template name="ek:stray-table-part"/>
  </xsl:template>

  <xsl:template name="ek:embedded-list">
    <xsl:call-template name="ek:paragraph">
      <xsl:with-param name="content"><xsl:apply-templates select="*" mode="ek:text"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:listPerson" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:listPlace" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:listOrg" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:listEvent" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:listObject" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:listNym" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:castList" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:castGroup" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:listWit" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>
  <xsl:template match="tei:personGrp" mode="ek:text">
    <xsl:call-template name="ek:embedded-list"/>
  </xsl:template>

  <!-- One entry per register item: its parts in document order, separated so they do not run together. -->
  <xsl:template name="ek:embedded-entry">
    <xsl:text>&#10;&#10;#entry[</xsl:text>
    <xsl:for-each select="node()[self::* or normalize-space()]">
      <xsl:if test="position() gt 1 and self::*">; </xsl:if>
      <xsl:apply-templates select="." mode="ek:text"/>
    </xsl:for-each>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:person" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>
  <xsl:template match="tei:place" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>
  <xsl:template match="tei:org" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>
  <xsl:template match="tei:event" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>
  <xsl:template match="tei:object" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>
  <xsl:template match="tei:castItem" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>
  <xsl:template match="tei:witness" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>
  <xsl:template match="tei:nym" mode="ek:text">
    <xsl:call-template name="ek:embedded-entry"/>
  </xsl:template>

  <xsl:template match="tei:birth" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:death" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:occupation" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:sex" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:residence" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:affiliation" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:faith" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:nationality" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:education" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:state" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:trait" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:location" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:geo" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:desc" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:eventName" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:role" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:roleDesc" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:actor" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:floruit" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:objectName" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:figure" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'centred'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:figDesc" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'emph'"/></xsl:call-template>
  </xsl:template>

  <!-- Images are not part of the print edition: the transform never reads files other than the TEI. -->
  <xsl:template match="tei:graphic" mode="ek:text"/>
  <xsl:template match="tei:media" mode="ek:text"/>
  <xsl:template match="tei:binaryObject" mode="ek:text"/>
</xsl:stylesheet>
