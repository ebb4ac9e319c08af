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

  <xsl:template match="*" mode="m:print-inline" priority="-10">
    <xsl:sequence select="f:unhandled(., 'm:print-inline')"/>
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>

  <!-- An unknown block: its content as a paragraph, or its blocks. -->
  <xsl:template match="*" mode="m:print-block" priority="-10">
    <xsl:sequence select="f:unhandled(., 'm:print-block')"/>
    <xsl:choose>
      <xsl:when test="p | div | list | quote | sp | ab">
        <xsl:apply-templates mode="m:print-block"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="paragraph"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text where a block is expected is a paragraph of its own. -->
  <xsl:template match="text()[normalize-space()]" mode="m:print-block" priority="-10">
    <xsl:value-of select="f:typst-text(normalize-space(f:without-layout(.)))"/>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
