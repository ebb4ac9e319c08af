<?xml version="1.0" encoding="UTF-8"?>
<!--
  Rendition: which typographic features a phrase asks for, read once for both outputs from
  its @rend (keywords, "italic bold", or CSS, "font-style:italic"), its @rendition (pointers
  to tagsDecl/rendition, whose content is CSS or a keyword, or TEI Simple's "simple:italic")
  and its @style (CSS). The answer is a closed list of feature names (v:rendition-features),
  so a value no list knows is harmless: nothing of an attribute reaches an output. The layers
  turn the features into classes and CSS (html/rendition.xsl) or Typst (print/rendition.xsl).

  A block (a paragraph, a heading, a stage direction, a line) asks for its place on the line
  as well (v:block-features: centred, on the right, indented) and for the type of all its
  words; an element with none of these attributes takes the default its tagsDecl declares
  for its name (tagUsage/@render). The @rend of marks and containers that are no text of
  their own (a note, a page beginning, an apparatus) says where or how a thing stands, not
  how its letters look, and is not read.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The features, in the order the layers apply them. -->
  <xsl:variable name="v:rendition-features" as="xs:string*" select="
    'italic', 'bold', 'underline', 'strike', 'sup', 'sub', 'smallcaps', 'spaced', 'uppercase'"/>

  <!-- Rendition keywords as projects write them (@rend, a rendition's name, TEI Simple's
       simple: values), lower case, and the feature each asks for. -->
  <xsl:variable name="v:rendition-keywords" as="map(xs:string, xs:string)" select="map {
    'italic': 'italic', 'italics': 'italic', 'i': 'italic', 'it': 'italic', 'ital': 'italic', 'italicised': 'italic',
    'italicized': 'italic', 'oblique': 'italic', 'slanted': 'italic', 'kursiv': 'italic',
    'bold': 'bold', 'b': 'bold', 'bf': 'bold', 'boldface': 'bold', 'bold-face': 'bold', 'fett': 'bold',
    'underline': 'underline', 'underlined': 'underline', 'u': 'underline', 'ul': 'underline', 'uu': 'underline',
    'doubleunderline': 'underline', 'double-underline': 'underline', 'wavyunderline': 'underline', 'underscore': 'underline',
    'unterstrichen': 'underline',
    'strikethrough': 'strike', 'strike-through': 'strike', 'strike': 'strike', 'struck': 'strike', 'strikeout': 'strike',
    'line-through': 'strike', 'linethrough': 'strike', 'overstrike': 'strike', 'overstruck': 'strike',
    'doublestrikethrough': 'strike', 'strikedoublethrough': 'strike', 'crossed-out': 'strike', 'crossedout': 'strike',
    'durchgestrichen': 'strike',
    'sup': 'sup', 'super': 'sup', 'superscript': 'sup', 'superscripted': 'sup', 'hochgestellt': 'sup',
    'sub': 'sub', 'subscript': 'sub', 'subscripted': 'sub', 'tiefgestellt': 'sub',
    'smallcaps': 'smallcaps', 'small-caps': 'smallcaps', 'sc': 'smallcaps', 'smcap': 'smallcaps', 'smcaps': 'smallcaps',
    'smallcap': 'smallcaps', 'kapitaelchen': 'smallcaps', 'kapitälchen': 'smallcaps',
    'spaced': 'spaced', 'letterspace': 'spaced', 'letterspaced': 'spaced', 'letter-spaced': 'spaced',
    'letterspacing': 'spaced', 'spaced-out': 'spaced', 'gesperrt': 'spaced', 'sperrung': 'spaced',
    'uppercase': 'uppercase', 'upper-case': 'uppercase', 'allcaps': 'uppercase', 'all-caps': 'uppercase', 'caps': 'uppercase',
    'capitals': 'uppercase', 'versalien': 'uppercase',
    'center': 'center', 'centre': 'center', 'centered': 'center', 'centred': 'center', 'centerjustified': 'center',
    'centrejustified': 'center', 'middle': 'center', 'aligncenter': 'center', 'align-center': 'center', 'text-center': 'center',
    'zentriert': 'center',
    'right': 'right', 'rightjustified': 'right', 'right-justified': 'right', 'flushright': 'right', 'flush-right': 'right',
    'alignright': 'right', 'align-right': 'right', 'rightaligned': 'right', 'right-aligned': 'right', 'text-right': 'right',
    'ralign': 'right', 'rechtsbündig': 'right',
    'indent': 'indent', 'indented': 'indent', 'blockindent': 'indent', 'block-indent': 'indent', 'eingerückt': 'indent'
  }"/>

  <!-- Short forms many transcriptions use as names of renditions they declare elsewhere (one
       letter for a feature, "et" for an indented line, "indent2" for its depth); read only as
       the names of @rendition pointers that resolve to nothing in the file. -->
  <xsl:variable name="v:rendition-short-names" as="map(xs:string, xs:string)" select="map {
    'i': 'italic', 'b': 'bold', 'u': 'underline', 'uu': 'underline', 's': 'strike', 'g': 'spaced', 'k': 'smallcaps',
    'c': 'center', 'r': 'right', 'et': 'indent'
  }"/>

  <!-- The features a block can ask for, in the order the layers apply them: its place on the
       line, then the type of its words (not raised or lowered: that is for a few letters). -->
  <xsl:variable name="v:block-features" as="xs:string*" select="
    'center', 'right', 'indent', 'italic', 'bold', 'underline', 'strike', 'smallcaps', 'spaced', 'uppercase'"/>

  <!-- Rendition pointers each element name takes by default (tagsDecl/namespace/tagUsage/@render,
       for the TEI namespace). -->
  <xsl:key name="k:tag-render" match="tagsDecl/namespace[not(@name) or @name = 'http://www.tei-c.org/ns/1.0']/tagUsage[@render]" use="string(@gi)"/>

  <!-- Elements that are phrases by their name but carry no letters of their own to style, or
       whose @rend says where they stand (a note in the margin, a page break, a gap). -->
  <xsl:variable name="v:rendition-ignored" as="xs:string*" select="
    'note', 'app', 'lem', 'rdg', 'rdgGrp', 'choice', 'subst', 'lb', 'pb', 'cb', 'gb', 'milestone', 'anchor', 'gap', 'space',
    'index', 'interp', 'interpGrp', 'link', 'linkGrp', 'span', 'spanGrp', 'certainty', 'handShift', 'addSpan', 'delSpan',
    'graphic', 'ptr', 'pause', 'witDetail', 'metamark'"/>

  <!-- The typographic features an element asks for (in v:rendition-features order, each once);
       none for a block or a mark. -->
  <xsl:function name="f:rendition" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if (not(f:has-rendition($e)) or empty($e/self::tei:*) or local-name($e) = $v:rendition-ignored or f:is-block($e)) then ()
      else let $asked := f:rendition-asked($e) return $v:rendition-features[. = $asked]"/>
  </xsl:function>

  <!-- What a block asks for (in v:block-features order, each once); none for a phrase or a mark. -->
  <xsl:function name="f:block-rendition" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if (not(f:has-rendition($e)) or empty($e/self::tei:*) or local-name($e) = $v:rendition-ignored or not(f:is-block($e))) then ()
      else let $asked := f:rendition-asked($e) return $v:block-features[. = $asked]"/>
  </xsl:function>

  <!-- Whether an element says anything of its rendition: by its attributes, or by its name's
       default. -->
  <xsl:function name="f:has-rendition" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(@rend | @rendition | @style)) or exists(key('k:tag-render', local-name($e), root($e)))"/>
  </xsl:function>

  <!-- Every feature name an element asks for: by its own attributes, else by its name's
       default (an element's own rendition replaces the default). -->
  <xsl:function name="f:rendition-asked" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if (empty($e/(@rend | @rendition | @style))) then
        tokenize(normalize-space(key('k:tag-render', local-name($e), root($e))[1]/@render)) ! f:rendition-of-pointer($e, .)
      else (
        $e/@rend ! f:rendition-of-text(string(.)),
        $e/@style ! f:rendition-of-text(string(.)),
        tokenize(normalize-space($e/@rendition)) ! f:rendition-of-pointer($e, .))"/>
  </xsl:function>

  <!-- The features of one @rendition pointer: "#id" to a rendition of this file's tagsDecl
       (its CSS or keyword content, else its name), or a TEI Simple value ("simple:italic").
       A rendition with a scope (before, after, first-letter) styles something else. -->
  <xsl:function name="f:rendition-of-pointer" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="starts-with($pointer, 'simple:')">
        <xsl:sequence select="f:rendition-of-text(substring-after($pointer, 'simple:'))"/>
      </xsl:when>
      <xsl:when test="starts-with($pointer, '#')">
        <xsl:variable name="id" select="substring($pointer, 2)"/>
        <xsl:variable name="target" select="key('k:id', $id, root($e))"/>
        <xsl:variable name="r" select="$target[self::tei:rendition][not(@scope)][1]"/>
        <xsl:sequence select="
          if (exists($r)) then (if (normalize-space($r)) then f:rendition-of-text(string($r)) else f:rendition-of-text(string($r/@xml:id)))
          else if (empty($target)) then f:rendition-of-name(lower-case($id))
          else ()"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- The features a rendition text asks for: each part between semicolons is a CSS
       declaration (property: value) or keywords. -->
  <xsl:function name="f:rendition-of-text" as="xs:string*">
    <xsl:param name="s" as="xs:string"/>
    <xsl:for-each select="tokenize(lower-case($s), ';')">
      <xsl:choose>
        <xsl:when test="contains(., ':')">
          <xsl:sequence select="f:rendition-of-css(normalize-space(substring-before(., ':')), normalize-space(substring-after(., ':')))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="for $t in tokenize(., '[^\p{L}\p{N}-]+') return
            if (map:contains($v:rendition-keywords, $t)) then $v:rendition-keywords($t) else 'indent'[matches($t, '^indent-?[1-9]$')]"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- The features of the name of a rendition declared outside the file ("#i", "#et2"). -->
  <xsl:function name="f:rendition-of-name" as="xs:string*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="stem" select="replace($name, '^(et)[1-9]$', '$1')"/>
    <xsl:sequence select="if (map:contains($v:rendition-short-names, $stem)) then $v:rendition-short-names($stem) else f:rendition-of-text($name)"/>
  </xsl:function>

  <!-- The features of one CSS declaration (the properties of type that a print can set). -->
  <xsl:function name="f:rendition-of-css" as="xs:string*">
    <xsl:param name="property" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="words" select="tokenize($value, '[\s,]+')"/>
    <xsl:sequence select="
      if ($property eq 'font-style') then 'italic'[$words = ('italic', 'oblique')]
      else if ($property eq 'font-weight') then 'bold'[$words = ('bold', 'bolder', '600', '700', '800', '900')]
      else if ($property = ('text-decoration', 'text-decoration-line')) then ('underline'[$words = 'underline'], 'strike'[$words = 'line-through'])
      else if ($property eq 'vertical-align') then ('sup'[$words = 'super'], 'sub'[$words = 'sub'])
      else if ($property = ('font-variant', 'font-variant-caps')) then 'smallcaps'[$words = ('small-caps', 'all-small-caps')]
      else if ($property eq 'letter-spacing') then 'spaced'[not($words = ('normal', '0', 'initial', 'inherit', 'unset'))][exists($words[. ne ''])]
      else if ($property eq 'text-transform') then 'uppercase'[$words = 'uppercase']
      else if ($property eq 'text-align') then ('center'[$words = 'center'], 'right'[$words = ('right', 'end')])
      else if ($property = ('margin-left', 'padding-left', 'margin-inline-start', 'padding-inline-start')) then 'indent'[matches($words[1], '^\+?[0-9]*\.?[0-9]*[1-9][0-9]*\.?[0-9]*(em|ex|ch|rem|px|pt|mm|cm|in|%)$')]
      else if ($property eq 'font') then ('italic'[$words = ('italic', 'oblique')], 'bold'[$words = ('bold', 'bolder')], 'smallcaps'[$words = 'small-caps'])
      else ()"/>
  </xsl:function>

</xsl:stylesheet>
