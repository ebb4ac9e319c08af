<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes as footnotes. The author's and the translator's notes keep the numbers the witness
  prints ([36] becomes footnote 36, never renumbered); the translator's are marked "Tr.".
  This edition's notes are a second series, lettered within each chapter and marked "Ed."
  (f:note-mark in the core). Readings and corrections inside a note are keyed to the note
  ("n. 47") in the apparatus, set after the note's marker in the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="note" mode="m:print-inline">
    <xsl:variable name="kind" select="f:note-kind(.)"/>
    <xsl:variable name="mark" select="f:note-mark(.)"/>
    <xsl:choose>
      <xsl:when test="$kind eq 'editorial'">
        <xsl:text>#editorial-note(</xsl:text>
        <xsl:value-of select="f:typst-string($mark)"/>
        <xsl:text>)[</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>#text-note(</xsl:text>
        <xsl:value-of select="f:typst-string($mark)"/>
        <xsl:text>, kind: </xsl:text>
        <xsl:value-of select="f:typst-string($kind)"/>
        <xsl:text>)[</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="note-body"/>
    <xsl:text>]</xsl:text>
    <!-- The apparatus of the note's own readings and corrections. -->
    <xsl:apply-templates select=".//(app | choice[corr])[ancestor::note[1] is current()]" mode="m:print-apparatus">
      <xsl:with-param name="key" select="concat('n. ', $mark)" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- The paragraphs of a note, separated by paragraph breaks inside the footnote. -->
  <xsl:template name="note-body">
    <xsl:choose>
      <xsl:when test="p">
        <xsl:for-each select="p">
          <xsl:if test="position() gt 1">
            <xsl:text>&#10;&#10;</xsl:text>
          </xsl:if>
          <xsl:apply-templates mode="m:print-inline">
            <xsl:with-param name="in-note" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="m:print-inline">
          <xsl:with-param name="in-note" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
