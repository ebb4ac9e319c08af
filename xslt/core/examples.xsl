<?xml version="1.0" encoding="UTF-8"?>
<!--
  Examples of encoding: TEI documentation (the Guidelines, a project's manual, an ODD) quotes
  markup in egXML, whose content is in the TEI Examples namespace. It is the markup that is
  quoted, so both outputs show it as XML source in a block of code (the tags with their
  attributes, the text as written), not as text of the edition: its elements are not the
  edition's and have no rules of their own.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:egx="http://www.tei-c.org/ns/Examples"
  exclude-result-prefixes="#all">

  <xsl:function name="f:is-xml-example" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::egx:egXML)"/>
  </xsl:function>

  <!-- The markup an example quotes, as source: its lines without the indentation they share
       (the example's own, from the file around it), empty lines at its ends left out, a tab at
       the start of a line two spaces. A first line that follows the egXML tag directly keeps
       its place; the others are set back by what the lines after it share. -->
  <xsl:function name="f:xml-source" as="xs:string">
    <xsl:param name="example" as="element()"/>
    <xsl:variable name="parts" as="xs:string*"><xsl:apply-templates select="$example/node()" mode="m:xml-source"/></xsl:variable>
    <xsl:variable name="lines" select="tokenize(replace(string-join($parts, ''), '\r\n?', '&#10;'), '&#10;')"/>
    <xsl:variable name="filled" select="for $i in 1 to count($lines) return $i[normalize-space($lines[$i])]"/>
    <xsl:variable name="first" select="$filled[1]"/>
    <xsl:variable name="last" select="$filled[last()]"/>
    <xsl:variable name="kept" select="if (exists($first)) then subsequence($lines, $first, $last - $first + 1) else ()"/>
    <!-- the first line kept is flush when it followed the tag on its line (line 1 of the source) -->
    <xsl:variable name="indented" select="if ($first eq 1) then subsequence($kept, 2) else $kept"/>
    <xsl:variable name="shared" select="min(($indented[normalize-space()] ! (string-length(.) - string-length(replace(., '^[ \t]+', '')))))"/>
    <xsl:variable name="set-back" select="$indented ! (if (normalize-space(.)) then substring(., ($shared, 0)[1] + 1) else '')"/>
    <xsl:sequence select="string-join((if ($first eq 1) then $kept[1] else (), $set-back) ! f:tabs-as-spaces(.), '&#10;')"/>
  </xsl:function>

  <xsl:function name="f:tabs-as-spaces" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:variable name="rest" select="replace($line, '^[ \t]+', '')"/>
    <xsl:sequence select="concat(replace(substring($line, 1, string-length($line) - string-length($rest)), '\t', '  '), $rest)"/>
  </xsl:function>

  <xsl:mode name="m:xml-source" on-no-match="shallow-skip"/>

  <xsl:template match="*" mode="m:xml-source">
    <xsl:variable name="attributes" select="@* ! concat(' ', name(), '=&quot;', replace(replace(replace(., '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&quot;', '&amp;quot;'), '&quot;')"/>
    <xsl:choose>
      <xsl:when test="empty(node())"><xsl:sequence select="concat('&lt;', name(), string-join($attributes, ''), '/&gt;')"/></xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="concat('&lt;', name(), string-join($attributes, ''), '&gt;')"/>
        <xsl:apply-templates mode="m:xml-source"/>
        <xsl:sequence select="concat('&lt;/', name(), '&gt;')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="m:xml-source">
    <xsl:sequence select="replace(replace(., '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;')"/>
  </xsl:template>

  <xsl:template match="comment()" mode="m:xml-source">
    <xsl:sequence select="concat('&lt;!--', ., '--&gt;')"/>
  </xsl:template>

  <xsl:template match="processing-instruction()" mode="m:xml-source">
    <xsl:sequence select="concat('&lt;?', name(), ' ', ., '?&gt;')"/>
  </xsl:template>

</xsl:stylesheet>
