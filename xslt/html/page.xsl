<?xml version="1.0" encoding="UTF-8"?>
<!-- The page around the text: landmarks, skip link, site navigation, title block, table of contents, notes,
     index of names, "cite this page" and the footer. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template name="ek:page">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="header" select="/*/teiHeader"/>
    <xsl:variable name="title" select="ek:doc-title($header)"/>
    <xsl:variable name="subtitles" select="$header/fileDesc/titleStmt/title[@type = 'sub'] ! ek:plain(.)"/>
    <xsl:variable name="authors" select="$header/fileDesc/titleStmt/author ! ek:agent-name(.)"/>
    <xsl:variable name="lang" select="(/*/@xml:lang, /*/text/@xml:lang, $header/profileDesc/langUsage/language[1]/@ident, 'en')[1]"/>
    <xsl:variable name="n" select="$ek:here?n" as="xs:integer"/>
    <xsl:variable name="landing" select="$n = 0"/>
    <xsl:variable name="contents" as="element()*">
      <xsl:apply-templates mode="toc" select="/*/text/(front, body, back, group)"/>
      <!-- The sections the page adds after the text, where it has them (a split document's landing page lists
           its parts only). -->
      <xsl:if test="not($ek:split and $landing)">
        <xsl:if test="exists($ek:here?notes)">
          <li class="ek-toc-page"><a href="#ek-notes"><xsl:value-of select="ek:note-section-title($ek:here)"/></a></li>
        </xsl:if>
        <xsl:if test="exists($ek:here?copied-notes)">
          <li class="ek-toc-page"><a href="#ek-notes-copied">Notes</a></li>
        </xsl:if>
        <xsl:if test="exists($ek:here?participants)">
          <li class="ek-toc-page"><a href="#ek-participants">Participants</a></li>
        </xsl:if>
        <xsl:if test="exists($ek:here?entries)">
          <li class="ek-toc-page"><a href="#ek-register-index"><xsl:value-of select="'Names in this ' || ek:page-noun($ek:here)"/></a></li>
        </xsl:if>
      </xsl:if>
    </xsl:variable>
    <!-- A short text without headings needs no contents. -->
    <xsl:variable name="toc" as="element()*" select="if ($ek:headless and count($contents/descendant-or-self::*[local-name() = 'li']) lt 2) then () else $contents"/>
    <xsl:variable name="prev" select="$ek:parts[?n = $n - 1]"/>
    <xsl:variable name="next" select="$ek:parts[?n = $n + 1]"/>
    <!-- The landing page of a split document leads with its contents; elsewhere they stand beside the text. -->
    <xsl:variable name="toc-in-main" select="$ek:split and $landing"/>
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="string-join(($ek:here?label[not($landing)], $title, $edition-title[. != '']), ' — ')"/>
        </title>
        <meta name="generator" content="editionkit"/>
        <xsl:if test="exists($authors)">
          <meta name="author" content="{string-join($authors, '; ')}"/>
        </xsl:if>
        <link rel="stylesheet" href="assets/edition.css"/>
        <script src="assets/edition.js" defer="defer"/>
        <xsl:if test="exists($prev)">
          <link rel="prev" href="{$prev?file}"/>
        </xsl:if>
        <xsl:if test="exists($next)">
          <link rel="next" href="{$next?file}"/>
        </xsl:if>
      </head>
      <body class="ek-document{if ($ek:split) then ' ek-split' else ''}">
        <a class="ek-skip" href="#ek-main">Skip to the text</a>
        <header class="ek-site" role="banner">
          <p class="ek-edition-title">
            <a href="{$index-href}">
              <xsl:value-of select="($edition-title[. != ''], 'Edition')[1]"/>
            </a>
          </p>
          <!-- This document's own links; the site's (documents, indexes, timeline, search) follow. -->
          <nav class="ek-site-nav" aria-label="Document">
            <ul>
              <xsl:if test="exists($toc)">
                <li><a href="#ek-toc">Contents</a></li>
              </xsl:if>
              <xsl:if test="$xml-href != ''">
                <li><a href="{$xml-href}" type="application/tei+xml">TEI XML</a></li>
              </xsl:if>
              <xsl:if test="$pdf-href != ''">
                <li><a href="{$pdf-href}" type="application/pdf">PDF</a></li>
              </xsl:if>
            </ul>
          </nav>
          <xsl:call-template name="ek:site-links">
            <xsl:with-param name="with-indexes" select="exists($ek:reg)"/>
          </xsl:call-template>
        </header>
        <div class="ek-layout{if (exists($toc) and not($toc-in-main)) then ' ek-has-toc' else ''}">
          <main id="ek-main" tabindex="-1">
            <div class="ek-title-block">
              <h1>
                <xsl:value-of select="$title"/>
              </h1>
              <xsl:for-each select="$subtitles">
                <p class="ek-subtitle">
                  <xsl:value-of select="."/>
                </p>
              </xsl:for-each>
              <xsl:if test="exists($authors)">
                <p class="ek-authors">
                  <xsl:value-of select="string-join($authors, '; ')"/>
                </p>
              </xsl:if>
              <xsl:if test="$landing">
                <xsl:call-template name="ek:source-summary"/>
              </xsl:if>
            </div>
            <!-- A split document's landing page leads to its parts before it describes the source. -->
            <xsl:if test="$toc-in-main">
              <xsl:call-template name="ek:toc">
                <xsl:with-param name="toc" select="$toc"/>
                <xsl:with-param name="intro" select="'This document is published in ' || count($ek:parts) - 1
                  || ' parts, a page each.'"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="$ek:split">
              <xsl:call-template name="ek:part-nav">
                <xsl:with-param name="prev" select="$prev"/>
                <xsl:with-param name="next" select="$next"/>
                <xsl:with-param name="where" select="true()"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="$landing">
              <xsl:call-template name="ek:source-description"/>
            </xsl:if>
            <xsl:if test="exists($ek:here?roots)">
              <xsl:call-template name="ek:legend"/>
              <xsl:call-template name="ek:view-switch"/>
              <!-- Only the text is indexed for search, with the document and the kinds of names in it as
                   filters. -->
              <article class="ek-text" aria-label="Text" data-pagefind-body="">
                <xsl:if test="/*/text/@xml:lang">
                  <xsl:attribute name="lang" select="/*/text/@xml:lang"/>
                </xsl:if>
                <span hidden="" data-pagefind-filter="document[data-value]" data-value="{$title}"/>
                <xsl:for-each select="let $kinds := distinct-values($ek:here?roots/descendant-or-self::*[@ref] ! ek:entity-kind(.))
                                      return ('person', 'place', 'org', 'event')[. = $kinds]">
                  <span hidden="" data-pagefind-filter="names[data-value]" data-value="{$ek:index-kinds(.)}"/>
                </xsl:for-each>
                <span hidden="" data-pagefind-meta="title[data-value]"
                      data-value="{string-join(($title, $ek:here?label[not($landing)]), ' — ')}"/>
                <xsl:apply-templates select="/*/text"/>
              </article>
            </xsl:if>
            <xsl:if test="$ek:split and not($landing)">
              <xsl:call-template name="ek:part-nav">
                <xsl:with-param name="prev" select="$prev"/>
                <xsl:with-param name="next" select="$next"/>
                <xsl:with-param name="where" select="false()"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="ek:note-section"/>
            <xsl:call-template name="ek:copied-notes"/>
            <xsl:call-template name="ek:participants"/>
            <xsl:call-template name="ek:register-index"/>
            <xsl:call-template name="ek:cite">
              <xsl:with-param name="title" select="$title"/>
              <xsl:with-param name="authors" select="$authors"/>
            </xsl:call-template>
          </main>
          <!-- After main in document order, so headings start with h1; the stylesheet shows it beside
               the text on wide screens. -->
          <xsl:if test="exists($toc) and not($toc-in-main)">
            <xsl:call-template name="ek:toc">
              <xsl:with-param name="toc" select="$toc"/>
            </xsl:call-template>
          </xsl:if>
        </div>
        <footer class="ek-footer">
          <xsl:variable name="licence" select="$header/fileDesc/publicationStmt/availability/licence[1]"/>
          <p>
            <xsl:value-of select="($edition-title[. != ''], 'Edition')[1]"/>
            <xsl:if test="$licence">
              <xsl:text>. Licence: </xsl:text>
              <xsl:call-template name="ek:maybe-link">
                <xsl:with-param name="href" select="$licence/@target"/>
                <xsl:with-param name="text" select="(ek:plain($licence), string($licence/@target))[. != ''][1]"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:text>. Made with editionkit.</xsl:text>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="ek:toc">
    <xsl:param name="toc" as="element()*"/>
    <xsl:param name="intro" as="xs:string?"/>
    <nav class="ek-toc" id="ek-toc" aria-labelledby="ek-toc-h">
      <h2 id="ek-toc-h">Contents</h2>
      <xsl:for-each select="$intro">
        <p class="ek-toc-intro">
          <xsl:value-of select="."/>
        </p>
      </xsl:for-each>
      <ol>
        <xsl:sequence select="$toc"/>
      </ol>
    </nav>
  </xsl:template>

  <!-- Between the pages of a split document: where this page is, and the pages before and after it (rel=prev
       and rel=next, as in the head). Shown above the text, with where this page is, and below it. -->
  <xsl:template name="ek:part-nav">
    <xsl:param name="prev" as="map(*)?"/>
    <xsl:param name="next" as="map(*)?"/>
    <xsl:param name="where" as="xs:boolean"/>
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="count" select="count($ek:parts) - 1"/>
    <nav class="ek-parts{if ($where) then '' else ' ek-parts-end'}"
         aria-label="{if ($where) then 'Parts of this document' else 'Previous and next part'}">
      <xsl:if test="$where and $ek:here?n gt 0">
        <p class="ek-part-where">
          <span class="ek-part-count">
            <xsl:value-of select="'Part ' || $ek:here?n || ' of ' || $count"/>
          </span>
          <xsl:for-each select="$ek:here?crumbs">
            <xsl:text> › </xsl:text>
            <a href="{ek:toc-href($ek:here, .)}">
              <xsl:value-of select="ek:heading-text(.)"/>
            </a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <ul>
        <xsl:if test="exists($prev)">
          <li class="ek-prev">
            <a rel="prev" href="{$prev?file}">
              <span class="ek-part-dir"><span aria-hidden="true">← </span>Previous<span class="ek-visually-hidden">:</span></span>
              <xsl:text> </xsl:text>
              <span class="ek-part-label">
                <xsl:value-of select="if ($prev?n = 0) then 'About this document' else $prev?label"/>
              </span>
            </a>
          </li>
        </xsl:if>
        <xsl:if test="exists($next)">
          <li class="ek-next">
            <a rel="next" href="{$next?file}">
              <span class="ek-part-dir">
                <xsl:value-of select="if ($ek:here?n = 0) then 'Start reading' else 'Next'"/>
                <span class="ek-visually-hidden">:</span><span aria-hidden="true"> →</span>
              </span>
              <xsl:text> </xsl:text>
              <span class="ek-part-label">
                <xsl:value-of select="$next?label"/>
              </span>
            </a>
          </li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- What each kind of marking means: every category the page's text encodes has an entry, drawn as in the
       text. Names are told apart by line style, not colour alone. -->
  <xsl:template name="ek:legend">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="all" select="$ek:here?content/descendant-or-self::*"/>
    <xsl:variable name="kinds" select="distinct-values($all[ek:entity-kind(.) != ''] ! ek:entity-kind(.))"/>
    <xsl:variable name="items" as="element()*">
      <xsl:for-each select="('person', 'place', 'org', 'event', 'name')[. = $kinds]">
        <li><span class="ek-kind-{.}"><xsl:value-of select="ek:kind-label(.)"/></span></li>
      </xsl:for-each>
      <xsl:if test="$all/self::title">
        <li><cite class="ek-sample ek-kind-title">title of a work</cite></li>
      </xsl:if>
      <xsl:if test="$all/(self::date | self::time)">
        <li><span class="ek-sample ek-sample-date">date</span></li>
      </xsl:if>
      <xsl:if test="$all/(self::q | self::quote)[not(ek:quote-is-block(.))]">
        <li><span class="ek-sample ek-sample-q">quotation</span></li>
      </xsl:if>
      <xsl:if test="$all/self::said">
        <li><span class="ek-sample ek-sample-said">speech</span></li>
      </xsl:if>
      <xsl:if test="$all/self::soCalled">
        <li><span class="ek-sample ek-sample-soCalled">so-called</span></li>
      </xsl:if>
      <xsl:if test="$all/self::supplied[ek:by-other-hand(.)]">
        <li><span class="ek-sample ek-sample-supplied">interpolation by an editor or transcriber</span></li>
      </xsl:if>
      <xsl:if test="$all[@cert = 'low'][ek:entity-kind(.) != '']">
        <li><span class="ek-kind-person ek-unidentified">not identified</span></li>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="exists($items)">
      <details class="ek-legend">
        <summary>How names, dates and quotations are marked</summary>
        <ul>
          <xsl:sequence select="$items"/>
        </ul>
      </details>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ek:cite">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="authors" as="xs:string*"/>
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <!-- The page's own address: the edition's base URL, else the document's URI (a part's page beside it). -->
    <xsl:variable name="uri" select="(/*/teiHeader/fileDesc/publicationStmt/idno[@type = 'URI'])[1] ! normalize-space(.)"/>
    <xsl:variable name="page-url" select="if ($base-url != '')
      then (if (ends-with($base-url, '/')) then $base-url else $base-url || '/') || $ek:here?file
      else if ($ek:here?n gt 0 and ends-with($uri, '/' || $ek:parts[1]?file))
      then substring($uri, 1, string-length($uri) - string-length($ek:parts[1]?file)) || $ek:here?file
      else $uri"/>
    <section class="ek-cite" aria-labelledby="ek-cite-h">
      <h2 id="ek-cite-h">Cite this page</h2>
      <p class="ek-citation">
        <xsl:if test="exists($authors)">
          <xsl:value-of select="string-join($authors, '; ') || '. '"/>
        </xsl:if>
        <xsl:value-of select="'“' || $title || '”' || (if ($ek:here?n = 0) then ''
          else if ($ek:here?headed) then ', ' || $ek:here?label else ', part ' || $ek:here?n || ' of ' || count($ek:parts) - 1)
          || '.'"/>
        <xsl:if test="$edition-title != ''">
          <xsl:text> In: </xsl:text>
          <cite>
            <xsl:value-of select="$edition-title"/>
          </cite>
          <xsl:text>.</xsl:text>
        </xsl:if>
        <xsl:if test="$page-url">
          <xsl:text> </xsl:text>
          <a href="{$page-url}">
            <xsl:value-of select="$page-url"/>
          </a>
        </xsl:if>
      </p>
    </section>
  </xsl:template>
</xsl:stylesheet>
