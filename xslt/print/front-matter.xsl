<?xml version="1.0" encoding="UTF-8"?>
<!--
  Front matter from the TEI header: the title page, its verso with the bibliographic facts
  (the editions the text was published in, the witnesses, this edition and its licence), the
  table of contents, the editorial principles with the signs this print uses, and the
  witnesses with the paratext that opens them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:print-front" on-no-match="shallow-skip"/>

  <xsl:template match="teiHeader" mode="m:print-front">
    <xsl:call-template name="title-page"/>
    <xsl:call-template name="verso"/>
    <xsl:text>#contents(title: [</xsl:text>
    <xsl:value-of select="f:typst-text(f:s('contents'))"/>
    <xsl:text>])&#10;&#10;</xsl:text>
    <xsl:call-template name="principles"/>
    <xsl:call-template name="witnesses"/>
    <xsl:call-template name="manuscripts"/>
  </xsl:template>

  <!-- The text of a header element as one line. (The core's f:plain reads the text as a reader
       of the edition does and so leaves notes out; in the header, notes are descriptions.) -->
  <xsl:function name="f:header-text" as="xs:string">
    <xsl:param name="e" as="element()*"/>
    <xsl:sequence select="normalize-space(string-join($e ! string(.), ' '))"/>
  </xsl:function>

  <!-- A front-matter paragraph of plain header text. -->
  <xsl:function name="f:front-par" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="concat(f:typst-text(normalize-space($text)), '&#10;&#10;')"/>
  </xsl:function>

  <!-- A paragraph with a lead-in in small capitals. -->
  <xsl:function name="f:front-par" as="xs:string">
    <xsl:param name="lead" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="concat('#smallcaps[', f:typst-text($lead), '] ', f:typst-text(normalize-space($text)), '&#10;&#10;')"/>
  </xsl:function>

  <xsl:template name="title-page">
    <xsl:variable name="file" select="fileDesc"/>
    <xsl:text>#title-page(author: [</xsl:text>
    <xsl:value-of select="f:typst-text(string-join($file/titleStmt/author ! f:header-name(.), ', '))"/>
    <xsl:text>], title: [</xsl:text>
    <xsl:value-of select="f:typst-text(f:main-title(ancestor::TEI))"/>
    <xsl:text>], subtitle: [</xsl:text>
    <xsl:value-of select="f:typst-text(string-join($file/titleStmt/title[@type = 'sub'] ! f:header-text(.), ' · '))"/>
    <xsl:text>], edition: [</xsl:text>
    <xsl:value-of select="f:typst-text(string-join($file/editionStmt/edition ! f:header-text(.), ' '))"/>
    <xsl:text>], publisher: [</xsl:text>
    <xsl:value-of select="f:typst-text(string-join($file/publicationStmt/(publisher, distributor, authority) ! f:header-text(.), ', '))"/>
    <xsl:text>])&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="verso">
    <xsl:variable name="file" select="fileDesc"/>
    <xsl:text>#verso[</xsl:text>
    <xsl:value-of select="f:front-par(concat(string-join(($file/titleStmt/author ! f:header-name(.), f:main-title(ancestor::TEI))[. ne ''], ', '), '.'))"/>
    <!-- The publication history: each edition's description, in the order the header gives. -->
    <xsl:for-each select="$file/sourceDesc//listBibl/bibl[not(ancestor::msDesc)]">
      <xsl:value-of select="f:front-par(f:header-text((note[@type = 'description'], .)[1]))"/>
    </xsl:for-each>
    <xsl:for-each select="$file/sourceDesc//listWit//witness">
      <xsl:value-of select="f:front-par(f:s('witness-n', f:siglum-label(., f:witness-key(.))), if (f:content-siglum(.)) then '' else f:header-text((title, .)[1]))"/>
    </xsl:for-each>
    <xsl:for-each select="$file/editionStmt/edition">
      <xsl:value-of select="f:front-par(f:header-text(.))"/>
    </xsl:for-each>
    <xsl:for-each select="$file/titleStmt/respStmt">
      <xsl:value-of select="f:front-par(concat(f:header-text(resp), ' ', string-join((persName, orgName, name) ! f:header-text(.), ', '), '.'))"/>
    </xsl:for-each>
    <xsl:value-of select="f:front-par(string-join(($file/publicationStmt/(publisher, distributor, authority) ! f:header-text(.), $file/publicationStmt/pubPlace ! f:header-text(.), $file/publicationStmt/date ! f:header-text(.))[. ne ''], ', '))"/>
    <xsl:for-each select="$file/publicationStmt/availability/(licence, p)[normalize-space()]">
      <xsl:value-of select="f:front-par(f:header-text(.))"/>
    </xsl:for-each>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- What each part of the editorial declaration is about, as a lead-in. -->
  <xsl:function name="f:principle-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="key" select="concat('p-', local-name($e))"/>
    <xsl:sequence select="
      if (not($e/self::p) and f:s($key) ne $key) then concat(f:s($key), '.')
      else if (normalize-space($e/@n)) then concat(upper-case(substring($e/@n, 1, 1)), substring($e/@n, 2), '.')
      else ''"/>
  </xsl:function>

  <xsl:template name="principles">
    <xsl:variable name="decl" select="encodingDesc/editorialDecl/*"/>
    <xsl:variable name="text" select="root(.)/TEI/text"/>
    <!-- only when there is something to say: the header's principles or the signs the text uses -->
    <xsl:if test="exists($decl) or exists(f:sigla(.)) or exists($text//(app | supplied | gap | note))">
      <xsl:text>#front-section(running: </xsl:text>
      <xsl:value-of select="f:typst-string(f:s('principles'))"/>
      <xsl:text>)[</xsl:text>
      <xsl:value-of select="f:typst-text(f:s('principles'))"/>
      <xsl:text>]&#10;&#10;</xsl:text>
      <xsl:for-each select="$decl">
        <xsl:variable name="label" select="f:principle-label(.)"/>
        <xsl:for-each select="if (self::p) then . else p">
          <xsl:value-of select="if (position() = 1 and $label ne '') then f:front-par($label, f:header-text(.)) else f:front-par(f:header-text(.))"/>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:call-template name="signs"/>
    </xsl:if>
  </xsl:template>

  <!-- The signs this print uses, each said only where the text uses it; the words are the
       strings table's (xslt/core/strings.xsl), the sigla the header's. -->
  <xsl:template name="signs">
    <xsl:variable name="text" select="root(.)/TEI/text"/>
    <xsl:variable name="notes" select="$text//note"/>
    <xsl:text>#subheading[</xsl:text>
    <xsl:value-of select="f:typst-text(f:s('how-to-read'))"/>
    <xsl:text>]&#10;&#10;</xsl:text>
    <xsl:value-of select="f:front-par(f:s('read-lines'), f:s('read-lines-text'))"/>
    <xsl:if test="exists($text//app) or exists($text//choice[corr])">
      <xsl:value-of select="f:front-par(f:s('read-apparatus'), f:s('read-apparatus-text'))"/>
    </xsl:if>
    <xsl:if test="exists($notes)">
      <xsl:value-of select="f:front-par(f:s('read-notes'), string-join((
        f:s('read-notes-numbered'),
        if ($notes[f:note-kind(.) eq 'translator']) then f:s('read-notes-translator') else (),
        if ($notes[f:note-kind(.) eq 'editorial']) then f:s('read-notes-editorial') else ()), ' '))"/>
    </xsl:if>
    <xsl:if test="exists($text//(supplied | gap))">
      <xsl:value-of select="f:front-par(f:s('read-brackets'), f:s('read-brackets-text'))"/>
    </xsl:if>
    <xsl:if test="exists($text//surplus)">
      <xsl:value-of select="f:front-par(f:s('read-braces'), f:s('read-braces-text'))"/>
    </xsl:if>
    <xsl:call-template name="conspectus-siglorum"/>
  </xsl:template>

  <!-- The witnesses, each with its description and the paratext that opens it. -->
  <xsl:template name="witnesses">
    <xsl:variable name="front" select="root(.)//text/front"/>
    <xsl:variable name="witnesses" select="fileDesc/sourceDesc//listWit//witness"/>
    <xsl:if test="exists($witnesses)">
      <xsl:text>#front-section(running: </xsl:text>
      <xsl:value-of select="f:typst-string(f:s('the-witnesses'))"/>
      <xsl:text>)[</xsl:text>
      <xsl:value-of select="f:typst-text(f:s('the-witnesses'))"/>
      <xsl:text>]&#10;&#10;</xsl:text>
    </xsl:if>
    <xsl:for-each select="$witnesses">
      <xsl:variable name="id" select="f:witness-key(.)"/>
      <xsl:variable name="label" select="f:siglum-label(., $id)"/>
      <xsl:text>#subheading[</xsl:text>
      <xsl:value-of select="f:typst-text(f:s('witness-n', $label))"/>
      <xsl:text>]&#10;&#10;</xsl:text>
      <xsl:if test="empty(f:content-siglum(.))"><xsl:value-of select="f:front-par(f:header-text((title, .)[1]))"/></xsl:if>
      <xsl:for-each select="note">
        <xsl:value-of select="f:front-par(f:header-text(.))"/>
      </xsl:for-each>
      <xsl:for-each select="$front/div[@type = 'paratext'][.//lb[f:wit-refs(@edRef) = $id]]">
        <xsl:value-of select="f:front-par(f:s('witness-header', ($label, (f:resp-name(@resp), f:s('another-hand'))[1])))"/>
        <xsl:text>#quotation[</xsl:text>
        <xsl:apply-templates select="*" mode="m:print-block">
          <xsl:with-param name="line-marks" select="false()" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:text>]&#10;&#10;</xsl:text>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- A manuscript the text comes from, or that a catalogue record describes, as its description
       (TEI msDesc) has it: for a catalogue record that is its content. -->
  <xsl:template name="manuscripts">
    <xsl:variable name="manuscripts" select="fileDesc/sourceDesc/msDesc"/>
    <xsl:if test="exists($manuscripts)">
      <xsl:text>#front-section(running: </xsl:text>
      <xsl:value-of select="f:typst-string(f:s('sources'))"/>
      <xsl:text>)[</xsl:text>
      <xsl:value-of select="f:typst-text(f:s('sources'))"/>
      <xsl:text>]&#10;&#10;</xsl:text>
      <xsl:apply-templates select="$manuscripts" mode="m:print-block">
        <xsl:with-param name="line-marks" select="false()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
