<?xml version="1.0" encoding="UTF-8"?>
<!--
  The strings of the apparatus views (print and web), by key, in English, German and French: a
  table of its own beside strings.xsl, which f:s reads after that one. Placeholders as there.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:v="urn:x-tei-edition:variable"
  exclude-result-prefixes="#all">

  <xsl:variable name="v:apparatus-strings" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'add': map { 'en': 'add.', 'de': 'add.', 'fr': 'add.' },
    'conspectus': map { 'en': 'Conspectus siglorum', 'de': 'Siglenverzeichnis', 'fr': 'Conspectus siglorum' },
    'synoptic': map { 'en': 'Synoptic view', 'de': 'Synopse', 'fr': 'Vue synoptique' },
    'synoptic-long': map { 'en': 'The witnesses side by side', 'de': 'Die Textzeugen nebeneinander', 'fr': 'Les témoins côte à côte' },
    'synoptic-intro': map { 'en': 'Each column gives the text of one witness, rebuilt from the readings of the apparatus; the places where the witnesses differ are marked. Choose the witnesses to compare.', 'de': 'Jede Spalte gibt den Text eines Textzeugen, aus den Lesarten des Apparats wiederhergestellt; die Stellen, an denen die Textzeugen abweichen, sind markiert. Wählen Sie die Textzeugen zum Vergleich.', 'fr': 'Chaque colonne donne le texte d’un témoin, reconstitué à partir des leçons de l’apparat ; les endroits où les témoins divergent sont signalés. Choisissez les témoins à comparer.' },
    'synoptic-columns': map { 'en': 'Witnesses shown', 'de': 'Gezeigte Textzeugen', 'fr': 'Témoins affichés' },
    'variant-classes': map { 'en': 'Kinds of variant shown', 'de': 'Gezeigte Arten von Varianten', 'fr': 'Types de variantes affichés' },
    'vt-orthographic': map { 'en': 'spelling', 'de': 'Schreibung', 'fr': 'graphie' },
    'vt-punctuation': map { 'en': 'punctuation', 'de': 'Zeichensetzung', 'fr': 'ponctuation' },
    'vt-case': map { 'en': 'capitals', 'de': 'Groß- und Kleinschreibung', 'fr': 'majuscules' },
    'vt-hyphenation': map { 'en': 'hyphenation', 'de': 'Bindestriche', 'fr': 'coupure de mots' },
    'vt-substantive': map { 'en': 'substantive', 'de': 'substantiell', 'fr': 'substantielle' },
    'vt-omission': map { 'en': 'omission', 'de': 'Auslassung', 'fr': 'omission' },
    'vt-addition': map { 'en': 'addition', 'de': 'Zusatz', 'fr': 'ajout' },
    'vt-transposition': map { 'en': 'transposition', 'de': 'Umstellung', 'fr': 'transposition' },
    'vt-frame': map { 'en': 'page furniture', 'de': 'Seitenelemente', 'fr': 'mise en page' },
    'vt-other': map { 'en': 'other', 'de': 'andere', 'fr': 'autre' }
  }"/>

</xsl:stylesheet>
