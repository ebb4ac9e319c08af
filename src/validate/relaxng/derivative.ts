import attributeModule from 'salve/lib/salve/patterns/attribute.js';
import choiceModule from 'salve/lib/salve/patterns/choice.js';
import dataModule from 'salve/lib/salve/patterns/data.js';
import defineModule from 'salve/lib/salve/patterns/define.js';
import elementModule from 'salve/lib/salve/patterns/element.js';
import emptyModule from 'salve/lib/salve/patterns/empty.js';
import groupModule from 'salve/lib/salve/patterns/group.js';
import interleaveModule from 'salve/lib/salve/patterns/interleave.js';
import listModule from 'salve/lib/salve/patterns/list.js';
import notAllowedModule from 'salve/lib/salve/patterns/not_allowed.js';
import oneOrMoreModule from 'salve/lib/salve/patterns/one_or_more.js';
import refModule from 'salve/lib/salve/patterns/ref.js';
import textModule from 'salve/lib/salve/patterns/text.js';
import valueModule from 'salve/lib/salve/patterns/value.js';
import type { Grammar } from './convert.js';
import type { XmlEventHandler, XmlStartTag } from '../xml/events.js';

/*
 * RELAX NG validation by derivatives (James Clark, "An algorithm for RELAX NG validation",
 * 2002), written here because no npm package does it: salve, which explains errors, builds and
 * clones a tree of walker objects for every event, and that is most of a RELAX NG check of a
 * TEI file. Here a pattern is a shared, interned node, and each derivative (the pattern left
 * after a start tag, an attribute, text, an end tag) is computed once per pattern and name and
 * then looked up: a TEI file repeats the same few hundred content-model states thousands of
 * times. This engine only answers "valid or not"; a document it refuses, or one it cannot
 * decide (a datatype that reads the namespace context), goes to salve, which gives the
 * messages. So a valid file costs one fast pass, an invalid one a fast pass and salve's.
 */

/** salve's pattern classes (its main module does not export them). */
const salve = {
  Attribute: attributeModule.Attribute,
  Choice: choiceModule.Choice,
  Data: dataModule.Data,
  Define: defineModule.Define,
  Element: elementModule.Element,
  Empty: emptyModule.Empty,
  Group: groupModule.Group,
  Interleave: interleaveModule.Interleave,
  List: listModule.List,
  NotAllowed: notAllowedModule.NotAllowed,
  OneOrMore: oneOrMoreModule.OneOrMore,
  Ref: refModule.Ref,
  Text: textModule.Text,
  Value: valueModule.Value,
};

const enum Kind { Empty, NotAllowed, Text, Choice, Group, Interleave, OneOrMore, Element, Attribute, Data, Value, List, After }

/** salve's name classes, datatypes and patterns, as far as this engine reads them. */
interface NameClass { match(ns: string, name: string): boolean }
interface Datatype {
  readonly needsContext: boolean;
  disallows(value: string, params?: unknown, context?: unknown): unknown[] | false;
  equal(value: string, schemaValue: unknown, context?: unknown): boolean;
}
interface SalvePattern {
  readonly constructor: { readonly name: string };
  readonly pat?: SalvePattern;
  readonly patA?: SalvePattern;
  readonly patB?: SalvePattern;
  readonly name?: NameClass;
  readonly resolvesTo?: SalvePattern;
  readonly datatype?: Datatype;
  readonly params?: unknown;
  readonly except?: SalvePattern;
  readonly value?: unknown;
}

/** Thrown where this engine cannot decide: the caller asks salve instead. */
export class Undecided extends Error {}

interface Pattern {
  readonly id: number;
  readonly kind: Kind;
  readonly a: Pattern | undefined;
  readonly b: Pattern | undefined;
  /** A choice's alternatives (flattened, no duplicates, in id order). */
  readonly items: readonly Pattern[] | undefined;
  readonly nullable: boolean;
  /** Whether a derivative by text depends on the text (data, value or list reachable). */
  readonly textSensitive: boolean;
  readonly hasAttributes: boolean;
  /** Element and attribute: the name class; element content comes from `source` on first use. */
  readonly nameClass: NameClass | undefined;
  readonly source: SalvePattern | undefined;
  content: Pattern | undefined;
  // Derivatives already computed.
  open: Map<string, Pattern> | undefined;
  close: Pattern | undefined;
  end: Pattern | undefined;
  anyText: Pattern | undefined;
  candidates: Map<string, readonly Pattern[]> | undefined;
  byAttribute: Map<string, Pattern> | undefined;
}

