<?xml version="1.0" encoding="UTF-8"?>
<!--
  The strings of the apparatus views (print and web), by key, in English, German, French,
  Spanish, Italian and Russian: a table of its own beside strings.xsl, which f:s reads after
  that one. Placeholders as there.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:v="urn:x-tei-edition:variable"
  exclude-result-prefixes="#all">

  <xsl:variable name="v:apparatus-strings" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'add': map { 'en': 'add.', 'de': 'add.', 'fr': 'add.', 'es': 'add.', 'it': 'add.', 'ru': 'add.' },
    'conspectus': map { 'en': 'Conspectus siglorum', 'de': 'Siglenverzeichnis', 'fr': 'Conspectus siglorum', 'es': 'Conspectus siglorum', 'it': 'Conspectus siglorum', 'ru': 'Conspectus siglorum' },
    'synoptic': map { 'en': 'Synoptic view', 'de': 'Synopse', 'fr': 'Vue synoptique', 'es': 'Vista sinóptica', 'it': 'Vista sinottica', 'ru': 'Синоптический вид' },
    'synoptic-long': map { 'en': 'The witnesses side by side', 'de': 'Die Textzeugen nebeneinander', 'fr': 'Les témoins côte à côte', 'es': 'Los testimonios uno junto a otro', 'it': 'I testimoni affiancati', 'ru': 'Списки рядом' },
    'synoptic-intro': map { 'en': 'Each column gives the text of one witness, rebuilt from the readings of the apparatus; the places where the witnesses differ are marked. Choose the witnesses to compare.', 'de': 'Jede Spalte gibt den Text eines Textzeugen, aus den Lesarten des Apparats wiederhergestellt; die Stellen, an denen die Textzeugen abweichen, sind markiert. Wählen Sie die Textzeugen zum Vergleich.', 'fr': 'Chaque colonne donne le texte d’un témoin, reconstitué à partir des leçons de l’apparat ; les endroits où les témoins divergent sont signalés. Choisissez les témoins à comparer.', 'es': 'Cada columna da el texto de un testimonio, reconstruido a partir de las lecturas del aparato; se marcan los lugares donde los testimonios difieren. Elija los testimonios que quiere comparar.', 'it': 'Ogni colonna dà il testo di un testimone, ricostruito dalle lezioni dell’apparato; i luoghi in cui i testimoni divergono sono segnalati. Scegli i testimoni da confrontare.', 'ru': 'Каждая колонка даёт текст одного списка, восстановленный по чтениям аппарата; места, где списки расходятся, отмечены. Выберите списки для сравнения.' },
    'synoptic-columns': map { 'en': 'Witnesses shown', 'de': 'Gezeigte Textzeugen', 'fr': 'Témoins affichés', 'es': 'Testimonios mostrados', 'it': 'Testimoni mostrati', 'ru': 'Показанные списки' },
    'variant-classes': map { 'en': 'Kinds of variant shown', 'de': 'Gezeigte Arten von Varianten', 'fr': 'Types de variantes affichés', 'es': 'Tipos de variante mostrados', 'it': 'Tipi di variante mostrati', 'ru': 'Показанные виды разночтений' },
    'vt-orthographic': map { 'en': 'spelling', 'de': 'Schreibung', 'fr': 'graphie', 'es': 'grafía', 'it': 'grafia', 'ru': 'орфография' },
    'vt-punctuation': map { 'en': 'punctuation', 'de': 'Zeichensetzung', 'fr': 'ponctuation', 'es': 'puntuación', 'it': 'punteggiatura', 'ru': 'пунктуация' },
    'vt-typography': map { 'en': 'typography', 'de': 'Typographie', 'fr': 'typographie', 'es': 'tipografía', 'it': 'tipografia', 'ru': 'типографика' },
    'vt-case': map { 'en': 'capitals', 'de': 'Groß- und Kleinschreibung', 'fr': 'majuscules', 'es': 'mayúsculas', 'it': 'maiuscole', 'ru': 'прописные буквы' },
    'vt-hyphenation': map { 'en': 'hyphenation', 'de': 'Bindestriche', 'fr': 'coupure de mots', 'es': 'división de palabras', 'it': 'divisione delle parole', 'ru': 'переносы' },
    'vt-substantive': map { 'en': 'substantive', 'de': 'substantiell', 'fr': 'substantielle', 'es': 'sustancial', 'it': 'sostanziale', 'ru': 'существенное' },
    'vt-omission': map { 'en': 'omission', 'de': 'Auslassung', 'fr': 'omission', 'es': 'omisión', 'it': 'omissione', 'ru': 'пропуск' },
    'vt-addition': map { 'en': 'addition', 'de': 'Zusatz', 'fr': 'ajout', 'es': 'adición', 'it': 'aggiunta', 'ru': 'добавление' },
    'vt-transposition': map { 'en': 'transposition', 'de': 'Umstellung', 'fr': 'transposition', 'es': 'transposición', 'it': 'trasposizione', 'ru': 'перестановка' },
    'vt-frame': map { 'en': 'page furniture', 'de': 'Seitenelemente', 'fr': 'mise en page', 'es': 'elementos de la página', 'it': 'elementi della pagina', 'ru': 'оформление страницы' },
    'vt-other': map { 'en': 'other', 'de': 'andere', 'fr': 'autre', 'es': 'otra', 'it': 'altro', 'ru': 'другое' }
  }"/>

</xsl:stylesheet>
