<?xml version="1.0" encoding="UTF-8"?>
<!--
  The lists of the editor's interventions on the editorial page: every correction with the
  witness's reading and the reason, every piece of supplied text with its source, every gap.
  Each row links to the place in the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template name="editorial-lists">
    <xsl:variable name="choices" select="text//choice[sic][corr]"/>
    <xsl:variable name="supplied" select="text//supplied"/>
    <xsl:variable name="gaps" select="text//gap"/>

    <section aria-labelledby="corrections">
      <h2 id="corrections"><xsl:value-of select="f:s('corrections')"/></h2>
      <xsl:choose>
        <xsl:when test="empty($choices)"><p><xsl:value-of select="f:s('no-corrections')"/></p></xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="f:s('corrections-intro', string(count($choices)))"/></p>
          <table class="interventions">
            <thead><tr><th scope="col"><xsl:value-of select="f:s('where')"/></th><th scope="col"><xsl:value-of select="f:s('witness-has')"/></th><th scope="col"><xsl:value-of select="f:s('corrected-as')"/></th><th scope="col"><xsl:value-of select="f:s('why-by-whom')"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="$choices">
                <tr>
                  <td><a href="{f:href(corr[1])}"><xsl:value-of select="f:place-label(.)"/></a></td>
                  <td><xsl:value-of select="f:plain(sic/node())"/></td>
                  <td><xsl:value-of select="f:plain(corr[1])"/></td>
                  <td><xsl:value-of select="f:correction-note(corr[1])"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section aria-labelledby="supplied">
      <h2 id="supplied"><xsl:value-of select="f:s('supplied')"/></h2>
      <xsl:choose>
        <xsl:when test="empty($supplied)"><p><xsl:value-of select="f:s('no-supplied')"/></p></xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="f:s('supplied-intro')"/></p>
          <table class="interventions">
            <thead><tr><th scope="col"><xsl:value-of select="f:s('where')"/></th><th scope="col"><xsl:value-of select="f:s('supplied')"/></th><th scope="col"><xsl:value-of select="f:s('why')"/></th><th scope="col"><xsl:value-of select="f:s('source')"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="$supplied">
                <tr>
                  <td><a href="{f:href(.)}"><xsl:value-of select="f:place-label(.)"/></a></td>
                  <td>[<xsl:value-of select="f:plain(node())"/>]</td>
                  <td><xsl:value-of select="string-join((@reason ! f:s('in-the-witness', string(.)), f:resp-name(@resp) ! f:s('supplied-by', .)), '; ')"/></td>
                  <td><xsl:value-of select="f:resp-name(@source)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="exists($gaps)">
      <section aria-labelledby="gaps">
        <h2 id="gaps"><xsl:value-of select="f:s('gaps')"/></h2>
        <ul class="gaps">
          <xsl:for-each select="$gaps">
            <li><a href="{f:href(.)}"><xsl:value-of select="f:place-label(.)"/></a>: <xsl:value-of select="if (desc) then f:gap-own-description(.) else string-join((@reason, @unit), ' ')"/></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- "Chapter 8, A 10" (or the chapter's title where it has no number). -->
  <xsl:function name="f:place-label" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="chapter" select="f:chapter-of($n)"/>
    <xsl:sequence select="string-join((
      if ($chapter/@n) then f:s('chapter-n', string($chapter/@n)) else if ($chapter) then f:chapter-heading($chapter) else f:s('front'),
      if ($n/ancestor-or-self::head[@type = 'title']) then f:s('title') else f:line-label($n)), ', ')"/>
  </xsl:function>

</xsl:stylesheet>
