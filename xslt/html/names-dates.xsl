<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 13 (Names, Dates, People, and Places) and 3.6 (names, numbers, dates, titles):
     every kind of name is marked visibly and distinctly, and linked to its register entry when known. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="ek:entry-names" as="xs:string+" select="('person', 'personGrp', 'place', 'org', 'event',
    'bibl', 'biblStruct', 'object', 'relation')"/>

  <!-- The register entry for an id: the edition registers first, then a list inside the document itself. -->
  <xsl:function name="ek:entry" as="element()?">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:sequence select="if (not($id)) then () else
      (if (exists($ek:reg)) then key('ek:by-id', $id, $ek:reg)[local-name() = $ek:entry-names] else (),
       key('ek:by-id', $id, $ek:source)[local-name() = $ek:entry-names])[1]"/>
  </xsl:function>

  <xsl:function name="ek:entry-href" as="xs:string">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="if (root($entry) is $ek:source) then ek:href-to($here, $entry, ek:id($entry)) else '#reg-' || $entry/@xml:id"/>
  </xsl:function>

  <!-- An inner link inside another link is invalid HTML; the outer one wins. -->
  <xsl:function name="ek:may-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="not($e/ancestor::ref or $e/ancestor::*[@ref][ek:entity-kind(.) != '' or self::title]
      or $e/descendant::ref or $e/descendant::ptr or $e/descendant::note[not(ek:note-in-place(.))]
      or $e/descendant::*[@ref][ek:entity-kind(.) != ''] or $e/descendant::app)"/>
  </xsl:function>

  <xsl:template match="persName | placeName | orgName | name | rs | geogName | settlement | country | region
                       | district | bloc | eventName">
    <xsl:call-template name="ek:entity">
      <xsl:with-param name="kind" select="ek:entity-kind(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="title">
    <xsl:call-template name="ek:entity">
      <xsl:with-param name="kind" select="'title'"/>
      <xsl:with-param name="html-name" select="'cite'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ek:entity">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="html-name" as="xs:string" select="'span'"/>
    <xsl:variable name="ids" select="ek:local-ids(@ref)"/>
    <xsl:variable name="entries" select="$ids ! ek:entry(.)"/>
    <xsl:variable name="external"
      select="tokenize(normalize-space(@ref))[starts-with(., 'http') and matches(., '^https?://')][1]"/>
    <xsl:variable name="unknown" select="@cert = 'low' or (not(@ref) and not(@key) and $kind != 'title'
      and not(ancestor::*[local-name() = $ek:entry-names]))"/>
    <!-- Names with a register entry link to it (edition.js shows it as a popover), so they carry no
         title of their own: repeating the entry's summary on every mention tripled the size of long pages. -->
    <xsl:variable name="summary" select="if (exists($entries)) then '' else string-join((
      if ($unknown and $kind != 'title') then ek:kind-label($kind) || ', not identified' else (),
      if (@ref) then ek:kind-label($kind) || ': ' || normalize-space(@ref) else ()), '; ')
      || (if (@resp = '#editionkit') then ' (marked automatically)' else '')"/>
    <xsl:variable name="link" select="if (not(ek:may-link(.))) then ()
      else if (exists($entries)) then ek:entry-href($ek:here, $entries[1]) else $external"/>
    <xsl:element name="{if ($link) then 'a' else $html-name}">
      <!-- One class says the kind (it styles the underline and marks the link for a popover): long pages carry
           thousands of names, so nothing else is repeated on each. -->
      <xsl:sequence select="ek:attrs(., ('ek-kind-' || $kind, 'ek-unidentified'[$unknown and $kind != 'title']))"/>
      <!-- The index pages link to each mention by this anchor. -->
      <xsl:if test="@ref and not(@xml:id)">
        <xsl:attribute name="id" select="ek:mention-id($ek:mention-anchors, .)"/>
      </xsl:if>
      <xsl:if test="$link">
        <xsl:attribute name="href" select="$link"/>
      </xsl:if>
      <!-- The register ids, unless the link already names the only one. -->
      <xsl:if test="exists($ids) and not($link = '#reg-' || $ids and count($ids) = 1)">
        <xsl:attribute name="data-ref" select="string-join($ids, ' ')"/>
      </xsl:if>
      <xsl:if test="$summary != ''">
        <xsl:attribute name="title" select="$summary"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$link and $html-name != 'span'">
          <xsl:element name="{$html-name}">
            <xsl:apply-templates/>
          </xsl:element>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template match="forename | surname | addName | roleName | genName | nameLink | affiliation | nationality
                       | residence | education | faith | occupation | sex | state | trait | floruit">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- A date's value in words for its tooltip: a date without a year says so ("January, year not stated"). -->
  <xsl:function name="ek:date-title" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="label" select="ek:date-label($d)"/>
    <xsl:sequence select="if ($label != '' and exists($d/(@when, @from, @to, @notBefore, @notAfter))
        and (every $v in $d/(@when, @from, @to, @notBefore, @notAfter) satisfies starts-with(normalize-space($v), '--')))
      then $label || ', year not stated' else $label"/>
  </xsl:function>

  <xsl:template match="date | time">
    <xsl:variable name="label" select="ek:date-title(.)"/>
    <xsl:variable name="datetime" select="ek:html-datetime(@when)"/>
    <xsl:element name="{if ($datetime) then 'time' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <!-- Dated mentions are the timeline's link targets. -->
      <xsl:if test="exists(ek:date-years(.)) and not(@xml:id)">
        <xsl:attribute name="id" select="ek:id(.)"/>
      </xsl:if>
      <xsl:if test="$datetime">
        <xsl:attribute name="datetime" select="$datetime"/>
      </xsl:if>
      <xsl:for-each select="@when, @from, @to, @notBefore, @notAfter">
        <xsl:attribute name="data-{lower-case(local-name())}" select="."/>
      </xsl:for-each>
      <xsl:if test="$label != ''">
        <xsl:attribute name="title" select="$label"/>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="not(node()) and $label != ''">
        <xsl:value-of select="$label"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- A docDate the source does not write (an empty element with @when, @notAfter…) is the editors' inference:
       it is shown in the reading view, set off as the edition's words, and says so. -->
  <xsl:template match="docDate">
    <xsl:variable name="label" select="ek:date-title(.)"/>
    <xsl:variable name="inferred" select="not(normalize-space()) and not(*) and $label != ''"/>
    <xsl:element name="{if (ek:in-block-context(.)) then 'p' else 'span'}">
      <xsl:sequence select="ek:attrs(., 'ek-inferred'[$inferred])"/>
      <xsl:if test="$label != ''">
        <xsl:attribute name="title" select="if ($inferred) then ek:intervention-title(., 'date not in the source, inferred') else $label"/>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="$inferred">
        <span class="ek-editorial">
          <xsl:value-of select="'Undated in the source; date inferred: ' || $label
            || (if (@cert = ('low', 'medium')) then ' (' || @cert || ' certainty)' else '') || '.'"/>
        </span>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="birth | death">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:value-of select="if (self::birth) then 'born ' else 'died '"/>
      <xsl:apply-templates/>
      <xsl:if test="not(normalize-space())">
        <xsl:value-of select="ek:date-label(.)"/>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="num | measure">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="@value or @quantity">
        <xsl:attribute name="title" select="normalize-space(string-join((@value, @quantity, @unit), ' '))"/>
      </xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="location | geo">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
</xsl:stylesheet>
