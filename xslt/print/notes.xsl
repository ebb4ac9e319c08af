<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes as footnotes. The author's and the translator's notes keep the numbers the witness
  prints ([36] becomes footnote 36, never renumbered); the translator's are marked "Tr.".
  This edition's notes are a second series, lettered within each chapter and marked "Ed."
  (f:note-mark in the core). Readings and corrections inside a note are keyed to the note
  ("n. 12") in the apparatus, set after the note's marker in the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A note with no words (a pointer kept for a project's own links) has nothing to print,
       wherever it stands. -->
  <xsl:template match="note[not(normalize-space())][f:note-is-empty(.)]" mode="m:print-block m:print-inline" priority="3"/>

  <!-- A note inside a note is read where it stands, in brackets (a footnote cannot hold one). -->
  <xsl:template match="note[ancestor::note]" mode="m:print-inline" priority="1">
    <xsl:text>#"("</xsl:text>
    <xsl:call-template name="note-body"/>
    <xsl:text>#")"</xsl:text>
  </xsl:template>

  <!-- A note kept apart from the text is printed at the place it points to (core
       f:note-is-moved): a footnote after the word or anchor there; where it is kept, nothing. -->
  <xsl:template match="note[$v:has-moved-notes][f:note-is-moved(.)]" mode="m:print-block m:print-inline" priority="2.5"/>
  <xsl:template match="*[@xml:id][$v:has-moved-notes][exists(f:notes-at(.))]" mode="m:print-inline" priority="10">
    <xsl:next-match/>
    <xsl:for-each select="f:notes-at(.)"><xsl:call-template name="footnote"/></xsl:for-each>
  </xsl:template>

  <xsl:template match="note" mode="m:print-inline" name="footnote">
    <xsl:variable name="kind" select="f:note-kind(.)"/>
    <xsl:variable name="mark" select="f:note-mark(.)"/>
    <xsl:choose>
      <xsl:when test="$kind eq 'editorial'">
        <xsl:text>#editorial-note(</xsl:text>
        <xsl:value-of select="f:typst-string($mark)"/>
        <xsl:text>, label: </xsl:text>
        <xsl:value-of select="f:typst-string(f:s('ed'))"/>
        <xsl:text>)[</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>#text-note(</xsl:text>
        <xsl:value-of select="f:typst-string($mark)"/>
        <xsl:text>, kind: </xsl:text>
        <xsl:value-of select="f:typst-string($kind)"/>
        <xsl:if test="$kind eq 'translator'">
          <xsl:text>, label: </xsl:text>
          <xsl:value-of select="f:typst-string(f:s('tr'))"/>
        </xsl:if>
        <xsl:text>)[</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="note-body"/>
    <xsl:text>]</xsl:text>
    <xsl:call-template name="note-apparatus"><xsl:with-param name="mark" select="$mark"/></xsl:call-template>
    <!-- a mark before a word (a marginal note at the start of a line) stands a hair's breadth
         from it, as book.typ's mark-gap sets one from the word before -->
    <xsl:if test="following-sibling::node()[1][self::text()][matches(., '^[\p{L}\p{N}]')]">#h(0.2em)</xsl:if>
  </xsl:template>

  <!-- The apparatus of a note's own readings and corrections, keyed to the note. -->
  <xsl:template name="note-apparatus">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:apply-templates select=".//(app | choice[corr])[ancestor::note[1] is current()]" mode="m:print-apparatus">
      <xsl:with-param name="key" select="f:s('note-key', $mark)" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- A note between blocks (a marginal note beside a paragraph, an editor's note after one)
       has no line for a footnote marker: it is printed where it stands, set off, after the
       mark and label it has in the web edition. -->
  <xsl:template match="note" mode="m:print-block">
    <xsl:variable name="mark" select="f:note-mark(.)"/>
    <xsl:text>#block-note(</xsl:text>
    <xsl:value-of select="f:typst-string($mark)"/>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="f:typst-string(f:note-kind-label(.))"/>
    <xsl:text>)[</xsl:text>
    <xsl:call-template name="note-body"/>
    <xsl:text>]&#10;&#10;</xsl:text>
    <xsl:call-template name="note-apparatus"><xsl:with-param name="mark" select="$mark"/></xsl:call-template>
  </xsl:template>

  <!-- The paragraphs of a note, separated by paragraph breaks inside the footnote. -->
  <xsl:template name="note-body">
    <!-- its blocks (paragraphs) and its runs of text between them, each a paragraph of the
         footnote -->
    <xsl:for-each-group select="node()[not(self::text()[f:is-layout(.)] | self::comment() | self::processing-instruction())]" group-adjacent="if (self::*[f:is-block(.)]) then generate-id() else 'run'">
      <xsl:if test="position() gt 1">
        <xsl:text>&#10;&#10;</xsl:text>
      </xsl:if>
      <xsl:apply-templates select="if (current-grouping-key() eq 'run') then current-group() else current-group()/node()" mode="m:print-inline">
        <xsl:with-param name="in-note" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:for-each-group>
  </xsl:template>

  <!-- In a manuscript description a note is part of the description (its catalogue's remarks),
       not a footnote. -->
  <xsl:template match="msDesc//note[not(ancestor::note)]" mode="m:print-inline" priority="2">
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>
  <!-- (and its headings, of the description or of a list it cites, are lines of it, not
       headings of the book) -->
  <xsl:template match="msDesc//head" mode="m:print-block" priority="3">
    <xsl:call-template name="paragraph"/>
  </xsl:template>
  <xsl:template match="msDesc//note[not(ancestor::note)]" mode="m:print-block" priority="2">
    <xsl:call-template name="blocks-and-runs"/>
  </xsl:template>

</xsl:stylesheet>
