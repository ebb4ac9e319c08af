<?xml version="1.0" encoding="UTF-8"?>
<!--
  What each child of a table is, so that both layers set every word a table holds: a table
  holds a caption (head), rows, a trailer, and the phrases TEI allows anywhere (a note, a page
  beginning). TEI converted from HTML brings elements of its own (tr, td, tab): one that
  stands where a row stands is set as a row, one where a cell stands as a cell, and both are
  reported as unhandled by the layer that sets them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Whether an element is one the core knows nothing of (in no list of blocks.xsl). -->
  <xsl:function name="f:is-unknown" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="exists($e/self::tei:*[not(map:contains($v:name-kind, local-name()))])"/>
  </xsl:function>

  <xsl:function name="f:is-row-like" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="exists($e/self::row) or (exists($e/parent::table) and f:is-unknown($e))"/>
  </xsl:function>

  <!-- In a row, a cell or an unknown element or block stands for a cell; a phrase between
       cells (a note, a page beginning) belongs to the cell it comes before. -->
  <xsl:function name="f:is-cell-like" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="exists($e/self::cell) or (exists($e/self::*) and (f:is-unknown($e) or f:is-block($e)))"/>
  </xsl:function>

  <!-- The nodes of a table or a row that say something: not the layout between its parts, and
       not a line beginning (a row or a cell begins its own line). -->
  <xsl:function name="f:table-content" as="node()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/node()[not(self::comment() | self::processing-instruction() | self::lb | self::text()[not(normalize-space())])]"/>
  </xsl:function>

  <!-- The children of a table set in its body, in order: rows, and between them whatever is
       neither caption nor trailer. -->
  <xsl:function name="f:table-body" as="node()*">
    <xsl:param name="table" as="element()"/>
    <xsl:sequence select="f:table-content($table)[not(self::head | self::trailer)]"/>
  </xsl:function>

  <!-- The cells of a row: its cell-like children; a row with none is one cell. -->
  <xsl:function name="f:row-cells" as="node()*">
    <xsl:param name="row" as="element()"/>
    <xsl:variable name="cells" select="f:table-content($row)[f:is-cell-like(.)]"/>
    <xsl:sequence select="if (exists($cells)) then $cells else $row"/>
  </xsl:function>

  <!-- The phrases set at the start of a cell: those between it and the cell before. -->
  <xsl:function name="f:cell-lead" as="node()*">
    <xsl:param name="cell" as="node()"/>
    <xsl:variable name="prev" select="$cell/preceding-sibling::*[f:is-cell-like(.)][1]"/>
    <xsl:sequence select="if ($cell/self::row or f:is-row-like($cell)) then ()
      else f:table-content($cell/..)[. &lt;&lt; $cell][empty($prev) or . &gt;&gt; $prev][not(f:is-cell-like(.))]"/>
  </xsl:function>

  <!-- The phrases set at the end of a row's last cell: those after it. -->
  <xsl:function name="f:cell-tail" as="node()*">
    <xsl:param name="cell" as="node()"/>
    <xsl:sequence select="if ($cell/self::row or f:is-row-like($cell) or $cell/following-sibling::*[f:is-cell-like(.)]) then ()
      else f:table-content($cell/..)[. &gt;&gt; $cell]"/>
  </xsl:function>

  <!-- How many columns a cell spans (@cols, read as the print's table can take it). -->
  <xsl:function name="f:cell-span" as="xs:integer">
    <xsl:param name="cell" as="node()"/>
    <xsl:sequence select="if ($cell/self::cell and matches($cell/@cols, '^[1-9][0-9]?$')) then xs:integer($cell/@cols) else 1"/>
  </xsl:function>

  <xsl:function name="f:table-columns" as="xs:integer">
    <xsl:param name="table" as="element()"/>
    <xsl:sequence select="max((1, f:table-body($table)[f:is-row-like(.)] ! sum(f:row-cells(.) ! f:cell-span(.))))"/>
  </xsl:function>

</xsl:stylesheet>
