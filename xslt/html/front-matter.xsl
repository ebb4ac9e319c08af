<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pages made from the TEI header: the index page (title, bibliographic facts, table of
  contents with supplied titles marked) and the editorial page (sources, witnesses, editorial
  principles, the lists of corrections, supplied text and gaps).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:index-page" on-no-match="fail"/>
  <xsl:mode name="m:editorial-page" on-no-match="fail"/>

  <!-- ===== index page ===== -->

  <xsl:template match="TEI" mode="m:index-page">
    <xsl:variable name="fileDesc" select="teiHeader/fileDesc"/>
    <xsl:variable name="chapters" select="if (. is $v:tei) then $v:chapters else f:pages(.)"/>
    <header class="title-page">
      <h1><xsl:value-of select="$v:edition-title"/></h1>
      <xsl:for-each select="$fileDesc/titleStmt/title[@type = 'sub']">
        <p class="subtitle"><xsl:value-of select="f:plain(.)"/></p>
      </xsl:for-each>
      <xsl:if test="$fileDesc/titleStmt/author">
        <p class="author"><xsl:value-of select="$fileDesc/titleStmt/author ! f:header-name(.)" separator=", "/></p>
      </xsl:if>
    </header>
    <dl class="facts">
      <xsl:for-each select="$fileDesc/titleStmt/respStmt">
        <dt><xsl:value-of select="f:capitalise(f:plain(resp))"/></dt>
        <dd><xsl:value-of select="(* except resp) ! f:plain(.)" separator=", "/></dd>
      </xsl:for-each>
      <xsl:if test="$fileDesc/editionStmt">
        <dt><xsl:value-of select="f:s('edition')"/></dt>
        <dd><xsl:value-of select="f:plain($fileDesc/editionStmt)"/></dd>
      </xsl:if>
      <xsl:variable name="sources" select="f:source-bibls($fileDesc/sourceDesc)"/>
      <xsl:variable name="manuscripts" select="$fileDesc/sourceDesc/msDesc"/>
      <xsl:if test="exists($sources | $manuscripts)">
        <dt><xsl:value-of select="f:s('sources')"/></dt>
        <xsl:for-each select="$sources">
          <dd><xsl:value-of select="f:bibl-line(.)"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$manuscripts">
          <dd><a href="editorial.html#sources"><xsl:value-of select="f:ms-shelfmark(.)"/></a></dd>
        </xsl:for-each>
      </xsl:if>
      <xsl:if test="exists(f:sigla(.))">
        <dt><xsl:value-of select="f:s('witnesses')"/></dt>
        <xsl:for-each select="$fileDesc/sourceDesc//listWit/witness">
          <dd><b class="siglum"><xsl:value-of select="f:siglum-label(., f:witness-key(.))"/></b><xsl:text> </xsl:text><xsl:value-of select="f:plain(title)"/></dd>
        </xsl:for-each>
      </xsl:if>
      <xsl:if test="$fileDesc/publicationStmt/availability">
        <dt><xsl:value-of select="f:s('licence')"/></dt>
        <dd><xsl:value-of select="f:plain($fileDesc/publicationStmt/availability)"/></dd>
      </xsl:if>
    </dl>
    <nav class="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading"><xsl:value-of select="f:s('contents')"/></h2>
      <ol class="toc-list">
        <xsl:for-each select="$chapters">
          <!-- the titles of the parts a chapter opens (f:chapter-lead), above it -->
          <xsl:for-each select="if (f:has-lead(.)) then f:chapter-lead(.)[self::head] else ()">
            <li class="toc-part"><a href="{f:page-file(.)}#{f:id-of(.)}"><xsl:apply-templates select="node()" mode="m:toc"/></a></li>
          </xsl:for-each>
          <li>
            <a href="{f:page-file(.)}">
              <xsl:variable name="title" select="f:division-title(.)"/>
              <!-- (a chapter without a title is "Chapter 5" already: f:chapter-heading) -->
              <xsl:if test="$title and f:shows-number(.)"><span class="toc-n"><xsl:value-of select="@n"/>.</span><xsl:text> </xsl:text></xsl:if>
              <xsl:choose>
                <xsl:when test="$title"><xsl:apply-templates select="$title/node()" mode="m:toc"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="f:chapter-heading(.)"/></xsl:otherwise>
              </xsl:choose>
            </a>
            <xsl:for-each select="head[@type = 'sub']">
              <xsl:text> </xsl:text><span class="toc-sub"><xsl:value-of select="f:plain(.)"/></span>
            </xsl:for-each>
            <!-- a chapter some complete witnesses lack (one edition adds it, its empty app of
                 addition or omission says so) names the witnesses that have it -->
            <xsl:variable name="own-wits" select="f:witnesses-of(.)"/>
            <xsl:if test="exists(app[@type = ('addition', 'omission')][witDetail/@type = 'position'][not((lem | rdg)/node())]) and exists($own-wits)">
              <xsl:text> </xsl:text><span class="toc-sub toc-wits"><xsl:value-of select="f:s('toc-only-in', string-join($own-wits ! f:siglum-label($v:tei, .), ', '))"/></span>
            </xsl:if>
            <!-- the divisions of a page that is no chapter (the scenes of an act), where they
                 have a heading and an id to link to -->
            <xsl:variable name="sections" select="self::*[self::div[not(@type = 'chapter')] | self::div1]/(div | div2)[exists(f:own-id(.))][f:division-title(.)]"/>
            <xsl:if test="count($sections) gt 1">
              <ol class="toc-sections">
                <xsl:for-each select="$sections">
                  <li><a href="{f:page-file(.)}#{f:own-id(.)}"><xsl:apply-templates select="f:division-title(.)/node()" mode="m:toc"/></a></li>
                </xsl:for-each>
              </ol>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ol>
      <xsl:variable name="supplied" select="$chapters/head[@type = 'title']//supplied"/>
      <xsl:if test="exists($supplied)">
        <p class="toc-key"><xsl:value-of select="f:s('toc-supplied')"/><xsl:value-of select="
          let $sources := distinct-values($supplied/@source ! f:resp-name(.)) return
          if (exists($sources)) then concat(' ', f:s('from'), ' ', string-join($sources, ', ')) else ''"/>.</p>
      </xsl:if>
    </nav>
    <section class="more" aria-labelledby="more-heading">
      <h2 id="more-heading"><xsl:value-of select="f:s('registers-and-more')"/></h2>
      <ul>
        <xsl:for-each select="$v:registers">
          <li><a href="{?file}"><xsl:value-of select="?title"/></a></li>
        </xsl:for-each>
        <li><a href="editorial.html"><xsl:value-of select="f:s('about-long')"/></a></li>
        <li><a href="search.html"><xsl:value-of select="f:s('search')"/></a></li>
      </ul>
    </section>
  </xsl:template>

  <!-- Table of contents: supplied text keeps its brackets; notes, line numbers and the marks of a
       transcription (the _ of _italics_) are left out. -->
  <xsl:template match="supplied" mode="m:toc">
    <span class="supplied" title="{f:s('supplied-by-editor')}">[<xsl:apply-templates mode="m:toc"/>]</span>
  </xsl:template>
  <!-- A token right after a token, with no whitespace between them (core f:space-before-token). -->
  <xsl:template match="w[f:space-before-token(.)] | pc[f:space-before-token(.)]" mode="m:toc" priority="1">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="note | comment() | processing-instruction() | metamark[@function = $v:transcription-marks]" mode="m:toc"/>
  <!-- A title printed over two lines ("… of the old harbour / and the town") reads with a space
       where the line breaks, unless the break is inside a word (core f:joins); one space for the
       breaks of all the witnesses there. -->
  <xsl:template match="lb" mode="m:toc">
    <xsl:if test="not(f:joins(.) or f:wide-join(.)) and preceding-sibling::node()[1][self::text()][normalize-space()][not(matches(., '\s$'))]"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="choice" mode="m:toc"><xsl:apply-templates select="f:choice-shown(.)" mode="m:toc"/></xsl:template>
  <xsl:template match="app" mode="m:toc"><xsl:apply-templates select="f:base-reading(.)" mode="m:toc"/></xsl:template>
  <xsl:template match="*" mode="m:toc"><xsl:apply-templates mode="m:toc"/></xsl:template>
  <xsl:template match="text()" mode="m:toc"><xsl:value-of select="f:flow-text(.)"/></xsl:template>

  <!-- One line for a source: title, author, publisher, place, date, description. -->
  <xsl:function name="f:bibl-line" as="xs:string">
    <xsl:param name="bibl" as="element(bibl)"/>
    <xsl:variable name="desc" select="$bibl/note[@type = 'description']"/>
    <xsl:variable name="parts" select="$bibl/(title, author, publisher, pubPlace, date) ! f:plain(.)"/>
    <!-- a reference written as running text, without those parts, as it is written -->
    <xsl:sequence select="if ($desc) then f:plain($desc/node()) else if (exists($parts)) then string-join($parts, ', ') else f:plain($bibl)"/>
  </xsl:function>

  <!-- A manuscript as it is cited: place, repository and shelfmark ("Oxford, Bodleian Library,
       MS. Add. 1"), else every part of its identifier. -->
  <xsl:function name="f:ms-shelfmark" as="xs:string">
    <xsl:param name="ms" as="element(msDesc)"/>
    <xsl:variable name="id" select="$ms/msIdentifier"/>
    <xsl:variable name="cited" select="$id/(settlement, repository, idno[1])"/>
    <xsl:sequence select="string-join((if (exists($cited)) then $cited else $id/*) ! f:plain(.), ', ')"/>
  </xsl:function>

  <!-- The references the sources are listed by: those of the source description, not those a
       manuscript description cites (its catalogues and studies, shown with it). -->
  <xsl:function name="f:source-bibls" as="element(bibl)*">
    <xsl:param name="sourceDesc" as="element()*"/>
    <xsl:sequence select="$sourceDesc//listBibl/bibl[not(ancestor::msDesc)]"/>
  </xsl:function>

  <xsl:function name="f:capitalise" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="concat(upper-case(substring($s, 1, 1)), substring($s, 2))"/>
  </xsl:function>

  <!-- ===== editorial page ===== -->

  <xsl:template match="TEI" mode="m:editorial-page">
    <xsl:variable name="header" select="teiHeader"/>
    <h1><xsl:value-of select="f:s('about')"/></h1>
    <xsl:call-template name="editorial-sources"/>
    <xsl:call-template name="editorial-witnesses"/>
    <xsl:call-template name="editorial-principles"/>
    <xsl:call-template name="editorial-lists"/>
  </xsl:template>

  <xsl:template name="editorial-sources">
    <xsl:variable name="bibls" select="f:source-bibls(teiHeader/fileDesc/sourceDesc)"/>
    <xsl:variable name="manuscripts" select="teiHeader/fileDesc/sourceDesc/msDesc"/>
    <!-- Whatever else the source description holds (a bibl, a biblStruct or biblFull, a
         paragraph), each in its place; the witnesses have their own section. -->
    <xsl:variable name="others" select="teiHeader/fileDesc/sourceDesc/(* except (listWit | listBibl | msDesc))[normalize-space() ne '']"/>
    <xsl:if test="exists($bibls | $manuscripts | $others)">
    <section aria-labelledby="sources">
      <h2 id="sources"><xsl:value-of select="f:s('sources')"/></h2>
      <xsl:choose>
        <xsl:when test="$bibls">
          <ul class="sources">
            <xsl:for-each select="$bibls">
              <li>
                <xsl:apply-templates select="@xml:id, @xml:lang" mode="m:html"/>
                <xsl:choose>
                  <xsl:when test="exists(title | author | publisher | pubPlace | date)">
                    <cite><xsl:value-of select="f:plain(title[1])"/></cite>
                    <xsl:value-of select="(author, publisher, pubPlace, date) ! concat(', ', f:plain(.))" separator=""/>
                  </xsl:when>
                  <!-- a reference written as running text -->
                  <xsl:otherwise><xsl:value-of select="f:plain(.)"/></xsl:otherwise>
                </xsl:choose>
                <xsl:for-each select="note[@type = 'description']">. <xsl:value-of select="f:plain(node())"/></xsl:for-each>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
      </xsl:choose>
      <xsl:call-template name="source-descriptions">
        <xsl:with-param name="items" select="$others"/>
        <xsl:with-param name="class" select="'source'"/>
      </xsl:call-template>
      <!-- A manuscript the text comes from, or that a catalogue record describes, is shown as
           its description has it (TEI msDesc): for a catalogue record that is its content. -->
      <xsl:apply-templates select="$manuscripts" mode="m:html"/>
    </section>
    </xsl:if>
  </xsl:template>

  <!-- What describes a source or a witness in the header, each item in its place: blocks and
       manuscript descriptions as themselves, a reference on a line of its own, and metadata the
       header keeps there in other projects' habits (correspDesc, biblFull) as its words. -->
  <xsl:template name="source-descriptions">
    <xsl:param name="items" as="element()*"/>
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:for-each select="$items">
      <xsl:choose>
        <xsl:when test="self::msDesc | self::p | self::ab | self::list | self::table"><xsl:apply-templates select="." mode="m:html"/></xsl:when>
        <xsl:when test="self::bibl | self::biblStruct"><div><xsl:if test="exists($class)"><xsl:attribute name="class" select="$class"/></xsl:if><xsl:apply-templates select="." mode="m:html"/></div></xsl:when>
        <xsl:otherwise><p><xsl:if test="exists($class)"><xsl:attribute name="class" select="$class"/></xsl:if><xsl:value-of select="f:plain(.)"/></p></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="editorial-witnesses">
    <xsl:variable name="witnesses" select="teiHeader/fileDesc/sourceDesc//listWit/witness"/>
    <xsl:if test="$witnesses">
      <section aria-labelledby="witnesses">
        <h2 id="witnesses"><xsl:value-of select="f:s('witnesses')"/></h2>
        <dl class="witnesses">
          <xsl:for-each select="$witnesses">
            <xsl:variable name="siglum" select="f:witness-key(.)"/>
            <div>
              <xsl:if test="exists(f:own-id(.))"><xsl:attribute name="id" select="f:own-id(.)"/></xsl:if>
              <dt><b class="siglum"><xsl:value-of select="f:siglum-label(., $siglum)"/></b><xsl:text> </xsl:text><xsl:value-of select="f:plain(title)"/></dt>
              <xsl:choose>
                <!-- a witness described in TEI's own elements (a manuscript description, a
                     bibliographic reference): shown as they are -->
                <xsl:when test="exists(msDesc | bibl | biblStruct | biblFull | p | ab | list)">
                  <dd class="witness-description">
                    <xsl:call-template name="source-descriptions">
                      <xsl:with-param name="items" select="(* except (title | note | abbr[@type = 'siglum']))[normalize-space() ne '']"/>
                    </xsl:call-template>
                  </dd>
                </xsl:when>
                <xsl:when test="empty(note) and empty(f:content-siglum(.))">
                  <dd class="witness-note"><xsl:value-of select="(f:plain(node() except title)[. ne ''], f:plain(title), $siglum)[1]"/></dd>
                </xsl:when>
              </xsl:choose>
              <xsl:for-each select="note">
                <dd class="witness-{(@type, 'note')[1]}"><xsl:apply-templates mode="m:html"/></dd>
              </xsl:for-each>
              <!-- What the witness has that is not the author's text: kept as its paratext. -->
              <!-- (Only the witness's paratext: a contents or a preface of the book is the
                   book's, on its front page.) A block the witnesses print otherwise (an app
                   around it, a figure) is rendered as itself. -->
              <xsl:for-each select="root(.)//text/front/div[@type = 'paratext'][.//lb[f:wit-refs(@edRef) = $siglum]]">
                <dd class="paratext">
                  <p><xsl:value-of select="f:s('its-own-header', string-join(@resp ! f:s('by', f:resp-name(.)), ''))"/></p>
                  <blockquote class="paratext-text">
                    <xsl:for-each select="*">
                      <xsl:choose>
                        <xsl:when test="(self::app and f:app-is-block(.)) or (f:is-block(.) and not(self::p | self::ab | self::head))">
                          <xsl:apply-templates select="." mode="m:html"/>
                        </xsl:when>
                        <xsl:otherwise><p><xsl:apply-templates select="@xml:id, @xml:lang, node()" mode="m:html"/></p></xsl:otherwise>
                      </xsl:choose>
                    </xsl:for-each>
                  </blockquote>
                </dd>
              </xsl:for-each>
            </div>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="editorial-principles">
    <xsl:variable name="decl" select="teiHeader/encodingDesc/editorialDecl"/>
    <xsl:variable name="encoding" select="teiHeader/encodingDesc"/>
    <section aria-labelledby="principles">
      <h2 id="principles"><xsl:value-of select="f:s('principles')"/></h2>
      <xsl:for-each select="$encoding/projectDesc, $decl/*, $encoding/variantEncoding">
        <xsl:variable name="heading" select="f:principle-heading(.)"/>
        <xsl:if test="$heading"><h3><xsl:value-of select="$heading"/></h3></xsl:if>
        <xsl:choose>
          <xsl:when test="self::variantEncoding">
            <p><xsl:value-of select="f:s('variant-encoding', (replace(@method, '-', ' '), string(@location)))"/></p>
          </xsl:when>
          <xsl:when test="self::p"><p><xsl:apply-templates mode="m:html"/></p></xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="p"><p><xsl:apply-templates mode="m:html"/></p></xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:function name="f:principle-heading" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="name" select="if ($e/self::p) then string($e/@n) else local-name($e)"/>
    <xsl:variable name="key" select="concat('p-', if ($name eq 'projectDesc') then 'purpose' else $name)"/>
    <xsl:sequence select="if ($name eq '') then () else if (f:s($key) ne $key) then f:s($key) else f:capitalise($name)"/>
  </xsl:function>

</xsl:stylesheet>
