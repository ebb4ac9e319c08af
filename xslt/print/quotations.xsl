<?xml version="1.0" encoding="UTF-8"?>
<!--
  Quotations set off from the text: block quotations (with their printed source, when the
  witness gives it after them), the epigraph, and a signed document quoted in full. The
  quotation marks the witness prints are characters of the text, so nothing adds any.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A block quotation: indented, smaller (q and said set apart as well). -->
  <xsl:template match="quote | q | said" mode="m:print-block">
    <xsl:text>#quotation[</xsl:text>
    <xsl:call-template name="quote-blocks"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- The blocks of a quotation, its runs of words beside them paragraphs (a source line above
       the quoted words); a quotation of running text only is one paragraph. -->
  <xsl:template name="quote-blocks">
    <xsl:choose>
      <xsl:when test="some $c in * satisfies f:is-block($c)">
        <xsl:call-template name="blocks-and-runs"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="paragraph"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A quotation with its source printed after it. -->
  <xsl:template match="cit" mode="m:print-block">
    <xsl:text>#quotation[</xsl:text>
    <xsl:for-each select="quote">
      <xsl:call-template name="quote-blocks"/>
    </xsl:for-each>
    <xsl:apply-templates select="* except quote" mode="m:print-block"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- A reference given as a quotation's source (cit: quote, then ref) is its source line, as
       the web edition sets it. -->
  <xsl:template match="ref[parent::cit]" mode="m:print-block">
    <xsl:text>#source[</xsl:text>
    <xsl:apply-templates select="." mode="m:print-inline"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- A source line (after a quotation, under an epigraph). -->
  <xsl:template match="bibl" mode="m:print-block">
    <xsl:text>#source[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- The epigraph: the quotation set narrow on the right, its source under it. -->
  <xsl:template match="epigraph" mode="m:print-block">
    <xsl:for-each select="cit">
      <xsl:text>#epigraph([</xsl:text>
      <xsl:for-each select="quote">
        <xsl:call-template name="quote-blocks"/>
      </xsl:for-each>
      <xsl:text>], [</xsl:text>
      <xsl:for-each select="bibl">
        <xsl:call-template name="block-content"/>
      </xsl:for-each>
      <xsl:text>])&#10;&#10;</xsl:text>
    </xsl:for-each>
    <xsl:for-each select="* except cit">
      <xsl:text>#epigraph([</xsl:text>
      <xsl:apply-templates select="." mode="m:print-block"/>
      <xsl:text>], [])&#10;&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- A document quoted in full (a letter, a decree): indented, its signature on the right. -->
  <xsl:template match="floatingText" mode="m:print-block">
    <xsl:text>#document-text[</xsl:text>
    <xsl:apply-templates select="(front, body, back)/node()" mode="m:print-block"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="signed | salute | dateline" mode="m:print-block">
    <xsl:text>#signed[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