/** Values longer than this are not remembered (running text checked as a datatype). */
const maxKeptValue = 200;
/** Interned patterns and remembered text derivatives kept before a new document starts afresh. */
const maxInterned = 1_000_000;

const isWhitespace = (s: string): boolean => /^[ \t\n\r]*$/.test(s);

/** The engine of one grammar: its patterns and what it has learnt of them, shared by every document. */
export class DerivativeEngine {
  private interned = new Map<string, Pattern>();
  private fromSalve = new Map<SalvePattern, Pattern>();
  private textMemo = new Map<string, Pattern>();
  private nextId = 0;
  readonly empty: Pattern;
  readonly notAllowed: Pattern;
  private readonly text: Pattern;
  private start: Pattern;

  constructor(private readonly grammar: Grammar) {
    this.empty = this.make(Kind.Empty, 'E', { nullable: true });
    this.notAllowed = this.make(Kind.NotAllowed, 'N', {});
    this.text = this.make(Kind.Text, 'T', { nullable: true });
    this.start = this.translate((grammar as unknown as { start: SalvePattern }).start);
  }

  /** A new document's starting pattern; the tables are dropped first when they have grown too large. */
  startPattern(): Pattern {
    if (this.interned.size + this.textMemo.size > maxInterned) {
      this.interned = new Map();
      this.fromSalve = new Map();
      this.textMemo = new Map();
      this.interned.set('E', this.empty);
      this.interned.set('N', this.notAllowed);
      this.interned.set('T', this.text);
      this.start = this.translate((this.grammar as unknown as { start: SalvePattern }).start);
    }
    return this.start;
  }

  // --- construction ---------------------------------------------------------------------

  private make(kind: Kind, key: string, fields: Partial<Pick<Pattern, 'a' | 'b' | 'items' | 'nullable' | 'textSensitive' | 'hasAttributes' | 'nameClass' | 'source'>>): Pattern {
    const p: Pattern = {
      id: this.nextId++,
      kind,
      a: fields.a,
      b: fields.b,
      items: fields.items,
      nullable: fields.nullable ?? false,
      textSensitive: fields.textSensitive ?? false,
      hasAttributes: fields.hasAttributes ?? false,
      nameClass: fields.nameClass,
      source: fields.source,
      content: undefined,
      open: undefined,
      close: undefined,
      end: undefined,
      anyText: undefined,
      candidates: undefined,
      byAttribute: undefined,
    };
    this.interned.set(key, p);
    return p;
  }

  choice(x: Pattern, y: Pattern): Pattern {
    if (x === y || y.kind === Kind.NotAllowed) return x;
    if (x.kind === Kind.NotAllowed) return y;
    const all = new Map<number, Pattern>();
    for (const p of x.kind === Kind.Choice ? x.items! : [x]) all.set(p.id, p);
    for (const p of y.kind === Kind.Choice ? y.items! : [y]) all.set(p.id, p);
    return this.choiceOf([...all.values()]);
  }

  private choiceOf(list: Pattern[]): Pattern {
    if (list.length === 0) return this.notAllowed;
    if (list.length === 1) return list[0]!;
    list.sort((p, q) => p.id - q.id);
    const key = `c${list.map((p) => p.id).join(',')}`;
    return this.interned.get(key) ?? this.make(Kind.Choice, key, {
      items: list,
      nullable: list.some((p) => p.nullable),
      textSensitive: list.some((p) => p.textSensitive),
      hasAttributes: list.some((p) => p.hasAttributes),
    });
  }

  group(x: Pattern, y: Pattern): Pattern {
    if (x.kind === Kind.NotAllowed || y.kind === Kind.NotAllowed) return this.notAllowed;
    if (x.kind === Kind.Empty) return y;
    if (y.kind === Kind.Empty) return x;
    return this.pair(Kind.Group, 'g', x, y);
  }

