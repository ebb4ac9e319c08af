// Paragraphs marked by indentation alone, with no blank line between them. The essay's lines are
// The Federalist No. 1 (1787, public domain) as the Project Gutenberg etext feder16.txt prints
// them (a paragraph's first line at the margin, its other lines indented by one space); taken
// from rudeboybert/Federalist, commit c7f76fb6a3a9c090b299807cb9c6745151e5520b,
// federalist_papers.txt, lines 266-301 and 404-424.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/block.js';
import { splitBlocks } from '../../src/structure/raw-blocks.js';
import { splitIndentedParagraphs } from '../../src/structure/indented-paragraphs.js';
import { sourceLines } from '../../src/structure/source-lines.js';
import { toTei } from '../../src/tei/document.js';
import { extractWitness } from '../../src/tei/extract.js';
import { editionOf, witnessOf } from '../helpers/in-memory.js';
import { repoRoot } from '../helpers/edition-dir.js';
import { jingErrors, teiAllSchema } from '../helpers/schema.js';

const essay = [
  'FEDERALIST. No. 1',
  '',
  'General Introduction',
  'For the Independent Journal.',
  '',
  'HAMILTON',
  '',
  'To the People of the State of New York:',
  'AFTER an unequivocal experience of the inefficiency of the',
  ' subsisting federal government, you are called upon to deliberate on',
  ' a new Constitution for the United States of America. The subject',
  ' speaks its own importance; comprehending in its consequences',
  ' nothing less than the existence of the UNION, the safety and welfare',
  ' of the parts of which it is composed, the fate of an empire in many',
  ' respects the most interesting in the world. It has been frequently',
  ' remarked that it seems to have been reserved to the people of this',
  ' country, by their conduct and example, to decide the important',
  ' question, whether societies of men are really capable or not of',
  ' establishing good government from reflection and choice, or whether',
  ' they are forever destined to depend for their political',
  ' constitutions on accident and force. If there be any truth in the',
  ' remark, the crisis at which we are arrived may with propriety be',
  ' regarded as the era in which that decision is to be made; and a',
  ' wrong election of the part we shall act may, in this view, deserve',
  ' to be considered as the general misfortune of mankind.',
  'This idea will add the inducements of philanthropy to those of',
  ' patriotism, to heighten the solicitude which all considerate and',
  ' good men must feel for the event. Happy will it be if our choice',
  ' should be directed by a judicious estimate of our true interests,',
  ' unperplexed and unbiased by considerations not connected with the',
  ' public good. But this is a thing more ardently to be wished than',
  ' seriously to be expected. The plan offered to our deliberations',
  ' affects too many particular interests, innovates upon too many local',
  ' institutions, not to involve in its discussion a variety of objects',
  ' foreign to its merits, and of views, passions and prejudices little',
  ' favorable to the discovery of truth.',
  'It may perhaps be thought superfluous to offer arguments to',
  ' prove the utility of the UNION, a point, no doubt, deeply engraved',
  ' on the hearts of the great body of the people in every State, and',
  ' one, which it may be imagined, has no adversaries. But the fact is,',
  ' that we already hear it whispered in the private circles of those',
  ' who oppose the new Constitution, that the thirteen States are of too',
  ' great extent for any general system, and that we must of necessity',
  ' resort to separate confederacies of distinct portions of the',
  ' whole.1 This doctrine will, in all probability, be gradually',
  ' propagated, till it has votaries enough to countenance an open',
  ' avowal of it. For nothing can be more evident, to those who are',
  ' able to take an enlarged view of the subject, than the alternative',
  ' of an adoption of the new Constitution or a dismemberment of the',
  ' Union. It will therefore be of use to begin by examining the',
  ' advantages of that Union, the certain evils, and the probable',
  ' dangers, to which every State will be exposed from its dissolution.',
  ' This shall accordingly constitute the subject of my next address.',
  ' PUBLIUS.',
  '1 The same idea, tracing the arguments to their consequences, is',
  ' held out in several of the late publications against the new',
  ' Constitution.',
].join('\n');

const kinds = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.kind === 'div' || b.kind === 'letter' ? [`${b.kind}(`, ...kinds(b.blocks), ')'] : [b.kind]));
const starts = (text: string): string[] =>
  splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', text)))).blocks.map((b) => b.lines[0]!.text.trim().split(/\s+/u).slice(0, 3).join(' '));

