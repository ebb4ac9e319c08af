// dist/config/sections/annotation.js
import { z } from "zod";
var annotationConfig = z.object({
  corrections: z.string().optional().describe("Editor's corrections of transcription errors (JSON data, see editorial/corrections.json)."),
  rules: z.string().optional().describe("Editor's context rules and decisions about capitalised words (JSON data)."),
  dates: z.object({
    minYear: z.number().int().default(1500).describe("Four-digit numbers in this range are read as years."),
    maxYear: z.number().int().default(2099).describe("Four-digit numbers up to this are read as years (with minYear)."),
    numericOrder: z.enum(["dmy", "mdy"]).default("dmy").describe("Order of numeric dates such as 13.2.2005: day first (`dmy`) or month first (`mdy`).")
  }).strict().default({}).describe("How dates are read and normalised."),
  review: z.object({
    unknownNames: z.boolean().default(true).describe("Look for capitalised names in no register (wink-nlp); off makes the stage faster."),
    nearMiss: z.object({ short: z.number().int().min(0).default(1).describe("Largest edit distance for words of 5 to 8 letters."), long: z.number().int().min(0).default(2).describe("Largest edit distance for words of 9 letters or more.") }).strict().default({}).describe("Largest edit distance for a near-miss spelling, per word length \u2265 5 / \u2265 9 characters.")
  }).strict().default({}).describe("What the review report looks for.")
}).strict();

export {
  annotationConfig
};
