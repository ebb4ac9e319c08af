<?xml version="1.0" encoding="UTF-8"?>
<!--
  The content of a block: text, line breaks, supplied text and gaps, names (with their index
  marks), dates, titles, highlighting and links. Everything here writes Typst markup without
  newlines; text goes through f:typst-text only.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:print-inline" on-no-match="fail"/>

  <!-- The witness whose text the print shows (looked up once: it is asked at every line). -->
  <xsl:variable name="v:base-witness" as="xs:string?" select="f:base-witness(/)"/>

  <!-- ===== text ===== -->

  <!-- Text as written, without the XML's layout. A footnote marker follows the word or the
       punctuation before it directly, so the space before a note is not printed (a note of a
       manuscript description is its text, not a footnote: notes.xsl); the space
       after a note's printed label ([36]) is the print's own. -->
  <xsl:template match="text()" mode="m:print-inline">
    <xsl:variable name="t" select="f:flow-text(.)"/>
    <xsl:variable name="t" select="if (following-sibling::node()[1][self::note][not(ancestor::msDesc)]) then replace($t, '\s+$', '') else $t"/>
    <xsl:variable name="t" select="if (preceding-sibling::node()[1][self::label][f:is-note-label(.)]) then replace($t, '^\s+', '') else $t"/>
    <xsl:value-of select="f:typst-text($t)"/>
  </xsl:template>

  <!-- A line of the base witness that ends inside a block (the two lines of a source under an
       epigraph) ends the printed line too; other witnesses' lines are the apparatus's concern. -->
  <xsl:template match="lb" mode="m:print-inline">
    <xsl:choose>
      <!-- a break inside a word: the word goes on -->
      <xsl:when test="f:joins(.)"/>
      <xsl:when test="(empty(@edRef) or f:wit-refs(@edRef) = $v:base-witness) and f:print-lb-breaks(.)">
        <!-- The space is not seen at the end of the line; it keeps the words apart where the
             text is read without its lines (a heading in the PDF bookmarks). -->
        <xsl:text>#" "#linebreak()</xsl:text>
      </xsl:when>
      <!-- a new line of the source is a space between words: one for a run of lines, none
           where the text beside it has one (the core's f:lb-space); a line another witness
           breaks where the base has none is a space too (the paratext only that witness has:
           "His Family and" over "Friends", not "andFriends") -->
      <xsl:when test="not(f:joins(.)) and f:lb-space-unbroken(.)"><xsl:text>#" "</xsl:text></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- A page or column beginning of the source: the print has its own pages; it keeps the
       words apart unless it breaks a word. -->
  <xsl:template match="pb | cb" mode="m:print-inline">
    <xsl:if test="not(f:joins(.) or f:wide-join(.))"><xsl:text>#" "</xsl:text></xsl:if>
  </xsl:template>

  <!-- f:lb-is-break, answered at once for the common case: the lbs that open a block. -->
  <xsl:function name="f:print-lb-breaks" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="if (empty($lb/preceding-sibling::node()[not(self::lb)]) and f:is-line-block($lb/..)) then false() else f:lb-is-break($lb)"/>
  </xsl:function>

  <!-- A verse number of the base witness (or of every witness), raised before its verse. -->
  <xsl:template match="milestone[@unit = 'verse'][@n]" mode="m:print-inline" priority="2">
    <xsl:if test="empty(@edRef) or f:wit-refs(@edRef) = $v:base-witness">
      <xsl:text>#super[</xsl:text>
      <xsl:value-of select="f:typst-text(string(@n))"/>
      <xsl:text>]#h(0.15em)</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="metamark[@function = $v:transcription-marks]" mode="m:print-inline"/>
  <xsl:template match="milestone | anchor | index | fw | interp | interpGrp | link | linkGrp | span | spanGrp | handShift | addSpan | delSpan | certainty | respons | precision | alt | altGrp | join | joinGrp | timeline | witDetail | witStart | witEnd | lacunaStart | lacunaEnd | comment() | processing-instruction()" mode="m:print-inline"/>

  <!-- A stage direction inside a speech's line or paragraph ("Exit." after a verse) is set in
       italics where it stands; a title page's parts inside a line, as they read. -->
  <xsl:template match="stage" mode="m:print-inline">
    <xsl:text>#emph[</xsl:text>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>
  <xsl:template match="docDate | docAuthor | docImprint | docEdition | titlePart | byline | trailer | addrLine" mode="m:print-inline">
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>

  <!-- ===== blocks where only a line can stand ===== -->

  <!-- A block inside a footnote, a table cell or a heading (a list in a note, a speech in a
       cell) is set in the line, a space apart from the words beside it, so that its words
       never run into theirs; the items of a list, and the lines of verse (quoted in a
       paragraph, in a footnote), each on a line of their own. -->
  <xsl:template match="*[not(self::app | self::rdgGrp | self::lem | self::rdg | self::choice | self::subst | self::note)][f:is-block(.)]" mode="m:print-inline" priority="20">
    <xsl:variable name="before" select="preceding-sibling::node()[not(self::text()[f:is-layout(.)] | self::comment() | self::processing-instruction())][1]"/>
    <xsl:variable name="after" select="following-sibling::node()[not(self::text()[f:is-layout(.)] | self::comment() | self::processing-instruction())][1]"/>
    <xsl:choose>
      <xsl:when test="(self::item and $before/self::item) or (self::l and $before/self::l)"><xsl:text>#linebreak()</xsl:text></xsl:when>
      <xsl:when test="exists($before) and not($before/self::*[f:is-block(.)]) and not(matches(string($before[self::text()]), '\s$'))"><xsl:text>#" "</xsl:text></xsl:when>
    </xsl:choose>
    <xsl:next-match/>
    <xsl:if test="exists($after) and not(self::item and $after/self::item) and not(self::l and $after/self::l) and not(matches(string($after[self::text()]), '^\s'))"><xsl:text>#" "</xsl:text></xsl:if>
  </xsl:template>

  <!-- ===== editorial interventions ===== -->

  <!-- Text supplied by the editors, in brackets. -->
  <xsl:template match="supplied" mode="m:print-inline">
    <xsl:text>#supplied[</xsl:text>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- Something the witness lacks: its description in italics, in brackets; without one, an
       ellipsis and what is missing (core f:gap-description: "[… lost, 3 characters]"). -->
  <xsl:template match="gap" mode="m:print-inline">
    <xsl:variable name="label" select="if (desc) then f:gap-own-description(.) else string-join(('…', f:gap-description(.)[. ne '']), ' ')"/>
    <!-- in a text written right to left the label, in the edition's words, is isolated and
         takes its direction from its first letter (U+2068 ... U+2069), so that "[… lost]"
         does not read "[lost …]" -->
    <xsl:variable name="isolated" select="f:is-rtl(ancestor-or-self::*[@xml:lang][1]/@xml:lang)"/>
    <xsl:if test="$isolated">#"&#x2068;"</xsl:if>
    <xsl:text>#gap[</xsl:text>
    <xsl:value-of select="f:typst-text($label)"/>
    <xsl:text>]</xsl:text>
    <xsl:if test="$isolated">#"&#x2069;"</xsl:if>
  </xsl:template>
  <!-- A gap between blocks (a page cut off between two verses of a speech): a line of its own. -->
  <xsl:template match="gap" mode="m:print-block">
    <xsl:call-template name="paragraph"><xsl:with-param name="content" select="."/></xsl:call-template>
  </xsl:template>

  <!-- A choice prints the alternative the core shows (f:choice-shown: the correction, the
       regularised or expanded form); a correction's witness reading goes to the apparatus
       (apparatus.xsl). -->
  <xsl:template match="choice" mode="m:print-inline">
    <xsl:apply-templates select="f:choice-shown(.)/node()" mode="m:print-inline"/>
    <xsl:apply-templates select="." mode="m:print-apparatus"/>
  </xsl:template>

  <!-- signed, salute and dateline stand in the line where the closer or opener around them has words of its own -->
  <!-- A token right after a token, with no whitespace between them (core f:space-before-token). -->
  <xsl:template match="w[f:space-before-token(.)] | pc[f:space-before-token(.)] | incident[f:space-before-token(.)] | vocal[f:space-before-token(.)] | kinesic[f:space-before-token(.)]" mode="m:print-inline" priority="1">
    <xsl:value-of select="f:typst-text(' ')"/>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="sic | corr | orig | reg | abbr | expan | add | unclear | damage | seg | ex | am | subst | restore | mod | retrace | secl | g | c | pc | w | m | phr | cl | s | list | item | l | signed | salute | dateline | ruby | rb | lang" mode="m:print-inline">
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>

  <!-- An empty g: its declared mapping (core glyphs.xsl). -->
  <xsl:template match="g[empty(node())]" mode="m:print-inline">
    <xsl:value-of select="f:typst-text(string(f:glyph-text(.)))"/>
  </xsl:template>

  <!-- Deleted text is shown where it stands, struck through and in double brackets (book.typ),
       so that it is not read as part of the word beside it. -->
  <!-- Superfluous text of the source (not struck out by anyone): in braces, as in the web
       edition. -->
  <xsl:template match="surplus" mode="m:print-inline">
    <xsl:text>#surplus[</xsl:text>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="del" mode="m:print-inline">
    <xsl:text>#deleted[</xsl:text>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- The added text of a substitution, after the deleted: apart from it by a space, as in the
       web edition (whitespace in a subst is layout). -->
  <xsl:template match="add[f:is-substitution(parent::*)][preceding-sibling::*[1][self::del]]" mode="m:print-inline" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- A ruby's gloss (furigana) after its base text, small and raised, in brackets: the print
       has no ruby of its own. -->
  <xsl:template match="ruby/rt" mode="m:print-inline">
    <xsl:text>#ruby-gloss[</xsl:text>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="space" mode="m:print-inline">
    <xsl:text>#" "</xsl:text>
  </xsl:template>

  <!-- A passage in another language: set in it, which picks its script's font and direction. -->
  <xsl:template match="*[@xml:lang][not(self::text | self::div | self::body | self::front | self::back)]" mode="m:print-inline" priority="5">
    <xsl:variable name="lang" select="f:typst-lang(@xml:lang)"/>
    <xsl:choose>
      <xsl:when test="$lang ne f:typst-lang(ancestor::*[@xml:lang][1]/@xml:lang)">
        <xsl:text>#text(lang: "</xsl:text><xsl:value-of select="$lang"/><xsl:text>")[</xsl:text>
        <xsl:next-match/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== names, dates, titles ===== -->

  <!-- A name as written, followed by the marks the indexes collect (not in headings, whose
       marks are set after them, nor in the apparatus). -->
  <xsl:template match="persName | placeName | orgName | name | rs" mode="m:print-inline">
    <xsl:param name="in-heading" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:if test="not($in-heading)">
      <xsl:value-of select="f:index-marks(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- The marks for the register entries a mention points to, for the indexes the print has
       (persons and places, index.xsl). The set of entries is made once: a mark follows every
       name of the text. An id is an XML name, so it needs no escaping in a Typst string. -->
  <xsl:variable name="v:indexed-entries" as="map(xs:string, xs:boolean)" select="
    map:merge(//standOff/(listPerson//person | listPlace//place)/@xml:id[. castable as xs:NCName] ! map:entry(string(.), true()))"/>

  <!-- An id reaches Typst only as a string literal (f:typst-id: an XML name, escaped). -->
  <xsl:function name="f:index-marks" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="string-join(
      tokenize($mention/@ref)[starts-with(., '#')] ! substring(., 2)[map:contains($v:indexed-entries, .)] ! f:typst-id(.) ! concat('#index-mark(', ., ')'), '')"/>
  </xsl:function>

  <!-- Titles of periodicals and books in italics. -->
  <xsl:template match="title" mode="m:print-inline">
    <xsl:param name="in-heading" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:text>#journal[</xsl:text>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:text>]</xsl:text>
    <xsl:if test="not($in-heading)">
      <xsl:value-of select="f:index-marks(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- A whole text quoted inside a sentence (a q holding a floatingText of verse in the middle
       of a paragraph): its content in the line, its lines of verse each on a line of their own
       (the rule for blocks where only a line can stand, above). -->
  <xsl:template match="floatingText | floatingText/body | floatingText/front | floatingText/back | lg" mode="m:print-inline">
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>

  <!-- The fields of a structured citation, parted as citations print them (core). -->
  <xsl:template match="biblStruct/* | analytic/* | monogr/* | series/* | imprint/*" mode="m:print-inline" priority="5">
    <xsl:value-of select="f:citation-separator(.) ! f:typst-text(.)"/>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="date | time | num | measure | q | said | quote | cit | bibl | address | term | soCalled | distinct | affiliation | roleName | forename | surname | addName | genName | nameLink | settlement | region | country | geogName | idno | objectName | lang | email | code | formula | biblScope | citedRange | pubPlace | publisher | author | editor | edition | extent | series | imprint | monogr | analytic | resp | respStmt | state | trait | stamp | catchwords | signatures | locus | role | roleDesc | graphic | figDesc | desc" mode="m:print-inline">
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>

  <!-- ===== highlighting and links ===== -->

  <xsl:template match="emph | foreign | mentioned" mode="m:print-inline">
    <xsl:text>#emph[</xsl:text>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- The phrases of dictionaries and of speech, in the core's styles (core/phrases.xsl); below
       the rules for particular elements, above the generic rule. -->
  <xsl:template match="tei:*[map:contains($v:phrase-style, local-name())]" mode="m:print-inline" priority="-1">
    <xsl:variable name="style" select="$v:phrase-style(local-name())"/>
    <xsl:variable name="bracketed" select="$style eq 'bracketed' and normalize-space()"/>
    <xsl:if test="$style = ('strong', 'emph')">#<xsl:value-of select="$style"/>[</xsl:if>
    <xsl:if test="$bracketed">#"["</xsl:if>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:if test="$bracketed">#"]"</xsl:if>
    <xsl:if test="$style = ('strong', 'emph')">]</xsl:if>
  </xsl:template>
  <xsl:template match="height[f:dimension-sep(.)] | width[f:dimension-sep(.)] | depth[f:dimension-sep(.)] | dim[f:dimension-sep(.)]" mode="m:print-inline" priority="-0.5">
    <xsl:value-of select="f:typst-text(f:dimension-sep(.))"/>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="geo[f:coordinates-sep(.)]" mode="m:print-inline" priority="-0.5">
    <xsl:value-of select="f:typst-text(f:coordinates-sep(.))"/>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="pause" mode="m:print-inline m:print-block"/>
  <!-- A mark or a language name between blocks (a dictionary's comma between two senses) is
       a line of its own, as in the web edition. -->
  <xsl:template match="pc | lang" mode="m:print-block">
    <xsl:call-template name="paragraph"><xsl:with-param name="content" select="."/></xsl:call-template>
  </xsl:template>
  <!-- Such a phrase between blocks (a noise between two utterances) is a paragraph of its own. -->
  <xsl:template match="tei:*[map:contains($v:phrase-style, local-name())]" mode="m:print-block" priority="-1">
    <xsl:call-template name="paragraph"><xsl:with-param name="content" select="."/></xsl:call-template>
  </xsl:template>

  <!-- Highlighting: its features (italic, bold ...) are set by print/rendition.xsl. -->
  <xsl:template match="hi" mode="m:print-inline">
    <xsl:apply-templates mode="m:print-inline"/>
  </xsl:template>

  <!-- A reference: a link when it points to the web, the words otherwise. -->
  <xsl:template match="ref" mode="m:print-inline">
    <xsl:variable name="url" select="normalize-space(@target)[matches(., '^https?://[^\s&quot;&lt;&gt;`]+$', 'i')]"/>
    <xsl:if test="$url">
      <xsl:text>#link(</xsl:text>
      <xsl:value-of select="f:typst-string($url)"/>
      <xsl:text>)[</xsl:text>
    </xsl:if>
    <xsl:apply-templates mode="m:print-inline"/>
    <xsl:if test="$url">]</xsl:if>
  </xsl:template>

  <xsl:template match="ptr" mode="m:print-inline"/>

  <!-- The printed number at the head of a note ([36]): the footnote shows it. -->
  <xsl:function name="f:is-note-label" as="xs:boolean">
    <xsl:param name="label" as="element(label)"/>
    <xsl:variable name="note" select="$label/ancestor::note[1]"/>
    <xsl:sequence select="exists($note) and $label is ($note//label)[1]
      and empty($note//text()[. &lt;&lt; $label][normalize-space()])"/>
  </xsl:function>

  <xsl:template match="label" mode="m:print-inline">
    <xsl:if test="not(f:is-note-label(.))">
      <xsl:apply-templates mode="m:print-inline"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
