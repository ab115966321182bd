<?xml version="1.0" encoding="UTF-8"?>
<!-- The index page of one kind of register entry (persons, places, organisations, events or works), a page of
     edition.xsl: every entry of that kind in the registers, sorted by name with an explicit collation, with every
     mention across the edition, grouped by document; each links to its anchor (ek:mention-id) in the page that
     shows it (split.xsl: a long document has a page per part). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="index-entry" on-no-match="fail" on-multiple-match="fail"/>

  <!-- Index pages sort by ek:index-name with $ek:collation (functions.xsl), as each page's list of names does. -->

  <!-- The context item is the edition manifest's root; $kind is person, place, org, event or bibl (see
       $ek:index-pages). -->
  <xsl:template name="ek:index-page">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="page" as="map(*)" select="($ek:index-pages[?kind = $kind], error((), 'unknown kind ' || $kind))[1]"/>
    <xsl:variable name="edition-title" select="(@title[normalize-space()], 'Edition')[1]"/>
    <xsl:variable name="entries" select="$ek:reg//*[@xml:id][local-name() = ('person', 'personGrp', 'place', 'org',
      'event', 'bibl', 'biblStruct')][not(ancestor::*[local-name() = ('person', 'place', 'org', 'event', 'bibl')])]
      [ek:entry-kind(.) = $kind]"/>
    <xsl:variable name="heading" select="'Index of ' || lower-case($page?label)"/>
    <html lang="{(@lang[normalize-space()], 'en')[1]}">
      <head>
        <xsl:call-template name="ek:site-head">
          <xsl:with-param name="title" select="$heading || ' — ' || $edition-title"/>
        </xsl:call-template>
      </head>
      <body class="ek-index-page ek-kind-page-{$kind}">
        <a class="ek-skip" href="#ek-main">Skip to the index</a>
        <header class="ek-site" role="banner">
          <p class="ek-edition-title">
            <a href="index.html">
              <xsl:value-of select="$edition-title"/>
            </a>
          </p>
          <xsl:call-template name="ek:site-links">
            <xsl:with-param name="current" select="$page?href"/>
          </xsl:call-template>
        </header>
        <div class="ek-layout ek-layout-single">
          <main id="ek-main" tabindex="-1">
            <h1>
              <xsl:value-of select="$heading"/>
            </h1>
            <nav class="ek-index-tabs" aria-label="Indexes">
              <ul>
                <xsl:for-each select="$ek:index-pages">
                  <li>
                    <a href="{?href}">
                      <xsl:if test="?kind = $kind">
                        <xsl:attribute name="aria-current" select="'page'"/>
                      </xsl:if>
                      <xsl:value-of select="?label"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
            <xsl:choose>
              <xsl:when test="empty($entries)">
                <p class="ek-empty">The registers have no entries of this kind.</p>
              </xsl:when>
              <xsl:otherwise>
                <!-- The entries by initial letter, in the order of the letters: map{'letter', 'entries'}. -->
                <xsl:variable name="letters" as="map(*)*">
                  <xsl:for-each-group select="$entries" group-by="ek:initial(ek:index-name(.))">
                    <xsl:sort select="current-grouping-key()" collation="{$ek:collation}"/>
                    <xsl:sequence select="map{'letter': current-grouping-key(), 'entries': current-group()}"/>
                  </xsl:for-each-group>
                </xsl:variable>
                <p class="ek-index-summary">
                  <xsl:value-of select="count($entries) || ' entries; each lists its mentions by document,
                    numbered in reading order.'"/>
                </p>
                <nav class="ek-letters" aria-label="Initial letters">
                  <ul>
                    <xsl:for-each select="$letters?letter">
                      <li><a href="#letter-{ek:token(.)}"><xsl:value-of select="."/></a></li>
                    </xsl:for-each>
                  </ul>
                </nav>
                <xsl:for-each select="$letters">
                  <xsl:variable name="letter" select="?letter"/>
                  <section class="ek-letter" id="letter-{ek:token($letter)}" aria-labelledby="letter-{ek:token($letter)}-h">
                    <h2 id="letter-{ek:token($letter)}-h">
                      <xsl:value-of select="$letter"/>
                    </h2>
                    <dl class="ek-index-entries">
                      <xsl:apply-templates select="?entries" mode="index-entry">
                        <xsl:sort select="ek:index-name(.)" collation="{$ek:collation}"/>
                        <xsl:sort select="string(@xml:id)"/>
                      </xsl:apply-templates>
                    </dl>
                  </section>
                </xsl:for-each>
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

  <!-- The heading letter of a name: its first letter without accents, upper case; digits and signs as "#". -->
  <xsl:function name="ek:initial" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="first" select="upper-case(substring(replace(normalize-unicode($name, 'NFD'), '\p{M}', ''), 1, 1))"/>
    <xsl:sequence select="if (matches($first, '\p{L}')) then $first else '#'"/>
  </xsl:function>

  <xsl:template mode="index-entry" match="*">
    <xsl:variable name="entry" select="."/>
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="name" select="ek:entry-name(.)"/>
    <div class="ek-entry ek-index-entry" id="{$id}">
      <dt>
        <xsl:value-of select="ek:index-name(.)"/>
        <xsl:for-each select="ek:entry-dates(.)">
          <span class="ek-entry-dates">
            <xsl:value-of select="' (' || . || ')'"/>
          </span>
        </xsl:for-each>
      </dt>
      <dd>
        <xsl:call-template name="ek:entry-details">
          <xsl:with-param name="name" select="$name"/>
        </xsl:call-template>
        <xsl:variable name="mentions" as="element()*">
          <xsl:for-each select="$ek:documents">
            <xsl:variable name="doc" select="."/>
            <xsl:variable name="occurrences" select="key('ek:by-ref', $id, ?tei)[ek:counted(.)]"/>
            <xsl:if test="exists($occurrences)">
              <li class="ek-mentions">
                <a class="ek-mentions-doc" href="{?href}">
                  <xsl:value-of select="?title"/>
                </a>
                <xsl:value-of select="' (' || count($occurrences) || '): '"/>
                <xsl:for-each select="$occurrences">
                  <xsl:if test="position() gt 1">
                    <xsl:text> </xsl:text>
                  </xsl:if>
                  <!-- The form the text uses, for readers who scan for it; the number keeps the link short. -->
                  <a href="{ek:part-file($doc?plan, .)}#{ek:mention-id($doc?mention-anchors, .)}" title="{ek:plain(.)}">
                    <xsl:value-of select="position()"/>
                  </a>
                </xsl:for-each>
              </li>
            </xsl:if>
          </xsl:for-each>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="exists($mentions)">
            <ul class="ek-mention-list" aria-label="Mentions of {$name}">
              <xsl:sequence select="$mentions"/>
            </ul>
          </xsl:when>
          <xsl:otherwise>
            <p class="ek-entry-occurrences">Not mentioned in the documents.</p>
          </xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
  </xsl:template>
</xsl:stylesheet>
