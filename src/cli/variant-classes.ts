import type { VariantType } from '../collate/types.js';
import { UsageError } from '../diagnostics/index.js';

/**
 * The variant classes named by --hide (comma-separated), each one of `known`: `collate` and
 * `render` read the option alike. An unknown class is bad usage naming the known ones.
 */
export function parseHide(value: string | undefined, known: readonly VariantType[]): VariantType[] {
  const hide = (value ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = hide.find((x) => !(known as readonly string[]).includes(x));
  if (unknown !== undefined) throw new UsageError(`--hide: "${unknown}" is not a variant class (${known.join(', ')})`);
  return hide as VariantType[];
}
