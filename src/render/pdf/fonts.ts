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
  { family: 'Noto Serif SC', script: 'Chinese, Japanese kanji and kana, Korean hanja', pkg: '@expo-google-fonts/noto-serif-sc', files: ['400Regular/NotoSerifSC_400Regular.ttf'] },
];

/** The families in the order Typst tries them, the print's own first. */
export const fontFamilies: readonly string[] = ['Libertinus Serif', ...fontFaces.map((f) => f.family)];

/** Where the font files are. */
export function fontFiles(): string[] {
  return fontFaces.flatMap((face) => {
    const dir = dirname(require.resolve(`${face.pkg}/package.json`));
    return face.files.map((f) => join(dir, f));
  });
}

/** The font files, read once per process (Typst keeps them for every compilation). */
export function fontBlobs(): Buffer[] {
  return fontFiles().map((f) => readFileSync(f));
}
