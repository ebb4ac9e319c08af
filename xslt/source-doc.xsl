<?xml version="1.0" encoding="UTF-8"?>
<!--
  A TEI whose transcription is a sourceDoc (a documentary or genetic edition: surfaces, zones
  and lines of the pages) and that has no text: the renderers publish its text, so the
  sourceDoc is read as one (src/render/corpus.ts runs this first when a file has a sourceDoc).
  Each surface is a division headed by its name (@n, a folio attribute, else its id), each
  zone a block with a line break before each of its lines, and the changes on the page (add,
  del, mod, metamark, damage, handShift ...) stay as they are, for the renderers to show. A
  TEI that has a text keeps its sourceDoc unread: the text is what it publishes.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:mode on-no-match="shallow-copy"/>
  <xsl:mode name="page" on-no-match="shallow-copy"/>

  <!-- The text stands where the first sourceDoc stood (after the header and any facsimile). -->
  <xsl:template match="TEI[sourceDoc][not(text)]/sourceDoc[1]">
    <text>
      <body>
        <xsl:variable name="docs" select="../sourceDoc"/>
        <xsl:apply-templates select="if (count($docs) eq 1) then node() else $docs" mode="page"/>
      </body>
    </text>
  </xsl:template>
  <xsl:template match="TEI[sourceDoc][not(text)]/sourceDoc[position() gt 1]"/>

  <xsl:template match="sourceDoc | surfaceGrp | surface" mode="page">
    <div type="{local-name()}">
      <xsl:copy-of select="@xml:id, @xml:lang, @n"/>
      <xsl:variable name="name" select="(@n, @*[local-name() eq 'folio'], @xml:id)[normalize-space()][1]"/>
      <xsl:if test="exists($name)"><head><xsl:value-of select="$name"/></head></xsl:if>
      <xsl:apply-templates mode="page"/>
    </div>
  </xsl:template>

  <!-- The image of the page, where the surface has one. -->
  <xsl:template match="surface/graphic | surfaceGrp/graphic" mode="page">
    <figure><xsl:copy-of select="."/></figure>
  </xsl:template>

  <!-- A zone of zones is a division; a zone of lines or of text is a block, each line begun
       by a break. -->
  <xsl:template match="zone[zone]" mode="page">
    <div type="zone">
      <xsl:copy-of select="@xml:id, @xml:lang"/>
      <xsl:apply-templates mode="page"/>
    </div>
  </xsl:template>
  <!-- A zone whose lines have places of their own on the page (centred, on the right,
       indented: core f:block-rendition) is a group of lines, each a line that keeps its @rend,
       so that the renderers set each where it stands. -->
  <xsl:template match="zone[line[@rend or @rendition or @style]][not(* except (line | anchor | milestone | space | lb))]" mode="page" priority="1">
    <lg type="zone">
      <xsl:copy-of select="@xml:id, @xml:lang"/>
      <xsl:apply-templates mode="page-lines"/>
    </lg>
  </xsl:template>
  <xsl:template match="line" mode="page-lines">
    <l>
      <xsl:copy-of select="@xml:id, @n, @rend, @rendition, @style"/>
      <xsl:apply-templates mode="page"/>
    </l>
  </xsl:template>
  <!-- marks between the lines (where a heading's span begins, a blank line) stay between them -->
  <xsl:template match="node()" mode="page-lines" priority="-1">
    <xsl:apply-templates select="." mode="page"/>
  </xsl:template>

  <xsl:template match="zone" mode="page">
    <ab>
      <xsl:copy-of select="@xml:id, @xml:lang, @type"/>
      <xsl:apply-templates mode="page"/>
    </ab>
  </xsl:template>
  <xsl:template match="line" mode="page">
    <lb>
      <xsl:copy-of select="@xml:id, @n"/>
    </lb>
    <xsl:apply-templates mode="page"/>
  </xsl:template>

</xsl:stylesheet>
