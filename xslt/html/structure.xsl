<?xml version="1.0" encoding="UTF-8"?>
<!--
  Divisions, headings, paragraphs, lines, lists and dialogue (m:html), and the chapter page
  that holds them (m:chapter-page). Notes, names, corrections and the apparatus have their
  own modules; all of them render in the one mode m:html.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- on-no-match="fail" is never reached for elements: fallback.xsl has the catch-all. -->
  <xsl:mode name="m:html" on-no-match="fail"/>
  <xsl:mode name="m:chapter-page" on-no-match="fail"/>

  <!-- ===== the chapter page ===== -->

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7 | body | front | back | group | text" mode="m:chapter-page">
    <xsl:variable name="id" select="(f:own-id(.), f:unit-id(.))[1]"/>
    <xsl:variable name="title" select="f:division-title(.)"/>
    <xsl:variable name="printed-number" select="f:printed-number(.)"/>
    <xsl:variable name="wits" select="f:witnesses-of(.)"/>
    <!-- The text a reader sees first is the print's (core f:base-reading): the first witness's,
         unless an edited text (a lemma that is not that witness's reading) stands beside the
         witnesses, which is then shown first and offered in the witness switch. -->
    <!-- (An empty lemma of witnesses that lack the chapter, the marker of a chapter one edition
         adds, is no edited text.) -->
    <xsl:variable name="edited" select="exists(.//lem[not($wits[1] = f:reading-wits(.))][node() or f:reading-wits(.) = $wits])"/>
    <xsl:variable name="base" select="if ($edited) then () else $wits[1]"/>
    <xsl:variable name="heading-id" select="($title ! f:own-id(.), concat($id, '-heading'))[1]"/>
    <!-- what stands outside the chapters around this one (f:chapter-lead, f:chapter-tail: the
         title of the part it opens, a part's trailer) -->
    <xsl:variable name="lead" select="if (f:has-lead(.)) then f:chapter-lead(.) else ()"/>
    <xsl:variable name="tail" select="if (f:has-lead(.)) then f:chapter-tail(.) else ()"/>
    <article class="chapter" id="{$id}" aria-labelledby="{$heading-id}" data-base="{($base, f:base-witness(.))[1]}">
      <!-- the language of the text or division the page shows, where the page's own (the
           TEI's) is not it: the browser sets Hebrew or Arabic right to left -->
      <xsl:apply-templates select="ancestor-or-self::*[@xml:lang][1][not(self::TEI)]/@xml:lang" mode="m:html"/>
      <header class="chapter-header">
        <xsl:if test="exists($lead[self::* or normalize-space()])">
          <div class="chapter-lead">
            <xsl:for-each-group select="$lead" group-adjacent="boolean(self::head)">
              <xsl:choose>
                <xsl:when test="current-grouping-key()">
                  <xsl:for-each select="current-group()">
                    <p class="part-title" id="{f:id-of(.)}"><xsl:apply-templates select="@xml:lang, node()" mode="m:html"><xsl:with-param name="base" select="$base" tunnel="yes"/></xsl:apply-templates></p>
                  </xsl:for-each>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="blocks">
                    <xsl:with-param name="nodes" select="current-group()"/>
                    <xsl:with-param name="base" select="$base" tunnel="yes"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each-group>
          </div>
        </xsl:if>
        <hgroup>
          <xsl:choose>
            <xsl:when test="exists($printed-number)">
              <p class="chapter-number"><xsl:apply-templates select="$printed-number/(@xml:id, @xml:lang, node())" mode="m:html"><xsl:with-param name="base" select="$base" tunnel="yes"/></xsl:apply-templates></p>
            </xsl:when>
            <xsl:when test="self::div[@type = 'chapter'] and f:shows-number(.)"><p class="chapter-number"><xsl:value-of select="f:s('chapter-n', string(@n))"/></p></xsl:when>
          </xsl:choose>
          <h1 id="{$heading-id}">
            <xsl:choose>
              <xsl:when test="$title"><xsl:apply-templates select="$title/node()" mode="m:html"><xsl:with-param name="base" select="$base" tunnel="yes"/></xsl:apply-templates></xsl:when>
              <xsl:otherwise><xsl:value-of select="f:chapter-heading(.)"/></xsl:otherwise>
            </xsl:choose>
          </h1>
          <xsl:for-each select="head[@type = 'sub']">
            <p class="subtitle"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"><xsl:with-param name="base" select="$base" tunnel="yes"/></xsl:apply-templates></p>
          </xsl:for-each>
        </hgroup>
      </header>
      <xsl:call-template name="chapter-controls">
        <xsl:with-param name="wits" select="$wits"/>
        <xsl:with-param name="edited" select="$edited"/>
      </xsl:call-template>
      <div class="text">
        <xsl:call-template name="blocks">
          <!-- a filter, not except: except puts the nodes in document order, which costs SaxonJS
               a walk over the siblings of each (quadratic in a chapter of thousands) -->
          <xsl:with-param name="nodes" select="node()[not(. is $title)][not(. is $printed-number)][not(self::head[@type = 'sub'])]"/>
          <xsl:with-param name="base" select="$base" tunnel="yes"/>
        </xsl:call-template>
      </div>
      <xsl:if test="exists($tail[self::* or normalize-space()])">
        <div class="chapter-tail">
          <xsl:call-template name="blocks">
            <xsl:with-param name="nodes" select="$tail"/>
            <xsl:with-param name="base" select="$base" tunnel="yes"/>
          </xsl:call-template>
        </div>
      </xsl:if>
      <xsl:call-template name="apparatus-panel"/>
      <xsl:call-template name="footnotes">
        <xsl:with-param name="lead" select="$lead"/>
        <xsl:with-param name="tail" select="$tail"/>
        <xsl:with-param name="base" select="$base" tunnel="yes"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!-- Switches a reader uses with JavaScript: hidden until the script shows them. -->
  <xsl:template name="chapter-controls">
    <xsl:param name="wits" as="xs:string*"/>
    <xsl:param name="edited" as="xs:boolean" select="false()"/>
    <xsl:variable name="has-app" select="exists(.//app)"/>
    <xsl:if test="(count($wits) gt 1 and $has-app) or exists(.//choice[sic][corr])">
      <div class="controls" hidden="">
        <xsl:if test="count($wits) gt 1 and $has-app">
          <fieldset class="witness-switch">
            <legend><xsl:value-of select="f:s('show-witness')"/></legend>
            <xsl:if test="$edited">
              <label>
                <input type="radio" name="witness" value="" checked="checked"/>
                <xsl:text> </xsl:text>
                <span class="wit-title"><xsl:value-of select="f:s('edited-text')"/></span>
              </label>
            </xsl:if>
            <xsl:for-each select="$wits">
              <xsl:variable name="w" select="key('k:id', ., $v:tei)"/>
              <label>
                <input type="radio" name="witness" value="{.}">
                  <xsl:if test="position() eq 1 and not($edited)"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
                </input>
                <xsl:text> </xsl:text>
                <b class="siglum"><xsl:value-of select="f:siglum-label($v:tei, .)"/></b>
                <xsl:if test="$w"><xsl:text> </xsl:text><span class="wit-title"><xsl:value-of select="f:plain($w/title)"/></span></xsl:if>
              </label>
            </xsl:for-each>
          </fieldset>
        </xsl:if>
        <xsl:if test="exists(.//choice[sic][corr])">
          <button type="button" class="toggle-sic" aria-pressed="false"><xsl:value-of select="f:s('show-sic')"/></button>
        </xsl:if>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Block content: consecutive speeches form one dialogue list; the rest render in turn
       (without grouping where there is no speech: the words of every speech of a play are
       such content, and the grouping cost a 1.3 MB play a tenth of its chapter page). -->
  <xsl:template name="blocks">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="nodes" select="$nodes[not(self::text()[f:is-layout(.)])]"/>
    <xsl:choose>
      <xsl:when test="empty($nodes[self::sp])">
        <xsl:apply-templates select="$nodes" mode="m:html"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each-group select="$nodes" group-adjacent="boolean(self::sp)">
          <xsl:choose>
            <xsl:when test="current-grouping-key()">
              <dl class="dialogue"><xsl:apply-templates select="current-group()" mode="m:html"/></dl>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates select="current-group()" mode="m:html"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== divisions and headings ===== -->

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7 | group | text | front | back | body" mode="m:html">
    <section class="{string-join((local-name(), @type[matches(., '^[A-Za-z][A-Za-z0-9_-]*$')] ! concat('div-', .)), ' ')}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()"/></xsl:call-template>
    </section>
  </xsl:template>

  <!-- A heading inside a page's division: h2 for a section, h3 below it (h6 at most). -->
  <xsl:template match="head" mode="m:html">
    <xsl:variable name="page" select="if (root(.) is root($v:tei)) then ancestor::*[map:contains($v:chapter-files, generate-id(.))][1] else ()"/>
    <xsl:variable name="unit" select="($page, ancestor::div[@type = 'chapter'][last()], ancestor::*[self::front | self::body | self::back | self::group][last()])[1]"/>
    <xsl:variable name="level" select="1 + count(ancestor::*[self::div | self::div1 | self::div2 | self::div3 | self::div4 | self::div5 | self::div6 | self::div7 | self::text][. >> $unit])"/>
    <xsl:element name="h{max((2, min((6, $level))))}">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="head[@type = 'sub']" mode="m:html" priority="2">
    <p class="subtitle"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></p>
  </xsl:template>

  <!-- ===== paragraphs, blocks, lines ===== -->

  <!-- A paragraph; one that holds blocks (a list, a table, a quotation set off) is a div,
       since an HTML p cannot hold them. -->
  <xsl:template match="p" mode="m:html">
    <xsl:variable name="holds-blocks" select="f:holds-blocks(.)"/>
    <xsl:element name="{if ($holds-blocks) then 'div' else 'p'}">
      <xsl:if test="$holds-blocks"><xsl:attribute name="class" select="'p'"/></xsl:if>
      <xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <!-- An example of encoding (core examples.xsl) is its XML source in a block of code; a
       plain example (eg) its text as written. -->
  <xsl:template match="*[f:is-xml-example(.)]" mode="m:html">
    <pre class="eg"><code class="language-xml"><xsl:value-of select="f:xml-source(.)"/></code></pre>
  </xsl:template>
  <xsl:template match="eg" mode="m:html">
    <pre class="eg"><xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/><code><xsl:value-of select="replace(replace(string(.), '^\s*\n', ''), '\s+$', '')"/></code></pre>
  </xsl:template>

  <!-- Whether an element has a child the HTML renders as a block. -->
  <xsl:function name="f:holds-blocks" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="some $c in $e/*[not(self::note | self::app[not(f:app-is-block(.))] | self::label | self::bibl | self::cit[not(f:is-block(.))])] satisfies f:is-block($c)"/>
  </xsl:function>

  <!-- A block of collated text (the collator's output) reads as a paragraph. -->
  <xsl:template match="ab" mode="m:html">
    <xsl:element name="{if (f:holds-blocks(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="'ab'"/>
      <xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <!-- A printed section break keeps its characters ("* * *"). -->
  <xsl:template match="ab[@type = 'sectionBreak']" mode="m:html" priority="2">
    <div class="section-break" role="separator"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></div>
  </xsl:template>

  <!-- Line starts are markers for the line numbers in the margin (hidden from screen readers);
       a line that breaks inside a block is also a visible line break. -->
  <xsl:template match="lb" mode="m:html">
    <xsl:param name="base" as="xs:string?" tunnel="yes" select="()"/>
    <xsl:variable name="wit" select="f:wit-refs(@edRef)[1]"/>
    <xsl:choose>
      <xsl:when test="f:joins(.)"/>
      <xsl:when test="f:lb-is-break(.)"><br/></xsl:when>
      <!-- a line that is no printed break keeps the words apart: one space for a run of lines
           (the core's f:lb-space, whose first two questions are answered above) -->
      <xsl:when test="f:lb-space-unbroken(.)"><xsl:text> </xsl:text></xsl:when>
    </xsl:choose>
    <xsl:if test="exists($wit) or @n">
      <span class="{if ($wit and $wit ne (if (exists($base)) then $base else f:base-witness(.))) then 'lb lb-off' else 'lb'}" aria-hidden="true"
        data-wit="{$wit}" data-n="{string-join(($wit ! f:siglum-label(current(), .), string(@n)), ' ')}"/>
    </xsl:if>
  </xsl:template>

  <!-- A verse number of the witnesses its edRef names (all, without one): shown with the text
       of a witness that prints it, the base witness's first (the witness switch shows the others'). -->
  <xsl:template match="milestone[@unit = 'verse'][@n]" mode="m:html" priority="2">
    <xsl:param name="base" as="xs:string?" tunnel="yes" select="()"/>
    <xsl:variable name="wits" select="f:wit-refs(@edRef)"/>
    <xsl:variable name="shown" select="if (exists($base)) then $base else f:base-witness(.)"/>
    <sup class="{if (exists($wits) and not($wits = $shown)) then 'verse verse-off' else 'verse'}" data-wit="{$wits}">
      <xsl:value-of select="@n"/>
    </sup>
  </xsl:template>

  <!-- An xml:id becomes the HTML id where it can be one: an XML name, the first element with
       it (ids stay unique however the input repeats them), none of the forms the site makes
       for its own ids (f:is-generated-id). -->
  <xsl:template match="@xml:id" mode="m:html">
    <xsl:if test="exists(f:own-id(..))">
      <xsl:attribute name="id" select="."/>
    </xsl:if>
  </xsl:template>

  <!-- The language of an element, for the browser (hyphenation, fonts, speech) and, on a
       block, its direction: right to left for the scripts that run so. Inside a line the
       Unicode bidirectional algorithm orders the words: a dir on each of several words in a row
       (EpiDoc's <w xml:lang="he">) isolates each, and the row reads left to right. -->
  <xsl:template match="@xml:lang" mode="m:html">
    <xsl:if test="matches(., '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')">
      <xsl:attribute name="lang" select="."/>
      <xsl:if test="f:is-rtl(.) and f:is-block(..)"><xsl:attribute name="dir" select="'rtl'"/></xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- Text as it reads (core f:flow-text): layout whitespace dropped, a newline is a space. -->
  <xsl:template match="text()" mode="m:html">
    <xsl:value-of select="f:flow-text(.)"/>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="m:html"/>

  <!-- ===== lists ===== -->

  <xsl:template match="list" mode="m:html">
    <xsl:for-each select="head"><p class="list-head"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></p></xsl:for-each>
    <xsl:variable name="labelled" select="exists(item/label | f:item-label(item))"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered') or $labelled) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="string-join(('list', if ($labelled) then 'list-labelled' else ()), ' ')"/>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <!-- items in order, each with the label before it in a glossary list (core f:item-label);
           anything else a list holds (a note) as an item of its own; marks without words (a
           page beginning) are left out here -->
      <xsl:for-each select="* except (head, pb, lb, cb, milestone, anchor, f:item-label(item))">
        <xsl:choose>
          <xsl:when test="self::item"><xsl:apply-templates select="." mode="m:html"/></xsl:when>
          <xsl:otherwise><li class="list-other"><xsl:apply-templates select="." mode="m:html"/></li></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <xsl:template match="item" mode="m:html">
    <li>
      <xsl:if test="matches(@n, '^[0-9]+$')"><xsl:attribute name="value" select="@n"/></xsl:if>
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <xsl:for-each select="f:item-label(.)"><xsl:apply-templates select="." mode="m:html"/><xsl:text> </xsl:text></xsl:for-each>
      <xsl:apply-templates select="node()" mode="m:html"/>
    </li>
  </xsl:template>

  <xsl:template match="label" mode="m:html">
    <span class="label"><xsl:apply-templates mode="m:html"/></span>
  </xsl:template>

  <!-- ===== dialogue ===== -->

  <!-- A speech: the speaker as the term, the words as its description, grouped in a div
       (allowed inside dl) that carries the id. -->
  <xsl:template match="sp" mode="m:html">
    <div class="sp">
      <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
      <dt class="speaker"><xsl:apply-templates select="speaker/node()" mode="m:html"/></dt>
      <dd><xsl:call-template name="blocks"><xsl:with-param name="nodes" select="node()[not(self::speaker)]"/></xsl:call-template></dd>
    </div>
  </xsl:template>

  <!-- ===== phrase-level presentation ===== -->

  <!-- Highlighting in the element its features call for (core f:rendition): em for emphasis
       and italics, strong for bold, sup and sub; the features that element does not carry as
       classes (html/rendition.xsl), beside the @rend words that are names. A hi that says
       nothing of how it looks stays plain: projects mean italics by it, or small capitals. -->
  <xsl:template match="hi | emph" mode="m:html">
    <xsl:variable name="features" select="f:rendition(.)"/>
    <xsl:variable name="name" select="if (self::emph or $features = 'italic') then 'em' else if ($features = 'bold') then 'strong'
      else if ($features = 'sup') then 'sup' else if ($features = 'sub') then 'sub' else 'span'"/>
    <xsl:variable name="carried" select="map { 'em': 'italic', 'strong': 'bold', 'sup': 'sup', 'sub': 'sub' }($name)"/>
    <xsl:element name="{$name}">
      <xsl:attribute name="class" select="string-join((local-name(), @rend ! tokenize(.)[matches(., '^[A-Za-z][A-Za-z0-9-]*$')],
        f:rendition-classes($features[not(. = $carried)])), ' ')"/>
      <xsl:apply-templates mode="m:html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="foreign | term | mentioned | soCalled" mode="m:html">
    <i class="{local-name()}">
      <xsl:if test="matches(@xml:lang, '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="m:html"/>
    </i>
  </xsl:template>

  <!-- A token right after a token, with no whitespace between them (core f:space-before-token). -->
  <xsl:template match="w[f:space-before-token(.)] | pc[f:space-before-token(.)] | incident[f:space-before-token(.)] | vocal[f:space-before-token(.)] | kinesic[f:space-before-token(.)]" mode="m:html" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- The fields of a structured citation, parted as citations print them (core). -->
  <xsl:template match="biblStruct/* | analytic/* | monogr/* | series/* | imprint/*" mode="m:html" priority="5">
    <xsl:value-of select="f:citation-separator(.)"/>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="seg | s | cl | phr | w | m | pc | c | g | num | measure | time | distinct | roleName | forename | surname | addName | genName | nameLink | settlement | region | country | geogName | affiliation | idno | objectName | lang | email | code | formula | biblScope | citedRange | pubPlace | publisher | author | editor | edition | extent | series | imprint | monogr | analytic | resp | respStmt | state | trait | stamp | catchwords | signatures | locus" mode="m:html">
    <span class="{local-name()}"><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></span>
  </xsl:template>

  <!-- A pointer: a link where it points into the edition or to a web address, else its text. -->
  <xsl:template match="ref | ptr" mode="m:html">
    <xsl:variable name="internal" select="f:targets(@target)[1]"/>
    <xsl:variable name="external" select="f:safe-url(@target)"/>
    <xsl:choose>
      <xsl:when test="$internal or $external">
        <a class="ref" href="{if ($internal) then f:href($internal) else $external}">
          <xsl:apply-templates mode="m:html"><xsl:with-param name="in-link" select="true()" tunnel="yes"/></xsl:apply-templates>
          <xsl:if test="self::ptr"><xsl:value-of select="if ($internal) then f:plain($internal) else $external"/></xsl:if>
        </a>
        <!-- the words a pointer shows are the edition's, not the file's, which writes nothing
             after the empty element: a space keeps them from the word that follows
             (<ptr target="other.xml"/><biblScope>93-94</biblScope>) -->
        <xsl:if test="self::ptr and matches(string(following-sibling::node()[not(self::comment() | self::processing-instruction())][1]), '^[\p{L}\p{N}]')">
          <xsl:text> </xsl:text>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><span class="ref"><xsl:apply-templates mode="m:html"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
