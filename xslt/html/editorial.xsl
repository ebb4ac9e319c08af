<?xml version="1.0" encoding="UTF-8"?>
<!--
  The editor's interventions in the text: corrections (choice/sic/corr, shown corrected with
  the witness's reading at hand, or the reverse when the reader flips the switch), other
  choices (orig/reg, abbr/expan), supplied text in square brackets, and gaps.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Why a correction was made: the stand-off reason pointing at the corr, if any. -->
  <xsl:function name="f:correction-reason" as="xs:string?">
    <xsl:param name="corr" as="element()?"/>
    <xsl:sequence select="if ($corr/@xml:id) then (key('k:correction-reason', string($corr/@xml:id), root($corr)) ! replace(f:plain(node()), '\.$', ''))[1] else ()"/>
  </xsl:function>

  <!-- Who corrected and why, in one sentence. -->
  <xsl:function name="f:correction-note" as="xs:string">
    <xsl:param name="corr" as="element()"/>
    <xsl:variable name="who" select="f:resp-name($corr/@resp)"/>
    <xsl:variable name="source" select="f:resp-name($corr/@source)"/>
    <xsl:sequence select="string-join((
      f:correction-reason($corr),
      if ($who) then f:s('corrected-by', $who) else (),
      if ($source) then f:s('after', $source) else ()), '; ')"/>
  </xsl:function>

  <!-- A corrected transcription error: the correction is read; the witness's reading stays
       one focus away, and the reverse view (class show-sic on the page) swaps them. -->
  <xsl:template match="choice[sic][corr]" mode="m:html">
    <xsl:param name="in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="corr" select="corr[1]"/>
    <xsl:variable name="why" select="f:correction-note($corr)"/>
    <span class="choice">
      <xsl:apply-templates select="($corr/@xml:id, @xml:id)[1]" mode="m:html"/>
      <span class="corr has-tip">
        <xsl:if test="not($in-link)"><xsl:attribute name="tabindex" select="0"/></xsl:if>
        <xsl:apply-templates select="$corr/node()" mode="m:html"/>
        <span class="tip"><span class="visually-hidden"> (</span><xsl:value-of select="f:s('witness-reads', f:plain(sic/node()))"/><xsl:if test="$why">; <xsl:value-of select="$why"/></xsl:if><span class="visually-hidden">)</span></span>
      </span>
      <span class="sic has-tip">
        <xsl:if test="not($in-link)"><xsl:attribute name="tabindex" select="-1"/></xsl:if>
        <xsl:apply-templates select="sic/node()" mode="m:html"/>
        <span class="tip"><span class="visually-hidden"> (</span><xsl:value-of select="f:s('corrected-to', f:plain($corr))"/><span class="visually-hidden">)</span></span>
      </span>
    </span>
  </xsl:template>

  <!-- Other choices: the regular or expanded form, with the original as a tooltip. A choice of
       more than two (a word's layers in a linguistic edition: its phonetics, segmentation and
       gloss, each a typed seg) gives every other alternative, a typed seg under its type. -->
  <xsl:template match="choice" mode="m:html">
    <xsl:param name="in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="shown" select="f:choice-shown(.)"/>
    <xsl:variable name="others" select="if (count(*) le 2) then f:choice-other(.) else (* except $shown)[normalize-space()]"/>
    <xsl:variable name="other" as="xs:string?" select="if (count(*) le 2) then $others ! f:plain(.)
      else string-join($others ! (if (self::seg[normalize-space(@type)]) then concat(replace(normalize-space(@type), '[_-]+', ' '), ': ', f:plain(.)) else f:plain(.)), '; ')[. ne '']"/>
    <span class="choice has-tip">
      <xsl:if test="not($in-link)"><xsl:attribute name="tabindex" select="0"/></xsl:if>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:apply-templates select="$shown/node()" mode="m:html"/>
      <xsl:if test="exists($other)"><span class="tip"><span class="visually-hidden"> (</span><xsl:value-of select="$other"/><span class="visually-hidden">)</span></span></xsl:if>
    </span>
  </xsl:template>

  <!-- Text the witness lacks, supplied by the editor: in square brackets. -->
  <xsl:template match="supplied" mode="m:html">
    <xsl:variable name="source" select="f:resp-name(@source)"/>
    <span class="supplied">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:attribute name="title" select="string-join((f:s('supplied-by-editor'), @reason ! concat('(', f:s('in-the-witness', string(.)), ')'), if ($source) then concat(f:s('from'), ' ', $source) else ()), ' ')"/>
      <xsl:text>[</xsl:text><xsl:apply-templates mode="m:html"/><xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <!-- Something the witness does not have (a diagram): said where it stood. A gap without a
       description of its own is an ellipsis in brackets, as editions of inscriptions and
       papyri print it, and says what is missing on hover (lost, 3 characters: core
       f:gap-description). -->
  <xsl:template match="gap" mode="m:html">
    <xsl:variable name="what" select="f:gap-description(.)"/>
    <span class="gap">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:if test="not(desc)"><xsl:attribute name="title" select="string-join((f:s('gap-in-text'), $what[. ne '']), ': ')"/></xsl:if>
      <xsl:text>[</xsl:text>
      <xsl:value-of select="if (desc) then f:gap-own-description(.) else '…'"/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="unclear" mode="m:html">
    <span class="unclear" title="{f:s('unclear')}"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>

  <xsl:template match="add" mode="m:html">
    <ins class="add"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></ins>
  </xsl:template>

  <xsl:template match="del" mode="m:html">
    <del class="del"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></del>
  </xsl:template>

</xsl:stylesheet>
