<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes. In the text a note is its marker, a link to the note (doc-noteref); the notes of a
  chapter follow it as a list (doc-endnotes), each with a link back to its marker. With
  JavaScript the marker opens the note as a pop-up instead (assets/edition.js). Who wrote a
  note (the author, a translator or publisher, this edition) is labelled and styled by class.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:a="urn:x-tei-edition:accumulator"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:footnote" on-no-match="fail"/>

  <!-- The id of a note in HTML, and of its marker: its own id, else its rank among the notes of
       the document (an accumulator: one walk; counting the preceding notes of every note made
       a page of many notes in a long text quadratic, 13 s for 2,000 dictionary entries). A note
       inside a note ranks after the one around it. -->
  <xsl:function name="f:note-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="(f:own-id($note), concat('note-', if (root($note) is root($v:tei)) then $note/accumulator-before('a:note-rank') else count($note/preceding::note) + 1))[1]"/>
  </xsl:function>

  <xsl:accumulator name="a:note-rank" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="note" select="$value + 1"/>
  </xsl:accumulator>

  <!-- A note with no words shows nothing (f:notes-in leaves it out of the footnotes too). -->
  <xsl:template match="note[not(normalize-space())][f:note-is-empty(.)]" mode="m:html" priority="3"/>

  <!-- A note inside a note is read where it stands, in brackets. -->
  <xsl:template match="note[ancestor::note]" mode="m:html" priority="1">
    <span class="note-inner">(<xsl:apply-templates mode="m:html"/>)</span>
  </xsl:template>

  <!-- A note kept apart from the text has its marker at the place it points to (core
       f:note-is-moved), after the element there; where it is kept, nothing. -->
  <xsl:template match="note[$v:has-moved-notes][f:note-is-moved(.)]" mode="m:html" priority="2.5"/>
  <xsl:template match="*[@xml:id][$v:has-moved-notes][exists(f:notes-at(.))]" mode="m:html" priority="10">
    <xsl:next-match/>
    <xsl:for-each select="f:notes-at(.)"><xsl:call-template name="note-marker"/></xsl:for-each>
  </xsl:template>

  <!-- The marker where the note stands. -->
  <xsl:template match="note" mode="m:html" name="note-marker">
    <xsl:variable name="id" select="f:note-id(.)"/>
    <a class="noteref noteref-{f:note-kind(.)}" id="ref-{$id}" href="#{$id}" role="doc-noteref" aria-label="{f:note-title(.)}">
      <sup><xsl:value-of select="if (normalize-space(@n)) then concat('[', f:note-mark(.), ']') else f:note-mark(.)"/></sup>
    </a>
  </xsl:template>

  <!-- The notes of the chapter in the context, after its text. -->
  <xsl:template name="footnotes">
    <!-- what the page shows around the part (a chapter's f:chapter-lead and f:chapter-tail) -->
    <xsl:param name="lead" as="node()*" select="()"/>
    <xsl:param name="tail" as="node()*" select="()"/>
    <xsl:variable name="notes" select="f:notes-in(($lead[self::*], ., $tail[self::*]))"/>
    <xsl:variable name="id" select="(f:own-id(.), f:unit-id(.))[1]"/>
    <xsl:if test="exists($notes)">
      <section class="footnotes" role="doc-endnotes" aria-labelledby="{$id}-notes">
        <h2 id="{$id}-notes"><xsl:value-of select="f:s('notes')"/></h2>
        <ol class="notes">
          <xsl:apply-templates select="$notes" mode="m:footnote"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="note" mode="m:footnote">
    <xsl:variable name="id" select="f:note-id(.)"/>
    <li id="{$id}" class="note note-{f:note-kind(.)}">
      <p class="note-kind"><xsl:value-of select="f:note-kind-label(.)"/></p>
      <div class="note-body">
        <xsl:choose>
          <xsl:when test="some $c in * satisfies f:is-block($c)">
            <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><p><xsl:apply-templates mode="m:html"/></p></xsl:otherwise>
        </xsl:choose>
      </div>
      <p class="backlink"><a href="#ref-{$id}" role="doc-backlink"><xsl:value-of select="f:s('back-to-text')"/><span class="visually-hidden"> (<xsl:value-of select="f:s('note-n', f:note-mark(.))"/>)</span></a></p>
    </li>
  </xsl:template>

  <!-- The printed number at the start of a note ("[36]") stays as it is printed. -->
  <xsl:template match="note//label" mode="m:html" priority="2">
    <span class="note-label"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

</xsl:stylesheet>
