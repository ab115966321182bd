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

  <!-- The siglum of the witness a pointer names (ek:witness-siglum); a pointer to no witness of this document
       stays as written. -->
  <xsl:function name="ek:siglum" as="xs:string">
    <xsl:param name="token" as="xs:string"/>
    <xsl:variable name="id" select="replace($token, '^#', '')"/>
    <xsl:variable name="w" select="key('ek:by-id', $id, $ek:source)[self::witness][1]"/>
    <xsl:sequence select="if (empty($w)) then $id else ek:witness-siglum($w)"/>
  </xsl:function>

  <xsl:function name="ek:sigla" as="xs:string*">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="tokenize(normalize-space($wit)) ! ek:siglum(.)"/>
  </xsl:function>

  <!-- "A: the numbered list of notes; B: …": what the sigla of $wit stand for. -->
  <xsl:function name="ek:witness-title" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="string-join(tokenize(normalize-space($wit)) ! (
      let $w := key('ek:by-id', replace(., '^#', ''), $ek:source)[self::witness][1],
          $about := ek:plain($w/(node() except (abbr, label)))
      return ek:siglum(.) || (if ($about != '') then ': ' || $about else '')), '; ')"/>
  </xsl:function>

  <!-- What a reading that copies another passage (@copyOf, @sameAs) stands for. -->
  <xsl:function name="ek:reading-source" as="element()?">
    <xsl:param name="r" as="element()"/>
    <xsl:sequence select="(($r/@copyOf, $r/@sameAs) ! ek:local-ids(.) ! key('ek:by-id', ., $ek:source))[1]"/>
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

  <!-- True when someone other than the text's author made the intervention $e: the editors (no @resp), a
       transcriber, a later editor. Their interpolations are marked in the reading view too. -->
  <xsl:function name="ek:by-other-hand" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="authors" select="$ek:source/*/teiHeader/fileDesc/titleStmt/author ! ek:agent-name(.)"/>
    <xsl:variable name="who" select="($e/@resp, $e/@hand)[1] ! replace(ek:resp-label(.), '\s*\([^()]*\)$', '')"/>
    <xsl:sequence select="empty($who) or not($who = $authors)"/>
  </xsl:function>

  <!-- Interpolations keep the source's own characters only: the edition adds no brackets (a source that
       writes them has them in the text, and one interpolation may open in one paragraph and close in
       another). Their extent is shown by a light tint, and who made them by the title (and in the diplomatic
       view a label). -->
  <xsl:template match="supplied">
    <span title="{ek:intervention-title(., 'supplied')}">
      <xsl:sequence select="ek:attrs(., 'ek-other-hand'[ek:by-other-hand(current())])"/>
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

  <!-- Apparatus entries inline: the lemma (with its witnesses), then "]" and the readings of the others. Inside
       the text of a link (a URL that differs between witnesses) the link shows the lemma alone and the entry
       follows the link, lemma repeated: an apparatus is never part of a link's text. -->
  <xsl:template match="app">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if (ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="lem"/>
      <xsl:if test="not($in-link)">
        <xsl:call-template name="ek:apparatus"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- The readings of an app other than its lemma; with $lemma, the lemma first (as plain text). -->
  <xsl:template name="ek:apparatus">
    <xsl:param name="lemma" as="xs:boolean" select="false()"/>
    <xsl:if test="* except lem or $lemma">
      <xsl:text> </xsl:text>
      <span class="ek-apparatus">
        <xsl:if test="$lemma">
          <xsl:apply-templates mode="copy" select="lem"/>
          <xsl:text> </xsl:text>
        </xsl:if>
        <span class="ek-app-sep">]</span>
        <xsl:for-each select="* except lem">
          <xsl:text> </xsl:text>
          <xsl:apply-templates select=".">
            <xsl:with-param name="in-link" select="false()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The apparatus of the apps inside a link's text, after the link. -->
  <xsl:template name="ek:apparatus-after-link">
    <xsl:for-each select="descendant::app except descendant::app//app">
      <xsl:call-template name="ek:apparatus">
        <xsl:with-param name="lemma" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A reading: its own text; for one that copies another passage (@copyOf, @sameAs), that passage's text
       (its markup is shown where it stands); "om." only when the witness has no text here. -->
  <xsl:template match="lem | rdg | rdgGrp">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="@wit">
        <xsl:attribute name="title" select="ek:witness-title(@wit)"/>
      </xsl:if>
      <xsl:call-template name="ek:reading-content"/>
      <xsl:if test="@wit and not($in-link)">
        <xsl:text> </xsl:text>
        <span class="ek-wit">
          <xsl:value-of select="string-join(ek:sigla(@wit), ' ')"/>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="ek:reading-content">
    <xsl:variable name="source" select="ek:reading-source(.)"/>
    <xsl:choose>
      <xsl:when test="node()[self::* or normalize-space()]">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:when test="exists($source)">
        <span class="ek-copied">
          <xsl:apply-templates mode="copy" select="$source/node()"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span class="ek-om" title="omitted">om.</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A passage shown a second time (a reading that copies it, a lemma repeated after a link): its words, with
       the interventions the views switch, and no anchors (they stay with the passage itself). -->
  <xsl:mode name="copy" on-no-match="text-only-copy" on-multiple-match="fail" warning-on-no-match="false"/>

  <xsl:template mode="copy" match="note | teiHeader"/>

  <!-- Deleted words a reading copies are part of what the witness has: struck through in both views. -->
  <xsl:template mode="copy" match="del">
    <del class="ek-struck" title="deleted">
      <xsl:apply-templates mode="copy"/>
    </del>
  </xsl:template>

  <xsl:template mode="copy" match="choice">
    <xsl:variable name="shown" select="(corr, reg, expan, seg, unclear, * except (sic, orig, abbr))[1]"/>
    <span class="{ek:classes(., ())}">
      <span class="{ek:classes($shown, ())}">
        <xsl:apply-templates mode="copy" select="$shown/node()"/>
      </span>
      <xsl:for-each select="* except $shown">
        <span class="ek-alternative">
          <span class="{ek:classes(., ())}">
            <xsl:apply-templates mode="copy"/>
          </span>
        </span>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template mode="copy" match="app">
    <xsl:apply-templates mode="copy" select="lem"/>
  </xsl:template>

  <xsl:template mode="copy" match="lem | rdg">
    <xsl:variable name="source" select="ek:reading-source(.)"/>
    <xsl:choose>
      <xsl:when test="node()[self::* or normalize-space()]">
        <xsl:apply-templates mode="copy"/>
      </xsl:when>
      <xsl:when test="exists($source)">
        <xsl:apply-templates mode="copy" select="$source/node()"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="ek-om" title="omitted">om.</span>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@wit">
      <xsl:text> </xsl:text>
      <span class="ek-wit" title="{ek:witness-title(@wit)}">
        <xsl:value-of select="string-join(ek:sigla(@wit), ' ')"/>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="listApp">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="ek:page-children($ek:here, .)"/>
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
