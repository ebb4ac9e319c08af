<?xml version="1.0" encoding="UTF-8"?>
<!--
  Driver of the static HTML edition. It imports the shared core (xslt/core/) and the HTML
  modules (xslt/html/), each a family of TEI elements or a kind of page, and declares the
  parameters. The principal result is empty; every page is an xsl:result-document, and
  search-docs.tsv carries the texts the search page indexes.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:import href="core/core.xsl"/>
  <xsl:include href="html/pages.xsl"/>
  <xsl:include href="html/links.xsl"/>
  <xsl:include href="html/structure.xsl"/>
  <xsl:include href="html/rendition.xsl"/>
  <xsl:include href="html/quotations.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/names.xsl"/>
  <xsl:include href="html/editorial.xsl"/>
  <xsl:include href="html/transcription.xsl"/>
  <xsl:include href="html/apparatus.xsl"/>
  <xsl:include href="html/synoptic.xsl"/>
  <xsl:include href="html/registers.xsl"/>
  <xsl:include href="html/front-matter.xsl"/>
  <xsl:include href="html/editorial-lists.xsl"/>
  <xsl:include href="html/search.xsl"/>
  <xsl:include href="html/fallback.xsl"/>

  <!-- Style mentions that no register entry identifies yet, so an editor sees them. -->
  <xsl:param name="show-unresolved" as="xs:boolean" select="false()"/>

  <!-- Which pages this run writes, so that a render can be shared among threads (each thread
       runs the same stylesheet with its share): any of 'index', 'chapters', 'registers',
       'editorial', 'search' (the search page and search-docs.tsv). Every page by default. -->
  <xsl:param name="pages" as="xs:string*" select="'index', 'chapters', 'registers', 'editorial', 'search'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:output name="page" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:output name="json" method="json" encoding="UTF-8" indent="no"/>

  <!-- The accumulators (links.xsl) apply to the TEI the site is made of. -->
  <xsl:mode use-accumulators="#all"/>

  <xsl:template match="/">
    <xsl:apply-templates select="TEI" mode="m:site"/>
  </xsl:template>

</xsl:stylesheet>
