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
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The page a node is shown on: a chapter's own page, a register's page for an entry,
       the editorial page for the header. Written for speed: it is asked for every link. -->
  <xsl:function name="f:page-file" as="xs:string">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="top" select="$n/ancestor-or-self::*[parent::TEI]"/>
    <xsl:choose>
      <xsl:when test="$top/self::text">
        <xsl:variable name="chapter" select="$n/ancestor-or-self::div[@type = 'chapter'][last()]"/>
        <xsl:sequence select="
          if ($chapter) then f:chapter-file($chapter)
          else if ($n/ancestor-or-self::body) then 'text.html'
          else 'editorial.html'"/>
      </xsl:when>
      <xsl:when test="$top/self::standOff">
        <xsl:variable name="entry" select="$n/ancestor-or-self::*[self::person | self::place | self::org | self::bibl][1]"/>
        <xsl:sequence select="if ($entry) then $v:registers[?kind eq f:entity-kind($entry)]?file else 'editorial.html'"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="'editorial.html'"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The file of a chapter: its xml:id, else ch + its number, else its rank. -->
  <xsl:function name="f:chapter-file" as="xs:string">
    <xsl:param name="chapter" as="element()"/>
    <xsl:sequence select="concat(f:file-safe(
      if (normalize-space($chapter/@xml:id)) then $chapter/@xml:id
      else if (normalize-space($chapter/@n)) then concat('ch', $chapter/@n)
      else concat('part', count($chapter/preceding::div[@type = 'chapter']) + 1)), '.html')"/>
  </xsl:function>

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

  <!-- A stable anchor for each mention of a register entry: "m-" entry id "-" its rank among
       the entry's mentions (m-trotsky-3). Computed once for the document: ranking each mention
       on its own would compare it with every other mention of its entry. -->
  <xsl:variable name="v:mention-anchors" as="map(xs:string, xs:string)">
    <xsl:map>
      <xsl:for-each-group select="$v:tei/text//*[self::persName | self::placeName | self::orgName | self::title[@level = 'j']][@ref]"
          group-by="string(f:entry-of(.)/@xml:id)">
        <xsl:variable name="entry" select="current-grouping-key()"/>
        <xsl:if test="$entry ne ''">
          <xsl:for-each select="current-group()">
            <xsl:map-entry key="generate-id(.)" select="concat('m-', $entry, '-', position())"/>
          </xsl:for-each>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- What a link to a register entry needs, by entry id, computed once: kind, address, name. -->
  <xsl:variable name="v:entry-info" as="map(xs:string, map(xs:string, xs:string))">
    <xsl:map>
      <xsl:for-each select="$v:registers">
        <xsl:variable name="register" select="."/>
        <xsl:for-each select="$v:entries($register?kind)">
          <xsl:map-entry key="string(@xml:id)" select="map {
            'kind': $register?kind, 'href': concat($register?file, '#', @xml:id), 'name': f:reg-name(.) }"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:map>
  </xsl:variable>

  <xsl:function name="f:mention-anchor" as="xs:string?">
    <xsl:param name="m" as="element()"/>
    <xsl:sequence select="$v:mention-anchors(generate-id($m))"/>
  </xsl:function>

  <!-- The address of an element from any page of the site. -->
  <xsl:function name="f:href" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" select="
      if ($e/@xml:id) then string($e/@xml:id)
      else if (f:is-mention($e)) then f:mention-anchor($e)
      else ($e/ancestor::*[@xml:id][1]/@xml:id ! string(.))"/>
    <xsl:sequence select="concat(f:page-file($e), if ($id) then concat('#', $id) else '')"/>
  </xsl:function>

  <!-- An external address that may become a link: http(s) only, nothing that could run. -->
  <xsl:function name="f:safe-url" as="xs:string?">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="normalize-space($s)[matches(., '^https?://[^\s&quot;&lt;&gt;`]+$', 'i')]"/>
  </xsl:function>

  <!-- The heading of a chapter for links and titles: "8. When Exactly ...". -->
  <xsl:function name="f:chapter-heading" as="xs:string">
    <xsl:param name="chapter" as="element()"/>
    <xsl:variable name="title" select="f:plain(($chapter/head[@type = 'title'], $chapter/head)[1])"/>
    <xsl:sequence select="string-join(((if ($chapter/@n) then concat($chapter/@n, '.') else ()), ($title[.], 'Text')[1]), ' ')"/>
  </xsl:function>

</xsl:stylesheet>
