<?xml version="1.0" encoding="UTF-8"?>
<!--
  Search: the documents the client-side index is built from (one per paragraph, heading,
  list item, speech, note and register entry: its text, the regularised names it mentions
  and its address), and the search page. The page indexes them with MiniSearch when it opens
  (src/render/html/search-index.ts hands them over from search-docs.tsv); no server is involved.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:k="urn:x-tei-edition:key"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:function name="f:search-docs" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:for-each select="if ($tei is $v:tei) then $v:chapters else f:pages($tei)">
      <xsl:variable name="page" select="f:chapter-heading(.)"/>
      <!-- with what stands outside the chapters around it (a part's title), shown on its page -->
      <xsl:apply-templates select="(if (f:has-lead(.)) then f:chapter-lead(.)[self::*] else ()), *,
        if (f:has-lead(.)) then f:chapter-tail(.)[self::*] else ()" mode="m:search-units">
        <xsl:with-param name="page" select="$page" tunnel="yes"/>
        <xsl:with-param name="anchor" select="ancestor-or-self::*[exists(f:own-id(.))][1] ! f:own-id(.)" tunnel="yes"/>
        <!-- every unit of a chapter is on its page (chapters do not nest): found once here, not
             per unit (f:page-file looks for the chapter among the ancestors of each) -->
        <xsl:with-param name="file" select="f:page-file(.)" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:for-each select="f:notes-in((if (f:has-lead(.)) then (f:chapter-lead(.), f:chapter-tail(.))[self::*] else (), .))">
        <xsl:sequence select="f:search-doc(., concat($page, ', ', f:s('note-n', f:note-mark(.))), 'note')"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="$v:registers">
      <xsl:variable name="register" select="."/>
      <xsl:for-each select="$v:entries($register?kind)">
        <xsl:sequence select="f:search-line((
          concat($register?file, '#', f:id-of(.)),
          f:href(.),
          $register?title,
          $register?kind,
          f:reg-name(.),
          normalize-space(string-join((f:entry-forms(.), note[not(@type) or @type = 'description'] ! f:plain(node())), ' · ')),
          f:reg-name(.)))"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:function>

  <!-- A search document as one line of search-docs.tsv: its seven fields (key, address, page,
       kind, title, text, names) in the order src/render/html/search-index.ts reads them,
       apart by tabs; a tab or a new line inside a field is a space. -->
  <xsl:function name="f:search-line" as="xs:string">
    <xsl:param name="fields" as="xs:string+"/>
    <xsl:sequence select="string-join($fields ! translate(., '&#9;&#10;&#13;', '   '), '&#9;')"/>
  </xsl:function>

  <!-- Units of search: the outermost blocks of the text, found by walking down to them (notes
       are units of their own, collected by f:notes-in). -->
  <xsl:mode name="m:search-units" on-no-match="shallow-skip"/>
  <xsl:template match="p | head | item | sp | ab | fw | bibl | signed | l | stage | speaker[not(parent::sp)] | cell | dateline | salute | trailer | byline | docTitle | titlePart | docAuthor | docImprint | figDesc | castItem" mode="m:search-units">
    <xsl:param name="page" as="xs:string" tunnel="yes"/>
    <xsl:param name="file" as="xs:string" tunnel="yes"/>
    <xsl:param name="anchor" as="xs:string?" tunnel="yes"/>
    <xsl:variable name="text" select="f:unit-text(.)"/>
    <xsl:if test="$text">
      <!-- the address as f:href makes it: the element's own id, else its nearest ancestor's -->
      <xsl:sequence select="f:unit-line(., concat($file, '#', f:id-of(.)),
        concat($file, (f:own-id(.), $anchor)[1] ! concat('#', .)), $page, 'text', $text)"/>
    </xsl:if>
  </xsl:template>
  <!-- The text of a unit: f:plain, or in one step where it gives the same (a drama's speech
       is a speaker and lines of text alone: the templates of m:plain cost a second on a
       1.3 MB play). That is a unit of text alone, or of blocks of text alone, apart by
       layout whitespace (what m:plain leaves out, a note or a deletion, is never such a block:
       core/blocks.xsl has them inline). -->
  <xsl:function name="f:unit-text" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="
      if (empty($unit/*)) then normalize-space($unit)
      else if (empty($unit/text()[normalize-space()]) and (every $c in $unit/* satisfies (empty($c/*) and f:is-block($c))))
      then normalize-space(string-join($unit/* ! string(.), ' '))
      else f:plain($unit)"/>
  </xsl:function>

  <!-- On the way down to the units, the nearest id of an ancestor, for the address of a unit
       without its own (found once per container, not per unit and ancestor). -->
  <xsl:template match="*" mode="m:search-units" priority="-1">
    <xsl:param name="anchor" as="xs:string?" tunnel="yes"/>
    <xsl:apply-templates mode="m:search-units">
      <xsl:with-param name="anchor" select="(f:own-id(.), $anchor)[1]" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>
  <xsl:template match="note | text() | teiHeader | standOff | facsimile" mode="m:search-units"/>

  <!-- A note's search document; its key is unique by construction: its page and its HTML id
       (f:note-id), unique in the document. -->
  <xsl:function name="f:search-doc" as="xs:string?">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="page" as="xs:string"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="text" select="f:plain($unit/node())"/>
    <xsl:variable name="at" select="concat(f:page-file($unit), '#', f:note-id($unit))"/>
    <xsl:if test="$text">
      <xsl:sequence select="f:unit-line($unit, $at, $at, $page, $kind, $text)"/>
    </xsl:if>
  </xsl:function>

  <!-- The search line of a unit of the text: its key (page and HTML id: f:id-of, unique in the
       document), address, text and the names it mentions. -->
  <xsl:function name="f:unit-line" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="page" as="xs:string"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="f:search-line(($id, $url, $page, $kind, '', $text,
      string-join(distinct-values(key('k:mentions-within', generate-id($unit), root($unit)) ! f:mention-name(.)), ' · ')))"/>
  </xsl:function>

  <!-- The mentions inside an element, found from the mentions (a few) rather than by walking
       every unit's descendants (all of the text; 0.2 s of a 1.3 MB play's search page). -->
  <xsl:key name="k:mentions-within" match="persName[@ref] | placeName[@ref] | orgName[@ref] | title[@level = 'j'][@ref]"
    use="ancestor::* ! generate-id(.)"/>


  <!-- The regularised name of the entry a mention points to (f:reg-name of f:entry-of), from
       the tables built once for the edition: f:entry-of depends only on @ref (and the
       document), so a @ref found in the text needs no look-up of its own. -->
  <xsl:function name="f:mention-name" as="xs:string?">
    <xsl:param name="m" as="element()"/>
    <xsl:variable name="entry" select="if (root($m) is root($v:tei)) then $v:entry-of-ref(string($m/@ref)) else ()"/>
    <xsl:sequence select="if (exists($entry)) then $v:entry-info($entry)?name else f:entry-of($m) ! f:reg-name(.)"/>
  </xsl:function>

  <xsl:template name="search-page">
    <h1><xsl:value-of select="f:s('search')"/></h1>
    <form class="search-page-form" role="search" action="search.html" method="get">
      <label for="search-q"><xsl:value-of select="f:s('search-words')"/></label>
      <input type="search" id="search-q" name="q"/>
      <button type="submit"><xsl:value-of select="f:s('search')"/></button>
    </form>
    <!-- what the page script says of a search, in the edition's language: {1} the words
         asked for, {2} how many results, {3} how many are shown -->
    <p class="js-only search-status" id="search-status" role="status" aria-live="polite"
      data-type="{f:s('search-type')}" data-indexing="{f:s('search-indexing')}" data-none="{f:s('search-none')}"
      data-one="{f:s('search-one')}" data-many="{f:s('search-many')}" data-first="{f:s('search-first')}"></p>
    <p class="no-js"><xsl:value-of select="f:s('search-no-js')"/>
      <xsl:if test="exists($v:registers)">
        <xsl:text> </xsl:text><xsl:value-of select="f:s('search-no-js-registers')"/><xsl:text> </xsl:text>
        <xsl:for-each select="$v:registers"><a href="{?file}"><xsl:value-of select="?title"/></a><xsl:if test="position() ne last()">, </xsl:if></xsl:for-each>.
      </xsl:if></p>
    <ol class="search-results" id="search-results"></ol>
  </xsl:template>

</xsl:stylesheet>
