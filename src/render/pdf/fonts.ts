import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The fonts the print sets text in besides Typst's own (Libertinus Serif, which has Latin,
 * Greek and Cyrillic): Noto faces from the npm registry for the scripts it lacks. The
 * @expo-google-fonts packages ship TrueType files, which Typst reads as they are, so nothing
 * is converted at install. Typst falls back from face to face in the order of `fontFamilies`
 * (book.typ), glyph by glyph, so a line may mix scripts.
 */
export interface FontFace {
  readonly family: string;
  readonly script: string;
  readonly pkg: string;
  readonly files: readonly string[];
}

export const fontFaces: readonly FontFace[] = [
  {
    family: 'Noto Serif',
    script: 'Latin, Greek, Cyrillic (beyond Libertinus)',
    pkg: '@expo-google-fonts/noto-serif',
    files: ['400Regular/NotoSerif_400Regular.ttf', '400Regular_Italic/NotoSerif_400Regular_Italic.ttf', '700Bold/NotoSerif_700Bold.ttf', '700Bold_Italic/NotoSerif_700Bold_Italic.ttf'],
  },
  { family: 'Noto Serif Hebrew', script: 'Hebrew', pkg: '@expo-google-fonts/noto-serif-hebrew', files: ['400Regular/NotoSerifHebrew_400Regular.ttf', '700Bold/NotoSerifHebrew_700Bold.ttf'] },
  { family: 'Noto Naskh Arabic', script: 'Arabic', pkg: '@expo-google-fonts/noto-naskh-arabic', files: ['400Regular/NotoNaskhArabic_400Regular.ttf', '700Bold/NotoNaskhArabic_700Bold.ttf'] },
  { family: 'Noto Serif Devanagari', script: 'Devanagari (Sanskrit, Hindi, Marathi, Nepali)', pkg: '@expo-google-fonts/noto-serif-devanagari', files: ['400Regular/NotoSerifDevanagari_400Regular.ttf', '700Bold/NotoSerifDevanagari_700Bold.ttf'] },
  { family: 'Noto Sans Syriac', script: 'Syriac', pkg: '@expo-google-fonts/noto-sans-syriac', files: ['400Regular/NotoSansSyriac_400Regular.ttf', '700Bold/NotoSansSyriac_700Bold.ttf'] },
  { family: 'Noto Sans Ethiopic', script: 'Ethiopic (Ge\'ez, Amharic, Tigrinya)', pkg: '@expo-google-fonts/noto-sans-ethiopic', files: ['400Regular/NotoSansEthiopic_400Regular.ttf', '700Bold/NotoSansEthiopic_700Bold.ttf'] },
  { family: 'Noto Serif SC', script: 'Chinese, Japanese kanji and kana, Korean hanja', pkg: '@expo-google-fonts/noto-serif-sc', files: ['400Regular/NotoSerifSC_400Regular.ttf'] },
];

/** The families in the order Typst tries them, the print's own first. */
export const fontFamilies: readonly string[] = ['Libertinus Serif', ...fontFaces.map((f) => f.family)];

/** Where the font files of these faces (default: every face) are. */
export function fontFiles(faces: readonly FontFace[] = fontFaces): string[] {
  return faces.flatMap((face) => {
    const dir = dirname(require.resolve(`${face.pkg}/package.json`));
    return face.files.map((f) => join(dir, f));
  });
}

/** The font files of these faces, read (a compiler keeps them for every compilation). */
export function fontBlobs(faces: readonly FontFace[] = fontFaces): Buffer[] {
  return fontFiles(faces).map((f) => readFileSync(f));
}

/**
 * The code points a TrueType or OpenType font maps to a glyph: its `cmap` table's Unicode
 * subtable (format 12, else format 4). Written here because only this one table of one font
 * is needed, to decide which fonts a print loads; a font library would parse the whole font.
 */
export function cmapCodePoints(font: Buffer): Set<number> {
  const points = new Set<number>();
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) === 'cmap') cmap = font.readUInt32BE(at + 8);
  }
  if (cmap < 0) return points;
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    subtables.push({ platform: font.readUInt16BE(at), encoding: font.readUInt16BE(at + 2), offset: cmap + font.readUInt32BE(at + 4) });
  }
  const full = subtables.find((s) => font.readUInt16BE(s.offset) === 12 && (s.platform === 0 || (s.platform === 3 && s.encoding === 10)));
  if (full) {
    const groups = font.readUInt32BE(full.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = full.offset + 16 + g * 12;
      const [start, end, glyph] = [font.readUInt32BE(at), font.readUInt32BE(at + 4), font.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
    }
    return points;
  }
  const bmp = subtables.find((s) => font.readUInt16BE(s.offset) === 4 && (s.platform === 0 || (s.platform === 3 && s.encoding === 1)));
  if (!bmp) return points;
  const segments = font.readUInt16BE(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [font.readUInt16BE(starts + s * 2), font.readUInt16BE(ends + s * 2)];
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
  return points;
}

let firstFaceCovers: Set<number> | undefined;

/**
 * The faces a print of this Typst markup needs. Typst looks for each character in the
 * families' order (Libertinus Serif, then the faces above) and takes the first that has it; a
 * text whose every character the first face (Noto Serif: Latin, Greek, Cyrillic) has never
 * reaches the Hebrew, Arabic and CJK faces, so they are not read (the CJK face alone is 15 MB:
 * about 0.1 s of every print). Anything else gets every face, as before: the PDF is the same.
 */
export function facesFor(markup: string): readonly FontFace[] {
  firstFaceCovers ??= cmapCodePoints(readFileSync(fontFiles([fontFaces[0]!])[0]!));
  const seen = new Set<number>();
  for (const ch of markup) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || seen.has(c)) continue;
    seen.add(c);
    if (!firstFaceCovers.has(c)) return fontFaces;
  }
  return fontFaces.slice(0, 1);
}
