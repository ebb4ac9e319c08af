<?xml version="1.0" encoding="UTF-8"?>
<!--
  How the phrases of a dictionary, of transcribed speech, of a manuscript description (where it
  was written, its size), of a gazetteer (a place's location, its coordinates) and of documentation (an element's or attribute's name in an encoding
  description) read, in both outputs: the headword
  bold, grammar and usage labels italic, a description of a sound, gesture or event in square
  brackets, the rest as text. The layers set each style in their own way (html/phrases.xsl,
  print/inline.xsl); an element of neither list keeps the generic rule and its warning.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:variable name="v:phrase-style" as="map(xs:string, xs:string)" select="map {
    'orth': 'strong',
    'pos': 'emph', 'gen': 'emph', 'number': 'emph', 'case': 'emph', 'per': 'emph', 'tns': 'emph', 'mood': 'emph',
    'gram': 'emph', 'subc': 'emph', 'iType': 'emph', 'usg': 'emph', 'lbl': 'emph',
    'rhyme': 'plain', 'pron': 'plain', 'hyph': 'plain', 'syll': 'plain', 'stress': 'plain', 'gramGrp': 'plain', 'colloc': 'plain', 'def': 'plain',
    'oRef': 'plain', 'pRef': 'plain', 'xr': 'plain', 'gloss': 'plain', 'metamark': 'plain', 'writing': 'plain', 'desc': 'plain', 'notatedMusic': 'plain',
    'gi': 'plain', 'tag': 'plain', 'att': 'plain', 'val': 'plain', 'ident': 'plain',
    'institution': 'plain', 'repository': 'plain', 'collection': 'plain', 'altIdentifier': 'plain', 'msName': 'plain',
    'origPlace': 'plain', 'origDate': 'plain', 'dimensions': 'plain', 'height': 'plain', 'width': 'plain', 'depth': 'plain',
    'dim': 'plain', 'material': 'plain', 'textLang': 'plain', 'locusGrp': 'plain', 'objectType': 'plain', 'relatedItem': 'plain', 'watermark': 'plain', 'secFol': 'plain',
    'location': 'plain', 'geo': 'plain', 'geogFeat': 'plain',
    'vocal': 'bracketed', 'kinesic': 'bracketed', 'incident': 'bracketed', 'shift': 'bracketed'
  }"/>

  <!-- The measures of a manuscript's dimensions one after another (height, width, depth) read
       "240 × 170", as catalogues print them, whether or not the file parts them with a space:
       what goes before a measure that follows another with nothing but whitespace (or measures
       left empty, as an EpiDoc template leaves them) between. An empty measure has none. -->
  <xsl:function name="f:dimension-sep" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="before" select="$e/preceding-sibling::node()[not(self::comment() | self::processing-instruction())][1]"/>
    <xsl:variable name="stops" select="$e/preceding-sibling::*[not(f:is-measure(.))][1], $e/preceding-sibling::text()[normalize-space()][1]"/>
    <xsl:sequence select="
      if (normalize-space($e) and exists($e/preceding-sibling::*[f:is-measure(.)][normalize-space()][every $s in $stops satisfies . >> $s]))
      then (if ($before/self::text()) then '× ' else ' × ') else ()"/>
  </xsl:function>
  <xsl:function name="f:is-measure" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::tei:height | self::tei:width | self::tei:depth | self::tei:dim])"/>
  </xsl:function>

  <!-- Coordinates (geo) right after the words of a name, as an EpiDoc template writes them
     (<settlement>Alpha<geo>31.5, 35.2</geo></settlement>): a space parts them. -->
  <xsl:function name="f:coordinates-sep" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="' '[matches(string($e/preceding-sibling::node()[not(self::comment() | self::processing-instruction())][1][self::text()]), '[\p{L}\p{N}]$')]"/>
  </xsl:function>

  <!-- The label of a main part of a manuscript description, as a strings key. -->
  <xsl:function name="f:ms-label-key" as="xs:string">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="map { 'msContents': 'ms-contents', 'physDesc': 'ms-physical', 'history': 'ms-history', 'additional': 'ms-additional' }(local-name($part))"/>
  </xsl:function>

</xsl:stylesheet>
