<?xml version="1.0" encoding="UTF-8"?>
<!--
  The site: which pages there are and the frame every page shares (head, site header with
  navigation and search form, footer). One page per chapter: a chapter of this book is a
  reading unit of 5 to 30 screens, its notes belong at its end, and a page per chapter keeps
  each page light and each chapter citable by its own address.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:m="urn:x-tei-edition:mode"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="m:site" on-no-match="fail"/>

  <!-- The kinds of register, in the order of the navigation, with their pages and headings. -->
  <!-- Only the registers the edition has: a kind without entries gets no page and no link. -->
  <xsl:variable name="v:registers" as="map(xs:string, xs:string)*" select="(
    map { 'kind': 'person', 'file': 'persons.html', 'title': f:s('persons') },
    map { 'kind': 'place', 'file': 'places.html', 'title': f:s('places') },
    map { 'kind': 'org', 'file': 'organisations.html', 'title': f:s('organisations') },
    map { 'kind': 'periodical', 'file': 'periodicals.html', 'title': f:s('periodicals') })[exists(f:entries($v:tei, ?kind))]"/>

  <!-- Where the TEI file's own relative addresses (graphics) are, seen from the site. -->
  <xsl:param name="source-base" as="xs:string" select="''"/>

  <xsl:variable name="v:tei" as="element(TEI)" select="/TEI"/>

  <!-- The pages of the text (f:pages), found once. -->
  <xsl:variable name="v:chapters" as="element()*" select="f:pages($v:tei)"/>

  <!-- The web edition's pages: the parts of the text (core f:chapters), where a long body
       with no chapters that is all its own divisions (the acts of a play, the letters of a
       collection, a file's div1s) has a page for each division rather than one for the whole;
       nothing but milestones and empty elements may stand outside them. A short one (under
       about twenty printed pages) stays one page: a few poems read better together. (The
       print sets such a body as one flow, as f:chapters has it.) -->
  <xsl:function name="f:pages" as="element()*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="parts" select="f:chapters($root)"/>
    <xsl:variable name="body" select="$parts[self::body]"/>
    <xsl:variable name="tops" select="$body/(div | div1)"/>
    <xsl:variable name="divided" select="count($tops) gt 1 and empty($body/(* except (div | div1 | pb | milestone | cb | lb | anchor))) and empty($body/text()[normalize-space()])
      and f:text-longer-than($body, 40000)"/>
    <xsl:sequence select="if ($divided) then $parts ! (if (self::body) then $tops else .) else $parts"/>
  </xsl:function>

  <!-- Whether the text of a node is longer than $n characters, read only as far as that (the
       string of a whole play's body cost SaxonJS a tenth of a second). -->
  <xsl:function name="f:text-longer-than" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:iterate select="$node/descendant::text()">
      <xsl:param name="length" as="xs:integer" select="0"/>
      <xsl:on-completion select="false()"/>
      <xsl:variable name="sum" select="$length + string-length(.)"/>
      <xsl:choose>
        <xsl:when test="$sum gt $n"><xsl:break select="true()"/></xsl:when>
        <xsl:otherwise><xsl:next-iteration><xsl:with-param name="length" select="$sum"/></xsl:next-iteration></xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- The entries of each register, sorted once: map from kind to entries. -->
  <xsl:variable name="v:entries" as="map(xs:string, element()*)"
    select="map:merge($v:registers ! map { ?kind : f:entries($v:tei, ?kind) })"/>

  <xsl:variable name="v:edition-title" as="xs:string"
    select="(f:plain(($v:tei/teiHeader/fileDesc/titleStmt/title[@type = 'main'], $v:tei/teiHeader/fileDesc/titleStmt/title)[1])[. ne ''],
      f:plain(($v:tei/text//head)[1])[. ne ''], f:s('untitled'))[1]"/>

  <xsl:template match="TEI" mode="m:site">
    <xsl:variable name="unknown" select="$pages[not(. = ('index', 'chapters', 'registers', 'editorial', 'search'))]"/>
    <xsl:if test="exists($unknown)">
      <xsl:sequence select="f:fail('bad-param',
        concat('parameter pages takes index, chapters, registers, editorial and search, not ', string-join($unknown, ', ')))"/>
    </xsl:if>

    <xsl:if test="$pages = 'index'">
      <xsl:result-document href="index.html" format="page">
        <xsl:call-template name="page">
          <xsl:with-param name="file" select="'index.html'"/>
          <xsl:with-param name="title" select="$v:edition-title"/>
          <xsl:with-param name="kind" select="'index'"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>

    <xsl:variable name="chapters" select="if (. is $v:tei) then $v:chapters else f:pages(.)"/>
    <!-- (an array: a sequence's item by its position costs SaxonJS a walk from its start) -->
    <xsl:variable name="chapter-at" select="array { $chapters }"/>
    <xsl:for-each select="$chapters[$pages = 'chapters']">
      <xsl:variable name="i" select="position()"/>
      <xsl:result-document href="{f:page-file(.)}" format="page">
        <xsl:call-template name="page">
          <xsl:with-param name="file" select="f:page-file(.)"/>
          <xsl:with-param name="title" select="f:chapter-heading(.)"/>
          <xsl:with-param name="prev" select="if ($i gt 1) then $chapter-at($i - 1) else ()"/>
          <xsl:with-param name="next" select="if ($i lt array:size($chapter-at)) then $chapter-at($i + 1) else ()"/>
          <xsl:with-param name="kind" select="'chapter'"/>
          <xsl:with-param name="node" select="."/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>

    <!-- the witnesses side by side, beside each chapter that has variants (synoptic.xsl) -->
    <xsl:if test="$pages = 'chapters'">
      <xsl:call-template name="synoptic-pages">
        <xsl:with-param name="chapters" select="$chapters"/>
      </xsl:call-template>
    </xsl:if>

    <xsl:for-each select="$v:registers[$pages = 'registers']">
      <xsl:variable name="reg" select="."/>
      <xsl:result-document href="{$reg?file}" format="page">
        <xsl:call-template name="page">
          <xsl:with-param name="file" select="$reg?file"/>
          <xsl:with-param name="title" select="$reg?title"/>
          <xsl:with-param name="kind" select="'register'"/>
          <xsl:with-param name="node" select="$reg"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>

    <xsl:if test="$pages = 'editorial'">
      <xsl:result-document href="editorial.html" format="page">
        <xsl:call-template name="page">
          <xsl:with-param name="file" select="'editorial.html'"/>
          <xsl:with-param name="title" select="f:s('about')"/>
          <xsl:with-param name="kind" select="'editorial'"/>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>

    <xsl:if test="$pages = 'search'">
      <xsl:result-document href="search.html" format="page">
        <xsl:call-template name="page">
          <xsl:with-param name="file" select="'search.html'"/>
          <xsl:with-param name="title" select="f:s('search')"/>
          <xsl:with-param name="scripts" select="'assets/minisearch.js', 'assets/search-index.js'"/>
          <xsl:with-param name="kind" select="'search'"/>
        </xsl:call-template>
      </xsl:result-document>

      <!-- one line a document, its fields apart by tabs (f:search-line): SaxonJS's JSON
           serialiser took a third of this page's time on a 1.3 MB play (0.4 s of 1.2 s) -->
      <xsl:result-document href="search-docs.tsv" method="text">
        <xsl:value-of select="f:search-docs(.)" separator="&#10;"/>
      </xsl:result-document>
    </xsl:if>
  </xsl:template>

  <!-- The frame of every page. -->
  <xsl:template name="page">
    <xsl:param name="file" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <!-- what the page shows: index | chapter | register | editorial | search, and of what -->
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="node" as="item()?" select="()"/>
    <xsl:param name="prev" as="element()?" select="()"/>
    <xsl:param name="next" as="element()?" select="()"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <html lang="{(f:text-lang($v:tei), 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="if ($file eq 'index.html') then $title else concat($title, ' — ', $v:edition-title)"/></title>
        <!-- no favicon: an empty icon keeps browsers from asking for /favicon.ico -->
        <link rel="icon" href="data:,"/>
        <link rel="stylesheet" href="assets/edition.css"/>
        <xsl:if test="$prev"><link rel="prev" href="{f:page-file($prev)}"/></xsl:if>
        <xsl:if test="$next"><link rel="next" href="{f:page-file($next)}"/></xsl:if>
        <xsl:for-each select="$scripts"><script src="{.}" defer=""></script></xsl:for-each>
        <script src="assets/edition.js" defer=""></script>
      </head>
      <!-- the words the page script writes (assets/edition.js), in the edition's language -->
      <body data-close="{f:s('close')}" data-close-note="{f:s('close-note')}" data-note="{f:s('note')}">
        <a class="skip-link" href="#main"><xsl:value-of select="f:s('skip')"/></a>
        <header class="site-header">
          <p class="site-title"><a href="index.html"><xsl:value-of select="$v:edition-title"/></a></p>
          <nav class="site-nav" aria-label="{f:s('nav-edition')}">
            <ul>
              <xsl:for-each select="map { 'file': 'index.html', 'title': f:s('contents') }, $v:registers,
                  map { 'file': 'editorial.html', 'title': f:s('about') }">
                <li>
                  <a href="{?file}">
                    <xsl:if test="?file eq $file"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                    <xsl:value-of select="?title"/>
                  </a>
                </li>
              </xsl:for-each>
            </ul>
          </nav>
          <form class="search-form" role="search" action="search.html" method="get">
            <label for="site-search"><xsl:value-of select="f:s('search-edition')"/></label>
            <input type="search" id="site-search" name="q"/>
            <button type="submit"><xsl:value-of select="f:s('search')"/></button>
          </form>
        </header>
        <main id="main">
          <!-- written straight into the page (no temporary tree to copy) -->
          <xsl:choose>
            <xsl:when test="$kind eq 'index'"><xsl:apply-templates select="$v:tei" mode="m:index-page"/></xsl:when>
            <xsl:when test="$kind eq 'chapter'"><xsl:apply-templates select="$node" mode="m:chapter-page"/></xsl:when>
            <xsl:when test="$kind eq 'synoptic'"><xsl:apply-templates select="$node" mode="m:synoptic-page"/></xsl:when>
            <xsl:when test="$kind eq 'register'">
              <xsl:call-template name="register-page">
                <xsl:with-param name="tei" select="$v:tei"/>
                <xsl:with-param name="register" select="$node"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="$kind eq 'editorial'"><xsl:apply-templates select="$v:tei" mode="m:editorial-page"/></xsl:when>
            <xsl:when test="$kind eq 'search'"><xsl:call-template name="search-page"/></xsl:when>
          </xsl:choose>
          <xsl:if test="$prev or $next">
            <nav class="pager" aria-label="{f:s('nav-parts')}">
              <xsl:if test="$prev"><a rel="prev" href="{f:page-file($prev)}">← <xsl:value-of select="f:chapter-heading($prev)"/></a></xsl:if>
              <!-- (a space between the links, so that copied or read text does not run them together) -->
              <xsl:if test="$prev and $next"><xsl:text> </xsl:text></xsl:if>
              <xsl:if test="$next"><a rel="next" href="{f:page-file($next)}"><xsl:value-of select="f:chapter-heading($next)"/> →</a></xsl:if>
            </nav>
          </xsl:if>
        </main>
        <footer class="site-footer">
          <!-- who published it and when, then its availability: each publisher (or authority,
               distributor) apart; nothing for a statement without words -->
          <xsl:for-each select="$v:tei/teiHeader/fileDesc/publicationStmt">
            <xsl:variable name="by" select="string-join(((publisher, distributor, authority) ! f:plain(.), p ! f:plain(.), (date ! f:plain(.))[1])[. ne ''], ', ')"/>
            <xsl:variable name="terms" select="string-join(availability ! f:plain(.), ' ')"/>
            <xsl:if test="$by ne '' or $terms ne ''">
              <p><xsl:value-of select="string-join(($by[. ne ''] ! concat(., if (ends-with(., '.')) then '' else '.'), $terms[. ne '']), ' ')"/></p>
            </xsl:if>
          </xsl:for-each>
        </footer>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
