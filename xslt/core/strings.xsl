<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every sentence and label the outputs print about the edition, by key, in English, German and French.
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
    return (map { 'eng': 'en', 'deu': 'de', 'ger': 'de', 'fra': 'fr', 'fre': 'fr' }($l), $l)[1]"/>

  <xsl:variable name="v:strings" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'contents': map { 'en': 'Contents', 'de': 'Inhalt', 'fr': 'Table des matières' },
    'about': map { 'en': 'About this edition', 'de': 'Über diese Ausgabe', 'fr': 'À propos de cette édition' },
    'about-long': map { 'en': 'About this edition: sources, witnesses, editorial principles and interventions', 'de': 'Über diese Ausgabe: Quellen, Textzeugen, Editionsrichtlinien und Eingriffe', 'fr': 'À propos de cette édition : sources, témoins, principes éditoriaux et interventions' },
    'skip': map { 'en': 'Skip to the text', 'de': 'Zum Text springen', 'fr': 'Aller au texte' },
    'search': map { 'en': 'Search', 'de': 'Suche', 'fr': 'Recherche' },
    'search-edition': map { 'en': 'Search the edition', 'de': 'Die Ausgabe durchsuchen', 'fr': 'Rechercher dans l’édition' },
    'search-words': map { 'en': 'Words or names', 'de': 'Wörter oder Namen', 'fr': 'Mots ou noms' },
    'search-no-js': map { 'en': 'Search runs in the browser and needs JavaScript.', 'de': 'Die Suche läuft im Browser und braucht JavaScript.', 'fr': 'La recherche se fait dans le navigateur et demande JavaScript.' },
    'search-no-js-registers': map { 'en': 'Without it, the registers list every name with links into the text:', 'de': 'Ohne sie verzeichnen die Register jeden Namen mit Verweisen in den Text:', 'fr': 'Sans lui, les index donnent chaque nom avec des liens vers le texte :' },
    'search-type': map { 'en': 'Type a word or a name.', 'de': 'Geben Sie ein Wort oder einen Namen ein.', 'fr': 'Saisissez un mot ou un nom.' },
    'search-indexing': map { 'en': 'Indexing the edition …', 'de': 'Die Ausgabe wird erschlossen …', 'fr': 'Indexation de l’édition…' },
    'search-none': map { 'en': 'Nothing found for “{1}”.', 'de': 'Nichts gefunden für „{1}“.', 'fr': 'Aucun résultat pour « {1} ».' },
    'search-one': map { 'en': '1 result for “{1}”.', 'de': '1 Treffer für „{1}“.', 'fr': '1 résultat pour « {1} ».' },
    'search-many': map { 'en': '{2} results for “{1}”.', 'de': '{2} Treffer für „{1}“.', 'fr': '{2} résultats pour « {1} ».' },
    'search-first': map { 'en': '{2} results for “{1}” (the first {3} are shown).', 'de': '{2} Treffer für „{1}“ (die ersten {3} werden gezeigt).', 'fr': '{2} résultats pour « {1} » (les {3} premiers sont affichés).' },
    'close': map { 'en': 'Close', 'de': 'Schließen', 'fr': 'Fermer' },
    'close-note': map { 'en': 'Close the note', 'de': 'Die Anmerkung schließen', 'fr': 'Fermer la note' },
    'nav-edition': map { 'en': 'Edition', 'de': 'Ausgabe', 'fr': 'Édition' },
    'nav-parts': map { 'en': 'Parts of the text', 'de': 'Teile des Textes', 'fr': 'Parties du texte' },
    'text': map { 'en': 'Text', 'de': 'Text', 'fr': 'Texte' },
    'front': map { 'en': 'Front matter', 'de': 'Vorspann', 'fr': 'Pièces liminaires' },
    'back': map { 'en': 'Back matter', 'de': 'Anhang', 'fr': 'Annexes' },
    'chapter-n': map { 'en': 'Chapter {1}', 'de': 'Kapitel {1}', 'fr': 'Chapitre {1}' },
    'chapter': map { 'en': 'Chapter', 'de': 'Kapitel', 'fr': 'Chapitre' },
    'edition': map { 'en': 'Edition', 'de': 'Ausgabe', 'fr': 'Édition' },
    'sources': map { 'en': 'Sources', 'de': 'Quellen', 'fr': 'Sources' },
    'witnesses': map { 'en': 'Witnesses', 'de': 'Textzeugen', 'fr': 'Témoins' },
    'the-witnesses': map { 'en': 'The witnesses', 'de': 'Die Textzeugen', 'fr': 'Les témoins' },
    'witness-n': map { 'en': 'Witness {1}', 'de': 'Textzeuge {1}', 'fr': 'Témoin {1}' },
    'licence': map { 'en': 'Licence', 'de': 'Lizenz', 'fr': 'Licence' },
    'registers-and-more': map { 'en': 'Registers and editorial matter', 'de': 'Register und Editorisches', 'fr': 'Index et matière éditoriale' },
    'toc-supplied': map { 'en': 'Titles in square brackets are not in the witness and were supplied by the editor', 'de': 'Titel in eckigen Klammern stehen nicht im Textzeugen und wurden von der Herausgabe ergänzt', 'fr': 'Les titres entre crochets ne sont pas dans le témoin et ont été restitués par l’éditeur' },
    'from': map { 'en': 'from', 'de': 'nach', 'fr': 'de' },
    'persons': map { 'en': 'Persons', 'de': 'Personen', 'fr': 'Personnes' },
    'places': map { 'en': 'Places', 'de': 'Orte', 'fr': 'Lieux' },
    'organisations': map { 'en': 'Organisations', 'de': 'Organisationen', 'fr': 'Organisations' },
    'periodicals': map { 'en': 'Periodicals', 'de': 'Periodika', 'fr': 'Périodiques' },
    'register-entries': map { 'en': '{1} entries, by regularised name.', 'de': '{1} Einträge, nach normierter Namensform.', 'fr': '{1} entrées, par nom normalisé.' },
    'register-persons-order': map { 'en': 'Persons are ordered by surname.', 'de': 'Personen sind nach Nachnamen geordnet.', 'fr': 'Les personnes sont classées par nom de famille.' },
    'register-places': map { 'en': 'Each entry lists the forms the text uses and every place in the text that names it, by part and line.', 'de': 'Jeder Eintrag nennt die Schreibungen des Textes und jede Stelle, die ihn nennt, nach Teil und Zeile.', 'fr': 'Chaque entrée donne les formes qu’emploie le texte et chaque endroit du texte qui la nomme, par partie et par ligne.' },
    'written-as': map { 'en': 'Written in the text as:', 'de': 'Im Text geschrieben als:', 'fr': 'Écrit dans le texte :' },
    'not-marked': map { 'en': 'Not yet marked in the text.', 'de': 'Im Text noch nicht ausgezeichnet.', 'fr': 'Pas encore balisé dans le texte.' },
    'occurrence': map { 'en': 'occurrence', 'de': 'Beleg', 'fr': 'occurrence' },
    'occurrences': map { 'en': 'occurrences', 'de': 'Belege', 'fr': 'occurrences' },
    'authority-record': map { 'en': 'Authority record', 'de': 'Normdatensatz', 'fr': 'Notice d’autorité' },
    'note-n': map { 'en': 'note {1}', 'de': 'Anm. {1}', 'fr': 'note {1}' },
    'note-key': map { 'en': 'n. {1}', 'de': 'Anm. {1}', 'fr': 'n. {1}' },
    'notes': map { 'en': 'Notes', 'de': 'Anmerkungen', 'fr': 'Notes' },
    'note': map { 'en': 'Note', 'de': 'Anmerkung', 'fr': 'Note' },
    'note-title': map { 'en': 'Note {1}: {2}', 'de': 'Anmerkung {1}: {2}', 'fr': 'Note {1} : {2}' },
    'note-author': map { 'en': 'Author’s note', 'de': 'Anmerkung des Autors', 'fr': 'Note de l’auteur' },
    'note-translator': map { 'en': 'Note of the translator or publisher', 'de': 'Anmerkung des Übersetzers oder Verlags', 'fr': 'Note du traducteur ou de l’éditeur du témoin' },
    'note-editorial': map { 'en': 'Editorial note', 'de': 'Anmerkung der Herausgabe', 'fr': 'Note de l’éditeur' },
    'back-to-text': map { 'en': 'Back to the text', 'de': 'Zurück zum Text', 'fr': 'Retour au texte' },
    'apparatus': map { 'en': 'Apparatus', 'de': 'Apparat', 'fr': 'Apparat' },
    'variant-readings': map { 'en': 'Variant readings: see the apparatus', 'de': 'Lesarten: siehe Apparat', 'fr': 'Variantes : voir l’apparat' },
    'line-n': map { 'en': 'Line {1}', 'de': 'Zeile {1}', 'fr': 'Ligne {1}' },
    'variant': map { 'en': 'Variant', 'de': 'Variante', 'fr': 'Variante' },
    'running-head': map { 'en': 'Running head', 'de': 'Kolumnentitel', 'fr': 'Titre courant' },
    'page-footer': map { 'en': 'Page footer', 'de': 'Fußzeile', 'fr': 'Pied de page' },
    'omitted': map { 'en': 'omitted', 'de': 'fehlt', 'fr': 'omis' },
    'om': map { 'en': 'om.', 'de': 'om.', 'fr': 'om.' },
    'show-witness': map { 'en': 'Show the text as witness', 'de': 'Den Text zeigen nach Textzeuge', 'fr': 'Afficher le texte du témoin' },
    'edited-text': map { 'en': 'the edited text', 'de': 'der edierte Text', 'fr': 'le texte édité' },
    'show-sic': map { 'en': 'Show the witness’s readings instead of the corrections', 'de': 'Die Lesarten des Textzeugen statt der Korrekturen zeigen', 'fr': 'Afficher les leçons du témoin au lieu des corrections' },
    'witness-reads': map { 'en': 'the witness reads “{1}”', 'de': 'der Textzeuge liest „{1}“', 'fr': 'le témoin porte « {1} »' },
    'corrected-to': map { 'en': 'corrected to “{1}”', 'de': 'korrigiert zu „{1}“', 'fr': 'corrigé en « {1} »' },
    'corrected-by': map { 'en': 'corrected by {1}', 'de': 'korrigiert von {1}', 'fr': 'corrigé par {1}' },
    'after': map { 'en': 'after {1}', 'de': 'nach {1}', 'fr': 'après {1}' },
    'supplied-by-editor': map { 'en': 'Supplied by the editor', 'de': 'Von der Herausgabe ergänzt', 'fr': 'Restitué par l’éditeur' },
    'not-in-witness': map { 'en': 'Not in the witness', 'de': 'Nicht im Textzeugen', 'fr': 'Absent du témoin' },
    'gap-in-text': map { 'en': 'Gap in the text', 'de': 'Lücke im Text', 'fr': 'Lacune dans le texte' },
    'gap-lost': map { 'en': 'lost', 'de': 'verloren', 'fr': 'perdu' },
    'gap-illegible': map { 'en': 'illegible', 'de': 'unleserlich', 'fr': 'illisible' },
    'gap-omitted': map { 'en': 'omitted', 'de': 'ausgelassen', 'fr': 'omis' },
    'gap-damage': map { 'en': 'damaged', 'de': 'beschädigt', 'fr': 'endommagé' },
    'gap-unit-character': map { 'en': '{1} character', 'de': '{1} Zeichen', 'fr': '{1} caractère' },
    'gap-unit-characters': map { 'en': '{1} characters', 'de': '{1} Zeichen', 'fr': '{1} caractères' },
    'gap-unit-word': map { 'en': '{1} word', 'de': '{1} Wort', 'fr': '{1} mot' },
    'gap-unit-words': map { 'en': '{1} words', 'de': '{1} Wörter', 'fr': '{1} mots' },
    'gap-unit-line': map { 'en': '{1} line', 'de': '{1} Zeile', 'fr': '{1} ligne' },
    'gap-unit-lines': map { 'en': '{1} lines', 'de': '{1} Zeilen', 'fr': '{1} lignes' },
    'gap-unit-page': map { 'en': '{1} page', 'de': '{1} Seite', 'fr': '{1} page' },
    'gap-unit-pages': map { 'en': '{1} pages', 'de': '{1} Seiten', 'fr': '{1} pages' },
    'unclear': map { 'en': 'unclear in the witness', 'de': 'im Textzeugen unsicher', 'fr': 'peu lisible dans le témoin' },
    'deleted': map { 'en': 'deleted', 'de': 'getilgt', 'fr': 'biffé' },
    'added': map { 'en': 'added', 'de': 'hinzugefügt', 'fr': 'ajouté' },
    'normalised': map { 'en': 'normalised: ', 'de': 'normiert: ', 'fr': 'normalisé : ' },
    'entry-not-found': map { 'en': 'Register entry not found: {1}', 'de': 'Registereintrag nicht gefunden: {1}', 'fr': 'Entrée d’index introuvable : {1}' },
    'not-identified': map { 'en': 'Not yet identified in a register', 'de': 'Noch keinem Registereintrag zugeordnet', 'fr': 'Pas encore identifié dans un index' },
    'corrections': map { 'en': 'Corrections', 'de': 'Korrekturen', 'fr': 'Corrections' },
    'no-corrections': map { 'en': 'The text has no corrections.', 'de': 'Der Text hat keine Korrekturen.', 'fr': 'Le texte ne comporte aucune correction.' },
    'corrections-intro': map { 'en': '{1} errors of the witness are corrected. The text shows the correction; the witness’s reading appears on hover or focus, and a switch on each page shows the witness’s readings instead.', 'de': '{1} Fehler des Textzeugen sind korrigiert. Der Text zeigt die Korrektur; die Lesart des Textzeugen erscheint beim Zeigen oder Fokussieren, und ein Schalter auf jeder Seite zeigt stattdessen die Lesarten des Textzeugen.', 'fr': '{1} erreurs du témoin sont corrigées. Le texte donne la correction ; la leçon du témoin apparaît au survol ou au focus, et un bouton sur chaque page affiche les leçons du témoin à la place.' },
    'where': map { 'en': 'Where', 'de': 'Stelle', 'fr': 'Où' },
    'witness-has': map { 'en': 'Witness reads', 'de': 'Textzeuge liest', 'fr': 'Leçon du témoin' },
    'corrected-as': map { 'en': 'Corrected to', 'de': 'Korrigiert zu', 'fr': 'Corrigé en' },
    'why-by-whom': map { 'en': 'Why, by whom', 'de': 'Grund, von wem', 'fr': 'Pourquoi, par qui' },
    'supplied': map { 'en': 'Supplied text', 'de': 'Ergänzter Text', 'fr': 'Texte restitué' },
    'no-supplied': map { 'en': 'No text is supplied.', 'de': 'Es ist kein Text ergänzt.', 'fr': 'Aucun texte n’est restitué.' },
    'supplied-intro': map { 'en': 'Text the witness lacks, supplied by the editor, is printed in square brackets.', 'de': 'Text, der dem Textzeugen fehlt und von der Herausgabe ergänzt ist, steht in eckigen Klammern.', 'fr': 'Le texte qui manque au témoin, restitué par l’éditeur, est imprimé entre crochets.' },
    'why': map { 'en': 'Why', 'de': 'Grund', 'fr': 'Pourquoi' },
    'source': map { 'en': 'Source', 'de': 'Quelle', 'fr': 'Source' },
    'in-the-witness': map { 'en': '{1} in the witness', 'de': '{1} im Textzeugen', 'fr': '{1} dans le témoin' },
    'supplied-by': map { 'en': 'supplied by {1}', 'de': 'ergänzt von {1}', 'fr': 'restitué par {1}' },
    'gaps': map { 'en': 'Gaps', 'de': 'Lücken', 'fr': 'Lacunes' },
    'title': map { 'en': 'title', 'de': 'Titel', 'fr': 'titre' },
    'principles': map { 'en': 'Editorial principles', 'de': 'Editionsrichtlinien', 'fr': 'Principes d’édition' },
    'how-to-read': map { 'en': 'How to read this edition', 'de': 'Zur Benutzung dieser Ausgabe', 'fr': 'Comment lire cette édition' },
    'p-purpose': map { 'en': 'Purpose', 'de': 'Zweck', 'fr': 'Objet' },
    'p-normalization': map { 'en': 'Transcription and normalisation', 'de': 'Transkription und Normierung', 'fr': 'Transcription et normalisation' },
    'p-segmentation': map { 'en': 'Lines and structure', 'de': 'Zeilen und Gliederung', 'fr': 'Lignes et structure' },
    'p-interpretation': map { 'en': 'Interpretation', 'de': 'Interpretation', 'fr': 'Interprétation' },
    'p-quotation': map { 'en': 'Quotations', 'de': 'Zitate', 'fr': 'Citations' },
    'p-correction': map { 'en': 'Corrections', 'de': 'Korrekturen', 'fr': 'Corrections' },
    'p-hyphenation': map { 'en': 'Hyphenation', 'de': 'Silbentrennung', 'fr': 'Coupures de mots' },
    'p-punctuation': map { 'en': 'Punctuation', 'de': 'Zeichensetzung', 'fr': 'Ponctuation' },
    'p-stdVals': map { 'en': 'Dates and values', 'de': 'Daten und Werte', 'fr': 'Dates et valeurs' },
    'p-notes': map { 'en': 'Notes', 'de': 'Anmerkungen', 'fr': 'Notes' },
    'p-apparatus': map { 'en': 'Apparatus', 'de': 'Apparat', 'fr': 'Apparat' },
    'p-variantEncoding': map { 'en': 'Encoding of variants', 'de': 'Kodierung der Varianten', 'fr': 'Encodage des variantes' },
    'variant-encoding': map { 'en': 'Variants are encoded by {1}, {2} to the text.', 'de': 'Varianten sind kodiert nach der Methode „{1}“, {2} zum Text.', 'fr': 'Les variantes sont encodées par {1}, {2} au texte.' },
    'its-own-header': map { 'en': 'Its own header (not the author’s text{1}):', 'de': 'Sein eigener Kopf (nicht Text des Autors{1}):', 'fr': 'Son propre en-tête (hors du texte de l’auteur{1}) :' },
    'by': map { 'en': '; by {1}', 'de': '; von {1}', 'fr': ' ; par {1}' },
    'witness-header': map { 'en': 'Witness {1} opens with text by {2} that is not part of the work:', 'de': 'Textzeuge {1} beginnt mit Text von {2}, der nicht zum Werk gehört:', 'fr': 'Le témoin {1} s’ouvre sur un texte de {2} qui n’appartient pas à l’œuvre :' },
    'another-hand': map { 'en': 'another hand', 'de': 'anderer Hand', 'fr': 'une autre main' },
    'siglum-n': map { 'en': 'Siglum {1}.', 'de': 'Sigle {1}.', 'fr': 'Sigle {1}.' },
    'read-lines': map { 'en': 'Line numbers.', 'de': 'Zeilenzählung.', 'fr': 'Numéros de ligne.' },
    'read-lines-text': map { 'en': 'The numbers in the margin count the printed lines of the text on each page; every fifth line is numbered.', 'de': 'Die Zahlen am Rand zählen die gedruckten Zeilen jeder Seite; jede fünfte Zeile ist beziffert.', 'fr': 'Les numéros en marge comptent les lignes imprimées du texte sur chaque page ; une ligne sur cinq est numérotée.' },
    'read-apparatus': map { 'en': 'Apparatus.', 'de': 'Apparat.', 'fr': 'Apparat.' },
    'read-apparatus-text': map { 'en': 'At the foot of the page, below the notes and a rule, the apparatus gives for each printed line its number in bold, then the reading of the text (the lemma) followed by a bracket and the other readings with the sigla of the witnesses that have them (in italics); the entries of one line are divided by a bar. “om.” stands for words a witness lacks; “add.” for words a witness has beyond the text, after the word named before the bracket. Corrections of evident errors are printed in the text; the apparatus gives what the witness has.', 'de': 'Am Fuß der Seite, unter den Anmerkungen und einem Strich, nennt der Apparat zu jeder gedruckten Zeile ihre Nummer in Fettdruck, dann die Lesart des Textes (das Lemma) mit einer Klammer und die übrigen Lesarten mit den Siglen der Textzeugen (kursiv); die Einträge einer Zeile trennt ein senkrechter Strich. „om.“ steht für Wörter, die einem Textzeugen fehlen; „add.“ für Wörter, die ein Textzeuge über den Text hinaus hat, nach dem vor der Klammer genannten Wort. Offensichtliche Fehler sind im Text korrigiert; der Apparat nennt, was der Textzeuge hat.', 'fr': 'En bas de page, sous les notes et un filet, l’apparat donne pour chaque ligne imprimée son numéro en gras, puis la leçon du texte (le lemme) suivie d’un crochet et des autres leçons avec les sigles des témoins qui les portent (en italique) ; les entrées d’une même ligne sont séparées par un trait vertical. « om. » signale des mots qui manquent à un témoin ; « add. » des mots qu’un témoin a en plus du texte, après le mot nommé avant le crochet. Les fautes évidentes sont corrigées dans le texte ; l’apparat donne la leçon du témoin.' },
    'read-notes': map { 'en': 'Notes.', 'de': 'Anmerkungen.', 'fr': 'Notes.' },
    'read-notes-numbered': map { 'en': 'Notes keep the marks the text gives them.', 'de': 'Anmerkungen behalten die Zeichen, die der Text ihnen gibt.', 'fr': 'Les notes gardent les appels que leur donne le texte.' },
    'read-notes-translator': map { 'en': 'Notes of the translator or publisher are marked Tr.', 'de': 'Anmerkungen des Übersetzers oder Verlags sind mit Übers. bezeichnet.', 'fr': 'Les notes du traducteur ou de l’éditeur du témoin sont marquées N.d.T.' },
    'read-notes-editorial': map { 'en': 'Notes of this edition are lettered a, b, c … within each part and marked Ed.', 'de': 'Anmerkungen dieser Ausgabe sind in jedem Teil mit a, b, c … gezählt und mit Hg. bezeichnet.', 'fr': 'Les notes de cette édition sont appelées par des lettres a, b, c… dans chaque partie et marquées N.d.É.' },
    'read-brackets': map { 'en': 'Brackets.', 'de': 'Klammern.', 'fr': 'Crochets.' },
    'read-brackets-text': map { 'en': 'Words in square brackets are supplied by the editors; a description in italics within brackets stands for something the witness lacks.', 'de': 'Wörter in eckigen Klammern sind von der Herausgabe ergänzt; eine kursive Beschreibung in Klammern steht für etwas, das dem Textzeugen fehlt.', 'fr': 'Les mots entre crochets sont restitués par les éditeurs ; une description en italique entre crochets tient la place de ce qui manque au témoin.' },
    'index-persons': map { 'en': 'Index of persons', 'de': 'Personenregister', 'fr': 'Index des personnes' },
    'index-places': map { 'en': 'Index of places', 'de': 'Ortsregister', 'fr': 'Index des lieux' },
    'tr': map { 'en': 'Tr.', 'de': 'Übers.', 'fr': 'N.d.T.' },
    'ed': map { 'en': 'Ed.', 'de': 'Hg.', 'fr': 'N.d.É.' },
    'fw-header': map { 'en': 'running head of the page', 'de': 'Kolumnentitel', 'fr': 'titre courant de la page' },
    'fw-footer': map { 'en': 'footer of the page', 'de': 'Fußzeile', 'fr': 'pied de la page' },
    'fw-pageNum': map { 'en': 'page number', 'de': 'Seitenzahl', 'fr': 'numéro de page' },
    'fw-other': map { 'en': 'page furniture', 'de': 'Seitenelement', 'fr': 'élément de mise en page' },
    'untitled': map { 'en': 'Untitled', 'de': 'Ohne Titel', 'fr': 'Sans titre' },
    'facsimile': map { 'en': 'facsimile', 'de': 'Faksimile', 'fr': 'fac-similé' },
    'page-n': map { 'en': 'page {1}', 'de': 'Seite {1}', 'fr': 'page {1}' }
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
