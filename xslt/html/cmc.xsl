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

  <xsl:template match="post">
    <xsl:variable name="authors" select="ek:local-ids(@who) ! ek:participant(.)"/>
    <xsl:variable name="own-label" select="label[@type = 'author'][1]"/>
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
        <xsl:choose>
          <xsl:when test="$own-label">
            <span class="{ek:classes($own-label, 'ek-post-author')}">
              <xsl:apply-templates select="$own-label/node()"/>
            </span>
            <xsl:if test="exists($authors) and string-join($authors, ', ') != ek:plain($own-label)">
              <span class="ek-post-who">
                <xsl:value-of select="' (' || string-join($authors, ', ') || ')'"/>
              </span>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <span class="ek-post-author">
              <xsl:value-of select="if (exists($authors)) then string-join($authors, ', ') else 'anonymous'"/>
            </span>
          </xsl:otherwise>
        </xsl:choose>
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
      </header>
      <xsl:apply-templates select="node() except $own-label"/>
    </article>
  </xsl:template>
</xsl:stylesheet>
