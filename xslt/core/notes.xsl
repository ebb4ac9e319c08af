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
  xmlns:v="urn:x-tei-edition:variable"
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
       only, in reading order (those with words); a part that is a note is its own. A note kept
       apart is the part's where its place is (f:notes-at). -->
  <xsl:function name="f:notes-in" as="element(note)*">
    <xsl:param name="parts" as="element()*"/>
    <xsl:sequence select="
      if (not($v:has-moved-notes)) then $parts/descendant-or-self::note[not(ancestor::note)][normalize-space() or not(f:note-is-empty(.))]
      else for $x in $parts/descendant-or-self::*[self::note[not(ancestor::note)][normalize-space() or not(f:note-is-empty(.))] or @xml:id]
        return if ($x/self::note[f:note-is-moved(.)]) then () else ($x/self::note, f:notes-at($x))"/>
  </xsl:function>

  <!-- A note kept apart from the text (in a division of notes at the back, a noteGrp) whose
       @target points to a place in a phrase of the text (TEI Guidelines 3.9.1.1): both
       layers set its marker after the element it points to (an anchor, a word), and nothing
       where it is kept. One pointing to a block (a line, a paragraph) or a break stays where
       it is kept: the layers set those by rules of their own, with no place for a marker. -->
  <xsl:function name="f:note-is-moved" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="exists($note/@target) and (some $n in key('k:notes-by-target', f:note-place-id($note), root($note)) satisfies $n is $note)
      and exists(key('k:id', f:note-place-id($note), root($note))[ancestor::text][not(ancestor-or-self::note)][not(self::lb | self::pb | self::cb)][not(f:is-block(.))])"/>
  </xsl:function>
  <xsl:function name="f:note-place-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="replace(string(tokenize(normalize-space($note/@target), ' ')[1]), '^#', '')"/>
  </xsl:function>
  <!-- The notes kept apart that point to an element, in their order. -->
  <xsl:function name="f:notes-at" as="element(note)*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id and not($e/ancestor-or-self::note)) then key('k:notes-by-target', string($e/@xml:id), root($e))[normalize-space() or not(f:note-is-empty(.))][f:note-is-moved(.)] else ()"/>
  </xsl:function>
  <!-- Whether all a part holds, but its headings, is notes set elsewhere: nothing left to show. -->
  <xsl:function name="f:holds-only-moved-notes" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e//note[f:note-is-moved(.)]) and empty($e//text()[normalize-space()][not(ancestor::head)][not(ancestor::note[f:note-is-moved(.)])])
      and empty($e//(graphic | figure | table | media))"/>
  </xsl:function>
  <xsl:variable name="v:has-moved-notes" as="xs:boolean" select="exists(//text//note[@target][f:note-is-moved(.)])"/>

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
