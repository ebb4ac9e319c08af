import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';

const recorder = (interactive: boolean) => {
  let stderr = '';
  return { io: { cwd: '.', interactive, stdout: () => {}, stderr: (s: string) => (stderr += s) }, printed: () => stderr };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('progress line', () => {
  it('draws nothing when stderr is not a terminal or CI is set (io.interactive false)', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const { io, printed } = recorder(false);
    const p = progressLine(io);
    p.update('building: html');
    vi.advanceTimersByTime(10_000);
    p.update('building: pdf');
    p.done();
    expect(printed()).toBe('');
  });

  it('on a terminal, stays silent for quick work and then redraws one line in place, cleared at the end', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const { io, printed } = recorder(true);
    const p = progressLine(io);
    p.update('building: structure');
    vi.advanceTimersByTime(1000);
    expect(printed()).toBe('');
    p.update('building: html');
    vi.advanceTimersByTime(2000);
    expect(printed()).toContain('\r\x1b[2Kbuilding: html (');
    expect(printed()).not.toContain('\n');
    p.done();
    expect(printed().endsWith('\r\x1b[2K')).toBe(true);
  });
});
