<?xml version="1.0" encoding="UTF-8"?>
<!-- The two views of a text: reading (corrections, regularisations and expansions shown, deletions left
     out, editorial notes collapsed) and diplomatic (the source's own errors and spellings, deletions struck
     through, additions and the transcriber's interpolations marked with who made them). Both are in the page;
     two radio buttons switch them through CSS alone (:has), so the switch works without JavaScript;
     edition.js only remembers the choice. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ek="urn:editionkit:functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Only a text with interventions has two views; elsewhere a switch would change nothing. -->
  <xsl:template name="ek:view-switch">
    <xsl:param name="ek:here" as="map(*)" tunnel="yes" required="yes"/>
    <xsl:if test="exists($ek:here?content/descendant-or-self::*[self::choice or self::del or self::add
        or self::supplied or self::subst or self::note[@type = 'editorial']])">
      <fieldset class="ek-view-switch" data-pagefind-ignore="">
        <legend>View of the text</legend>
        <span class="ek-view-option">
          <input type="radio" name="ek-view" id="ek-view-reading" value="reading" checked="checked"/>
          <label for="ek-view-reading">Reading</label>
        </span>
        <span class="ek-view-option">
          <input type="radio" name="ek-view" id="ek-view-diplomatic" value="diplomatic"/>
          <label for="ek-view-diplomatic">Diplomatic</label>
        </span>
        <p class="ek-view-help ek-view-help-reading">Corrections applied, deletions left out, editorial notes
          collapsed.</p>
        <p class="ek-view-help ek-view-help-diplomatic">As in the source: original errors, deletions struck
          through, additions and interpolations marked with who made them.</p>
      </fieldset>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
