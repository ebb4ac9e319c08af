<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every sentence and label the outputs print about the edition, by key, in English, German, French, Spanish, Italian and Russian.
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
    return (map { 'eng': 'en', 'deu': 'de', 'ger': 'de', 'fra': 'fr', 'fre': 'fr', 'spa': 'es', 'ita': 'it', 'rus': 'ru' }($l), $l)[1]"/>

  <xsl:variable name="v:strings" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'contents': map { 'en': 'Contents', 'de': 'Inhalt', 'fr': 'Table des matières', 'es': 'Índice', 'it': 'Indice', 'ru': 'Оглавление' },
    'about': map { 'en': 'About this edition', 'de': 'Über diese Ausgabe', 'fr': 'À propos de cette édition', 'es': 'Acerca de esta edición', 'it': 'Informazioni su questa edizione', 'ru': 'Об этом издании' },
    'about-long': map { 'en': 'About this edition: sources, witnesses, editorial principles and interventions', 'de': 'Über diese Ausgabe: Quellen, Textzeugen, Editionsrichtlinien und Eingriffe', 'fr': 'À propos de cette édition : sources, témoins, principes éditoriaux et interventions', 'es': 'Acerca de esta edición: fuentes, testimonios, criterios editoriales e intervenciones', 'it': 'Informazioni su questa edizione: fonti, testimoni, criteri editoriali e interventi', 'ru': 'Об этом издании: источники, списки, принципы издания и вмешательства' },
    'skip': map { 'en': 'Skip to the text', 'de': 'Zum Text springen', 'fr': 'Aller au texte', 'es': 'Ir al texto', 'it': 'Vai al testo', 'ru': 'Перейти к тексту' },
    'search': map { 'en': 'Search', 'de': 'Suche', 'fr': 'Recherche', 'es': 'Buscar', 'it': 'Cerca', 'ru': 'Поиск' },
    'search-edition': map { 'en': 'Search the edition', 'de': 'Die Ausgabe durchsuchen', 'fr': 'Rechercher dans l’édition', 'es': 'Buscar en la edición', 'it': 'Cerca nell’edizione', 'ru': 'Поиск по изданию' },
    'search-words': map { 'en': 'Words or names', 'de': 'Wörter oder Namen', 'fr': 'Mots ou noms', 'es': 'Palabras o nombres', 'it': 'Parole o nomi', 'ru': 'Слова или имена' },
    'search-no-js': map { 'en': 'Search runs in the browser and needs JavaScript.', 'de': 'Die Suche läuft im Browser und braucht JavaScript.', 'fr': 'La recherche se fait dans le navigateur et demande JavaScript.', 'es': 'La búsqueda se hace en el navegador y necesita JavaScript.', 'it': 'La ricerca si svolge nel browser e richiede JavaScript.', 'ru': 'Поиск работает в браузере и требует JavaScript.' },
    'search-no-js-registers': map { 'en': 'Without it, the registers list every name with links into the text:', 'de': 'Ohne sie verzeichnen die Register jeden Namen mit Verweisen in den Text:', 'fr': 'Sans lui, les index donnent chaque nom avec des liens vers le texte :', 'es': 'Sin él, los índices dan cada nombre con enlaces al texto:', 'it': 'Senza di esso, gli indici danno ogni nome con i rimandi al testo:', 'ru': 'Без него указатели дают каждое имя со ссылками на текст:' },
    'search-type': map { 'en': 'Type a word or a name.', 'de': 'Geben Sie ein Wort oder einen Namen ein.', 'fr': 'Saisissez un mot ou un nom.', 'es': 'Escriba una palabra o un nombre.', 'it': 'Scrivi una parola o un nome.', 'ru': 'Введите слово или имя.' },
    'search-indexing': map { 'en': 'Indexing the edition …', 'de': 'Die Ausgabe wird erschlossen …', 'fr': 'Indexation de l’édition…', 'es': 'Indexando la edición …', 'it': 'Indicizzazione dell’edizione …', 'ru': 'Индексирование издания …' },
    'search-none': map { 'en': 'Nothing found for “{1}”.', 'de': 'Nichts gefunden für „{1}“.', 'fr': 'Aucun résultat pour « {1} ».', 'es': 'No se encontró nada para «{1}».', 'it': 'Nessun risultato per «{1}».', 'ru': 'По запросу «{1}» ничего не найдено.' },
    'search-one': map { 'en': '1 result for “{1}”.', 'de': '1 Treffer für „{1}“.', 'fr': '1 résultat pour « {1} ».', 'es': '1 resultado para «{1}».', 'it': '1 risultato per «{1}».', 'ru': '1 результат по запросу «{1}».' },
    'search-many': map { 'en': '{2} results for “{1}”.', 'de': '{2} Treffer für „{1}“.', 'fr': '{2} résultats pour « {1} ».', 'es': '{2} resultados para «{1}».', 'it': '{2} risultati per «{1}».', 'ru': 'Результатов по запросу «{1}»: {2}.' },
    'search-first': map { 'en': '{2} results for “{1}” (the first {3} are shown).', 'de': '{2} Treffer für „{1}“ (die ersten {3} werden gezeigt).', 'fr': '{2} résultats pour « {1} » (les {3} premiers sont affichés).', 'es': '{2} resultados para «{1}» (se muestran los {3} primeros).', 'it': '{2} risultati per «{1}» (sono mostrati i primi {3}).', 'ru': 'Результатов по запросу «{1}»: {2} (показаны первые {3}).' },
    'close': map { 'en': 'Close', 'de': 'Schließen', 'fr': 'Fermer', 'es': 'Cerrar', 'it': 'Chiudi', 'ru': 'Закрыть' },
    'close-note': map { 'en': 'Close the note', 'de': 'Die Anmerkung schließen', 'fr': 'Fermer la note', 'es': 'Cerrar la nota', 'it': 'Chiudi la nota', 'ru': 'Закрыть примечание' },
    'nav-edition': map { 'en': 'Edition', 'de': 'Ausgabe', 'fr': 'Édition', 'es': 'Edición', 'it': 'Edizione', 'ru': 'Издание' },
    'nav-parts': map { 'en': 'Parts of the text', 'de': 'Teile des Textes', 'fr': 'Parties du texte', 'es': 'Partes del texto', 'it': 'Parti del testo', 'ru': 'Части текста' },
    'text': map { 'en': 'Text', 'de': 'Text', 'fr': 'Texte', 'es': 'Texto', 'it': 'Testo', 'ru': 'Текст' },
    'front': map { 'en': 'Front matter', 'de': 'Vorspann', 'fr': 'Pièces liminaires', 'es': 'Preliminares', 'it': 'Parti preliminari', 'ru': 'Предварительные материалы' },
    'back': map { 'en': 'Back matter', 'de': 'Anhang', 'fr': 'Annexes', 'es': 'Apéndices', 'it': 'Appendici', 'ru': 'Приложения' },
    'chapter-n': map { 'en': 'Chapter {1}', 'de': 'Kapitel {1}', 'fr': 'Chapitre {1}', 'es': 'Capítulo {1}', 'it': 'Capitolo {1}', 'ru': 'Глава {1}' },
    'chapter': map { 'en': 'Chapter', 'de': 'Kapitel', 'fr': 'Chapitre', 'es': 'Capítulo', 'it': 'Capitolo', 'ru': 'Глава' },
    'edition': map { 'en': 'Edition', 'de': 'Ausgabe', 'fr': 'Édition', 'es': 'Edición', 'it': 'Edizione', 'ru': 'Издание' },
    'sources': map { 'en': 'Sources', 'de': 'Quellen', 'fr': 'Sources', 'es': 'Fuentes', 'it': 'Fonti', 'ru': 'Источники' },
    'ms-contents': map { 'en': 'Contents', 'de': 'Inhalt', 'fr': 'Contenu', 'es': 'Contenido', 'it': 'Contenuto', 'ru': 'Содержание' },
    'ms-physical': map { 'en': 'Physical description', 'de': 'Äußere Beschreibung', 'fr': 'Description matérielle', 'es': 'Descripción física', 'it': 'Descrizione esterna', 'ru': 'Физическое описание' },
    'ms-history': map { 'en': 'History', 'de': 'Geschichte', 'fr': 'Historique', 'es': 'Historia', 'it': 'Storia', 'ru': 'История' },
    'ms-additional': map { 'en': 'Further information', 'de': 'Weitere Angaben', 'fr': 'Informations complémentaires', 'es': 'Información adicional', 'it': 'Informazioni aggiuntive', 'ru': 'Дополнительные сведения' },
    'witnesses': map { 'en': 'Witnesses', 'de': 'Textzeugen', 'fr': 'Témoins', 'es': 'Testimonios', 'it': 'Testimoni', 'ru': 'Списки' },
    'the-witnesses': map { 'en': 'The witnesses', 'de': 'Die Textzeugen', 'fr': 'Les témoins', 'es': 'Los testimonios', 'it': 'I testimoni', 'ru': 'Списки текста' },
    'witness-n': map { 'en': 'Witness {1}', 'de': 'Textzeuge {1}', 'fr': 'Témoin {1}', 'es': 'Testimonio {1}', 'it': 'Testimone {1}', 'ru': 'Список {1}' },
    'licence': map { 'en': 'Licence', 'de': 'Lizenz', 'fr': 'Licence', 'es': 'Licencia', 'it': 'Licenza', 'ru': 'Лицензия' },
    'registers-and-more': map { 'en': 'Registers and editorial matter', 'de': 'Register und Editorisches', 'fr': 'Index et matière éditoriale', 'es': 'Índices y materia editorial', 'it': 'Indici e apparati editoriali', 'ru': 'Указатели и редакционные материалы' },
    'toc-only-in': map { 'en': '(only in {1})', 'de': '(nur in {1})', 'fr': '(seulement dans {1})', 'es': '(solo en {1})', 'it': '(solo in {1})', 'ru': '(только в {1})' },
    'toc-supplied': map { 'en': 'Titles in square brackets are not in the witness and were supplied by the editor', 'de': 'Titel in eckigen Klammern stehen nicht im Textzeugen und wurden von der Herausgabe ergänzt', 'fr': 'Les titres entre crochets ne sont pas dans le témoin et ont été restitués par l’éditeur', 'es': 'Los títulos entre corchetes no están en el testimonio y los ha suplido el editor', 'it': 'I titoli tra parentesi quadre non sono nel testimone e sono stati integrati dal curatore', 'ru': 'Заглавия в квадратных скобках отсутствуют в списке и восполнены редактором' },
    'from': map { 'en': 'from', 'de': 'nach', 'fr': 'de', 'es': 'de', 'it': 'da', 'ru': 'по' },
    'persons': map { 'en': 'Persons', 'de': 'Personen', 'fr': 'Personnes', 'es': 'Personas', 'it': 'Persone', 'ru': 'Лица' },
    'places': map { 'en': 'Places', 'de': 'Orte', 'fr': 'Lieux', 'es': 'Lugares', 'it': 'Luoghi', 'ru': 'Места' },
    'organisations': map { 'en': 'Organisations', 'de': 'Organisationen', 'fr': 'Organisations', 'es': 'Organizaciones', 'it': 'Organizzazioni', 'ru': 'Организации' },
    'periodicals': map { 'en': 'Periodicals', 'de': 'Periodika', 'fr': 'Périodiques', 'es': 'Publicaciones periódicas', 'it': 'Periodici', 'ru': 'Периодические издания' },
    'register-entries': map { 'en': '{1} entries, by regularised name.', 'de': '{1} Einträge, nach normierter Namensform.', 'fr': '{1} entrées, par nom normalisé.', 'es': '{1} entradas, por nombre normalizado.', 'it': '{1} voci, per nome normalizzato.', 'ru': 'Статей: {1}, по нормализованному имени.' },
    'register-persons-order': map { 'en': 'Persons are ordered by surname.', 'de': 'Personen sind nach Nachnamen geordnet.', 'fr': 'Les personnes sont classées par nom de famille.', 'es': 'Las personas se ordenan por apellido.', 'it': 'Le persone sono ordinate per cognome.', 'ru': 'Лица расположены по фамилиям.' },
    'register-places': map { 'en': 'Each entry lists the forms the text uses and every place in the text that names it, by part and line.', 'de': 'Jeder Eintrag nennt die Schreibungen des Textes und jede Stelle, die ihn nennt, nach Teil und Zeile.', 'fr': 'Chaque entrée donne les formes qu’emploie le texte et chaque endroit du texte qui la nomme, par partie et par ligne.', 'es': 'Cada entrada da las formas que usa el texto y cada lugar del texto que la nombra, por parte y línea.', 'it': 'Ogni voce elenca le forme usate dal testo e ogni luogo del testo che la nomina, per parte e riga.', 'ru': 'Каждая статья перечисляет формы, которые употребляет текст, и каждое место текста, где названо это имя, по части и строке.' },
    'written-as': map { 'en': 'Written in the text as:', 'de': 'Im Text geschrieben als:', 'fr': 'Écrit dans le texte :', 'es': 'Escrito en el texto como:', 'it': 'Scritto nel testo come:', 'ru': 'В тексте написано:' },
    'not-marked': map { 'en': 'Not yet marked in the text.', 'de': 'Im Text noch nicht ausgezeichnet.', 'fr': 'Pas encore balisé dans le texte.', 'es': 'Aún no marcado en el texto.', 'it': 'Non ancora marcato nel testo.', 'ru': 'В тексте ещё не размечено.' },
    'occurrence': map { 'en': 'occurrence', 'de': 'Beleg', 'fr': 'occurrence', 'es': 'aparición', 'it': 'occorrenza', 'ru': 'упоминание' },
    'occurrences': map { 'en': 'occurrences', 'de': 'Belege', 'fr': 'occurrences', 'es': 'apariciones', 'it': 'occorrenze', 'ru': 'упоминания' },
    'authority-record': map { 'en': 'Authority record', 'de': 'Normdatensatz', 'fr': 'Notice d’autorité', 'es': 'Registro de autoridad', 'it': 'Record d’autorità', 'ru': 'Нормативная запись' },
    'note-n': map { 'en': 'note {1}', 'de': 'Anm. {1}', 'fr': 'note {1}', 'es': 'nota {1}', 'it': 'nota {1}', 'ru': 'примечание {1}' },
    'note-key': map { 'en': 'n. {1}', 'de': 'Anm. {1}', 'fr': 'n. {1}', 'es': 'n. {1}', 'it': 'n. {1}', 'ru': 'прим. {1}' },
    'notes': map { 'en': 'Notes', 'de': 'Anmerkungen', 'fr': 'Notes', 'es': 'Notas', 'it': 'Note', 'ru': 'Примечания' },
    'note': map { 'en': 'Note', 'de': 'Anmerkung', 'fr': 'Note', 'es': 'Nota', 'it': 'Nota', 'ru': 'Примечание' },
    'note-title': map { 'en': 'Note {1}: {2}', 'de': 'Anmerkung {1}: {2}', 'fr': 'Note {1} : {2}', 'es': 'Nota {1}: {2}', 'it': 'Nota {1}: {2}', 'ru': 'Примечание {1}: {2}' },
    'note-author': map { 'en': 'Author’s note', 'de': 'Anmerkung des Autors', 'fr': 'Note de l’auteur', 'es': 'Nota del autor', 'it': 'Nota dell’autore', 'ru': 'Примечание автора' },
    'note-translator': map { 'en': 'Note of the translator or publisher', 'de': 'Anmerkung des Übersetzers oder Verlags', 'fr': 'Note du traducteur ou de l’éditeur du témoin', 'es': 'Nota del traductor o del editor del testimonio', 'it': 'Nota del traduttore o dell’editore del testimone', 'ru': 'Примечание переводчика или издателя списка' },
    'note-editorial': map { 'en': 'Editorial note', 'de': 'Anmerkung der Herausgabe', 'fr': 'Note de l’éditeur', 'es': 'Nota editorial', 'it': 'Nota del curatore', 'ru': 'Примечание редактора' },
    'back-to-text': map { 'en': 'Back to the text', 'de': 'Zurück zum Text', 'fr': 'Retour au texte', 'es': 'Volver al texto', 'it': 'Torna al testo', 'ru': 'Назад к тексту' },
    'apparatus': map { 'en': 'Apparatus', 'de': 'Apparat', 'fr': 'Apparat', 'es': 'Aparato', 'it': 'Apparato', 'ru': 'Аппарат' },
    'variant-readings': map { 'en': 'Variant readings: see the apparatus', 'de': 'Lesarten: siehe Apparat', 'fr': 'Variantes : voir l’apparat', 'es': 'Variantes: véase el aparato', 'it': 'Varianti: vedi l’apparato', 'ru': 'Разночтения: см. аппарат' },
    'line-n': map { 'en': 'Line {1}', 'de': 'Zeile {1}', 'fr': 'Ligne {1}', 'es': 'Línea {1}', 'it': 'Riga {1}', 'ru': 'Строка {1}' },
    'variant': map { 'en': 'Variant', 'de': 'Variante', 'fr': 'Variante', 'es': 'Variante', 'it': 'Variante', 'ru': 'Вариант' },
    'running-head': map { 'en': 'Running head', 'de': 'Kolumnentitel', 'fr': 'Titre courant', 'es': 'Titulillo', 'it': 'Titolo corrente', 'ru': 'Колонтитул' },
    'page-footer': map { 'en': 'Page footer', 'de': 'Fußzeile', 'fr': 'Pied de page', 'es': 'Pie de página', 'it': 'Piè di pagina', 'ru': 'Нижний колонтитул' },
    'omitted': map { 'en': 'omitted', 'de': 'fehlt', 'fr': 'omis', 'es': 'omitido', 'it': 'omesso', 'ru': 'пропущено' },
    'om': map { 'en': 'om.', 'de': 'om.', 'fr': 'om.', 'es': 'om.', 'it': 'om.', 'ru': 'om.' },
    'show-witness': map { 'en': 'Show the text as witness', 'de': 'Den Text zeigen nach Textzeuge', 'fr': 'Afficher le texte du témoin', 'es': 'Mostrar el texto del testimonio', 'it': 'Mostra il testo del testimone', 'ru': 'Показать текст по списку' },
    'edited-text': map { 'en': 'the edited text', 'de': 'der edierte Text', 'fr': 'le texte édité', 'es': 'el texto editado', 'it': 'il testo critico', 'ru': 'издаваемый текст' },
    'show-sic': map { 'en': 'Show the witness’s readings instead of the corrections', 'de': 'Die Lesarten des Textzeugen statt der Korrekturen zeigen', 'fr': 'Afficher les leçons du témoin au lieu des corrections', 'es': 'Mostrar las lecturas del testimonio en lugar de las correcciones', 'it': 'Mostra le lezioni del testimone invece delle correzioni', 'ru': 'Показать чтения списка вместо исправлений' },
    'witness-reads': map { 'en': 'the witness reads “{1}”', 'de': 'der Textzeuge liest „{1}“', 'fr': 'le témoin porte « {1} »', 'es': 'el testimonio lee «{1}»', 'it': 'il testimone legge «{1}»', 'ru': 'в списке: «{1}»' },
    'corrected-to': map { 'en': 'corrected to “{1}”', 'de': 'korrigiert zu „{1}“', 'fr': 'corrigé en « {1} »', 'es': 'corregido en «{1}»', 'it': 'corretto in «{1}»', 'ru': 'исправлено на «{1}»' },
    'corrected-by': map { 'en': 'corrected by {1}', 'de': 'korrigiert von {1}', 'fr': 'corrigé par {1}', 'es': 'corregido por {1}', 'it': 'corretto da {1}', 'ru': 'исправил(а) {1}' },
    'after': map { 'en': 'after {1}', 'de': 'nach {1}', 'fr': 'après {1}', 'es': 'según {1}', 'it': 'secondo {1}', 'ru': 'по {1}' },
    'supplied-by-editor': map { 'en': 'Supplied by the editor', 'de': 'Von der Herausgabe ergänzt', 'fr': 'Restitué par l’éditeur', 'es': 'Suplido por el editor', 'it': 'Integrato dal curatore', 'ru': 'Восполнено редактором' },
    'not-in-witness': map { 'en': 'Not in the witness', 'de': 'Nicht im Textzeugen', 'fr': 'Absent du témoin', 'es': 'No está en el testimonio', 'it': 'Assente nel testimone', 'ru': 'Отсутствует в списке' },
    'gap-in-text': map { 'en': 'Gap in the text', 'de': 'Lücke im Text', 'fr': 'Lacune dans le texte', 'es': 'Laguna en el texto', 'it': 'Lacuna nel testo', 'ru': 'Лакуна в тексте' },
    'gap-lost': map { 'en': 'lost', 'de': 'verloren', 'fr': 'perdu', 'es': 'perdido', 'it': 'perduto', 'ru': 'утрачено' },
    'gap-illegible': map { 'en': 'illegible', 'de': 'unleserlich', 'fr': 'illisible', 'es': 'ilegible', 'it': 'illeggibile', 'ru': 'неразборчиво' },
    'gap-omitted': map { 'en': 'omitted', 'de': 'ausgelassen', 'fr': 'omis', 'es': 'omitido', 'it': 'omesso', 'ru': 'пропущено' },
    'gap-damage': map { 'en': 'damaged', 'de': 'beschädigt', 'fr': 'endommagé', 'es': 'dañado', 'it': 'danneggiato', 'ru': 'повреждено' },
    'gap-unit-character': map { 'en': '{1} character', 'de': '{1} Zeichen', 'fr': '{1} caractère', 'es': '{1} carácter', 'it': '{1} carattere', 'ru': 'знаков: {1}' },
    'gap-unit-characters': map { 'en': '{1} characters', 'de': '{1} Zeichen', 'fr': '{1} caractères', 'es': '{1} caracteres', 'it': '{1} caratteri', 'ru': 'знаков: {1}' },
    'gap-unit-word': map { 'en': '{1} word', 'de': '{1} Wort', 'fr': '{1} mot', 'es': '{1} palabra', 'it': '{1} parola', 'ru': 'слов: {1}' },
    'gap-unit-words': map { 'en': '{1} words', 'de': '{1} Wörter', 'fr': '{1} mots', 'es': '{1} palabras', 'it': '{1} parole', 'ru': 'слов: {1}' },
    'gap-unit-line': map { 'en': '{1} line', 'de': '{1} Zeile', 'fr': '{1} ligne', 'es': '{1} línea', 'it': '{1} riga', 'ru': 'строк: {1}' },
    'gap-unit-lines': map { 'en': '{1} lines', 'de': '{1} Zeilen', 'fr': '{1} lignes', 'es': '{1} líneas', 'it': '{1} righe', 'ru': 'строк: {1}' },
    'gap-unit-page': map { 'en': '{1} page', 'de': '{1} Seite', 'fr': '{1} page', 'es': '{1} página', 'it': '{1} pagina', 'ru': 'страниц: {1}' },
    'gap-unit-pages': map { 'en': '{1} pages', 'de': '{1} Seiten', 'fr': '{1} pages', 'es': '{1} páginas', 'it': '{1} pagine', 'ru': 'страниц: {1}' },
    'unclear': map { 'en': 'unclear in the witness', 'de': 'im Textzeugen unsicher', 'fr': 'peu lisible dans le témoin', 'es': 'dudoso en el testimonio', 'it': 'incerto nel testimone', 'ru': 'неясно в списке' },
    'deleted': map { 'en': 'deleted', 'de': 'getilgt', 'fr': 'biffé', 'es': 'tachado', 'it': 'cancellato', 'ru': 'зачёркнуто' },
    'surplus': map { 'en': 'superfluous', 'de': 'überflüssig', 'fr': 'superflu', 'es': 'superfluo', 'it': 'superfluo', 'ru': 'лишнее' },
    'added': map { 'en': 'added', 'de': 'hinzugefügt', 'fr': 'ajouté', 'es': 'añadido', 'it': 'aggiunto', 'ru': 'добавлено' },
    'normalised': map { 'en': 'normalised: ', 'de': 'normiert: ', 'fr': 'normalisé : ', 'es': 'normalizado: ', 'it': 'normalizzato: ', 'ru': 'нормализовано: ' },
    'entry-not-found': map { 'en': 'Register entry not found: {1}', 'de': 'Registereintrag nicht gefunden: {1}', 'fr': 'Entrée d’index introuvable : {1}', 'es': 'Entrada de índice no encontrada: {1}', 'it': 'Voce d’indice non trovata: {1}', 'ru': 'Статья указателя не найдена: {1}' },
    'not-identified': map { 'en': 'Not yet identified in a register', 'de': 'Noch keinem Registereintrag zugeordnet', 'fr': 'Pas encore identifié dans un index', 'es': 'Aún no identificado en un índice', 'it': 'Non ancora identificato in un indice', 'ru': 'Ещё не отождествлено в указателе' },
    'corrections': map { 'en': 'Corrections', 'de': 'Korrekturen', 'fr': 'Corrections', 'es': 'Correcciones', 'it': 'Correzioni', 'ru': 'Исправления' },
    'no-corrections': map { 'en': 'The text has no corrections.', 'de': 'Der Text hat keine Korrekturen.', 'fr': 'Le texte ne comporte aucune correction.', 'es': 'El texto no tiene correcciones.', 'it': 'Il testo non ha correzioni.', 'ru': 'В тексте нет исправлений.' },
    'corrections-intro': map { 'en': '{1} errors of the witness are corrected. The text shows the correction; the witness’s reading appears on hover or focus, and a switch on each page shows the witness’s readings instead.', 'de': '{1} Fehler des Textzeugen sind korrigiert. Der Text zeigt die Korrektur; die Lesart des Textzeugen erscheint beim Zeigen oder Fokussieren, und ein Schalter auf jeder Seite zeigt stattdessen die Lesarten des Textzeugen.', 'fr': '{1} erreurs du témoin sont corrigées. Le texte donne la correction ; la leçon du témoin apparaît au survol ou au focus, et un bouton sur chaque page affiche les leçons du témoin à la place.', 'es': 'Se corrigen {1} errores del testimonio. El texto muestra la corrección; la lectura del testimonio aparece al pasar el puntero o al enfocar, y un interruptor en cada página muestra en su lugar las lecturas del testimonio.', 'it': 'Sono corretti {1} errori del testimone. Il testo mostra la correzione; la lezione del testimone compare al passaggio del puntatore o al focus, e un interruttore in ogni pagina mostra invece le lezioni del testimone.', 'ru': 'Исправлено ошибок списка: {1}. Текст показывает исправление; чтение списка появляется при наведении или фокусе, а переключатель на каждой странице показывает вместо них чтения списка.' },
    'where': map { 'en': 'Where', 'de': 'Stelle', 'fr': 'Où', 'es': 'Dónde', 'it': 'Dove', 'ru': 'Где' },
    'witness-has': map { 'en': 'Witness reads', 'de': 'Textzeuge liest', 'fr': 'Leçon du témoin', 'es': 'Lectura del testimonio', 'it': 'Lezione del testimone', 'ru': 'Чтение списка' },
    'corrected-as': map { 'en': 'Corrected to', 'de': 'Korrigiert zu', 'fr': 'Corrigé en', 'es': 'Corregido en', 'it': 'Corretto in', 'ru': 'Исправлено на' },
    'why-by-whom': map { 'en': 'Why, by whom', 'de': 'Grund, von wem', 'fr': 'Pourquoi, par qui', 'es': 'Por qué, por quién', 'it': 'Perché, da chi', 'ru': 'Почему, кем' },
    'supplied': map { 'en': 'Supplied text', 'de': 'Ergänzter Text', 'fr': 'Texte restitué', 'es': 'Texto suplido', 'it': 'Testo integrato', 'ru': 'Восполненный текст' },
    'no-supplied': map { 'en': 'No text is supplied.', 'de': 'Es ist kein Text ergänzt.', 'fr': 'Aucun texte n’est restitué.', 'es': 'No se suple ningún texto.', 'it': 'Nessun testo è integrato.', 'ru': 'Текст не восполнялся.' },
    'supplied-intro': map { 'en': 'Text the witness lacks, supplied by the editor, is printed in square brackets.', 'de': 'Text, der dem Textzeugen fehlt und von der Herausgabe ergänzt ist, steht in eckigen Klammern.', 'fr': 'Le texte qui manque au témoin, restitué par l’éditeur, est imprimé entre crochets.', 'es': 'El texto que falta en el testimonio, suplido por el editor, va entre corchetes.', 'it': 'Il testo che manca al testimone, integrato dal curatore, è stampato tra parentesi quadre.', 'ru': 'Текст, отсутствующий в списке и восполненный редактором, напечатан в квадратных скобках.' },
    'why': map { 'en': 'Why', 'de': 'Grund', 'fr': 'Pourquoi', 'es': 'Por qué', 'it': 'Perché', 'ru': 'Почему' },
    'source': map { 'en': 'Source', 'de': 'Quelle', 'fr': 'Source', 'es': 'Fuente', 'it': 'Fonte', 'ru': 'Источник' },
    'in-the-witness': map { 'en': '{1} in the witness', 'de': '{1} im Textzeugen', 'fr': '{1} dans le témoin', 'es': '{1} en el testimonio', 'it': '{1} nel testimone', 'ru': '{1} в списке' },
    'supplied-by': map { 'en': 'supplied by {1}', 'de': 'ergänzt von {1}', 'fr': 'restitué par {1}', 'es': 'suplido por {1}', 'it': 'integrato da {1}', 'ru': 'восполнил(а) {1}' },
    'gaps': map { 'en': 'Gaps', 'de': 'Lücken', 'fr': 'Lacunes', 'es': 'Lagunas', 'it': 'Lacune', 'ru': 'Лакуны' },
    'title': map { 'en': 'title', 'de': 'Titel', 'fr': 'titre', 'es': 'título', 'it': 'titolo', 'ru': 'заглавие' },
    'principles': map { 'en': 'Editorial principles', 'de': 'Editionsrichtlinien', 'fr': 'Principes d’édition', 'es': 'Criterios editoriales', 'it': 'Criteri editoriali', 'ru': 'Принципы издания' },
    'how-to-read': map { 'en': 'How to read this edition', 'de': 'Zur Benutzung dieser Ausgabe', 'fr': 'Comment lire cette édition', 'es': 'Cómo leer esta edición', 'it': 'Come leggere questa edizione', 'ru': 'Как читать это издание' },
    'p-purpose': map { 'en': 'Purpose', 'de': 'Zweck', 'fr': 'Objet', 'es': 'Propósito', 'it': 'Scopo', 'ru': 'Цель' },
    'p-normalization': map { 'en': 'Transcription and normalisation', 'de': 'Transkription und Normierung', 'fr': 'Transcription et normalisation', 'es': 'Transcripción y normalización', 'it': 'Trascrizione e normalizzazione', 'ru': 'Транскрипция и нормализация' },
    'p-segmentation': map { 'en': 'Lines and structure', 'de': 'Zeilen und Gliederung', 'fr': 'Lignes et structure', 'es': 'Líneas y estructura', 'it': 'Righe e struttura', 'ru': 'Строки и структура' },
    'p-interpretation': map { 'en': 'Interpretation', 'de': 'Interpretation', 'fr': 'Interprétation', 'es': 'Interpretación', 'it': 'Interpretazione', 'ru': 'Интерпретация' },
    'p-quotation': map { 'en': 'Quotations', 'de': 'Zitate', 'fr': 'Citations', 'es': 'Citas', 'it': 'Citazioni', 'ru': 'Цитаты' },
    'p-correction': map { 'en': 'Corrections', 'de': 'Korrekturen', 'fr': 'Corrections', 'es': 'Correcciones', 'it': 'Correzioni', 'ru': 'Исправления' },
    'p-hyphenation': map { 'en': 'Hyphenation', 'de': 'Silbentrennung', 'fr': 'Coupures de mots', 'es': 'División de palabras', 'it': 'Divisione delle parole', 'ru': 'Переносы' },
    'p-punctuation': map { 'en': 'Punctuation', 'de': 'Zeichensetzung', 'fr': 'Ponctuation', 'es': 'Puntuación', 'it': 'Punteggiatura', 'ru': 'Пунктуация' },
    'p-stdVals': map { 'en': 'Dates and values', 'de': 'Daten und Werte', 'fr': 'Dates et valeurs', 'es': 'Fechas y valores', 'it': 'Date e valori', 'ru': 'Даты и значения' },
    'p-notes': map { 'en': 'Notes', 'de': 'Anmerkungen', 'fr': 'Notes', 'es': 'Notas', 'it': 'Note', 'ru': 'Примечания' },
    'p-apparatus': map { 'en': 'Apparatus', 'de': 'Apparat', 'fr': 'Apparat', 'es': 'Aparato', 'it': 'Apparato', 'ru': 'Аппарат' },
    'p-variantEncoding': map { 'en': 'Encoding of variants', 'de': 'Kodierung der Varianten', 'fr': 'Encodage des variantes', 'es': 'Codificación de las variantes', 'it': 'Codifica delle varianti', 'ru': 'Кодирование разночтений' },
    'variant-encoding': map { 'en': 'Variants are encoded by {1}, {2} to the text.', 'de': 'Varianten sind kodiert nach der Methode „{1}“, {2} zum Text.', 'fr': 'Les variantes sont encodées par {1}, {2} au texte.', 'es': 'Las variantes se codifican por {1}, {2} al texto.', 'it': 'Le varianti sono codificate con {1}, {2} al testo.', 'ru': 'Разночтения закодированы методом {1}, {2} к тексту.' },
    'its-own-header': map { 'en': 'Its own header (not the author’s text{1}):', 'de': 'Sein eigener Kopf (nicht Text des Autors{1}):', 'fr': 'Son propre en-tête (hors du texte de l’auteur{1}) :', 'es': 'Su propio encabezado (no es texto del autor{1}):', 'it': 'La sua propria intestazione (non testo dell’autore{1}):', 'ru': 'Собственный заголовок (не текст автора{1}):' },
    'by': map { 'en': '; by {1}', 'de': '; von {1}', 'fr': ' ; par {1}', 'es': '; por {1}', 'it': '; di {1}', 'ru': '; {1}' },
    'witness-header': map { 'en': 'Witness {1} opens with text by {2} that is not part of the work:', 'de': 'Textzeuge {1} beginnt mit Text von {2}, der nicht zum Werk gehört:', 'fr': 'Le témoin {1} s’ouvre sur un texte de {2} qui n’appartient pas à l’œuvre :', 'es': 'El testimonio {1} empieza con un texto de {2} que no forma parte de la obra:', 'it': 'Il testimone {1} si apre con un testo di {2} che non fa parte dell’opera:', 'ru': 'Список {1} начинается с текста, принадлежащего {2} и не входящего в произведение:' },
    'another-hand': map { 'en': 'another hand', 'de': 'anderer Hand', 'fr': 'une autre main', 'es': 'otra mano', 'it': 'un’altra mano', 'ru': 'другой руке' },
    'siglum-n': map { 'en': 'Siglum {1}.', 'de': 'Sigle {1}.', 'fr': 'Sigle {1}.', 'es': 'Sigla {1}.', 'it': 'Sigla {1}.', 'ru': 'Сигла {1}.' },
    'read-lines': map { 'en': 'Line numbers.', 'de': 'Zeilenzählung.', 'fr': 'Numéros de ligne.', 'es': 'Números de línea.', 'it': 'Numeri di riga.', 'ru': 'Нумерация строк.' },
    'read-lines-text': map { 'en': 'The numbers in the margin count the printed lines of the text on each page; every fifth line is numbered.', 'de': 'Die Zahlen am Rand zählen die gedruckten Zeilen jeder Seite; jede fünfte Zeile ist beziffert.', 'fr': 'Les numéros en marge comptent les lignes imprimées du texte sur chaque page ; une ligne sur cinq est numérotée.', 'es': 'Los números del margen cuentan las líneas impresas del texto en cada página; se numera una de cada cinco.', 'it': 'I numeri a margine contano le righe stampate del testo in ogni pagina; è numerata una riga ogni cinque.', 'ru': 'Числа на полях отсчитывают напечатанные строки текста на каждой странице; пронумерована каждая пятая строка.' },
    'read-apparatus': map { 'en': 'Apparatus.', 'de': 'Apparat.', 'fr': 'Apparat.', 'es': 'Aparato.', 'it': 'Apparato.', 'ru': 'Аппарат.' },
    'read-apparatus-text': map { 'en': 'At the foot of the page, below the notes and a rule, the apparatus gives for each printed line its number in bold, then the reading of the text (the lemma) followed by a bracket and the other readings with the sigla of the witnesses that have them (in italics); the entries of one line are divided by a bar. “om.” stands for words a witness lacks; “add.” for words a witness has beyond the text, after the word named before the bracket. Corrections of evident errors are printed in the text; the apparatus gives what the witness has.', 'de': 'Am Fuß der Seite, unter den Anmerkungen und einem Strich, nennt der Apparat zu jeder gedruckten Zeile ihre Nummer in Fettdruck, dann die Lesart des Textes (das Lemma) mit einer Klammer und die übrigen Lesarten mit den Siglen der Textzeugen (kursiv); die Einträge einer Zeile trennt ein senkrechter Strich. „om.“ steht für Wörter, die einem Textzeugen fehlen; „add.“ für Wörter, die ein Textzeuge über den Text hinaus hat, nach dem vor der Klammer genannten Wort. Offensichtliche Fehler sind im Text korrigiert; der Apparat nennt, was der Textzeuge hat.', 'fr': 'En bas de page, sous les notes et un filet, l’apparat donne pour chaque ligne imprimée son numéro en gras, puis la leçon du texte (le lemme) suivie d’un crochet et des autres leçons avec les sigles des témoins qui les portent (en italique) ; les entrées d’une même ligne sont séparées par un trait vertical. « om. » signale des mots qui manquent à un témoin ; « add. » des mots qu’un témoin a en plus du texte, après le mot nommé avant le crochet. Les fautes évidentes sont corrigées dans le texte ; l’apparat donne la leçon du témoin.', 'es': 'Al pie de la página, bajo las notas y una raya, el aparato da para cada línea impresa su número en negrita, luego la lectura del texto (el lema) seguida de un corchete y las otras lecturas con las siglas de los testimonios que las tienen (en cursiva); las entradas de una línea se separan con una barra. «om.» indica palabras que faltan en un testimonio; «add.», palabras que un testimonio tiene además del texto, tras la palabra nombrada antes del corchete. Las correcciones de errores evidentes se imprimen en el texto; el aparato da lo que tiene el testimonio.', 'it': 'A piè di pagina, sotto le note e un filetto, l’apparato dà per ogni riga stampata il suo numero in neretto, poi la lezione del testo (il lemma) seguita da una parentesi quadra e le altre lezioni con le sigle dei testimoni che le hanno (in corsivo); le voci di una riga sono separate da una barra. «om.» indica parole che mancano a un testimone; «add.» parole che un testimone ha in più rispetto al testo, dopo la parola nominata prima della parentesi. Le correzioni di errori evidenti sono stampate nel testo; l’apparato dà ciò che ha il testimone.', 'ru': 'Внизу страницы, под примечаниями и линейкой, аппарат даёт для каждой напечатанной строки её номер полужирным, затем чтение текста (лемму), квадратную скобку и другие чтения с сиглами списков, в которых они есть (курсивом); статьи одной строки разделены чертой. «om.» обозначает слова, которых нет в списке; «add.» — слова, которые список имеет сверх текста, после слова, названного перед скобкой. Исправления явных ошибок напечатаны в тексте; аппарат даёт то, что есть в списке.' },
    'read-notes': map { 'en': 'Notes.', 'de': 'Anmerkungen.', 'fr': 'Notes.', 'es': 'Notas.', 'it': 'Note.', 'ru': 'Примечания.' },
    'read-notes-numbered': map { 'en': 'Notes keep the marks the text gives them.', 'de': 'Anmerkungen behalten die Zeichen, die der Text ihnen gibt.', 'fr': 'Les notes gardent les appels que leur donne le texte.', 'es': 'Las notas conservan las llamadas que les da el texto.', 'it': 'Le note conservano i richiami che il testo dà loro.', 'ru': 'Примечания сохраняют знаки сносок, данные им в тексте.' },
    'read-notes-translator': map { 'en': 'Notes of the translator or publisher are marked Tr.', 'de': 'Anmerkungen des Übersetzers oder Verlags sind mit Übers. bezeichnet.', 'fr': 'Les notes du traducteur ou de l’éditeur du témoin sont marquées N.d.T.', 'es': 'Las notas del traductor o del editor del testimonio llevan la marca N. del T.', 'it': 'Le note del traduttore o dell’editore del testimone sono segnate N.d.T.', 'ru': 'Примечания переводчика или издателя списка помечены «Прим. перев.».' },
    'read-notes-editorial': map { 'en': 'Notes of this edition are lettered a, b, c … within each part and marked Ed.', 'de': 'Anmerkungen dieser Ausgabe sind in jedem Teil mit a, b, c … gezählt und mit Hg. bezeichnet.', 'fr': 'Les notes de cette édition sont appelées par des lettres a, b, c… dans chaque partie et marquées N.d.É.', 'es': 'Las notas de esta edición se señalan con letras a, b, c … en cada parte y llevan la marca N. del E.', 'it': 'Le note di questa edizione sono contrassegnate con lettere a, b, c … in ogni parte e segnate N.d.C.', 'ru': 'Примечания этого издания обозначены буквами a, b, c … в каждой части и помечены «Прим. ред.».' },
    'read-brackets': map { 'en': 'Brackets.', 'de': 'Klammern.', 'fr': 'Crochets.', 'es': 'Corchetes.', 'it': 'Parentesi quadre.', 'ru': 'Скобки.' },
    'read-brackets-text': map { 'en': 'Words in square brackets are supplied by the editors; a description in italics within brackets stands for something the witness lacks.', 'de': 'Wörter in eckigen Klammern sind von der Herausgabe ergänzt; eine kursive Beschreibung in Klammern steht für etwas, das dem Textzeugen fehlt.', 'fr': 'Les mots entre crochets sont restitués par les éditeurs ; une description en italique entre crochets tient la place de ce qui manque au témoin.', 'es': 'Las palabras entre corchetes las suplen los editores; una descripción en cursiva entre corchetes está por algo que falta en el testimonio.', 'it': 'Le parole tra parentesi quadre sono integrate dai curatori; una descrizione in corsivo tra parentesi sta per qualcosa che manca al testimone.', 'ru': 'Слова в квадратных скобках восполнены редакторами; описание курсивом в скобках стоит на месте того, чего нет в списке.' },
    'read-braces': map { 'en': 'Braces.', 'de': 'Geschweifte Klammern.', 'fr': 'Accolades.', 'es': 'Llaves.', 'it': 'Parentesi graffe.', 'ru': 'Фигурные скобки.' },
    'read-braces-text': map { 'en': 'Words in braces are superfluous: the witness has them, and the editors take them to be no part of the text.', 'de': 'Wörter in geschweiften Klammern sind überflüssig: Der Textzeuge hat sie, die Herausgabe hält sie nicht für Teil des Textes.', 'fr': 'Les mots entre accolades sont superflus : le témoin les porte, mais les éditeurs ne les tiennent pas pour partie du texte.', 'es': 'Las palabras entre llaves son superfluas: el testimonio las tiene, pero los editores no las consideran parte del texto.', 'it': 'Le parole tra parentesi graffe sono superflue: il testimone le riporta, ma i curatori non le considerano parte del testo.', 'ru': 'Слова в фигурных скобках лишние: они есть в списке, но издатели не считают их частью текста.' },
    'index-persons': map { 'en': 'Index of persons', 'de': 'Personenregister', 'fr': 'Index des personnes', 'es': 'Índice de personas', 'it': 'Indice dei nomi di persona', 'ru': 'Указатель имён' },
    'index-places': map { 'en': 'Index of places', 'de': 'Ortsregister', 'fr': 'Index des lieux', 'es': 'Índice de lugares', 'it': 'Indice dei luoghi', 'ru': 'Указатель мест' },
    'tr': map { 'en': 'Tr.', 'de': 'Übers.', 'fr': 'N.d.T.', 'es': 'N. del T.', 'it': 'N.d.T.', 'ru': 'Прим. перев.' },
    'ed': map { 'en': 'Ed.', 'de': 'Hg.', 'fr': 'N.d.É.', 'es': 'N. del E.', 'it': 'N.d.C.', 'ru': 'Прим. ред.' },
    'fw-header': map { 'en': 'running head of the page', 'de': 'Kolumnentitel', 'fr': 'titre courant de la page', 'es': 'titulillo de la página', 'it': 'titolo corrente della pagina', 'ru': 'колонтитул страницы' },
    'fw-footer': map { 'en': 'footer of the page', 'de': 'Fußzeile', 'fr': 'pied de la page', 'es': 'pie de la página', 'it': 'piè della pagina', 'ru': 'нижний колонтитул страницы' },
    'fw-pageNum': map { 'en': 'page number', 'de': 'Seitenzahl', 'fr': 'numéro de page', 'es': 'número de página', 'it': 'numero di pagina', 'ru': 'номер страницы' },
    'fw-other': map { 'en': 'page furniture', 'de': 'Seitenelement', 'fr': 'élément de mise en page', 'es': 'elemento de la página', 'it': 'elemento della pagina', 'ru': 'элемент оформления страницы' },
    'untitled': map { 'en': 'Untitled', 'de': 'Ohne Titel', 'fr': 'Sans titre', 'es': 'Sin título', 'it': 'Senza titolo', 'ru': 'Без заглавия' },
    'facsimile': map { 'en': 'facsimile', 'de': 'Faksimile', 'fr': 'fac-similé', 'es': 'facsímil', 'it': 'facsimile', 'ru': 'факсимиле' },
    'page-n': map { 'en': 'page {1}', 'de': 'Seite {1}', 'fr': 'page {1}', 'es': 'página {1}', 'it': 'pagina {1}', 'ru': 'страница {1}' }
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
    <xsl:sequence select="f:fill(f:s($key), $args)"/>
  </xsl:function>

  <!-- $s with each {n} replaced by the n-th of $args (a brace that opens no such placeholder
       stays). By hand rather than by replace(): a pattern made at each call is compiled at
       each call, and line labels ask this for every variant place. -->
  <xsl:function name="f:fill" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="args" as="xs:string*"/>
    <xsl:variable name="rest" select="substring-after($s, '{')"/>
    <xsl:variable name="n" select="substring-before($rest, '}')"/>
    <xsl:sequence select="
      if (not(contains($s, '{'))) then $s
      else if ($n = (1 to count($args)) ! string(.))
        then concat(substring-before($s, '{'), $args[xs:integer($n)], f:fill(substring-after($rest, '}'), $args))
      else concat(substring-before($s, '{'), '{', f:fill($rest, $args))"/>
  </xsl:function>

</xsl:stylesheet>
