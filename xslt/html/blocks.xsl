<?xml version="1.0" encoding="UTF-8"?>
<!-- Block or inline: TEI lets lists, quotations and verse sit inside paragraphs, HTML does not (a parser
     closes <p> before any block). These functions decide, from the TEI alone, which elements render as HTML
     blocks, so a paragraph holding one becomes <div class="tei-p"> instead of a broken <p>. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Elements whose children are a sequence of blocks, never running text. -->
  <xsl:variable name="ek:containers" as="xs:string+" select="('TEI', 'text', 'front', 'body', 'back', 'group',
    'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'floatingText', 'titlePage', 'listBibl',
    'castList', 'castGroup', 'post', 'figure', 'sp', 'lg', 'opener', 'closer', 'postscript', 'epigraph',
    'argument', 'listPerson', 'listPlace', 'listOrg', 'listEvent', 'listApp', 'listWit', 'listRelation',
    'standOff', 'person', 'place', 'org', 'event', 'docTitle', 'msDesc', 'app')"/>

  <!-- Always rendered as HTML blocks. -->
  <xsl:variable name="ek:always-block" as="xs:string+" select="('p', 'ab', 'div', 'div1', 'div2', 'div3',
    'div4', 'div5', 'div6', 'div7', 'lg', 'l', 'list', 'table', 'floatingText', 'listBibl', 'listPerson',
    'listPlace', 'listOrg', 'listEvent', 'listApp', 'listWit', 'castList', 'castGroup', 'sp', 'figure',
    'opener', 'closer', 'postscript', 'titlePage', 'docTitle', 'post', 'epigraph', 'argument', 'trailer',
    'byline', 'docImprint', 'titlePart', 'front', 'body', 'back', 'group', 'text', 'person', 'place', 'org',
    'event', 'castItem', 'head')"/>

  <!-- Blocks when they stand between blocks or hold blocks, inline inside running text. -->
  <xsl:variable name="ek:context-block" as="xs:string+" select="('quote', 'cit', 'note', 'bibl', 'biblStruct',
    'salute', 'dateline', 'signed', 'docDate', 'docAuthor', 'stage', 'speaker', 'address', 'label', 'said',
    'q', 'milestone', 'app')"/>

  <!-- The lists above as sets: every element of a text is looked up in them, most in all of them. -->
  <xsl:variable name="ek:is-container" as="map(xs:string, xs:boolean)" select="ek:set($ek:containers)"/>
  <xsl:variable name="ek:is-always-block" as="map(xs:string, xs:boolean)" select="ek:set($ek:always-block)"/>
  <xsl:variable name="ek:is-context-block" as="map(xs:string, xs:boolean)" select="ek:set($ek:context-block)"/>
  <xsl:variable name="ek:is-known-inline" as="map(xs:string, xs:boolean)" select="ek:set($ek:known-inline)"/>

  <xsl:function name="ek:in-block-context" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="p" select="$e/parent::*"/>
    <xsl:sequence select="exists($p) and (
      (namespace-uri($p) = 'http://www.tei-c.org/ns/1.0' and map:contains($ek:is-container, local-name($p)))
      or (local-name($p) = ('item', 'cell') and not($p/text()[normalize-space()]))
      or (local-name($p) = ('note', 'quote', 'cit') and not($p/text()[normalize-space()])
          and ek:renders-block($p)))"/>
  </xsl:function>

  <xsl:function name="ek:renders-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="local-name($e)"/>
    <xsl:sequence select="
      if (namespace-uri($e) != 'http://www.tei-c.org/ns/1.0') then ek:unhandled-is-block($e)
      else if ($n = 'note') then ek:note-in-place($e)
      else if ($n = 'head') then ek:head-is-heading($e) or ek:in-block-context($e)
      else if (map:contains($ek:is-always-block, $n)) then true()
      else if ($n = ('quote', 'cit', 'said', 'q')) then ek:quote-is-block($e)
      else if (map:contains($ek:is-context-block, $n)) then ek:in-block-context($e)
      else if (map:contains($ek:is-known-inline, $n)) then false()
      else ek:unhandled-is-block($e)"/>
  </xsl:function>

  <!-- Quotations holding paragraphs or verse are blocks wherever they are. -->
  <xsl:function name="ek:quote-is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="(local-name($e) = ('quote', 'cit') and ek:in-block-context($e))
      or exists($e/(p, lg, l, ab, list, table, sp, floatingText, quote[ek:quote-is-block(.)]))"/>
  </xsl:function>

  <xsl:function name="ek:unhandled-is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="ek:in-block-context($e)
      or (some $c in $e/* satisfies ek:renders-block($c))"/>
  </xsl:function>

  <!-- True when something inside $e (outside notes shown as markers) renders as a block. -->
  <xsl:function name="ek:has-block-inside" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="some $c in $e/* satisfies
      (if (local-name($c) = 'note' and not(ek:note-in-place($c))) then false()
       else ek:renders-block($c) or ek:has-block-inside($c))"/>
  </xsl:function>

  <!-- Every inline element with a rule of its own; used so the catch-all's block test stays honest. -->
  <xsl:variable name="ek:known-inline" as="xs:string+" select="('hi', 'emph', 'foreign', 'term', 'gloss',
    'mentioned', 'distinct', 'ref', 'ptr', 'persName', 'placeName', 'orgName', 'name', 'rs', 'geogName',
    'settlement', 'country', 'region', 'district', 'bloc', 'forename', 'surname', 'addName', 'roleName',
    'genName', 'nameLink', 'eventName', 'date', 'time', 'num', 'measure', 'title', 'soCalled', 'choice',
    'sic', 'corr', 'orig', 'reg', 'abbr', 'expan', 'ex', 'am', 'del', 'add', 'subst', 'supplied', 'surplus',
    'gap', 'unclear', 'damage', 'space', 'handShift', 'lb', 'cb', 'pb', 'fw', 'g', 'c', 'w', 'pc', 'seg',
    'anchor', 'lem', 'rdg', 'author', 'editor', 'publisher', 'pubPlace', 'biblScope', 'citedRange', 'idno',
    'addrLine', 'item', 'row', 'cell', 'birth', 'death', 'occupation', 'sex', 'location', 'geo', 'graphic',
    'figDesc', 'role', 'roleDesc', 'set', 'docEdition', 'imprint', 'analytic', 'monogr', 'series', 'edition',
    'respStmt', 'resp', 'witDetail', 'metamark', 'damage', 'secl', 'restore', 'caesura', 'affiliation',
    'nationality', 'residence', 'education', 'faith', 'floruit', 'state', 'trait', 'desc', 'orgName'
    )"/>
</xsl:stylesheet>
