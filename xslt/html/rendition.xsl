<?xml version="1.0" encoding="UTF-8"?>
<!--
  The typographic features a phrase asks for (core f:rendition: italic, bold, underline,
  strike ...) as classes, rend-italic and so on, styled by assets/edition.css. The classes go
  on the element the phrase's own rule writes where that is one element (an ins, a cite, a
  name's link), else on a span around what it writes. hi and emph choose their element by
  the same features themselves (structure.xsl). A block's features (core f:block-rendition:
  centred, on the right, indented, and the type of its words) go on the element or elements
  its rule writes.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The classes of features (only names of the core's closed list reach the HTML). -->
  <xsl:function name="f:rendition-classes" as="xs:string*">
    <xsl:param name="features" as="xs:string*"/>
    <xsl:sequence select="$features ! concat('rend-', .)"/>
  </xsl:function>

  <!-- Above the rules of particular elements (which it calls), below none that writes a
       phrase: the attributes are tested first, so that other elements pay nothing. -->
  <xsl:template match="tei:*[@rend or @rendition or @style or key('k:tag-render', local-name())][not(self::hi | self::emph)][exists(f:rendition(.))]" mode="m:html" priority="6">
    <xsl:variable name="classes" select="f:rendition-classes(f:rendition(.))"/>
    <xsl:variable name="out" as="node()*"><xsl:next-match/></xsl:variable>
    <xsl:choose>
      <xsl:when test="empty($out[self::* or self::text()[normalize-space()]])"><xsl:sequence select="$out"/></xsl:when>
      <xsl:when test="count($out) eq 1 and $out instance of element()">
        <xsl:for-each select="$out">
          <xsl:copy>
            <xsl:copy-of select="@* except @class"/>
            <xsl:attribute name="class" select="string-join((tokenize(@class), $classes), ' ')"/>
            <xsl:copy-of select="node()"/>
          </xsl:copy>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><span class="{string-join($classes, ' ')}"><xsl:sequence select="$out"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A block that asks for a place on the line or a type: the classes on each element its own
       rule writes (a list's heading and its items alike; not the break after a verse line), or
       on a div around text it writes loose. -->
  <xsl:template match="tei:*[@rend or @rendition or @style or key('k:tag-render', local-name())][exists(f:block-rendition(.))]" mode="m:html" priority="6">
    <xsl:variable name="classes" select="f:rendition-classes(f:block-rendition(.))"/>
    <xsl:variable name="out" as="node()*"><xsl:next-match/></xsl:variable>
    <xsl:choose>
      <xsl:when test="exists($out[self::text()[normalize-space()]])"><div class="{string-join($classes, ' ')}"><xsl:sequence select="$out"/></div></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$out">
          <xsl:choose>
            <xsl:when test="self::*[not(self::br)]">
              <xsl:copy>
                <xsl:copy-of select="@* except @class"/>
                <xsl:attribute name="class" select="string-join((tokenize(@class), $classes), ' ')"/>
                <xsl:copy-of select="node()"/>
              </xsl:copy>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
