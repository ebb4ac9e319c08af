<?xml version="1.0" encoding="UTF-8"?>
<!--
  m:plain: the reading text of a node as one string, as a reader sees it in the base witness:
  corrections applied, supplied text included, the base reading of every app, notes left out
  (they are read on their own). Used for page titles, tables of contents, search and labels.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:v="urn:x-tei-edition:variable"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:plain" on-no-match="text-only-copy"/>

  <!-- What a gap without a description of its own stands for, as a reader says it: why the
       text is missing (lost, illegible, omitted, damaged; another reason as the file gives it)
       and how much (3 characters, 2 lines; an extent the file words itself as it words it),
       e.g. "lost, 3 characters". Empty when the gap says neither. EpiDoc and papyri files
       write many such gaps; the words "unknown" (extent) and "chars" (unit) alone say
       nothing and are left out. -->
  <xsl:function name="f:gap-description" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="reason" as="xs:string*" select="tokenize(normalize-space($gap/@reason)) ! (
      if (. = ('lost', 'illegible', 'omitted', 'damage')) then f:s(concat('gap-', .))
      else replace(., '[_-]+', ' '))"/>
    <xsl:variable name="unit" select="lower-case(normalize-space($gap/@unit))"/>
    <xsl:variable name="unit-key" select="
      if ($unit = ('character', 'characters', 'char', 'chars', 'letter', 'letters')) then 'character'
      else if ($unit = ('word', 'words', 'line', 'lines', 'page', 'pages')) then replace($unit, 's$', '')
      else ''"/>
    <xsl:variable name="quantity" select="normalize-space(($gap/@quantity, $gap/@extent[not(normalize-space() = ('', 'unknown'))])[1])"/>
    <xsl:variable name="amount" as="xs:string?" select="
      if ($quantity eq '') then ()
      else if ($unit-key ne '') then f:s(concat('gap-unit-', $unit-key, if ($quantity eq '1') then '' else 's'), $quantity)
      else normalize-space(concat($quantity, ' ', $unit))"/>
    <xsl:sequence select="string-join((string-join($reason, ', ')[. ne ''], $amount), ', ')"/>
  </xsl:function>

  <!-- A gap's own description, one of them where it has one per language (a parliamentary
       corpus gives an English and a German desc): the one in the language of the text around the gap (its
       primary subtag), else the first. Empty when it has none. -->
  <xsl:function name="f:gap-own-description" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="lang" select="lower-case(tokenize(string($gap/ancestor-or-self::*[@xml:lang][1]/@xml:lang), '-')[1])"/>
    <xsl:variable name="descs" select="$gap/desc"/>
    <xsl:sequence select="f:plain(($descs[lower-case(tokenize(string(ancestor-or-self::*[@xml:lang][1]/@xml:lang), '-')[1]) eq $lang], $descs)[1])"/>
  </xsl:function>

  <!-- The plain text of a node, spaces normalised. -->
  <xsl:function name="f:plain" as="xs:string">
    <xsl:param name="n" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$n" mode="m:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts, ''))"/>
  </xsl:function>

  <!-- The words of a reading of an app as the apparatus quotes them: its text (f:plain) with
       its deletions and gaps shown, which are the witness's evidence at this place. -->
  <xsl:function name="f:reading-plain" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$reading/node()" mode="m:plain">
        <xsl:with-param name="evidence" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts, ''))"/>
  </xsl:function>

  <!-- A verse line shared between speakers (TEI @part: I the initial part, M a medial, F the
       final) goes on where the part before it stopped, as printed plays set it: the text of
       the earlier parts of the line, for a medial or final part (both outputs set it invisibly
       before the part, to indent it by exactly that width). Empty for any other line, and
       where the parts before it do not lead back to an initial part (a broken chain is left
       as it stands rather than indented by guess). -->
  <xsl:function name="f:line-lead" as="xs:string?">
    <xsl:param name="l" as="element()"/>
    <xsl:if test="upper-case(normalize-space($l/@part)) = ('M', 'F')">
      <xsl:variable name="parts" as="element()*">
        <xsl:iterate select="1 to 20">
          <xsl:param name="line" as="element()?" select="f:line-before($l)"/>
          <xsl:param name="found" as="element()*" select="()"/>
          <xsl:on-completion select="()"/>
          <xsl:variable name="part" select="upper-case(normalize-space($line/@part))"/>
          <xsl:choose>
            <xsl:when test="$part eq 'I'"><xsl:break select="($line, $found)"/></xsl:when>
            <xsl:when test="$part eq 'M'">
              <xsl:next-iteration>
                <xsl:with-param name="line" select="f:line-before($line)"/>
                <xsl:with-param name="found" select="($line, $found)"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise><xsl:break select="()"/></xsl:otherwise>
          </xsl:choose>
        </xsl:iterate>
      </xsl:variable>
      <xsl:sequence select="string-join($parts ! f:plain(node()), ' ')[. ne '']"/>
    </xsl:if>
  </xsl:function>

  <!-- The verse line before a line or block, outside notes (the last line of the speech before,
       across the speaker and stage directions between): found through the siblings of the
       node and of its ancestors, not the preceding axis, which walks the whole text before it. -->
  <xsl:function name="f:line-before" as="element()?">
    <xsl:param name="n" as="element()"/>
    <xsl:variable name="sibling" select="$n/preceding-sibling::*[not(self::note)][descendant-or-self::l][1]"/>
    <xsl:sequence select="
      if ($sibling) then ($sibling/descendant-or-self::l[not(ancestor::note[. >> $sibling])])[last()]
      else if ($n/parent::*[not(self::text | self::body | self::front | self::back | self::note)]) then f:line-before($n/parent::*)
      else ()"/>
  </xsl:function>

  <!-- Text as it reads (core f:flow-text), in fewer steps: f:plain normalises the spaces and
       parts blocks with one, so layout whitespace matters only where it would part what must
       join: in an element-only parent (a subst), before a block (a script without spaces
       between words) and beside a word-joining break. The search
       documents ask this of every text node of the text. -->
  <xsl:template match="text()" mode="m:plain">
    <xsl:choose>
      <xsl:when test="normalize-space(.)">
        <xsl:variable name="s" select="translate(., '&#9;&#10;&#13;', '   ')"/>
        <xsl:variable name="s" select="if (starts-with($s, ' ') and f:joins(preceding-sibling::node()[1][@break or @type or ($v:has-soft-hyphen and self::lb)])) then replace($s, '^ +', '') else $s"/>
        <xsl:sequence select="if (ends-with($s, ' ') and f:joins(following-sibling::node()[1][@break or @type or ($v:has-soft-hyphen and self::lb)])) then replace($s, ' +$', '') else $s"/>
      </xsl:when>
      <!-- whitespace alone is one space (f:plain normalises), or nothing where it would part
           what must join (a TEI block by its name after it first: a function call costs more) -->
      <xsl:when test="following-sibling::node()[1][self::tei:*][$v:name-kind(local-name()) eq 'block']
        or f:in-element-only(.) or f:joins(preceding-sibling::node()[1][@break or @type or ($v:has-soft-hyphen and self::lb)]) or f:joins(following-sibling::node()[1][@break or @type or ($v:has-soft-hyphen and self::lb)])
        or following-sibling::node()[1][self::*][f:is-block(.)] or ($v:token-layout and f:is-token-layout(.))"/>
      <xsl:otherwise><xsl:sequence select="' '"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="m:plain"/>
  <!-- a token right after a token, with no whitespace between them (f:space-before-token) -->
  <xsl:template match="w[f:space-before-token(.)] | pc[f:space-before-token(.)]" mode="m:plain" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="choice" mode="m:plain">
    <xsl:apply-templates select="f:choice-shown(.)" mode="m:plain"/>
  </xsl:template>

  <!-- (a ruby's gloss, rt, is a reading aid over the base text, not part of it) -->
  <xsl:template match="note | teiHeader | standOff | facsimile | index | witDetail | rt" mode="m:plain"/>
  <!-- Deleted text and what the source lacks are no part of the text as it reads, but they are
       part of what a witness has at a variant place (f:reading-plain): the apparatus quotes a
       deletion in double brackets, as the print sets it in the text, and a gap as in the text
       ("[…]", or its description), so that a reading of a witness that is illegible or lost
       there is not taken for one that omits the words. -->
  <xsl:template match="del" mode="m:plain">
    <xsl:param name="evidence" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:if test="$evidence">
      <xsl:variable name="inner" as="xs:string*"><xsl:apply-templates mode="m:plain"/></xsl:variable>
      <xsl:sequence select="concat('⟦', normalize-space(string-join($inner, '')), '⟧')"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="gap" mode="m:plain">
    <xsl:param name="evidence" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:if test="$evidence"><xsl:sequence select="concat('[', if (desc) then f:gap-own-description(.) else '…', ']')"/></xsl:if>
  </xsl:template>
  <!-- Signs of a plain-text transcription's conventions (the _ of _italics_, the brackets of
       [Illustration: …], [Sidenote: …], the rewrap markers /* and */ around verse) say how to read
       the words they enclose; they are not among them. The editions show what they signal
       (italics, a figure, a note, lines as printed) instead. -->
  <xsl:variable name="v:transcription-marks" as="xs:string+" select="('highlight', 'illustration', 'sidenote', 'footnote', 'rewrap')"/>
  <xsl:template match="metamark[@function = $v:transcription-marks]" mode="m:plain"/>
  <!-- A new line reads as a space unless it breaks a word (f:plain normalises the spaces). -->
  <xsl:template match="lb" mode="m:plain">
    <xsl:if test="not(f:joins(.) or f:wide-join(.))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- The base reading: the lemma, or the first reading when there is none. -->
  <xsl:template match="app" mode="m:plain">
    <xsl:apply-templates select="f:base-reading(.)" mode="m:plain"/>
  </xsl:template>

  <!-- In the header, elements side by side are fields (a responsibility and the name it is
       given to, a distributor's name and address, a forename and a surname), not the parts of
       one word: a space parts them where the file sets none. -->
  <xsl:template match="*[preceding-sibling::node()[1][self::* or self::text()[not(normalize-space())]]][ancestor::teiHeader]" mode="m:plain" priority="2">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- A person or body named in the header (an author, an editor) as a reader reads the name:
       its first form, and its other forms (the name in another language or script) after it in
       parentheses, as catalogues give parallel names; identifiers (idno) are data for links,
       not words of the name. A name written as text is that text. -->
  <xsl:function name="f:header-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="forms" select="$e/(persName | orgName | name)"/>
    <xsl:sequence select="
      if (empty($forms) or $e/text()[normalize-space()]) then f:plain($e/node() except $e/idno)
      else string-join((f:plain($forms[1]), $forms[position() gt 1] ! concat('(', f:plain(.), ')')), ' ')"/>
  </xsl:function>

  <!-- Blocks are separated by a space. -->
  <xsl:template match="*[f:is-block(.)]" mode="m:plain" priority="-0.5">
    <xsl:apply-templates mode="m:plain"/>
    <xsl:text> </xsl:text>
  </xsl:template>

</xsl:stylesheet>