  interleave(x: Pattern, y: Pattern): Pattern {
    if (x.kind === Kind.NotAllowed || y.kind === Kind.NotAllowed) return this.notAllowed;
    if (x.kind === Kind.Empty) return y;
    if (y.kind === Kind.Empty) return x;
    return this.pair(Kind.Interleave, 'i', x, y);
  }

  after(x: Pattern, y: Pattern): Pattern {
    if (x.kind === Kind.NotAllowed || y.kind === Kind.NotAllowed) return this.notAllowed;
    const key = `a${x.id},${y.id}`;
    return this.interned.get(key) ?? this.make(Kind.After, key, { a: x, b: y, textSensitive: x.textSensitive, hasAttributes: x.hasAttributes });
  }

  oneOrMore(x: Pattern): Pattern {
    if (x.kind === Kind.NotAllowed || x.kind === Kind.Empty) return x;
    const key = `o${x.id}`;
    return this.interned.get(key) ?? this.make(Kind.OneOrMore, key, { a: x, nullable: x.nullable, textSensitive: x.textSensitive, hasAttributes: x.hasAttributes });
  }

  private pair(kind: Kind.Group | Kind.Interleave, tag: string, x: Pattern, y: Pattern): Pattern {
    const key = `${tag}${x.id},${y.id}`;
    return this.interned.get(key) ?? this.make(kind, key, {
      a: x,
      b: y,
      nullable: x.nullable && y.nullable,
      textSensitive: x.textSensitive || y.textSensitive,
      hasAttributes: x.hasAttributes || y.hasAttributes,
    });
  }

  /** A salve pattern as an interned one; a pattern salve shares is translated once. */
  private translate(s: SalvePattern): Pattern {
    const known = this.fromSalve.get(s);
    if (known) return known;
    const made = this.translateNew(s);
    this.fromSalve.set(s, made);
    return made;
  }

  // By class, not by constructor name: a bundler may rename salve's classes (Choice2).
  private translateNew(s: SalvePattern): Pattern {
    if (s instanceof salve.Empty) return this.empty;
    if (s instanceof salve.NotAllowed) return this.notAllowed;
    if (s instanceof salve.Text) return this.text;
    if (s instanceof salve.Choice) return this.choice(this.translate(s.patA!), this.translate(s.patB!));
    if (s instanceof salve.Group) return this.group(this.translate(s.patA!), this.translate(s.patB!));
    if (s instanceof salve.Interleave) return this.interleave(this.translate(s.patA!), this.translate(s.patB!));
    if (s instanceof salve.OneOrMore) return this.oneOrMore(this.translate(s.pat!));
    if (s instanceof salve.Define) return this.translate(s.pat!);
    if (s instanceof salve.Ref) return this.translate((s as { resolvesTo?: SalvePattern }).resolvesTo!);
    if (s instanceof salve.Element) return this.leaf(Kind.Element, 'el', s, {});
    if (s instanceof salve.Attribute) return this.leaf(Kind.Attribute, 'at', s, { hasAttributes: true });
    if (s instanceof salve.Data) return this.leaf(Kind.Data, 'd', s, { textSensitive: true });
    if (s instanceof salve.Value) return this.leaf(Kind.Value, 'v', s, { textSensitive: true });
    if (s instanceof salve.List) return this.leaf(Kind.List, 'l', s, { textSensitive: true });
    throw new Undecided(`no derivative for salve's ${s.constructor.name}`);
  }

  /** Element, attribute, data, value and list: one node per salve pattern, its content translated on first use. */
  private leaf(kind: Kind, tag: string, s: SalvePattern, fields: Partial<Pick<Pattern, 'nullable' | 'textSensitive' | 'hasAttributes'>>): Pattern {
    return this.make(kind, `${tag}${this.nextId}`, { ...fields, nameClass: s.name, source: s });
  }

  private contentOf(p: Pattern): Pattern {
    return (p.content ??= this.translate(p.source!.pat!));
  }

