<?xml version="1.0" encoding="UTF-8"?>
<!--
  The strings of the apparatus views (print and web), by key, in English and German: a table of
  its own beside strings.xsl, which f:s reads after that one. Placeholders as there.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:v="urn:x-tei-edition:variable"
  exclude-result-prefixes="#all">

  <xsl:variable name="v:apparatus-strings" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'add': map { 'en': 'add.', 'de': 'add.' },
    'conspectus': map { 'en': 'Conspectus siglorum', 'de': 'Siglenverzeichnis' },
    'synoptic': map { 'en': 'Synoptic view', 'de': 'Synopse' },
    'synoptic-long': map { 'en': 'The witnesses side by side', 'de': 'Die Textzeugen nebeneinander' },
    'synoptic-intro': map { 'en': 'Each column gives the text of one witness, rebuilt from the readings of the apparatus; the places where the witnesses differ are marked. Choose the witnesses to compare.', 'de': 'Jede Spalte gibt den Text eines Textzeugen, aus den Lesarten des Apparats wiederhergestellt; die Stellen, an denen die Textzeugen abweichen, sind markiert. Wählen Sie die Textzeugen zum Vergleich.' },
    'synoptic-columns': map { 'en': 'Witnesses shown', 'de': 'Gezeigte Textzeugen' },
    'variant-classes': map { 'en': 'Kinds of variant shown', 'de': 'Gezeigte Arten von Varianten' },
    'vt-orthographic': map { 'en': 'spelling', 'de': 'Schreibung' },
    'vt-punctuation': map { 'en': 'punctuation', 'de': 'Zeichensetzung' },
    'vt-case': map { 'en': 'capitals', 'de': 'Groß- und Kleinschreibung' },
    'vt-hyphenation': map { 'en': 'hyphenation', 'de': 'Bindestriche' },
    'vt-substantive': map { 'en': 'substantive', 'de': 'substantiell' },
    'vt-omission': map { 'en': 'omission', 'de': 'Auslassung' },
    'vt-addition': map { 'en': 'addition', 'de': 'Zusatz' },
    'vt-transposition': map { 'en': 'transposition', 'de': 'Umstellung' },
    'vt-frame': map { 'en': 'page furniture', 'de': 'Seitenelemente' },
    'vt-other': map { 'en': 'other', 'de': 'andere' }
  }"/>

</xsl:stylesheet>
