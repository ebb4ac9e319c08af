import salveBase from 'salve/lib/salve/patterns/base.js';
import salveChoice from 'salve/lib/salve/patterns/choice.js';
import salveEmpty from 'salve/lib/salve/patterns/empty.js';
import salveNames from 'salve/lib/salve/name_patterns.js';

/*
 * salve builds a walker for a <choice> by building walkers for both of its branches, and a
 * choice of n alternatives is a tree of n - 1 binary choices. TEI content models are large
 * choices repeated for every child (macro.paraContent has some 200 alternatives), so salve
 * spends most of its time building and visiting walkers for alternatives an event cannot
 * match. This file replaces Choice.prototype.newWalker with a walker that, while no event has
 * reached it, waits; when the first event is a start tag (or text with letters) that only one
 * alternative can begin with, it builds that alternative alone. In every other case (attribute
 * choices, choices with an empty branch, events more than one alternative could take, an
 * alternative that refuses the event, whitespace) it builds salve's own walker and hands
 * everything to it, so results and messages are salve's. Which alternatives can begin with
 * what is read from salve's own `possible()` on a fresh walker of each alternative, once per
 * choice pattern.
 */

interface FireResult {
  readonly matched: boolean;
  readonly errors?: readonly unknown[];
  readonly refs?: readonly unknown[];
}
interface Walker {
  canEnd: boolean;
  canEndAttribute: boolean;
  fireEvent(name: string, params: string[], nameResolver: unknown): FireResult;
  end(): false | unknown[];
  endAttributes(): false | unknown[];
  possible(): Set<unknown>;
  possibleAttributes(): Set<unknown>;
  clone(): Walker;
}
interface Pattern {
  newWalker(): Walker;
  hasAttrs(): boolean;
}
interface ChoicePattern extends Pattern {
  readonly patA: Pattern;
  readonly patB: Pattern;
}
interface PossibleEvent {
  readonly name: string;
  readonly namePattern?: { readonly ns?: string; readonly name?: string };
}

const { InternalFireEventResult, isAttributeEvent } = salveBase as unknown as {
  InternalFireEventResult: new (matched: boolean, errors?: readonly unknown[], refs?: readonly unknown[]) => FireResult;
  isAttributeEvent(name: string): boolean;
};
const { Choice } = salveChoice as unknown as { Choice: { prototype: ChoicePattern } };
const { Empty } = salveEmpty as unknown as { Empty: abstract new (...args: never[]) => unknown };
const { Name } = salveNames as unknown as { Name: abstract new (...args: never[]) => unknown };

/** What the first event of a fresh walker can be, alternative by alternative. */
interface ChoiceIndex {
  readonly alternatives: readonly Pattern[];
  /** "ns local" → the alternatives that can begin with that start tag. */
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  /** Alternatives that can begin with a start tag of a name class (any name, a namespace). */
  readonly anyTag: readonly number[];
  /** Alternatives that can begin with text. */
  readonly text: readonly number[];
  readonly canEnd: boolean;
  readonly canEndAttribute: boolean;
}

const stockNewWalker = Choice.prototype.newWalker;
/** The table of a choice pattern, kept on the pattern itself (null: salve's own walker). */
const indexKey = Symbol('tei-edition lazy choice');
type Indexed = ChoicePattern & { [indexKey]?: ChoiceIndex | null };
/** Below this many alternatives salve's walker costs little; the table is not worth it. */
const minAlternatives = 8;

const isChoice = (p: unknown): p is Indexed => typeof p === 'object' && p !== null && Object.getPrototypeOf(p) === Choice.prototype;

/**
 * The alternatives of a chain of binary choices, or null where salve's walker should stay: an
 * empty branch (salve's optional-choice walker has rules of its own) or few alternatives. The
 * inner links of the chain keep salve's walker: only its head waits.
 */
function alternativesOf(choice: Indexed): Pattern[] | null {
  const out: Pattern[] = [];
  const links: Indexed[] = [];
  const stack: Pattern[] = [choice];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (p instanceof Empty) return null;
    if (isChoice(p)) {
      if (p !== choice) links.push(p);
      stack.push(p.patB, p.patA);
    } else {
      out.push(p);
    }
  }
  if (out.length < minAlternatives) return null;
  for (const link of links) if (link[indexKey] === undefined) link[indexKey] = null;
  return out;
}

function indexOf(choice: Indexed): ChoiceIndex | null {
  let index = choice[indexKey];
  if (index !== undefined) return index;
  index = null;
  const alternatives = choice.hasAttrs() ? null : alternativesOf(choice);
  if (alternatives) {
    const byTag = new Map<string, number[]>();
    const anyTag: number[] = [];
    const text: number[] = [];
    alternatives.forEach((alt, i) => {
      let wild = false;
      let takesText = false;
      for (const ev of alt.newWalker().possible() as Set<PossibleEvent>) {
        if (ev.name === 'text') takesText = true;
        if (ev.name !== 'enterStartTag') continue;
        const np = ev.namePattern;
        if (np !== undefined && np instanceof Name && np.ns !== undefined && np.name !== undefined) {
          const key = `${np.ns} ${np.name}`;
          const list = byTag.get(key) ?? [];
          if (list[list.length - 1] !== i) list.push(i);
          byTag.set(key, list);
        } else {
          wild = true;
        }
      }
      if (wild) anyTag.push(i);
      if (takesText) text.push(i);
    });
    const fresh = stockNewWalker.call(choice);
    index = { alternatives, byTag, anyTag, text, canEnd: fresh.canEnd, canEndAttribute: fresh.canEndAttribute };
  }
  choice[indexKey] = index;
  return index;
}

