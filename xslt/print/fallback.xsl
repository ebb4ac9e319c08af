<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements no rule of the print renders: with on-unhandled = 'fail' (the tests) the
  transformation stops and names the element and its place (f:unhandled in the core); with
  'render' its content is printed as it stands, so new markup never loses text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The comment names the element for the report (src/render/pdf: one warning per name). -->
  <xsl:function name="f:unhandled-mark" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="concat('/* tei-unhandled:', replace(name($e), '[^\p{L}\p{N}._:-]', '_'), ' */')"/>
  </xsl:function>

  <xsl:template match="*" mode="m:print-inline" priority="-10">
    <xsl:sequence select="f:unhandled(., 'm:print-inline')"/>
    <xsl:value-of select="f:unhandled-mark(.)"/>
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>

  <!-- An unknown block: its blocks in turn and its runs of text as paragraphs, or all of it as
       one paragraph. -->
  <xsl:template match="*" mode="m:print-block" priority="-10">
    <xsl:sequence select="f:unhandled(., 'm:print-block')"/>
    <xsl:value-of select="f:unhandled-mark(.)"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:call-template name="blocks-and-runs"/>
  </xsl:template>

  <!-- Text where a block is expected is a paragraph of its own. -->
  <xsl:template match="text()[normalize-space()]" mode="m:print-block" priority="-10">
    <xsl:value-of select="f:typst-text(normalize-space(f:flow-text(.)))"/>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
