<?xml version="1.0" encoding="UTF-8"?>
<!--
  The typographic features a phrase asks for (core f:rendition: italic, bold, underline,
  strike ...) in Typst, set around what the phrase's own rule prints. The calls set a style
  (text(style: "italic")), never toggle it as emph does, so italics asked for inside italics
  stay italic; a feature the element's own rule prints already (a foreign word in italics, a
  deletion struck through) is not set twice.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
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
  <xsl:template match="tei:*[@rend or @rendition or @style][exists(f:rendition(.))]" mode="m:print-inline" priority="4">
    <xsl:variable name="features" select="f:rendition(.)[not(. = f:print-own-rendition(current()))]"/>
    <xsl:value-of select="$features ! $v:rendition-typst(.)" separator=""/>
    <xsl:next-match/>
    <xsl:value-of select="$features ! ']'" separator=""/>
  </xsl:template>

</xsl:stylesheet>
