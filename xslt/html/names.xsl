<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names and dates. A name identified in a register links to its entry; one left to an editor
  (@cert="unknown", no @ref) is marked for editors when show-unresolved is true. A date shows
  its normalised value on hover and on keyboard focus.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:a="urn:x-tei-edition:accumulator"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A mention in the text whose entry is in a register: its anchor and entry from the tables
       of links.xsl (v:mention-anchors, v:entry-of-ref, v:entry-info). -->
  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref] | title[@level = 'j'][@ref]" mode="m:html" priority="1">
    <!-- f:mention-rank, spelled out: the pattern has checked the element -->
    <xsl:variable name="rank" select="if (root() is root($v:tei)) then accumulator-before('a:mention-rank') else 0"/>
    <xsl:variable name="anchor" select="if ($rank gt 0) then $v:mention-anchors($rank) else ''"/>
    <xsl:variable name="info" select="if ($anchor ne '') then $v:entry-info($v:entry-of-ref(string(@ref))) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($info)">
        <a class="name name-{$info?kind}" id="{$anchor}" href="{$info?href}" title="{$info?name}">
          <xsl:apply-templates mode="m:html"><xsl:with-param name="in-link" select="true()" tunnel="yes"/></xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="persName | placeName | orgName | title[@level = 'j'] | rs | name" mode="m:html">
    <xsl:variable name="entry" select="f:entry-of(.)"/>
    <xsl:variable name="info" select="if ($entry and ancestor::text) then $v:entry-info(string($entry/@xml:id)) else ()"/>
    <xsl:variable name="kind" select="if (exists($info)) then $info?kind else f:entity-kind(.)"/>
    <xsl:choose>
      <xsl:when test="exists($info)">
        <a class="name name-{$kind}" id="{f:mention-anchor(.)}" href="{$info?href}" title="{$info?name}">
          <xsl:apply-templates mode="m:html"><xsl:with-param name="in-link" select="true()" tunnel="yes"/></xsl:apply-templates>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="unresolved" select="$show-unresolved and (@cert = 'unknown' or (@ref and empty($entry)))"/>
        <span class="{string-join(('name', concat('name-', $kind), if ($unresolved) then 'name-unresolved' else ()), ' ')}">
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
          <xsl:if test="$unresolved">
            <xsl:attribute name="title" select="if (@ref) then f:s('entry-not-found', string(@ref)) else f:s('not-identified')"/>
          </xsl:if>
          <xsl:apply-templates mode="m:html"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Titles of works (not journals) are cited. -->
  <xsl:template match="title" mode="m:html">
    <cite class="title"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></cite>
  </xsl:template>

  <!-- A date: the text as printed; its normalised value is a tooltip shown on hover and on
       focus (tabindex 0 lets a keyboard reach it) and read out by screen readers. -->
  <xsl:template match="date" mode="m:html">
    <!-- inside a link the link takes the focus (interactive content may not nest) -->
    <xsl:param name="in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="normal" select="f:date-normal(.)"/>
    <xsl:variable name="iso" select="f:iso-date(@when)"/>
    <xsl:choose>
      <xsl:when test="empty($normal)">
        <span class="date"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if ($iso) then 'time' else 'span'}">
          <xsl:if test="$iso"><xsl:attribute name="datetime" select="$iso"/></xsl:if>
          <xsl:attribute name="class" select="string-join(('date', 'has-tip', if (@cert) then 'date-inferred' else ()), ' ')"/>
          <xsl:if test="not($in-link)"><xsl:attribute name="tabindex" select="0"/></xsl:if>
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
          <xsl:apply-templates mode="m:html"/>
          <span class="tip"><span class="visually-hidden"> (<xsl:value-of select="f:s('normalised')"/></span><xsl:value-of select="$normal"/><span class="visually-hidden">)</span></span>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
