/** A Schematron schema reduced to what the runner needs; serialisable so it can be cached. */
export interface SchematronSchema {
  /** Prefix → namespace URI for every expression (sch:ns plus the declarations in scope). */
  readonly namespaces: Readonly<Record<string, string>>;
  /** Schema-level `sch:let`s, evaluated once per document. */
  readonly lets: readonly SchLet[];
  readonly patterns: readonly SchPattern[];
}

export interface SchLet {
  readonly name: string;
  readonly value: string;
}

export interface SchPattern {
  readonly id: string;
  readonly lets: readonly SchLet[];
  readonly rules: readonly SchRule[];
  /** Set when the pattern uses what the runner cannot do (abstract rules, includes …). */
  readonly unsupported?: string;
}

export interface SchRule {
  readonly context: string;
  readonly lets: readonly SchLet[];
  readonly checks: readonly SchCheck[];
}

export type SchSeverity = 'error' | 'warning' | 'info';

export interface SchCheck {
  readonly kind: 'assert' | 'report';
  readonly test: string;
  /** The assertion's own id, else its pattern's: the diagnostic's rule id. */
  readonly id: string;
  readonly severity: SchSeverity;
  readonly message: readonly MessagePart[];
}

/** Text, `<sch:value-of select>` or `<sch:name path?>`. */
export type MessagePart = string | { readonly kind: 'value-of'; readonly select: string } | { readonly kind: 'name'; readonly path: string | null };

export const SCH_NS = 'http://purl.oclc.org/dsdl/schematron';
