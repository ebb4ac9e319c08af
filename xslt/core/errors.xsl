<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every error the stylesheets raise, in one place: its code (in the err: namespace, which
  src/render reports as the rule) and what it means. Raise one with f:fail($code, $message).

    err:bad-param   a stylesheet parameter has a value it does not take
    err:unhandled   on-unhandled = 'fail' and an element has no rule
    err:bad-word    a value that must be a plain word (a Typst key) is not
    err:bad-strings the strings table of an edition is not a map of strings
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:x-tei-edition:function"
  xmlns:v="urn:x-tei-edition:variable"
  exclude-result-prefixes="#all">

  <xsl:variable name="v:error-codes" as="xs:string*" select="'bad-param', 'unhandled', 'bad-word', 'bad-strings'"/>

  <xsl:function name="f:fail" as="item()*">
    <xsl:param name="code" as="xs:string"/>
    <xsl:param name="message" as="xs:string"/>
    <xsl:sequence select="error(QName('urn:x-tei-edition:error', concat('err:', if ($code = $v:error-codes) then $code else 'unknown')), $message)"/>
  </xsl:function>

</xsl:stylesheet>
