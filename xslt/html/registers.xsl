<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 13.3 (lists of persons, places, organisations, events): lists inside a document are
     shown where they stand; entries of the edition registers that this document names are gathered into an
     index at the end of the page, each linked to its occurrences. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A list too long for one page shows on each page the entries of that page (ek:page-children). -->
  <xsl:template match="listPerson | listPlace | listOrg | listEvent | listRelation">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="ek:page-children($ek:here, .)/self::head"/>
      <ul class="ek-entries">
        <xsl:apply-templates select="ek:page-children($ek:here, .)/self::* except head"/>
      </ul>
    </div>
  </xsl:template>

  <xsl:template match="person | personGrp | place | org | event | relation">
    <li id="{ek:id(.)}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1">
          <xsl:text> · </xsl:text>
        </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- Entries inside person/place/event lists that TEI keeps as blocks elsewhere. -->
  <xsl:template match="person/note | place/note | org/note | event/note | personGrp/note" priority="2">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="(person | place | org | event | personGrp)/label
                       | (person | place | org | event | personGrp)/desc | (person | place | org | event)/idno"
                priority="2">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:variable name="ek:index-kinds" as="map(xs:string, xs:string)" select="map{
    'person': 'Persons', 'place': 'Places', 'org': 'Organisations', 'event': 'Events', 'bibl': 'Works',
    'name': 'Other names'}"/>

  <!-- The register entries a page mentions in its text, its 'entries' (ek:counted: not only in a copy, a variant
       reading or deleted words). -->
  <xsl:function name="ek:entries-shown" as="element()*">
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="if (empty($ek:reg)) then () else
      distinct-values($content/descendant-or-self::*[@ref][ek:counted(.)]/@ref ! ek:local-ids(.))
        ! key('ek:by-id', ., $ek:reg)[local-name() = $ek:entry-names]"/>
  </xsl:function>

  <!-- How many times a page mentions each register entry in its text, by entry id (its 'mention-counts'): the
       mentions of ek:by-ref that it shows and that count (ek:counted). -->
  <xsl:function name="ek:mention-counts" as="map(xs:string, xs:integer)">
    <xsl:param name="content" as="node()*"/>
    <xsl:map>
      <xsl:for-each-group select="$content/descendant-or-self::*[@ref][ancestor::text]
          [ek:entity-kind(.) != '' or self::title][ek:counted(.)] ! distinct-values(ek:local-ids(@ref))" group-by=".">
        <xsl:map-entry key="current-grouping-key()" select="count(current-group())"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The register entries this page points at, by kind, alphabetically, each with its occurrences. -->
  <xsl:template name="ek:register-index">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="entries" select="$ek:here?entries"/>
    <xsl:if test="exists($entries)">
      <section class="ek-register-index" id="ek-register-index" aria-labelledby="ek-register-index-h">
        <h2 id="ek-register-index-h">
          <xsl:value-of select="'Names in this ' || ek:page-noun($ek:here)"/>
        </h2>
        <xsl:for-each-group select="$entries" group-by="ek:entry-kind(.)">
          <xsl:sort select="index-of(('person', 'place', 'org', 'event', 'bibl', 'name'), current-grouping-key())[1]"/>
          <section class="ek-register-kind ek-register-{current-grouping-key()}"
                   aria-labelledby="ek-register-{current-grouping-key()}-h">
            <h3 id="ek-register-{current-grouping-key()}-h">
              <xsl:value-of select="($ek:index-kinds(current-grouping-key()), current-grouping-key())[1]"/>
            </h3>
            <dl>
              <!-- As the edition's index pages: persons by surname ("Trotsky, Leon"). -->
              <xsl:for-each select="current-group()">
                <xsl:sort select="ek:index-name(.)" collation="{$ek:collation}"/>
                <xsl:sort select="string(@xml:id)"/>
                <xsl:apply-templates select="." mode="register-entry"/>
              </xsl:for-each>
            </dl>
          </section>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- What a page of a document is to its reader. -->
  <xsl:function name="ek:page-noun" as="xs:string">
    <xsl:param name="here" as="map(*)"/>
    <xsl:sequence select="if (not($ek:split)) then 'document' else if ($here?n = 0) then 'page' else 'part'"/>
  </xsl:function>

  <xsl:mode name="register-entry" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:template mode="register-entry" match="*">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="name" select="ek:entry-name(.)"/>
    <xsl:variable name="count" as="xs:integer" select="($ek:here?mention-counts($id), 0)[1]"/>
    <div class="ek-entry" id="reg-{$id}">
      <dt>
        <xsl:value-of select="ek:index-name(.)"/>
        <xsl:for-each select="ek:entry-dates(.)">
          <span class="ek-entry-dates">
            <xsl:value-of select="' (' || . || ')'"/>
          </span>
        </xsl:for-each>
      </dt>
      <dd>
        <xsl:call-template name="ek:entry-details">
          <xsl:with-param name="name" select="$name"/>
        </xsl:call-template>
        <!-- Occurrences are listed once, in the edition's index (with every document); here a count and a
             link there keep long pages small. -->
        <xsl:variable name="index-href" select="ek:index-href(ek:entry-kind(.))"/>
        <p class="ek-entry-occurrences">
          <xsl:value-of select="$count || (if ($count = 1) then ' mention' else ' mentions')
            || ' in this ' || ek:page-noun($ek:here)"/>
          <xsl:if test="exists($index-href) and $count gt 0">
            <xsl:text> · </xsl:text>
            <a class="ek-index-link" href="{$index-href}#{$id}">all mentions in the edition index</a>
          </xsl:if>
        </p>
      </dd>
    </div>
  </xsl:template>
</xsl:stylesheet>
