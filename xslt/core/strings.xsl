<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every sentence and label the outputs print about the edition, by key, in English and German.
  Nothing here is about a particular book: what a book says about itself comes from its TEI
  header. An edition overrides any string with its own strings file (render.overrides; passed
  in as the parameter `strings`, key to text or key to a map of language to text).

  The language: the parameter `lang`, else the header's xml:lang, else the document's, else
  English; a language the table does not have falls back to English key by key.
  Placeholders {1}, {2} ... take the arguments of f:s($key, $args).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:v="urn:x-tei-edition:variable"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:param name="lang" as="xs:string" select="''"/>
  <xsl:param name="strings" as="map(*)" select="map {}"/>

  <xsl:variable name="v:ui-lang" as="xs:string" select="
    let $l := lower-case(tokenize(($lang[. ne ''], /*/teiHeader/@xml:lang, /*/@xml:lang, 'en')[1], '-')[1])
    return (map { 'eng': 'en', 'deu': 'de', 'ger': 'de' }($l), $l)[1]"/>

  <xsl:variable name="v:strings" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'contents': map { 'en': 'Contents', 'de': 'Inhalt' },
    'about': map { 'en': 'About this edition', 'de': 'Über diese Ausgabe' },
    'about-long': map { 'en': 'About this edition: sources, witnesses, editorial principles and interventions', 'de': 'Über diese Ausgabe: Quellen, Textzeugen, Editionsrichtlinien und Eingriffe' },
    'skip': map { 'en': 'Skip to the text', 'de': 'Zum Text springen' },
    'search': map { 'en': 'Search', 'de': 'Suche' },
    'search-edition': map { 'en': 'Search the edition', 'de': 'Die Ausgabe durchsuchen' },
    'search-words': map { 'en': 'Words or names', 'de': 'Wörter oder Namen' },
    'search-no-js': map { 'en': 'Search runs in the browser and needs JavaScript.', 'de': 'Die Suche läuft im Browser und braucht JavaScript.' },
    'search-no-js-registers': map { 'en': 'Without it, the registers list every name with links into the text:', 'de': 'Ohne sie verzeichnen die Register jeden Namen mit Verweisen in den Text:' },
    'search-type': map { 'en': 'Type a word or a name.', 'de': 'Geben Sie ein Wort oder einen Namen ein.' },
    'search-indexing': map { 'en': 'Indexing the edition …', 'de': 'Die Ausgabe wird erschlossen …' },
    'search-none': map { 'en': 'Nothing found for “{1}”.', 'de': 'Nichts gefunden für „{1}“.' },
    'search-one': map { 'en': '1 result for “{1}”.', 'de': '1 Treffer für „{1}“.' },
    'search-many': map { 'en': '{2} results for “{1}”.', 'de': '{2} Treffer für „{1}“.' },
    'search-first': map { 'en': '{2} results for “{1}” (the first {3} are shown).', 'de': '{2} Treffer für „{1}“ (die ersten {3} werden gezeigt).' },
    'close': map { 'en': 'Close', 'de': 'Schließen' },
    'close-note': map { 'en': 'Close the note', 'de': 'Die Anmerkung schließen' },
    'nav-edition': map { 'en': 'Edition', 'de': 'Ausgabe' },
    'nav-parts': map { 'en': 'Parts of the text', 'de': 'Teile des Textes' },
    'text': map { 'en': 'Text', 'de': 'Text' },
    'front': map { 'en': 'Front matter', 'de': 'Vorspann' },
    'back': map { 'en': 'Back matter', 'de': 'Anhang' },
    'chapter-n': map { 'en': 'Chapter {1}', 'de': 'Kapitel {1}' },
    'chapter': map { 'en': 'Chapter', 'de': 'Kapitel' },
    'edition': map { 'en': 'Edition', 'de': 'Ausgabe' },
    'sources': map { 'en': 'Sources', 'de': 'Quellen' },
    'witnesses': map { 'en': 'Witnesses', 'de': 'Textzeugen' },
    'the-witnesses': map { 'en': 'The witnesses', 'de': 'Die Textzeugen' },
    'witness-n': map { 'en': 'Witness {1}', 'de': 'Textzeuge {1}' },
    'licence': map { 'en': 'Licence', 'de': 'Lizenz' },
    'registers-and-more': map { 'en': 'Registers and editorial matter', 'de': 'Register und Editorisches' },
    'toc-supplied': map { 'en': 'Titles in square brackets are not in the witness and were supplied by the editor', 'de': 'Titel in eckigen Klammern stehen nicht im Textzeugen und wurden von der Herausgabe ergänzt' },
    'from': map { 'en': 'from', 'de': 'nach' },
    'persons': map { 'en': 'Persons', 'de': 'Personen' },
    'places': map { 'en': 'Places', 'de': 'Orte' },
    'organisations': map { 'en': 'Organisations', 'de': 'Organisationen' },
    'periodicals': map { 'en': 'Periodicals', 'de': 'Periodika' },
    'register-entries': map { 'en': '{1} entries, by regularised name.', 'de': '{1} Einträge, nach normierter Namensform.' },
    'register-persons-order': map { 'en': 'Persons are ordered by surname.', 'de': 'Personen sind nach Nachnamen geordnet.' },
    'register-places': map { 'en': 'Each entry lists the forms the text uses and every place in the text that names it, by part and line.', 'de': 'Jeder Eintrag nennt die Schreibungen des Textes und jede Stelle, die ihn nennt, nach Teil und Zeile.' },
    'written-as': map { 'en': 'Written in the text as:', 'de': 'Im Text geschrieben als:' },
    'not-marked': map { 'en': 'Not yet marked in the text.', 'de': 'Im Text noch nicht ausgezeichnet.' },
    'occurrence': map { 'en': 'occurrence', 'de': 'Beleg' },
    'occurrences': map { 'en': 'occurrences', 'de': 'Belege' },
    'authority-record': map { 'en': 'Authority record', 'de': 'Normdatensatz' },
    'note-n': map { 'en': 'note {1}', 'de': 'Anm. {1}' },
    'note-key': map { 'en': 'n. {1}', 'de': 'Anm. {1}' },
    'notes': map { 'en': 'Notes', 'de': 'Anmerkungen' },
    'note': map { 'en': 'Note', 'de': 'Anmerkung' },
    'note-title': map { 'en': 'Note {1}: {2}', 'de': 'Anmerkung {1}: {2}' },
    'note-author': map { 'en': 'Author’s note', 'de': 'Anmerkung des Autors' },
    'note-translator': map { 'en': 'Note of the translator or publisher', 'de': 'Anmerkung des Übersetzers oder Verlags' },
    'note-editorial': map { 'en': 'Editorial note', 'de': 'Anmerkung der Herausgabe' },
    'back-to-text': map { 'en': 'Back to the text', 'de': 'Zurück zum Text' },
    'apparatus': map { 'en': 'Apparatus', 'de': 'Apparat' },
    'variant-readings': map { 'en': 'Variant readings: see the apparatus', 'de': 'Lesarten: siehe Apparat' },
    'line-n': map { 'en': 'Line {1}', 'de': 'Zeile {1}' },
    'variant': map { 'en': 'Variant', 'de': 'Variante' },
    'running-head': map { 'en': 'Running head', 'de': 'Kolumnentitel' },
    'page-footer': map { 'en': 'Page footer', 'de': 'Fußzeile' },
    'omitted': map { 'en': 'omitted', 'de': 'fehlt' },
    'om': map { 'en': 'om.', 'de': 'om.' },
    'show-witness': map { 'en': 'Show the text as witness', 'de': 'Den Text zeigen nach Textzeuge' },
    'edited-text': map { 'en': 'the edited text', 'de': 'der edierte Text' },
    'show-sic': map { 'en': 'Show the witness’s readings instead of the corrections', 'de': 'Die Lesarten des Textzeugen statt der Korrekturen zeigen' },
    'witness-reads': map { 'en': 'the witness reads “{1}”', 'de': 'der Textzeuge liest „{1}“' },
    'corrected-to': map { 'en': 'corrected to “{1}”', 'de': 'korrigiert zu „{1}“' },
    'corrected-by': map { 'en': 'corrected by {1}', 'de': 'korrigiert von {1}' },
    'after': map { 'en': 'after {1}', 'de': 'nach {1}' },
    'supplied-by-editor': map { 'en': 'Supplied by the editor', 'de': 'Von der Herausgabe ergänzt' },
    'not-in-witness': map { 'en': 'Not in the witness', 'de': 'Nicht im Textzeugen' },
    'gap-in-text': map { 'en': 'Gap in the text', 'de': 'Lücke im Text' },
    'gap-lost': map { 'en': 'lost', 'de': 'verloren' },
    'gap-illegible': map { 'en': 'illegible', 'de': 'unleserlich' },
    'gap-omitted': map { 'en': 'omitted', 'de': 'ausgelassen' },
    'gap-damage': map { 'en': 'damaged', 'de': 'beschädigt' },
    'gap-unit-character': map { 'en': '{1} character', 'de': '{1} Zeichen' },
    'gap-unit-characters': map { 'en': '{1} characters', 'de': '{1} Zeichen' },
    'gap-unit-word': map { 'en': '{1} word', 'de': '{1} Wort' },
    'gap-unit-words': map { 'en': '{1} words', 'de': '{1} Wörter' },
    'gap-unit-line': map { 'en': '{1} line', 'de': '{1} Zeile' },
    'gap-unit-lines': map { 'en': '{1} lines', 'de': '{1} Zeilen' },
    'gap-unit-page': map { 'en': '{1} page', 'de': '{1} Seite' },
    'gap-unit-pages': map { 'en': '{1} pages', 'de': '{1} Seiten' },
    'unclear': map { 'en': 'unclear in the witness', 'de': 'im Textzeugen unsicher' },
    'deleted': map { 'en': 'deleted', 'de': 'getilgt' },
    'added': map { 'en': 'added', 'de': 'hinzugefügt' },
    'normalised': map { 'en': 'normalised: ', 'de': 'normiert: ' },
    'entry-not-found': map { 'en': 'Register entry not found: {1}', 'de': 'Registereintrag nicht gefunden: {1}' },
    'not-identified': map { 'en': 'Not yet identified in a register', 'de': 'Noch keinem Registereintrag zugeordnet' },
    'corrections': map { 'en': 'Corrections', 'de': 'Korrekturen' },
    'no-corrections': map { 'en': 'The text has no corrections.', 'de': 'Der Text hat keine Korrekturen.' },
    'corrections-intro': map { 'en': '{1} errors of the witness are corrected. The text shows the correction; the witness’s reading appears on hover or focus, and a switch on each page shows the witness’s readings instead.', 'de': '{1} Fehler des Textzeugen sind korrigiert. Der Text zeigt die Korrektur; die Lesart des Textzeugen erscheint beim Zeigen oder Fokussieren, und ein Schalter auf jeder Seite zeigt stattdessen die Lesarten des Textzeugen.' },
    'where': map { 'en': 'Where', 'de': 'Stelle' },
    'witness-has': map { 'en': 'Witness reads', 'de': 'Textzeuge liest' },
    'corrected-as': map { 'en': 'Corrected to', 'de': 'Korrigiert zu' },
    'why-by-whom': map { 'en': 'Why, by whom', 'de': 'Grund, von wem' },
    'supplied': map { 'en': 'Supplied text', 'de': 'Ergänzter Text' },
    'no-supplied': map { 'en': 'No text is supplied.', 'de': 'Es ist kein Text ergänzt.' },
    'supplied-intro': map { 'en': 'Text the witness lacks, supplied by the editor, is printed in square brackets.', 'de': 'Text, der dem Textzeugen fehlt und von der Herausgabe ergänzt ist, steht in eckigen Klammern.' },
    'why': map { 'en': 'Why', 'de': 'Grund' },
    'source': map { 'en': 'Source', 'de': 'Quelle' },
    'in-the-witness': map { 'en': '{1} in the witness', 'de': '{1} im Textzeugen' },
    'supplied-by': map { 'en': 'supplied by {1}', 'de': 'ergänzt von {1}' },
    'gaps': map { 'en': 'Gaps', 'de': 'Lücken' },
    'title': map { 'en': 'title', 'de': 'Titel' },
    'principles': map { 'en': 'Editorial principles', 'de': 'Editionsrichtlinien' },
    'how-to-read': map { 'en': 'How to read this edition', 'de': 'Zur Benutzung dieser Ausgabe' },
    'p-purpose': map { 'en': 'Purpose', 'de': 'Zweck' },
    'p-normalization': map { 'en': 'Transcription and normalisation', 'de': 'Transkription und Normierung' },
    'p-segmentation': map { 'en': 'Lines and structure', 'de': 'Zeilen und Gliederung' },
    'p-interpretation': map { 'en': 'Interpretation', 'de': 'Interpretation' },
    'p-quotation': map { 'en': 'Quotations', 'de': 'Zitate' },
    'p-correction': map { 'en': 'Corrections', 'de': 'Korrekturen' },
    'p-hyphenation': map { 'en': 'Hyphenation', 'de': 'Silbentrennung' },
    'p-punctuation': map { 'en': 'Punctuation', 'de': 'Zeichensetzung' },
    'p-stdVals': map { 'en': 'Dates and values', 'de': 'Daten und Werte' },
    'p-notes': map { 'en': 'Notes', 'de': 'Anmerkungen' },
    'p-apparatus': map { 'en': 'Apparatus', 'de': 'Apparat' },
    'p-variantEncoding': map { 'en': 'Encoding of variants', 'de': 'Kodierung der Varianten' },
    'variant-encoding': map { 'en': 'Variants are encoded by {1}, {2} to the text.', 'de': 'Varianten sind kodiert nach der Methode „{1}“, {2} zum Text.' },
    'its-own-header': map { 'en': 'Its own header (not the author’s text{1}):', 'de': 'Sein eigener Kopf (nicht Text des Autors{1}):' },
    'by': map { 'en': '; by {1}', 'de': '; von {1}' },
    'witness-header': map { 'en': 'Witness {1} opens with text by {2} that is not part of the work:', 'de': 'Textzeuge {1} beginnt mit Text von {2}, der nicht zum Werk gehört:' },
    'another-hand': map { 'en': 'another hand', 'de': 'anderer Hand' },
    'siglum-n': map { 'en': 'Siglum {1}.', 'de': 'Sigle {1}.' },
    'read-lines': map { 'en': 'Line numbers.', 'de': 'Zeilenzählung.' },
    'read-lines-text': map { 'en': 'The numbers in the margin count the printed lines of the text on each page; every fifth line is numbered.', 'de': 'Die Zahlen am Rand zählen die gedruckten Zeilen jeder Seite; jede fünfte Zeile ist beziffert.' },
    'read-apparatus': map { 'en': 'Apparatus.', 'de': 'Apparat.' },
    'read-apparatus-text': map { 'en': 'At the foot of the page, below the notes and a rule, the apparatus gives for each printed line its number in bold, then the reading of the text (the lemma) followed by a bracket and the other readings with the sigla of the witnesses that have them (in italics); the entries of one line are divided by a bar. “om.” stands for words a witness lacks; “add.” for words a witness has beyond the text, after the word named before the bracket. Corrections of evident errors are printed in the text; the apparatus gives what the witness has.', 'de': 'Am Fuß der Seite, unter den Anmerkungen und einem Strich, nennt der Apparat zu jeder gedruckten Zeile ihre Nummer in Fettdruck, dann die Lesart des Textes (das Lemma) mit einer Klammer und die übrigen Lesarten mit den Siglen der Textzeugen (kursiv); die Einträge einer Zeile trennt ein senkrechter Strich. „om.“ steht für Wörter, die einem Textzeugen fehlen; „add.“ für Wörter, die ein Textzeuge über den Text hinaus hat, nach dem vor der Klammer genannten Wort. Offensichtliche Fehler sind im Text korrigiert; der Apparat nennt, was der Textzeuge hat.' },
    'read-notes': map { 'en': 'Notes.', 'de': 'Anmerkungen.' },
    'read-notes-numbered': map { 'en': 'Notes keep the marks the text gives them.', 'de': 'Anmerkungen behalten die Zeichen, die der Text ihnen gibt.' },
    'read-notes-translator': map { 'en': 'Notes of the translator or publisher are marked Tr.', 'de': 'Anmerkungen des Übersetzers oder Verlags sind mit Übers. bezeichnet.' },
    'read-notes-editorial': map { 'en': 'Notes of this edition are lettered a, b, c … within each part and marked Ed.', 'de': 'Anmerkungen dieser Ausgabe sind in jedem Teil mit a, b, c … gezählt und mit Hg. bezeichnet.' },
    'read-brackets': map { 'en': 'Brackets.', 'de': 'Klammern.' },
    'read-brackets-text': map { 'en': 'Words in square brackets are supplied by the editors; a description in italics within brackets stands for something the witness lacks.', 'de': 'Wörter in eckigen Klammern sind von der Herausgabe ergänzt; eine kursive Beschreibung in Klammern steht für etwas, das dem Textzeugen fehlt.' },
    'index-persons': map { 'en': 'Index of persons', 'de': 'Personenregister' },
    'index-places': map { 'en': 'Index of places', 'de': 'Ortsregister' },
    'tr': map { 'en': 'Tr.', 'de': 'Übers.' },
    'ed': map { 'en': 'Ed.', 'de': 'Hg.' },
    'fw-header': map { 'en': 'running head of the page', 'de': 'Kolumnentitel' },
    'fw-footer': map { 'en': 'footer of the page', 'de': 'Fußzeile' },
    'fw-pageNum': map { 'en': 'page number', 'de': 'Seitenzahl' },
    'fw-other': map { 'en': 'page furniture', 'de': 'Seitenelement' },
    'untitled': map { 'en': 'Untitled', 'de': 'Ohne Titel' },
    'facsimile': map { 'en': 'facsimile', 'de': 'Faksimile' },
    'page-n': map { 'en': 'page {1}', 'de': 'Seite {1}' }
  }"/>

  <!-- The string of a key in the language of the outputs. -->
  <xsl:function name="f:s" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="own" select="$strings($key)"/>
    <xsl:variable name="own-text" as="xs:string?" select="
      if ($own instance of map(*)) then ($own($v:ui-lang), $own('en'))[1] ! string(.)
      else $own ! string(.)"/>
    <xsl:variable name="table" select="($v:strings($key), $v:apparatus-strings($key))[1]"/>
    <xsl:sequence select="($own-text, $table($v:ui-lang), $table('en'), $key)[1]"/>
  </xsl:function>

  <!-- The string of a key with its placeholders {1}, {2} ... filled. -->
  <xsl:function name="f:s" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="xs:string*"/>
    <xsl:iterate select="1 to count($args)">
      <xsl:param name="s" as="xs:string" select="f:s($key)"/>
      <xsl:on-completion select="$s"/>
      <xsl:next-iteration>
        <xsl:with-param name="s" select="replace($s, concat('\{', ., '\}'), replace($args[current()], '([\\$])', '\\$1'))"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

</xsl:stylesheet>
