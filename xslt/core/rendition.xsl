<?xml version="1.0" encoding="UTF-8"?>
<!--
  Rendition: which typographic features a phrase asks for, read once for both outputs from
  its @rend (keywords, "italic bold", or CSS, "font-style:italic"), its @rendition (pointers
  to tagsDecl/rendition, whose content is CSS or a keyword, or TEI Simple's "simple:italic")
  and its @style (CSS). The answer is a closed list of feature names (v:rendition-features),
  so a value no list knows is harmless: nothing of an attribute reaches an output. The layers
  turn the features into classes and CSS (html/rendition.xsl) or Typst (print/rendition.xsl).

  Only phrases: a block's @rend (a centred heading, an indented line) and the @rend of marks
  and containers that are no text of their own (a note, a page beginning, an apparatus) say
  where or how a thing stands, not how its letters look.
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
    'capitals': 'uppercase', 'versalien': 'uppercase'
  }"/>

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
      if (empty($e/(@rend | @rendition | @style)) or empty($e/self::tei:*) or local-name($e) = $v:rendition-ignored or f:is-block($e)) then ()
      else
        let $asked := (
          $e/@rend ! f:rendition-of-text(string(.)),
          $e/@style ! f:rendition-of-text(string(.)),
          tokenize(normalize-space($e/@rendition)) ! f:rendition-of-pointer($e, .))
        return $v:rendition-features[. = $asked]"/>
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
        <xsl:variable name="r" select="key('k:id', substring($pointer, 2), root($e))[self::tei:rendition][not(@scope)][1]"/>
        <xsl:sequence select="$r ! (if (normalize-space(.)) then f:rendition-of-text(string(.)) else f:rendition-of-text(string(@xml:id)))"/>
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
          <xsl:sequence select="tokenize(., '[^\p{L}\p{N}-]+')[map:contains($v:rendition-keywords, .)] ! $v:rendition-keywords(.)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
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
      else if ($property eq 'font') then ('italic'[$words = ('italic', 'oblique')], 'bold'[$words = ('bold', 'bolder')], 'smallcaps'[$words = 'small-caps'])
      else ()"/>
  </xsl:function>

</xsl:stylesheet>
