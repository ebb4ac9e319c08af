<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements no rule renders. A driver's catch-all template calls f:unhandled first: with
  on-unhandled = 'fail' the transformation stops with err:unhandled and the element's place;
  with 'render' (the default) the driver renders the element's content plainly and marks it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:err="urn:x-tei-edition:error"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- 'fail': stop at the first element without a rule; 'render': render its content. -->
  <xsl:param name="on-unhandled" as="xs:string" select="'render'"/>

  <!-- Where an element stands, for a message: its nearest id and its witness line. -->
  <xsl:function name="f:where" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="id" select="$n/ancestor-or-self::*[@xml:id][1]/@xml:id"/>
    <xsl:variable name="line" select="f:line-ref($n)"/>
    <xsl:sequence select="string-join((if ($id) then concat('#', $id) else path($n), if ($line) then concat('line ', $line) else ()), ', ')"/>
  </xsl:function>

  <!-- Checks the policy for an element without a rule; returns nothing when it may be rendered. -->
  <xsl:function name="f:unhandled" as="empty-sequence()">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="mode" as="xs:string"/>
    <xsl:if test="not($on-unhandled = ('fail', 'render'))">
      <xsl:sequence select="f:fail('bad-param',
        concat('parameter on-unhandled must be fail or render, not ', $on-unhandled))"/>
    </xsl:if>
    <xsl:if test="$on-unhandled eq 'fail'">
      <xsl:sequence select="f:fail('unhandled',
        concat('no rule renders &lt;', name($e), '&gt; in mode ', $mode, ' (', f:where($e), ')'))"/>
    </xsl:if>
  </xsl:function>

</xsl:stylesheet>
