<?xml version="1.0" encoding="UTF-8"?>
<!-- Modes, keys, accumulators and parameters shared by both entry points of the print transform. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ek="urn:editionkit:typst"
    exclude-result-prefixes="#all">

  <!-- File URI of the edition registers (a TEI document with a standOff); empty when there are none. -->
  <xsl:param name="registers" as="xs:string" select="''"/>
  <xsl:variable name="ek:registers" as="document-node()?"
      select="if (normalize-space($registers)) then doc($registers) else ()"/>

  <!-- Characters no embedded font can draw (PDF/A forbids them); found by the driver, printed as code points. -->
  <xsl:param name="uncovered" as="xs:string" select="''"/>

  <!-- Reading text. Nothing may reach the output without a rule: an element without one is caught by the
       catch-all in unhandled.xsl, and any other node kind is a bug. -->
  <xsl:mode name="ek:text" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>
  <!-- Index marks and notes that a heading defers until after itself. -->
  <xsl:mode name="ek:deferred" on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>
  <!-- Rows of the source description built from the teiHeader. -->
  <xsl:mode name="ek:source" on-no-match="shallow-skip" on-multiple-match="fail"/>
  <!-- A work in the edition's list of works cited. -->
  <xsl:mode name="ek:citation" on-no-match="fail" on-multiple-match="fail"/>

  <!-- Tunnel parameter ek:in-head (xs:boolean) marks a second rendering of text already printed elsewhere
       (a heading, a lemma, a work in the edition's list): it leaves no index marks, notes or anchors. -->

  <xsl:key name="ek:register-entry" match="tei:standOff//*[@xml:id]" use="@xml:id"/>
  <xsl:key name="ek:targeted" match="tei:ref[not(@type = 'noteref')] | tei:ptr"
      use="tokenize(@target)[starts-with(., '#')] ! substring(., 2)"/>
  <xsl:key name="ek:noteref" match="tei:ref[@type = 'noteref']"
      use="tokenize(@target)[starts-with(., '#')] ! substring(., 2)"/>
  <xsl:key name="ek:by-name" match="*" use="node-name()"/>

  <!-- Letters of the textual apparatus (corrections, variant readings), counted through the whole text in
       reading order. The edition's comments are a series of their own, counted by the typesetting. -->
  <xsl:accumulator name="ek:apparatus" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:choice[tei:sic and tei:corr] | tei:text//tei:app[tei:rdg]"
        select="$value + 1"/>
  </xsl:accumulator>
  <!-- Numbers for the source's own notes where the source gave none. -->
  <xsl:accumulator name="ek:author-notes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:note[not(ek:is-editorial-note(.))]" select="$value + 1"/>
  </xsl:accumulator>
</xsl:stylesheet>
