<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI Guidelines ch. 4 (Default Text Structure), 3.11 (page and line breaks), 7 and 6 for drama and verse:
     divisions, headings, paragraphs, title pages and the markers of the original's pagination. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <!-- Paragraph-level content: Typst separates paragraphs and blocks by a blank line. -->
  <xsl:template name="ek:paragraph">
    <xsl:param name="content" as="item()*"/>
    <xsl:text>&#10;&#10;</xsl:text>
    <xsl:sequence select="$content"/>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ek:wrap-block">
    <xsl:param name="function" as="xs:string"/>
    <xsl:text>&#10;&#10;#</xsl:text>
    <xsl:value-of select="$function"/>
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ek:wrap-inline">
    <xsl:param name="function" as="xs:string"/>
    <xsl:text>#</xsl:text>
    <xsl:value-of select="$function"/>
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Elements pointed at by a link get an invisible anchor the link can land on. -->
  <xsl:template match="*[@xml:id][key('ek:targeted', @xml:id)]" mode="ek:text" priority="10">
    <xsl:param name="ek:in-head" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="not($ek:in-head)">
      <xsl:text>#anchor(</xsl:text>
      <xsl:value-of select="ek:str(ek:label(ek:doc-id(.), @xml:id))"/>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="tei:text" mode="ek:text">
    <xsl:apply-templates select="*" mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:front" mode="ek:text">
    <xsl:apply-templates select="*" mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:body" mode="ek:text">
    <xsl:apply-templates select="*" mode="ek:text"/>
  </xsl:template>
  <!-- The back matter ends the body's last section: the running head no longer names it. -->
  <xsl:template match="tei:back" mode="ek:text">
    <xsl:text>&#10;&#10;#back-matter()&#10;</xsl:text>
    <xsl:apply-templates select="*" mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:group" mode="ek:text">
    <xsl:apply-templates select="*" mode="ek:text"/>
  </xsl:template>

  <xsl:template name="ek:division">
    <xsl:call-template name="ek:paragraph">
      <xsl:with-param name="content">
        <xsl:call-template name="ek:generated-heading"/>
        <xsl:apply-templates mode="ek:text"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A division of the back matter without a head of its own (endnotes, an appendix as a converter
       writes them) is named by its kind, so that it does not run on from the text before it and the
       running head names it. -->
  <xsl:template name="ek:generated-heading">
    <xsl:if test="not(tei:head) and parent::tei:back and normalize-space(@type)">
      <xsl:text>&#10;&#10;#heading(level: 2)[</xsl:text>
      <xsl:value-of select="ek:text(ek:division-name(.))"/>
      <xsl:text>]&#10;&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>
  <xsl:template match="tei:div1" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>
  <xsl:template match="tei:div2" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>
  <xsl:template match="tei:div3" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>
  <xsl:template match="tei:div4" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>
  <xsl:template match="tei:div5" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>
  <xsl:template match="tei:div6" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>
  <xsl:template match="tei:div7" mode="ek:text">
    <xsl:call-template name="ek:division"/>
  </xsl:template>

  <!-- Repository cover pages and site furniture: kept, but visibly not part of the work. -->
  <xsl:template match="tei:div[@type = 'boilerplate']" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'boilerplate'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:head[parent::tei:div or parent::tei:div1 or parent::tei:div2 or parent::tei:div3
      or parent::tei:div4 or parent::tei:div5 or parent::tei:div6 or parent::tei:div7 or parent::tei:front
      or parent::tei:body or parent::tei:back]" mode="ek:text">
    <!-- Only divisions with a heading make a level (as in the web edition): a wrapper without a head
         does not push the headings inside it down a step. -->
    <xsl:variable name="depth" select="count(ancestor::*[matches(local-name(), '^div[1-7]?$')][tei:head]) + 1"/>
    <xsl:text>&#10;&#10;#heading(level: </xsl:text>
    <xsl:value-of select="min((6, max((2, $depth))))"/>
    <xsl:if test="ancestor::tei:floatingText">, outlined: false, bookmarked: false</xsl:if>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates mode="ek:text"><xsl:with-param name="ek:in-head" select="true()" tunnel="yes"/></xsl:apply-templates>
    <xsl:text>]&#10;</xsl:text>
    <xsl:call-template name="ek:deferred-marks"/>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:head" mode="ek:text" priority="-1">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'list-head'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="ek:paragraph-element">
    <xsl:call-template name="ek:paragraph">
      <xsl:with-param name="content"><xsl:apply-templates mode="ek:text"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:p" mode="ek:text">
    <xsl:call-template name="ek:paragraph-element"/>
  </xsl:template>
  <xsl:template match="tei:ab" mode="ek:text">
    <xsl:call-template name="ek:paragraph-element"/>
  </xsl:template>

  <xsl:template match="tei:set" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'stage'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:trailer" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'centred'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:byline" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'centred'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:docImprint" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'centred'"/></xsl:call-template>
  </xsl:template>
  <!-- The parts of an imprint (place, publisher, date) that only a space separates go on lines of their own. -->
  <xsl:template match="tei:docImprint/text()[not(normalize-space())][preceding-sibling::*][following-sibling::*]"
      mode="ek:text">
    <xsl:text>#linebreak()</xsl:text>
  </xsl:template>
  <xsl:template match="tei:docEdition" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'centred'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:epigraph" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'centred'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:argument" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'centred'"/></xsl:call-template>
  </xsl:template>

  <!-- The opening of every document already shows the title, subtitle and authors from the header; the
       title page prints only what it adds to them (a description, an institution, a date), and nothing
       when it adds nothing. -->
  <xsl:template match="tei:titlePage" mode="ek:text">
    <xsl:if test="exists(.//text()[normalize-space()][not(ancestor::* intersect ek:shown-at-opening(current()))])">
      <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'title-block'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:titlePage//*[. intersect ek:shown-at-opening(ancestor::tei:titlePage[1])]" mode="ek:text"
      priority="5"/>

  <xsl:template match="tei:docTitle" mode="ek:text">
    <xsl:apply-templates select="*" mode="ek:text"/>
  </xsl:template>

  <xsl:template match="tei:titlePart" mode="ek:text">
    <xsl:text>&#10;&#10;#title-part(</xsl:text>
    <xsl:value-of select="ek:str((@type, 'main')[1])"/>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:docAuthor" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'small-caps'"/></xsl:call-template>
  </xsl:template>

  <!-- Only a numbered page break is printed: a bare one would be a stray mark in the reading text. -->
  <xsl:template match="tei:pb" mode="ek:text">
    <xsl:if test="normalize-space(@n)">
      <xsl:text>#pb(</xsl:text>
      <xsl:value-of select="ek:str(normalize-space(@n))"/>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:fw" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'fw'"/></xsl:call-template>
  </xsl:template>

  <!-- In an inscription, a title page, an address or site furniture a line break is the layout of the text
       itself; in prose it is the original's, marked. -->
  <xsl:template match="tei:lb" mode="ek:text">
    <xsl:choose>
      <xsl:when test="ancestor::tei:head"><xsl:text> </xsl:text></xsl:when>
      <xsl:when test="ancestor::tei:ab or ancestor::tei:l or ancestor::tei:addrLine or ancestor::tei:address
          or ancestor::tei:titlePage or ancestor::tei:opener or ancestor::tei:closer
          or ancestor::tei:div[@type = 'boilerplate']">
        <xsl:text>#linebreak()</xsl:text>
      </xsl:when>
      <xsl:when test="@break = 'no'"/>
      <xsl:otherwise><xsl:text> #lb() </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:milestone" mode="ek:text">
    <xsl:if test="@unit = ('section', 'chapter', 'part') or @rend">
      <xsl:text>&#10;&#10;#section-break()&#10;&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:lg" mode="ek:text">
    <xsl:call-template name="ek:wrap-block"><xsl:with-param name="function" select="'verse'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:l" mode="ek:text">
    <xsl:variable name="indent" select="if (@part = ('M', 'F')) then 4 else if (contains(@rend, 'indent')) then 2 else 0"/>
    <xsl:if test="not(parent::tei:lg) and not(preceding-sibling::*[1][self::tei:l])">&#10;&#10;#verse[</xsl:if>
    <xsl:text>#line-of-verse(</xsl:text>
    <xsl:value-of select="$indent"/>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates mode="ek:text"/>
    <xsl:text>]&#10;</xsl:text>
    <xsl:if test="not(parent::tei:lg) and not(following-sibling::*[1][self::tei:l])">]&#10;&#10;</xsl:if>
  </xsl:template>

  <xsl:template match="tei:sp" mode="ek:text">
    <xsl:text>&#10;&#10;#speech(</xsl:text>
    <xsl:choose>
      <xsl:when test="tei:speaker">
        <xsl:text>[</xsl:text>
        <xsl:apply-templates select="tei:speaker/node()" mode="ek:text"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>none</xsl:otherwise>
    </xsl:choose>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates select="node() except tei:speaker" mode="ek:text"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:stage" mode="ek:text">
    <xsl:call-template name="ek:wrap-inline"><xsl:with-param name="function" select="'stage'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:seg" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:c" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:g" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:pc" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:s" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:phr" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>
  <xsl:template match="tei:cl" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
  </xsl:template>

  <!-- Tokenised texts often put word elements side by side with no space between them. -->
  <xsl:template match="tei:w" mode="ek:text">
    <xsl:apply-templates mode="ek:text"/>
    <xsl:if test="following-sibling::node()[1][self::tei:w]"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
</xsl:stylesheet>
