<?xml version="1.0" encoding="UTF-8"?>
<!--
  A teiCorpus as one TEI, which the HTML and print renderers then publish as they publish any
  TEI (src/render/corpus.ts runs this first when the root is teiCorpus). The corpus header is
  the header; each member's text becomes a text of one group, with a title page made from the
  member's own header (its title and authors), so no member's title or words are lost. A
  nested corpus becomes a group headed by its title. The members' character declarations
  join the corpus header's (their texts' g point to them). What else the members' headers say
  (their sources, their revision history) is not shown: it describes files, not the reading.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/teiCorpus">
    <TEI>
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates select="teiHeader" mode="corpus-header"/>
      <xsl:copy-of select="standOff"/>
      <text>
        <group>
          <xsl:apply-templates select="TEI | teiCorpus" mode="member"/>
        </group>
      </text>
    </TEI>
  </xsl:template>

  <!-- The corpus header, with the character declarations of the members' headers (a member's
       g points to its own charDecl, and a member's header is not kept: core glyphs.xsl). -->
  <xsl:template match="teiHeader" mode="corpus-header">
    <xsl:variable name="decls" select="..//(TEI | teiCorpus)/teiHeader/encodingDesc/charDecl"/>
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:for-each select="node()">
        <xsl:copy-of select="if (self::encodingDesc and exists($decls)) then () else ."/>
        <xsl:if test="self::encodingDesc and exists($decls)">
          <encodingDesc><xsl:copy-of select="@*, node(), $decls"/></encodingDesc>
        </xsl:if>
        <xsl:if test="self::fileDesc and exists($decls) and empty(../encodingDesc)">
          <encodingDesc><xsl:copy-of select="$decls"/></encodingDesc>
        </xsl:if>
      </xsl:for-each>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="teiCorpus" mode="member">
    <group>
      <xsl:copy-of select="@xml:id, @xml:lang"/>
      <xsl:for-each select="teiHeader/fileDesc/titleStmt/title[normalize-space()][1]">
        <head><xsl:copy-of select="node()"/></head>
      </xsl:for-each>
      <xsl:apply-templates select="TEI | teiCorpus" mode="member"/>
    </group>
  </xsl:template>

  <!-- A member: its text, keeping the TEI's id and language where the text has none. -->
  <xsl:template match="TEI" mode="member">
    <xsl:variable name="titles" select="teiHeader/fileDesc/titleStmt/title[normalize-space()]"/>
    <xsl:variable name="authors" select="teiHeader/fileDesc/titleStmt/author[normalize-space()]"/>
    <text>
      <xsl:copy-of select="@xml:id[empty(current()/text/@xml:id)], @xml:lang[empty(current()/text/@xml:lang)], text/@*"/>
      <xsl:if test="exists($titles | $authors | text/front)">
        <front>
          <xsl:if test="exists($titles | $authors)">
            <titlePage>
              <xsl:if test="exists($titles)">
                <docTitle>
                  <xsl:for-each select="$titles"><titlePart><xsl:copy-of select="node()"/></titlePart></xsl:for-each>
                </docTitle>
              </xsl:if>
              <xsl:for-each select="$authors"><docAuthor><xsl:copy-of select="node()"/></docAuthor></xsl:for-each>
            </titlePage>
          </xsl:if>
          <xsl:copy-of select="text/front/node()"/>
        </front>
      </xsl:if>
      <xsl:copy-of select="text/(body | group | back)"/>
    </text>
  </xsl:template>

</xsl:stylesheet>
