import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's poppler-utils: the tools the PDF tests read the PDF with. */
const tools = ['pdftotext', 'pdffonts', 'pdfinfo', 'pdftoppm'] as const;

export const popplerAvailable = tools.every((t) => spawnSync(t, ['-v'], { stdio: 'ignore' }).error === undefined);
export const popplerMissing = `poppler-utils not installed (${tools.join(', ')}); CI installs it from .ci/apt-packages`;

function run(tool: (typeof tools)[number], args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** The text of a PDF in reading order (pages separated by form feeds); `extra`: more options (a crop). */
export const pdfText = (file: string, first?: number, last?: number, extra: readonly string[] = []): string =>
  run('pdftotext', [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), ...extra, '-enc', 'UTF-8', file, '-']);

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

/** The fonts pdffonts lists, with whether each is embedded. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
  // Columns: name type encoding emb sub uni object ID; the name has no spaces, the type may.
  return lines.map((l) => {
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(l);
    if (!m) throw new Error(`cannot read pdffonts line: ${l}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes' };
  });
}

/** pdfinfo's fields ("Title", "Pages", "Tagged" ...). */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** The XMP metadata stream of a PDF. */
export const pdfXmp = (file: string): string => run('pdfinfo', ['-meta', file]);

/** Renders one page as PNG (`<prefix>-<page>.png` or with zero padding, as pdftoppm names it). */
export function pdfPagePng(file: string, page: number, prefix: string, dpi = 80): void {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), file, prefix]);
}

/** A word of a PDF and its box, in points from the top left of its page (pdftotext -bbox). */
export interface PdfWordBox {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** The words of a PDF with their boxes, page by page. */
export function pdfWordBoxes(file: string): PdfWordBox[] {
  const html = pdfText(file, undefined, undefined, ['-bbox']);
  const found: PdfWordBox[] = [];
  html.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      found.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
    }
  });
  return found;
}

/** The text of a PDF held in memory, in reading order (through a temporary file pdftotext reads). */
export function pdfTextOfBytes(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'tei-pdf-text-'));
  try {
    const file = join(dir, 'made.pdf');
    writeFileSync(file, pdf);
    return pdfText(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
