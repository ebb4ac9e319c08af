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
    <xsl:text>#contents()&#10;&#10;</xsl:text>
    <xsl:call-template name="principles"/>
    <xsl:call-template name="witnesses"/>
  </xsl:template>

  <!-- The text of a header element as one line. (The core's f:plain reads the text as a reader
       of the edition does and so leaves notes out; in the header, notes are descriptions.) -->
  <xsl:function name="f:header-text" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="normalize-space(string($e))"/>
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
    <xsl:value-of select="f:typst-text(string-join($file/titleStmt/author ! f:header-text(.), ', '))"/>
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
    <xsl:value-of select="f:front-par(concat(string-join($file/titleStmt/author ! f:header-text(.), ', '), ', ', f:main-title(ancestor::TEI), '.'))"/>
    <!-- The publication history: each edition's description, in the order the header gives. -->
    <xsl:for-each select="$file/sourceDesc/listBibl/bibl">
      <xsl:value-of select="f:front-par(f:header-text((note[@type = 'description'], .)[1]))"/>
    </xsl:for-each>
    <xsl:for-each select="$file/sourceDesc/listWit/witness">
      <xsl:value-of select="f:front-par(concat('Witness ', @xml:id), f:header-text(title))"/>
    </xsl:for-each>
    <xsl:for-each select="$file/editionStmt/edition">
      <xsl:value-of select="f:front-par(f:header-text(.))"/>
    </xsl:for-each>
    <xsl:for-each select="$file/titleStmt/respStmt">
      <xsl:value-of select="f:front-par(concat(f:header-text(resp), ' ', string-join((persName, orgName, name) ! f:header-text(.), ', '), '.'))"/>
    </xsl:for-each>
    <xsl:value-of select="f:front-par(string-join(($file/publicationStmt/publisher ! f:header-text(.), $file/publicationStmt/pubPlace ! f:header-text(.), $file/publicationStmt/date ! f:header-text(.)), ', '))"/>
    <xsl:for-each select="$file/publicationStmt/availability/(licence, p)">
      <xsl:value-of select="f:front-par(f:header-text(.))"/>
    </xsl:for-each>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- What each part of the editorial declaration is about, as a lead-in. -->
  <xsl:function name="f:principle-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/self::normalization) then 'Transcription.'
      else if ($e/self::segmentation) then 'Lines and structure.'
      else if ($e/self::interpretation) then 'Titles.'
      else if ($e/self::quotation) then 'Quotations.'
      else if ($e/self::correction) then 'Corrections.'
      else if ($e/self::hyphenation) then 'Hyphenation.'
      else if ($e/self::stdVals) then 'Dates and values.'
      else if (normalize-space($e/@n)) then concat(upper-case(substring($e/@n, 1, 1)), substring($e/@n, 2), '.')
      else ''"/>
  </xsl:function>

  <xsl:template name="principles">
    <xsl:text>#front-section(running: "Editorial principles")[Editorial principles]&#10;&#10;</xsl:text>
    <xsl:for-each select="encodingDesc/editorialDecl/*">
      <xsl:variable name="label" select="f:principle-label(.)"/>
      <xsl:for-each select="if (self::p) then . else p">
        <xsl:value-of select="if (position() = 1 and $label ne '') then f:front-par($label, f:header-text(.)) else f:front-par(f:header-text(.))"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:call-template name="signs"/>
  </xsl:template>

  <!-- The signs this print uses: editorial prose of the print edition itself. -->
  <xsl:template name="signs">
    <xsl:variable name="sigla" select="f:sigla(.)"/>
    <xsl:text>#subheading[</xsl:text>
    <xsl:value-of select="f:typst-text('How to read this edition')"/>
    <xsl:text>]&#10;&#10;</xsl:text>
    <xsl:value-of select="f:front-par('Line numbers.', 'The numbers in the margin count the printed lines of the text on each page; every fifth line is numbered.')"/>
    <xsl:value-of select="f:front-par('Apparatus.', concat('At the foot of the page, after the notes, each entry gives the line, the reading of the text (the lemma) followed by a bracket, then the other readings with the sigla of the witnesses that have them: line lemma] reading ',
      ($sigla[2], 'B')[1], '. “om.” stands for words a witness lacks: “om. A] words B” records words that only B has, such as the running head of its web page. “n. 47” keys an entry to note 47. Corrections of evident errors are printed in the text; the apparatus gives what the witness has, and why it was corrected.'))"/>
    <xsl:value-of select="f:front-par('Notes.', 'Notes numbered as in the witness are the author’s (signed “(L.S.)”) or, marked Tr., the unsigned notes of the translator or publisher of the English edition. Notes lettered a, b, c … within each chapter, marked Ed., are this edition’s.')"/>
    <xsl:value-of select="f:front-par('Brackets.', 'Words in square brackets are supplied by the editors (chapter titles lost in the witness); a description in italics within brackets stands for something the witness lacks.')"/>
    <xsl:for-each select="root(.)//sourceDesc/listWit/witness">
      <xsl:value-of select="f:front-par(concat('Siglum ', @xml:id, '.'), f:header-text(title))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The witnesses, each with its description and the paratext that opens it. -->
  <xsl:template name="witnesses">
    <xsl:variable name="front" select="root(.)//text/front"/>
    <xsl:text>#front-section(running: "The witnesses")[The witnesses]&#10;&#10;</xsl:text>
    <xsl:for-each select="fileDesc/sourceDesc/listWit/witness">
      <xsl:variable name="id" select="string(@xml:id)"/>
      <xsl:text>#subheading[</xsl:text>
      <xsl:value-of select="f:typst-text(concat('Witness ', $id))"/>
      <xsl:text>]&#10;&#10;</xsl:text>
      <xsl:value-of select="f:front-par(f:header-text(title))"/>
      <xsl:for-each select="note">
        <xsl:value-of select="f:front-par(f:header-text(.))"/>
      </xsl:for-each>
      <xsl:for-each select="$front/div[@type = 'paratext'][.//lb[f:id-refs(@edRef) = $id]]">
        <xsl:value-of select="f:front-par(concat('The page of witness ', $id, ' begins with a header by ', (f:resp-name(@resp), 'another hand')[1], ', not part of the text:'))"/>
        <xsl:text>#quotation[</xsl:text>
        <xsl:apply-templates select="*" mode="m:print-block"/>
        <xsl:text>]&#10;&#10;</xsl:text>
      </xsl:for-each>
    </xsl:for-each>
    <!-- Front matter of the text that belongs to no witness's paratext. -->
    <xsl:apply-templates select="$front/*[not(self::div[@type = 'paratext'])]" mode="m:print-block"/>
  </xsl:template>

</xsl:stylesheet>
