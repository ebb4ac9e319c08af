<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates: the normalised value a reader can check against the text ("1936-08-05", "between
  1932-10 and 1932-12", "1932 to 1936"), and the machine-readable value where there is one.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- An ISO 8601 calendar value (year, year-month or date): the only form passed on as a
       machine-readable date, so that no attribute text reaches the output unchecked. -->
  <xsl:function name="f:iso-date" as="xs:string?">
    <xsl:param name="value" as="attribute()?"/>
    <xsl:sequence select="string($value)[matches(., '^\d{4}(-\d{2}(-\d{2})?)?$')]"/>
  </xsl:function>

  <!-- The normalised value of a date in words, or empty when it carries none. -->
  <xsl:function name="f:date-normal" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="value" select="
      if ($date/@when) then string($date/@when)
      else if ($date/@from and $date/@to) then concat(normalize-space($date/@from), ' to ', normalize-space($date/@to))
      else if ($date/@from) then concat('from ', normalize-space($date/@from))
      else if ($date/@to) then concat('until ', normalize-space($date/@to))
      else if ($date/@notBefore and $date/@notAfter) then concat('between ', normalize-space($date/@notBefore), ' and ', normalize-space($date/@notAfter))
      else if ($date/@notBefore) then concat('not before ', normalize-space($date/@notBefore))
      else if ($date/@notAfter) then concat('not after ', normalize-space($date/@notAfter))
      else ()"/>
    <xsl:sequence select="if (exists($value)) then concat($value, if ($date/@cert) then ' (inferred)' else '') else ()"/>
  </xsl:function>

</xsl:stylesheet>
