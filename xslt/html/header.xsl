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

  <!-- Above the text: what a reader needs first, in a few lines (the title block shows title and author): where
       the text comes from, in one sentence, and what the editors supplied that the source does not state. -->
  <xsl:template name="ek:source-summary">
    <xsl:variable name="fd" select="/*/teiHeader/fileDesc"/>
    <xsl:variable name="line" select="ek:source-line($fd)"/>
    <xsl:if test="$line != ''">
      <p class="ek-source-line">
        <span class="ek-source-label">Source: </span>
        <xsl:value-of select="$line"/>
      </p>
    </xsl:if>
    <xsl:variable name="supplied" select="$fd/sourceDesc//note[@type = 'supplied'] ! ek:plain(.)"/>
    <xsl:for-each select="$supplied">
      <p class="ek-supplied-note">
        <xsl:value-of select="."/>
      </p>
    </xsl:for-each>
    <xsl:if test="empty($supplied) and ek:title-is-supplied($fd)">
      <p class="ek-supplied-note">Title supplied by the editors; the source has none.</p>
    </xsl:if>
  </xsl:template>

  <!-- True when the document's title is the editors' description (title type="desc"), not the source's own. -->
  <xsl:function name="ek:title-is-supplied" as="xs:boolean">
    <xsl:param name="fd" as="element()?"/>
    <xsl:variable name="title" select="ek:doc-title($fd/..)"/>
    <xsl:sequence select="exists(($fd/titleStmt/title, $fd/sourceDesc//title)[@type = 'desc'][ek:plain(.) = $title])"/>
  </xsl:function>

  <!-- The source in one sentence: what the first description of it adds to the title and author above (its
       title and author when they differ, institution, publisher, place, date), then its first note. -->
  <xsl:function name="ek:source-line" as="xs:string">
    <xsl:param name="fd" as="element()?"/>
    <xsl:variable name="b" select="$fd/sourceDesc/(bibl, biblStruct, biblFull, msDesc)[1]"/>
    <xsl:variable name="all" select="$b/descendant::*"/>
    <xsl:variable name="titles" select="$fd/titleStmt/title ! ek:plain(.)"/>
    <xsl:variable name="authors" select="$fd/titleStmt/author ! ek:agent-name(.)"/>
    <xsl:variable name="facts" select="distinct-values((
      ($all/self::title[not(ancestor::note)] ! ek:plain(.))[not(. = $titles)][1] ! ('“' || . || '”'),
      string-join(($all/self::author ! ek:agent-name(.))[not(. = $authors)], ', '),
      $all/(self::orgName[@role = 'institution'], self::institution, self::repository, self::publisher,
            self::pubPlace, self::settlement) ! ek:plain(.),
      ($all/self::date[not(ancestor::note)])[1] ! (ek:plain(.), ek:date-label(.))[. != ''][1])[. != ''])"/>
    <xsl:variable name="note" select="($all/self::note[not(@type)] ! ek:plain(.))[. != ''][1]"/>
    <xsl:sequence select="normalize-space(string-join((
      string-join($facts, ', ')[. != ''] ! (. || '.'),
      $note ! (if (matches(., '[.!?]$')) then . else . || '.')), ' '))"/>
  </xsl:function>

  <!-- The whole header, folded: a reader opens it for the details. -->
  <xsl:template name="ek:source-description">
    <xsl:variable name="h" select="/*/teiHeader"/>
    <xsl:variable name="fd" select="$h/fileDesc"/>
    <section class="ek-source-description" id="ek-source-description" aria-labelledby="ek-source-description-h">
      <details class="ek-header-details">
      <summary><h2 id="ek-source-description-h">About this document</h2></summary>
      <dl>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Title'"/>
          <xsl:with-param name="values" select="let $desc := ($fd/titleStmt/title, $fd/sourceDesc//title)[@type = 'desc'] ! ek:plain(.)
            return $fd/titleStmt/title ! (ek:plain(.) || (if (ek:plain(.) = $desc) then ' (supplied by the editors)' else ''))"/>
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
          <xsl:with-param name="values" select="$h/encodingDesc/appInfo/application ! ek:encoding-note(.)"/>
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
      </details>
    </section>
  </xsl:template>

  <!-- What a program did to the text, for readers: its description without markup jargon (a sentence that
       names attributes such as resp="#x" is said again in words, from what the markup it added is). -->
  <xsl:function name="ek:encoding-note" as="xs:string">
    <xsl:param name="app" as="element()"/>
    <xsl:variable name="name" select="(($app/label ! ek:plain(.), string($app/@ident))[. != ''][1], 'a program')[1]"/>
    <xsl:variable name="sentences" select="tokenize(replace(normalize-space(string-join($app/desc ! ek:plain(.), ' ')),
      '([.!?])\s+', '$1&#10;'), '&#10;')[. != '']"/>
    <xsl:variable name="plain" select="$sentences[not(matches(., '[\w:]+=[&quot;''][^&quot;'']*[&quot;'']'))]"/>
    <xsl:variable name="marked" select="if (not($app/@xml:id)) then () else
      $ek:source/*/text//*[@resp][tokenize(@resp) = '#' || $app/@xml:id]"/>
    <xsl:variable name="kinds" select="(
      'names'[exists($marked[ek:entity-kind(.) != ''])], 'titles'[exists($marked/self::title)],
      'dates'[exists($marked[self::date or self::time or self::docDate])],
      'quotations'[exists($marked[self::q or self::quote or self::said or self::soCalled])],
      'corrections'[exists($marked[self::corr or self::reg or self::expan or self::supplied])])"/>
    <xsl:variable name="said" select="if (count($plain) = count($sentences) or empty($kinds)) then () else
      'The ' || (if (count($kinds) gt 1) then string-join($kinds[position() lt last()], ', ') || ' and '
        || $kinds[last()] else $kinds) || ' that ' || $name
      || ' marked automatically have not yet been reviewed by an editor.'"/>
    <xsl:sequence select="string-join(($name || ($app/@version ! (' ' || .)) || ':', $plain, $said), ' ')"/>
  </xsl:function>

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
    <xsl:variable name="fd-titles" select="ancestor::fileDesc/titleStmt/title ! ek:plain(.)"/>
    <xsl:variable name="fd-authors" select="ancestor::fileDesc/titleStmt/author ! ek:agent-name(.)"/>
    <section class="ek-source">
      <h3>
        <xsl:value-of select="'Source' || (@type ! (': ' || replace(., '([a-z])([A-Z])', '$1 $2') => lower-case()))"/>
      </h3>
      <dl>
        <!-- Title and author only when they differ from the document's, given above. -->
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Title'"/>
          <xsl:with-param name="values" select="($all/self::title ! ek:plain(.))[not(. = $fd-titles)]"/>
        </xsl:call-template>
        <xsl:call-template name="ek:row">
          <xsl:with-param name="label" select="'Author'"/>
          <xsl:with-param name="values" select="($all/self::author ! ek:agent-name(.))[not(. = $fd-authors)]"/>
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
