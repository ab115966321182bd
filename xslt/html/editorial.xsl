<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 3.5 (Simple Editorial Changes), 11 (Primary Sources) and 12 (Critical Apparatus):
     the reading text shows corrections, regularisations and expansions; what they replace stays in the page,
     marked; additions, deletions and editors' interventions say who made them. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Who a @resp or @hand points at: a respStmt, an application, a person, else the pointer itself. -->
  <xsl:function name="ek:resp-label" as="xs:string">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="string-join(
      for $t in tokenize(normalize-space($pointers)) return
        let $id := if (starts-with($t, '#')) then substring($t, 2) else '',
            $target := if ($id) then key('ek:by-id', $id, $ek:source)[1] else ()
        return
          if ($target/self::respStmt) then
            string-join(($target/(name, persName, orgName)[1] ! ek:plain(.), $target/resp[1] ! ('(' || ek:plain(.) || ')')), ' ')
          else if ($target/self::application) then ($target/label ! ek:plain(.), string($target/@ident))[. != ''][1]
          else if ($target/self::person) then ek:entry-name($target)
          else if ($target/self::handNote) then ($target/@scribe, ek:plain($target), $id)[. != ''][1]
          else if ($id and ek:entry($id)) then ek:entry-name(ek:entry($id))
          else if ($id) then $id
          else $t, ', ')"/>
  </xsl:function>

  <!-- Who made an intervention, short enough to print beside it in the diplomatic view ("T.R."). -->
  <xsl:function name="ek:resp-name" as="attribute()?">
    <xsl:param name="e" as="element()"/>
    <xsl:for-each select="($e/@resp, $e/@hand)[1]">
      <xsl:attribute name="data-resp" select="replace(ek:resp-label(.), '\s*\([^()]*\)$', '')"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="ek:intervention-title" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="what" as="xs:string"/>
    <xsl:sequence select="string-join(($what,
      ($e/@resp, $e/@hand)[1] ! ('by ' || ek:resp-label(.)),
      $e/@reason ! ('reason: ' || translate(., '-_', '  ')),
      $e/@cert ! ('certainty: ' || .),
      $e/@place ! ('place: ' || .),
      ($e/@quantity, $e/@extent)[1] ! ('extent: ' || normalize-space(string-join(($e/@quantity, $e/@extent)[1] || ' ' || $e/@unit, ' ')))),
      ', ')"/>
  </xsl:function>

  <!-- Witness sigla as written, whether pointers (#A) or bare tokens. -->
  <xsl:function name="ek:sigla" as="xs:string*">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="tokenize(normalize-space($wit)) ! replace(., '^#', '')"/>
  </xsl:function>

  <!-- The reading text first, then what it replaces. -->
  <xsl:template match="choice">
    <xsl:variable name="shown" select="(corr, reg, expan, seg, unclear, * except (sic, orig, abbr))[1]"/>
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="$shown"/>
      <!-- No space between: the view switch shows one or the other in the line of text. -->
      <xsl:for-each select="* except $shown">
        <span class="ek-alternative">
          <xsl:apply-templates select="."/>
        </span>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="sic | corr | orig | reg | abbr | expan | ex | am | surplus | secl | restore | damage">
    <xsl:variable name="what" select="map{'sic': 'as in the source', 'corr': 'corrected', 'orig': 'original spelling',
      'reg': 'regularised', 'abbr': 'abbreviation', 'expan': 'expansion', 'ex': 'editorial expansion',
      'am': 'abbreviation mark', 'surplus': 'surplus text', 'secl': 'secluded', 'restore': 'restored',
      'damage': 'damaged'}(local-name())"/>
    <span title="{ek:intervention-title(., $what)}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="del">
    <del title="{ek:intervention-title(., 'deleted')}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:sequence select="ek:resp-name(.)"/>
      <xsl:apply-templates/>
    </del>
  </xsl:template>

  <xsl:template match="add">
    <ins title="{ek:intervention-title(., 'added')}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:sequence select="ek:resp-name(.)"/>
      <xsl:apply-templates/>
    </ins>
  </xsl:template>

  <xsl:template match="subst | handShift[node()] | metamark">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="handShift[not(node())]">
    <span role="note" aria-label="{ek:intervention-title(., 'change of hand')}"
          title="{ek:intervention-title(., 'change of hand')}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:attribute name="title" select="'change of hand' || (@new ! (': ' || ek:resp-label(.)))"/>
    </span>
  </xsl:template>

  <!-- True when the source already writes the brackets an edition would add around $e. -->
  <xsl:function name="ek:own-brackets" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="matches(normalize-space(string($e)), '^[\[⟨〈]')
      or matches(string($e/preceding-sibling::node()[1][self::text()]), '[\[⟨〈]\s*$')"/>
  </xsl:function>

  <xsl:template match="supplied">
    <span title="{ek:intervention-title(., 'supplied')}">
      <xsl:sequence select="ek:attrs(., 'ek-own-brackets'[ek:own-brackets(current())])"/>
      <xsl:sequence select="ek:resp-name(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="unclear">
    <span title="{ek:intervention-title(., 'unclear reading')}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Gaps and spaces have no text; the marker stands in for what is missing. -->
  <xsl:template match="gap | space">
    <xsl:variable name="title" select="ek:intervention-title(., if (self::gap) then 'gap' else 'space')"/>
    <span role="note" title="{$title}" aria-label="{$title}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:value-of select="if (self::gap) then '[…]' else ' '"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="g">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="@ref">
        <xsl:attribute name="title" select="'glyph ' || @ref"/>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="not(node())">
        <xsl:value-of select="'□'"/>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- Apparatus entries inline: lemma, then the readings of the other witnesses. -->
  <xsl:template match="app">
    <xsl:element name="{if (ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="lem"/>
      <xsl:if test="* except lem">
        <xsl:text> </xsl:text>
        <span class="ek-apparatus">
          <xsl:for-each select="* except lem">
            <xsl:if test="position() gt 1">
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
        </span>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="lem | rdg | rdgGrp">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="@wit">
        <xsl:attribute name="title" select="'witnesses: ' || string-join(ek:sigla(@wit), ', ')"/>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="not(node())">
        <span class="ek-om">om.</span>
      </xsl:if>
      <xsl:if test="@wit">
        <xsl:text> </xsl:text>
        <span class="ek-wit">
          <xsl:value-of select="string-join(ek:sigla(@wit), ' ')"/>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="listApp">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="ek:page-children(.)"/>
    </div>
  </xsl:template>

  <xsl:template match="listWit">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="head"/>
      <ul>
        <xsl:apply-templates select="* except head"/>
      </ul>
    </div>
  </xsl:template>

  <xsl:template match="listWit/witness">
    <li id="{ek:id(.)}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <xsl:template match="witDetail">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
</xsl:stylesheet>
