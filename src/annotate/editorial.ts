import { z } from 'zod';

/**
 * Editorial decisions an edition takes once for the whole text, kept in its rules data
 * (`editorial`), each with the reason the review report prints. The defaults are those of a
 * historical edition in the TEI tradition; an edition states its own where they differ.
 */
export const editorialDecisions = z
  .object({
    organisations: z
      .object({
        movements: z.boolean().default(false).describe('Movements and their members ("the Chartists", "the Jacobins"): default not organisations.'),
        governments: z.boolean().default(true).describe('Governments named by their country or party ("the Danish government"): default organisations.'),
        partyBodies: z.boolean().default(true).describe('Party and state bodies ("the Politburo", "the Central Committee"): default organisations.'),
        reason: z
          .string()
          .default('a body that acts and is named (a government, a party body, a committee, an agency, a newspaper’s publisher) is an organisation; a movement and its members are described, not named').describe('Why, for the review report.'),
      })
      .strict()
      .default({}).describe('What counts as an organisation, for discovery and typing of new names.'),
    signatures: z
      .object({
        mentions: z.boolean().default(false).describe('Whether a signature (e.g. "(A.B.)") is a mention of its signer (default false: it attributes the note, and the index leaves it out).'),
        reason: z.string().default('a signature attributes the note; it does not speak of its signer, so the index of persons leaves it out (tagged type="signature")').describe('Why, for the review report.'),
      })
      .strict()
      .default({}).describe('Whether a signature (e.g. "(A.B.)" under a note) is a mention of its signer.'),
    plurals: z
      .object({
        forms: z.array(z.string().min(1)).default([]).describe('Forms the editors confirmed as deliberate plurals (besides register forms of type "plural").'),
        reason: z
          .string()
          .default('a register name followed by -s is read as a deliberate plural (the type of the person), proposed as a form of type "plural", never as a correction').describe('Why, for the review report.'),
      })
      .strict()
      .default({}).describe('Plurals of names used for the type of a person ("the Smiths of this world"): never corrected.'),
  })
  .strict();
export type EditorialDecisions = z.output<typeof editorialDecisions>;

export const defaultEditorialDecisions: EditorialDecisions = editorialDecisions.parse({});

/**
 * The decisions as lines of the review report: what was decided, and why; `asDefault` when a
 * decision is the toolkit's default (so that the editors see which ones they have not taken).
 */
export function describeDecisions(d: EditorialDecisions): Array<{ name: string; value: string; reason: string; asDefault: boolean }> {
  const o = d.organisations;
  const yes = (b: boolean) => (b ? 'organisations' : 'not organisations');
  const lines = [
    {
      name: 'organisations',
      value: `movements: ${yes(o.movements)}; governments: ${yes(o.governments)}; party and state bodies: ${yes(o.partyBodies)}`,
      reason: o.reason,
    },
    { name: 'signatures', value: d.signatures.mentions ? 'mentions of the signer' : 'not mentions (type="signature")', reason: d.signatures.reason },
    { name: 'plurals', value: d.plurals.forms.length > 0 ? `deliberate: ${d.plurals.forms.join(', ')}` : 'register forms of type "plural"', reason: d.plurals.reason },
  ] as const;
  return lines.map((l) => ({ ...l, asDefault: JSON.stringify(d[l.name]) === JSON.stringify(defaultEditorialDecisions[l.name]) }));
}