  // --- derivatives -------------------------------------------------------------------------

  /** The derivative of a choice: the choice of its alternatives' derivatives. */
  private eachAlternative(p: Pattern, derive: (q: Pattern) => Pattern): Pattern {
    let out = this.notAllowed;
    for (const q of p.items!) out = this.choice(out, derive(q));
    return out;
  }

  /** The pattern after a start tag's name (`<name`), before its attributes. */
  startTagOpen(p: Pattern, ns: string, local: string, key: string): Pattern {
    const map = (p.open ??= new Map());
    let d = map.get(key);
    if (d === undefined) {
      d = this.computeOpen(p, ns, local, key);
      map.set(key, d);
    }
    return d;
  }

  private computeOpen(p: Pattern, ns: string, local: string, key: string): Pattern {
    switch (p.kind) {
      case Kind.Choice: return this.eachAlternative(p, (q) => this.startTagOpen(q, ns, local, key));
      case Kind.Element:
        return p.nameClass!.match(ns, local) ? this.after(this.contentOf(p), this.empty) : this.notAllowed;
      case Kind.Interleave:
        return this.choice(
          this.applyAfter(this.startTagOpen(p.a!, ns, local, key), (x) => this.interleave(x, p.b!)),
          this.applyAfter(this.startTagOpen(p.b!, ns, local, key), (x) => this.interleave(p.a!, x)),
        );
      case Kind.OneOrMore:
        return this.applyAfter(this.startTagOpen(p.a!, ns, local, key), (x) => this.group(x, this.choice(p, this.empty)));
      case Kind.Group: {
        const first = this.applyAfter(this.startTagOpen(p.a!, ns, local, key), (x) => this.group(x, p.b!));
        return p.a!.nullable ? this.choice(first, this.startTagOpen(p.b!, ns, local, key)) : first;
      }
      case Kind.After:
        return this.applyAfter(this.startTagOpen(p.a!, ns, local, key), (x) => this.after(x, p.b!));
      default:
        return this.notAllowed;
    }
  }

  private applyAfter(p: Pattern, f: (x: Pattern) => Pattern): Pattern {
    if (p.kind === Kind.After) return this.after(p.a!, f(p.b!));
    if (p.kind === Kind.Choice) return this.eachAlternative(p, (q) => this.applyAfter(q, f));
    return this.notAllowed;
  }

  /** The pattern after one attribute. */
  attribute(p: Pattern, ns: string, local: string, key: string, value: string): Pattern {
    if (!p.hasAttributes) return this.notAllowed;
    const candidates = this.candidatesOf(p, ns, local, key);
    if (candidates.length === 0) return this.notAllowed;
    // The result depends on the value only through which candidates accept it.
    const accepted = new Set(candidates.filter((c) => this.valueMatches(this.contentOf(c), value)));
    const memoKey = `${key} ${candidates.map((c) => (accepted.has(c) ? '1' : '0')).join('')}`;
    const map = (p.byAttribute ??= new Map());
    let d = map.get(memoKey);
    if (d === undefined) {
      d = this.attributeDeriv(p, accepted);
      map.set(memoKey, d);
    }
    return d;
  }

  /** The attribute patterns in p, outside any element, whose name class holds the name. */
  private candidatesOf(p: Pattern, ns: string, local: string, key: string): readonly Pattern[] {
    const map = (p.candidates ??= new Map());
    let found = map.get(key);
    if (found === undefined) {
      const out = new Set<Pattern>();
      const visit = (q: Pattern): void => {
        if (!q.hasAttributes) return;
        if (q.kind === Kind.Attribute) {
          if (q.nameClass!.match(ns, local)) out.add(q);
          return;
        }
        if (q.kind === Kind.Choice) for (const r of q.items!) visit(r);
        else {
          if (q.a) visit(q.a);
          if (q.b && q.kind !== Kind.After) visit(q.b);
        }
      };
      visit(p);
      found = [...out];
      map.set(key, found);
    }
    return found;
  }

