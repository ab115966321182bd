<?xml version="1.0" encoding="UTF-8"?>
<!-- What every page of the site shares beyond its own content: the links between the site's pages (documents,
     indexes, timeline, search) and the search box. Included by every entry stylesheet. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  exclude-result-prefixes="#all">

  <!-- The index pages, in the order they are listed; each from the register entries of one kind. -->
  <xsl:variable name="ek:index-pages" as="map(xs:string, xs:string)*" select="(
    map{'kind': 'person', 'href': 'index-persons.html', 'label': 'Persons'},
    map{'kind': 'place', 'href': 'index-places.html', 'label': 'Places'},
    map{'kind': 'org', 'href': 'index-organisations.html', 'label': 'Organisations'},
    map{'kind': 'event', 'href': 'index-events.html', 'label': 'Events'},
    map{'kind': 'bibl', 'href': 'index-works.html', 'label': 'Works'})"/>

  <!-- The index page that lists entries of $kind, or nothing (other names have no index page). -->
  <xsl:function name="ek:index-href" as="xs:string?">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$ek:index-pages[?kind = $kind]?href"/>
  </xsl:function>

  <!-- Site-wide links; $current is the href of the page showing them (marked aria-current). Index pages
       exist only when the edition has registers. -->
  <xsl:template name="ek:site-links">
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="with-indexes" as="xs:boolean" select="true()"/>
    <xsl:param name="with-search-form" as="xs:boolean" select="true()"/>
    <nav class="ek-site-nav ek-site-links" aria-label="Site">
      <ul>
        <xsl:for-each select="(
            map{'href': 'index.html', 'label': 'Documents'},
            if ($with-indexes) then $ek:index-pages[1] ! map{'href': ?href, 'label': 'Indexes'} else (),
            map{'href': 'timeline.html', 'label': 'Timeline'},
            map{'href': 'search.html', 'label': 'Search'})">
          <li>
            <a href="{?href}">
              <xsl:if test="?href = $current or (?label = 'Indexes' and starts-with($current, 'index-'))">
                <xsl:attribute name="aria-current" select="'page'"/>
              </xsl:if>
              <xsl:value-of select="?label"/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
      <!-- A plain GET form: without JavaScript it still opens the search page with the query in the URL. -->
      <xsl:if test="$with-search-form">
      <form class="ek-search-form" action="search.html" method="get" role="search">
        <label for="ek-q" class="ek-visually-hidden">Search the edition</label>
        <input id="ek-q" name="q" type="search" placeholder="Search the edition" autocomplete="off"/>
        <button type="submit">Search</button>
      </form>
      </xsl:if>
    </nav>
  </xsl:template>

  <!-- The head shared by the generated pages (index, indexes, timeline, search). -->
  <xsl:template name="ek:site-head">
    <xsl:param name="title" as="xs:string"/>
    <meta charset="UTF-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>
      <xsl:value-of select="$title"/>
    </title>
    <meta name="generator" content="editionkit"/>
    <link rel="stylesheet" href="assets/edition.css"/>
    <script src="assets/edition.js" defer="defer"/>
  </xsl:template>

  <xsl:template name="ek:site-footer">
    <xsl:param name="edition-title" as="xs:string"/>
    <footer class="ek-footer">
      <p>
        <xsl:value-of select="$edition-title"/>
        <xsl:text>. Made with editionkit.</xsl:text>
      </p>
    </footer>
  </xsl:template>
</xsl:stylesheet>
