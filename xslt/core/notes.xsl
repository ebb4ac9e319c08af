<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes: whose they are (author, translator or publisher, editor), how they are numbered and
  how they are labelled. The numbers are the witness's own ([36]); notes added by this edition
  have none and are lettered within their chapter (a, b, ...), so no printed number is invented.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:k="urn:x-tei-edition:key"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- author | translator | editorial | other, from @type (docs/tei-conventions.md, Notes). -->
  <xsl:function name="f:note-kind" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if ($note/@type = ('author', 'translator', 'editorial')) then string($note/@type) else 'other'"/>
  </xsl:function>

  <!-- A note with no words (a pointer a project keeps for its own links, <note type="…"
       target="…"/>): nothing to read, so no marker, no footnote and no letter of its own. -->
  <xsl:function name="f:note-is-empty" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="not(normalize-space($note)) and empty($note//*[not(self::lb | self::pb | self::cb | self::milestone | self::anchor)])"/>
  </xsl:function>

  <!-- The notes of parts of the text (a chapter with what its page shows around it), outermost
       only, in reading order (those with words); a part that is a note is its own. -->
  <xsl:function name="f:notes-in" as="element(note)*">
    <xsl:param name="parts" as="element()*"/>
    <xsl:sequence select="$parts/descendant-or-self::note[not(ancestor::note)][normalize-space() or not(f:note-is-empty(.))]"/>
  </xsl:function>

  <!-- The mark of a note: its printed number, or a letter for a note without one, counted
       within its chapter (else the whole text) among the notes so lettered. -->
  <xsl:function name="f:note-mark" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="
      if (normalize-space($note/@n)) then normalize-space($note/@n)
      else format-integer(count(key('k:lettered-notes', generate-id(f:note-scope($note)), root($note))[. &lt;&lt; $note]) + 1, 'a')"/>
  </xsl:function>

  <!-- The notes lettered a, b, c ... by the part they are counted in: an index built once, where
       walking the whole part for every note made a long text with many notes quadratic (a
       dictionary of 2,000 entries: 4 s for its search documents alone). -->
  <xsl:key name="k:lettered-notes" match="note[not(normalize-space(@n))][not(ancestor::note)][normalize-space() or not(f:note-is-empty(.))]"
    use="generate-id(f:note-scope(.))"/>
  <!-- (the text, not the whole file: a note of the header, a summary in notesStmt, takes no
       letter from the notes of the text) -->
  <xsl:function name="f:note-scope" as="element()">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="($note/ancestor::div[@type = 'chapter'][1], $note/ancestor::text[last()], root($note)/*)[1]"/>
  </xsl:function>

  <!-- Who wrote a note, for a reader: the author's, with the name @resp points to ... -->
  <xsl:function name="f:note-kind-label" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:variable name="who" select="f:resp-name($note/@resp)"/>
    <xsl:variable name="kind" select="f:note-kind($note)"/>
    <xsl:sequence select="
      if ($kind eq 'author') then concat(f:s('note-author'), if ($who) then concat(' (', $who, ')') else '')
      else if ($kind eq 'translator') then concat(f:s('note-translator'), if ($who) then concat(' (', $who, ')') else '')
      else if ($kind eq 'editorial') then f:s('note-editorial')
      else f:s('note')"/>
  </xsl:function>

  <!-- A short label for a note's marker: "Note 36: Author's note (the author's name)". -->
  <xsl:function name="f:note-title" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="f:s('note-title', (f:note-mark($note), f:note-kind-label($note)))"/>
  </xsl:function>

  <!-- A note that has no marker in the witness (the up-conversion could not place it). -->
  <xsl:function name="f:note-is-unanchored" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="$note/@subtype = 'unanchored'"/>
  </xsl:function>

</xsl:stylesheet>
