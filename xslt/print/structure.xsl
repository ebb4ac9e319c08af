<?xml version="1.0" encoding="UTF-8"?>
<!--
  The structure of the text: chapters and their titles, sections and subheadings, paragraphs,
  lists, dialogue and the printed section break. Each block is written as Typst markup on
  lines of its own, ending with a blank line (a paragraph break); its content comes from
  m:print-inline and never holds a newline, since a newline inside a paragraph is a space.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:print-block" on-no-match="fail"/>
  <xsl:mode name="m:print-running" on-no-match="text-only-copy"/>

  <!-- Layout whitespace between blocks. -->
  <xsl:template match="text()[not(normalize-space())]" mode="m:print-block"/>

  <!-- A comment line naming the TEI element a block comes from, so that a Typst message
       can be traced back to the TEI (src/render/pdf/typst-compile.ts reads it). -->
  <xsl:function name="f:source-comment" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id) then concat('// #', $e/@xml:id, '&#10;') else ''"/>
  </xsl:function>

  <!-- ===== chapters and sections ===== -->

  <xsl:template match="div[@type = 'chapter']" mode="m:print-block">
    <xsl:variable name="title" select="head[@type = 'title'][1]"/>
    <xsl:value-of select="f:source-comment(.)"/>
    <xsl:text>#chapter(n: </xsl:text>
    <xsl:value-of select="if (normalize-space(@n)) then f:typst-string(normalize-space(@n)) else 'none'"/>
    <xsl:text>, running: </xsl:text>
    <xsl:value-of select="f:typst-string(if ($title) then f:running-head($title) else concat('Chapter ', @n))"/>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates select="$title/node()" mode="m:print-inline">
      <xsl:with-param name="in-heading" select="true()" tunnel="yes"/>
    </xsl:apply-templates>
    <xsl:text>]&#10;</xsl:text>
    <xsl:value-of select="f:heading-index-marks($title)"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates select="node() except $title" mode="m:print-block"/>
  </xsl:template>

  <!-- A section: its heading is a subheading of the chapter. -->
  <xsl:template match="div" mode="m:print-block">
    <xsl:apply-templates mode="m:print-block"/>
  </xsl:template>

  <!-- The running head of a chapter: its title as plain text, supplied words in brackets. -->
  <xsl:function name="f:running-head" as="xs:string">
    <xsl:param name="head" as="element(head)"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$head/node()" mode="m:print-running"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts, ''))"/>
  </xsl:function>
  <xsl:template match="supplied" mode="m:print-running">
    <xsl:sequence select="concat('[', f:plain(.), ']')"/>
  </xsl:template>
  <xsl:template match="note | sic | rdg | rdgGrp | fw" mode="m:print-running"/>
  <xsl:template match="text()" mode="m:print-running">
    <xsl:sequence select="f:without-layout(.)"/>
  </xsl:template>

  <!-- Index marks of the names in a heading, set after it: marks inside the heading would be
       found again in the table of contents and in the running heads. -->
  <xsl:function name="f:heading-index-marks" as="xs:string">
    <xsl:param name="head" as="element()?"/>
    <xsl:sequence select="string-join($head//(persName | placeName | orgName | title[@level = 'j'])[not(ancestor::note)] ! f:index-marks(.), '')"/>
  </xsl:function>

  <xsl:template match="head[@type = 'sub']" mode="m:print-block">
    <xsl:text>#subtitle[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="div/head" mode="m:print-block" priority="-0.1">
    <xsl:text>#subheading[</xsl:text>
    <xsl:call-template name="block-content">
      <xsl:with-param name="in-heading" select="true()" tunnel="yes"/>
    </xsl:call-template>
    <xsl:text>]&#10;</xsl:text>
    <xsl:value-of select="f:heading-index-marks(.)"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- The header of a paratext (a web page's site title) is a line of that text, not a
       heading of the book. -->
  <xsl:template match="div[@type = 'paratext']/head" mode="m:print-block" priority="1">
    <xsl:call-template name="paragraph"/>
  </xsl:template>

  <!-- ===== paragraphs ===== -->

  <xsl:template match="p | ab" mode="m:print-block" name="paragraph">
    <xsl:value-of select="f:source-comment(.)"/>
    <xsl:call-template name="block-content"/>
    <xsl:text>&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="ab[@type = 'sectionBreak']" mode="m:print-block">
    <xsl:text>#section-break[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- The content of a block: the apparatus entries anchored to it (for readings between
       blocks), its inline content, then entries of readings after it that no block follows. -->
  <xsl:template name="block-content">
    <xsl:param name="content" as="node()*" select="node()"/>
    <xsl:apply-templates select="." mode="m:print-anchored-apparatus"/>
    <xsl:apply-templates select="$content" mode="m:print-inline"/>
    <xsl:apply-templates select="." mode="m:print-trailing-apparatus"/>
  </xsl:template>

  <!-- ===== lists ===== -->

  <xsl:template match="list" mode="m:print-block">
    <xsl:apply-templates mode="m:print-block"/>
  </xsl:template>

  <!-- An item with the label printed in the witness ("1."), or its number, or a bullet. -->
  <xsl:template match="item" mode="m:print-block">
    <xsl:variable name="label" select="label[1][not(preceding-sibling::node()[normalize-space()] except preceding-sibling::lb)]"/>
    <xsl:text>#item[</xsl:text>
    <xsl:choose>
      <xsl:when test="$label">
        <xsl:apply-templates select="$label/node()" mode="m:print-inline"/>
      </xsl:when>
      <xsl:when test="normalize-space(@n)">
        <xsl:value-of select="f:typst-text(concat(normalize-space(@n), '.'))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="f:typst-text('•')"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>][</xsl:text>
    <xsl:call-template name="block-content">
      <xsl:with-param name="content" select="node() except $label"/>
    </xsl:call-template>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- ===== dialogue ===== -->

  <!-- A speech: the speaker run in before the first paragraph, later paragraphs indented. -->
  <xsl:template match="sp" mode="m:print-block">
    <xsl:variable name="first" select="p[1]"/>
    <xsl:text>#speech[</xsl:text>
    <xsl:apply-templates select="speaker/node()" mode="m:print-inline"/>
    <xsl:text>][</xsl:text>
    <xsl:apply-templates select="$first" mode="m:print-anchored-apparatus"/>
    <xsl:apply-templates select="$first/node()" mode="m:print-inline"/>
    <xsl:apply-templates select="$first" mode="m:print-trailing-apparatus"/>
    <xsl:text>]&#10;&#10;</xsl:text>
    <xsl:apply-templates select="* except (speaker, $first)" mode="m:print-block"/>
  </xsl:template>

  <!-- ===== things that print nothing in the text ===== -->

  <!-- Page and column beginnings of a witness: the print has its own pages. -->
  <xsl:template match="pb | cb | milestone" mode="m:print-block"/>
  <!-- A line beginning between blocks: its block starts the line. -->
  <xsl:template match="lb" mode="m:print-block"/>

</xsl:stylesheet>
