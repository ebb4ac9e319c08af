import { z } from 'zod';

/**
 * Editorial decisions an edition takes once for the whole text, kept in its rules data
 * (`editorial`), each with the reason the review report prints. The defaults are those of a
 * historical edition in the TEI tradition; an edition states its own where they differ.
 */
export const editorialDecisions = z
  .object({
    /** What counts as an organisation, for discovery and typing of new names. */
    organisations: z
      .object({
        /** Movements and their members ("the Bolsheviks", "Trotskyists"): default not organisations. */
        movements: z.boolean().default(false),
        /** Governments named by their country or party ("the Danish government"): default organisations. */
        governments: z.boolean().default(true),
        /** Party and state bodies ("the Politburo", "the Central Committee"): default organisations. */
        partyBodies: z.boolean().default(true),
        reason: z
          .string()
          .default('a body that acts and is named (a government, a party body, a committee, an agency, a newspaper’s publisher) is an organisation; a movement and its members are described, not named'),
      })
      .strict()
      .default({}),
    /** Whether a signature ("(L.S.)" under a note) is a mention of its signer. */
    signatures: z
      .object({
        mentions: z.boolean().default(false),
        reason: z.string().default('a signature attributes the note; it does not speak of its signer, so the index of persons leaves it out (tagged type="signature")'),
      })
      .strict()
      .default({}),
    /** Plurals of names used for the type of a person ("the Vyshinskys"): never corrected. */
    plurals: z
      .object({
        /** Forms the editors confirmed as deliberate plurals (besides register forms of type "plural"). */
        forms: z.array(z.string().min(1)).default([]),
        reason: z
          .string()
          .default('a register name followed by -s is read as a deliberate plural (the type of the person), proposed as a form of type "plural", never as a correction'),
      })
      .strict()
      .default({}),
  })
  .strict();
export type EditorialDecisions = z.output<typeof editorialDecisions>;

export const defaultEditorialDecisions: EditorialDecisions = editorialDecisions.parse({});

/** The decisions as lines of the review report: what was decided, and why. */
export function describeDecisions(d: EditorialDecisions): Array<{ name: string; value: string; reason: string }> {
  const o = d.organisations;
  const yes = (b: boolean) => (b ? 'organisations' : 'not organisations');
  return [
    {
      name: 'organisations',
      value: `movements: ${yes(o.movements)}; governments: ${yes(o.governments)}; party and state bodies: ${yes(o.partyBodies)}`,
      reason: o.reason,
    },
    { name: 'signatures', value: d.signatures.mentions ? 'mentions of the signer' : 'not mentions (type="signature")', reason: d.signatures.reason },
    { name: 'plurals', value: d.plurals.forms.length > 0 ? `deliberate: ${d.plurals.forms.join(', ')}` : 'register forms of type "plural"', reason: d.plurals.reason },
  ];
}
