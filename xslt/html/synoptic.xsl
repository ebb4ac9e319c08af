<?xml version="1.0" encoding="UTF-8"?>
<!--
  The synoptic view: a page per chapter that has variants and more than one witness, the
  witnesses side by side, one row per block of the text (paragraph, heading, verse line ...).
  Each column is the text of one witness, rebuilt from the apparatus: at every variant place
  the reading whose @wit names the witness (parallel segmentation), the lines of the other
  witnesses left out, the witness's own form where the edition corrects it (sic, orig). A block
  that a witness lacks leaves its cell empty. The variant places are marked with their kind
  (data-vt), so the page's filter can show or hide them; the columns can be chosen (edition.js;
  without the script every witness and every variant shows).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:v="urn:x-tei-edition:variable"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:synoptic-page" on-no-match="fail"/>
  <xsl:mode name="m:witness-text" on-no-match="shallow-skip"/>

  <!-- A chapter has a synopsis when it has variant places and more than one witness. -->
  <xsl:function name="f:has-synopsis" as="xs:boolean">
    <xsl:param name="chapter" as="element()"/>
    <xsl:sequence select="exists($chapter//app) and count(f:witnesses-of($chapter)) gt 1"/>
  </xsl:function>

  <xsl:function name="f:synopsis-file" as="xs:string">
    <xsl:param name="chapter" as="element()"/>
    <xsl:sequence select="replace(f:chapter-file($chapter), '\.html$', '-synopsis.html')"/>
  </xsl:function>

  <!-- The pages, one per chapter that has a synopsis (called from the site template). -->
  <xsl:template name="synoptic-pages">
    <xsl:param name="chapters" as="element()*"/>
    <xsl:for-each select="$chapters[f:has-synopsis(.)]">
      <xsl:result-document href="{f:synopsis-file(.)}" format="page">
        <xsl:call-template name="page">
          <xsl:with-param name="file" select="f:synopsis-file(.)"/>
          <xsl:with-param name="title" select="concat(f:s('synoptic'), ': ', f:chapter-heading(.))"/>
          <xsl:with-param name="kind" select="'synoptic'"/>
          <xsl:with-param name="node" select="."/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <!-- The blocks of a chapter a row stands for: the innermost text blocks, notes left out
       (they are not witness text at this place). -->
  <xsl:function name="f:synoptic-blocks" as="element()*">
    <xsl:param name="chapter" as="element()"/>
    <xsl:sequence select="$chapter//*[self::p or self::head or self::l or self::ab or self::item or self::fw or self::bibl or self::signed
      or self::salute or self::dateline or self::trailer or self::byline or self::speaker or self::stage or self::closer or self::opener]
      [not(ancestor::note)]
      [not(descendant::*[self::p or self::head or self::l or self::ab or self::item or self::fw or self::signed or self::salute or self::dateline][not(ancestor::note)])]"/>
  </xsl:function>

  <!-- Whether witness $w has block $b: every reading the block stands in names the witness. -->
  <xsl:function name="f:witness-has" as="xs:boolean">
    <xsl:param name="b" as="element()"/>
    <xsl:param name="w" as="xs:string"/>
    <xsl:sequence select="every $r in $b/ancestor::*[self::lem or self::rdg] satisfies $w = f:reading-wits($r)"/>
  </xsl:function>

  <xsl:template match="*" mode="m:synoptic-page">
    <xsl:variable name="wits" select="f:witnesses-of(.)"/>
    <xsl:variable name="apps" select=".//app[not(ancestor::app)]"/>
    <xsl:variable name="lang" select="(ancestor-or-self::*/@xml:lang)[last()]"/>
    <article class="synoptic">
      <header class="chapter-header">
        <h1><xsl:value-of select="f:s('synoptic')"/>: <xsl:value-of select="f:chapter-heading(.)"/></h1>
      </header>
      <p class="synoptic-intro"><xsl:value-of select="f:s('synoptic-intro')"/></p>
      <p class="synoptic-back"><a href="{f:chapter-file(.)}"><xsl:value-of select="f:chapter-heading(.)"/></a></p>
      <div class="controls synoptic-controls" hidden="">
        <fieldset class="witness-columns">
          <legend><xsl:value-of select="f:s('synoptic-columns')"/></legend>
          <xsl:for-each select="$wits">
            <label>
              <input type="checkbox" name="witness-column" value="{.}" checked="checked"/>
              <xsl:text> </xsl:text>
              <b class="siglum"><xsl:value-of select="f:siglum-label($v:tei, .)"/></b>
            </label>
          </xsl:for-each>
        </fieldset>
      </div>
      <xsl:call-template name="variant-filter">
        <xsl:with-param name="apps" select="$apps"/>
      </xsl:call-template>
      <table class="synopsis">
        <thead>
          <tr>
            <xsl:for-each select="$wits">
              <xsl:variable name="w" select="key('k:id', ., $v:tei)"/>
              <th scope="col" data-wit="{.}">
                <b class="siglum"><xsl:value-of select="f:siglum-label($v:tei, .)"/></b>
                <xsl:if test="$w/title"><xsl:text> </xsl:text><span class="wit-title"><xsl:value-of select="f:plain($w/title)"/></span></xsl:if>
              </th>
            </xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="f:synoptic-blocks(.)">
            <xsl:variable name="b" select="."/>
            <tr id="syn-{position()}" class="syn-{local-name()}">
              <xsl:for-each select="$wits">
                <xsl:choose>
                  <xsl:when test="f:witness-has($b, .)">
                    <td data-wit="{.}">
                      <xsl:if test="$lang"><xsl:attribute name="lang" select="$lang"/></xsl:if>
                      <xsl:apply-templates select="$b/node()" mode="m:witness-text">
                        <xsl:with-param name="wit" select="string(.)" tunnel="yes"/>
                      </xsl:apply-templates>
                    </td>
                  </xsl:when>
                  <xsl:otherwise><td data-wit="{.}" class="absent"></td></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </article>
  </xsl:template>

  <!-- ===== the text of one witness ===== -->

  <xsl:template match="text()" mode="m:witness-text">
    <xsl:value-of select="f:flow-text(.)"/>
  </xsl:template>

  <!-- A token right after a token, with no whitespace between them (core f:space-before-token). -->
  <xsl:template match="w[f:space-before-token(.)] | pc[f:space-before-token(.)]" mode="m:witness-text" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>
  <!-- A line of another witness is no break in this one's text. -->
  <xsl:template match="lb" mode="m:witness-text">
    <xsl:param name="wit" as="xs:string" tunnel="yes"/>
    <xsl:if test="not(f:joins(.) or f:wide-join(.)) and (empty(@edRef) or $wit = f:wit-refs(@edRef))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="witDetail | pb | cb | milestone | supplied | del" mode="m:witness-text"/>

  <!-- A note: only its mark, as the witness prints it in the line (the note is not text here). -->
  <xsl:template match="note" mode="m:witness-text">
    <xsl:if test="normalize-space(@n)"><sup class="note-mark"><xsl:value-of select="normalize-space(@n)"/></sup></xsl:if>
  </xsl:template>

  <xsl:template match="gap" mode="m:witness-text">
    <span class="gap">[…]</span>
  </xsl:template>

  <!-- What the witness has: its own form where the edition corrects or regularises it. -->
  <xsl:template match="choice" mode="m:witness-text">
    <xsl:apply-templates select="(sic, orig, abbr, f:choice-shown(.))[1]/node()" mode="m:witness-text"/>
  </xsl:template>

  <!-- A variant place: the witness's reading, marked; "om." where the witness has nothing here
       and another has words. -->
  <xsl:template match="app" mode="m:witness-text">
    <xsl:param name="wit" as="xs:string" tunnel="yes"/>
    <xsl:variable name="reading" select="f:readings(.)[$wit = f:reading-wits(.)][1]"/>
    <xsl:variable name="types" select="string-join(f:variant-types(.), ' ')"/>
    <xsl:choose>
      <xsl:when test="empty($reading)"/>
      <xsl:when test="normalize-space(string-join($reading//text()[not(ancestor::note)], ''))">
        <span class="variant" data-vt="{$types}" data-app="{f:app-id(.)}">
          <xsl:apply-templates select="$reading/node()" mode="m:witness-text"/>
        </span>
      </xsl:when>
      <xsl:when test="some $r in f:readings(.) satisfies normalize-space(string-join($r//text()[not(ancestor::note)], ''))">
        <xsl:text> </xsl:text>
        <i class="variant variant-om" data-vt="{$types}" data-app="{f:app-id(.)}"><xsl:value-of select="f:s('om')"/></i>
        <xsl:text> </xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$reading/node()" mode="m:witness-text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
