<?xml version="1.0" encoding="UTF-8"?>
<!--
  Quotations and quoted documents: block quotations, quotations with their source (figure with
  figcaption), epigraphs, signed documents, and quotations inside a sentence (whose quotation
  marks are the witness's own characters, so none are added).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A quotation set as its own paragraphs. -->
  <xsl:template match="quote[some $c in * satisfies f:is-block($c)]" mode="m:html">
    <blockquote class="quote">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </blockquote>
  </xsl:template>

  <!-- A quotation inside a sentence. -->
  <xsl:template match="quote | q | said" mode="m:html">
    <span class="quote"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>

  <!-- A quotation and its source inside a sentence: both run on in the sentence. -->
  <xsl:template match="cit[not(f:is-block(.))]" mode="m:html">
    <span class="{string-join(('cit', @type ! concat('cit-', .)), ' ')}">
      <xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/>
    </span>
  </xsl:template>

  <!-- A quotation set apart with its source: the quotation, then whatever else the cit holds
       (a translation's forms, a note: a dictionary's cit may hold no quote at all), and the
       source as its caption. -->
  <xsl:template match="cit[cit[preceding-sibling::bibl | preceding-sibling::ref]][f:is-block(.)]" mode="m:html" priority="1">
    <!-- (a source followed by a nested cit, a dictionary example's translation, is the
         example's own: all stay in their order, the source under the words it gives) -->
    <figure class="{string-join(('quotation', @type ! concat('cit-', .)), ' ')}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:for-each-group select="node()" group-adjacent="if (self::quote | self::q | self::said) then 'quote' else if (self::bibl | self::ref) then 'source' else 'rest'">
        <xsl:choose>
          <xsl:when test="current-grouping-key() eq 'quote'"><xsl:apply-templates select="current-group()" mode="m:cit-quote"/></xsl:when>
          <xsl:when test="current-grouping-key() eq 'source'"><p class="cit-source"><xsl:apply-templates select="current-group()" mode="m:html"/></p></xsl:when>
          <xsl:when test="current-group()[self::* or normalize-space()]">
            <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="current-group()"/></xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
    </figure>
  </xsl:template>
  <xsl:template match="cit" mode="m:html">
    <figure class="{string-join(('quotation', @type ! concat('cit-', .)), ' ')}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:apply-templates select="quote | q | said" mode="m:cit-quote"/>
      <xsl:variable name="rest" select="node() except (quote | q | said | bibl | ref)"/>
      <xsl:if test="$rest[self::* or normalize-space()]">
        <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="$rest"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="bibl | ref">
        <figcaption><xsl:apply-templates select="bibl | ref" mode="m:html"/></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- In a cit set apart, even a one-line quotation is a block. -->
  <xsl:template match="quote | q | said" mode="m:cit-quote">
    <blockquote class="quote">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:choose>
        <xsl:when test="p | lg | l | list | sp">
          <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><p><xsl:apply-templates mode="m:html"/></p></xsl:otherwise>
      </xsl:choose>
    </blockquote>
  </xsl:template>

  <!-- An epigraph: the quotation and its source, set apart at the head of the chapter. -->
  <xsl:template match="epigraph" mode="m:html">
    <div class="epigraph">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- The source of a quotation, or a bibliographic reference in the text. -->
  <xsl:template match="bibl" mode="m:html">
    <!-- references one after another in a paragraph are blocks to the core, so the whitespace
         between them is layout; set inline here, they are parted by a space -->
    <xsl:if test="preceding-sibling::*[1][self::bibl] and not(preceding-sibling::node()[1][self::text()][normalize-space()]) and f:is-block(.)"><xsl:text> </xsl:text></xsl:if>
    <cite class="bibl"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></cite>
  </xsl:template>

  <!-- A document quoted in full (a letter, a decree): its body and its signature. -->
  <xsl:template match="floatingText" mode="m:html">
    <figure class="{string-join(('document', @type[. ne 'document'] ! concat('document-', .)), ' ')}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <blockquote class="quote">
        <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="(front, body, back)/node()"/></xsl:call-template>
      </blockquote>
    </figure>
  </xsl:template>

  <xsl:template match="opener | closer" mode="m:html">
    <div class="{local-name()}"><xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="signed | salute | dateline" mode="m:html">
    <p class="{local-name()}"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></p>
  </xsl:template>

  <!-- Verse, should a quotation have it. -->
  <xsl:template match="lg" mode="m:html">
    <div class="lg"><xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </div>
  </xsl:template>
  <xsl:template match="l" mode="m:html">
    <span class="l">
      <xsl:if test="matches(@n, '^[0-9]*[05]$')"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <!-- the part of a shared line starts where the part before it stopped (core f:line-lead):
           that part's words, unseen, hold the place -->
      <xsl:for-each select="f:line-lead(.)"><span class="line-lead" aria-hidden="true"><xsl:value-of select="concat(., ' ')"/></span></xsl:for-each>
      <xsl:apply-templates select="node()" mode="m:html"/>
    </span><br/>
  </xsl:template>

</xsl:stylesheet>
