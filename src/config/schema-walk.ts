import { ZodFirstPartyTypeKind as Kind, type ZodTypeAny } from 'zod';
import damerauLevenshtein from 'damerau-levenshtein';

/** Edit distance where a swap of neighbours is one edit ("ulr" for "url", "sha265" for "sha256"): typing slips. */
export const editDistance = (a: string, b: string): number => damerauLevenshtein(a, b).steps;

/** A step into a schema: an object's key, or `[]` for any item of an array or value of a record. */
type Step = string | [];

/**
 * The schemas directly inside `schema`: `undefined` as the step for a wrapper that does not
 * change the place in the data (optional, default, refinement, union…).
 */
function inside(schema: ZodTypeAny): [Step | undefined, ZodTypeAny][] {
  const def = schema._def as Record<string, unknown> & { typeName?: Kind };
  switch (def.typeName) {
    case Kind.ZodObject: {
      const shape = (schema as unknown as { shape: Record<string, ZodTypeAny> }).shape;
      const out: [Step | undefined, ZodTypeAny][] = Object.entries(shape).map(([k, v]) => [k, v]);
      const catchall = def.catchall as ZodTypeAny | undefined;
      if (catchall && (catchall._def as { typeName?: Kind }).typeName !== Kind.ZodNever) out.push([[], catchall]);
      return out;
    }
    case Kind.ZodArray:
      return [[[], def.type as ZodTypeAny]];
    case Kind.ZodRecord:
      return [[[], def.valueType as ZodTypeAny]];
    case Kind.ZodMap:
      return [[[], def.valueType as ZodTypeAny]];
    case Kind.ZodTuple:
      return (def.items as ZodTypeAny[]).map((s) => [[], s]);
    case Kind.ZodEffects:
      return [[undefined, def.schema as ZodTypeAny]];
    case Kind.ZodOptional:
    case Kind.ZodNullable:
    case Kind.ZodDefault:
    case Kind.ZodCatch:
    case Kind.ZodReadonly:
      return [[undefined, def.innerType as ZodTypeAny]];
    case Kind.ZodBranded:
      return [[undefined, def.type as ZodTypeAny]];
    case Kind.ZodLazy:
      return [[undefined, (def.getter as () => ZodTypeAny)()]];
    case Kind.ZodPipeline:
      return [[undefined, def.in as ZodTypeAny]];
    case Kind.ZodUnion:
    case Kind.ZodDiscriminatedUnion:
      return [...(def.options as Iterable<ZodTypeAny>)].map((s) => [undefined, s]);
    case Kind.ZodIntersection:
      return [[undefined, def.left as ZodTypeAny], [undefined, def.right as ZodTypeAny]];
    default:
      return [];
  }
}

const isObject = (schema: ZodTypeAny): boolean => (schema._def as { typeName?: Kind }).typeName === Kind.ZodObject;

/** Every object schema inside `schema` (itself included), with its place as `a.b[].c`. */
export function objectSchemas(schema: ZodTypeAny): { path: string; schema: ZodTypeAny; unknownKeys: string }[] {
  const found: { path: string; schema: ZodTypeAny; unknownKeys: string }[] = [];
  const seen = new Set<ZodTypeAny>();
  const walk = (s: ZodTypeAny, path: string): void => {
    if (seen.has(s)) return; // a lazy schema that refers to itself
    seen.add(s);
    if (isObject(s)) found.push({ path: path || '(top)', schema: s, unknownKeys: String((s._def as { unknownKeys?: unknown }).unknownKeys) });
    for (const [step, child] of inside(s)) {
      walk(child, step === undefined ? path : Array.isArray(step) ? `${path}[]` : path ? `${path}.${step}` : step);
    }
  };
  walk(schema, '');
  return found;
}

/** The schemas that stand at the same place as `schema` once the wrappers are taken off. */
function unwrapped(schema: ZodTypeAny): ZodTypeAny[] {
  const out: ZodTypeAny[] = [];
  const go = (s: ZodTypeAny): void => {
    const next = inside(s).filter(([step]) => step === undefined);
    if (next.length === 0 || isObject(s)) out.push(s);
    for (const [, child] of next) go(child);
  };
  go(schema);
  return out;
}

/** The keys an object at `path` of the data may have (the union of them where the schema allows several objects there). */
export function keysAt(schema: ZodTypeAny, path: readonly (string | number)[]): string[] {
  let here = unwrapped(schema);
  for (const part of path) {
    here = here.flatMap((s) =>
      inside(s)
        .filter(([step]) => step !== undefined && (Array.isArray(step) || step === part))
        .flatMap(([, child]) => unwrapped(child)),
    );
  }
  const keys = here.filter(isObject).flatMap((s) => Object.keys((s as unknown as { shape: Record<string, unknown> }).shape));
  return [...new Set(keys)];
}

/**
 * The known key an unknown one is probably a misspelling of: the nearest by edit distance
 * (case ignored), 1 for a key of up to 3 letters, 2 up to 6, a third of its length beyond; or one that starts the other
 * ("language" for "lang"); none when two are equally near.
 */
export function closestKey(unknown: string, known: readonly string[]): string | undefined {
  const u = unknown.toLowerCase();
  const scored = known
    .filter((k) => k !== unknown)
    .map((k) => {
      const l = k.toLowerCase();
      const prefix = Math.min(l.length, u.length) >= 3 && (l.startsWith(u) || u.startsWith(l));
      return { k, d: prefix ? Math.min(1, editDistance(u, l)) : editDistance(u, l) };
    })
    .filter(({ d }) => d <= (u.length <= 3 ? 1 : u.length <= 6 ? 2 : Math.floor(u.length / 3)))
    .sort((x, y) => x.d - y.d);
  if (scored.length === 0 || (scored.length > 1 && scored[1]!.d === scored[0]!.d)) return undefined;
  return scored[0]!.k;
}
