import { SaxesParser, type SaxesTagNS } from 'saxes';
import { EditionError, error } from '../diagnostics/index.js';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** `application/@ident` by which a standalone collation (`collate --format tei`) names itself. */
export const collationApplication = 'tei-edition-collate';

/** True when the document is a standalone collation (its header names the application). */
export function isStandaloneCollation(xml: string): boolean {
  const head = xml.slice(0, 65536);
  const at = head.indexOf('</teiHeader>');
  return new RegExp(`<application\\b[^>]*\\bident="${collationApplication}"`).test(at < 0 ? head : head.slice(0, at));
}

/** Elements whose content is no witness's text. */
const editorial = new Set(['teiHeader', 'standOff', 'note', 'witDetail', 'supplied', 'corr', 'reg', 'expan', 'desc']);

interface Frame {
  readonly name: string;
  /** Witnesses whose text this element carries; undefined: every witness. */
  readonly wits: ReadonlySet<string> | undefined;
  readonly skip: boolean;
  /** Inside `app[@type='whitespace']`: text and line breaks are taken as they stand. */
  readonly exact: boolean;
}

const parseWits = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => (p.startsWith('#') ? p.slice(1) : p));

/**
 * Gives back the text of witness `siglum` from a standalone collation written by `collate
 * --format tei` (see docs/tei-conventions.md, "Standalone collation"): text outside `app` is
 * every witness's, a reading's text its witnesses'; `lb[@edRef]` starts a line of that witness
 * only, and the space written just before it is not that witness's (unless the `lb` stands in
 * an `app[@type='whitespace']`, whose readings are spacing as it is).
 */
export function extractCollationWitness(xml: string, siglum: string, file = '<tei>'): string {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const known: string[] = [];
  const out = new Map<string, string>();
  const line = new Map<string, number>();
  const stack: Frame[] = [];
  let inBody = false;

  const add = (wits: ReadonlySet<string> | undefined, text: string): void => {
    for (const w of known) if (!wits || wits.has(w)) out.set(w, out.get(w)! + text);
  };

  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    const name = tag.local;
    const attr = (k: string) => tag.attributes[k]?.value;
    if (name === 'witness' && tag.uri === TEI_NS) {
      const id = attr('xml:id');
      if (id && !out.has(id)) {
        known.push(id);
        out.set(id, '');
        line.set(id, 1);
      }
    }
    if (name === 'body') inBody = true;
    let wits = parent?.wits;
    if ((name === 'lem' || name === 'rdg') && (parent?.name === 'app' || parent?.name === 'rdgGrp')) {
      const named = parseWits(attr('wit'));
      wits = new Set(named.filter((w) => !parent.wits || parent.wits.has(w)));
    }
    const frame: Frame = {
      name,
      wits,
      skip: (parent?.skip ?? false) || tag.uri !== TEI_NS || editorial.has(name),
      exact: (parent?.exact ?? false) || (name === 'app' && attr('type') === 'whitespace'),
    };
    stack.push(frame);
    if (frame.skip || !inBody || name !== 'lb') return;
    const w = parseWits(attr('edRef'))[0];
    const n = Number(attr('n'));
    if (!w || !out.has(w) || !Number.isInteger(n) || (wits && !wits.has(w))) return;
    let text = out.get(w)!;
    if (!frame.exact && text.endsWith(' ')) text = text.slice(0, -1);
    out.set(w, text + '\n'.repeat(Math.max(0, n - line.get(w)!)));
    line.set(w, Math.max(n, line.get(w)!));
  });

  parser.on('text', (text) => {
    const f = stack[stack.length - 1];
    if (!f || f.skip || !inBody) return;
    // Layout: a newline and the indentation after it (witness text here never holds one).
    const value = text.replace(/\n[ \t]*/g, '');
    if (value !== '') add(f.wits, value);
  });

  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.local === 'body') inBody = false;
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    throw new EditionError([
      error({ message: `the TEI file is not well-formed XML: ${(err as Error).message}`, rule: 'extract-not-well-formed', stage: 'extract', file }),
    ]);
  }
  const text = out.get(siglum);
  if (text === undefined) {
    throw new EditionError([
      error({
        message: `witness "${siglum}" is not in this collation`,
        rule: 'extract-unknown-witness',
        stage: 'extract',
        file,
        hint: known.length ? `witnesses here: ${known.join(', ')}` : 'the collation lists no witness (listWit)',
      }),
    ]);
  }
  return text;
}
