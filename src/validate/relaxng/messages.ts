import type salve from 'salve';
import { XML_NS } from '../xml/events.js';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

interface NameLike {
  ns?: string;
  name?: string;
  a?: NameLike;
  b?: NameLike;
  except?: NameLike;
}

/** A salve name pattern as a reader expects it: TEI names bare, xml:id, others in `{ns}` form. */
export function formatName(pattern: unknown): string {
  const n = pattern as NameLike;
  if (n.a && n.b) return `${formatName(n.a)} or ${formatName(n.b)}`;
  if (n.name !== undefined) return qualify(n.ns ?? '', n.name);
  if (n.ns !== undefined) return `any name in ${n.ns === '' ? 'no namespace' : n.ns}`;
  return 'any name';
}

export function qualify(ns: string, local: string): string {
  if (ns === '' || ns === TEI_NS) return local;
  if (ns === XML_NS) return `xml:${local}`;
  return `{${ns}}${local}`;
}

/** What went wrong, where salve said it, in words and a stable rule id. */
export interface RngProblem {
  readonly message: string;
  readonly rule: string;
}

/**
 * Turns a salve error into a message. `element` is the element being read (or closed),
 * `detail` the attribute value or text involved.
 */
export function describeRngError(err: salve.ValidationError, element: string, detail?: string): RngProblem {
  const names = err.getNames().map(formatName);
  const name = names.join(' or ');
  switch (err.msg) {
    case 'tag not allowed here':
      return { rule: 'rng-element-not-allowed', message: `element "${name}" not allowed here (in "${element}")` };
    case 'attribute not allowed here':
      return { rule: 'rng-attribute-not-allowed', message: `attribute "${name}" not allowed on "${element}"` };
    case 'invalid attribute value':
      return {
        rule: 'rng-attribute-value',
        message: `attribute "${name}" of "${element}" has an invalid value${detail === undefined ? '' : ` "${clip(detail)}"`}`,
      };
    case 'attribute missing':
      return { rule: 'rng-attribute-missing', message: `element "${element}" lacks the required attribute "${name}"` };
    case 'tag required':
      return { rule: 'rng-element-missing', message: `element "${element}" is incomplete: it needs "${name}"` };
    case 'text not allowed here':
      return { rule: 'rng-text-not-allowed', message: `text not allowed here (in "${element}")${detail ? `: "${clip(detail.trim())}"` : ''}` };
    case 'value required':
    case 'unfulfilled list':
      return { rule: 'rng-value', message: `the content of "${element}" is not a valid value${detail ? ` ("${clip(detail.trim())}")` : ''}` };
    default:
      if (names.length > 0 && err.constructor.name === 'ChoiceError' && element === '(document)') {
        return { rule: 'rng-choice', message: `the document needs one of these root elements: ${names.join(', ')}` };
      }
      if (names.length > 0 && err.constructor.name === 'ChoiceError') {
        return { rule: 'rng-choice', message: `"${element}" needs one of: ${names.join(', ')}` };
      }
      return { rule: 'rng-invalid', message: `${err.msg}${name ? `: ${name}` : ''} (in "${element}")` };
  }
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
