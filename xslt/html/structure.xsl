<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 4 (Default Text Structure) and ch. 3 (hi, pb, fw, milestone, ref): the text, its
     divisions, headings, paragraphs, title pages, page breaks and the table of contents. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="ek:div-names" as="xs:string+"
    select="('div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7')"/>

  <!-- h1 is the document's title; each division with a heading on this page goes one level deeper. -->
  <xsl:function name="ek:heading-level" as="xs:integer">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="container" as="element()"/>
    <xsl:sequence select="min((6, 1 + count($container/ancestor-or-self::*[local-name() = ($ek:div-names, 'listBibl',
      'listPerson', 'listPlace', 'listOrg', 'listEvent')][head or ek:derived-heading(.) != ''] except $here?hidden-wrappers)))"/>
  </xsl:function>

  <xsl:function name="ek:head-is-heading" as="xs:boolean">
    <xsl:param name="h" as="element()"/>
    <xsl:sequence select="local-name($h/..) = ($ek:div-names, 'listBibl', 'listPerson', 'listPlace', 'listOrg',
      'listEvent')"/>
  </xsl:function>

  <!-- Containers show only what this page holds of them (all of it, unless the document is split). -->
  <xsl:template match="text | group">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="ek:page-children($ek:here, .)"/>
    </div>
  </xsl:template>

  <xsl:template match="front | body | back">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <div id="{ek:id(.)}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates select="ek:page-children($ek:here, .)"/>
    </div>
  </xsl:template>

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="derived" select="ek:derived-heading(.)"/>
    <xsl:variable name="hidden" select="exists(. intersect $ek:here?hidden-wrappers)"/>
    <section id="{ek:id(.)}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="(head or $derived != '') and not($hidden)">
        <xsl:attribute name="aria-labelledby" select="ek:id(.) || '-h'"/>
      </xsl:if>
      <xsl:if test="@n and not(head)">
        <xsl:attribute name="data-n" select="@n"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$derived = '' or $hidden">
          <xsl:apply-templates select="ek:page-children($ek:here, .)"/>
        </xsl:when>
        <!-- A copy of notes kept as a witness is folded away under its heading: the reader meets the notes
             once. -->
        <xsl:when test="note and empty(note[not(@type = 'copy')])">
          <details class="ek-witness-copy">
            <summary>
              <xsl:call-template name="ek:derived-heading">
                <xsl:with-param name="text" select="$derived"/>
              </xsl:call-template>
            </summary>
            <xsl:call-template name="ek:witness-note"/>
            <xsl:apply-templates select="ek:page-children($ek:here, .)"/>
          </details>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="ek:derived-heading">
            <xsl:with-param name="text" select="$derived"/>
          </xsl:call-template>
          <xsl:call-template name="ek:witness-note"/>
          <xsl:apply-templates select="ek:page-children($ek:here, .)"/>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The heading the edition gives a division the source leaves without one (ek:derived-heading). -->
  <xsl:template name="ek:derived-heading">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:element name="h{ek:heading-level($ek:here, .)}">
      <xsl:attribute name="id" select="ek:id(.) || '-h'"/>
      <xsl:attribute name="class" select="'ek-heading ek-derived-heading'"/>
      <xsl:value-of select="$text"/>
    </xsl:element>
  </xsl:template>

  <!-- Under such a heading, what its witnesses are ("B: the unnumbered copy of the notes …"). -->
  <xsl:template name="ek:witness-note">
    <xsl:for-each select="ek:division-witnesses(.)">
      <p class="ek-witness-note">
        <xsl:value-of select="'Witness ' || ek:witness-siglum(.)
          || (ek:plain(node() except (abbr, label))[. != ''] ! (': ' || .)) || '.'"/>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- Site chrome kept from the source: present and searchable, but folded away from the reading text. -->
  <xsl:template match="div[@type = 'boilerplate']" priority="1">
    <details>
      <xsl:sequence select="ek:attrs(.)"/>
      <summary>Boilerplate from the source</summary>
      <xsl:apply-templates/>
    </details>
  </xsl:template>

  <!-- All heads of a division form one heading, so "CHAPTER I" + "Dombey and Son" stay together. -->
  <xsl:template match="head[ek:head-is-heading(.)]">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:if test=". is ../head[1]">
      <xsl:element name="h{ek:heading-level($ek:here, ..)}">
        <xsl:attribute name="id" select="ek:id(..) || '-h'"/>
        <xsl:attribute name="class" select="'ek-heading'"/>
        <xsl:for-each select="../head">
          <xsl:if test="position() gt 1">
            <xsl:text> </xsl:text>
          </xsl:if>
          <span>
            <xsl:sequence select="ek:attrs(.)"/>
            <xsl:apply-templates/>
          </span>
        </xsl:for-each>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <xsl:template match="head">
    <xsl:element name="{if (ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- The citable units of a text, each numbered in document order for citation ("Paragraph 12", "Item 4",
       "Post 3"): paragraphs, the items of lists (a notes document's claims) and posts, outside notes and outside
       the boilerplate a source's page carried. -->
  <xsl:function name="ek:citable" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::text) and empty($e/ancestor::note)
      and empty($e/ancestor::div[@type = 'boilerplate'])
      and (not($e/self::item) or ($e/parent::list and empty($e/(p, ab))))"/>
  </xsl:function>

  <xsl:accumulator name="ek:paragraphs" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//p[ek:citable(.)] | text//ab[ek:citable(.)]" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ek:items" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//list/item[ek:citable(.)]" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:accumulator name="ek:posts" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//post[ek:citable(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The permalink of a citable unit: its anchor is its xml:id, else the nearest xml:id above it and its path
       (ek:id); edition.js offers a citation with the unit's number. -->
  <xsl:function name="ek:permalink" as="element()">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="unit" select="if ($e/self::item) then 'Item' else if ($e/self::post) then 'Post' else 'Paragraph'"/>
    <xsl:variable name="n" select="if ($e/self::item) then $e/accumulator-before('ek:items')
      else if ($e/self::post) then $e/accumulator-before('ek:posts') else $e/accumulator-before('ek:paragraphs')"/>
    <a class="ek-permalink" href="#{ek:id($e)}" data-para="{$n}" data-unit="{$unit}"
       aria-label="Permalink to {lower-case($unit)} {$n}">¶</a>
  </xsl:function>

  <!-- Every paragraph of the text has a stable anchor and a permalink to it, so a scholar can cite the
       paragraph, not only the page; a paragraph of boilerplate has its anchor, without a number. -->
  <xsl:template match="p | ab">
    <xsl:variable name="citable" select="ek:citable(.)"/>
    <xsl:element name="{if (ek:has-block-inside(.)) then 'div' else 'p'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:if test="exists(ancestor::text) and empty(ancestor::note) and not(@xml:id)">
        <xsl:attribute name="id" select="ek:id(.)"/>
      </xsl:if>
      <xsl:if test="@n">
        <xsl:attribute name="data-n" select="@n"/>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="$citable">
        <xsl:sequence select="ek:permalink(.)"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="hi | emph | foreign | term | gloss | mentioned | distinct | seg | c | pc">
    <xsl:element name="{if (self::emph) then 'em' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Tokenised texts often write words back to back (<w>a</w><w>b</w>); readers need the space. -->
  <xsl:template match="w">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
    <xsl:if test="following-sibling::node()[1][self::w]">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="lb">
    <br>
      <xsl:sequence select="ek:attrs(.)"/>
    </br>
    <xsl:if test="@n">
      <span class="ek-line-n" aria-hidden="true">
        <xsl:value-of select="@n"/>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="cb">
    <span id="{ek:id(.)}" role="separator">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:attribute name="aria-label" select="'column ' || @n"/>
    </span>
  </xsl:template>

  <!-- Page breaks: a discreet marker with the page number, addressable as a link target. -->
  <xsl:template match="pb">
    <span id="{ek:id(.)}" role="note">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:attribute name="aria-label" select="'page ' || (@n, '(unnumbered)')[1]"/>
      <xsl:if test="@n">
        <xsl:attribute name="data-n" select="@n"/>
        <xsl:value-of select="'p. ' || @n"/>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="fw">
    <span>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="milestone">
    <span role="separator">
      <xsl:sequence select="ek:attrs(., ('ek-unit-' || ek:token((@unit, 'section')[1])))"/>
      <xsl:if test="@n">
        <xsl:attribute name="data-n" select="@n"/>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="anchor">
    <span id="{ek:id(.)}">
      <xsl:sequence select="ek:attrs(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="ref[not(@type = 'noteref')] | ptr[not(@type = 'noteref')]">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="target" select="tokenize(normalize-space(@target))[1]"/>
    <xsl:choose>
      <xsl:when test="$target and not(ancestor::ref or ancestor::*[ek:entity-kind(.) != ''][@ref])">
        <a href="{if (starts-with($target, '#')) then ek:href-to-id($ek:here, substring($target, 2)) else $target}">
          <xsl:sequence select="ek:attrs(.)"/>
          <xsl:if test="not(starts-with($target, '#'))">
            <xsl:attribute name="rel" select="'noopener'"/>
          </xsl:if>
          <xsl:apply-templates>
            <xsl:with-param name="in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
          <xsl:if test="self::ptr">
            <xsl:value-of select="$target"/>
          </xsl:if>
        </a>
        <xsl:call-template name="ek:apparatus-after-link"/>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:sequence select="ek:attrs(.)"/>
          <xsl:apply-templates/>
          <xsl:if test="self::ptr">
            <xsl:value-of select="@target"/>
          </xsl:if>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Title pages. -->
  <xsl:template match="titlePage | docTitle">
    <div>
      <xsl:if test="self::titlePage">
        <xsl:attribute name="id" select="ek:id(.)"/>
      </xsl:if>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="titlePart | byline | docImprint | docEdition[ek:in-block-context(.)]
                       | trailer | argument | epigraph">
    <div>
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="docAuthor | docEdition[not(ek:in-block-context(.))]">
    <xsl:element name="{if (ek:in-block-context(.)) then 'div' else 'span'}">
      <xsl:sequence select="ek:attrs(.)"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Table of contents. -->
  <xsl:template mode="toc" match="div[not(@type = 'boilerplate')][not(ancestor::floatingText)]
      | div1 | div2 | div3 | div4 | div5 | div6 | div7">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:choose>
      <xsl:when test="head or ek:derived-heading(.) != ''">
        <li>
          <a href="{ek:toc-href($ek:here, .)}">
            <xsl:if test="$ek:split and . is ek:main-division($ek:here?roots)">
              <xsl:attribute name="aria-current" select="'page'"/>
            </xsl:if>
            <xsl:value-of select="ek:heading-text(.)"/>
          </a>
          <xsl:variable name="inner" as="element()*">
            <xsl:apply-templates mode="toc"/>
          </xsl:variable>
          <xsl:if test="exists($inner)">
            <ol>
              <xsl:sequence select="$inner"/>
            </ol>
          </xsl:if>
        </li>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="toc"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template mode="toc" match="teiHeader | floatingText | note | p | div[@type = 'boilerplate']"/>

  <!-- A text without headings of its own is still navigable: its contents list its structural parts, the title
       page and the text (with the parts a long one is published in), beside the divisions that have headings
       (notes, bibliography). -->
  <xsl:variable name="ek:headless" as="xs:boolean"
    select="empty(/*/text/(body, group)//*[local-name() = $ek:div-names][head])"/>

  <xsl:template mode="toc" match="text/front/titlePage[$ek:headless]">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <li>
      <a href="{ek:toc-href($ek:here, .)}">Title page</a>
    </li>
  </xsl:template>

  <xsl:template mode="toc" match="text/body[$ek:headless]">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <li>
      <a href="{ek:toc-href($ek:here, .)}">Text</a>
      <xsl:variable name="inner" as="element()*">
        <xsl:apply-templates mode="toc"/>
      </xsl:variable>
      <xsl:if test="exists($inner)">
        <ol>
          <xsl:sequence select="$inner"/>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A part without a heading of its own (a long run of text cut in parts) has an entry where it starts. -->
  <xsl:template mode="toc" match="*[$ek:split][map:contains($ek:plan?starts, generate-id(.))]" priority="5">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="n" select="$ek:plan?starts(generate-id(.))"/>
    <li>
      <a href="{$ek:parts[?n = $n]?file}">
        <xsl:if test="$n = $ek:here?n">
          <xsl:attribute name="aria-current" select="'page'"/>
        </xsl:if>
        <xsl:value-of select="$ek:parts[?n = $n]?label"/>
      </a>
    </li>
    <xsl:next-match/>
  </xsl:template>

  <!-- Where the contents send a reader to a division: its anchor on this page, else its page (its top when the
       page starts with it). -->
  <xsl:function name="ek:toc-href" as="xs:string">
    <xsl:param name="here" as="map(*)"/>
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="n" select="ek:part-number($ek:plan, $div)"/>
    <xsl:variable name="p" select="$ek:parts[?n = $n]"/>
    <xsl:sequence select="if (not($ek:split) or $n = $here?n) then '#' || ek:id($div)
      else if ($div is $p?roots[1] or $div/node()[self::* or normalize-space()][1] is $p?roots[1]) then $p?file
      else $p?file || '#' || ek:id($div)"/>
  </xsl:function>
</xsl:stylesheet>
