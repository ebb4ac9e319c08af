<?xml version="1.0" encoding="UTF-8"?>
<!--
  The structure of the text: chapters and their titles, sections and subheadings, paragraphs,
  lists, dialogue and the printed section break. Each block is written as Typst markup on
  lines of its own, ending with a blank line (a paragraph break); its content comes from
  m:print-inline and never holds a newline, since a newline inside a paragraph is a space.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:print-block" on-no-match="fail"/>
  <xsl:mode name="m:print-running" on-no-match="text-only-copy"/>

  <!-- Layout whitespace between blocks; comments and processing instructions are not text. -->
  <xsl:template match="text()[not(normalize-space())] | comment() | processing-instruction()" mode="m:print-block"/>

  <!-- A comment line naming the TEI element a block comes from, so that a Typst message
       can be traced back to the TEI (src/render/pdf/typst-compile.ts reads it). -->
  <xsl:function name="f:source-comment" as="xs:string">
    <!-- a node: a run of mixed content set as a paragraph starts with text as often as not -->
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="if ($e/@xml:id) then concat('// #', $e/@xml:id, '&#10;') else ''"/>
  </xsl:function>

  <!-- ===== chapters and sections ===== -->

  <xsl:template match="div[@type = 'chapter']" mode="m:print-block">
    <xsl:variable name="title" select="f:division-title(.)"/>
    <xsl:value-of select="f:source-comment(.)"/>
    <xsl:variable name="opening">
      <xsl:call-template name="chapter-opening">
        <xsl:with-param name="n" select="if (f:shows-number(.)) then normalize-space(@n) else ()"/>
        <xsl:with-param name="printed" select="f:printed-number(.)"/>
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="running" select="if ($title) then f:running-head($title) else f:s('chapter-n', string(@n))"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="chapter-body">
      <xsl:with-param name="opening" select="$opening"/>
      <xsl:with-param name="blocks" select="node() except ($title, f:printed-number(.))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A part's opening, then its blocks. The title is set without line numbers: an apparatus
       entry in it is keyed to the nearest numbered line of its page (the first), so when the
       title holds one, the lines of the part carry their metadata (line-marks in book.typ). -->
  <xsl:template name="chapter-body">
    <xsl:param name="opening" as="document-node()"/>
    <xsl:param name="blocks" as="node()*"/>
    <xsl:sequence select="$opening/node()"/>
    <xsl:choose>
      <xsl:when test="f:has-line-entry(string($opening))">
        <xsl:text>#line-marks[&#10;</xsl:text>
        <xsl:apply-templates select="$blocks" mode="m:print-block"/>
        <xsl:text>]&#10;&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$blocks" mode="m:print-block"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether markup holds an apparatus entry keyed to its line (an `apparatus` call without
       a key: a lemma or none first). -->
  <xsl:function name="f:has-line-entry" as="xs:boolean">
    <xsl:param name="markup" as="xs:string"/>
    <xsl:sequence select="contains($markup, '#apparatus([') or contains($markup, '#apparatus(none')"/>
  </xsl:function>

  <!-- What stands outside the chapters before a chapter (f:chapter-lead): the title of a part
       (a book of a novel) opens like a chapter, without a number, on a page of its own; what
       else stands there (an epigraph of the part) follows it. -->
  <xsl:template name="chapter-lead">
    <xsl:for-each select="f:chapter-lead(.)">
      <xsl:choose>
        <xsl:when test="self::head">
          <xsl:value-of select="f:source-comment(.)"/>
          <xsl:call-template name="chapter-opening">
            <xsl:with-param name="n" select="()"/>
            <xsl:with-param name="title" select="."/>
            <xsl:with-param name="running" select="f:running-head(.)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="." mode="m:print-block"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- The opening of a part: a new recto, its number and title as a heading of the contents,
       and the running head of its pages. -->
  <xsl:template name="chapter-opening">
    <xsl:param name="n" as="xs:string?"/>
    <!-- the printed heading that numbers the division (core f:printed-number), set in place
         of "Chapter n" above the title -->
    <xsl:param name="printed" as="element()?" select="()"/>
    <xsl:param name="title" as="element()?"/>
    <!-- the words of a title the TEI does not write (used without $title) -->
    <xsl:param name="label" as="xs:string?" select="()"/>
    <xsl:param name="running" as="xs:string"/>
    <xsl:text>#chapter(n: </xsl:text>
    <xsl:value-of select="if (exists($n)) then f:typst-string($n) else 'none'"/>
    <xsl:if test="exists($printed)">
      <xsl:text>, printed: [</xsl:text>
      <xsl:apply-templates select="$printed/node()" mode="m:print-inline">
        <xsl:with-param name="in-heading" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:text>]</xsl:text>
    </xsl:if>
    <xsl:text>, running: </xsl:text>
    <xsl:value-of select="f:typst-string($running)"/>
    <xsl:text>)[</xsl:text>
    <xsl:apply-templates select="$title/node()" mode="m:print-inline">
      <xsl:with-param name="in-heading" select="true()" tunnel="yes"/>
    </xsl:apply-templates>
    <xsl:if test="empty($title)"><xsl:value-of select="$label ! f:typst-text(.)"/></xsl:if>
    <xsl:text>]&#10;</xsl:text>
    <xsl:value-of select="string-join(($printed, $title) ! f:heading-index-marks(.), '')"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- A text (or group of texts) of a group that is a part of its own (f:chapters) opens like
       a chapter under its title, found on its title page or as its first heading; that title
       is not printed a second time where it stands. -->
  <xsl:template name="group-member">
    <xsl:variable name="title" select="f:division-title(.)"/>
    <xsl:value-of select="f:source-comment(.)"/>
    <!-- without a title, what names the text (core f:division-label: "Translation (English)") -->
    <xsl:variable name="label" select="if ($title) then () else f:division-label(.)"/>
    <xsl:variable name="opening">
      <xsl:if test="$title or $label">
        <xsl:call-template name="chapter-opening">
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="label" select="$label"/>
          <xsl:with-param name="running" select="if ($title) then f:running-head($title) else $label"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:call-template name="chapter-body">
      <xsl:with-param name="opening" select="$opening"/>
      <xsl:with-param name="blocks" select="node() except child::div[@type = 'paratext']"/>
      <xsl:with-param name="printed-title" select="$title" tunnel="yes"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="head | titlePart" mode="m:print-block" priority="2">
    <xsl:param name="printed-title" as="element()?" tunnel="yes" select="()"/>
    <xsl:if test="not(. is $printed-title)"><xsl:next-match/></xsl:if>
  </xsl:template>

  <!-- The parts of the text (f:chapters), found once: a text of a group that is one is no
       level of the headings inside it (its title is the level of a chapter). -->
  <xsl:variable name="v:print-parts" as="element()*" select="f:chapters(/)"/>

  <!-- A section: its heading is a subheading of the chapter. Other divisions (div1 ... div7,
       a text in a group) likewise; a division in another language sets its text in it. -->
  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7 | group | text | body | front | back" mode="m:print-block">
    <xsl:value-of select="f:source-comment(.)"/>
    <xsl:choose>
      <xsl:when test="@xml:lang and f:typst-lang(@xml:lang) ne f:typst-lang(ancestor::*[@xml:lang][1]/@xml:lang)">
        <!-- A scope for the set rule, not a block: the paragraphs stay in the page's flow, where
             Typst can take a line to the next page with its footnotes (never out of a block). -->
        <xsl:text>#v(1.2em, weak: true)&#10;#[#set text(lang: "</xsl:text>
        <xsl:value-of select="f:typst-block-lang(@xml:lang)"/>
        <xsl:text>")&#10;</xsl:text>
        <xsl:apply-templates mode="m:print-block"/>
        <xsl:text>]&#10;#v(1.2em, weak: true)&#10;&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="m:print-block"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The running head of a chapter: its title as plain text, supplied words in brackets, without
       the marks of a plain-text transcription (the _ of _italics_). -->
  <xsl:function name="f:running-head" as="xs:string">
    <xsl:param name="head" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$head/node()" mode="m:print-running"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts, ''))"/>
  </xsl:function>
  <!-- A token right after a token, with no whitespace between them (core f:space-before-token). -->
  <xsl:template match="w[f:space-before-token(.)] | pc[f:space-before-token(.)]" mode="m:print-running" priority="1">
    <xsl:sequence select="' '"/>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="supplied" mode="m:print-running">
    <xsl:sequence select="concat('[', f:plain(.), ']')"/>
  </xsl:template>
  <xsl:template match="note | sic | rdg | rdgGrp | fw | metamark[@function = $v:transcription-marks]" mode="m:print-running"/>
  <!-- A title printed over two lines reads with a space where its line breaks, unless the break is inside a word. -->
  <xsl:template match="lb" mode="m:print-running">
    <xsl:if test="not(f:joins(.) or f:wide-join(.))"><xsl:sequence select="' '"/></xsl:if>
  </xsl:template>
  <xsl:template match="text()" mode="m:print-running">
    <xsl:sequence select="f:flow-text(.)"/>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="m:print-running"/>

  <!-- Index marks of the names in a heading, set after it: marks inside the heading would be
       found again in the table of contents and in the running heads. -->
  <xsl:function name="f:heading-index-marks" as="xs:string">
    <xsl:param name="head" as="element()?"/>
    <xsl:sequence select="string-join($head//(persName | placeName | orgName | title[@level = 'j'])[not(ancestor::note)] ! f:index-marks(.), '')"/>
  </xsl:function>

  <xsl:template match="head[@type = 'sub']" mode="m:print-block">
    <xsl:text>#subtitle[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="head" mode="m:print-block" priority="-0.1">
    <xsl:text>#subheading(level: </xsl:text>
    <xsl:value-of select="max((2, min((5, 1 + count(ancestor::*[self::div | self::div1 | self::div2 | self::div3 | self::div4 | self::div5 | self::div6 | self::div7 | self::text[parent::group][not(some $p in $v:print-parts satisfies $p is .)]][not(self::div[@type = 'chapter'])])))))"/>
    <xsl:text>)[</xsl:text>
    <xsl:call-template name="block-content">
      <xsl:with-param name="in-heading" select="true()" tunnel="yes"/>
    </xsl:call-template>
    <xsl:text>]&#10;</xsl:text>
    <xsl:value-of select="f:heading-index-marks(.)"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- The heading of a list, a cast list or a group of its roles ("Scottish Nobles"), a group
       of speeches, labels what it heads: a line of the text, not a heading of the book (it would
       stand in the contents among the acts). A cast list's, centred like its roles. -->
  <xsl:template match="head[parent::castList | parent::castGroup]" mode="m:print-block" priority="1">
    <xsl:text>#centred[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="head[parent::list | parent::listBibl | parent::spGrp | parent::listPerson | parent::listPlace | parent::listOrg | parent::listEvent | parent::listNym | parent::listWit]" mode="m:print-block" priority="1">
    <xsl:text>#table-caption[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- A heading only some witnesses have: TEI allows no head in a reading, so the toolkit
       writes it there as label[@type='head'] ('sub' for a subtitle). It is a line of that
       reading, not a heading of the book: the contents and running heads follow the edition's
       divisions, which a heading of one witness does not make (the HTML, too, sets it as a
       line of its reading). Centred, as a heading stands. -->
  <xsl:template match="label[@type = 'head']" mode="m:print-block">
    <xsl:value-of select="f:source-comment(.)"/>
    <xsl:text>#centred[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="label[@type = 'sub']" mode="m:print-block">
    <xsl:value-of select="f:source-comment(.)"/>
    <xsl:text>#subtitle[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- A role of a cast list that holds nothing (a pointer to a member of a group named in the
       role before it, as Folger's texts give one for each witch) prints no empty line. -->
  <xsl:template match="castItem[not(normalize-space())][empty(.//graphic)]" mode="m:print-block" priority="3"/>

  <!-- The header of a paratext (a web page's site title) is a line of that text, not a
       heading of the book. -->
  <xsl:template match="div[@type = 'paratext']/head" mode="m:print-block" priority="1">
    <xsl:call-template name="paragraph"/>
  </xsl:template>

  <!-- A block in a language of its own (a paragraph of Hebrew under an English division) sets
       its text in it, as a division does: Typst takes a paragraph's direction from its
       language, so the Hebrew starts at the right margin, and its words break as the language
       breaks them. A scope for the set rule around the block, not a block itself. -->
  <xsl:template match="*[@xml:lang][not(self::div | self::div1 | self::div2 | self::div3 | self::div4 | self::div5 | self::div6 | self::div7
    | self::group | self::text | self::body | self::front | self::back)][f:typst-lang(@xml:lang) ne f:typst-lang(ancestor::*[@xml:lang][1]/@xml:lang)][f:is-block(.)]"
    mode="m:print-block" priority="11">
    <xsl:text>#[#set text(lang: "</xsl:text>
    <xsl:value-of select="f:typst-block-lang(@xml:lang)"/>
    <xsl:text>")&#10;</xsl:text>
    <xsl:next-match/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- ===== paragraphs ===== -->

  <xsl:template match="p | ab" mode="m:print-block" name="paragraph">
    <xsl:param name="content" as="node()*" select="node()"/>
    <xsl:value-of select="f:source-comment(.)"/>
    <xsl:choose>
      <!-- a paragraph that holds blocks (a list, a quotation, a table ...): its runs of inline
           content are paragraphs, its blocks blocks -->
      <xsl:when test="some $c in $content[self::*] satisfies (f:is-block($c) and not($c/self::note | $c/self::app[not(f:app-is-block(.))] | $c/self::fw))">
        <xsl:for-each-group select="$content" group-adjacent="boolean(self::*[f:is-block(.)][not(self::note | self::app[not(f:app-is-block(.))] | self::fw)])">
          <xsl:choose>
            <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="m:print-block"/></xsl:when>
            <xsl:when test="exists(current-group()[self::* or normalize-space()])">
              <xsl:apply-templates select="current-group()" mode="m:print-inline"/>
              <xsl:text>&#10;&#10;</xsl:text>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="block-content"><xsl:with-param name="content" select="$content"/></xsl:call-template>
        <xsl:text>&#10;&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An example of encoding (core examples.xsl) is its XML source in a block of code; a
       plain example (eg) its text as written. Where one stands among words (a list item's, a
       note's), it is raw text in the line, its lines kept: Typst allows no block there. -->
  <xsl:template match="*[f:is-xml-example(.)] | eg" mode="m:print-block">
    <xsl:text>#block(breakable: true, </xsl:text>
    <xsl:call-template name="raw-example"><xsl:with-param name="block" select="true()"/></xsl:call-template>
    <xsl:text>)&#10;&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="*[f:is-xml-example(.)] | eg" mode="m:print-inline">
    <xsl:text>#</xsl:text>
    <xsl:call-template name="raw-example"><xsl:with-param name="block" select="false()"/></xsl:call-template>
  </xsl:template>
  <xsl:template name="raw-example">
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:text>raw(block: </xsl:text>
    <xsl:value-of select="$block"/>
    <xsl:if test="f:is-xml-example(.)">, lang: "xml"</xsl:if>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="f:typst-string(if (f:is-xml-example(.)) then f:xml-source(.) else replace(replace(string(.), '^\s*\n', ''), '\s+$', ''))"/>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <xsl:template match="ab[@type = 'sectionBreak']" mode="m:print-block">
    <xsl:text>#section-break[</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- The content of a block: the apparatus entries anchored to it (for readings between
       blocks), its inline content, then entries of readings after it that no block follows. -->
  <xsl:template name="block-content">
    <xsl:param name="content" as="node()*" select="node()"/>
    <xsl:apply-templates select="." mode="m:print-anchored-apparatus"/>
    <xsl:apply-templates select="$content" mode="m:print-inline"/>
    <xsl:apply-templates select="." mode="m:print-trailing-apparatus"/>
  </xsl:template>

  <!-- A block whose markup holds an apparatus entry keyed to its line (an `apparatus` call
       without a key) is set inside line-marks (book.typ): its lines carry their numbers as
       metadata, by which the entry finds its line. Other lines go without, which saves a long
       book about a third of Typst's time and memory. What holds blocks and writes no line of
       its own (a division, a list, a verse group) is not wrapped whole: its blocks are, each
       as it needs. The front matter ($line-marks false) has no line numbers, which line-marks
       would give it. An edition's override of a block's template (imported after this one)
       comes before this template: its entries find their line only when it calls
       xsl:next-match, or writes line-marks itself. -->
  <xsl:template match="*[not(self::div | self::div1 | self::div2 | self::div3 | self::div4 | self::div5 | self::div6 | self::div7
    | self::group | self::text | self::body | self::front | self::back | self::list | self::lg | self::floatingText | self::app)]"
    mode="m:print-block" priority="10">
    <xsl:param name="line-marks" as="xs:boolean" select="true()" tunnel="yes"/>
    <!-- a tree, as the output is made: the markup is the same string as without the wrapper -->
    <xsl:variable name="markup"><xsl:next-match/></xsl:variable>
    <xsl:variable name="text" select="string($markup)"/>
    <xsl:choose>
      <xsl:when test="$line-marks and f:has-line-entry($text)">
        <!-- the comment naming the TEI element stays at the start of a line, where the
             diagnostics look for it (src/render/pdf/typst-compile.ts) -->
        <xsl:variable name="comment" select="if (starts-with($text, '// #')) then concat(substring-before($text, '&#10;'), '&#10;') else ''"/>
        <xsl:variable name="body" select="substring($text, string-length($comment) + 1)"/>
        <xsl:variable name="trimmed" select="replace($body, '\s+$', '')"/>
        <xsl:value-of select="concat($comment, '#line-marks[', $trimmed, ']', substring($body, string-length($trimmed) + 1))"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$markup/node()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== lists ===== -->

  <xsl:template match="list" mode="m:print-block">
    <!-- (the label a glossary list gives before an item is printed with it) -->
    <xsl:apply-templates select="node() except f:item-label(item)" mode="m:print-block"/>
  </xsl:template>

  <!-- An item with the label printed in the witness ("1."), or its number, or a bullet. -->
  <xsl:template match="item" mode="m:print-block">
    <xsl:variable name="own" select="label[1][not(preceding-sibling::node()[normalize-space()] except preceding-sibling::lb)]"/>
    <xsl:variable name="label" select="($own, f:item-label(.))[1]"/>
    <xsl:text>#item[</xsl:text>
    <xsl:choose>
      <xsl:when test="$label">
        <xsl:apply-templates select="$label/node()" mode="m:print-inline"/>
      </xsl:when>
      <xsl:when test="normalize-space(@n)">
        <xsl:value-of select="f:typst-text(concat(normalize-space(@n), '.'))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="f:typst-text('•')"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>][</xsl:text>
    <xsl:call-template name="block-content">
      <xsl:with-param name="content" select="node() except $own"/>
    </xsl:call-template>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- ===== dialogue ===== -->

  <!-- A speech: the speaker run in before the first paragraph, later paragraphs indented;
       verse and stage directions follow as blocks. -->
  <xsl:template match="sp" mode="m:print-block">
    <xsl:variable name="first" select="*[not(self::speaker)][1][self::p | self::ab]"/>
    <xsl:text>#speech[</xsl:text>
    <xsl:apply-templates select="speaker/node()" mode="m:print-inline"/>
    <xsl:text>][</xsl:text>
    <!-- the speaker's name runs in before the speech, a space apart (none where the speech
         begins with one of its own) -->
    <xsl:variable name="opening" select="$first/descendant::text()[not(ancestor::note)][f:flow-text(.) ne ''][1]"/>
    <xsl:if test="exists(speaker) and exists($opening) and not(starts-with(f:flow-text($opening), ' '))"><xsl:text>#" "</xsl:text></xsl:if>
    <xsl:apply-templates select="$first" mode="m:print-anchored-apparatus"/>
    <xsl:apply-templates select="$first/node()" mode="m:print-inline"/>
    <xsl:apply-templates select="$first" mode="m:print-trailing-apparatus"/>
    <xsl:text>]&#10;&#10;</xsl:text>
    <xsl:apply-templates select="* except (speaker, $first)" mode="m:print-block"/>
  </xsl:template>

  <!-- ===== things that print nothing in the text ===== -->

  <!-- Page and column beginnings of a witness: the print has its own pages. Marks without
       words of their own print nothing, nor a divGen (the print makes its contents and indexes). -->
  <xsl:template match="divGen | space | pb | cb | milestone | anchor | index | interp | interpGrp | link | linkGrp | span | spanGrp | handShift | addSpan | delSpan | certainty | respons | precision | alt | altGrp | join | joinGrp | timeline | witDetail | fw[not(ancestor::rdg | ancestor::lem)]" mode="m:print-block"/>

  <!-- ===== verse ===== -->

  <xsl:template match="lg" mode="m:print-block">
    <xsl:text>#verse-group[</xsl:text>
    <xsl:apply-templates mode="m:print-block"/>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- A line of verse, its own number in the margin where the source numbers it by fives. -->
  <xsl:template match="l" mode="m:print-block">
    <xsl:text>#verse-line(</xsl:text>
    <xsl:value-of select="if (matches(@n, '^[0-9]*[05]$')) then f:typst-string(string(@n)) else 'none'"/>
    <xsl:text>)[</xsl:text>
    <!-- the part of a shared line starts where the part before it stopped (core f:line-lead) -->
    <xsl:for-each select="f:line-lead(.)">
      <xsl:text>#line-lead[</xsl:text>
      <xsl:value-of select="f:typst-text(concat(., ' '))"/>
      <xsl:text>]</xsl:text>
    </xsl:for-each>
    <xsl:call-template name="block-content"/>
    <xsl:text>]&#10;</xsl:text>
  </xsl:template>

  <!-- ===== the parts of a drama, a title page, a letter ===== -->

  <xsl:template match="stage | trailer | byline | docAuthor | docImprint | docDate | docEdition | titlePart | argument/p | castItem | roleDesc | addrLine | imprimatur | caption | speaker" mode="m:print-block">
    <xsl:text>#</xsl:text>
    <xsl:value-of select="if (self::stage) then 'stage' else if (self::speaker) then 'speaker-line' else 'centred'"/>
    <xsl:text>[</xsl:text>
    <xsl:choose>
      <!-- one that holds verse, paragraphs, a list or a table (a colophon's verses in a
           trailer): those as blocks (a role and its description in a cast item, an author in a
           byline, stay phrases of the line) -->
      <xsl:when test="lg | p | ab | list | table"><xsl:call-template name="blocks-and-runs"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="block-content"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="opener | closer | titlePage | docTitle | argument | castList | castGroup | spGrp | postscript | address | set | prologue | epilogue | listBibl | listPerson | listPlace | listOrg | listEvent | listNym | listApp | person | place | org | event | nym | biblStruct | msDesc | entry | superEntry | hom | form | sense | re | etym | u | annotationBlock | tei:*[local-name() = $v:ms-parts]" mode="m:print-block" name="blocks-and-runs">
    <!-- its blocks in turn and its runs of mixed content as paragraphs, or all of it as one
         paragraph (also the print's rule for an element it does not know: fallback.xsl); an
         utterance of a transcript after who speaks it -->
    <xsl:for-each select="self::u/f:utterance-speaker(.)">
      <xsl:text>#speaker-line[</xsl:text>
      <xsl:value-of select="f:typst-text(.)"/>
      <xsl:text>]&#10;&#10;</xsl:text>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="some $c in * satisfies f:is-block($c)">
        <xsl:for-each-group select="node() except (comment() | processing-instruction())" group-adjacent="boolean(self::*[f:is-block(.)]) or self::text()[not(normalize-space())]">
          <xsl:choose>
            <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="m:print-block"/></xsl:when>
            <xsl:when test="exists(current-group()[self::* or normalize-space()])">
              <xsl:call-template name="paragraph"><xsl:with-param name="content" select="current-group()"/></xsl:call-template>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="paragraph"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A manuscript description (TEI msDesc): its identifier one line, its four main parts
       under a label as catalogues print them. -->
  <xsl:template match="msIdentifier" mode="m:print-block" priority="1">
    <xsl:text>#strong[</xsl:text>
    <xsl:for-each select="*">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="m:print-inline"/>
    </xsl:for-each>
    <xsl:text>]&#10;&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="msContents | physDesc | history | additional" mode="m:print-block" priority="1">
    <xsl:text>#smallcaps[</xsl:text>
    <xsl:value-of select="f:typst-text(f:s(f:ms-label-key(.)))"/>
    <xsl:text>]&#10;&#10;</xsl:text>
    <xsl:call-template name="blocks-and-runs"/>
  </xsl:template>

  <!-- ===== tables and figures ===== -->

  <!-- A table: its heads the caption, its trailer after it; whatever stands between its rows
       (a note, a page beginning, a figure) a cell across the table (core tables.xsl). -->
  <xsl:template match="table" mode="m:print-block">
    <xsl:variable name="columns" select="f:table-columns(.)"/>
    <xsl:for-each select="head">
      <xsl:text>#table-caption[</xsl:text>
      <xsl:call-template name="block-content"/>
      <xsl:text>]&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>#tei-table(columns: </xsl:text>
    <xsl:value-of select="$columns"/>
    <xsl:text>, </xsl:text>
    <xsl:for-each-group select="f:table-body(.)" group-adjacent="f:is-row-like(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:for-each select="current-group()">
            <xsl:if test="not(self::row)">
              <xsl:sequence select="f:unhandled(., 'm:print-block')"/>
              <xsl:value-of select="f:unhandled-mark(.)"/>
            </xsl:if>
            <xsl:variable name="cells" select="f:row-cells(.)"/>
            <xsl:for-each select="$cells">
              <xsl:text>table.cell(colspan: </xsl:text>
              <xsl:value-of select="min((f:cell-span(.), $columns))"/>
              <xsl:text>)[</xsl:text>
              <xsl:apply-templates select="f:cell-lead(.)" mode="m:print-inline"/>
              <xsl:apply-templates select="if (self::cell or f:is-row-like(.)) then f:table-content(.) else ." mode="m:print-inline"/>
              <xsl:apply-templates select="f:cell-tail(.)" mode="m:print-inline"/>
              <xsl:text>], </xsl:text>
            </xsl:for-each>
            <!-- a short row is filled, so that the next starts a row of its own -->
            <xsl:variable name="used" select="sum($cells ! f:cell-span(.))"/>
            <xsl:if test="$used lt $columns">
              <xsl:text>table.cell(colspan: </xsl:text><xsl:value-of select="$columns - $used"/><xsl:text>)[], </xsl:text>
            </xsl:if>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>table.cell(colspan: </xsl:text>
          <xsl:value-of select="$columns"/>
          <xsl:text>)[</xsl:text>
          <xsl:apply-templates select="current-group()" mode="m:print-inline"/>
          <xsl:text>], </xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
    <xsl:text>)&#10;&#10;</xsl:text>
    <xsl:apply-templates select="trailer" mode="m:print-block"/>
  </xsl:template>

  <!-- A figure: the image stays in the web edition; the print gives its heading, description
       and text. A music example standing among blocks (notatedMusic) likewise: its description
       (the pointer to its encoding is the web edition's link). -->
  <xsl:template match="figure | notatedMusic[f:is-block(.)]" mode="m:print-block">
    <xsl:text>#figure-text[</xsl:text>
    <xsl:for-each select="head | figDesc | p | ab | self::notatedMusic/desc">
      <xsl:apply-templates mode="m:print-inline"/>
      <xsl:if test="position() ne last()"><xsl:text>#linebreak()</xsl:text></xsl:if>
    </xsl:for-each>
    <xsl:text>]&#10;&#10;</xsl:text>
    <xsl:apply-templates select="* except (head, figDesc, p, ab, graphic, self::notatedMusic/(desc | ptr | ref))" mode="m:print-block"/>
  </xsl:template>
  <!-- A line beginning between blocks: its block starts the line. -->
  <xsl:template match="lb" mode="m:print-block"/>

</xsl:stylesheet>
