<?xml version="1.0" encoding="UTF-8"?>
<!--
  What is a block and what is inline, and which whitespace is text: the TEI semantics both
  layers share, so that the HTML and the print set the same words apart.

  Whitespace (TEI Guidelines, "whitespace"): a run of whitespace, a newline included, is one
  space; whitespace between blocks, at the edges of a block, or in an element that holds only
  elements is layout. An lb, pb or cb with @break="no" (EpiDoc's older lb/@type="inWord")
  joins the word it breaks: the whitespace around it is dropped.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- TEI elements that are blocks wherever they stand. -->
  <xsl:variable name="v:block-names" as="xs:string*" select="
    'TEI', 'text', 'group', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
    'p', 'ab', 'head', 'lg', 'l', 'sp', 'speaker', 'stage', 'list', 'item', 'label', 'table', 'row', 'cell', 'figure',
    'figDesc', 'quote', 'cit', 'epigraph', 'opener', 'closer', 'salute', 'dateline', 'signed', 'postscript', 'byline',
    'docAuthor', 'docTitle', 'docImprint', 'docDate', 'docEdition', 'titlePage', 'titlePart', 'argument', 'trailer',
    'castList', 'castGroup', 'castItem', 'set', 'listBibl', 'bibl', 'biblStruct', 'listPerson', 'person',
    'listPlace', 'place', 'listOrg', 'org', 'listEvent', 'event', 'floatingText', 'address', 'addrLine',
    'fw', 'listApp', 'listWit', 'witness', 'spGrp', 'move', 'view', 'camera', 'sound', 'caption', 'tech',
    'performance', 'prologue', 'epilogue', 'imprimatur', 'entry', 'form', 'sense', 'msDesc', 'listNym', 'nym',
    'superEntry', 're', 'etym', 'u', 'annotationBlock', 'hom', 'eg', 'msIdentifier', 'msContents', 'physDesc', 'history', 'additional', $v:ms-parts"/>

  <!-- The parts of a manuscript description (TEI msDesc) that are blocks, set by both layers'
       rule for such parts (its identifier and its four main parts have rules of their own). -->
  <xsl:variable name="v:ms-parts" as="xs:string+" select="
    'msItem', 'msItemStruct', 'msPart', 'msFrag', 'summary', 'incipit', 'explicit', 'rubric', 'finalRubric', 'colophon',
    'filiation', 'objectDesc', 'supportDesc', 'support', 'foliation', 'collation', 'condition', 'layoutDesc', 'layout',
    'handDesc', 'handNote', 'scriptDesc', 'scriptNote', 'typeDesc', 'typeNote', 'decoDesc', 'decoNote', 'musicNotation',
    'additions', 'bindingDesc', 'binding', 'sealDesc', 'seal', 'accMat', 'origin', 'provenance', 'acquisition', 'adminInfo',
    'recordHist', 'source', 'custodialHist', 'custEvent', 'surrogates', 'change'"/>

  <!-- TEI elements that are inline wherever they stand (an element in neither list, or of
       another namespace, is a block when it holds a block). -->
  <xsl:variable name="v:inline-names" as="xs:string*" select="
    'hi', 'emph', 'foreign', 'term', 'mentioned', 'soCalled', 'distinct', 'title', 'name', 'persName', 'placeName', 'orgName', 'geogName',
    'rs', 'date', 'time', 'num', 'measure', 'seg', 's', 'cl', 'phr', 'w', 'm', 'c', 'pc', 'g', 'ref', 'ptr', 'choice', 'sic', 'corr', 'orig', 'reg', 'abbr', 'expan',
    'ex', 'am', 'add', 'del', 'subst', 'unclear', 'damage', 'supplied', 'gap', 'space', 'lb', 'pb', 'cb', 'milestone', 'anchor', 'q', 'said',
    'surname', 'forename', 'roleName', 'addName', 'genName', 'nameLink', 'settlement', 'region', 'country', 'bloc', 'district', 'street',
    'handShift', 'addSpan', 'delSpan', 'restore', 'retrace', 'secl', 'mod', 'redo', 'undo', 'gb', 'graphic', 'formula', 'code', 'email',
    'idno', 'affiliation', 'lang', 'objectName', 'stamp', 'catchwords', 'signatures', 'locus', 'biblScope', 'citedRange', 'pubPlace',
    'publisher', 'author', 'editor', 'respStmt', 'resp', 'extent', 'edition', 'series', 'imprint', 'monogr', 'analytic', 'state', 'trait',
    'note', 'index', 'interp', 'interpGrp', 'link', 'linkGrp', 'span', 'spanGrp', 'certainty', 'surplus', 'metamark', 'desc',
    'ruby', 'rb', 'rt', 'orth', 'pron', 'hyph', 'syll', 'stress', 'gramGrp', 'pos', 'gen', 'number', 'case', 'per', 'tns', 'mood',
    'gram', 'subc', 'iType', 'usg', 'lbl', 'colloc', 'def', 'oRef', 'pRef', 'xr', 'writing', 'vocal', 'kinesic', 'incident', 'shift', 'pause'"/>

  <!-- Elements whose children are alternatives, not a sequence: whitespace between them is
       layout even between phrases. (In other containers whitespace between blocks is layout by
       f:is-layout's other rules, and between phrases - the fields of a person, the parts of an
       address - it is a space.) An event of speech (a cough) holds descriptions of it, one per
       language. -->
  <xsl:variable name="v:element-only-names" as="xs:string*" select="'TEI', 'teiHeader', 'facsimile', 'surface', 'standOff', 'app', 'rdgGrp', 'choice', 'subst',
    'incident', 'vocal', 'kinesic', 'biblStruct', 'analytic', 'monogr', 'series', 'imprint'"/>
  <xsl:variable name="v:element-only" as="map(xs:string, xs:boolean)" select="map:merge($v:element-only-names ! map:entry(., true()))"/>

  <!-- Whether a node is the child of a TEI element whose children are alternatives
       (v:element-only-names), by a look-up: it is asked for every whitespace text node. -->
  <xsl:function name="f:in-element-only" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/parent::tei:*[map:contains($v:element-only, local-name())]) or f:is-substitution($n/parent::tei:mod)"/>
  </xsl:function>

  <!-- A structured citation (TEI biblStruct) holds only its fields, in a set order, so the
       whitespace between them is layout (above) and the layers part them as citations print
       them, by the string this gives before a field: '. ' between its levels (analytic,
       monogr, series), ', ' between the fields of one; nothing before the first field that
       says something, or before a note. -->
  <xsl:function name="f:citation-separator" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:if test="normalize-space($e) and empty($e/self::tei:note) and exists($e/preceding-sibling::*[normalize-space()][not(self::tei:note)])">
      <xsl:sequence select="if ($e/parent::tei:biblStruct) then '. ' else ', '"/>
    </xsl:if>
  </xsl:function>

  <!-- A substitution: a subst, or a mod used as one (a deletion or an addition and no text of
       its own; a mod may also hold text, where its whitespace is a space as in a phrase). -->
  <xsl:function name="f:is-substitution" as="xs:boolean">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="exists($e/self::tei:subst) or exists($e/self::tei:mod[tei:del | tei:add][not(text()[normalize-space()])])"/>
  </xsl:function>

  <!-- Elements that are blocks or phrases by where they stand (a quotation set off or run
       into a sentence): blocks when they hold a block or stand among blocks, with no text
       of their parent's beside them. -->
  <xsl:variable name="v:either-names" as="xs:string*" select="'quote', 'bibl', 'label', 'cit', 'said', 'list', 'table', 'figure', 'lg', 'stage', 'speaker', 'address', 'castList', 'role', 'roleDesc', 'listBibl', 'epigraph', 'floatingText', 'signed', 'dateline', 'salute',
    'notatedMusic'"/>

  <!-- Elements whose content is blocks and never text of their own (the TEI's content
       models): an element of either kind among them is a block without looking at its
       siblings, which matters for speed, since f:is-block is asked for every element and a
       division of a drama holds thousands of speeches and stage directions. -->
  <xsl:variable name="v:text-free-names" as="xs:string*" select="
    'TEI', 'text', 'group', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
    'sp', 'lg', 'spGrp', 'castList', 'castGroup', 'listBibl', 'list', 'table', 'row', 'figure', 'floatingText', 'epigraph', 'argument', 'titlePage'"/>

  <!-- Whitespace alone in a speech, a cast list or a table is layout (above), so it is left
       out of the tree as the TEI is read, and every later step is spared it: in a drama half
       the text nodes are the whitespace between speeches and their parts. Only elements whose
       children are blocks even in TEI that breaks its schema: a division or a body holding
       phrases directly would lose the space between them. xml:space="preserve" keeps it. -->
  <xsl:strip-space elements="tei:sp tei:spGrp tei:castList tei:castGroup tei:table tei:row tei:listBibl"/>

  <!-- The kind of each TEI name above, for a look-up in one step (f:is-block is asked for every
       element and every whitespace between elements; a comparison with the lists was most
       of its time). The either kind goes first: 'label', 'quote' ... are in two lists. -->
  <xsl:variable name="v:name-kind" as="map(xs:string, xs:string)" select="map:merge((
    $v:either-names ! map:entry(., 'either'), $v:block-names ! map:entry(., 'block'), $v:inline-names ! map:entry(., 'inline')),
    map { 'duplicates': 'use-first' })"/>
  <xsl:variable name="v:text-free" as="map(xs:string, xs:boolean)" select="map:merge($v:text-free-names ! map:entry(., true()))"/>

  <!-- Whether an element is a block: by its name, else by its content. -->
  <!-- The label of an item of a glossary list, where the list gives it before the item, beside
       it (TEI's list type="gloss": label, item, label, item ...), not inside it. -->
  <xsl:function name="f:item-label" as="element()*">
    <xsl:param name="items" as="element()*"/>
    <xsl:sequence select="$items/preceding-sibling::*[1][self::tei:label][parent::tei:list]"/>
  </xsl:function>

  <xsl:function name="f:is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="kind" select="if ($e/self::tei:*) then $v:name-kind(local-name($e)) else ()"/>
    <xsl:sequence select="
      if (f:is-xml-example($e)) then true()
      else if ($kind = 'either') then
        (some $c in $e/* satisfies f:is-block($c))
        or ($e/parent::tei:* and map:contains($v:text-free, local-name($e/..)))
        or empty($e/../text()[normalize-space()])
      else if ($kind = 'block') then true()
      else if ($kind = 'inline') then false()
      else some $c in $e/* satisfies f:is-block($c)"/>
  </xsl:function>

  <!-- A place of variation whose readings are blocks (a running head, a paragraph) rather
       than words: it stands between blocks, or a reading holds one. -->
  <xsl:function name="f:app-is-block" as="xs:boolean">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="exists($app/parent::*[self::div | self::body | self::front | self::back | self::quote[p] | self::note[p] | self::lg | self::sp])
      or exists($app//(lem | rdg)/*[self::fw or f:is-block(.)])"/>
  </xsl:function>

  <!-- Scripts written right to left (ISO 15924, as in Unicode's script data), and languages
       written in one of them by default (ISO 639-1, -2 and -3 codes: the Arabic, Persian and
       Aramaic families, Hebrew and the Jewish languages written in Hebrew script, Syriac). -->
  <xsl:variable name="v:rtl-scripts" as="xs:string*" select="'adlm', 'arab', 'aran', 'armi', 'avst', 'chrs', 'cprt', 'elym', 'hatr', 'hebr', 'hung',
    'khar', 'lydi', 'mand', 'mani', 'mend', 'merc', 'mero', 'narb', 'nbat', 'nkoo', 'orkh', 'ougr', 'palm', 'phli', 'phlp', 'phnx', 'prti',
    'rohg', 'samr', 'sarb', 'sogd', 'sogo', 'syrc', 'syre', 'syrj', 'syrn', 'thaa', 'yezi'"/>
  <xsl:variable name="v:rtl-languages" as="xs:string*" select="
    'ar', 'ara', 'arb', 'arq', 'ary', 'arz', 'aeb', 'apc', 'apd', 'acm', 'acq', 'acw', 'acx', 'adf', 'aec', 'afb', 'ajp', 'abv', 'ayl', 'ayp',
    'pga', 'shu', 'ssh', 'auz', 'avl', 'abh', 'aao', 'ars', 'ayh', 'ayn', 'jrb', 'aju', 'jye', 'yhd', 'yud', 'sqr', 'xaa',
    'he', 'heb', 'hbo', 'yi', 'yid', 'ydd', 'yih', 'lad', 'jpr', 'smp', 'sam', 'phn', 'xpu',
    'fa', 'fas', 'per', 'pes', 'prs', 'ur', 'urd', 'ps', 'pus', 'pbt', 'pbu', 'pst', 'ckb', 'sd', 'snd', 'ug', 'uig', 'ota',
    'ks', 'kas', 'bal', 'bgp', 'bcc', 'bgn', 'glk', 'mzn', 'lrc', 'luz', 'bqi', 'sdh', 'pnb', 'skr', 'khw', 'haz', 'azb',
    'syr', 'syc', 'aii', 'cld', 'tru', 'arc', 'myz', 'mid', 'jpa', 'tmr', 'oar', 'dv', 'div', 'nqo'"/>

  <!-- The language a document's text is written in: the root's xml:lang, else its text's
       (a file that gives it only there), else the one language its header says it uses;
       empty when it does not say (or says it in no form a browser or Typst reads). -->
  <xsl:function name="f:text-lang" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="used" select="$tei/teiHeader/profileDesc/langUsage/language/@ident"/>
    <xsl:sequence select="($tei/@xml:lang, $tei/text/@xml:lang, $used[count($used) eq 1])[matches(., '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')][1] ! string(.)"/>
  </xsl:function>

  <!-- A language written right to left (by its script subtag, else by its language). -->
  <xsl:function name="f:is-rtl" as="xs:boolean">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="parts" select="tokenize(lower-case(string($lang)), '-')"/>
    <xsl:variable name="script" select="$parts[string-length(.) eq 4][1]"/>
    <xsl:sequence select="if (exists($script)) then $script = $v:rtl-scripts else $parts[1] = $v:rtl-languages"/>
  </xsl:function>

  <!-- An lb, pb or cb that breaks a word without ending it; also a line break after a soft
       hyphen (U+00AD), which says by itself that the word goes on ("Donal&#xAD;" lb "baine"),
       unless the break says otherwise (@break="yes"). -->
  <xsl:function name="f:joins" as="xs:boolean">
    <xsl:param name="n" as="node()?"/>
    <!-- the attributes first: most nodes have neither, and a name test per kind costs more -->
    <xsl:sequence select="exists($n[@break = 'no' or @type = 'inWord'][self::lb or ((self::pb or self::cb) and @break = 'no')])
      or ($v:has-soft-hyphen and exists($n[self::lb][not(@break)][ends-with(replace(string(preceding-sibling::node()[1][self::text()]), '[&#32;&#9;&#10;&#13;]+$', ''), '&#xAD;')]))"/>
  </xsl:function>

  <!-- Whether the text has a soft hyphen at all: only then is a break without @break looked at
       by f:joins (the filters before each call let such a break through only then). -->
  <xsl:variable name="v:has-soft-hyphen" as="xs:boolean" select="exists(//text//text()[contains(., '&#xAD;')])"/>

  <!-- Whitespace that is layout, not text (beside a block, a word-joining break, or a token
       whose @join joins it to this side: a tokenised text's "Beta" join="right" before "."). Written for speed (it is asked for every text node):
       the following sibling first, the preceding one (a reverse axis) only when needed. -->
  <xsl:function name="f:is-layout" as="xs:boolean">
    <xsl:param name="t" as="text()"/>
    <xsl:choose>
      <xsl:when test="normalize-space($t)"><xsl:sequence select="false()"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="parent" select="$t/.."/>
        <xsl:variable name="after" select="$t/following-sibling::node()[1]"/>
        <!-- first the common case, a TEI block by its name after it, without a function call:
             a call costs SaxonJS about as much as the rest of this test -->
        <xsl:sequence select="
          ($after instance of element() and $v:name-kind(local-name($after)) eq 'block' and exists($after/self::tei:*))
          or f:in-element-only($t)
          or ($after instance of element() and (f:is-block($after) or f:joins($after) or $after/@join = ('left', 'both')))
          or (empty($after) and $parent instance of element() and f:is-block($parent))
          or (let $before := $t/preceding-sibling::node()[1] return
                ($before instance of element() and (f:is-block($before) or f:joins($before) or $before/@join = ('right', 'both')))
                or (empty($before) and $parent instance of element() and f:is-block($parent)))
          or ($v:has-join and (f:ends-joined($t/preceding-sibling::node()[1]) or f:starts-joined($after)))
          or ($v:token-layout and f:is-token-layout($t))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Whether the text has tokens joined by @join at all: the looks inside wrappers below are
       made only then. -->
  <xsl:variable name="v:has-join" as="xs:boolean" select="exists(//@join[. = ('left', 'right', 'both')])"/>

  <!-- A wrapper (a seg round a name) whose last token is joined to what follows it
       (<seg><w join="right">Alpha</w></seg> <pc>,</pc>), or whose first token is joined to
       what precedes it: the whitespace on that side is layout, as beside the token itself. -->
  <xsl:function name="f:ends-joined" as="xs:boolean">
    <xsl:param name="e" as="node()?"/>
    <xsl:variable name="last" as="element()?" select="if ($e instance of element()) then ($e//*)[last()] else ()"/>
    <xsl:sequence select="exists($last[@join = ('right', 'both')]) and empty($e//text()[. >> $last][normalize-space()][not(ancestor::*[. is $last])])"/>
  </xsl:function>
  <xsl:function name="f:starts-joined" as="xs:boolean">
    <xsl:param name="e" as="node()?"/>
    <xsl:variable name="first" as="element()?" select="if ($e instance of element()) then ($e//*[@join = ('left', 'both')])[1] else ()"/>
    <xsl:sequence select="exists($first) and empty($e//text()[. &lt;&lt; $first][normalize-space()])"/>
  </xsl:function>

  <!-- A tokenised text that does not mark its spacing writes its tokens one to a line (or
       indented), so the whitespace between two tokens is layout, and the tokens are spaced by
       f:space-before-token as if they stood side by side: "word" newline "," reads "word,".
       A text that writes each space as a c element (<w>Enter</w><c> </c><w>two</w>) has
       nothing but layout in its whitespace around tokens: also beside one token, and at the
       edges of a phrase that holds them (a q round a few words). A text that marks with @join
       where its punctuation is attached (join="right" on the word before each comma: half its
       closing marks or more joined) spaces its tokens by their whitespace and @join
       (f:is-layout's other rules); a text that joins only a few tokens (a clitic, an opening
       bracket) and leaves its commas unmarked is read as laid out, its @join followed where
       it stands. (The first 500 closing marks tell.) -->
  <xsl:variable name="v:token-layout" as="xs:boolean" select="exists((//text//(w | pc))[1])
    and (not($v:has-join) or (
      let $closing := (//text//pc[normalize-space()][not(f:opens(.))])[position() le 500]
      return count($closing[f:joined-before(.)]) * 2 lt count($closing)))"/>
  <xsl:variable name="v:spaces-as-c" as="xs:boolean" select="$v:token-layout and exists((//text//c)[string() ne ''][not(normalize-space())][1])"/>

  <!-- A punctuation mark joined by @join to what precedes it (on itself, on the token before
       it, or on the last token of a phrase before it: <name><w join="right">Alpha</w></name>). -->
  <xsl:function name="f:joined-before" as="xs:boolean">
    <xsl:param name="pc" as="element()"/>
    <xsl:variable name="before" select="$pc/preceding-sibling::*[1]"/>
    <xsl:sequence select="$pc/@join = ('left', 'both') or $before/@join = ('right', 'both') or f:ends-joined($before)"/>
  </xsl:function>

  <!-- Whether a whitespace-only text node is the layout between tokens (v:token-layout). -->
  <xsl:function name="f:is-token-layout" as="xs:boolean">
    <xsl:param name="t" as="text()"/>
    <xsl:variable name="before" select="$t/preceding-sibling::node()[1]"/>
    <xsl:variable name="after" select="$t/following-sibling::node()[1]"/>
    <xsl:sequence select="
      (exists($before[self::tei:w or self::tei:pc]) and exists($after[self::tei:w or self::tei:pc]))
      or ($v:spaces-as-c and (
        exists(($before, $after)[self::tei:w or self::tei:pc or self::tei:c])
        or ((empty($before) or empty($after)) and exists($t/../(tei:w | tei:pc | tei:c)))))"/>
  </xsl:function>

  <!-- Tokens side by side with nothing between them (a tokenised text that writes no
       whitespace: <w>in</w><w>the</w>) are words apart, unless @join joins them: a space
       between two words, after a punctuation mark that does not open (a comma, a full stop)
       and before one that opens (a bracket, an opening quotation mark). -->
  <xsl:function name="f:space-before-token" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="before" select="f:token-before($e)"/>
    <xsl:sequence select="exists($before) and not($before/@join = ('right', 'both')) and not($e/@join = ('left', 'both'))
      and (if ($e/self::tei:pc) then $before/self::tei:w and f:opens($e) else $before/self::tei:w or not(f:opens($before)))"/>
  </xsl:function>

  <!-- The token a node follows with nothing between them but layout and marks that take no
       room in the line (v:token-transparent): its sibling token, or the last token of the
       phrase before it; for the first token of a phrase, the token before the phrase. A
       transcript of speech cuts its utterances into segments at each point of its time line:
       <seg><w>one</w></seg><anchor synch="#T2"/><seg><w>two</w></seg>, <w>three</w><pause/><w>four</w>.
       None when text, a space or a block comes between, or across the walls of
       v:token-walls (a reading of the apparatus, a note: printed apart). Alternatives (the
       sic and corr of a choice) are not read one after the other: each follows what precedes
       the choice. -->
  <xsl:function name="f:token-before" as="element()?">
    <xsl:param name="n" as="node()"/>
    <xsl:variable name="prev" as="node()?" select="if (f:in-element-only($n)) then ()
      else $n/preceding-sibling::node()[not(self::comment() or self::processing-instruction() or f:passed-over(.))][1]"/>
    <xsl:sequence select="
      if ($prev/self::tei:*[local-name() = $v:token-names]) then $prev
      else if ($prev instance of element()) then (if (local-name($prev) = $v:token-walls or f:is-block($prev)) then () else f:last-token($prev))
      else if (exists($prev)) then ()
      else let $p := $n/parent::tei:* return
        if (empty($p) or local-name($p) = $v:token-walls or f:is-block($p)) then () else f:token-before($p)"/>
  </xsl:function>
  <!-- Tokens, and the events of a transcript of speech that stand among its words like one
       (a cough, a noise: <w>well</w><incident><desc>coughs</desc></incident><w>so</w>). -->
  <xsl:variable name="v:token-names" as="xs:string*" select="'w', 'pc', 'incident', 'vocal', 'kinesic'"/>
  <xsl:variable name="v:token-transparent" as="xs:string*" select="'anchor', 'pause', 'lb', 'pb', 'cb', 'milestone', 'index', 'interp', 'link', 'span', 'certainty', 'note'"/>
  <xsl:variable name="v:token-walls" as="xs:string*" select="'w', 'pc', 'note', 'app', 'lem', 'rdg', 'rdgGrp'"/>
  <xsl:function name="f:passed-over" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="if ($n instance of text()) then not(normalize-space($n)) and f:is-layout($n)
      else exists($n/self::tei:*[local-name() = $v:token-transparent][not(f:joins(.))])"/>
  </xsl:function>
  <!-- The last token of a phrase, when nothing but layout follows it there. -->
  <xsl:function name="f:last-token" as="element()?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="last" select="($e//tei:*[local-name() = $v:token-names])[last()]"/>
    <xsl:sequence select="$last[empty($e//text()[. >> $last][not(ancestor::tei:*[. is $last])][normalize-space() or not(f:is-layout(.))])]"/>
  </xsl:function>
  <xsl:function name="f:opens" as="xs:boolean">
    <xsl:param name="pc" as="element()"/>
    <xsl:sequence select="matches(normalize-space($pc), '^[\p{Ps}\p{Pi}„]')"/>
  </xsl:function>

  <!-- The text of a text node as it reads: whitespace runs as one space (a newline is a space),
       the whitespace next to a word-joining break dropped; nothing for layout. -->
  <xsl:function name="f:flow-text" as="xs:string">
    <xsl:param name="t" as="text()"/>
    <xsl:choose>
      <xsl:when test="not(normalize-space($t)) and f:is-layout($t)"><xsl:sequence select="''"/></xsl:when>
      <xsl:otherwise>
        <!-- XML whitespace spelled out: SaxonJS reads \s as JavaScript does (a no-break space
             too). The tests before each step spare most text nodes the regular expression and
             the look at their neighbours (this runs for every text node, twice). -->
        <xsl:variable name="s" select="string($t)"/>
        <xsl:variable name="s" select="if ($v:has-wide and contains($s, '&#10;')) then f:wide-breaks-dropped($t, $s) else $s"/>
        <xsl:variable name="s" select="if (contains($s, '&#10;') or contains($s, '&#9;') or contains($s, '&#13;') or contains($s, '  '))
          then replace($s, '[&#32;&#9;&#10;&#13;]+', ' ') else $s"/>
        <xsl:variable name="s" select="if (starts-with($s, ' ') and f:joins($t/preceding-sibling::node()[1][@break or @type or ($v:has-soft-hyphen and self::lb)])) then substring($s, 2) else $s"/>
        <xsl:sequence select="if (ends-with($s, ' ') and f:joins($t/following-sibling::node()[1][@break or @type or ($v:has-soft-hyphen and self::lb)])) then substring($s, 1, string-length($s) - 1) else $s"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Chinese and Japanese set no space between words, so a source line broken between two of
       their characters is no space in the reading (the segment-break rule of CSS Text 3): the
       whitespace run holding the line break goes, inside the text node and at its edges, where
       the character on the far side is the nearest text's. Hangul is not among them: Korean
       spaces its words. A space without a line break stays. -->
  <xsl:variable name="v:wide" as="xs:string" select="'[&#x2E80;-&#x2FDF;&#x3001;-&#x303F;&#x3040;-&#x30FF;&#x31F0;-&#x31FF;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xF900;-&#xFAFF;&#xFE30;-&#xFE4F;&#xFF01;-&#xFF60;&#x20000;-&#x3134F;]'"/>
  <xsl:function name="f:wide-breaks-dropped" as="xs:string">
    <xsl:param name="t" as="text()"/>
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="break" select="'[&#32;&#9;&#13;]*&#10;[&#32;&#9;&#10;&#13;]*'"/>
    <xsl:choose>
      <xsl:when test="not(normalize-space($s))"><xsl:sequence select="if (f:wide-before($t) and f:wide-next($t)) then '' else $s"/></xsl:when>
      <xsl:when test="not(matches($s, $v:wide))"><xsl:sequence select="$s"/></xsl:when>
      <xsl:otherwise>
        <!-- twice: a match takes the character after the break, which may stand before the next -->
        <xsl:variable name="s" select="replace(replace($s, '(' || $v:wide || ')' || $break || '(' || $v:wide || ')', '$1$2'), '(' || $v:wide || ')' || $break || '(' || $v:wide || ')', '$1$2')"/>
        <xsl:variable name="s" select="if (matches($s, $v:wide || $break || '$') and f:wide-next($t)) then replace($s, $break || '$', '') else $s"/>
        <xsl:sequence select="if (matches($s, '^' || $break || $v:wide) and f:wide-before($t)) then replace($s, '^' || $break, '') else $s"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
  <!-- Whether the text has a Chinese or Japanese character at all: only then are its line
       breaks (in a text node, or an lb, pb or cb) looked at by f:wide-breaks-dropped and f:wide-join. -->
  <xsl:variable name="v:has-wide" as="xs:boolean" select="some $t in //text[not(ancestor::text)] satisfies matches(string($t), $v:wide)"/>
  <!-- A line (or page) break between two such characters: no space, as a source line break is none. -->
  <xsl:function name="f:wide-join" as="xs:boolean">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="$v:has-wide and f:wide-before($n) and f:wide-next($n)"/>
  </xsl:function>
  <xsl:function name="f:wide-next" as="xs:boolean">
    <xsl:param name="t" as="node()"/>
    <xsl:sequence select="matches(substring(normalize-space($t/following::text()[normalize-space()][1]), 1, 1), $v:wide)"/>
  </xsl:function>
  <xsl:function name="f:wide-before" as="xs:boolean">
    <xsl:param name="t" as="node()"/>
    <xsl:variable name="p" select="normalize-space($t/preceding::text()[normalize-space()][1])"/>
    <xsl:sequence select="matches(substring($p, string-length($p)), $v:wide)"/>
  </xsl:function>

</xsl:stylesheet>
