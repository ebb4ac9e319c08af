<?xml version="1.0" encoding="UTF-8"?>
<!--
  The apparatus (parallel segmentation). In the text every variant place holds all its
  readings, each marked with its witnesses (data-wit); the base witness's reading shows and
  the others are hidden, so the page reads without JavaScript, and the witness switch
  (assets/edition.js) shows the text as any witness has it. A mark after the place links to
  the chapter's apparatus, which lists the readings with their sigla.
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

  <xsl:mode name="m:apparatus-entry" on-no-match="fail"/>

  <!-- The kinds of variant a reader can show or hide, in the order the filter lists them. -->
  <xsl:variable name="v:variant-types" as="xs:string+" xmlns:v="urn:x-tei-edition:variable"
    select="'substantive', 'omission', 'addition', 'transposition', 'orthographic', 'case', 'punctuation', 'typography', 'hyphenation', 'frame'"/>

  <!-- The kinds of variant at a place: the app's type and its readings' (rdgGrp, rdg), those the
       filter knows; "other" when none is. -->
  <xsl:function name="f:variant-types" as="xs:string+">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="if (root($app) is root($v:tei)) then tokenize($v:variant-types-of($app/accumulator-before('a:app-rank'))) else f:variant-types-found($app)"/>
  </xsl:function>

  <!-- The kinds of every place, found once, by the place's rank in the document (an array:
       generate-id costs SaxonJS a count of the preceding siblings of every ancestor): a page
       asks for a place's kinds five or six times (its mark, its entry, the filter, each column
       of the synopsis). -->
  <xsl:variable name="v:variant-types-of" as="array(xs:string)"
    select="array { root($v:tei)//app ! string-join(f:variant-types-found(.), ' ') }"/>
  <xsl:accumulator name="a:app-rank" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="app" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:function name="f:variant-types-found" as="xs:string+">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="types" select="distinct-values(($app/@type, $app/rdgGrp/@type, f:readings($app)/@type) ! normalize-space(.))"
      xmlns:v="urn:x-tei-edition:variable"/>
    <xsl:variable name="known" select="$types[. = $v:variant-types]" xmlns:v="urn:x-tei-edition:variable"/>
    <xsl:sequence select="if (exists($known)) then $known else 'other'"/>
  </xsl:function>

  <!-- Checkboxes that show or hide each kind of variant present in $apps (edition.js; hidden
       until the script runs, so that without it every variant shows). -->
  <xsl:template name="variant-filter">
    <xsl:param name="apps" as="element(app)*"/>
    <!-- each place's kinds once (they are distinct within a place), counted below: asking
         every place again for every kind made this a tenth of a long chapter's time -->
    <xsl:variable name="kinds" select="$apps ! f:variant-types(.)"/>
    <xsl:variable name="present" select="distinct-values($kinds)"/>
    <xsl:variable name="order" select="($v:variant-types, 'other')" xmlns:v="urn:x-tei-edition:variable"/>
    <xsl:if test="exists($present)">
      <div class="controls variant-controls" hidden="">
        <fieldset class="variant-filter">
          <legend><xsl:value-of select="f:s('variant-classes')"/></legend>
          <xsl:for-each select="$order[. = $present]">
            <xsl:variable name="t" select="."/>
            <label>
              <input type="checkbox" name="variant-type" value="{$t}">
                <xsl:if test="not($t = $hidden-variants)"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
              </input>
              <xsl:text> </xsl:text>
              <xsl:value-of select="f:s(concat('vt-', $t))"/>
              <xsl:text> (</xsl:text>
              <xsl:value-of select="count($kinds[. eq $t])"/>
              <xsl:text>)</xsl:text>
            </label>
          </xsl:for-each>
        </fieldset>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The id of a variant place in HTML. -->
  <xsl:function name="f:app-id" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="(f:own-id($app), concat('app-', count($app/preceding::app) + 1))[1]"/>
  </xsl:function>

  <xsl:template match="app" mode="m:html">
    <xsl:param name="base" as="xs:string?" tunnel="yes" select="()"/>
    <xsl:variable name="block" select="f:app-is-block(.)"/>
    <xsl:variable name="id" select="f:app-id(.)"/>
    <xsl:element name="{if ($block) then 'div' else 'span'}">
      <xsl:attribute name="class" select="string-join(('app', if ($block) then 'app-block' else (), @type[. = 'frame'] ! 'app-frame', if (f:is-hidden-variant(.)) then 'vt-off' else ()), ' ')"/>
      <xsl:attribute name="id" select="$id"/>
      <xsl:attribute name="data-vt" select="string-join(f:variant-types(.), ' ')"/>
      <xsl:for-each select="f:readings(.)">
        <xsl:variable name="wits" select="f:reading-wits(.)"/>
        <xsl:element name="{if ($block) then 'div' else 'span'}">
          <xsl:attribute name="class" select="concat('reading reading-', local-name())"/>
          <xsl:attribute name="data-wit" select="string-join($wits, ' ')"/>
          <!-- the reading of the witness the page shows, else the base reading (the print's), marked
               for the witness switch's edited text -->
          <xsl:if test="empty($base) and . is f:base-reading(ancestor::app[1])"><xsl:attribute name="data-base" select="''"/></xsl:if>
          <xsl:if test="not(f:reading-shown(., $base))"><xsl:attribute name="hidden" select="'hidden'"/></xsl:if>
          <xsl:choose>
            <xsl:when test="$block"><xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template></xsl:when>
            <xsl:otherwise><xsl:apply-templates mode="m:html"/></xsl:otherwise>
          </xsl:choose>
        </xsl:element>
      </xsl:for-each>
      <xsl:if test="f:is-variation(.)">
        <a class="app-mark" href="#entry-{$id}" aria-label="{f:s('variant-readings')}">°</a>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- A running head or page footer of a witness. -->
  <xsl:template match="fw" mode="m:html">
    <p class="{string-join(('fw', @type ! concat('fw-', .)), ' ')}">
      <xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/>
    </p>
  </xsl:template>

  <!-- The apparatus of the chapter in the context: one entry per variant place, a place
       inside a reading of another (a variant within a passage only some witnesses have) after
       it. -->
  <xsl:template name="apparatus-panel">
    <xsl:variable name="apps" select=".//app[f:is-variation(.)]"/>
    <xsl:variable name="id" select="(f:own-id(.), f:unit-id(.))[1]"/>
    <xsl:if test="exists($apps)">
      <section class="apparatus" aria-labelledby="{$id}-apparatus">
        <h2 id="{$id}-apparatus"><xsl:value-of select="f:s('apparatus')"/></h2>
        <xsl:if test="f:has-synopsis(.)">
          <p class="synopsis-link"><a href="{f:synopsis-file(.)}"><xsl:value-of select="f:s('synoptic')"/></a>
            <xsl:text>: </xsl:text><xsl:value-of select="f:s('synoptic-long')"/></p>
        </xsl:if>
        <xsl:call-template name="variant-filter">
          <xsl:with-param name="apps" select="$apps"/>
        </xsl:call-template>
        <p class="apparatus-key">
          <xsl:for-each select="f:witnesses-of(.)">
            <xsl:variable name="w" select="key('k:id', ., root($apps[1]))" xmlns:k="urn:x-tei-edition:key"/>
            <span class="siglum-key"><b class="siglum"><xsl:value-of select="f:siglum-label($apps[1], .)"/></b>
              <xsl:text> </xsl:text><xsl:value-of select="f:plain($w/title)"/></span>
          </xsl:for-each>
        </p>
        <ol class="app-entries">
          <xsl:apply-templates select="$apps" mode="m:apparatus-entry"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="app" mode="m:apparatus-entry">
    <xsl:variable name="id" select="f:app-id(.)"/>
    <xsl:variable name="line" select="(f:line-label(.), f:line-label((f:readings(.)//lb)[1]))[1]"/>
    <li id="entry-{$id}" data-vt="{string-join(f:variant-types(.), ' ')}">
      <xsl:if test="f:is-hidden-variant(.)"><xsl:attribute name="class" select="'vt-off'"/></xsl:if>
      <a class="app-where" href="#{$id}">
        <xsl:value-of select="if (@type = 'frame') then (if (.//fw/@type = 'footer') then f:s('page-footer') else f:s('running-head')) else if ($line) then f:s('line-n', $line) else f:s('variant')"/>
      </a>
      <xsl:text> </xsl:text>
      <xsl:for-each select="f:readings(.)">
        <xsl:variable name="text" select="f:reading-plain(.)"/>
        <span class="reading-entry">
          <xsl:choose>
            <xsl:when test="$text"><span class="reading-text"><xsl:value-of select="$text"/></span></xsl:when>
            <xsl:otherwise><i class="reading-text"><xsl:value-of select="f:s('omitted')"/></i></xsl:otherwise>
          </xsl:choose>
          <xsl:text> </xsl:text>
          <span class="sigla"><xsl:value-of select="f:reading-wits(.) ! f:siglum-label(current(), .)"/></span>
          <xsl:if test="self::lem"><xsl:text>]</xsl:text></xsl:if>
          <xsl:if test="@type"><xsl:text> </xsl:text><span class="variant-type">(<xsl:value-of select="@type"/>)</span></xsl:if>
        </span>
        <xsl:if test="position() ne last()"><xsl:text> </xsl:text></xsl:if>
      </xsl:for-each>
      <!-- what the collation says about a witness at this place (where it stands, ...) -->
      <xsl:for-each select="witDetail">
        <span class="wit-detail"><xsl:text> </xsl:text><b class="siglum"><xsl:value-of select="f:wit-refs(@wit) ! f:siglum-label(current(), .)" separator=" "/></b>: <xsl:value-of select="(f:plain(node())[. ne ''], @type)[1]"/></span>
      </xsl:for-each>
    </li>
  </xsl:template>

</xsl:stylesheet>
