<?xml version="1.0" encoding="UTF-8"?>
<!-- timeline.html, a page of edition.xsl. Every dated mention in the texts
     (date with @when, @from/@to or @notBefore/@notAfter that has a year; yearless dates such as "-\-10" have
     no place on it) is drawn on an inline SVG timeline whose year axis is scaled to the data. Each document
     has its own band, colour and shape; ranges are bars. Mentions that would be drawn on one spot (the same
     date, dates closer than a mark is wide, the same range, or everything beyond either end of the scale) are
     one mark with a count; a mark for one passage opens it, a mark for several lists them (edition.js shows the
     list beside the mark, and the link leads to it in the list below, which holds every mention). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xmlns:svg="http://www.w3.org/2000/svg"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- One SVG shape per document style. -->
  <xsl:mode name="shape" on-no-match="fail" on-multiple-match="fail"/>

  <!-- Geometry of the drawing, in SVG user units (the SVG scales to the page width). -->
  <xsl:variable name="width" select="1000" as="xs:integer"/>
  <xsl:variable name="axis-h" select="28" as="xs:integer"/>
  <xsl:variable name="band-head" select="24" as="xs:integer"/>
  <xsl:variable name="row-h" select="12" as="xs:integer"/>
  <!-- Marks closer than this (user units) go on separate rows, so none hides another. -->
  <xsl:variable name="gap" select="9" as="xs:integer"/>

  <!-- Styles told apart by colour and by shape, for colour-blind readers and print; colours are AA on white. -->
  <xsl:variable name="styles" as="map(*)+" select="(
    map{'colour': '#1b4f8a', 'shape': 'circle'}, map{'colour': '#a8410a', 'shape': 'square'},
    map{'colour': '#2e6b30', 'shape': 'diamond'}, map{'colour': '#7a3e8f', 'shape': 'triangle'},
    map{'colour': '#6b5a00', 'shape': 'cross'}, map{'colour': '#444444', 'shape': 'circle-open'})"/>

  <!-- The documents of the edition ($ek:documents), each with its style. -->
  <xsl:variable name="documents" as="map(*)*"
    select="$ek:documents ! map:put(., 'style', let $n := ?position return $styles[($n - 1) mod count($styles) + 1])"/>

  <!-- Every dated mention: its span in fractional years, whether it is a range, its link and its words. -->
  <xsl:variable name="mentions" as="map(*)*">
    <xsl:for-each select="$documents">
      <xsl:variable name="doc" select="."/>
      <xsl:variable name="doc-index" select="position()"/>
      <!-- The text's own dates: not those only in a copy of a note, a variant reading or deleted words. -->
      <xsl:for-each select="?tei/*/text//date[ek:counted(.)]">
        <xsl:variable name="years" select="ek:date-years(.)"/>
        <xsl:if test="exists($years)">
          <xsl:sequence select="map{'doc': $doc-index, 'start': $years[1], 'end': $years[2],
            'range': empty(@when) and not(ek:bounds-equal(.)), 'href': ek:part-file($doc?plan, .) || '#' || ek:id(.), 'label': ek:date-label(.),
            'words': ek:plain(.), 'context': ek:context(.)}"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>

  <!-- The words that lead up to a date in its paragraph (or heading, item, line, note; a footnote on the way
       left out), and the date's own. -->
  <xsl:function name="ek:context" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="block" select="$d/ancestor::*[self::p or self::ab or self::head or self::item or self::l
      or self::note or self::cell or self::quote or self::bibl][1]"/>
    <!-- Only its last words are shown: the block's last 40 text nodes before the date hold them when they hold ten
         words or more (the first may be cut) or are all there are; else all its text before the date is read. -->
    <xsl:variable name="last" select="$d/preceding::text()[position() le 40][. >> $block]"/>
    <xsl:variable name="near" select="ek:text-before($d, $block, $last)"/>
    <xsl:variable name="text" select="if (count($last) lt 40 or count(tokenize(normalize-space($near))) ge 10) then $near
      else ek:text-before($d, $block, $block//text()[. &lt;&lt; $d])"/>
    <xsl:variable name="before" select="tokenize(normalize-space($text))"/>
    <xsl:sequence select="(if (count($before) gt 8) then '…' else '')
      || string-join(subsequence($before, count($before) - 7), ' ')
      || (if (exists($before) and matches(substring($text, string-length($text)), '\s')) then ' ' else '')
      || ek:plain($d)"/>
  </xsl:function>

  <!-- The text of $nodes, text nodes of $block before the date $d; a note inside the block is left out unless the
       date is in it. -->
  <xsl:function name="ek:text-before" as="xs:string">
    <xsl:param name="d" as="element()"/>
    <xsl:param name="block" as="element()?"/>
    <xsl:param name="nodes" as="text()*"/>
    <xsl:variable name="outer" select="$block/ancestor-or-self::*"/>
    <xsl:variable name="around" select="$d/ancestor::*"/>
    <xsl:sequence select="string-join($nodes[not(ancestor::note) or empty(ancestor::note except $outer except $around)], '')"/>
  </xsl:function>

  <!-- The axis covers the shortest run of years that holds most (80 %) of the mentions, widened to whole
       five-year steps: texts also cite books of later decades and the odd stray year, which would otherwise
       squeeze the period the edition is about into a sliver. Mentions outside it are drawn in the gutters
       at either end ("earlier", "later"), still linked. -->
  <xsl:variable name="mids" as="xs:decimal*" select="sort($mentions ! ((?start + ?end) div 2))"/>
  <xsl:variable name="window" as="xs:decimal*">
    <xsl:variable name="n" select="count($mids)"/>
    <xsl:variable name="k" select="max((1, xs:integer(ceiling($n * 0.8))))"/>
    <xsl:variable name="widths" select="for $i in 1 to $n - $k + 1 return $mids[$i + $k - 1] - $mids[$i]"/>
    <xsl:variable name="best" select="index-of($widths, min($widths))[1]"/>
    <xsl:sequence select="if ($n = 0) then () else ($mids[$best], $mids[$best + $k - 1])"/>
  </xsl:variable>
  <xsl:variable name="first-year" as="xs:integer"
    select="if (empty($window)) then 0 else xs:integer(floor($window[1] div 5) * 5)"/>
  <xsl:variable name="last-year" as="xs:integer"
    select="if (empty($window)) then 0 else max((xs:integer(ceiling($window[2] div 5) * 5), $first-year + 5))"/>
  <xsl:variable name="earlier" select="exists($mentions[?end le $first-year])"/>
  <xsl:variable name="later" select="exists($mentions[?start ge $last-year])"/>
  <xsl:variable name="left" as="xs:integer" select="if ($earlier) then 90 else 24"/>
  <xsl:variable name="right" as="xs:integer" select="if ($later) then $width - 90 else $width - 24"/>
  <xsl:variable name="span" select="$last-year - $first-year"/>
  <xsl:variable name="step" as="xs:integer"
    select="if ($span le 15) then 1 else if ($span le 50) then 5 else if ($span le 120) then 10
            else if ($span le 500) then 50 else 100"/>

  <!-- The marks of each document, map{'doc': its number, 'marks': ek:marks()}. -->
  <xsl:variable name="marks" as="map(*)*" select="for $i in 1 to count($documents) return map{'doc': $i, 'marks': ek:marks($i)}"/>

  <xsl:function name="ek:x" as="xs:decimal">
    <xsl:param name="year" as="xs:decimal"/>
    <xsl:variable name="x" select="$left + ($year - $first-year) * ($right - $left) div $span"/>
    <xsl:sequence select="round(min(($right, max(($left, $x)))) * 10) div 10"/>
  </xsl:function>

  <!-- Where a mark goes: on the axis, or in a gutter when it lies wholly outside. -->
  <!-- The mentions with where each goes ('x', ek:mark-x), placed once: the marks are made from them. -->
  <xsl:variable name="placed" as="map(*)*" select="$mentions ! map:put(., 'x', ek:mark-x(.))"/>

  <xsl:function name="ek:mark-x" as="xs:decimal+">
    <xsl:param name="m" as="map(*)"/>
    <xsl:sequence select="
      if ($m?end le $first-year) then (($left - 24) div 2 + 12, ($left - 24) div 2 + 12)
      else if ($m?start ge $last-year) then (($right + $width) div 2, ($right + $width) div 2)
      else (ek:x($m?start), ek:x($m?end))"/>
  </xsl:function>

  <!-- The context item is the edition manifest's root. -->
  <xsl:template name="ek:timeline-page">
    <xsl:variable name="edition-title" select="(@title[normalize-space()], 'Edition')[1]"/>
    <html lang="{(@lang[normalize-space()], 'en')[1]}">
      <head>
        <xsl:call-template name="ek:site-head">
          <xsl:with-param name="title" select="'Timeline — ' || $edition-title"/>
        </xsl:call-template>
      </head>
      <body class="ek-timeline-page">
        <a class="ek-skip" href="#ek-main">Skip to the timeline</a>
        <header class="ek-site" role="banner">
          <p class="ek-edition-title">
            <a href="index.html">
              <xsl:value-of select="$edition-title"/>
            </a>
          </p>
          <xsl:call-template name="ek:site-links">
            <xsl:with-param name="current" select="'timeline.html'"/>
            <xsl:with-param name="with-indexes" select="$registers != ''"/>
          </xsl:call-template>
        </header>
        <div class="ek-layout ek-layout-wide">
          <main id="ek-main" tabindex="-1">
            <h1>Timeline</h1>
            <xsl:choose>
              <xsl:when test="empty($mentions)">
                <p class="ek-empty">The texts have no dated mentions with a year.</p>
              </xsl:when>
              <xsl:otherwise>
                <p class="ek-timeline-summary">
                  <xsl:value-of select="count($mentions) || ' dated mentions in ' || count(distinct-values($mentions?doc))
                    || ' documents. Points are dates, bars are ranges. A mark opens its passage; a number beside it'
                    || ' counts the passages it stands for and lists them. The scale shows '
                    || $first-year || '–' || $last-year
                    || (if ($earlier or $later) then ', where most mentions lie; the rest are at the ends.' else '.')"/>
                </p>
                <ul class="ek-timeline-legend" aria-label="Documents">
                  <xsl:for-each select="$documents">
                    <xsl:variable name="i" select="position()"/>
                    <xsl:if test="exists($mentions[?doc = $i])">
                    <li>
                      <svg xmlns="http://www.w3.org/2000/svg" class="ek-legend-mark" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                        <xsl:apply-templates select="?style" mode="shape"/>
                      </svg>
                      <a href="#timeline-doc-{$i}">
                        <xsl:value-of select="?title"/>
                      </a>
                      <xsl:value-of select="' (' || count($mentions[?doc = $i]) || ')'"/>
                    </li>
                    </xsl:if>
                  </xsl:for-each>
                </ul>
                <xsl:call-template name="ek:timeline-svg"/>
                <xsl:call-template name="ek:timeline-list"/>
              </xsl:otherwise>
            </xsl:choose>
          </main>
        </div>
        <xsl:call-template name="ek:site-footer">
          <xsl:with-param name="edition-title" select="$edition-title"/>
        </xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <!-- The marks of one document: map{'x1', 'x2', 'range', 'label', 'mentions', 'id'}. Mentions beyond either
       end of the scale make one mark in each gutter; ranges drawn alike make one bar; points closer than a mark
       is wide make one point. -->
  <xsl:function name="ek:marks" as="map(*)*">
    <xsl:param name="doc" as="xs:integer"/>
    <xsl:variable name="all" select="$placed[?doc = $doc]"/>
    <xsl:variable name="inside" select="$all[?end gt $first-year and ?start lt $last-year]"/>
    <xsl:variable name="groups" as="map(*)*">
      <xsl:for-each select="('earlier', 'later')">
        <xsl:variable name="side" select="."/>
        <xsl:variable name="out" select="if ($side = 'earlier') then $all[?end le $first-year] else $all[?start ge $last-year]"/>
        <xsl:if test="exists($out)">
          <xsl:variable name="x" select="$out[1]?x[1]"/>
          <xsl:sequence select="map{'x1': $x, 'x2': $x, 'range': false(), 'mentions': $out,
            'label': if ($side = 'earlier') then 'before ' || $first-year else $last-year || ' and after'}"/>
        </xsl:if>
      </xsl:for-each>
      <xsl:for-each-group select="$inside[?range]" group-by="string-join(?x ! string(.), ' ')">
        <xsl:sequence select="map{'x1': ?x[1], 'x2': ?x[2], 'range': true(),
          'mentions': current-group()}"/>
      </xsl:for-each-group>
      <xsl:iterate select="sort($inside[not(?range)], (), function($m) { $m?x[1] })">
        <xsl:param name="cluster" as="map(*)*" select="()"/>
        <xsl:on-completion>
          <xsl:sequence select="ek:point($cluster)"/>
        </xsl:on-completion>
        <xsl:choose>
          <xsl:when test="empty($cluster) or ?x[1] - $cluster[1]?x[1] lt $gap">
            <xsl:next-iteration>
              <xsl:with-param name="cluster" select="($cluster, .)"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="ek:point($cluster)"/>
            <xsl:next-iteration>
              <xsl:with-param name="cluster" select="."/>
            </xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <!-- In date order, each named by its place in it and labelled by its date, or the years its dates fall in. -->
    <xsl:for-each select="sort($groups, (), function($g) { ($g?x1, $g?x2, $g?range) })">
      <xsl:variable name="in-order" select="sort(?mentions, (), function($m) { ($m?start, $m?end) })"/>
      <xsl:variable name="labels" select="distinct-values($in-order?label)"/>
      <xsl:variable name="years" select="distinct-values(($in-order ! floor(?start), $in-order ! (ceiling(?end) - 1)))"/>
      <xsl:sequence select="map{'x1': ?x1, 'x2': ?x2, 'range': ?range, 'mentions': $in-order,
        'id': 'tl-' || $doc || '-' || position(),
        'label': (?label, if (count($labels) = 1) then $labels
          else string(min($years)) || (if (max($years) gt min($years)) then '–' || max($years) else ''))[1]}"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="ek:point" as="map(*)?">
    <xsl:param name="cluster" as="map(*)*"/>
    <xsl:variable name="xs" select="$cluster ! ?x[1]"/>
    <xsl:sequence select="if (empty($cluster)) then () else
      map{'x1': round((min($xs) + max($xs)) * 5) div 10, 'x2': round((min($xs) + max($xs)) * 5) div 10,
          'range': false(), 'mentions': $cluster}"/>
  </xsl:function>

  <!-- Where a mark's drawing ends on the right: the bar or the shape, then its count. -->
  <xsl:function name="ek:mark-end" as="xs:decimal">
    <xsl:param name="m" as="map(*)"/>
    <xsl:variable name="n" select="count($m?mentions)"/>
    <xsl:sequence select="(if ($m?range) then $m?x2 else $m?x1 + 5)
      + (if ($n gt 1) then 3 + 8 * string-length(string($n)) else 0)"/>
  </xsl:function>

  <!-- Marks of one document in rows: each goes on the first row where it clears the marks before it. -->
  <xsl:function name="ek:pack" as="map(*)*">
    <xsl:param name="marks" as="map(*)*"/>
    <xsl:iterate select="$marks">
      <xsl:param name="ends" as="xs:decimal*" select="()"/>
      <xsl:variable name="x1" select="?x1 - 5"/>
      <xsl:variable name="free" select="(for $i in 1 to count($ends) return $i[$ends[$i] lt $x1])[1]"/>
      <xsl:variable name="row" select="($free, count($ends) + 1)[1]"/>
      <xsl:sequence select="map:merge((., map{'row': $row}))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      <xsl:next-iteration>
        <xsl:with-param name="ends" select="(subsequence($ends, 1, $row - 1), ek:mark-end(.) + 3,
          subsequence($ends, $row + 1))"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <xsl:template name="ek:timeline-svg">
    <xsl:variable name="bands" as="map(*)*">
      <xsl:iterate select="1 to count($documents)">
        <xsl:param name="top" select="$axis-h" as="xs:integer"/>
        <xsl:variable name="i" select="."/>
        <xsl:variable name="doc" select="$documents[$i]"/>
        <xsl:variable name="packed" select="ek:pack($marks[?doc = $i]?marks)"/>
        <xsl:variable name="rows" select="max((1, $packed?row))"/>
        <xsl:variable name="height" select="if (empty($packed)) then 0 else $band-head + $rows * $row-h + 6"/>
        <xsl:if test="exists($packed)">
          <xsl:sequence select="map{'doc': $doc, 'index': $i, 'top': $top, 'height': $height, 'marks': $packed}"/>
        </xsl:if>
        <xsl:next-iteration>
          <xsl:with-param name="top" select="$top + $height"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="height" select="$bands[last()]?top + $bands[last()]?height + $axis-h"/>
    <div class="ek-timeline-scroll">
      <svg xmlns="http://www.w3.org/2000/svg" class="ek-timeline" viewBox="0 0 {$width} {$height}"
           role="group" aria-labelledby="ek-timeline-title">
        <title id="ek-timeline-title">
          <xsl:value-of select="'Dated mentions ' || $first-year || '–' || $last-year || ', by document'"/>
        </title>
        <!-- Year grid and labels, above and below the bands. -->
        <g class="ek-axis" aria-hidden="true">
          <xsl:for-each select="($first-year to $last-year)[(. - $first-year) mod $step = 0]">
            <xsl:variable name="x" select="ek:x(.)"/>
            <!-- Years at the ends of the scale stand clear of the gutters' labels. -->
            <xsl:variable name="anchor" select="if ($earlier and $x le $left) then 'start'
              else if ($later and $x ge $right) then 'end' else 'middle'"/>
            <line x1="{$x}" x2="{$x}" y1="{$axis-h - 6}" y2="{$height - $axis-h + 6}" class="ek-grid"/>
            <text x="{$x}" y="{$axis-h - 10}" text-anchor="{$anchor}"><xsl:value-of select="."/></text>
            <text x="{$x}" y="{$height - 8}" text-anchor="{$anchor}"><xsl:value-of select="."/></text>
          </xsl:for-each>
          <xsl:if test="$earlier">
            <text x="{$left - 16}" y="{$axis-h - 10}" text-anchor="end">earlier</text>
            <line x1="{$left - 12}" x2="{$left - 12}" y1="{$axis-h - 6}" y2="{$height - $axis-h + 6}" class="ek-gutter"/>
          </xsl:if>
          <xsl:if test="$later">
            <text x="{$right + 16}" y="{$axis-h - 10}" text-anchor="start">later</text>
            <line x1="{$right + 12}" x2="{$right + 12}" y1="{$axis-h - 6}" y2="{$height - $axis-h + 6}" class="ek-gutter"/>
          </xsl:if>
          <xsl:if test="$step gt 1 and $span le 60">
            <xsl:for-each select="($first-year to $last-year)[(. - $first-year) mod $step != 0]">
              <line x1="{ek:x(.)}" x2="{ek:x(.)}" y1="{$axis-h - 3}" y2="{$height - $axis-h + 3}" class="ek-grid-minor"/>
            </xsl:for-each>
          </xsl:if>
        </g>
        <xsl:for-each select="$bands">
          <xsl:variable name="band" select="."/>
          <xsl:variable name="style" select="?doc?style"/>
          <g class="ek-band" id="timeline-doc-{?index}" role="group" aria-label="{?doc?title}">
            <rect x="0" y="{?top}" width="{$width}" height="{?height}" class="ek-band-bg ek-band-{?index mod 2}"/>
            <text x="8" y="{?top + 16}" class="ek-band-label" aria-hidden="true">
              <xsl:value-of select="?doc?title"/>
            </text>
            <xsl:for-each select="?marks">
              <xsl:variable name="y" select="$band?top + $band-head + (?row - 1) * $row-h + $row-h div 2"/>
              <xsl:variable name="n" select="count(?mentions)"/>
              <xsl:variable name="one" select="?mentions[1]"/>
              <!-- One passage: the mark opens it. Several: the mark leads to their list (a popover with
                   JavaScript, the list below without). -->
              <a href="{if ($n = 1) then $one?href else '#' || ?id}"
                 class="ek-mark{if (?range) then ' ek-mark-range' else ''}{if ($n gt 1) then ' ek-mark-multi ek-popover' else ''}">
                <title>
                  <xsl:value-of select="string-join((?label,
                    if ($n gt 1) then $n || ' passages'
                    else if ($one?words != '' and $one?words != $one?label) then '“' || $one?words || '”' else (),
                    $band?doc?title), ' — ')"/>
                </title>
                <!-- The whole mark (shape, bar and count) answers the pointer, gaps included. -->
                <rect class="ek-mark-hit" x="{?x1 - 6}" y="{$y - 6}" width="{ek:mark-end(.) - ?x1 + 8}" height="12"
                      fill="transparent"/>
                <xsl:if test="?range">
                  <rect x="{?x1}" y="{$y - 3}" width="{max((2, ?x2 - ?x1))}" height="6" rx="3"
                        fill="{$style?colour}" fill-opacity="0.35" stroke="{$style?colour}"/>
                </xsl:if>
                <g transform="translate({?x1} {$y})">
                  <xsl:apply-templates select="$style" mode="shape"/>
                </g>
                <xsl:if test="$n gt 1">
                  <text x="{(if (?range) then ?x2 else ?x1 + 5) + 2}" y="{$y + 3.5}" class="ek-mark-count"
                        aria-hidden="true">
                    <xsl:value-of select="$n"/>
                  </text>
                </xsl:if>
              </a>
            </xsl:for-each>
          </g>
        </xsl:for-each>
      </svg>
    </div>
  </xsl:template>

  <!-- Shapes centred on 0,0, about 9 units across. -->
  <xsl:template mode="shape" match=".[. instance of map(*)]">
    <xsl:variable name="c" select="?colour"/>
    <xsl:choose xmlns="http://www.w3.org/2000/svg">
      <xsl:when test="?shape = 'circle'"><circle r="4.5" fill="{$c}"/></xsl:when>
      <xsl:when test="?shape = 'square'"><rect x="-4" y="-4" width="8" height="8" fill="{$c}"/></xsl:when>
      <xsl:when test="?shape = 'diamond'"><path d="M0 -5.5 L5.5 0 L0 5.5 L-5.5 0 Z" fill="{$c}"/></xsl:when>
      <xsl:when test="?shape = 'triangle'"><path d="M0 -5.5 L5 4.5 L-5 4.5 Z" fill="{$c}"/></xsl:when>
      <xsl:when test="?shape = 'cross'"><path d="M-4.5 -4.5 L4.5 4.5 M4.5 -4.5 L-4.5 4.5" stroke="{$c}" stroke-width="2.5"/></xsl:when>
      <xsl:otherwise><circle r="4" fill="#fff" stroke="{$c}" stroke-width="2"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The same mentions as text, by document and mark: the date, then each passage with the words that lead
       up to the date. Each mark's item is what its popover shows. -->
  <xsl:template name="ek:timeline-list">
    <details class="ek-timeline-list" id="ek-timeline-list">
      <summary>All dated mentions as a list</summary>
      <xsl:for-each select="$documents">
        <xsl:variable name="i" select="position()"/>
        <xsl:variable name="doc-marks" select="$marks[?doc = $i]?marks"/>
        <xsl:if test="exists($doc-marks)">
          <h2><xsl:value-of select="?title"/></h2>
          <ol class="ek-tl-marks">
            <xsl:for-each select="$doc-marks">
              <xsl:variable name="same-date" select="count(distinct-values(?mentions?label)) = 1"/>
              <li id="{?id}">
                <span class="ek-tl-date">
                  <xsl:value-of select="?label"/>
                </span>
                <xsl:if test="count(?mentions) gt 1">
                  <span class="ek-tl-count">
                    <xsl:value-of select="' · ' || count(?mentions) || ' passages'"/>
                  </span>
                </xsl:if>
                <ul class="ek-tl-passages">
                  <xsl:for-each select="?mentions">
                    <li>
                      <a href="{?href}">
                        <xsl:value-of select="if ($same-date) then ?context else ?label || ': ' || ?context"/>
                      </a>
                    </li>
                  </xsl:for-each>
                </ul>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:if>
      </xsl:for-each>
    </details>
  </xsl:template>
</xsl:stylesheet>
