export type RegisterKind = 'persons' | 'places' | 'orgs' | 'bibls';

/**
 * A register file as the editors keep it: TEI with one listPerson / listPlace / listOrg /
 * listBibl. The edition includes `xml` verbatim, so nothing an editor wrote is lost;
 * `entries` is what the annotation stage matches against.
 */
export interface Register {
  readonly kind: RegisterKind;
  /** The file as named in the config. */
  readonly file: string;
  /** The list element, serialised, as it stands in the file. */
  readonly xml: string;
  readonly entries: readonly RegisterEntry[];
}

export interface RegisterEntry {
  readonly id: string;
  readonly kind: RegisterKind;
  /** Regularised name. */
  readonly name: string;
}
