/**
 * Which rules run besides RELAX NG (and the xml:id check, which belongs to XML itself):
 * `tei` the Schematron embedded in the schema, `edition` our edition rules, `all` both, `none`
 * neither (what jing checks).
 */
export const ruleSets = ['none', 'tei', 'edition', 'all'] as const;
export type RuleSet = (typeof ruleSets)[number];

export const runsTeiSchematron = (r: RuleSet): boolean => r === 'tei' || r === 'all';
export const runsEditionRules = (r: RuleSet): boolean => r === 'edition' || r === 'all';
