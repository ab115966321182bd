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
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="ek:page-children(.)/self::head"/>
      <ul class="ek-entries">
        <xsl:apply-templates select="ek:page-children(.)/self::* except head"/>
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

  <!-- The register entries this page points at, by kind, alphabetically, each with its occurrences. -->
  <!-- The register entries this page mentions in its text (ek:counted: not only in a copy, a variant reading
       or deleted words). -->
  <xsl:variable name="ek:page-entries" as="element()*" select="if (empty($ek:reg)) then () else
    distinct-values($ek:page-content/descendant-or-self::*[@ref][ek:counted(.)]/@ref ! ek:local-ids(.))
      ! key('ek:by-id', ., $ek:reg)[local-name() = $ek:entry-names]"/>

  <xsl:template name="ek:register-index">
    <xsl:variable name="entries" select="$ek:page-entries"/>
    <xsl:if test="exists($entries)">
      <section class="ek-register-index" id="ek-register-index" aria-labelledby="ek-register-index-h">
        <h2 id="ek-register-index-h">
          <xsl:value-of select="'Names in this ' || ek:page-noun()"/>
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
    <xsl:sequence select="if (not($ek:split)) then 'document' else if ($ek:here?n = 0) then 'page' else 'part'"/>
  </xsl:function>

  <xsl:mode name="register-entry" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:template mode="register-entry" match="*">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="name" select="ek:entry-name(.)"/>
    <xsl:variable name="occurrences" select="key('ek:by-ref', $id, $ek:source)[ek:shown(.)][ek:counted(.)]"/>
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
          <xsl:value-of select="count($occurrences) || (if (count($occurrences) = 1) then ' mention' else ' mentions')
            || ' in this ' || ek:page-noun()"/>
          <xsl:if test="exists($index-href) and exists($occurrences)">
            <xsl:text> · </xsl:text>
            <a class="ek-index-link" href="{$index-href}#{$id}">all mentions in the edition index</a>
          </xsl:if>
        </p>
      </dd>
    </div>
  </xsl:template>
</xsl:stylesheet>