  private attributeDeriv(p: Pattern, accepted: ReadonlySet<Pattern>): Pattern {
    if (!p.hasAttributes) return this.notAllowed;
    switch (p.kind) {
      case Kind.Attribute: return accepted.has(p) ? this.empty : this.notAllowed;
      case Kind.After: return this.after(this.attributeDeriv(p.a!, accepted), p.b!);
      case Kind.Choice: return this.eachAlternative(p, (q) => this.attributeDeriv(q, accepted));
      case Kind.Group:
        return this.choice(this.group(this.attributeDeriv(p.a!, accepted), p.b!), this.group(p.a!, this.attributeDeriv(p.b!, accepted)));
      case Kind.Interleave:
        return this.choice(this.interleave(this.attributeDeriv(p.a!, accepted), p.b!), this.interleave(p.a!, this.attributeDeriv(p.b!, accepted)));
      case Kind.OneOrMore:
        return this.group(this.attributeDeriv(p.a!, accepted), this.choice(p, this.empty));
      default:
        return this.notAllowed;
    }
  }

  /** The pattern after `>` of a start tag: attributes not given are no longer possible. */
  startTagClose(p: Pattern): Pattern {
    return (p.close ??= this.computeClose(p));
  }

  private computeClose(p: Pattern): Pattern {
    if (!p.hasAttributes) return p;
    switch (p.kind) {
      case Kind.After: return this.after(this.startTagClose(p.a!), p.b!);
      case Kind.Choice: return this.eachAlternative(p, (q) => this.startTagClose(q));
      case Kind.Group: return this.group(this.startTagClose(p.a!), this.startTagClose(p.b!));
      case Kind.Interleave: return this.interleave(this.startTagClose(p.a!), this.startTagClose(p.b!));
      case Kind.OneOrMore: return this.oneOrMore(this.startTagClose(p.a!));
      case Kind.Attribute: return this.notAllowed;
      default: return p;
    }
  }

  /** The pattern after a piece of text. */
  textDeriv(p: Pattern, s: string): Pattern {
    if (!p.textSensitive) return (p.anyText ??= this.computeText(p, s));
    // One datatype's answers are kept by the datatype itself (datatype-memo.ts); kept here too,
    // every xml:id of a file would have an entry.
    if (s.length > maxKeptValue || p.kind === Kind.Data || p.kind === Kind.Value) return this.computeText(p, s);
    const key = `${p.id} ${s}`;
    let d = this.textMemo.get(key);
    if (d === undefined) {
      d = this.computeText(p, s);
      this.textMemo.set(key, d);
    }
    return d;
  }

  private computeText(p: Pattern, s: string): Pattern {
    switch (p.kind) {
      case Kind.Choice: return this.eachAlternative(p, (q) => this.textDeriv(q, s));
      case Kind.Interleave:
        return this.choice(this.interleave(this.textDeriv(p.a!, s), p.b!), this.interleave(p.a!, this.textDeriv(p.b!, s)));
      case Kind.Group: {
        const first = this.group(this.textDeriv(p.a!, s), p.b!);
        return p.a!.nullable ? this.choice(first, this.textDeriv(p.b!, s)) : first;
      }
      case Kind.After: return this.after(this.textDeriv(p.a!, s), p.b!);
      case Kind.OneOrMore: return this.group(this.textDeriv(p.a!, s), this.choice(p, this.empty));
      case Kind.Text: return p;
      case Kind.Value: return this.valueEquals(p.source!, s) ? this.empty : this.notAllowed;
      case Kind.Data: return this.dataAllows(p.source!, s) ? this.empty : this.notAllowed;
      case Kind.List: {
        let q = this.contentOf(p);
        for (const word of s.split(/[ \t\n\r]+/)) if (word !== '') q = this.textDeriv(q, word);
        return q.nullable ? this.empty : this.notAllowed;
      }
      default: return this.notAllowed;
    }
  }

  /** Whether an attribute value (or a data pattern's exception) matches p. */
  valueMatches(p: Pattern, s: string): boolean {
    return (p.nullable && isWhitespace(s)) || this.textDeriv(p, s).nullable;
  }

