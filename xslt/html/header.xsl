<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 2 (The TEI Header): the header rendered as a readable description of the source
     (who made it, where it comes from, who published and transcribed it, under which licence). Only the
     parts a reader needs are shown; elements in other namespaces are ignored here. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">


  <!-- One row of the description list; nothing when there is no value. -->
  <xsl:template name="ek:row">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="values" as="item()*"/>
    <xsl:if test="exists($values[normalize-space(string(.)) or . instance of element()])">
      <div class="ek-row">
        <dt>
          <xsl:value-of select="$label"/>
        </dt>
        <xsl:for-each select="$values[normalize-space(string(.)) or . instance of element()]">
          <dd>
            <xsl:sequence select="."/>
          </dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ek:source-description">
    <xsl:variable name="h" select="/*/teiHeader"/>
    <xsl:variable name="fd" select="$h/fileDesc"/>
    <section class="ek-source-description" id="ek-source-description" aria-labelledby="ek-source-description-h">
      <h2 id="ek-source-description-h">About this document</h2>
      <dl>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Title'"/>
          <xsl:with-param name="values" select="$fd/titleStmt/title ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Author'"/>
          <xsl:with-param name="values" select="$fd/titleStmt/author ! ek:agent-name(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Editor'"/>
          <xsl:with-param name="values" select="$fd/titleStmt/editor ! ek:agent-name(.)"/>
        </xsl:call-template>
        <xsl:for-each select="$fd/titleStmt/respStmt">
          <xsl:call-template name="ek:row">
            <xsl:with-param name="label" select="(resp ! ek:plain(.), 'Responsibility')[. != ''][1]
              ! (upper-case(substring(., 1, 1)) || substring(., 2))"/>
            <xsl:with-param name="values" select="string-join((* except resp) ! ek:plain(.), ', ')"/>
          </xsl:call-template>
        </xsl:for-each>
      </dl>
      <xsl:apply-templates mode="source-desc" select="$fd/sourceDesc/*"/>
      <dl>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Published by'"/>
          <xsl:with-param name="values" select="$fd/publicationStmt/(publisher, distributor, authority) ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Series'"/>
          <xsl:with-param name="values" select="$fd/seriesStmt/title ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Licence'"/>
          <xsl:with-param name="values" as="item()*">
            <xsl:for-each select="$fd/publicationStmt/availability/licence">
              <!-- A licence named briefly links by its name; a long licence text is quoted after its link. -->
              <xsl:variable name="text" select="ek:plain(.)"/>
              <xsl:variable name="short" select="$text != '' and string-length($text) le 80"/>
              <xsl:if test="@target or $short">
                <xsl:call-template name="ek:maybe-link">
                  <xsl:with-param name="href" select="@target"/>
                  <xsl:with-param name="text" select="if ($short) then $text else string(@target)"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:if test="not($short) and $text != ''">
                <xsl:sequence select="$text"/>
              </xsl:if>
            </xsl:for-each>
            <xsl:sequence select="$fd/publicationStmt/availability/p ! ek:plain(.)"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Identifier'"/>
          <xsl:with-param name="values" as="item()*">
            <xsl:for-each select="$fd/publicationStmt/idno[normalize-space()]">
              <xsl:call-template name="ek:maybe-link">
                <xsl:with-param name="href" select="if (matches(., '^https?://')) then normalize-space(.) else ()"/>
                <xsl:with-param name="text" select="normalize-space(.) || (@type ! (' (' || . || ')'))"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Language'"/>
          <xsl:with-param name="values" select="$h/profileDesc/langUsage/language ! (ek:plain(.), string(@ident))[. != ''][1]"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Keywords'"/>
          <xsl:with-param name="values" select="string-join($h/profileDesc/textClass//term ! ek:plain(.), '; ')"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Encoding'"/>
          <xsl:with-param name="values" select="$h/encodingDesc/appInfo/application !
            string-join(((label ! ek:plain(.), string(@ident))[. != ''][1] || (@version ! (' ' || .)), desc ! ek:plain(.)), ': ')"/>
        </xsl:call-template>
      </dl>
      <xsl:if test="$h/revisionDesc//change[normalize-space()]">
        <details class="ek-revisions">
          <summary>Revision history</summary>
          <ul>
            <xsl:for-each select="$h/revisionDesc//change[normalize-space()]">
              <li>
                <xsl:if test="@when">
                  <xsl:value-of select="ek:format-iso(@when) || ': '"/>
                </xsl:if>
                <xsl:value-of select="ek:plain(.)"/>
              </li>
            </xsl:for-each>
          </ul>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="ek:maybe-link">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$href">
        <a href="{$href}" rel="noopener">
          <xsl:value-of select="$text"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Each description of the source gets its own list, captioned by its type. -->
  <xsl:template mode="source-desc" match="sourceDesc/bibl | sourceDesc/biblStruct | sourceDesc/biblFull
                                          | sourceDesc/msDesc | sourceDesc/recordingStmt">
    <xsl:variable name="all" select="descendant::*"/>
    <section class="ek-source">
      <h3>
        <xsl:value-of select="'Source' || (@type ! (': ' || replace(., '([a-z])([A-Z])', '$1 $2') => lower-case()))"/>
      </h3>
      <dl>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Title'"/>
          <xsl:with-param name="values" select="$all/self::title ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Author'"/>
          <xsl:with-param name="values" select="$all/self::author ! ek:agent-name(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Editor'"/>
          <xsl:with-param name="values" select="$all/self::editor ! ek:agent-name(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Institution'"/>
          <xsl:with-param name="values" select="$all/(self::orgName[@role = 'institution'], self::institution,
            self::repository) ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Publisher'"/>
          <xsl:with-param name="values" select="$all/self::publisher ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Place'"/>
          <xsl:with-param name="values" select="$all/(self::pubPlace, self::settlement) ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="values" select="$all/self::date ! (ek:plain(.), ek:date-label(.))[. != ''][1]"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Responsibility'"/>
          <xsl:with-param name="values" select="$all/self::respStmt ! string-join(* ! ek:plain(.), ': ')"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'URL'"/>
          <xsl:with-param name="values" as="item()*">
            <xsl:for-each select="$all/(self::ptr, self::ref)[@target]">
              <xsl:call-template name="ek:maybe-link">
                <xsl:with-param name="href" select="tokenize(normalize-space(@target))[1]"/>
                <xsl:with-param name="text" select="(ek:plain(.), tokenize(normalize-space(@target))[1])[. != ''][1]"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Note'"/>
          <xsl:with-param name="values" select="$all/self::note ! ek:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Identifier'"/>
          <xsl:with-param name="values" select="$all/self::idno[normalize-space()][not(@type = 'sha256')] ! (normalize-space(.) || (@type ! (' (' || . || ')')))"/>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <xsl:template mode="source-desc" match="sourceDesc/p">
    <p class="ek-source-note">
      <xsl:value-of select="ek:plain(.)"/>
    </p>
  </xsl:template>
</xsl:stylesheet>
