<?xml version="1.0" encoding="UTF-8"?>
<!--
  Where things are in the site: the page of a node, the address of an element, anchors of
  mentions. Every page sits in one folder, so every link is a bare file name and a fragment:
  the site works from any web server and from disk.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:a="urn:x-tei-edition:accumulator"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The page a node is shown on: a chapter's own page, a register's page for an entry,
       the editorial page for the header. Written for speed: it is asked for every link. -->
  <xsl:function name="f:page-file" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="top" select="$n/ancestor-or-self::*[parent::TEI]"/>
    <xsl:choose>
      <xsl:when test="$top/self::text">
        <!-- identity, not intersect: putting nodes in document order costs SaxonJS a walk
             over their siblings, and a drama's division has thousands -->
        <!-- by the table of the chapters' files (one look-up per ancestor), not by comparing
             each ancestor with every chapter: a book of 1,000 chapters asks this for every
             page, link and search document -->
        <xsl:variable name="unit" select="if (root($n) is root($v:tei)) then $n/ancestor-or-self::*[map:contains($v:chapter-files, generate-id(.))][1]
          else $n/ancestor-or-self::*[let $a := . return some $c in $v:chapters satisfies $c is $a][1]"/>
        <xsl:sequence select="if ($unit) then f:chapter-file($unit)
          else ($n[root(.) is root($v:tei)]/ancestor-or-self::*[map:contains($v:outside-pages, generate-id(.))][1] ! $v:outside-pages(generate-id(.)), 'editorial.html')[1]"/>
      </xsl:when>
      <xsl:when test="$top/self::standOff">
        <xsl:variable name="entry" select="$n/ancestor-or-self::*[self::person | self::place | self::org | self::bibl][1]"/>
        <xsl:sequence select="if ($entry) then $v:registers[?kind eq f:entity-kind($entry)]?file else 'editorial.html'"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="'editorial.html'"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The page of what stands outside the chapters (a part's title: f:chapter-lead,
       f:chapter-tail), by the element's generated id: the page of the chapter that shows it. -->
  <xsl:variable name="v:outside-pages" as="map(xs:string, xs:string)" select="map:merge(
    $v:chapters[f:has-lead(.)] ! (let $file := f:chapter-file(.)
      return (f:chapter-lead(.), f:chapter-tail(.))[self::*] ! map:entry(generate-id(.), $file)))"/>

  <!-- The file of a chapter (v:chapter-files), else its name as it stands (f:chapter-stem). -->
  <xsl:function name="f:chapter-file" as="xs:string">
    <xsl:param name="chapter" as="element()"/>
    <xsl:sequence select="(if (root($chapter) is root($v:tei)) then $v:chapter-files(generate-id($chapter)) else (), concat(f:chapter-stem($chapter), '.html'))[1]"/>
  </xsl:function>

  <!-- The name of a chapter's file: its xml:id, else ch + its number, else its rank; a page
       that is another division (an act, a letter, a div1: f:pages) is named by its type and its
       rank among its kind ("act2"). -->
  <xsl:function name="f:chapter-stem" as="xs:string">
    <xsl:param name="chapter" as="element()"/>
    <xsl:variable name="type" select="($chapter/@type[matches(., '^[A-Za-z][A-Za-z0-9_-]*$')], local-name($chapter))[1]"/>
    <xsl:sequence select="if (not($chapter/(self::div | self::div1))) then f:unit-id($chapter) else f:file-safe(
      if (normalize-space($chapter/@xml:id)) then $chapter/@xml:id
      else if (normalize-space($chapter/@n)) then concat('ch', $chapter/@n)
      else if ($chapter/self::div[@type = 'chapter']) then concat('part', count($chapter/preceding::div[@type = 'chapter']) + 1)
      else concat($type, count($chapter/preceding-sibling::*[node-name() eq node-name($chapter)][string(@type) eq string($chapter/@type)]) + 1))"/>
  </xsl:function>

  <!-- The file of each chapter, unique by construction: its name (f:chapter-stem), or with
       -2, -3 ... where a page of the site (index, search ...), an earlier chapter or its
       synopsis page has it already, letter case aside (file systems that ignore it would
       merge the two). A chapter with the xml:id "index" would otherwise overwrite the
       contents page. -->
  <xsl:variable name="v:chapter-files" as="map(xs:string, xs:string)">
    <xsl:iterate select="$v:chapters">
      <xsl:param name="taken" as="map(xs:string, xs:boolean)" select="map:merge(
        ('index', 'search', 'editorial', 'persons', 'places', 'organisations', 'periodicals') ! map:entry(., true()))"/>
      <xsl:param name="files" as="map(xs:string, xs:string)" select="map {}"/>
      <xsl:on-completion select="$files"/>
      <xsl:variable name="stem" select="f:chapter-stem(.)"/>
      <xsl:variable name="free" select="function ($s as xs:string) as xs:boolean { not(map:contains($taken, lower-case($s)) or map:contains($taken, lower-case(concat($s, '-synopsis')))) }"/>
      <!-- (the names -2, -3 … made only when the stem is taken, and the tables grown with
           map:put: a merge of the whole table at each chapter made this quadratic) -->
      <xsl:variable name="name" select="if ($free($stem)) then $stem else (for $k in 2 to 1000000 return concat($stem, '-', $k))[$free(.)][1]"/>
      <xsl:next-iteration>
        <xsl:with-param name="taken" select="map:put(map:put($taken, lower-case($name), true()), lower-case(concat($name, '-synopsis')), true())"/>
        <xsl:with-param name="files" select="map:put($files, generate-id(.), concat($name, '.html'))"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:variable>

  <!-- The name of a part of the text that is not a chapter: front, text (the body or the
       group), text-N or group-N (a member of the group of texts) or back. -->
  <xsl:function name="f:unit-id" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="if ($unit/self::front) then 'front' else if ($unit/self::back) then 'back'
      else if ($unit/parent::group) then concat(local-name($unit), '-', count($unit/preceding-sibling::*[local-name() eq local-name($unit)]) + 1)
      else 'text'"/>
  </xsl:function>

  <!-- The ids the site makes for its own anchors and headings; an xml:id of that form is not
       copied, so that no page holds an id twice. -->
  <xsl:function name="f:is-generated-id" as="xs:boolean">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="matches($id, '^((note|app|n)-[0-9]+|(ref|entry)-.*|m-.+-[0-9]+|.*-(heading|notes|apparatus)|toc-heading|more-heading|main|text|front|back|corrections|gaps|principles|sources|supplied|witnesses|site-search|search-q|search-results|search-status)$')"/>
  </xsl:function>

  <!-- An element's xml:id where it can be its HTML id: an XML name, the first element with
       it (a repeated xml:id is the input's slip, never the page's), and none of the forms the
       site makes for its own ids. -->
  <xsl:function name="f:own-id" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (root($e) is root($v:tei)) then $e/@xml:id[$v:own-ids(string(.)) is $e] ! string(.)
      else $e/@xml:id[. castable as xs:NCName][not(f:is-generated-id(.))][key('k:id', string(.), root($e))[1] is $e] ! string(.)"/>
  </xsl:function>

  <!-- The input's ids that can be HTML ids, each with the first element that has it: found
       once, since a page asks for the id of a variant place or a note four or five times. -->
  <xsl:variable name="v:own-ids" as="map(xs:string, element())" select="map:merge(
    (root($v:tei)//@xml:id[. castable as xs:NCName][not(f:is-generated-id(.))]) ! map:entry(string(.), ..),
    map { 'duplicates': 'use-first' })"/>

  <!-- The HTML id (and search key) of an element, unique by construction: its own id, else
       one made of its place in the document, "n-" and its rank among the document's elements
       (an accumulator: one walk, not a count per element). -->
  <xsl:function name="f:id-of" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="(f:own-id($e), concat('n-', if (root($e) is root($v:tei)) then $e/accumulator-before('a:element-rank') else replace(generate-id($e), '^d[0-9]+', '')))[1]"/>
  </xsl:function>

  <xsl:accumulator name="a:element-rank" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="*" select="$value + 1"/>
  </xsl:accumulator>

  <!-- A file name made of an id: letters, digits, dot, hyphen and underscore only. -->
  <xsl:function name="f:file-safe" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace($s, '[^A-Za-z0-9._-]', '_')"/>
  </xsl:function>

  <!-- The id an element gets in HTML, if it has one: its xml:id, or the anchor of a mention. -->
  <xsl:function name="f:html-id" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/@xml:id) then string($e/@xml:id)
      else if (f:is-mention($e)) then f:mention-anchor($e)
      else ()"/>
  </xsl:function>

  <!-- The mentions of register entries in the text, in document order. -->
  <xsl:variable name="v:mentions" as="element()*"
    select="$v:tei/text//*[self::persName | self::placeName | self::orgName | self::title[@level = 'j']][@ref]"/>
  <!-- The same as an array: the mention of a rank in one step ($v:mentions[$rank] walks the
       sequence in SaxonJS, which made the registers quadratic in the number of mentions). -->
  <xsl:variable name="v:mention-at" as="array(element())" select="array { $v:mentions }"/>

  <!-- The rank of a mention in v:mentions, as a node property: tables of mentions are arrays in
       that order, and a mention finds its row without generate-id (which SaxonJS computes by
       counting the preceding siblings of every ancestor). Mentions outside the text get no
       positive rank: the count starts at 0 where the text starts and drops far below 0 where it
       ends (before the text it is below 0 already). -->
  <xsl:accumulator name="a:mention-rank" as="xs:integer" initial-value="-1000000000">
    <xsl:accumulator-rule match="/TEI/text" phase="start" select="0"/>
    <xsl:accumulator-rule match="/TEI/text" phase="end" select="-1000000000"/>
    <xsl:accumulator-rule match="persName[@ref] | placeName[@ref] | orgName[@ref] | title[@level = 'j'][@ref]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The rank of a mention in v:mentions, or 0 for an element that is not one of them. -->
  <xsl:function name="f:mention-rank" as="xs:integer">
    <xsl:param name="m" as="element()"/>
    <xsl:sequence select="if ($m[self::persName | self::placeName | self::orgName | self::title[@level = 'j']][@ref] and root($m) is root($v:tei))
      then max((0, $m/accumulator-before('a:mention-rank'))) else 0"/>
  </xsl:function>

  <!-- What a link to a register entry needs, by entry id, computed once: kind, address, name. -->
  <xsl:variable name="v:entry-info" as="map(xs:string, map(xs:string, xs:string))">
    <xsl:map>
      <xsl:for-each select="$v:registers">
        <xsl:variable name="register" select="."/>
        <xsl:for-each select="$v:entries($register?kind)">
          <xsl:map-entry key="string(@xml:id)" select="map {
            'kind': $register?kind, 'href': concat($register?file, '#', f:id-of(.)), 'name': f:reg-name(.) }"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:map>
  </xsl:variable>

  <!-- The register entry (its id) a @ref value names, for every @ref of v:mentions: f:entry-of
       depends only on @ref, so it runs once per distinct value. -->
  <xsl:variable name="v:entry-of-ref" as="map(xs:string, xs:string)">
    <xsl:map>
      <xsl:for-each-group select="$v:mentions" group-by="string(@ref)">
        <xsl:variable name="entry" select="string(f:entry-of(.)/@xml:id)"/>
        <xsl:if test="$entry ne ''"><xsl:map-entry key="current-grouping-key()" select="$entry"/></xsl:if>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The stable anchor of each mention, in the order of v:mentions (a member per rank): "m-"
       entry id "-" its rank among the entry's mentions (m-smith-3), or "" for a mention
       without an entry. Computed once for the document, over ranks rather than nodes: ranking
       each mention on its own would compare it with every other mention of its entry. -->
  <xsl:variable name="v:mention-anchors" as="array(xs:string)">
    <xsl:variable name="mentions" select="$v:mentions"/>
    <xsl:variable name="by-rank" as="map(xs:integer, xs:string)">
      <xsl:map>
        <xsl:for-each-group select="1 to count($mentions)" group-by="($v:entry-of-ref(string($v:mention-at(.)/@ref)), '')[1]">
          <xsl:variable name="entry" select="current-grouping-key()"/>
          <xsl:if test="$entry ne ''">
            <xsl:for-each select="current-group()">
              <xsl:map-entry key="." select="concat('m-', $entry, '-', position())"/>
            </xsl:for-each>
          </xsl:if>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:sequence select="array { (1 to count($mentions)) ! ($by-rank(.), '')[1] }"/>
  </xsl:variable>

  <xsl:function name="f:mention-anchor" as="xs:string?">
    <xsl:param name="m" as="element()"/>
    <xsl:variable name="rank" select="f:mention-rank($m)"/>
    <xsl:sequence select="if ($rank gt 0) then $v:mention-anchors($rank)[. ne ''] else ()"/>
  </xsl:function>

  <!-- Where each mention stands, in the order of v:mentions: its page ('page') and its place
       in a few words ('label', f:occurrence-label). Both depend only on the block the mention
       is in (f:block-of: its chapter, its note, its first line), so they are computed once per
       run of mentions in one block. -->
  <xsl:variable name="v:mention-places" as="array(map(xs:string, xs:string))">
    <xsl:variable name="rows" as="map(xs:string, xs:string)*">
      <xsl:iterate select="$v:mentions">
        <xsl:param name="block" as="element()?" select="()"/>
        <xsl:param name="place" as="map(xs:string, xs:string)?" select="()"/>
        <xsl:variable name="this-block" select="f:block-of(.)"/>
        <xsl:variable name="this-place" select="
          if (exists($this-block) and exists($block) and $this-block is $block) then $place
          else map { 'page': f:page-file(.), 'label': f:occurrence-label(.) }"/>
        <xsl:sequence select="$this-place"/>
        <xsl:next-iteration>
          <xsl:with-param name="block" select="$this-block"/>
          <xsl:with-param name="place" select="$this-place"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="array { $rows }"/>
  </xsl:variable>

  <!-- The ranks of the mentions that name each id in @ref (what the key k:mentions gives), in
       document order: the occurrences a register lists. -->
  <xsl:variable name="v:occurrences" as="map(xs:string, xs:integer*)">
    <xsl:variable name="mentions" select="$v:mentions"/>
    <!-- the ids a @ref names, as the key k:mentions reads them, once per distinct value -->
    <xsl:variable name="ids-of-ref" as="map(xs:string, xs:string*)">
      <xsl:map>
        <xsl:for-each-group select="$mentions" group-by="string(@ref)">
          <xsl:map-entry key="current-grouping-key()" select="tokenize(normalize-space(@ref), ' ') ! replace(., '^#', '')"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:map>
      <xsl:for-each-group select="1 to count($mentions)" group-by="$ids-of-ref(string($v:mention-at(.)/@ref))">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The address of an element from any page of the site. -->
  <xsl:function name="f:href" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" select="
      if (exists(f:own-id($e))) then f:own-id($e)
      else if (f:is-mention($e)) then f:mention-anchor($e)
      else ($e/ancestor::*[exists(f:own-id(.))][1] ! f:own-id(.))"/>
    <xsl:sequence select="concat(f:page-file($e), if ($id) then concat('#', $id) else '')"/>
  </xsl:function>

  <!-- An external address that may become a link: http(s), or a relative address (no scheme,
       not // ), nothing that could run. -->
  <xsl:function name="f:safe-url" as="xs:string?">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="normalize-space($s)[matches(., '^https?://[^\s&quot;&lt;&gt;`\\]+$', 'i')
      or (matches(., '^[^\s&quot;&lt;&gt;`:/?#\\][^\s&quot;&lt;&gt;`:\\]*$') and not(starts-with(., '#')))]"/>
  </xsl:function>

  <!-- A relative address of a file beside the TEI (a graphic), as the site reaches it. -->
  <xsl:function name="f:source-url" as="xs:string?">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="url" select="f:safe-url($s)"/>
    <xsl:sequence select="if (empty($url)) then () else if (matches($url, '^https?:', 'i')) then $url else concat($source-base, $url)"/>
  </xsl:function>

  <!-- The heading of a chapter for links and titles: "8. When Exactly ...". -->
  <xsl:function name="f:chapter-heading" as="xs:string">
    <xsl:param name="chapter" as="element()"/>
    <xsl:variable name="title" select="f:plain(f:division-title($chapter))"/>
    <!-- a numbered chapter without a title is "Chapter 5", not "5. Text" -->
    <xsl:sequence select="if (not($title) and $chapter/self::div[normalize-space(@n)]) then f:s('chapter-n', normalize-space($chapter/@n))
      else string-join(((if (f:shows-number($chapter)) then concat(normalize-space($chapter/@n), '.') else ()),
      ($title[.], if ($chapter/self::front) then f:s('front') else if ($chapter/self::back) then f:s('back') else (f:division-label($chapter), f:s('text'))[1])[1]), ' ')"/>
  </xsl:function>

</xsl:stylesheet>
