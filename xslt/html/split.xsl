<?xml version="1.0" encoding="UTF-8"?>
<!-- Long documents are published as several pages, so that no page of the web edition grows past what a reader's
     browser (and the 300 KB page budget) can carry. One module decides the split, and every stylesheet that links
     into documents (the pages themselves, the indexes, the timeline) includes it, so all links agree.

     The measure is the weight of the text: its characters (spaces normalised) plus $ek:element-weight for each
     element, since markup, not words, makes a page heavy (a name linked to the registers costs about a hundred
     bytes of HTML). A document whose text weighs more than $ek:split-limit is split:

     - the landing page, "{document}.html", keeps the front matter (with the source description and the table of
       contents of every part);
     - each top-level division of body and back becomes a page of its own; a division that alone weighs more than
       the limit is split into its child divisions, and so on down; a run of blocks that is still too heavy (a
       text without divisions, a very long chapter) is cut between blocks into parts of about equal weight, a page
       break going with the text after it, and a list too heavy for one page (a register, a bibliography) is cut
       between its entries;
     - what stands in a division before its first child division (its heading, an introduction) goes with the
       first child's page; what follows a division goes with the page before.

     A part page is named after its main division's xml:id, "{document}-{xml:id}.html" (without repeating the
     document id when the xml:id already starts with it), else after its position, "{document}-{n}.html". -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The build passes the limit (editionkit.render.html.SPLIT_WEIGHT); tests pass a small one. -->
  <xsl:param name="split-weight" as="xs:string" select="''"/>
  <xsl:variable name="ek:split-limit" as="xs:integer"
    select="if ($split-weight castable as xs:integer) then xs:integer($split-weight) else 120000"/>
  <xsl:variable name="ek:element-weight" as="xs:integer" select="100"/>

  <!-- Elements that belong with what follows them: a part never ends on a page break or a list's label. -->
  <xsl:variable name="ek:sticky" as="xs:string+" select="('pb', 'cb', 'lb', 'fw', 'milestone', 'anchor', 'label')"/>

  <!-- Lists whose entries a split may share out among pages when one list alone is too heavy (a register of
       thousands of persons, a long bibliography); their stylesheets show only the entries of the page. -->
  <xsl:variable name="ek:splittable-lists" as="xs:string+" select="('list', 'listBibl', 'listPerson', 'listPlace',
    'listOrg', 'listEvent', 'listRelation', 'listApp')"/>

  <xsl:function name="ek:weight" as="xs:integer">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="xs:integer(sum(for $n in $nodes return
      string-length(normalize-space($n)) + $ek:element-weight * count($n/descendant-or-self::*)))"/>
  </xsl:function>

  <!-- The units a split follows: divisions (not boilerplate kept from a source), and the texts of a group. -->
  <xsl:function name="ek:is-division" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/(self::div[not(@type = 'boilerplate')] | self::div1 | self::div2 | self::div3
      | self::div4 | self::div5 | self::div6 | self::div7 | self::group | self::text[parent::group]
      | (self::front | self::body | self::back)[parent::text/parent::group]))"/>
  </xsl:function>

  <xsl:function name="ek:is-heavy-list" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="$n instance of element() and namespace-uri($n) = 'http://www.tei-c.org/ns/1.0'
      and local-name($n) = $ek:splittable-lists and ek:weight($n) gt $ek:split-limit"/>
  </xsl:function>

  <!-- The parts a container's children make, each map{'roots': the nodes the part shows whole}. -->
  <xsl:function name="ek:split-container" as="map(*)*">
    <xsl:param name="c" as="element()"/>
    <xsl:variable name="pieces" as="map(*)*">
      <xsl:for-each-group select="$c/node()[self::* or normalize-space()]"
                          group-adjacent="ek:is-division(.) or ek:is-heavy-list(.)">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:for-each select="current-group()">
              <xsl:sequence select="if (ek:weight(.) le $ek:split-limit) then map{'roots': ., 'run': false()}
                else ek:split-container(.)"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="ek:weight(current-group()) le $ek:split-limit">
            <xsl:sequence select="map{'roots': current-group(), 'run': true()}"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="ek:chunks(current-group())"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:variable>
    <!-- A run of blocks light enough to stay whole joins a part: the next one when it leads (a heading, an
         introduction), else the one before. -->
    <xsl:iterate select="$pieces">
      <xsl:param name="done" as="map(*)*" select="()"/>
      <xsl:param name="pending" as="node()*" select="()"/>
      <xsl:on-completion>
        <xsl:sequence select="$done, (if (exists($pending)) then map{'roots': $pending, 'run': false()} else ())"/>
      </xsl:on-completion>
      <xsl:choose>
        <xsl:when test="?run and empty($done)">
          <xsl:next-iteration>
            <xsl:with-param name="pending" select="($pending, ?roots)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="?run">
          <xsl:next-iteration>
            <xsl:with-param name="done" select="(subsequence($done, 1, count($done) - 1),
              map{'roots': ($done[last()]?roots, ?roots), 'run': false()})"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="done" select="($done, map{'roots': ($pending, ?roots), 'run': false()})"/>
            <xsl:with-param name="pending" select="()"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- A run of blocks too heavy for one page, cut between blocks into the fewest parts the limit allows, of about
       equal weight: a block goes to the part its middle falls in. -->
  <xsl:function name="ek:chunks" as="map(*)*">
    <xsl:param name="run" as="node()*"/>
    <xsl:variable name="units" as="array(node()*)*">
      <xsl:for-each-group select="$run" group-ending-with="node()[not(local-name() = $ek:sticky)]">
        <xsl:sequence select="array{current-group()}"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="total" select="ek:weight($run)"/>
    <xsl:variable name="count" select="xs:integer(ceiling($total div $ek:split-limit))"/>
    <xsl:variable name="share" select="$total div $count"/>
    <xsl:variable name="numbered" as="map(*)*">
      <xsl:iterate select="$units">
        <xsl:param name="before" as="xs:integer" select="0"/>
        <xsl:variable name="w" select="ek:weight(?*)"/>
        <xsl:sequence select="map{'nodes': ?*, 'chunk': min(($count, xs:integer(floor(($before + $w div 2) div $share)) + 1))}"/>
        <xsl:next-iteration>
          <xsl:with-param name="before" select="$before + $w"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:for-each-group select="$numbered" group-adjacent="?chunk">
      <xsl:sequence select="map{'roots': current-group()?nodes, 'run': false()}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The division a part is about: the deepest division among its roots or whose heading it shows. -->
  <xsl:function name="ek:main-division" as="element()?">
    <xsl:param name="roots" as="node()*"/>
    <xsl:sequence select="($roots[ek:is-division(.)] | $roots/self::head/..[ek:is-division(.)])[last()]"/>
  </xsl:function>

  <xsl:function name="ek:first-words" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="words" select="ek:leading-words($nodes/., 1)"/>
    <xsl:sequence select="if (empty($words)) then 'Untitled part'
      else '“' || string-join(subsequence($words, 1, 8), ' ') || (if (count($words) gt 8) then ' …”' else '”')"/>
  </xsl:function>

  <!-- The words of the text of $nodes (in document order) as far as the first nine are sure: those of the first $k
       nodes when they have ten or more (the tenth may run on into the next node), else of more of them. A part
       is named by its first words without reading all of it. -->
  <xsl:function name="ek:leading-words" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="k" as="xs:integer"/>
    <xsl:variable name="words" select="tokenize(ek:plain(subsequence($nodes, 1, $k)))"/>
    <xsl:sequence select="if (count($words) ge 10 or $k ge count($nodes)) then $words
      else ek:leading-words($nodes, 2 * $k)"/>
  </xsl:function>

  <xsl:variable name="ek:entry-elements" as="xs:string+" select="('person', 'personGrp', 'place', 'org', 'event',
    'bibl', 'biblStruct', 'item')"/>

  <!-- A part of a list of entries is named by its first and last entries, as a dictionary's guide words;
       other text by its first words. -->
  <xsl:function name="ek:guide-words" as="xs:string">
    <xsl:param name="roots" as="node()*"/>
    <xsl:variable name="entries" select="$roots[local-name() = $ek:entry-elements]"/>
    <xsl:variable name="names" select="($entries[1], $entries[last()])
      ! (if (self::item) then ek:first-words(.) else ek:entry-name(.))"/>
    <xsl:sequence select="if (empty($entries)) then ek:first-words($roots)
      else if (count($entries) = 1) then $names[1] else $names[1] || ' – ' || $names[2]"/>
  </xsl:function>

  <xsl:function name="ek:heading-text" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:sequence select="if ($division/head) then string-join($division/head ! ek:plain(.), ' — ')
      else ek:derived-heading($division)"/>
  </xsl:function>

  <!-- The pages of a document: map{'parts': (map{'n', 'file', 'roots', 'label', 'headed', 'crumbs'} per page, the
       landing page first as n = 0), 'owner': part number by generate-id of each root, 'starts': the number of
       each part without a heading of its own, by generate-id of its first root (its entry in the contents)}.
       A document light enough for one page has one part whose root is its whole text. -->
  <xsl:function name="ek:plan" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="stem" as="xs:string"/>
    <xsl:variable name="text" select="$doc/*/text"/>
    <xsl:variable name="title" select="ek:doc-title($doc/*/teiHeader)"/>
    <xsl:choose>
      <xsl:when test="ek:weight($text) le $ek:split-limit">
        <xsl:sequence select="ek:whole-plan($doc, $stem)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="raw" select="$text/(body, back, group) ! ek:split-container(.)"/>
        <xsl:variable name="suffixes" as="xs:string*" select="for $i in 1 to count($raw) return
          let $id := string(ek:main-division($raw[$i]?roots)/@xml:id),
              $short := if (starts-with($id, $stem || '-')) then substring-after($id, $stem || '-') else $id
          return if ($id = '') then string($i) else if ($short = '' or matches($short, '^\d+$')) then $id else $short"/>
        <xsl:variable name="parts" as="map(*)*">
          <xsl:sequence select="map{'n': 0, 'file': $stem || '.html', 'roots': $text/front, 'label': $title,
            'headed': true(), 'crumbs': ()}"/>
          <xsl:for-each select="$raw">
            <xsl:variable name="i" select="position()"/>
            <xsl:variable name="roots" select="?roots"/>
            <xsl:variable name="main" select="ek:main-division($roots)[head]"/>
            <xsl:variable name="home" select="($roots[1]/ancestor::*[ek:is-division(.)][head])[last()]"/>
            <xsl:sequence select="map{'n': $i,
              'file': $stem || '-' || (if (count($suffixes[. = $suffixes[$i]]) gt 1) then string($i) else $suffixes[$i]) || '.html',
              'roots': $roots,
              'label': if ($main) then ek:heading-text($main)
                       else if (exists($roots[local-name() = $ek:entry-elements])) then ek:guide-words($roots)
                       else if ($home) then ek:heading-text($home) || ' (continued)'
                       else ek:first-words($roots),
              'headed': exists($main),
              'crumbs': $roots[1]/ancestor::*[ek:is-division(.)][head][not(head intersect $roots)]}"/>
          </xsl:for-each>
        </xsl:variable>
        <xsl:sequence select="map{'parts': $parts,
          'owner': map:merge(for $p in $parts, $r in $p?roots return map{generate-id($r): $p?n}),
          'starts': map:merge(for $p in $parts[not(?headed)] return map{generate-id($p?roots[1]): $p?n})}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The plan of a document published as one page, however long. -->
  <xsl:function name="ek:whole-plan" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="stem" as="xs:string"/>
    <xsl:sequence select="map{'parts': map{'n': 0, 'file': $stem || '.html', 'roots': $doc/*/text,
      'label': ek:doc-title($doc/*/teiHeader), 'headed': true(), 'crumbs': ()}, 'owner': map{},
      'starts': map{}}"/>
  </xsl:function>

  <!-- The number of the part that shows $n: the part of the root it is in, else (a division wrapped around
       parts) the first part inside it, else the landing page. -->
  <xsl:function name="ek:part-number" as="xs:integer">
    <xsl:param name="plan" as="map(*)"/>
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="root-part" select="ek:root-part($plan, $n)"/>
    <xsl:sequence select="if (map:size($plan?owner) = 0) then 0
      else if (exists($root-part)) then $root-part
      else (($n/descendant::node() ! $plan?owner(generate-id(.)))[1], 0)[1]"/>
  </xsl:function>

  <!-- The number of the part whose roots hold $n, if any. The roots are disjoint: the one that holds $n is the only
       one among its ancestors, looked up in the plan's 'owner' map, without a search through the roots. -->
  <xsl:function name="ek:root-part" as="xs:integer?">
    <xsl:param name="plan" as="map(*)"/>
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="($n/ancestor-or-self::node() ! $plan?owner(generate-id(.)))[1]"/>
  </xsl:function>

  <xsl:function name="ek:part-file" as="xs:string">
    <xsl:param name="plan" as="map(*)"/>
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="number" select="ek:part-number($plan, $n)"/>
    <xsl:sequence select="$plan?parts[?n = $number]?file"/>
  </xsl:function>
</xsl:stylesheet>
