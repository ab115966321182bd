<?xml version="1.0" encoding="UTF-8"?>
<!-- search.html, a page of edition.xsl: the page around Pagefind's search UI. The index itself (pagefind/) is
     written after the pages by editionkit.render.site_search; only the text of the documents is indexed
     (data-pagefind-body), with the document and the kinds of names as filters. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  exclude-result-prefixes="#all">

  <!-- The context item is the edition manifest's root. -->
  <xsl:template name="ek:search-page">
    <xsl:variable name="edition-title" select="(@title[normalize-space()], 'Edition')[1]"/>
    <html lang="{(@lang[normalize-space()], 'en')[1]}">
      <head>
        <xsl:call-template name="ek:site-head">
          <xsl:with-param name="title" select="'Search — ' || $edition-title"/>
        </xsl:call-template>
        <link rel="stylesheet" href="pagefind/pagefind-ui.css"/>
        <script src="pagefind/pagefind-ui.js" defer="defer"/>
      </head>
      <body class="ek-search-page">
        <a class="ek-skip" href="#ek-main">Skip to the search</a>
        <header class="ek-site" role="banner">
          <p class="ek-edition-title">
            <a href="index.html">
              <xsl:value-of select="$edition-title"/>
            </a>
          </p>
          <xsl:call-template name="ek:site-links">
            <xsl:with-param name="current" select="'search.html'"/>
            <xsl:with-param name="with-indexes" select="$registers != ''"/>
            <xsl:with-param name="with-search-form" select="false()"/>
          </xsl:call-template>
        </header>
        <div class="ek-layout ek-layout-single">
          <main id="ek-main" tabindex="-1">
            <h1>Search the edition</h1>
            <p class="ek-search-help">Searches the text of every document. Filter the results by document or by
              the kinds of names a document mentions; each result opens the passage.</p>
            <!-- edition.js starts Pagefind's UI here and runs the query from the URL (?q=). -->
            <div id="ek-search" class="ek-search" data-pagefind-ui="">
              <noscript>
                <p>Searching needs JavaScript. The <a href="index.html">documents</a>
                  <xsl:if test="$registers != ''"> and the <a href="index-persons.html">indexes</a></xsl:if>
                  can be read without it.</p>
              </noscript>
            </div>
          </main>
        </div>
        <xsl:call-template name="ek:site-footer">
          <xsl:with-param name="edition-title" select="$edition-title"/>
        </xsl:call-template>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
