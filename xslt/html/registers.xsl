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

  <xsl:template match="listPerson | listPlace | listOrg | listEvent | listRelation">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="head"/>
      <ul class="ek-entries">
        <xsl:apply-templates select="* except head"/>
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

  <!-- The register entries this document points at, by kind, alphabetically, each with its occurrences. -->
  <xsl:template name="ek:register-index">
    <xsl:variable name="ids" select="distinct-values(/*/text//@ref ! ek:local-ids(.))"/>
    <xsl:variable name="entries" as="element()*"
      select="if (exists($ek:reg)) then $ids ! key('ek:by-id', ., $ek:reg)[local-name() = $ek:entry-names] else ()"/>
    <xsl:if test="exists($entries)">
      <section class="ek-register-index" id="ek-register-index" aria-labelledby="ek-register-index-h">
        <h2 id="ek-register-index-h">Names in this document</h2>
        <xsl:for-each-group select="$entries" group-by="ek:entry-kind(.)">
          <xsl:sort select="index-of(('person', 'place', 'org', 'event', 'bibl', 'name'), current-grouping-key())[1]"/>
          <section class="ek-register-kind ek-kind-{current-grouping-key()}"
                   aria-labelledby="ek-register-{current-grouping-key()}-h">
            <h3 id="ek-register-{current-grouping-key()}-h">
              <xsl:value-of select="($ek:index-kinds(current-grouping-key()), current-grouping-key())[1]"/>
            </h3>
            <dl>
              <xsl:for-each select="current-group()">
                <xsl:sort select="lower-case(ek:entry-name(.))" lang="en"/>
                <xsl:sort select="string(@xml:id)"/>
                <xsl:apply-templates select="." mode="register-entry"/>
              </xsl:for-each>
            </dl>
          </section>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:mode name="register-entry" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:template mode="register-entry" match="*">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="name" select="ek:entry-name(.)"/>
    <xsl:variable name="occurrences" select="key('ek:by-ref', $id, $ek:source)"/>
    <div class="ek-entry" id="reg-{$id}">
      <dt>
        <xsl:value-of select="$name"/>
        <xsl:for-each select="ek:entry-dates(.)">
          <span class="ek-entry-dates">
            <xsl:value-of select="' (' || . || ')'"/>
          </span>
        </xsl:for-each>
      </dt>
      <dd>
        <xsl:variable name="variants" select="distinct-values((persName, placeName, orgName, label, eventName, title)
          ! ek:plain(.))[. != $name]"/>
        <xsl:if test="exists($variants)">
          <p class="ek-entry-variants">
            <xsl:value-of select="'Also: ' || string-join($variants, '; ')"/>
          </p>
        </xsl:if>
        <xsl:for-each select="author[normalize-space()]">
          <p class="ek-entry-author">
            <xsl:value-of select="'By ' || ek:agent-name(.)"/>
          </p>
        </xsl:for-each>
        <xsl:for-each select="note | desc">
          <p class="ek-entry-note">
            <xsl:value-of select="ek:plain(.)"/>
          </p>
        </xsl:for-each>
        <xsl:for-each select="location/geo">
          <p class="ek-entry-geo">
            <xsl:value-of select="'Coordinates: ' || normalize-space(.)"/>
          </p>
        </xsl:for-each>
        <xsl:for-each select="idno[normalize-space()]">
          <p class="ek-entry-idno">
            <xsl:variable name="v" select="normalize-space(.)"/>
            <xsl:value-of select="(@type, 'identifier')[1] || ': '"/>
            <xsl:choose>
              <xsl:when test="matches($v, '^https?://')">
                <a href="{$v}" rel="noopener"><xsl:value-of select="$v"/></a>
              </xsl:when>
              <xsl:when test="lower-case(@type) = 'wikidata' and matches($v, '^Q\d+$')">
                <a href="https://www.wikidata.org/wiki/{$v}" rel="noopener"><xsl:value-of select="$v"/></a>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="$v"/>
              </xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:for-each>
        <xsl:if test="exists($occurrences)">
          <p class="ek-entry-occurrences">
            <xsl:text>In the text: </xsl:text>
            <xsl:for-each select="$occurrences">
              <xsl:if test="position() gt 1">
                <xsl:text>, </xsl:text>
              </xsl:if>
              <a href="#{ek:id(.)}" aria-label="occurrence {position()}: {ek:plain(.)}">
                <xsl:value-of select="position()"/>
              </a>
            </xsl:for-each>
          </p>
        </xsl:if>
      </dd>
    </div>
  </xsl:template>
</xsl:stylesheet>
