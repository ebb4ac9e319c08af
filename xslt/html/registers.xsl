<?xml version="1.0" encoding="UTF-8"?>
<!--
  Register pages (persons, places, organisations, periodicals): each entry gives the
  regularised name, the facts the register records, the forms the witnesses use, and every
  occurrence, grouped by chapter and linked to its place in the text.
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

  <xsl:mode name="m:register" on-no-match="fail"/>

  <xsl:template name="register-page">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:param name="register" as="map(xs:string, xs:string)"/>
    <xsl:variable name="entries" select="$v:entries($register?kind)"/>
    <h1><xsl:value-of select="$register?title"/></h1>
    <xsl:choose>
      <xsl:when test="empty($entries)">
        <p class="register-intro"><xsl:value-of select="f:s('not-marked')"/></p>
      </xsl:when>
      <xsl:otherwise>
        <p class="register-intro">
          <xsl:value-of select="f:s('register-entries', string(count($entries)))"/>
          <xsl:if test="$register?kind eq 'person'"><xsl:text> </xsl:text><xsl:value-of select="f:s('register-persons-order')"/></xsl:if>
          <xsl:text> </xsl:text><xsl:value-of select="f:s('register-places')"/>
        </p>
        <nav class="register-letters" aria-label="Initials">
          <ul>
            <xsl:for-each-group select="$entries" group-adjacent="upper-case(substring(f:sort-key(.), 1, 1))">
              <li><a href="#{f:html-id(current-group()[1])}"><xsl:value-of select="current-grouping-key()"/></a></li>
            </xsl:for-each-group>
          </ul>
        </nav>
        <div class="register register-{$register?kind}">
          <xsl:apply-templates select="$entries" mode="m:register"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="person | place | org | bibl" mode="m:register">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <!-- the ranks of key('k:mentions', $id) in v:mentions, whose rows hold page, label, anchor -->
    <xsl:variable name="ranks" select="$v:occurrences($id)"/>
    <div class="entry" id="{f:id-of(.)}">
      <h2><xsl:value-of select="f:reg-name(.)"/></h2>
      <xsl:if test="birth | death | floruit">
        <p class="entry-dates">
          <xsl:value-of select="(birth/(@when, normalize-space(.))[. ne ''][1], '?')[1]"/>
          <xsl:text> – </xsl:text>
          <xsl:value-of select="(death/(@when, normalize-space(.))[. ne ''][1], '?')[1]"/>
        </p>
      </xsl:if>
      <xsl:for-each select="note[not(@type) or @type = 'description']">
        <p class="entry-desc"><xsl:value-of select="f:plain(node())"/></p>
      </xsl:for-each>
      <xsl:variable name="forms" select="f:entry-forms(.)"/>
      <xsl:if test="exists($forms)">
        <p class="entry-forms"><xsl:value-of select="f:s('written-as')"/><xsl:text> </xsl:text><xsl:value-of select="$forms ! concat('“', ., '”')" separator=", "/></p>
      </xsl:if>
      <xsl:for-each select="idno">
        <xsl:variable name="url" select="f:authority-url(.)"/>
        <xsl:if test="$url">
          <p class="entry-authority"><a href="{$url}" rel="external"><xsl:value-of select="concat(f:authority-name(.), ' ', normalize-space(.))"/></a></p>
        </xsl:if>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="empty($ranks)">
          <p class="occurrences-none"><xsl:value-of select="f:s('not-marked')"/></p>
        </xsl:when>
        <xsl:otherwise>
          <p class="occurrences-count"><xsl:value-of select="count($ranks)"/> <xsl:value-of select="concat(' ', if (count($ranks) eq 1) then f:s('occurrence') else f:s('occurrences'))"/>:</p>
          <ul class="occurrences">
            <xsl:for-each-group select="$ranks" group-by="$v:mention-places(.)?page">
              <xsl:variable name="chapter" select="f:chapter-of($v:mention-at(current()))"/>
              <xsl:variable name="page" select="current-grouping-key()"/>
              <li>
                <span class="occ-chapter"><xsl:value-of select="if ($chapter/@n) then f:s('chapter-n', string($chapter/@n)) else if ($chapter) then f:chapter-heading($chapter) else f:s('text')"/>: </span>
                <xsl:for-each select="current-group()">
                  <!-- f:href of the mention, on the page already known -->
                  <xsl:variable name="xml-id" select="$v:mention-at(.)/@xml:id"/>
                  <xsl:variable name="id" select="if ($xml-id) then string($xml-id) else $v:mention-anchors(.)[. ne '']"/>
                  <a href="{$page}{if ($id) then concat('#', $id) else ''}"><xsl:value-of select="$v:mention-places(.)?label"/></a>
                  <xsl:if test="position() ne last()">, </xsl:if>
                </xsl:for-each>
              </li>
            </xsl:for-each-group>
          </ul>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- Where a mention is, in a few words: "A 138", or "note 36" inside a note. -->
  <xsl:function name="f:occurrence-label" as="xs:string">
    <xsl:param name="m" as="element()"/>
    <xsl:variable name="note" select="$m/ancestor::note[1]"/>
    <xsl:variable name="line" select="f:line-ref($m)"/>
    <xsl:sequence select="string-join((if ($note) then f:s('note-n', f:note-mark($note)) else (), if ($line) then $line else if ($note) then () else lower-case(f:s('text'))), ', ')"/>
  </xsl:function>

  <!-- Authority files an idno may point to; nothing else becomes a link. -->
  <xsl:function name="f:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element(idno)"/>
    <xsl:variable name="v" select="normalize-space($idno)"/>
    <xsl:sequence select="
      if ($idno/@type = 'wikidata' and matches($v, '^Q[0-9]+$')) then concat('https://www.wikidata.org/wiki/', $v)
      else if ($idno/@type = 'viaf' and matches($v, '^[0-9]+$')) then concat('https://viaf.org/viaf/', $v)
      else if ($idno/@type = 'geonames' and matches($v, '^[0-9]+$')) then concat('https://www.geonames.org/', $v)
      else if ($idno/@type = ('URI', 'URL', 'uri', 'url')) then f:safe-url($v)
      else ()"/>
  </xsl:function>

  <xsl:function name="f:authority-name" as="xs:string">
    <xsl:param name="idno" as="element(idno)"/>
    <xsl:sequence select="(map { 'wikidata': 'Wikidata', 'viaf': 'VIAF', 'geonames': 'GeoNames' }(string($idno/@type)), f:s('authority-record'))[1]"/>
  </xsl:function>

</xsl:stylesheet>
