<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a transcription of a source records beside its words: additions and deletions,
  substitutions, expansions of abbreviations, damage, spaces, changes of hand, page and
  column beginnings (with a link to the facsimile where @facs leads to one), and the spans
  of added or deleted text that stretch across elements. Marks that would split a word
  (brackets round an expansion) come from the stylesheet's CSS, not from the text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="subst | restore | mod | redo | undo | retrace" mode="m:html">
    <span class="{local-name()}"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>

  <!-- The deleted and the added text of a substitution are alternatives, not one word: a space
       keeps them apart, whether the TEI writes them side by side (struck-through "angeg", then
       "bezüglich") or on lines of their own (whitespace in a subst is layout). -->
  <xsl:template match="add[f:is-substitution(parent::*)][preceding-sibling::*[1][self::del]]" mode="m:html" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- Ruby (glosses over the base text: furigana): the HTML's own, with the parentheses a
       browser without ruby shows (rp); rb is obsolete in HTML, so the base text is a span. -->
  <xsl:template match="ruby" mode="m:html">
    <ruby><xsl:apply-templates select="@xml:lang, node()" mode="m:html"/></ruby>
  </xsl:template>
  <xsl:template match="ruby/rb" mode="m:html">
    <span class="rb"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>
  <xsl:template match="ruby/rt" mode="m:html">
    <rp>(</rp><rt><xsl:apply-templates mode="m:html"/></rt><rp>)</rp>
  </xsl:template>

  <!-- The phrases of dictionaries and of speech, in the core's styles (core/phrases.xsl); below
       the rules for particular elements (a gap's description), above the generic rule. -->
  <xsl:template match="tei:*[map:contains($v:phrase-style, local-name())]" mode="m:html" priority="-1">
    <xsl:variable name="style" select="$v:phrase-style(local-name())"/>
    <xsl:element name="{if ($style eq 'strong') then 'b' else if ($style eq 'emph') then 'i' else 'span'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:if test="$style eq 'bracketed' and normalize-space()">[</xsl:if>
      <xsl:apply-templates mode="m:html"/>
      <xsl:if test="$style eq 'bracketed' and normalize-space()">]</xsl:if>
    </xsl:element>
  </xsl:template>
  <xsl:template match="height[f:dimension-sep(.)] | width[f:dimension-sep(.)] | depth[f:dimension-sep(.)] | dim[f:dimension-sep(.)]" mode="m:html" priority="-0.5">
    <xsl:value-of select="f:dimension-sep(.)"/>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="geo[f:coordinates-sep(.)]" mode="m:html" priority="-0.5">
    <xsl:value-of select="f:coordinates-sep(.)"/>
    <xsl:next-match/>
  </xsl:template>
  <!-- Notated music: the encoding or image it points to, as a link, and its description, parted. -->
  <xsl:template match="notatedMusic" mode="m:html">
    <span class="notatedMusic">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates select="." mode="m:html"/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <!-- A pause says nothing. -->
  <xsl:template match="pause" mode="m:html"/>

  <xsl:template match="secl" mode="m:html">
    <span class="secl" title="{f:s('deleted')}"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>
  <!-- Text the source has and the editor takes for superfluous (a word written twice): no one
       struck it out, so it is not a deletion; in braces, as editions since Leiden mark it. -->
  <xsl:template match="surplus" mode="m:html">
    <span class="surplus" title="{f:s('surplus')}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:text>{</xsl:text><xsl:apply-templates mode="m:html"/><xsl:text>}</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="ex | am | damage" mode="m:html">
    <span class="{local-name()}"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>

  <!-- A non-standard character or glyph: its content, else its declared mapping (core
       glyphs.xsl), named on hover. -->
  <xsl:template match="g" mode="m:html">
    <span class="g">
      <xsl:for-each select="f:glyph-title(.)"><xsl:attribute name="title" select="."/></xsl:for-each>
      <xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/>
      <xsl:value-of select="f:glyph-text(.)"/>
    </span>
  </xsl:template>

  <!-- An error, a correction, an original or a regularised form marked without its
       alternative: the text as it stands, marked for the reader's style. -->
  <xsl:template match="expan | abbr[not(parent::choice)] | sic[not(parent::choice)] | corr[not(parent::choice)] | orig[not(parent::choice)] | reg[not(parent::choice)]" mode="m:html">
    <span class="{local-name()}"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>

  <!-- A space left in the source. -->
  <xsl:template match="space" mode="m:html">
    <span class="space"><xsl:apply-templates select="@xml:id" mode="m:html"/><xsl:text> </xsl:text></span>
  </xsl:template>

  <!-- Marks with no words of their own: where a hand changes, where a span of added or deleted
       text starts (its end is an anchor). -->
  <xsl:template match="handShift | addSpan | delSpan" mode="m:html">
    <span class="{local-name()}" data-tei="{local-name()}"><xsl:apply-templates select="@xml:id" mode="m:html"/></span>
  </xsl:template>

  <!-- A page or column beginning: a marker (its number shown by the CSS), a link to the page's
       image where @facs leads to one. A break inside a word joins it. -->
  <xsl:template match="pb | cb" mode="m:html">
    <xsl:variable name="image" select="f:facsimile-url(@facs)"/>
    <xsl:if test="not(f:joins(.)) and preceding-sibling::node()[1][self::text()][normalize-space()] and not(f:wide-join(.))"><xsl:text> </xsl:text></xsl:if>
    <xsl:choose>
      <xsl:when test="$image">
        <a class="{local-name()}" href="{$image}" data-n="{@n}" aria-label="{f:s('facsimile')}: {f:s('page-n', string(@n))}">
          <xsl:apply-templates select="@xml:id" mode="m:html"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{local-name()}" data-n="{@n}"><xsl:apply-templates select="@xml:id" mode="m:html"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The image a @facs leads to: the graphic of the surface or zone it points to in the file,
       or the address it gives. -->
  <xsl:function name="f:facsimile-url" as="xs:string?">
    <xsl:param name="facs" as="attribute()?"/>
    <xsl:variable name="target" select="f:targets($facs)[1]"/>
    <xsl:sequence select="if (exists($target)) then ($target/ancestor-or-self::*[graphic][1]/graphic/@url ! f:source-url(.))[1]
      else if (exists($facs)) then f:source-url(tokenize(normalize-space($facs), ' ')[1]) else ()"/>
  </xsl:function>

  <xsl:template match="milestone" mode="m:html">
    <span class="milestone" data-unit="{@unit}" data-n="{@n}"><xsl:apply-templates select="@xml:id" mode="m:html"/></span>
  </xsl:template>

  <!-- ===== tables ===== -->

  <!-- A table: its heads the caption, its trailer after it; whatever stands between its rows
       (a note, a page beginning, a figure) a row of its own across the table (core tables.xsl). -->
  <xsl:template match="table" mode="m:html">
    <table class="table">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:if test="head">
        <caption>
          <xsl:for-each select="head">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates select="node()" mode="m:html"/>
          </xsl:for-each>
        </caption>
      </xsl:if>
      <tbody>
        <xsl:for-each-group select="f:table-body(.)" group-adjacent="f:is-row-like(.)">
          <xsl:choose>
            <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()" mode="m:table-row"/></xsl:when>
            <xsl:otherwise>
              <tr class="table-between">
                <td colspan="{f:table-columns(..)}">
                  <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="current-group()"/></xsl:call-template>
                </td>
              </tr>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each-group>
      </tbody>
    </table>
    <xsl:apply-templates select="trailer" mode="m:html"/>
  </xsl:template>

  <xsl:mode name="m:table-row" on-no-match="fail"/>
  <xsl:mode name="m:table-cell" on-no-match="fail"/>

  <!-- (a row or cell reached from elsewhere, a reading of a variant place inside a table) -->
  <xsl:template match="row" mode="m:html"><xsl:apply-templates select="." mode="m:table-row"/></xsl:template>
  <xsl:template match="cell" mode="m:html"><xsl:apply-templates select="." mode="m:table-cell"/></xsl:template>

  <xsl:template match="row" mode="m:table-row">
    <tr><xsl:apply-templates select="@xml:id" mode="m:html"/><xsl:apply-templates select="f:row-cells(.)" mode="m:table-cell"/></tr>
  </xsl:template>
  <!-- An element no rule knows where a row stands: a row, marked as unhandled. -->
  <xsl:template match="*" mode="m:table-row">
    <xsl:sequence select="f:unhandled(., 'm:html')"/>
    <tr class="tei-unhandled" data-tei-element="{name()}">
      <xsl:apply-templates select="@xml:id" mode="m:html"/>
      <xsl:apply-templates select="f:row-cells(.)" mode="m:table-cell"/>
    </tr>
  </xsl:template>

  <xsl:template match="cell" mode="m:table-cell">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:if test="matches(@cols, '^[1-9][0-9]{0,2}$')"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="matches(@rows, '^[1-9][0-9]{0,2}$')"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="f:cell-lead(.), node(), f:cell-tail(.)"/></xsl:call-template>
    </xsl:element>
  </xsl:template>
  <!-- Anything else standing for a cell (a block in a row, an unknown element, a row that
       holds no cells) is a cell of its own rules' rendering. -->
  <xsl:template match="*" mode="m:table-cell">
    <td>
      <xsl:call-template name="blocks">
        <xsl:with-param name="nodes" select="if (f:is-row-like(.)) then f:table-content(.) else (f:cell-lead(.), ., f:cell-tail(.))"/>
      </xsl:call-template>
    </td>
  </xsl:template>

  <!-- ===== figures ===== -->

  <!-- A figure; a music example standing among blocks (notatedMusic) is one: its picture, its
       description the caption, a pointer to its encoding (an MEI file) a link below. A figure
       without a picture (an example of encoding, a table) whose heading comes before its
       content has it as a title above, where the print sets it too. -->
  <xsl:template match="figure | notatedMusic[f:is-block(.)]" mode="m:html">
    <xsl:variable name="caption" select="head | figDesc | self::notatedMusic/desc"/>
    <xsl:variable name="above" select="exists($caption) and empty(graphic) and self::figure
      and (every $c in (node() except $caption)[self::* or normalize-space()] satisfies $c >> $caption[1])"/>
    <figure class="figure{if (self::notatedMusic) then ' notatedMusic' else ''}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:if test="$above"><xsl:call-template name="figcaption"><xsl:with-param name="caption" select="$caption"/></xsl:call-template></xsl:if>
      <xsl:apply-templates select="graphic" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node() except (graphic, $caption)"/></xsl:call-template>
      <xsl:if test="$caption and not($above)">
        <!-- (the link's words and the caption's apart in the page's text: search, copying) -->
        <xsl:if test="self::notatedMusic"><xsl:text> </xsl:text></xsl:if>
        <xsl:call-template name="figcaption"><xsl:with-param name="caption" select="$caption"/></xsl:call-template>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template name="figcaption">
    <xsl:param name="caption" as="element()+"/>
    <figcaption>
      <xsl:for-each select="$caption">
        <span class="{local-name()}"><xsl:apply-templates select="node()" mode="m:html"/></span>
        <xsl:if test="position() ne last()"><xsl:text> </xsl:text></xsl:if>
      </xsl:for-each>
    </figcaption>
  </xsl:template>

  <!-- An image, linked relative to the TEI file (or by its web address). -->
  <xsl:template match="graphic" mode="m:html">
    <xsl:variable name="url" select="f:source-url(@url)"/>
    <xsl:if test="$url">
      <img src="{$url}" alt="{normalize-space((../figDesc, desc, ../self::notatedMusic/desc, ../head)[1])}" loading="lazy">
        <xsl:apply-templates select="@xml:id" mode="m:html"/>
      </img>
    </xsl:if>
  </xsl:template>

  <!-- ===== the parts of a title page, a letter, a drama ===== -->

  <xsl:template match="titlePage | docTitle | argument | castList | castGroup | spGrp | postscript | address | set | prologue | epilogue" mode="m:html">
    <div class="{local-name()}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- Elements that hold a line of words: one of the lines below inside them is a phrase of it
       (a look-up, not a test per name: it is asked for every stage direction of a drama). -->
  <xsl:variable name="v:line-holders" as="map(xs:string, xs:boolean)" select="map:merge((
    'p', 'ab', 'head', 'l', 'item', 'cell', 'label', 'titlePart', 'byline', 'docAuthor', 'docImprint', 'docDate', 'docEdition',
    'trailer', 'stage', 'addrLine', 'castItem', 'dateline', 'salute', 'signed', 'speaker', 'bibl', 'note') ! map:entry(., true()))"/>

  <!-- A role of a cast list that holds nothing (a pointer to a member of a group named in the
       role before it) is no empty line; one a link may point to keeps its place. -->
  <xsl:template match="castItem[not(normalize-space())][empty(.//graphic)][not(@xml:id)]" mode="m:html" priority="1"/>

  <!-- A line of its own, or a phrase where it stands inside one (a docAuthor in a byline, an
       address in a sentence); a line again inside a block that is all a line's element holds
       (the lines of an address that is an ab's only content). -->
  <xsl:template match="titlePart | byline | docAuthor | docImprint | docDate | docEdition | trailer | stage | addrLine | castItem | roleDesc | imprimatur | caption" mode="m:html">
    <xsl:variable name="holder" select="ancestor::tei:*[map:contains($v:line-holders, local-name())][1]"/>
    <xsl:variable name="in-line" select="exists($holder) and (exists($holder/text()[normalize-space()]) or empty(ancestor::*[. >> $holder][f:is-block(.)]))"/>
    <!-- a block set as a phrase of a line (the parts of an address in a sentence, a role's
         description after its name): the whitespace before it was layout, so a space parts it
         from the phrase before -->
    <xsl:if test="$in-line and preceding-sibling::* and f:is-block(.)"><xsl:text> </xsl:text></xsl:if>
    <xsl:element name="{if ($in-line or not(f:is-block(.))) then 'span' else 'p'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="role" mode="m:html">
    <xsl:if test="preceding-sibling::*"><xsl:text> </xsl:text></xsl:if>
    <span class="role"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>

  <!-- A speaker outside a speech (a list of parts). -->
  <xsl:template match="speaker" mode="m:html">
    <p class="speaker"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></p>
  </xsl:template>

  <!-- ===== lists of entries in the text (a bibliography, persons in the back) ===== -->

  <xsl:template match="listBibl | listPerson | listPlace | listOrg | listEvent | listNym | listApp | listWit" mode="m:html">
    <xsl:for-each select="head"><p class="list-head"><xsl:apply-templates select="@xml:id, node()" mode="m:html"/></p></xsl:for-each>
    <ul class="{local-name()}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:for-each select="* except head">
        <li><xsl:call-template name="blocks"><xsl:with-param name="nodes" select="."/></xsl:call-template></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="person | place | org | event | nym | biblStruct | witness | msDesc | entry | superEntry | hom | form | sense | re | etym | u | annotationBlock | tei:*[local-name() = $v:ms-parts]" mode="m:html">
    <div class="{local-name()}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <!-- an utterance of a transcript says who speaks it, as a speech of a play does -->
      <xsl:for-each select="self::u/f:utterance-speaker(.)"><p class="speaker"><xsl:value-of select="."/></p></xsl:for-each>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- A manuscript description (TEI msDesc): its identifier one line, its parts apart, the four
       main ones under a label as catalogues print them. -->
  <xsl:template match="msIdentifier" mode="m:html" priority="1">
    <p class="msIdentifier">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1">, </xsl:if>
        <xsl:apply-templates select="." mode="m:html"/>
      </xsl:for-each>
    </p>
  </xsl:template>
  <!-- (its heading, a summary of the manuscript, is a line of the description, not a heading of
       the page) -->
  <xsl:template match="msDesc/head | msPart/head | msFrag/head" mode="m:html" priority="3">
    <p class="ms-head"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></p>
  </xsl:template>
  <xsl:template match="msContents | physDesc | history | additional" mode="m:html" priority="1">
    <div class="{local-name()}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <p class="ms-label"><xsl:value-of select="f:s(f:ms-label-key(.))"/></p>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </div>
  </xsl:template>

  <!-- In a manuscript description a note is part of the description (its catalogue's remarks),
       not a footnote. -->
  <xsl:template match="msDesc//note[not(ancestor::note)]" mode="m:html" priority="2">
    <xsl:choose>
      <xsl:when test="some $c in * satisfies f:is-block($c)">
        <div class="ms-note"><xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template></div>
      </xsl:when>
      <xsl:otherwise><span class="ms-note"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
