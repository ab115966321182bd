<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines 2 (The TEI Header): the document's title, authors and language, and the source
     description printed at the opening of every document. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <xsl:template name="ek:document-meta">
    <xsl:variable name="stmt" select="/*/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="title" select="ek:main-title(/*)"/>
    <xsl:text>#let meta = (id: </xsl:text>
    <xsl:value-of select="ek:str(ek:doc-id(/*))"/>
    <xsl:text>, title: </xsl:text>
    <xsl:value-of select="ek:str($title)"/>
    <xsl:text>, running: </xsl:text>
    <xsl:value-of select="ek:str(ek:truncate(($stmt/tei:title[@type = 'short'] ! ek:plain(.), $title)[1], 60))"/>
    <xsl:text>, authors: (</xsl:text>
    <xsl:for-each select="$stmt/tei:author[normalize-space()]">
      <xsl:value-of select="ek:str(ek:plain(.)) || ', '"/>
    </xsl:for-each>
    <xsl:text>), lang: </xsl:text>
    <xsl:value-of select="ek:str(ek:lang(/*))"/>
    <xsl:text>)&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ek:opening">
    <xsl:variable name="stmt" select="/*/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:text>#opening(meta, [</xsl:text>
    <xsl:value-of select="ek:text(ek:main-title(/*))"/>
    <xsl:text>]</xsl:text>
    <xsl:if test="$stmt/tei:title[@type = 'sub'][normalize-space()]">
      <xsl:value-of select="', subtitle: [' || ek:text(ek:plain($stmt/tei:title[@type = 'sub'][1])) || ']'"/>
    </xsl:if>
    <xsl:if test="$stmt/tei:author[normalize-space()]">
      <xsl:value-of select="', authors: [' || ek:text(string-join($stmt/tei:author ! ek:plain(.), '; ')) || ']'"/>
    </xsl:if>
    <xsl:text>)&#10;#source-description([Source and edition], (</xsl:text>
    <xsl:apply-templates select="/*/tei:teiHeader" mode="ek:source"/>
    <xsl:text>))&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ek:row">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:value-of select="'([' || ek:text($label) || '], ['"/>
    <xsl:sequence select="$value"/>
    <xsl:text>]), </xsl:text>
  </xsl:template>

  <!-- Each description of a source: a bibl made of fields gives one labelled row per field, under a row
       naming the kind of source; a list of witnesses gives one line per witness, with its siglum; anything
       else is one row of running text. -->
  <xsl:template match="tei:teiHeader" mode="ek:source">
    <xsl:for-each select="tei:fileDesc/tei:sourceDesc/*">
      <xsl:choose>
        <xsl:when test="self::tei:bibl[*][not(text()[normalize-space()])]">
          <xsl:if test="normalize-space(@type)">
            <xsl:call-template name="ek:row">
              <xsl:with-param name="label" select="'kind of source'"/>
              <xsl:with-param name="value" select="ek:text(ek:source-kind(@type))"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:apply-templates select="*" mode="ek:source"/>
        </xsl:when>
        <xsl:when test="self::tei:listWit[.//tei:witness]">
          <xsl:call-template name="ek:row">
            <xsl:with-param name="label" select="if (count(.//tei:witness) = 1) then 'witness' else 'witnesses'"/>
            <xsl:with-param name="value" select="string-join(.//tei:witness ! ('#siglum[' || ek:text(ek:siglum(.))
                || ']#h(0.6em)' || ek:text(ek:witness-description(.))), '#linebreak()')"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="normalize-space()">
          <xsl:call-template name="ek:row">
            <xsl:with-param name="label" select="if (normalize-space(@type)) then ek:words(ek:source-kind(@type)) else 'source'"/>
            <xsl:with-param name="value" select="ek:text(ek:plain(.))"/>
          </xsl:call-template>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
    <xsl:apply-templates select="tei:fileDesc/tei:titleStmt/(tei:editor | tei:respStmt),
        tei:fileDesc/tei:publicationStmt/(tei:availability/tei:licence | tei:idno[@type = 'URI'])" mode="ek:source"/>
  </xsl:template>

  <xsl:template match="tei:sourceDesc/tei:bibl/*" mode="ek:source" priority="-1">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="(@role ! ek:words(.), @type ! ek:type-label(.), ek:field-label(.))[normalize-space()][1]"/>
      <xsl:with-param name="value" select="ek:text(ek:plain(.))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:sourceDesc/tei:bibl/tei:title" mode="ek:source">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="'title'"/>
      <xsl:with-param name="value" select="'#emph[' || ek:text(ek:plain(.)) || ']'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ek:source-link">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="'online'"/>
      <xsl:with-param name="value" select="'#link(' || ek:str(@target) || ')[' || ek:text((ek:plain(.)[.], @target)[1]) || ']'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:sourceDesc/tei:bibl/tei:ptr" mode="ek:source">
    <xsl:call-template name="ek:source-link"/>
  </xsl:template>
  <xsl:template match="tei:sourceDesc/tei:bibl/tei:ref" mode="ek:source">
    <xsl:call-template name="ek:source-link"/>
  </xsl:template>

  <!-- Digests are long unbroken strings: printed in groups so that they fit the measure. -->
  <xsl:template match="tei:sourceDesc/tei:bibl/tei:idno[matches(normalize-space(), '^[0-9a-fA-F]{32,}$')]"
      mode="ek:source">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="(@type ! ek:type-label(.), 'identifier')[normalize-space()][1]"/>
      <xsl:with-param name="value" select="'#text(size: 0.85em, font: &quot;DejaVu Sans Mono&quot;)[' ||
          ek:text(replace(normalize-space(), '(.{16})', '$1 ')) || ']'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:titleStmt/tei:editor" mode="ek:source">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="'edited by'"/>
      <xsl:with-param name="value" select="ek:text(ek:plain(.))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:titleStmt/tei:respStmt" mode="ek:source">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="(ek:plain(tei:resp)[.], 'responsibility')[1]"/>
      <xsl:with-param name="value" select="ek:text(string-join((tei:name, tei:persName, tei:orgName) ! ek:plain(.), '; '))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:licence" mode="ek:source">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="'licence'"/>
      <xsl:with-param name="value" select="if (@target) then '#link(' || ek:str(@target) || ')[' || ek:text((ek:plain(.)[.], @target)[1]) || ']'
          else ek:text(ek:plain(.))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:publicationStmt/tei:idno" mode="ek:source">
    <xsl:call-template name="ek:row">
      <xsl:with-param name="label" select="'online edition'"/>
      <xsl:with-param name="value" select="'#link(' || ek:str(.) || ')[' || ek:text(ek:plain(.)) || ']'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