/** The one alternative that can take this first event, or undefined when not exactly one. */
function onlyCandidate(index: ChoiceIndex, name: string, params: string[]): number | undefined {
  if (name === 'enterStartTag') {
    if (index.anyTag.length > 0) return undefined;
    const list = index.byTag.get(`${params[0]} ${params[1]}`);
    return list?.length === 1 ? list[0] : undefined;
  }
  if (name === 'text' && /\S/.test(params[0] ?? '')) return index.text.length === 1 ? index.text[0] : undefined;
  return undefined;
}

type Mode = 'fresh' | 'single' | 'salve';

class LazyChoiceWalker implements Walker {
  canEnd: boolean;
  canEndAttribute: boolean;
  private ended = false;

  constructor(
    private readonly el: ChoicePattern,
    private readonly index: ChoiceIndex,
    private mode: Mode = 'fresh',
    private inner?: Walker,
    flags?: { canEnd: boolean; canEndAttribute: boolean; ended: boolean },
  ) {
    this.canEnd = flags?.canEnd ?? index.canEnd;
    this.canEndAttribute = flags?.canEndAttribute ?? index.canEndAttribute;
    this.ended = flags?.ended ?? false;
  }

  /** From here on, salve's own walker (fresh, as salve would have built it) does the work. */
  private salve(): Walker {
    if (this.mode === 'fresh') {
      this.inner = stockNewWalker.call(this.el);
      this.mode = 'salve';
    }
    return this.inner!;
  }

  private sync(): void {
    this.canEnd = this.inner!.canEnd;
    this.canEndAttribute = this.inner!.canEndAttribute;
  }

  fireEvent(name: string, params: string[], nameResolver: unknown): FireResult {
    if (this.mode === 'fresh' && !this.ended) {
      const only = onlyCandidate(this.index, name, params);
      if (only !== undefined) {
        const walker = this.index.alternatives[only]!.newWalker();
        const result = walker.fireEvent(name, params, nameResolver);
        if (result.matched) {
          this.mode = 'single';
          this.inner = walker;
          this.canEnd = walker.canEnd;
          return result;
        }
      }
    }
    if (this.mode === 'single') {
      // salve's choice with the other branches switched off: it forwards to this one.
      if (this.ended || isAttributeEvent(name)) return new InternalFireEventResult(false);
      const result = this.inner!.fireEvent(name, params, nameResolver);
      if (!result.matched) return new InternalFireEventResult(false, result.errors);
      this.canEnd = this.inner!.canEnd;
      return result;
    }
    if (this.ended) return new InternalFireEventResult(false);
    const result = this.salve().fireEvent(name, params, nameResolver);
    this.sync();
    return result;
  }

  end(): false | unknown[] {
    if (this.mode === 'salve') return this.inner!.end();
    if (this.canEnd) {
      this.ended = true;
      return false;
    }
    if (this.mode === 'single') return this.ended ? false : this.inner!.end();
    return this.salve().end();
  }

  endAttributes(): false | unknown[] {
    if (this.mode === 'salve') return this.inner!.endAttributes();
    if (this.canEndAttribute) return false;
    if (this.mode === 'single') return this.ended ? false : this.inner!.endAttributes();
    return this.salve().endAttributes();
  }

  possible(): Set<unknown> {
    if (this.mode === 'single') return this.ended ? new Set() : this.inner!.possible();
    if (this.ended) return new Set();
    return this.salve().possible();
  }

  possibleAttributes(): Set<unknown> {
    if (this.mode === 'single') return this.ended ? new Set() : this.inner!.possibleAttributes();
    if (this.ended) return new Set();
    return this.salve().possibleAttributes();
  }

  clone(): Walker {
    return new LazyChoiceWalker(this.el, this.index, this.mode, this.inner?.clone(), {
      canEnd: this.canEnd,
      canEndAttribute: this.canEndAttribute,
      ended: this.ended,
    });
  }
}

/**
 * Works out every choice of a grammar ahead of validation: the snapshot process does this
 * once, before its heap is saved, so validations start with the tables made.
 */
export function prepareChoices(grammar: unknown): number {
  const seen = new Set<unknown>();
  const stack: unknown[] = [grammar];
  let choices = 0;
  while (stack.length > 0) {
    const p = stack.pop() as Record<string, unknown> | null;
    if (p === null || typeof p !== 'object' || seen.has(p)) continue;
    seen.add(p);
    if (isChoice(p) && indexOf(p)) choices++;
    for (const key of ['start', 'pat', 'patA', 'patB']) if (key in p) stack.push(p[key]);
    const definitions = p['definitions'];
    if (definitions instanceof Map) for (const d of definitions.values()) stack.push(d);
  }
  return choices;
}

let installed = false;

/** Makes every salve choice pattern build the walker above (once per process). */
export function installLazyChoice(): void {
  if (installed) return;
  installed = true;
  Choice.prototype.newWalker = function newWalker(this: ChoicePattern): Walker {
    const index = indexOf(this);
    return index ? new LazyChoiceWalker(this, index) : stockNewWalker.call(this);
  };
}

/** Puts salve's own walker back (for tests that compare the two). */
export function uninstallLazyChoice(): void {
  if (!installed) return;
  installed = false;
  Choice.prototype.newWalker = stockNewWalker;
}