describe('paragraphs marked by indentation', () => {
  it('cuts a hanging-indented essay at each line that starts at the margin, and its signature off the last paragraph', () => {
    const found = splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', essay))));
    expect(found.convention).toBe('hanging');
    expect(starts(essay)).toEqual([
      'FEDERALIST. No. 1',
      'General Introduction',
      'For the Independent',
      'HAMILTON',
      'To the People',
      'AFTER an unequivocal',
      'This idea will',
      'It may perhaps',
      'PUBLIUS.',
      '1 The same',
    ]);
  });

  it('makes an open letter of it: the address as its salute, the paragraphs, the signature; valid and lossless', () => {
    const e = editionOf([witnessOf('A', essay)]);
    expect(e.diagnostics.map((d) => d.rule)).toContain('structure-indented-paragraphs');
    const blocks = kinds(e.body[0]!.blocks).join(' ');
    expect(blocks).toMatch(/letter\( opener p p p closer \)/u);
    const tei = toTei(e);
    expect(tei).toContain('<salute><lb edRef="#A" n="8"/>To the People of the State of New York:</salute>');
    expect(tei).toMatch(/<signed><lb edRef="#A" n="\d+"\/> PUBLIUS\.<\/signed>/u);
    expect(extractWitness(tei, 'A')).toBe(essay);
    expect(jingErrors(tei, teiAllSchema()!)).toEqual([]);
  });

  it('cuts the same paragraphs laid out with their first lines indented', () => {
    // The essay's words, laid out the other common way: first line indented, others at the margin.
    const paragraphs = essay.split('\n').slice(8, 36);
    const relaid = paragraphs.map((l) => (l.startsWith(' ') ? l.trimStart() : `    ${l}`)).join('\n');
    const found = splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', `${relaid}\n${relaid}`))));
    expect(found.convention).toBe('first-line');
    expect(found.blocks.map((b) => b.lines[0]!.text.trim().slice(0, 12))).toEqual(['AFTER an une', 'This idea wi', 'AFTER an une', 'This idea wi']);
  });

  it('cuts a novel of short paragraphs and dialogue laid out with first lines indented (Frankenstein, 1818)', () => {
    // The witness's paragraphs, apart by blank lines there, run together with their first
    // lines indented (headings, the quoted poem and the note keep their blank lines).
    const text = readFileSync(join(repoRoot, 'examples/frankenstein/witnesses/frankenstein-1818.txt'), 'utf8');
    const prose = (p: string): boolean => /^[“"\p{Lu}]/u.test(p) && !/^(?:CHAPTER|LETTER)\b/u.test(p) && p.includes('\n');
    const paras = text.split('\n\n');
    const relaid = paras.map((p, i) => (prose(p) ? `${prose(paras[i - 1] ?? '') ? '' : '\n'}    ${p}` : `\n${p}\n`)).join('\n');
    const found = splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', relaid))));
    expect(found.convention).toBe('first-line');
    const starts = new Set(found.blocks.map((b) => b.lines[0]!.text.trim()));
    const runTogether = paras.filter((p, i) => prose(p) && prose(paras[i - 1] ?? '') && /[.!?:;”’]\s*$/u.test(paras[i - 1]!));
    expect(runTogether.length).toBeGreaterThan(20);
    expect(runTogether.filter((p) => !starts.has(p.split('\n')[0]!.trim()))).toEqual([]);
  });

  it('cuts one-line paragraphs that follow each other, each at its indent', () => {
    const paragraphs = essay.split('\n').slice(8, 36);
    const relaid = paragraphs.map((l) => (l.startsWith(' ') ? l.trimStart() : `    ${l}`));
    // two sentences of the essay as paragraphs of one line each, after the first paragraph
    const lines = [...relaid.slice(0, 17), '    Candor will oblige us to admit that even such men may be actuated by upright intentions.', '    Heresies in either can rarely be cured by persecution.', ...relaid.slice(17)];
    const found = splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', `${lines.join('\n')}\n${relaid.join('\n')}`))));
    expect(found.blocks.map((b) => b.lines[0]!.text.trim().slice(0, 12))).toEqual(['AFTER an une', 'Candor will ', 'Heresies in ', 'This idea wi', 'AFTER an une', 'This idea wi']);
  });

  it('does not cut a poem quoted at an indent in a text with blank lines between its paragraphs (Frankenstein, 1818)', () => {
    // "And turns no more his head;" ends like a sentence and the next line opens like a paragraph
    const text = readFileSync(join(repoRoot, 'examples/frankenstein/witnesses/frankenstein-1818.txt'), 'utf8');
    const found = splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', text))));
    expect(found.convention).toBeUndefined();
    expect(found.cuts).toBe(0);
  });

  it('leaves a text with blank lines between its paragraphs as it is, indented first lines and all', () => {
    const paragraphs = essay.split('\n').slice(8, 36);
    const spaced = paragraphs.map((l) => (l.startsWith(' ') ? l.trimStart() : `\n    ${l}`)).join('\n');
    const found = splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', `${spaced}\n${spaced}`))));
    expect(found.convention).toBeUndefined();
    expect(found.cuts).toBe(0);
  });

  it('does not cut a poem whose every other line is indented', () => {
    // Blake, "The Tyger" (1794, public domain), its stanzas run together, even lines indented.
    const tyger = [
      'Tyger Tyger, burning bright,', 'In the forests of the night;', 'What immortal hand or eye,', 'Could frame thy fearful symmetry?',
      'In what distant deeps or skies.', 'Burnt the fire of thine eyes?', 'On what wings dare he aspire?', 'What the hand, dare seize the fire?',
      'And what shoulder, & what art,', 'Could twist the sinews of thy heart?', 'And when thy heart began to beat,', 'What dread hand? & what dread feet?',
      'What the hammer? what the chain,', 'In what furnace was thy brain?', 'What the anvil? what dread grasp,', 'Dare its deadly terrors clasp!',
      'When the stars threw down their spears', "And water'd heaven with their tears:", 'Did he smile his work to see?', 'Did he who made the Lamb make thee?',
      'Tyger Tyger burning bright,', 'In the forests of the night:', 'What immortal hand or eye,', 'Dare frame thy fearful symmetry?',
    ].map((l, i) => (i % 2 ? `  ${l}` : l));
    const found = splitIndentedParagraphs(splitBlocks(sourceLines(witnessOf('A', tyger.join('\n')))));
    expect(found.convention).toBeUndefined();
    expect(found.blocks).toHaveLength(1);
  });
});
