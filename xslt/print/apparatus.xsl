<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus, keyed to printed lines: the text shows the base reading (the lemma),
  and an entry at the foot of the page gives `line lemma] reading SIGLA; reading SIGLA`. The
  entry is a footnote whose marker is invisible; book.typ finds the printed line it stands on
  (line numbers restart on each page, so the entry and its line share a page).

  The same form records corrections: the text prints the correction, the entry the witness's
  reading and the reason (standOff/listAnnotation[@type='corrections']).

  Readings between blocks (app[@type='frame'], holding a witness's running head or footer, or
  any app whose readings are blocks) are anchored to the next block of the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:v="urn:x-tei-edition:variable"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:print-apparatus" on-no-match="shallow-skip"/>
  <xsl:variable name="v:tei-root" as="node()" select="/"/>
  <xsl:mode name="m:print-anchored-apparatus" on-no-match="shallow-skip"/>
  <xsl:mode name="m:print-trailing-apparatus" on-no-match="shallow-skip"/>
  <xsl:mode name="m:print-reading" on-no-match="text-only-copy"/>

  <!-- ===== the base reading in the text ===== -->

  <!-- The readings the apparatus lists against the lemma, rdgGrp flattened: not those that
       read as it does (core f:reads-alike), whose witnesses a negative apparatus counts with
       the lemma. -->
  <xsl:function name="f:other-readings" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="lemma" select="f:base-reading($app)"/>
    <xsl:sequence select="$app//rdg[not(. is $lemma)][ancestor::app[1] is $app][not(exists($lemma) and f:reads-alike(., $lemma) and not(f:says-more(.) or f:says-more($lemma)))]"/>
  </xsl:function>

  <xsl:template match="app" mode="m:print-inline">
    <xsl:apply-templates select="f:base-reading(.)/node()" mode="m:print-inline"/>
    <xsl:apply-templates select="." mode="m:print-apparatus"/>
  </xsl:template>

  <!-- Readings that are blocks: the base reading's blocks; the entry goes with the first of
       them, or with the next block of the text when the base reading is empty. -->
  <xsl:template match="app" mode="m:print-block">
    <xsl:apply-templates select="f:base-reading(.)/node()" mode="m:print-block"/>
  </xsl:template>

  <!-- An app of an apparatus kept apart from the text (a listApp, an apparatus division:
       location-referenced or double-end-point attachment): it stands in no line of the text,
       yet its lemma has words, or it says where it belongs. -->
  <xsl:function name="f:is-detached-app" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="exists($app/parent::listApp)
      or (exists($app/parent::*[self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::div5 or self::div6 or self::div7 or self::body or self::front or self::back])
          and ($app/@loc or $app/@from or exists(f:base-reading($app)/text()[normalize-space()])))"/>
  </xsl:function>

  <!-- The anchor of the text a detached app's @from points to, where its entry is printed. -->
  <xsl:function name="f:app-start" as="element(anchor)?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="$app/@from[starts-with(normalize-space(.), '#')] ! key('k:id', substring(normalize-space(.), 2), root($app))[1][self::anchor]"/>
  </xsl:function>
  <xsl:key name="k:app-from" match="app[@from]" use="if (f:is-detached-app(.)) then f:app-start(.) ! generate-id(.) else ()"/>

  <!-- A detached app: its entry at the anchor it starts from, or, without one, where it stands,
       as a paragraph of the apparatus (its location, the lemma and the readings); its lemma is
       not printed as text a second time. -->
  <xsl:template match="app[f:is-detached-app(.)]" mode="m:print-block m:print-inline" priority="2">
    <xsl:if test="empty(f:app-start(.))">
      <xsl:apply-templates select="." mode="m:print-apparatus">
        <xsl:with-param name="in-place" select="true()" tunnel="yes"/>
        <xsl:with-param name="key" select="(@loc, @n)[normalize-space()][1] ! string(.)" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>
  <xsl:template match="anchor[key('k:app-from', generate-id(.))]" mode="m:print-inline" priority="2">
    <xsl:apply-templates select="key('k:app-from', generate-id(.))" mode="m:print-apparatus"/>
  </xsl:template>

  <!-- An app between blocks whose base reading has no block to carry its entry. -->
  <xsl:function name="f:is-floating-app" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="empty(f:base-reading($app)/*[not(self::lb)])
      and empty($app/ancestor::*[self::p | self::head | self::item | self::ab | self::l | self::bibl | self::speaker | self::signed | self::note])"/>
  </xsl:function>

  <!-- The blocks whose content the print sets (through block-content in structure.xsl), by
       the chapter they stand in and by the document: an index, since every floating app asks
       for its chapter's (a walk of the chapter each time otherwise). -->
  <xsl:key name="k:print-leaf-blocks" match="p | ab | head | item | bibl | signed | salute | dateline"
    use="if (ancestor::note or ancestor::rdg or self::head[@type = 'title'] or self::bibl[ancestor::p | ancestor::head | ancestor::item]) then ()
      else (f:chapter-of(.), root(.)/*) ! generate-id(.)"/>

  <!-- The block a floating app's entry goes with: the next block of its chapter, or, when
       none follows (a witness's footer at the end), the last one before it. -->
  <xsl:function name="f:app-anchor" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="leaves" select="key('k:print-leaf-blocks', generate-id((f:chapter-of($app), root($app)/*)[1]), root($app))"/>
    <xsl:sequence select="(($leaves[. >> $app])[1], ($leaves[. &lt;&lt; $app])[last()])[1]"/>
  </xsl:function>

  <xsl:key name="k:print-anchor" match="app" use="if (f:is-floating-app(.) and not(f:is-detached-app(.))) then f:app-anchor(.) ! generate-id(.) else ()"/>

  <!-- At the start of a block: floating apps before it, and the app whose base reading this
       block begins. -->
  <xsl:template match="*" mode="m:print-anchored-apparatus">
    <xsl:apply-templates select="key('k:print-anchor', generate-id(.))[. &lt;&lt; current()]" mode="m:print-apparatus"/>
    <xsl:variable name="reading" select="parent::lem | parent::rdg"/>
    <xsl:if test="$reading and empty(preceding-sibling::*[not(self::lb)]) and $reading is f:base-reading($reading/ancestor::app[1])">
      <xsl:apply-templates select="$reading/ancestor::app[1]" mode="m:print-apparatus"/>
    </xsl:if>
  </xsl:template>

  <!-- At the end of a block: floating apps after it that have no block to follow. -->
  <xsl:template match="*" mode="m:print-trailing-apparatus">
    <xsl:apply-templates select="key('k:print-anchor', generate-id(.))[. >> current()]" mode="m:print-apparatus"/>
  </xsl:template>

  <!-- ===== entries ===== -->

  <!-- An entry in the conventional notation of a negative apparatus: `lemma] reading SIGLA`;
       a reading that lacks the lemma's words `lemma] om. SIGLA`; words the base text lacks
       `word] add. reading SIGLA`, keyed to the word before them (or to the line alone when
       the block has none). Several readings of one place follow each other after "; ". -->
  <xsl:template match="app" mode="m:print-apparatus">
    <xsl:param name="key" as="xs:string?" tunnel="yes"/>
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="(not($in-note) or exists($key)) and not(f:is-hidden-variant(.))">
      <xsl:variable name="lemma" select="f:base-reading(.)"/>
      <xsl:variable name="lemma-text" select="f:reading-text($lemma)"/>
      <xsl:variable name="addition" select="$lemma-text eq ''"/>
      <xsl:variable name="entries" as="xs:string*">
        <xsl:for-each select="f:other-readings(.)">
          <xsl:variable name="text" select="f:reading-text(.)"/>
          <xsl:sequence select="string-join((
            if ($text eq '') then f:abbreviation('om')
            else if ($addition) then concat(f:abbreviation('add'), ' ', f:typst-text($text))
            else f:typst-text($text),
            f:sigla-markup(f:reading-wits(.))[. ne ''],
            f:reading-notes(.)), ' ')"/>
        </xsl:for-each>
      </xsl:variable>
      <!-- the editors' notes on the variation (a note in the app, beside its readings) -->
      <xsl:variable name="comments" as="xs:string*" select="note[normalize-space()] ! f:typst-text(normalize-space(f:plain(node()))),
        witDetail ! concat(f:sigla-markup(f:wit-refs(@wit)), f:typst-text(concat(': ', (normalize-space(f:plain(node()))[. ne ''], string(@type))[1])))"/>
      <xsl:if test="exists($entries) or exists($comments)">
        <xsl:variable name="before" select="if ($addition) then f:word-before(.) else ''"/>
        <xsl:call-template name="entry">
          <xsl:with-param name="lemma" select="if (not($addition)) then f:lemma-markup($lemma) else if ($before ne '') then f:typst-text($before) else ()"/>
          <!-- the notes, each a sentence as a rule, after the readings -->
          <xsl:with-param name="readings" select="string-join((string-join($entries, '#reading-sep')[. ne ''], string-join($comments, ' ')[. ne '']), '#reading-sep')"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The notes inside a reading the text does not print (a footnote would mark words that are
       not there): after its sigla, each in brackets. -->
  <xsl:function name="f:reading-notes" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="$reading//note[not(ancestor::note)][normalize-space()] ! concat('(', f:typst-text(normalize-space(f:plain(node()))), ')')"/>
  </xsl:function>

  <!-- "om.", "add.": the strings table's abbreviation, in italics as apparatus notation has it. -->
  <xsl:function name="f:abbreviation" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="concat('#emph[', f:typst-text(f:s($key)), ']')"/>
  </xsl:function>

  <!-- The last word of the base text before an app, within its block: where an addition goes.
       (Only the block's own text is read, so the cost stays with the block.) A witness's line
       break parts words as in m:print-reading: "King," lb "Why" is two words, not "King,Why". -->
  <xsl:function name="f:word-before" as="xs:string">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="block" select="f:block-of($app)"/>
    <xsl:variable name="nodes" select="($block//text() | $block//lb)[. &lt;&lt; $app]
      [not(ancestor::note | ancestor::witDetail)]
      [every $r in ancestor::*[self::lem | self::rdg][. >> $block or . is $block] satisfies $r is f:base-reading($r/parent::*/ancestor-or-self::app[1])]"/>
    <xsl:variable name="words" select="tokenize(normalize-space(string-join($nodes ! (if (. instance of text()) then f:flow-text(.) else if (f:joins(.) or (. instance of element() and f:wide-join(.))) then '' else ' '), '')), ' ')[. ne '']"/>
    <xsl:sequence select="($words[last()], '')[1]"/>
  </xsl:function>

  <!-- A correction: the corrected words as lemma, the witness's words and the reason after. -->
  <xsl:template match="choice[corr]" mode="m:print-apparatus">
    <xsl:param name="key" as="xs:string?" tunnel="yes"/>
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="not($in-note) or exists($key)">
      <xsl:variable name="reason" select="(corr/@xml:id ! key('k:correction-reason', string(.)))[1]"/>
      <xsl:variable name="original" select="(sic, orig)[1]"/>
      <xsl:call-template name="entry">
        <xsl:with-param name="lemma" select="f:lemma-markup(corr)"/>
        <xsl:with-param name="readings" select="concat(
          if ($original) then f:reading-markup($original) else f:typst-text(f:s('om')), ' ', f:sigla-markup(f:witnesses-at(.)),
          if ($reason) then concat('#reading-sep', f:typst-text(normalize-space(string($reason)))) else '',
          if (corr/@resp and not($reason)) then concat('#reading-sep', f:typst-text(f:s('corrected-by', f:resp-name(corr/@resp)))) else '')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="entry">
    <xsl:param name="key" as="xs:string?" tunnel="yes"/>
    <xsl:param name="in-place" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="lemma" as="xs:string?"/>
    <xsl:param name="readings" as="xs:string"/>
    <xsl:text>#</xsl:text>
    <xsl:value-of select="if ($in-place) then 'apparatus-in-place' else 'apparatus'"/>
    <xsl:text>(</xsl:text>
    <xsl:if test="exists($key)">
      <xsl:text>key: </xsl:text>
      <xsl:value-of select="f:typst-string($key)"/>
      <xsl:text>, </xsl:text>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="exists($lemma)">
        <xsl:text>[</xsl:text>
        <xsl:value-of select="$lemma"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>none</xsl:otherwise>
    </xsl:choose>
    <xsl:text>, [</xsl:text>
    <xsl:value-of select="$readings"/>
    <xsl:text>])</xsl:text>
  </xsl:template>

  <!-- ===== conspectus siglorum ===== -->

  <!-- The witnesses of the header's listWit, each siglum (as the apparatus prints it) beside its
       description, in the header's order. -->
  <xsl:template name="conspectus-siglorum">
    <xsl:variable name="witnesses" select="root(.)//sourceDesc//listWit//witness"/>
    <xsl:if test="exists($witnesses)">
      <xsl:text>#subheading[</xsl:text>
      <xsl:value-of select="f:typst-text(f:s('conspectus'))"/>
      <xsl:text>]&#10;&#10;#conspectus(</xsl:text>
      <xsl:for-each select="$witnesses">
        <xsl:text>([</xsl:text>
        <xsl:value-of select="f:typst-text(f:siglum-label(., f:witness-key(.)))"/>
        <xsl:text>], [</xsl:text>
        <xsl:value-of select="if (f:content-siglum(.)) then '' else f:typst-text(normalize-space(string-join((title, .)[1] ! string(.), ' ')))"/>
        <xsl:text>]), </xsl:text>
      </xsl:for-each>
      <xsl:text>)&#10;&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- ===== the words an entry quotes ===== -->

  <!-- A lemma as the entry quotes it: its words, the middle of a long one left out, or "om."
       when the base witness has nothing here. -->
  <xsl:function name="f:lemma-markup" as="xs:string">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:variable name="words" select="tokenize(f:reading-text($lemma), '\s+')[. ne '']"/>
    <xsl:sequence select="f:typst-text(
      if (empty($words)) then f:s('om')
      else if (count($words) le 6) then string-join($words, ' ')
      else concat(string-join($words[position() le 2], ' '), ' … ', string-join($words[position() ge last() - 1], ' ')))"/>
  </xsl:function>

  <!-- A reading as the entry quotes it: in full, or "om." when the witness has nothing. -->
  <xsl:function name="f:reading-markup" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="text" select="f:reading-text($reading)"/>
    <xsl:sequence select="if ($text eq '') then f:typst-text(f:s('om')) else f:typst-text($text)"/>
  </xsl:function>

  <xsl:function name="f:sigla-markup" as="xs:string">
    <xsl:param name="sigla" as="xs:string*"/>
    <xsl:sequence select="string-join($sigla ! concat('#siglum(', f:typst-string(f:siglum-label($v:tei-root, .)), ')'), ' ')"/>
  </xsl:function>

  <!-- The witnesses whose line a node stands on (from the lb group that starts its block), or
       the witnesses of the reading it is in, or the base witness. -->
  <xsl:function name="f:witnesses-at" as="xs:string*">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="reading" select="$n/ancestor::*[self::lem | self::rdg][1]"/>
    <xsl:variable name="line" select="f:line-ref($n)"/>
    <xsl:sequence select="
      if ($reading) then f:reading-wits($reading)
      else if ($line) then tokenize($line, ',\s*') ! substring-before(., ' ')
      else f:base-witness($n)"/>
  </xsl:function>

  <!-- The words of a reading, plain: lines of the witness shown as " / ", a witness's running
       head or footer named as such, notes left out. -->
  <xsl:function name="f:reading-text" as="xs:string">
    <xsl:param name="reading" as="element()?"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$reading/node()" mode="m:print-reading"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts, ''))"/>
  </xsl:function>

  <xsl:template match="text()" mode="m:print-reading">
    <xsl:sequence select="f:flow-text(.)"/>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="m:print-reading"/>
  <xsl:template match="w[f:space-before-token(.)] | pc[f:space-before-token(.)]" mode="m:print-reading" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="choice" mode="m:print-reading">
    <xsl:apply-templates select="f:choice-shown(.)/node()" mode="m:print-reading"/>
  </xsl:template>
  <!-- A line break of a witness is a space (or nothing inside a word): the print has lines of
       its own, and the apparatus records words, not the witnesses' lineation. Page furniture (a
       running head over two lines) is quoted as the page has it, its lines divided by " / ". -->
  <xsl:template match="lb" mode="m:print-reading">
    <xsl:choose>
      <xsl:when test="f:joins(.) or f:wide-join(.)"/>
      <xsl:when test="ancestor::fw and f:lb-is-break(.)"><xsl:text> / </xsl:text></xsl:when>
      <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="note | witDetail" mode="m:print-reading"/>
  <!-- What the witness deleted or lacks here is its evidence: a deletion in double brackets (as
       book.typ's deleted sets it in the text), a gap as in the text ("[… illegible]"), so that a
       reading lost or illegible in a witness is not printed "om." -->
  <xsl:template match="del" mode="m:print-reading">
    <xsl:sequence select="concat('⟦', f:reading-text(.), '⟧')"/>
  </xsl:template>
  <!-- (what is missing is said where the gap is the whole reading; inside a word, the mark) -->
  <xsl:template match="gap" mode="m:print-reading">
    <xsl:variable name="alone" select="not(normalize-space(string-join(ancestor::*[self::lem | self::rdg][1]//text(), '')))"/>
    <xsl:sequence select="concat('[', if (desc) then f:gap-own-description(.) else string-join(('…', f:gap-description(.)[$alone][. ne '']), ' '), ']')"/>
  </xsl:template>
  <xsl:template match="supplied" mode="m:print-reading">
    <xsl:sequence select="concat('[', f:reading-text(.), ']')"/>
  </xsl:template>
  <xsl:template match="app" mode="m:print-reading">
    <xsl:apply-templates select="f:base-reading(.)/node()" mode="m:print-reading"/>
  </xsl:template>
  <xsl:template match="fw" mode="m:print-reading">
    <xsl:variable name="what" select="f:s(if (@type = ('header', 'footer', 'pageNum')) then concat('fw-', @type) else 'fw-other')"/>
    <xsl:sequence select="concat(f:reading-text(.), ' (', $what, ') ')"/>
  </xsl:template>
  <!-- Blocks of a reading, one after the other, separated by a pilcrow. -->
  <xsl:template match="*[f:is-block(.)]" mode="m:print-reading" priority="-1">
    <xsl:if test="preceding-sibling::*[f:is-block(.)]"> ¶ </xsl:if>
    <xsl:apply-templates mode="m:print-reading"/>
  </xsl:template>

</xsl:stylesheet>
