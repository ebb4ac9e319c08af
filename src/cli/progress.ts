import type { CliIO } from './io.js';

/** Long work shows progress only after this long: a quick build prints nothing extra. */
const showAfterMs = 2000;
/** The line is redrawn at most this often. */
const redrawMs = 100;

export interface Progress {
  /** What is being done now, e.g. `letters-1850: html`. */
  update(text: string): void;
  /** Clears the line (call before printing anything else, and at the end). */
  clear(): void;
  done(): void;
}

/**
 * One line of progress on stderr, redrawn in place, for work that lasts more than about two
 * seconds; nothing at all unless stderr is a terminal and the CI variable is unset (`io.interactive`).
 */
export function progressLine(io: CliIO): Progress {
  if (!io.interactive) return { update: () => {}, clear: () => {}, done: () => {} };
  const t0 = performance.now();
  let text = '';
  let shown = false;
  let last = 0;
  const draw = (): void => {
    const now = performance.now();
    if (now - t0 < showAfterMs) return;
    last = now;
    shown = true;
    const width = (process.stderr.columns ?? 80) - 1;
    io.stderr(`\r\x1b[2K${`${text} (${((now - t0) / 1000).toFixed(0)} s)`.slice(0, width)}`);
  };
  const tick = setInterval(draw, 1000);
  tick.unref();
  return {
    update(next) {
      text = next;
      if (performance.now() - last >= redrawMs) draw();
    },
    clear() {
      if (shown) io.stderr('\r\x1b[2K');
      shown = false;
    },
    done() {
      clearInterval(tick);
      this.clear();
    },
  };
}
