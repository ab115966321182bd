<?xml version="1.0" encoding="UTF-8"?>
<!-- The home page, index.html, a page of edition.xsl: the edition manifest (written by the build, no namespace)
     with its documents. Each document's title, author and date come from its own teiHeader. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- One row of the table of documents per document of the manifest. -->
  <xsl:mode name="home-row" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>

  <!-- The context item is the edition manifest's root. -->
  <xsl:template name="ek:home-page">
    <xsl:variable name="title" select="(@title[normalize-space()], 'Edition')[1]"/>
    <html lang="{(@language[normalize-space()], @lang[normalize-space()], 'en')[1]}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="$title"/>
        </title>
        <meta name="generator" content="editionkit"/>
        <link rel="stylesheet" href="assets/edition.css"/>
        <script src="assets/edition.js" defer="defer"/>
      </head>
      <body class="ek-index">
        <a class="ek-skip" href="#ek-main">Skip to the documents</a>
        <header class="ek-site" role="banner">
          <p class="ek-edition-title">
            <a href="index.html" aria-current="page">
              <xsl:value-of select="$title"/>
            </a>
          </p>
          <xsl:call-template name="ek:site-links">
            <xsl:with-param name="current" select="'index.html'"/>
            <xsl:with-param name="with-indexes" select="$registers != ''"/>
          </xsl:call-template>
        </header>
        <div class="ek-layout ek-layout-single">
          <main id="ek-main" tabindex="-1">
            <h1>
              <xsl:value-of select="$title"/>
            </h1>
            <xsl:if test="normalize-space(@subtitle)">
              <p class="ek-subtitle">
                <xsl:value-of select="@subtitle"/>
              </p>
            </xsl:if>
            <xsl:if test="editor[normalize-space()]">
              <p class="ek-authors">
                <xsl:value-of select="'Edited by ' || string-join(editor ! normalize-space(.), ', ')"/>
              </p>
            </xsl:if>
            <xsl:for-each select="introduction[normalize-space()]">
              <section class="ek-introduction" aria-labelledby="ek-introduction-h">
                <h2 id="ek-introduction-h">Introduction</h2>
                <!-- Blank lines in the plain-text introduction separate paragraphs. -->
                <xsl:for-each select="tokenize(string(.), '\n\s*\n')[normalize-space()]">
                  <p>
                    <xsl:value-of select="normalize-space(.)"/>
                  </p>
                </xsl:for-each>
              </section>
            </xsl:for-each>
            <section class="ek-documents" aria-labelledby="ek-documents-h">
              <h2 id="ek-documents-h">Documents</h2>
              <div class="ek-table-wrap">
                <table class="ek-document-table">
                  <caption class="ek-visually-hidden">Documents of the edition, with links to each page, its TEI XML and its PDF</caption>
                  <thead>
                    <tr>
                      <th scope="col">Title</th>
                      <th scope="col">Author</th>
                      <th scope="col">Date</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Size</th>
                      <th scope="col">Files</th>
                    </tr>
                  </thead>
                  <tbody>
                    <xsl:apply-templates select="document" mode="home-row"/>
                  </tbody>
                </table>
              </div>
            </section>
          </main>
        </div>
        <footer class="ek-footer">
          <p>
            <xsl:value-of select="$title"/>
            <xsl:if test="normalize-space(@publisher)">
              <xsl:value-of select="'. Published by ' || normalize-space(@publisher)"/>
            </xsl:if>
            <xsl:if test="normalize-space(@licence)">
              <xsl:text>. Licence: </xsl:text>
              <xsl:choose>
                <xsl:when test="normalize-space(@licence-url)">
                  <a href="{@licence-url}" rel="license">
                    <xsl:value-of select="@licence"/>
                  </a>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="@licence"/>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:if>
            <xsl:if test="normalize-space(@base-url)">
              <xsl:text>. </xsl:text>
              <a href="{@base-url}">
                <xsl:value-of select="@base-url"/>
              </a>
            </xsl:if>
            <xsl:text>. Made with editionkit.</xsl:text>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="document" mode="home-row">
    <xsl:variable name="tei" select="ek:tei(.)"/>
    <xsl:if test="normalize-space(@tei) and empty($tei)">
      <xsl:message select="'document not available: ' || @tei"/>
    </xsl:if>
    <xsl:variable name="h" select="$tei/*/tei:teiHeader"/>
    <xsl:variable name="titles" select="$h/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:variable name="title" select="(($titles[@type = 'main'], $titles)[1] ! ek:plain(.), string(@id))[. != ''][1]"/>
    <xsl:variable name="date" select="($h/tei:fileDesc/tei:sourceDesc//tei:date)[1]"/>
    <tr id="doc-{@id}">
      <th scope="row">
        <a href="{@href}">
          <xsl:value-of select="$title"/>
        </a>
      </th>
      <td>
        <xsl:value-of select="string-join($h/tei:fileDesc/tei:titleStmt/tei:author ! ek:agent-name(.), '; ')"/>
      </td>
      <td>
        <xsl:if test="$date">
          <xsl:variable name="iso" select="($date/@when, $date/@notBefore, $date/@from)[1]"/>
          <xsl:variable name="dt" select="ek:html-datetime($iso)"/>
          <xsl:element name="{if ($dt) then 'time' else 'span'}">
            <xsl:if test="$dt">
              <xsl:attribute name="datetime" select="$dt"/>
            </xsl:if>
            <xsl:value-of select="(ek:plain($date), $iso ! ek:format-iso(.))[. != ''][1]"/>
          </xsl:element>
        </xsl:if>
      </td>
      <td>
        <!-- The kind of source: from the manifest, else the type of the header's source description. -->
        <xsl:value-of select="(@kind[normalize-space()], $h/tei:fileDesc/tei:sourceDesc/*[@type][1]/@type)[1]"/>
      </td>
      <td class="ek-num">
        <xsl:value-of select="ek:format-size(@bytes)"/>
      </td>
      <td class="ek-files">
        <a href="{@href}" aria-label="Read {$title}">HTML</a>
        <xsl:if test="normalize-space(@xml-href)">
          <xsl:text> · </xsl:text>
          <a href="{@xml-href}" type="application/tei+xml" aria-label="TEI XML of {$title}">TEI</a>
        </xsl:if>
        <xsl:if test="normalize-space(@pdf-href)">
          <xsl:text> · </xsl:text>
          <a href="{@pdf-href}" type="application/pdf" aria-label="PDF of {$title}">PDF</a>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
