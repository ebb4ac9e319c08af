import {
  EditionError,
  error
} from "./chunk-J2IIOPIV.js";

// dist/annotate/editorial.js
import { z } from "zod";
var editorialDecisions = z.object({
  organisations: z.object({
    movements: z.boolean().default(false).describe('Movements and their members ("the Chartists", "the Jacobins"): default not organisations.'),
    governments: z.boolean().default(true).describe('Governments named by their country or party ("the Danish government"): default organisations.'),
    partyBodies: z.boolean().default(true).describe('Party and state bodies ("the Politburo", "the Central Committee"): default organisations.'),
    reason: z.string().default("a body that acts and is named (a government, a party body, a committee, an agency, a newspaper\u2019s publisher) is an organisation; a movement and its members are described, not named").describe("Why, for the review report.")
  }).strict().default({}).describe("What counts as an organisation, for discovery and typing of new names."),
  signatures: z.object({
    mentions: z.boolean().default(false).describe('Whether a signature (e.g. "(A.B.)") is a mention of its signer (default false: it attributes the note, and the index leaves it out).'),
    reason: z.string().default('a signature attributes the note; it does not speak of its signer, so the index of persons leaves it out (tagged type="signature")').describe("Why, for the review report.")
  }).strict().default({}).describe('Whether a signature (e.g. "(A.B.)" under a note) is a mention of its signer.'),
  plurals: z.object({
    forms: z.array(z.string().min(1)).default([]).describe('Forms the editors confirmed as deliberate plurals (besides register forms of type "plural").'),
    reason: z.string().default('a register name followed by -s is read as a deliberate plural (the type of the person), proposed as a form of type "plural", never as a correction').describe("Why, for the review report.")
  }).strict().default({}).describe('Plurals of names used for the type of a person ("the Smiths of this world"): never corrected.')
}).strict();
var defaultEditorialDecisions = editorialDecisions.parse({});
function describeDecisions(d) {
  const o = d.organisations;
  const yes = (b) => b ? "organisations" : "not organisations";
  return [
    {
      name: "organisations",
      value: `movements: ${yes(o.movements)}; governments: ${yes(o.governments)}; party and state bodies: ${yes(o.partyBodies)}`,
      reason: o.reason
    },
    { name: "signatures", value: d.signatures.mentions ? "mentions of the signer" : 'not mentions (type="signature")', reason: d.signatures.reason },
    { name: "plurals", value: d.plurals.forms.length > 0 ? `deliberate: ${d.plurals.forms.join(", ")}` : 'register forms of type "plural"', reason: d.plurals.reason }
  ];
}

// dist/annotate/data.js
import { z as z2 } from "zod";
var pointer = z2.string().regex(/^#[A-Za-z_][\w.-]*$/, 'a pointer looks like "#id"');
var correctionRule = z2.object({
  sic: z2.string().min(1).describe("The erroneous text as it stands in the witness (a whole word or words)."),
  corr: z2.string().min(1).describe("The corrected text."),
  reason: z2.string().min(1).describe("Why: what kind of error, and how the correction is known."),
  resp: pointer.optional().describe("Who corrects (default: the notes' editor pointer of the config)."),
  source: z2.union([pointer, z2.string().regex(/^https?:\/\/\S+$/, 'a source is a pointer "#id" or an http(s) URI')]).optional().describe("Where the corrected form comes from (default: the register entry that has it): a pointer, or the URI of a reference work."),
  context: z2.string().min(1).optional().describe("When the same letters are right elsewhere: a longer text around the error, quoted as it stands in the witness; only the error inside it is corrected."),
  witness: z2.string().optional().describe("Restrict to one witness."),
  line: z2.number().int().positive().optional().describe("Where the editor saw the error: tells several occurrences of the context apart."),
  expect: z2.number().int().nonnegative().optional().describe("How many occurrences the editor expects; a different count is reported."),
  cert: z2.enum(["high", "medium", "low"]).optional().describe("How sure the correction is (`corr/@cert`); absent: not stated.")
}).strict().refine((r) => r.context === void 0 || r.context.includes(r.sic), { message: '"context" must contain the "sic" text', path: ["context"] });
var correctionsFile = z2.object({ corrections: z2.array(correctionRule).describe("The corrections, one per error (or per context where the same letters are right elsewhere).") }).strict();
var exclusionRule = z2.object({
  id: z2.string().regex(/^[a-z][a-z0-9-]*$/).describe("Id of the rule (lower case, digits, hyphens)."),
  form: z2.string().min(1).describe("The register form concerned, as written in the register."),
  before: z2.string().optional().describe("Regular expression the text just before the form must match (anchored at its end)."),
  after: z2.string().optional().describe("Regular expression the text just after the form must match (anchored at its start)."),
  reason: z2.string().min(1).describe("Why the form is not a mention there.")
}).strict().refine((r) => r.before !== void 0 || r.after !== void 0, { message: 'give "before" or "after"' });
var decisionKinds = ["not-entity", "adjective", "movement", "event", "work", "office", "abbreviation", "generic"];
var decisionRule = z2.object({
  form: z2.string().min(1).describe("The capitalised word or phrase, as it stands in the text."),
  decision: z2.enum(decisionKinds),
  reason: z2.string().min(1).describe("Why, for the editorial record.")
}).strict();
var rejectionRule = z2.object({
  id: z2.string().min(1).describe("The item's id when it was rejected."),
  rule: z2.string().min(1).describe("The rule of the review item rejected."),
  text: z2.string().min(1).describe("The text of the review item rejected."),
  reason: z2.string().min(1).describe("Why the editors rejected it.")
}).strict();
var rulesFile = z2.object({
  exclusions: z2.array(exclusionRule).default([]).describe("Contexts in which a register form is not a mention of its entry."),
  decisions: z2.array(decisionRule).default([]).describe("Capitalised words the editors decided are not names, with the kind and the reason."),
  rejections: z2.array(rejectionRule).default([]).describe("Review items the editors rejected (written by `tei-edition review reject`), so they are not proposed again."),
  editorial: editorialDecisions.default({}).describe("Editorial decisions about what counts as what (organisations, signatures, plurals).")
}).strict();
var emptyRules = rulesFile.parse({});
var withRuleDefaults = (rules) => rulesFile.parse(rules);
function checkRules(rules, file) {
  const bad = rules.exclusions.flatMap((r) => ["before", "after"].flatMap((k) => {
    const source = r[k];
    if (source === void 0)
      return [];
    try {
      new RegExp(source, "u");
      return [];
    } catch (err) {
      return [error({ message: `exclusion "${r.id}": "${k}" is not a valid regular expression: ${err.message}`, rule: "data-schema", stage: "annotate", file })];
    }
  }));
  if (bad.length > 0)
    throw new EditionError(bad);
  return rules;
}

// dist/model/position.js
function sliceSpan(span, from, to) {
  const { start } = span;
  return {
    wit: span.wit,
    start: { line: start.line, column: start.column + from, offset: start.offset + from },
    end: { line: start.line, column: start.column + to, offset: start.offset + to }
  };
}

export {
  describeDecisions,
  correctionRule,
  correctionsFile,
  rulesFile,
  emptyRules,
  withRuleDefaults,
  checkRules,
  sliceSpan
};
