<?xml version="1.0" encoding="UTF-8"?>
<!--
  Driver of the print edition: TEI to Typst markup, which src/render/pdf compiles to PDF/A
  with xslt/print/book.typ (the page design). It imports the shared core (xslt/core/) and the
  print modules (xslt/print/), each a family of TEI elements or a part of the book.

  Modes (each declared where its templates are):
    m:print-book     the document: preamble, front matter, text, indexes
    m:print-front    front matter from the header (title page, verso, principles, witnesses)
    m:print-block    block elements of the text (paragraphs, headings, quotations, lists ...)
    m:print-inline   the content of a block (text, names, notes, corrections, apps ...)
    m:print-reading  a reading or lemma as the apparatus quotes it (plain, no marks)
    m:print-apparatus  the apparatus entries that belong to a place in the text
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="core/core.xsl"/>
  <xsl:include href="print/typst.xsl"/>
  <xsl:include href="print/document.xsl"/>
  <xsl:include href="print/front-matter.xsl"/>
  <xsl:include href="print/structure.xsl"/>
  <xsl:include href="print/quotations.xsl"/>
  <xsl:include href="print/inline.xsl"/>
  <xsl:include href="print/rendition.xsl"/>
  <xsl:include href="print/notes.xsl"/>
  <xsl:include href="print/apparatus.xsl"/>
  <xsl:include href="print/index.xsl"/>
  <xsl:include href="print/fallback.xsl"/>

  <!-- Paper size: a4, a5 or us-letter (the names Typst uses). -->
  <xsl:param name="paper" as="xs:string" select="'a4'"/>

  <!-- The PDF's date when the header gives none (YYYY-MM-DD; src/render/pdf/typst-source.ts). -->
  <xsl:param name="fallback-date" as="xs:string" select="'2000-01-01'"/>

  <!-- The font families Typst tries in turn (src/render/pdf/fonts.ts). -->
  <xsl:param name="fonts" as="xs:string*" select="'Libertinus Serif'"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:if test="not($paper = ('a4', 'a5', 'us-letter'))">
      <xsl:sequence select="f:fail('bad-param', concat('paper must be a4, a5 or us-letter, not ', $paper))"/>
    </xsl:if>
    <xsl:if test="not(TEI)">
      <xsl:sequence select="f:fail('bad-param', concat('the document is not TEI: its root is &lt;', name(*), '&gt;, not &lt;TEI&gt; in the TEI namespace'))"/>
    </xsl:if>
    <xsl:apply-templates select="TEI" mode="m:print-book"/>
  </xsl:template>

</xsl:stylesheet>
