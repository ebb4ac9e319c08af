<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which reading the text shows, for both layers: the base reading of an app and the
  alternative of a choice a reader sees first. The other readings are the apparatus's (or a
  tooltip's); nothing here decides how they look.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:k="urn:x-tei-edition:key"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The reading the text shows: the lemma, else the base witness's reading, else the first. -->
  <xsl:function name="f:base-reading" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="readings" select="$app/(lem | rdg | rdgGrp//(lem | rdg))"/>
    <xsl:variable name="base" select="f:base-witness($app)"/>
    <xsl:sequence select="($readings[self::lem], $readings[f:wit-refs(@wit) = $base], $readings)[1]"/>
  </xsl:function>

  <!-- Whether a reading is shown in the text of a witness: the reading that names the witness,
       where readings name theirs; else (no witness asked for, or a reading without @wit) the
       base reading. The print asks for the edition's text, the web page for the witness its
       reader shows. -->
  <xsl:function name="f:reading-shown" as="xs:boolean">
    <xsl:param name="reading" as="element()"/>
    <xsl:param name="wit" as="xs:string?"/>
    <xsl:variable name="wits" select="f:reading-wits($reading)"/>
    <xsl:sequence select="if (exists($wit) and exists($wits)) then $wit = $wits else $reading is f:base-reading($reading/ancestor::app[1])"/>
  </xsl:function>

  <!-- The readings of an app, rdgGrp flattened, in document order. -->
  <xsl:function name="f:readings" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="$app/(lem | rdg | rdgGrp//(lem | rdg))"/>
  </xsl:function>

  <!-- Whether two readings read alike: the same words (f:plain) and nothing but line and page
       marks around them, so that only spacing or lineation differs. (The collator keeps a
       witness's own spacing in an app of type "whitespace", so that the witness can be given
       back; a reader sees no variant there.) -->
  <xsl:function name="f:reads-alike" as="xs:boolean">
    <xsl:param name="a" as="element()"/>
    <xsl:param name="b" as="element()"/>
    <xsl:sequence select="empty(($a, $b)//*[not(self::lb | self::pb | self::cb | self::milestone | self::anchor)])
      and f:plain($a/node()) eq f:plain($b/node())"/>
  </xsl:function>

  <!-- A reading that says more of itself than its witnesses: its type, cause, the editor
       responsible (a correction), so that it is listed even when it reads as another. -->
  <xsl:function name="f:says-more" as="xs:boolean">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="exists($reading/@* except ($reading/@wit, $reading/@xml:id, $reading/@n))"/>
  </xsl:function>

  <!-- Whether an app has an entry: a reading that reads otherwise than the first, the editors'
       words on the place, a reading that says more of itself (a correction by an editor, its
       type or cause), or a single reading (the witnesses that attest it, as a positive
       apparatus records them). Readings that differ only in spacing make no entry. -->
  <!-- Variant classes the edition hides in its reading views (collation.hide in its config):
       their places keep the base reading in the text, as every place does, but have no entry
       in the print's apparatus, and the site's filter starts with them off. -->
  <xsl:param name="hidden-variants" as="xs:string*" select="()"/>

  <!-- Whether every class of a place (of the app, its groups and readings) is hidden. -->
  <xsl:function name="f:is-hidden-variant" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="types" select="distinct-values(($app/@type, $app/rdgGrp/@type, f:readings($app)/@type) ! normalize-space(.))[. ne '']"/>
    <xsl:sequence select="exists($hidden-variants) and exists($types) and (every $t in $types satisfies $t = $hidden-variants)"/>
  </xsl:function>

  <xsl:function name="f:is-variation" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="readings" select="f:readings($app)"/>
    <xsl:sequence select="count($readings) le 1 or exists($app/(note | witDetail))
      or (some $r in $readings satisfies f:says-more($r))
      or (some $r in tail($readings) satisfies not(f:reads-alike($r, head($readings))))"/>
  </xsl:function>

  <!-- The alternative of a choice the text shows: the correction, the regularised or the
       expanded form, else the first. -->
  <xsl:function name="f:choice-shown" as="element()?">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:sequence select="($choice/corr, $choice/reg, $choice/expan, $choice/*)[1]"/>
  </xsl:function>

  <!-- The alternative a reader may want beside it (the witness's sic, the original, the abbreviation). -->
  <xsl:function name="f:choice-other" as="element()?">
    <xsl:param name="choice" as="element(choice)"/>
    <xsl:sequence select="($choice/* except f:choice-shown($choice))[1]"/>
  </xsl:function>

  <!-- What readings name a witness by: its xml:id, else its @n (files that write bare sigla in
       @wit, "P46 Byz", name their witnesses so: core f:wit-refs). -->
  <xsl:function name="f:witness-key" as="xs:string">
    <xsl:param name="witness" as="element()"/>
    <xsl:sequence select="string(($witness/@xml:id, $witness/@n)[1])"/>
  </xsl:function>

  <!-- The label a reader sees for a witness: its printed siglum (@n, or an abbr or idno of
       type siglum, else a label or abbr it holds, else its content where that is only a
       siglum, else an idno), else its id; for a siglum with no witness in listWit, the siglum
       itself. -->
  <xsl:key name="k:listed-witness-id" match="TEI/teiHeader//listWit//witness[@xml:id]" use="string(@xml:id)"/>
  <xsl:key name="k:listed-witness-n" match="TEI/teiHeader//listWit//witness[not(@xml:id)]" use="string(@n)"/>

  <xsl:function name="f:siglum-label" as="xs:string">
    <xsl:param name="root" as="node()"/>
    <xsl:param name="id" as="xs:string"/>
    <!-- by keys: asked for every line mark, and a walk of the header each time grew with the
         header (a witness's extent names each chapter), so a book of 85 chapters took 8 s -->
    <xsl:variable name="w" select="(key('k:listed-witness-id', $id, root($root)), key('k:listed-witness-n', $id, root($root)))[1]"/>
    <xsl:sequence select="(($w/@n, $w/abbr[@type = 'siglum'], $w/idno[@type = 'siglum'], $w/label, $w/abbr, $w ! f:content-siglum(.), $w/idno)
      ! normalize-space(.)[. ne ''], $id)[1]"/>
  </xsl:function>

  <!-- The content of a witness that is only its siglum, not a description
       (<witness xml:id="w1">【甲】</witness>): text without elements, of one or two words and
       twelve characters at most. The layers print no description for such a witness. -->
  <xsl:function name="f:content-siglum" as="xs:string?">
    <xsl:param name="w" as="element()"/>
    <xsl:sequence select="normalize-space($w)[empty($w/*)][. ne ''][string-length(.) le 12][count(tokenize(.)) le 2]"/>
  </xsl:function>

</xsl:stylesheet>
