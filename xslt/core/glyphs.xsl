<?xml version="1.0" encoding="UTF-8"?>
<!--
  Non-standard characters and glyphs (TEI Guidelines, "Representation of Non-standard
  Characters and Glyphs"): a g points by @ref to a char or glyph of the header's charDecl,
  which says what it is (its name) and how to write it (its mappings). A g with content is
  read as its content; an empty g (a collection such as CBETA writes every rare character so)
  is read as its declaration's mapping, so no character is lost. Both outputs show the same
  text (f:glyph-text) and the web edition names the glyph on hover (f:glyph-title).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:key name="k:glyph" match="charDecl/char[@xml:id] | charDecl/glyph[@xml:id]" use="string(@xml:id)"/>

  <!-- The declaration a g points to in its own file (a reference into another file, or a
       URI scheme such as "char:", is not looked up). -->
  <xsl:function name="f:glyph-decl" as="element()?">
    <xsl:param name="g" as="element(g)"/>
    <xsl:variable name="ref" select="normalize-space($g/@ref)"/>
    <xsl:sequence select="if (starts-with($ref, '#') and root($g) instance of document-node()) then key('k:glyph', substring($ref, 2), root($g))[1] else ()"/>
  </xsl:function>

  <!-- How to write a declared character: a standard mapping first, then Unicode (a code point
       written "U+4E00" is decoded), a normalised form, a composition described in characters
       ("[木*系]"), any other mapping, the private-use code point last; else its name in
       brackets. Property names follow the Guidelines (localProp, unicodeProp) and the older
       charProp that collections still use. -->
  <xsl:function name="f:glyph-mapping" as="xs:string?">
    <xsl:param name="decl" as="element()"/>
    <xsl:variable name="maps" select="$decl/mapping[normalize-space()]"/>
    <xsl:variable name="prop" select="function($name) { ($decl/localProp[lower-case(@name) = $name]/@value, $decl/charProp[lower-case(normalize-space(localName)) = $name]/value)[normalize-space()][1] }"/>
    <xsl:variable name="found" select="(
      $maps[lower-case(@type) = 'standard'],
      $maps[lower-case(@type) = 'unicode'],
      $maps[lower-case(@type) = ('normal_unicode', 'normalized', 'normalised')],
      $prop('normalized form'),
      $prop('composition'),
      $maps[not(lower-case(@type) = ('pua', 'ids'))],
      $maps[lower-case(@type) = 'ids'],
      $maps[lower-case(@type) = 'pua'])[1]"/>
    <xsl:variable name="name" select="f:glyph-name($decl)"/>
    <xsl:sequence select="if (exists($found)) then f:code-points(normalize-space($found)) else if ($name) then concat('[', $name, ']') else ()"/>
  </xsl:function>

  <!-- A character's or glyph's name, where its declaration gives one. -->
  <xsl:function name="f:glyph-name" as="xs:string?">
    <xsl:param name="decl" as="element()"/>
    <xsl:sequence select="($decl/(glyphName, charName), $decl/localProp[@name = 'name']/@value, $decl/charProp[normalize-space(localName) = 'name']/value)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- "U+3B88" or "U+3401 U+4E00" as the characters; anything else as it is written. -->
  <xsl:function name="f:code-points" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="if (matches($s, '^(U\+[0-9A-Fa-f]{4,6})(\s+U\+[0-9A-Fa-f]{4,6})*$'))
      then codepoints-to-string(tokenize($s, '\s+') ! f:hex(substring(., 3)))
      else $s"/>
  </xsl:function>

  <xsl:function name="f:hex" as="xs:integer">
    <xsl:param name="h" as="xs:string"/>
    <xsl:sequence select="fold-left(string-to-codepoints(upper-case($h)), 0, function($n, $c) { $n * 16 + index-of(string-to-codepoints('0123456789ABCDEF'), $c) - 1 })"/>
  </xsl:function>

  <!-- The text a g stands for: its own content, else its declaration's mapping (empty when it
       has neither: nothing is invented for a glyph the file does not declare). -->
  <xsl:function name="f:glyph-text" as="xs:string?">
    <xsl:param name="g" as="element(g)"/>
    <xsl:variable name="decl" select="f:glyph-decl($g)"/>
    <xsl:sequence select="if (string($g) ne '' or empty($decl)) then () else f:glyph-mapping($decl)"/>
  </xsl:function>

  <!-- What the web edition says on hover: the glyph's name, and its mapping where the text
       shows the transcriber's own rendering. -->
  <xsl:function name="f:glyph-title" as="xs:string?">
    <xsl:param name="g" as="element(g)"/>
    <xsl:variable name="decl" select="f:glyph-decl($g)"/>
    <xsl:variable name="mapping" select="if (exists($decl) and string($g) ne '') then f:glyph-mapping($decl) else ()"/>
    <xsl:variable name="parts" select="($decl ! f:glyph-name(.), $mapping[. ne normalize-space($g)])"/>
    <xsl:sequence select="if (exists($parts)) then string-join(distinct-values($parts), ': ') else ()"/>
  </xsl:function>

  <xsl:template match="g[empty(node())]" mode="m:plain">
    <xsl:sequence select="f:glyph-text(.)"/>
  </xsl:template>

</xsl:stylesheet>
