<?xml version="1.0" encoding="UTF-8"?>
<!--
  The indexes of persons and of places. The text carries an invisible mark after each name
  that points to a register entry (inline.xsl); book.typ collects the pages of the marks. The
  stylesheet gives the entries, in order, with the names a reader looks up ("Surname, Forename").
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:print-index" on-no-match="shallow-skip"/>

  <xsl:template match="TEI" mode="m:print-index">
    <xsl:call-template name="register-index">
      <xsl:with-param name="kind" select="'person'"/>
      <xsl:with-param name="title" select="f:s('index-persons')"/>
    </xsl:call-template>
    <xsl:call-template name="register-index">
      <xsl:with-param name="kind" select="'place'"/>
      <xsl:with-param name="title" select="f:s('index-places')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="register-index">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="root" select="root(.)"/>
    <!-- Entries the text mentions (through a mark), by the name under which a reader looks. -->
    <xsl:variable name="mentioned" select="$root//standOff/(listPerson//person | listPlace//place | listOrg//org | listBibl//bibl)
      [@xml:id castable as xs:NCName][exists(key('k:mentions', string(@xml:id), $root))][f:entity-kind(.) eq $kind]"/>
    <xsl:variable name="entries" select="sort($mentioned, 'http://www.w3.org/2005/xpath-functions/collation/html-ascii-case-insensitive', f:index-name#1)"/>
    <xsl:if test="exists($entries)">
      <xsl:text>#front-section(running: </xsl:text>
      <xsl:value-of select="f:typst-string($title)"/>
      <xsl:text>)[</xsl:text>
      <xsl:value-of select="f:typst-text($title)"/>
      <xsl:text>]&#10;#register-index((</xsl:text>
      <xsl:for-each select="$entries">
        <xsl:text>&#10;  (</xsl:text>
        <xsl:value-of select="f:typst-id(string(@xml:id))"/>
        <xsl:text>, [</xsl:text>
        <xsl:value-of select="f:typst-text(f:index-name(.))"/>
        <xsl:text>]),</xsl:text>
      </xsl:for-each>
      <xsl:text>&#10;))&#10;&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The heading of an entry: a person's surname first ("Surname, Forename", "Bismarck, Otto
       von"), unless the name ends in a regnal number ("Napoleon III") or is one word; other
       entries by their regularised name. -->
  <xsl:function name="f:index-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="f:reg-name($entry)"/>
    <xsl:variable name="words" select="tokenize($name, '\s+')"/>
    <xsl:sequence select="
      if ($entry/self::person and count($words) gt 1 and not(matches($words[last()], '^[IVXL]+$')))
      then concat($words[last()], ', ', string-join($words[position() lt last()], ' '))
      else $name"/>
  </xsl:function>

</xsl:stylesheet>
