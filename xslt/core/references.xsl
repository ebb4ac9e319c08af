<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pointers, register entries and witnesses: what a mention refers to, what kind of entity it
  is, which witnesses carry a chapter or a reading, and where a node stands in a witness.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:k="urn:x-tei-edition:key"
  xmlns:v="urn:x-tei-edition:variable"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- ===== pointers ===== -->

  <!-- The ids named by same-document pointers ("#id #id2"); other URIs are not ids. -->
  <xsl:function name="f:id-refs" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize(normalize-space($pointers), ' ')[starts-with(., '#')] ! substring(., 2)[. ne '']"/>
  </xsl:function>

  <!-- The witnesses a @wit or @edRef names: its pointers ("#A"), and its bare sigla ("P46 Byz"),
       as files that name a witness by its @n alone write them. -->
  <xsl:function name="f:wit-refs" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize(normalize-space($pointers), ' ') ! (if (starts-with(., '#')) then substring(., 2) else if (matches(., '[:/#]')) then () else .)[. ne '']"/>
  </xsl:function>

  <!-- The elements a pointer attribute points to, in the document of that attribute. -->
  <xsl:function name="f:targets" as="element()*">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="if (empty($pointers)) then () else key('k:id', f:id-refs($pointers), root($pointers))"/>
  </xsl:function>

  <!-- ===== registers ===== -->

  <!-- Register entries: what listPerson, listPlace, listOrg and listBibl in standOff hold. -->
  <xsl:function name="f:is-entry" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::person | self::place | self::org | self::bibl][@xml:id][ancestor::standOff]
      | $e[self::person | self::place | self::org][@xml:id][ancestor::back])"/>
  </xsl:function>

  <!-- Mentions the annotation stage marks in the text. -->
  <xsl:function name="f:is-mention" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::persName | self::placeName | self::orgName | self::title[@level = 'j']][ancestor::text])"/>
  </xsl:function>

  <!-- The register entry a mention points to (the first, when it names several), if any. -->
  <xsl:function name="f:entry-of" as="element()?">
    <xsl:param name="mention" as="element()"/>
    <!-- the same as f:targets($mention/@ref)[f:is-entry(.)][1] (a key gives document order),
         in one look-up: this runs for every mention -->
    <xsl:sequence select="if (empty($mention/@ref)) then () else key('k:entry', f:id-refs($mention/@ref), root($mention))[1]"/>
  </xsl:function>

  <!-- person | place | org | periodical, for an entry or a mention. A name or rs typed as
       named-entity taggers type them (PER, LOC, ORG, as a corpus annotated by one writes
       them), or with the words person, place, organisation, is of that kind. -->
  <xsl:function name="f:entity-kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="type" select="if ($e[self::name | self::rs]) then lower-case(normalize-space($e/@type)) else ''"/>
    <xsl:sequence select="
      if ($e[self::person | self::persName | self::listPerson] or $type = ('per', 'pers', 'person', 'personal')) then 'person'
      else if ($e[self::place | self::placeName | self::listPlace] or $type = ('loc', 'location', 'place', 'gpe')) then 'place'
      else if ($e[self::org | self::orgName | self::listOrg] or $type = ('org', 'organisation', 'organization')) then 'org'
      else 'periodical'"/>
  </xsl:function>

  <!-- Every register entry of one kind, sorted for a reader: persons by the last word of
       their regularised name (the surname), the others by the whole name. -->
  <xsl:function name="f:entries" as="element()*">
    <xsl:param name="root" as="node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="all" select="(root($root)/TEI/standOff/(listPerson//person | listPlace//place | listOrg//org | listBibl//bibl)
      | root($root)/TEI/text/back//(listPerson//person | listPlace//place | listOrg//org))[@xml:id]"/>
    <xsl:perform-sort select="$all[f:entity-kind(.) eq $kind]">
      <xsl:sort select="lower-case(f:sort-key(.))"/>
    </xsl:perform-sort>
  </xsl:function>

  <xsl:function name="f:sort-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="f:reg-name($entry)"/>
    <xsl:sequence select="if ($entry/self::person) then replace($name, '^(.*)\s(\S+)$', '$2 $1') else $name"/>
  </xsl:function>

  <!-- The name elements of an entry (persName for a person, title for a periodical ...). -->
  <xsl:function name="f:entry-names" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/(persName | placeName | orgName | title)"/>
  </xsl:function>

  <!-- The regularised name of an entry: its name of type reg in the text's language (a register
       kept for editions in several languages gives one per language, xml:lang), else its first
       name of type reg, else its first name. -->
  <xsl:function name="f:reg-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(persName | placeName | orgName | title)"/>
    <xsl:variable name="regs" select="$names[@type = 'reg']"/>
    <xsl:variable name="lang" select="if (count($regs) gt 1) then lower-case(tokenize(string(f:text-lang(root($entry)/*)), '-')[1]) else ''"/>
    <xsl:variable name="reg" select="($regs[$lang ne ''][lower-case(tokenize(string(@xml:lang), '-')[1]) eq $lang], $regs)[1]"/>
    <xsl:sequence select="normalize-space(if ($reg) then $reg else if ($names) then $names[1] else $entry/@xml:id)"/>
  </xsl:function>

  <!-- The forms in which the witnesses write the entry, without the regularised name and without
       recorded errors, distinct, in register order. -->
  <xsl:function name="f:entry-forms" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="reg" select="f:reg-name($entry)"/>
    <xsl:sequence select="distinct-values(f:entry-names($entry)[not(@type = ('reg', 'error'))] ! normalize-space(.))[. ne $reg]"/>
  </xsl:function>

  <!-- Whoever a @resp points to, by name: a register entry, a respStmt, a witness or an id. -->
  <xsl:function name="f:resp-name" as="xs:string?">
    <xsl:param name="resp" as="attribute()?"/>
    <xsl:variable name="t" select="f:targets($resp)[1]"/>
    <xsl:sequence select="
      if (empty($resp)) then ()
      else if (empty($t)) then string-join(f:id-refs($resp), ', ')
      else if (f:is-entry($t)) then f:reg-name($t)
      else if ($t/self::bibl) then normalize-space(string(($t/title, $t)[1]))
      else if ($t/self::respStmt) then normalize-space(string(($t/(orgName | name | persName))[1]))
      else normalize-space(string($t))"/>
  </xsl:function>

  <!-- Who speaks an utterance of a transcript, for a label before it: the person its @who
       (or its annotation block's) points to in this file, by the name given there, else by
       the abbreviation a transcript gives (@n), else by the id. None where the person is not
       in the file (a corpus that names each speaker in a note of its own and keeps its
       register apart) or where the utterance before has the same speaker. -->
  <xsl:function name="f:utterance-speaker" as="xs:string?">
    <xsl:param name="u" as="element()"/>
    <xsl:variable name="who" select="f:utterance-who($u)"/>
    <xsl:variable name="person" select="f:targets($who)[self::person | self::personGrp][1]"/>
    <xsl:variable name="before" select="$u/preceding::u[1]"/>
    <xsl:sequence select="
      if (empty($person) or (exists($before) and f:targets(f:utterance-who($before))[1] is $person)) then ()
      else (normalize-space(string($person/persName[1]))[. ne ''], normalize-space($person/@n)[. ne ''], string($person/@xml:id))[1]"/>
  </xsl:function>
  <xsl:function name="f:utterance-who" as="attribute()?">
    <xsl:param name="u" as="element()"/>
    <xsl:sequence select="($u/@who, $u/parent::annotationBlock/@who)[1]"/>
  </xsl:function>

  <!-- ===== witnesses ===== -->

  <!-- The sigla of the witnesses, in listWit order. -->
  <xsl:function name="f:sigla" as="xs:string*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="if (root($root) is $v:source-root) then $v:source-sigla else f:sigla-found($root)"/>
  </xsl:function>

  <!-- The sigla of the document rendered (the global context item), found once: every variant
       place asks for its base witness, and every line mark. -->
  <xsl:variable name="v:source-root" as="node()" select="root(.)"/>
  <xsl:variable name="v:source-sigla" as="xs:string*" select="f:sigla-found($v:source-root)"/>

  <xsl:function name="f:sigla-found" as="xs:string*">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="listed" select="key('k:source-witnesses', 'all', root($root)) ! f:witness-key(.)[. ne '']"/>
    <!-- without a listWit: the sigla the readings name, in order of first use (from an index
         built once: each chapter page asks, and a walk of the whole text for each made a book
         of 1,000 chapters quadratic) -->
    <xsl:sequence select="if (exists($listed)) then $listed
      else distinct-values(key('k:witness-readings', 'wit', root($root))/@wit ! f:wit-refs(.))"/>
  </xsl:function>
  <xsl:key name="k:witness-readings" match="TEI/text//lem[@wit] | TEI/text//rdg[@wit]" use="'wit'"/>
  <!-- (a key: the base witness is asked for every line mark, and the header can be long) -->
  <xsl:key name="k:source-witnesses" match="TEI/teiHeader/fileDesc/sourceDesc//listWit//witness" use="'all'"/>

  <!-- The witness a reader sees first: the first in listWit. -->
  <xsl:function name="f:base-witness" as="xs:string?">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="f:sigla($root)[1]"/>
  </xsl:function>

  <!-- The witnesses that carry a part of the text: those whose lines (lb/@edRef) or readings
       occur in it, in listWit order; every witness when the text has no lb[@edRef]. (An empty
       reading carries nothing: the witness a chapter's marker of addition names as lacking
       the chapter is not one of its witnesses.) -->
  <xsl:function name="f:witnesses-of" as="xs:string*">
    <xsl:param name="part" as="element()"/>
    <!-- one walk over the descendants (not one per kind of mark); the order of $here does not matter -->
    <xsl:variable name="marks" select="$part/descendant::*[self::lb[@edRef] or self::lem[@wit][node()] or self::rdg[@wit][node()]]"/>
    <xsl:variable name="here" select="distinct-values($marks/(if (self::lb) then @edRef else @wit) ! f:wit-refs(.))"/>
    <xsl:variable name="all" select="f:sigla($part)"/>
    <xsl:sequence select="if (empty($marks[self::lb])) then $all else $all[. = $here]"/>
  </xsl:function>

  <!-- The witnesses of a reading: its @wit, or, for a lemma without @wit, every witness of the
       chapter that no other reading of the app claims. -->
  <xsl:function name="f:reading-wits" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:variable name="app" select="$reading/ancestor::app[1]"/>
    <xsl:variable name="scope" select="($reading/ancestor::div[@type = 'chapter'][1], root($reading)/*)[1]"/>
    <xsl:sequence select="
      if ($reading/@wit) then f:wit-refs($reading/@wit)
      else f:witnesses-of($scope)[not(. = $app//rdg/@wit ! f:wit-refs(.))]"/>
  </xsl:function>

  <!-- ===== places in the text ===== -->

  <!-- The chapter a node belongs to. -->
  <xsl:function name="f:chapter-of" as="element()?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="$n/ancestor-or-self::div[@type = 'chapter'][1]"/>
  </xsl:function>

  <!-- The heading that titles a division: its title (head type="title"), else its printed
       heading (a head with no type); a subtitle never. A text of a group: its title page's
       title, else its first heading. Both layers title chapters, pages,
       contents and links with it. -->
  <xsl:function name="f:division-title" as="element()?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/self::text) then ($div/front/titlePage/docTitle/titlePart, $div/front/head, $div/body/head)[1]
      else ($div/head[@type = 'title'], $div/head[not(@type)], $div/head[not(@type = ('sub', 'subtitle'))])[1]"/>
  </xsl:function>

  <!-- The printed heading that numbers a titled division: the head with no type right before
       its title ("I" or "CHAPTER IV." above "THE HARBOUR", as the structure step writes a
       number line and the title under it). The outputs set it as the division's number, where
       "Chapter 4" would stand, not as a heading inside the division after its title. -->
  <xsl:function name="f:printed-number" as="element()?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="$div/self::div/head[@type = 'title'][1]/preceding-sibling::*[1][self::head[not(@type)]]"/>
  </xsl:function>

  <!-- What names a text (or group of texts) that has no title (f:division-title), so that the
       texts of a group, or a text and its translation, are not all "Text" in the contents: its
       @type ("Translation"), else the generic word, with its @n and its language (the
       header's name for it, else its code): "Text 2", "Translation (English)". Nothing for a
       text that says none of them. -->
  <xsl:function name="f:division-label" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="type" select="normalize-space(translate($div/self::text/@type, '-_', '  '))"/>
    <xsl:variable name="n" select="normalize-space($div/@n)"/>
    <xsl:variable name="lang" select="normalize-space($div/@xml:lang)"/>
    <xsl:variable name="lang-name" select="if ($lang) then (root($div)/TEI/teiHeader/profileDesc/langUsage/language[@ident = $lang] ! normalize-space(.)[. ne ''], $lang)[1] else ''"/>
    <!-- a division of a kind (div type="review") without a heading: its kind and its rank
         among its siblings of that kind, "Review 3", rather than one more "Text" -->
    <xsl:variable name="kind" select="normalize-space(translate($div[matches(local-name(), '^div[1-7]?$')]/@type, '-_', '  '))"/>
    <xsl:sequence select="if ($kind) then string-join((concat(upper-case(substring($kind, 1, 1)), substring($kind, 2)),
        if ($n) then $n else if ($div/(preceding-sibling::* | following-sibling::*)[local-name() eq local-name($div)][@type = $div/@type])
        then string(count($div/preceding-sibling::*[local-name() eq local-name($div)][@type = $div/@type]) + 1) else ()), ' ')
      else if (not($div/(self::text | self::group)) or not($type or $n or $lang)) then ()
      else string-join((
        if ($type) then concat(upper-case(substring($type, 1, 1)), substring($type, 2)) else f:s('text'),
        $n[. ne ''],
        $lang-name[. ne ''] ! concat('(', ., ')')), ' ')"/>
  </xsl:function>

  <!-- Whether the outputs set a division's number ("Chapter 4", "4.") beside its title: where
       it has one and its title is not the printed heading, which carries its own number
       ("CHAPTER IV."). -->
  <xsl:function name="f:shows-number" as="xs:boolean">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="exists($div/self::div[normalize-space(@n)]) and empty(f:division-title($div)[not(@type)])"/>
  </xsl:function>

  <!-- The chapters, in order; a body without chapters is one part. -->
  <xsl:function name="f:chapters" as="element()*">
    <xsl:param name="root" as="node()"/>
    <!-- a table of contents or a transcriber's note between the chapters is a part of its own;
         so is a division beside them that holds none (a prologue before the first chapter of
         a part, the approvals printed before a second volume's chapters) -->
    <xsl:variable name="chapter-divs" select="root($root)/TEI/text/body//div[@type = ('chapter', 'contents', 'transcriber')][not(ancestor::div[@type = ('chapter', 'contents', 'transcriber')])]"/>
    <xsl:variable name="beside" select="$chapter-divs/ancestor::div[ancestor::body]/div[f:beside-chapters(.)]"/>
    <xsl:variable name="divs" select="$chapter-divs | $beside"/>
    <xsl:variable name="body" select="root($root)/TEI/text/(body, group)[1]"/>
    <!-- chapters are the parts only when no text of the body stands outside them but the
         titles and paratext of the divisions that hold them (a part's or a book's title, its
         epigraph), which their pages show with them (f:chapter-lead, f:chapter-tail) -->
    <xsl:variable name="outside" select="exists($divs) and exists($body//text()[normalize-space()][not(ancestor::div[@type = ('chapter', 'contents', 'transcriber')])]
      [not(ancestor::*[self::head or self::epigraph or self::argument or self::trailer or self::byline or self::docAuthor or self::dateline])]
      [empty(ancestor::div intersect $beside)])"/>
    <xsl:variable name="front" select="root($root)/TEI/text/front[exists(* except child::div[@type = 'paratext'])]"/>
    <!-- a back matter that is only the witnesses' paratext (a library's licence) is no part -->
    <!-- (nor is one that only kept notes now set at their places in the text, f:note-is-moved) -->
    <xsl:variable name="back" select="root($root)/TEI/text/back[exists(* except child::div[@type = 'paratext'])][not($v:has-moved-notes and f:holds-only-moved-notes(.))]"/>
    <!-- a group of texts (a collection of letters, a corpus) whose texts hold all its words:
         each text (or group of texts) is a part of its own -->
    <xsl:variable name="members" select="$body/self::group[empty(* except (text | group))]/*"/>
    <xsl:sequence select="$front, (if (exists($divs) and not($outside)) then $divs else if (count($members) gt 1) then $members else $body), $back"/>
  </xsl:function>

  <!-- A division that holds no chapter, with text, in a division that holds chapters (a
       prologue before a part's first chapter): a part of its own (f:chapters). -->
  <xsl:function name="f:beside-chapters" as="xs:boolean">
    <xsl:param name="d" as="node()"/>
    <xsl:sequence select="exists($d/self::div[parent::div[ancestor::body][descendant::div[@type = ('chapter', 'contents', 'transcriber')]]]
      [empty(descendant::div[@type = ('chapter', 'contents', 'transcriber')])][descendant::text()[normalize-space()]])"/>
  </xsl:function>

  <!-- Whether a part of the text (f:chapters) shows what stands outside the chapters around
       it (f:chapter-lead, f:chapter-tail): a chapter, or a division beside chapters. -->
  <xsl:function name="f:has-lead" as="xs:boolean">
    <xsl:param name="part" as="element()"/>
    <xsl:sequence select="exists($part/self::div[@type = 'chapter']) or f:beside-chapters($part)"/>
  </xsl:function>

  <!-- What stands outside the chapters before a chapter and goes with it (f:chapters): at each
       level of the body above it where it is the first chapter of its branch, the branch's
       siblings since the previous sibling that holds a chapter, outermost level first (the
       title of a book, then of its first part, before the first chapter). Found by stepping
       from sibling to sibling, so that a book of thousands of chapters is not walked once for
       each. -->
  <xsl:function name="f:chapter-lead" as="node()*">
    <xsl:param name="chapter" as="element()"/>
    <xsl:sequence select="f:lead-from($chapter)"/>
  </xsl:function>
  <xsl:function name="f:lead-from" as="node()*">
    <xsl:param name="y" as="element()"/>
    <xsl:variable name="before" select="f:back-to-chapter($y/preceding-sibling::node()[1])"/>
    <xsl:variable name="first" select="empty(($before[1], $y)[1]/preceding-sibling::node()[1])"/>
    <xsl:sequence select="(if ($first and exists($y/parent::*[ancestor::body])) then f:lead-from($y/parent::*) else ()), $before"/>
  </xsl:function>
  <!-- $n and the siblings before it, back to the nearest that holds a chapter or is a part of
       its own (f:beside-chapters), in order -->
  <xsl:function name="f:back-to-chapter" as="node()*">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="if (empty($n) or exists($n/descendant-or-self::div[@type = 'chapter']) or f:beside-chapters($n)) then ()
      else (f:back-to-chapter($n/preceding-sibling::node()[1]), $n)"/>
  </xsl:function>

  <!-- What stands outside the chapters after the last chapter of a branch with nothing after
       it that holds a chapter (a trailer of a part), innermost level first. -->
  <xsl:function name="f:chapter-tail" as="node()*">
    <xsl:param name="chapter" as="element()"/>
    <xsl:variable name="after" select="f:on-to-chapter($chapter/following-sibling::node()[1])"/>
    <xsl:variable name="last" select="empty(($after[last()], $chapter)[1]/following-sibling::node()[1])"/>
    <xsl:sequence select="if (not($last)) then () else ($after, $chapter/parent::*[ancestor::body] ! f:chapter-tail(.))"/>
  </xsl:function>
  <!-- $n and the siblings after it, on to the nearest that holds a chapter or is a part of its own -->
  <xsl:function name="f:on-to-chapter" as="node()*">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="if (empty($n) or exists($n/descendant-or-self::div[@type = 'chapter']) or f:beside-chapters($n)) then ()
      else ($n, f:on-to-chapter($n/following-sibling::node()[1]))"/>
  </xsl:function>

  <!-- Blocks: the elements whose first lb gives the line a node stands on. The parts of a
       title page are among them: a line there is a line of the printed page ("Le-" above
       "benden"), not a space between words. So are the formulas that open and close a letter:
       its lines are the letter's ("Your" above "friend"). -->
  <xsl:function name="f:is-line-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::p | self::head | self::item | self::sp | self::ab | self::bibl | self::fw | self::signed | self::l | self::note | self::titlePart | self::docImprint | self::byline | self::docEdition | self::imprimatur
      | self::opener | self::closer | self::salute | self::dateline])"/>
  </xsl:function>

  <!-- The block a node belongs to (the path spelled out: this runs for every line and name). -->
  <xsl:function name="f:block-of" as="element()?">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="$n/ancestor-or-self::*[self::p or self::head or self::item or self::sp or self::ab or self::bibl or self::fw or self::signed or self::l or self::note or self::titlePart or self::docImprint or self::byline or self::docEdition or self::imprimatur
      or self::opener or self::closer or self::salute or self::dateline][1]"/>
  </xsl:function>

  <!-- Where a node stands in the witnesses: "A 138" (or "A 138, B 7" on a shared line), from
       the lbs at the start of its block; empty where the block has no lb of its own. -->
  <xsl:function name="f:line-ref" as="xs:string?">
    <xsl:param name="n" as="node()?"/>
    <xsl:variable name="block" select="f:block-of($n)"/>
    <xsl:variable name="first" select="$block/descendant::lb[1][not(ancestor::note[. >> $block])]"/>
    <xsl:variable name="next" select="$first/following-sibling::node()[not(self::lb)][not(self::text()[not(normalize-space())])][1]"/>
    <xsl:variable name="group" select="$first | $first/following-sibling::lb[empty($next) or . &lt;&lt; $next]"/>
    <xsl:sequence select="if (empty($first) or empty($first/@n)) then () else string-join($group ! string-join((f:wit-refs(@edRef)[1], string(@n)), ' '), ', ')"/>
  </xsl:function>

  <!-- f:line-ref as a reader reads it: each witness by its siglum ("1818 242" for the witness
       wit-1818 of @n 1818). -->
  <xsl:function name="f:line-label" as="xs:string?">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="f:line-ref($n) ! string-join(tokenize(., ', ') ! (let $p := tokenize(., ' ') return
      if (count($p) eq 2) then concat(f:siglum-label($n, $p[1]), ' ', $p[2]) else .), ', ')"/>
  </xsl:function>

  <!-- An lb that ends a printed line inside a block (a title over two lines, "Pravda" above
       the date) rather than starting the block: some text comes before it in the block.
       A witness's line (an lb with @edRef) inside a paragraph, a note or a list item is not
       one: it is where the witness's plain text was wrapped, and the edition's paragraph
       flows (the line numbers stay as marks). -->
  <xsl:function name="f:lb-is-break" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:variable name="block" select="f:block-of($lb)"/>
    <!-- the cheap answers first: the walks of the siblings and of the block's text are asked
         for every line of a long paragraph otherwise -->
    <xsl:sequence select="
      if (empty($block)) then false()
      else if ($lb/@edRef and $block[self::p or self::note or self::item]) then false()
      else if ($lb/parent::* is $block and empty($lb/preceding-sibling::node()[not(self::lb)][not(self::text()[not(normalize-space())])])) then false()
      else exists($block/descendant::text()[. &lt;&lt; $lb][normalize-space()][not(ancestor::note[. >> $block])])"/>
  </xsl:function>

  <!-- Whether a line beginning that is no printed break (f:lb-is-break) and breaks no word
       reads as a space: a run of lbs (one per witness) is one space, and none where the
       printed text before or after it already has one, or where it opens or closes its block.
       "Printed" skips what the text does not show in that place: readings other than the
       base reading, notes, the alternative of a choice not shown, layout whitespace. -->
  <xsl:function name="f:lb-space" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="not(f:joins($lb) or f:lb-is-break($lb)) and f:lb-space-unbroken($lb)"/>
  </xsl:function>

  <!-- f:lb-space of a line already known to join no word and to be no printed break (a layer
       that has asked both, as the HTML's lines do, need not have them asked again). -->
  <xsl:function name="f:lb-space-unbroken" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <!-- the block the line stands in, whatever its kind (a closer, a cell, a stage direction) -->
    <xsl:variable name="block" select="$lb/ancestor::*[f:is-block(.)][1]"/>
    <xsl:choose>
      <xsl:when test="empty($block) or f:wide-join($lb)"><xsl:sequence select="false()"/></xsl:when>
      <!-- Most lines stand between two words of their own parent (text<lb/>text): those are
           the printed text on either side, and the axes' walks below are not needed (they
           were most of a long book's chapter pages). -->
      <xsl:when test="$lb/preceding-sibling::node()[1][self::text()][normalize-space()] and $lb/following-sibling::node()[1][self::text()][normalize-space()]">
        <xsl:sequence select="not(matches(f:flow-text($lb/preceding-sibling::node()[1]), '[&#32;&#9;&#10;&#13;]$'))
          and not(matches(f:flow-text($lb/following-sibling::node()[1]), '^[&#32;&#9;&#10;&#13;]'))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="before" select="$lb/preceding::text()[f:is-printed-beside(., $lb)][1]"/>
        <xsl:sequence select="exists($before) and $before >> $block
          and not(matches(f:flow-text($before), '[&#32;&#9;&#10;&#13;]$'))
          and not($lb/preceding::lb[f:is-printed-beside(., $lb)][1] >> $before)
          and (let $after := $lb/following::text()[f:is-printed-beside(., $lb)][1]
               return exists($after/ancestor::*[. is $block])
                 and not(matches(f:flow-text($after), '^[&#32;&#9;&#10;&#13;]')))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Whether a node is printed in the text next to $at: not in a reading other than its
       app's base reading, a note, a choice's hidden alternative or the header (unless $at is
       inside the same one), and no layout whitespace. -->
  <xsl:function name="f:is-printed-beside" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:param name="at" as="node()"/>
    <xsl:variable name="hidden" select="$n/ancestor::*[self::note or self::teiHeader or self::witDetail
      or ((self::rdg or self::lem) and not(. is f:base-reading(ancestor::app[1])))
      or (parent::choice and not(. is f:choice-shown(..)))]"/>
    <xsl:sequence select="(every $h in $hidden satisfies exists($at/ancestor::*[. is $h]))
      and not($n instance of text() and f:flow-text($n) eq '')"/>
  </xsl:function>

</xsl:stylesheet>
