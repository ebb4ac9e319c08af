<?xml version="1.0" encoding="UTF-8"?>
<!--
  The catch-all for elements no rule renders. The core's policy (on-unhandled) decides:
  'fail' stops the transformation; 'render' renders the content in a span marked with the
  element's name and place, which the TypeScript side reports as a warning.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A block (by the core's f:is-block: its name, else its content) as a div whose blocks
       render in turn; anything else as a span. -->
  <xsl:template match="*" mode="m:html" priority="-10">
    <xsl:sequence select="f:unhandled(., 'm:html')"/>
    <xsl:choose>
      <xsl:when test="f:is-block(.)">
        <div class="tei-unhandled" data-tei-element="{name()}">
          <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
          <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-unhandled" data-tei-element="{name()}">
          <xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Elements that only carry data for other elements render nothing where they stand; a
       divGen asks for a part the edition makes itself (its contents, its indexes); a
       transcription's conventional signs (core v:transcription-marks) show as what they signal. -->
  <xsl:template match="desc[parent::gap] | divGen | anchor | index | interp | interpGrp | link | linkGrp | span | spanGrp | certainty | respons | precision | alt | altGrp | join | joinGrp | timeline | witDetail[not(parent::app)] | witStart | witEnd | lacunaStart | lacunaEnd | fw[ancestor::note] | metamark[@function = $v:transcription-marks]" mode="m:html">
    <xsl:if test="exists(f:own-id(.))"><span id="{f:own-id(.)}"></span></xsl:if>
  </xsl:template>

  <xsl:template match="abbr" mode="m:html">
    <abbr><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></abbr>
  </xsl:template>

</xsl:stylesheet>
