<?xml version="1.0" encoding="UTF-8"?>
<!-- Keys shared by every output: look-ups by id, mentions by register entry, corrections. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:k="urn:x-tei-edition:key"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Any element by its xml:id. -->
  <xsl:key name="k:id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- Register entries (what f:is-entry accepts) by their xml:id: f:entry-of looks a mention's
       entry up here directly instead of filtering every element with the id. -->
  <xsl:key name="k:entry"
    match="standOff//person[@xml:id] | standOff//place[@xml:id] | standOff//org[@xml:id] | standOff//bibl[@xml:id]"
    use="string(@xml:id)"/>

  <!-- Mentions of a register entry (persName, placeName, orgName, a journal title) in the text,
       by the id each @ref points to (a mention may point to several entries). -->
  <xsl:key name="k:mentions"
    match="text//persName[@ref] | text//placeName[@ref] | text//orgName[@ref] | text//title[@level = 'j'][@ref]"
    use="tokenize(normalize-space(@ref), ' ') ! replace(., '^#', '')"/>

  <!-- Notes kept apart from the text (in a division of notes, a noteGrp) by the id of the
       place their @target points to (see f:notes-at). -->
  <xsl:key name="k:notes-by-target"
    match="text//div/note[@target] | text//div1/note[@target] | text//div2/note[@target] | text//div3/note[@target] | text//back/note[@target] | text//front/note[@target] | text//body/note[@target] | text//noteGrp/note[@target]"
    use="replace(tokenize(normalize-space(@target), ' ')[1], '^#', '')"/>

  <!-- The stand-off reasons of corrections, by the id of the corr they explain. -->
  <xsl:key name="k:correction-reason"
    match="standOff/listAnnotation[@type = 'corrections']/note[@target]"
    use="tokenize(normalize-space(@target), ' ') ! replace(., '^#', '')"/>

</xsl:stylesheet>
