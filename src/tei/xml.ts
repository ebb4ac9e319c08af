import type { XmlElement } from './tree.js';

/** What the TEI writers append to: an element of ./tree.ts. */
export type XMLBuilder = XmlElement;

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** Attributes without the undefined ones, in the order given (so output is stable). */
export function attrs(values: Record<string, string | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') out[k] = String(v);
  return out;
}

export const pointer = (id: string): string => (id.startsWith('#') ? id : `#${id}`);
export const pointers = (ids: readonly string[]): string => ids.map(pointer).join(' ');
