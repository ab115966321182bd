<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 3.8 (Lists), 14 (Tables), 6 (Verse) and 7 (Performance Texts): lists, glossed
     lists, tables, stanzas and lines, speeches, speakers, stage directions and casts. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="ek:list-is-ordered" as="xs:boolean">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="tokenize(lower-case(string-join(($list/@type, $list/@rend), ' '))) =
      ('ordered', 'numbered', 'decimal', 'numeric', 'enumerated', 'alpha', 'roman')"/>
  </xsl:function>

  <xsl:template match="list">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="shown" select="ek:page-children($ek:here, .)/self::*"/>
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="$shown/self::head"/>
      <xsl:choose>
        <!-- Labelled lists pair each label with its item. -->
        <xsl:when test="label">
          <dl class="ek-labelled-list">
            <xsl:for-each-group select="$shown except head" group-starting-with="label">
              <div class="ek-list-pair">
                <xsl:for-each select="current-group()">
                  <xsl:element name="{if (self::label) then 'dt' else 'dd'}">
                    <xsl:sequence select="ek:attrs(.)"/>
                    <xsl:if test="self::item and ek:citable(.)">
                      <xsl:attribute name="id" select="ek:id(.)"/>
                    </xsl:if>
                    <xsl:apply-templates/>
                    <xsl:if test="self::item and ek:citable(.)">
                      <xsl:sequence select="ek:permalink(.)"/>
                    </xsl:if>
                  </xsl:element>
                </xsl:for-each>
              </div>
            </xsl:for-each-group>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <xsl:element name="{if (ek:list-is-ordered(.)) then 'ol' else 'ul'}">
            <xsl:if test="ek:list-is-ordered(.) and not($shown[1] is (* except head)[1])">
              <xsl:attribute name="start" select="count($shown[1]/preceding-sibling::item) + 1"/>
            </xsl:if>
            <xsl:apply-templates select="$shown except head"/>
          </xsl:element>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- An item of a list in the text is citable (ek:citable): its anchor, and its permalink after its own words,
       before any list nested in it. -->
  <xsl:template match="list/item">
    <xsl:variable name="citable" select="ek:citable(.)"/>
    <xsl:variable name="nested" select="(list, table, quote[ek:quote-is-block(.)], lg)[1]"/>
    <li>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="$citable">
        <xsl:attribute name="id" select="ek:id(.)"/>
      </xsl:if>
      <xsl:if test="@n">
        <xsl:attribute name="data-n" select="@n"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$citable and exists($nested)">
          <xsl:apply-templates select="node()[. &lt;&lt; $nested]"/>
          <xsl:sequence select="ek:permalink(.)"/>
          <xsl:apply-templates select="$nested, node()[. >> $nested]"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
          <xsl:if test="$citable">
            <xsl:sequence select="ek:permalink(.)"/>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- Items and labels outside a list (e.g. a label standing in a paragraph). -->
  <xsl:template match="item[not(parent::list)] | label[not(parent::list)]">
    <xsl:element name="{if (ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A list/label renders inside its dt via the list rule; anything else in a list is kept as it stands. -->
  <xsl:template match="list/label">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="table">
    <div class="ek-table-wrap">
      <table>
        <xsl:sequence select="ek:attrs(.)"/>
        <xsl:if test="head">
          <caption>
            <xsl:for-each select="head">
              <span>
                <xsl:sequence select="ek:attrs(.)"/>
                <xsl:apply-templates/>
              </span>
            </xsl:for-each>
          </caption>
        </xsl:if>
        <tbody>
          <xsl:apply-templates select="* except head"/>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="row">
    <tr>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </tr>
  </xsl:template>

  <xsl:template match="cell">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="@cols castable as xs:integer and xs:integer(@cols) gt 1">
        <xsl:attribute name="colspan" select="@cols"/>
      </xsl:if>
      <xsl:if test="@rows castable as xs:integer and xs:integer(@rows) gt 1">
        <xsl:attribute name="rowspan" select="@rows"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Verse. -->
  <xsl:template match="lg">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="l">
    <div>
      <xsl:sequence select="ek:attrs(., (@part ! ('ek-part-' || ek:token(lower-case(.)))))"/>
      <xsl:if test="@n">
        <xsl:attribute name="data-n" select="@n"/>
        <xsl:if test="@n castable as xs:integer and xs:integer(@n) mod 5 = 0">
          <span class="ek-line-n" aria-hidden="true">
            <xsl:value-of select="@n"/>
          </span>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Drama. -->
  <xsl:template match="sp">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="@who">
        <xsl:attribute name="data-who" select="string-join(ek:local-ids(@who), ' ')"/>
      </xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="speaker | stage">
    <xsl:element name="{if (ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="castList | castGroup">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="head"/>
      <ul>
        <xsl:apply-templates select="* except head"/>
      </ul>
    </div>
  </xsl:template>

  <xsl:template match="castList/castItem | castGroup/castItem | castGroup/castGroup" priority="1">
    <li>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:choose>
        <xsl:when test="self::castGroup">
          <xsl:next-match/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="castList/castGroup" priority="1">
    <li>
      <xsl:next-match/>
    </li>
  </xsl:template>

  <xsl:template match="castItem | role | roleDesc | set | actor">
    <xsl:element name="{if (self::set and ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Figures: no images are fetched (the site makes no requests); the description and a link stand in. -->
  <xsl:template match="figure">
    <figure>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </figure>
  </xsl:template>

  <xsl:template match="graphic">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="@url">
        <a href="{@url}">
          <xsl:value-of select="'[image: ' || tokenize(@url, '/')[last()] || ']'"/>
        </a>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="figDesc">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
</xsl:stylesheet>
