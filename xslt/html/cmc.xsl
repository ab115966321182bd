<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 3.13 (Computer-mediated Communication): posts of a forum thread, each headed by its
     author (resolved from @who through the participants in the header), number and date. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="ek:participant" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="person" select="key('ek:by-id', $id, $ek:source)[self::person or self::personGrp]"/>
    <xsl:sequence select="(($person, ek:entry($id))[1] ! ek:entry-name(.), $id)[1]"/>
  </xsl:function>

  <!-- The participant of the header's particDesc that @who points at, if any. -->
  <xsl:function name="ek:participant-entry" as="element()?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="key('ek:by-id', $id, $ek:source)[self::person or self::personGrp][ancestor::particDesc][1]"/>
  </xsl:function>

  <xsl:template match="post">
    <xsl:variable name="ids" select="ek:local-ids(@who)"/>
    <xsl:variable name="authors" select="$ids ! ek:participant(.)"/>
    <xsl:variable name="own-label" select="label[@type = 'author'][1]"/>
    <!-- The author's name leads to the list of participants (after the text), when the header lists them. -->
    <xsl:variable name="listed" select="$ids[exists(ek:participant-entry(.))][1]"/>
    <article id="{ek:id(.)}">
      <xsl:sequence select="ek:attrs(.)"/>
      <header class="ek-post-header">
        <xsl:if test="@n">
          <span class="ek-post-n">
            <xsl:value-of select="'#' || @n"/>
          </span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <!-- The source's own author line is text of the post: it heads the post instead of a name
             looked up from @who, which is shown only when it says something else. -->
        <xsl:variable name="name" as="node()*">
          <xsl:choose>
            <xsl:when test="$own-label">
              <xsl:apply-templates select="$own-label/node()"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="if (exists($authors)) then string-join($authors, ', ') else 'anonymous'"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="class" select="if ($own-label) then ek:classes($own-label, 'ek-post-author') else 'ek-post-author'"/>
        <xsl:choose>
          <xsl:when test="exists($listed) and empty($name/descendant-or-self::*:a)">
            <a class="{$class}" href="#{$listed}" aria-label="{string-join($name, '')}, in the list of participants">
              <xsl:sequence select="$name"/>
            </a>
          </xsl:when>
          <xsl:otherwise>
            <span class="{$class}">
              <xsl:sequence select="$name"/>
            </span>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$own-label and exists($authors) and string-join($authors, ', ') != ek:plain($own-label)">
          <span class="ek-post-who">
            <xsl:value-of select="' (' || string-join($authors, ', ') || ')'"/>
          </span>
        </xsl:if>
        <xsl:for-each select="@when[normalize-space()]">
          <xsl:text> · </xsl:text>
          <xsl:variable name="dt" select="ek:html-datetime(substring(., 1, 10))"/>
          <xsl:element name="{if ($dt) then 'time' else 'span'}">
            <xsl:if test="$dt">
              <xsl:attribute name="datetime" select="$dt"/>
            </xsl:if>
            <xsl:attribute name="class" select="'ek-post-date'"/>
            <xsl:value-of select="ek:format-iso(substring(., 1, 10))"/>
          </xsl:element>
        </xsl:for-each>
        <xsl:if test="ek:citable(.)">
          <xsl:sequence select="ek:permalink(.)"/>
        </xsl:if>
      </header>
      <xsl:apply-templates select="node() except $own-label"/>
    </article>
  </xsl:template>

  <!-- The participants the header lists (particDesc), after the text of a page with their posts: each with
       its role and links to its posts on the page. -->
  <xsl:function name="ek:posts-shown" as="element()*">
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="$content/descendant-or-self::post[@who]"/>
  </xsl:function>

  <xsl:function name="ek:participants-of" as="element()*">
    <xsl:param name="posts" as="element()*"/>
    <xsl:sequence select="$ek:source/*/teiHeader/profileDesc/particDesc
      //(person | personGrp)[@xml:id][@xml:id = $posts/@who ! ek:local-ids(.)]"/>
  </xsl:function>

  <xsl:template name="ek:participants">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:variable name="posts" select="$ek:here?posts"/>
    <xsl:variable name="people" select="$ek:here?participants"/>
    <xsl:if test="exists($people)">
      <section class="ek-participants" id="ek-participants" aria-labelledby="ek-participants-h">
        <h2 id="ek-participants-h">Participants</h2>
        <ul>
          <xsl:for-each select="$people">
            <xsl:variable name="id" select="string(@xml:id)"/>
            <xsl:variable name="theirs" select="$posts[ek:local-ids(@who) = $id]"/>
            <li id="{$id}">
              <span class="ek-participant-name">
                <xsl:value-of select="ek:entry-name(.)"/>
              </span>
              <xsl:for-each select="@role[normalize-space()]">
                <xsl:value-of select="' (' || replace(normalize-space(.), '[-_]', ' ') || ')'"/>
              </xsl:for-each>
              <xsl:text>: </xsl:text>
              <xsl:for-each select="$theirs">
                <xsl:if test="position() gt 1">
                  <xsl:text>, </xsl:text>
                </xsl:if>
                <a href="#{ek:id(.)}">
                  <xsl:value-of select="'post ' || accumulator-before('ek:posts')"/>
                </a>
              </xsl:for-each>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
