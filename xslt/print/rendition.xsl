<?xml version="1.0" encoding="UTF-8"?>
<!--
  The typographic features a phrase asks for (core f:rendition: italic, bold, underline,
  strike ...) in Typst, set around what the phrase's own rule prints. The calls set a style
  (text(style: "italic")), never toggle it as emph does, so italics asked for inside italics
  stay italic; a feature the element's own rule prints already (a foreign word in italics, a
  deletion struck through) is not set twice. A block's features (core f:block-rendition) are
  set rules in a scope around what its rule prints, so that its paragraphs stay in the page's
  flow; an indented block is padded.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The Typst call that opens each feature (closed by "]"): fixed text, nothing of the TEI. -->
  <xsl:variable name="v:rendition-typst" as="map(xs:string, xs:string)" select="map {
    'italic': '#text(style: &quot;italic&quot;)[', 'bold': '#text(weight: &quot;bold&quot;)[', 'underline': '#underline[',
    'strike': '#strike[', 'sup': '#super[', 'sub': '#sub[', 'smallcaps': '#smallcaps[', 'spaced': '#text(tracking: 0.12em)[',
    'uppercase': '#upper['
  }"/>

  <!-- What an element's own rule in this layer prints already (inline.xsl). -->
  <xsl:function name="f:print-own-rendition" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/(self::emph | self::foreign | self::mentioned | self::stage | self::title)) then 'italic'
      else if ($e/(self::del | self::surplus)) then 'strike'
      else if (map:contains($v:phrase-style, local-name($e))) then map { 'emph': 'italic', 'strong': 'bold' }($v:phrase-style(local-name($e)))
      else ()"/>
  </xsl:function>

  <!-- Below the rules that set a block in a line (20) and a language (5), above the rules of
       particular elements; the attributes are tested first, so that other elements pay nothing. -->
  <xsl:template match="tei:*[@rend or @rendition or @style or key('k:tag-render', local-name())][exists(f:rendition(.))]" mode="m:print-inline" priority="4">
    <xsl:variable name="features" select="f:rendition(.)[not(. = f:print-own-rendition(current()))]"/>
    <xsl:value-of select="$features ! $v:rendition-typst(.)" separator=""/>
    <xsl:next-match/>
    <xsl:value-of select="$features ! ']'" separator=""/>
  </xsl:template>

  <!-- The Typst that sets each feature of a block for the rest of its scope: fixed text, nothing
       of the TEI ('indent' is a pad around the scope). -->
  <xsl:variable name="v:block-rendition-typst" as="map(xs:string, xs:string)" select="map {
    'center': '#set align(center)', 'right': '#set align(right)', 'italic': '#set text(style: &quot;italic&quot;)',
    'bold': '#set text(weight: &quot;bold&quot;)', 'underline': '#show: underline', 'strike': '#show: strike',
    'smallcaps': '#show: smallcaps', 'spaced': '#set text(tracking: 0.12em)', 'uppercase': '#show: upper'
  }"/>

  <!-- Above the rules of particular blocks (whose output it takes); a block that prints nothing
       (a title printed on the chapter's opening) gets no scope. -->
  <xsl:template match="tei:*[@rend or @rendition or @style or key('k:tag-render', local-name())][exists(f:block-rendition(.))]" mode="m:print-block" priority="4">
    <!-- a division may hold a chapter's page break, which Typst allows in no pad -->
    <xsl:variable name="division" select="exists(self::div | self::div1 | self::div2 | self::div3 | self::div4 | self::div5 | self::div6 | self::div7 | self::text | self::group | self::body | self::front | self::back)"/>
    <xsl:variable name="features" select="f:block-rendition(.)[not(. = f:print-own-rendition(current()))][not($division and . eq 'indent')]"/>
    <xsl:variable name="out" as="xs:string"><xsl:value-of><xsl:next-match/></xsl:value-of></xsl:variable>
    <xsl:choose>
      <xsl:when test="empty($features) or not(normalize-space($out))"><xsl:value-of select="$out"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="if ($features = 'indent') then '#pad(left: 2em)[' else '#['"/>
        <xsl:value-of select="$features[. ne 'indent'] ! concat($v:block-rendition-typst(.), '&#10;')" separator=""/>
        <xsl:text>&#10;</xsl:text>
        <xsl:value-of select="$out"/>
        <xsl:text>]&#10;&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
