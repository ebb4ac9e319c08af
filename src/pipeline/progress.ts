/**
 * How the stages tell the caller what they are doing, without printing: the CLI (the only
 * place that prints) turns these events into `--timings` lines and a progress display.
 */

/** One step of a build: a stage starting or ending, or a cached result reused instead of running it. */
export interface StageEvent {
  /** The stage: read, structure, collate, annotate, tei, check, review, html, print-markup, pdf, write. */
  readonly stage: string;
  readonly phase: 'start' | 'end' | 'reused';
  /** Milliseconds the stage took (`end` only). */
  readonly ms?: number;
}

export type OnStage = (event: StageEvent) => void;

/** Runs `work` as `stage`, telling `on` when it starts and how long it took. */
export function staged<T>(on: OnStage | undefined, stage: string, work: () => T): T {
  if (!on) return work();
  on({ stage, phase: 'start' });
  const t0 = performance.now();
  const result = work();
  if (result instanceof Promise) {
    return result.then((value: unknown) => {
      on({ stage, phase: 'end', ms: performance.now() - t0 });
      return value;
    }) as T;
  }
  on({ stage, phase: 'end', ms: performance.now() - t0 });
  return result;
}