  private dataAllows(s: SalvePattern, value: string): boolean {
    const datatype = s.datatype!;
    if (datatype.needsContext) throw new Undecided('a datatype that reads the namespace context');
    if (datatype.disallows(value, s.params)) return false;
    if (s.except === undefined) return true;
    return !this.textDeriv(this.translate(s.except), value).nullable;
  }

  private valueEquals(s: SalvePattern, value: string): boolean {
    const datatype = s.datatype!;
    if (datatype.needsContext) throw new Undecided('a value whose datatype reads the namespace context');
    return datatype.equal(value, s.value);
  }

  /** The pattern after an end tag. */
  endTag(p: Pattern): Pattern {
    return (p.end ??= this.computeEnd(p));
  }

  private computeEnd(p: Pattern): Pattern {
    if (p.kind === Kind.After) return p.a!.nullable ? p.b! : this.notAllowed;
    if (p.kind === Kind.Choice) return this.eachAlternative(p, (q) => this.endTag(q));
    return this.notAllowed;
  }
}

const engines = new WeakMap<Grammar, DerivativeEngine>();

/** One engine per grammar, kept for every document validated against it in this process. */
export function derivativeEngine(grammar: Grammar): DerivativeEngine {
  let engine = engines.get(grammar);
  if (!engine) {
    engine = new DerivativeEngine(grammar);
    engines.set(grammar, engine);
  }
  return engine;
}

/**
 * Follows a document's events through the engine. `verdict()` after the last event: 'valid',
 * 'invalid' (salve should explain), or 'undecided' (salve must decide).
 */
export class DerivativeChecker implements XmlEventHandler {
  private pattern: Pattern;
  private failed = false;
  private undecided = false;
  private pending = '';
  /** Per open element: whether it has had a child element yet. */
  private readonly hadChild: boolean[] = [];

  private engine!: DerivativeEngine;

  constructor(grammar: Grammar) {
    this.pattern = undefined as unknown as Pattern;
    this.guard(() => {
      this.engine = derivativeEngine(grammar);
      this.pattern = this.engine.startPattern();
    });
  }

  startElement(tag: XmlStartTag): void {
    if (this.failed) return;
    this.guard(() => {
      this.flushBetweenChildren();
      if (this.hadChild.length > 0) this.hadChild[this.hadChild.length - 1] = true;
      const e = this.engine;
      let p = e.startTagOpen(this.pattern, tag.uri, tag.local, `${tag.uri}}${tag.local}`);
      for (const a of tag.attributes) {
        if (a.isNamespaceDeclaration || p.kind === Kind.NotAllowed) continue;
        p = e.attribute(p, a.uri, a.local, `${a.uri}}${a.local}`, a.value);
      }
      this.set(e.startTagClose(p));
      this.hadChild.push(false);
    });
  }

  text(t: string): void {
    if (this.failed || this.hadChild.length === 0) return;
    this.pending += t;
  }

  endElement(): void {
    if (this.failed) return;
    this.guard(() => {
      const e = this.engine;
      const hadChild = this.hadChild.pop() ?? false;
      let p = this.pattern;
      if (!hadChild) {
        // An element without child elements: its text (perhaps none) is its one text node,
        // which may be left out when it is only whitespace.
        const s = this.pending;
        this.pending = '';
        const q = e.textDeriv(p, s);
        p = isWhitespace(s) ? e.choice(p, q) : q;
      } else {
        this.flushBetweenChildren();
      }
      this.set(e.endTag(p));
    });
  }

  verdict(): 'valid' | 'invalid' | 'undecided' {
    if (this.undecided) return 'undecided';
    if (this.failed || this.hadChild.length > 0) return 'invalid';
    return this.pattern.nullable ? 'valid' : 'invalid';
  }

  /** Text between child elements counts unless it is only whitespace. */
  private flushBetweenChildren(): void {
    const s = this.pending;
    if (s === '') return;
    this.pending = '';
    if (!isWhitespace(s)) this.set(this.engine.textDeriv(this.pattern, s));
  }

  private set(p: Pattern): void {
    this.pattern = p;
    if (p.kind === Kind.NotAllowed) this.failed = true;
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (err) {
      if (!(err instanceof Undecided)) throw err;
      this.undecided = true;
      this.failed = true;
    }
  }
}
