import salve from 'salve';
import type { XmlEventHandler, XmlStartTag } from '../xml/events.js';
import { describeRngError, qualify } from './messages.js';
import type { Grammar } from './convert.js';

/** A RELAX NG error at an offset of the document text. */
export interface RngFinding {
  readonly offset: number;
  readonly rule: string;
  readonly message: string;
}

/**
 * Feeds a document's events to a salve walker and collects every error (salve recovers after
 * each one, so a file gets all its errors, not just the first). Attributes are sent one by
 * one so that an error points at the attribute itself.
 */
export class RngChecker implements XmlEventHandler {
  readonly findings: RngFinding[] = [];
  private readonly walker: salve.GrammarWalker<salve.DefaultNameResolver>;
  private readonly open: string[] = [];
  private pending = '';
  private textOffset = 0;

  constructor(grammar: Grammar) {
    this.walker = grammar.newWalker(new salve.DefaultNameResolver());
  }

  startElement(tag: XmlStartTag): void {
    this.flushText();
    const name = qualify(tag.uri, tag.local);
    const parent = this.open[this.open.length - 1] ?? '(document)';
    this.fire('enterStartTag', [tag.uri, tag.local], tag.offset, parent);
    this.open.push(name);
    for (const a of tag.attributes) {
      if (a.isNamespaceDeclaration) continue;
      const nameErrors = this.walker.fireEvent('attributeName', [a.uri, a.local]);
      if (nameErrors) {
        this.record(nameErrors, a.offset, name, a.value);
        // salve expects the value next even after a refused name; it swallows it.
      }
      this.fire('attributeValue', [a.value], a.offset, name, a.value);
    }
    this.fire('leaveStartTag', [], tag.offset, name);
  }

  text(t: string, offset: number): void {
    if (this.open.length === 0) return;
    if (this.pending === '') this.textOffset = offset;
    this.pending += t;
  }

  endElement(uri: string, local: string, offset: number): void {
    this.flushText();
    const name = this.open.pop() ?? qualify(uri, local);
    this.fire('endTag', [uri, local], offset, name);
  }

  /** Call after the last event: reports what the document as a whole still lacks. */
  finish(endOffset: number): RngFinding[] {
    const errors = this.walker.end();
    if (errors) this.record(errors, endOffset, '(document)');
    return this.findings;
  }

  private flushText(): void {
    if (this.pending === '') return;
    const t = this.pending;
    this.pending = '';
    this.fire('text', [t], this.textOffset, this.open[this.open.length - 1] ?? '(document)', t);
  }

  private fire(event: string, params: string[], offset: number, element: string, detail?: string): void {
    const errors = this.walker.fireEvent(event, params);
    if (errors) this.record(errors, offset, element, detail);
  }

  private record(errors: readonly salve.ValidationError[], offset: number, element: string, detail?: string): void {
    for (const err of errors) this.findings.push({ offset, ...describeRngError(err, element, detail) });
  }
}
