<?xml version="1.0" encoding="UTF-8"?>
<!--
  Typst source from XSLT: the only place where edition text becomes Typst.

  Text is never written as Typst markup (where # $ * _ @ < [ ] \ ` // ' " ~ and line starts
  mean something) but as a string literal, "...", embedded in markup as #"...". A string
  literal needs only a few characters escaped; which ones, and how, is the table
  src/render/pdf/typst-escape.ts defines and the renderer passes in as $typst-escapes, so the
  TypeScript and the XSLT apply one set of rules. The property test in
  tests/render/pdf/typst-escape.test.ts checks both against Typst's own reading of them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  exclude-result-prefixes="#all">

  <!-- Character to escape sequence, from typst-escape.ts (xsltEscapeTable()). JavaScript
       objects arrive as maps of untyped atomic values, hence map(*) and the typed copy below. -->
  <xsl:param name="typst-escapes" as="map(*)" required="yes"/>

  <xsl:variable name="v:escapes" as="map(xs:string, xs:string)"
    select="map:merge(map:keys($typst-escapes) ! map:entry(string(.), string($typst-escapes(.))))"/>

  <!-- Every character to escape, as one string: a translate() that removes none of them
       tells that a text needs no escaping (most need none), without a regular expression. -->
  <xsl:variable name="v:escaped-chars" as="xs:string" select="string-join(map:keys($v:escapes), '')"/>

  <!-- A Typst string literal whose value is exactly $s. -->
  <xsl:function name="f:typst-string" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="body" as="xs:string" select="
      if (string-length(translate($s, $v:escaped-chars, '')) eq string-length($s)) then $s
      else string-join(string-to-codepoints($s) ! codepoints-to-string(.) ! (if (map:contains($v:escapes, .)) then $v:escapes(.) else .), '')"/>
    <xsl:sequence select="concat('&quot;', $body, '&quot;')"/>
  </xsl:function>

  <!-- Markup that shows $s exactly as written; nothing for the empty string. -->
  <xsl:function name="f:typst-text" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$s eq ''">
        <xsl:sequence select="''"/>
      </xsl:when>
      <xsl:when test="string-length($s) lt $v:long-run-min or not(matches($s, $v:long-run))">
        <xsl:sequence select="concat('#', f:typst-string($s))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="parts" as="xs:string*">
          <xsl:for-each-group select="analyze-string($s, $v:long-run)/*"
            group-adjacent="exists(self::fn:match[not(matches(., $v:long-run-word))])">
            <xsl:sequence select="if (current-grouping-key()) then f:breakable-run(string(.))
              else concat('#', f:typst-string(string-join(current-group(), '')))"/>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:sequence select="string-join($parts, '')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A word with no place to break, given places to break (empty boxes): the rule and its
       reasons are LONG_RUN in typst-escape.ts, which passes its regular expressions in. -->
  <xsl:param name="typst-long-run" as="map(*)" required="yes"/>
  <xsl:variable name="v:long-run" as="xs:string" select="string($typst-long-run?run)"/>
  <xsl:variable name="v:long-run-min" as="xs:integer" select="xs:integer($typst-long-run?min)"/>
  <xsl:variable name="v:long-run-word" as="xs:string" select="string($typst-long-run?word)"/>
  <xsl:variable name="v:long-run-piece" as="xs:string" select="string($typst-long-run?piece)"/>

  <xsl:function name="f:breakable-run" as="xs:string">
    <xsl:param name="run" as="xs:string"/>
    <xsl:sequence select="string-join(analyze-string($run, $v:long-run-piece)/fn:match ! concat('#', f:typst-string(string(.))), '#box()')"/>
  </xsl:function>

  <!-- The text of a string without its layout: a run of whitespace, a newline included, is
       one space (the core's f:flow-text does the same for a text node, with the TEI's rules
       for layout between blocks and for breaks inside a word). -->
  <xsl:function name="f:without-layout" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace($s, '[&#32;&#9;&#10;&#13;]+', ' ')"/>
  </xsl:function>

  <!-- An id as Typst reads it: a string literal, never code; only XML names are taken as ids
       (an attribute that is not one is no reference to an entry). -->
  <xsl:function name="f:typst-id" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if ($id castable as xs:NCName) then f:typst-string($id) else ()"/>
  </xsl:function>

  <!-- A Typst dictionary key or named argument value that is a plain word (a paper size, a
       kind), checked so that no attribute text becomes code. -->
  <xsl:function name="f:typst-word" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="if (matches($s, '^[A-Za-z][A-Za-z0-9-]*$')) then $s
      else f:fail('bad-word', concat('not a plain word: ', $s))"/>
  </xsl:function>

  <!-- A language code Typst takes (ISO 639, two or three letters), from an xml:lang; English
       for anything else. -->
  <xsl:function name="f:typst-lang" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="lower-case(tokenize(string($lang), '-')[1])"/>
    <xsl:sequence select="if (matches($l, '^[a-z]{2,3}$')) then $l else 'en'"/>
  </xsl:function>

  <!-- The code for a division's scope, whose paragraphs take their direction from it: Typst
       knows the direction of a language by its two-letter code only, so a three-letter code of
       a language written right to left is given as its two-letter one (else Hebrew tagged
       "heb" would be set left to right). Phrases keep f:typst-lang: a word tagged "heb" in a
       Latin sentence is often a transliteration. -->
  <xsl:variable name="v:typst-rtl-codes" as="map(xs:string, xs:string)" select="map {
    'heb': 'he', 'hbo': 'he', 'ara': 'ar', 'arb': 'ar', 'yid': 'yi', 'fas': 'fa', 'per': 'fa', 'pes': 'fa', 'urd': 'ur',
    'pus': 'ps', 'pbu': 'ps', 'snd': 'sd', 'uig': 'ug', 'div': 'dv', 'kas': 'ks'
  }"/>
  <xsl:function name="f:typst-block-lang" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="f:typst-lang($lang)"/>
    <xsl:sequence select="if (map:contains($v:typst-rtl-codes, $l) and f:is-rtl($lang)) then $v:typst-rtl-codes($l) else $l"/>
  </xsl:function>

</xsl:stylesheet>
