<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition core: everything the HTML and the print stylesheets share and nothing that
  writes a particular output format. A driver imports this file and overrides what it needs.

  Naming: f: functions, m: modes, v: global variables, err: error codes.
  Modules:
    keys.xsl        keys over ids, mentions, notes and corrections
    references.xsl  pointers, register entries, entity classification, witness helpers
    notes.xsl       classification, numbering and labels of notes
    dates.xsl       the normalised value of a date
    text.xsl        m:plain, the reading text of a node (for titles, search, tooltips)
    unhandled.xsl   the policy for elements no rule renders ("fail or render")
    blocks.xsl      what is a block and what inline; which whitespace is text
    tables.xsl      what each child of a table is: caption, row, cell, trailer, or between rows
    rendition.xsl   the typographic features a phrase asks for (@rend, @rendition, @style)
    glyphs.xsl      what a g stands for: its content, else its charDecl mapping
    readings.xsl    the base reading of an app, the shown alternative of a choice, sigla
    strings.xsl     every sentence and label the outputs print, English and German
    errors.xsl      the error codes, raised with f:fail
    examples.xsl    examples of encoding (egXML) as the XML source they quote
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  exclude-result-prefixes="#all">

  <xsl:include href="keys.xsl"/>
  <xsl:include href="references.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="dates.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="unhandled.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="examples.xsl"/>
  <xsl:include href="tables.xsl"/>
  <xsl:include href="phrases.xsl"/>
  <xsl:include href="rendition.xsl"/>
  <xsl:include href="glyphs.xsl"/>
  <xsl:include href="readings.xsl"/>
  <xsl:include href="strings.xsl"/>
  <xsl:include href="apparatus-strings.xsl"/>
  <xsl:include href="errors.xsl"/>

</xsl:stylesheet>
