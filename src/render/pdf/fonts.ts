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
  /** The code points (first, last) a print needs this face for: it is read only for a text that has one (facesFor). */
  readonly ranges?: ReadonlyArray<readonly [number, number]>;
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
  { family: 'Noto Serif Devanagari', script: 'Devanagari (Sanskrit, Hindi, Marathi, Nepali)', pkg: '@expo-google-fonts/noto-serif-devanagari', files: ['400Regular/NotoSerifDevanagari_400Regular.ttf', '700Bold/NotoSerifDevanagari_700Bold.ttf'], ranges: [[0x0900, 0x097f], [0xa8e0, 0xa8ff]] },
  { family: 'Noto Sans Syriac', script: 'Syriac', pkg: '@expo-google-fonts/noto-sans-syriac', files: ['400Regular/NotoSansSyriac_400Regular.ttf', '700Bold/NotoSansSyriac_700Bold.ttf'] },
  { family: 'Noto Sans Ethiopic', script: 'Ethiopic (Ge\'ez, Amharic, Tigrinya)', pkg: '@expo-google-fonts/noto-sans-ethiopic', files: ['400Regular/NotoSansEthiopic_400Regular.ttf', '700Bold/NotoSansEthiopic_700Bold.ttf'] },
  { family: 'Noto Serif SC', script: 'Chinese, Japanese kanji and kana, Korean hanja', pkg: '@expo-google-fonts/noto-serif-sc', files: ['400Regular/NotoSerifSC_400Regular.ttf'] },
  // Scripts read only where a text has them (ranges): after the faces above, so that what
  // those faces have is set as before.
  { family: 'Noto Serif KR', script: 'Korean hangul', pkg: '@expo-google-fonts/noto-serif-kr', files: ['400Regular/NotoSerifKR_400Regular.ttf'], ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff]] },
  { family: 'Noto Sans Thai', script: 'Thai', pkg: '@expo-google-fonts/noto-sans-thai', files: ['400Regular/NotoSansThai_400Regular.ttf', '700Bold/NotoSansThai_700Bold.ttf'], ranges: [[0x0e00, 0x0e7f]] },
  { family: 'Noto Sans Georgian', script: 'Georgian', pkg: '@expo-google-fonts/noto-sans-georgian', files: ['400Regular/NotoSansGeorgian_400Regular.ttf', '700Bold/NotoSansGeorgian_700Bold.ttf'], ranges: [[0x10a0, 0x10ff], [0x1c90, 0x1cbf], [0x2d00, 0x2d2f]] },
  { family: 'Noto Sans Armenian', script: 'Armenian', pkg: '@expo-google-fonts/noto-sans-armenian', files: ['400Regular/NotoSansArmenian_400Regular.ttf', '700Bold/NotoSansArmenian_700Bold.ttf'], ranges: [[0x0530, 0x058f], [0xfb13, 0xfb17]] },
  { family: 'Noto Serif Bengali', script: 'Bengali', pkg: '@expo-google-fonts/noto-serif-bengali', files: ['400Regular/NotoSerifBengali_400Regular.ttf', '700Bold/NotoSerifBengali_700Bold.ttf'], ranges: [[0x0980, 0x09ff]] },
  { family: 'Noto Sans Tamil', script: 'Tamil', pkg: '@expo-google-fonts/noto-sans-tamil', files: ['400Regular/NotoSansTamil_400Regular.ttf', '700Bold/NotoSansTamil_700Bold.ttf'], ranges: [[0x0b80, 0x0bff]] },
  { family: 'Noto Serif Tibetan', script: 'Tibetan', pkg: '@expo-google-fonts/noto-serif-tibetan', files: ['400Regular/NotoSerifTibetan_400Regular.ttf', '700Bold/NotoSerifTibetan_700Bold.ttf'], ranges: [[0x0f00, 0x0fff]] },
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
 * about 0.1 s of every print). Anything else gets every face but those of scripts it does not
 * have (the faces with ranges): the PDF is the same.
 */
export function facesFor(markup: string): readonly FontFace[] {
  firstFaceCovers ??= cmapCodePoints(readFileSync(fontFiles([fontFaces[0]!])[0]!));
  const seen = new Set<number>();
  const uncovered: number[] = [];
  for (const ch of markup) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || seen.has(c)) continue;
    seen.add(c);
    if (!firstFaceCovers.has(c)) uncovered.push(c);
  }
  if (uncovered.length === 0) return fontFaces.slice(0, 1);
  return fontFaces.filter((f) => f.ranges === undefined || uncovered.some((c) => f.ranges!.some(([a, b]) => c >= a && c <= b)));
}
