import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  bestLine,
  createProgressState,
  displayWidth,
  estimateSeconds,
  fitLine,
  renderFinalTable,
  renderPlanTable,
  renderProgress,
  styleEventLine,
  type ProgressState,
} from '../src/progress.js';
import { formatDuration } from '../src/report.js';
import type { AttemptRecord, SweepEvent } from '../src/sweep.js';
import type { Job, JobResult, ResultsDocument } from '../src/types.js';

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b/;
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const T0 = Date.UTC(2025, 0, 1);
const at = (seconds: number) => T0 + seconds * 1000;

function job(index: number, name = `job ${index}`): Job {
  return { index, id: `id${index}`, name, matrix: { i: index } };
}

function record(status: AttemptRecord['status'], durationSeconds: number): AttemptRecord {
  return {
    status,
    devices: ['a'],
    exitCode: status === 'success' ? 0 : 1,
    signal: null,
    startedAt: new Date(T0).toISOString(),
    finishedAt: new Date(T0).toISOString(),
    durationSeconds,
    outputs: {},
    summary: '',
    logFile: '',
    tail: [],
    warnings: [],
  };
}

const devices = (...ids: string[]): SweepEvent => ({
  type: 'devices',
  resolved: { devices: ids, source: 'devices input', names: {} },
});
const plan = (jobs: Job[]): SweepEvent => ({
  type: 'plan',
  jobs,
  total: jobs.length,
  order: 'fifo',
  reused: 0,
});
const start = (j: Job, device: string, attempt = 1): SweepEvent => ({
  type: 'start',
  job: j,
  devices: [device],
  attempt,
  total: 5,
});
const end = (
  j: Job,
  status: AttemptRecord['status'],
  seconds: number,
  final = true,
): SweepEvent => ({
  type: 'end',
  job: j,
  attempt: 1,
  final,
  record: record(status, seconds),
  total: 5,
});

/** Five jobs on two devices: two finished (10 s and 20 s, one failed), two running, one queued. */
function midSweep(): ProgressState {
  const state = createProgressState({ now: at(0), devicesPerJob: 1, maxParallel: 0 });
  const jobs = [0, 1, 2, 3, 4].map((i) => job(i));
  applyEvent(state, devices('a', 'b'), at(0));
  applyEvent(state, plan(jobs), at(0));
  applyEvent(state, start(jobs[0], 'a'), at(0));
  applyEvent(state, start(jobs[1], 'b'), at(0));
  applyEvent(state, end(jobs[0], 'success', 10), at(10));
  applyEvent(state, start(jobs[2], 'a'), at(10));
  applyEvent(state, end(jobs[1], 'failure', 20), at(20));
  applyEvent(state, start(jobs[3], 'b'), at(20));
  applyEvent(state, { type: 'line', job: jobs[2], line: 'epoch 3/10 loss=0.25' }, at(21));
  applyEvent(state, { type: 'line', job: jobs[2], line: '   ' }, at(22));
  return state;
}

describe('applyEvent', () => {
  it('tracks running jobs, counts and durations from engine events', () => {
    const state = midSweep();
    expect(state.slots).toBe(2);
    expect(state.total).toBe(5);
    expect(state.running.map((r) => [r.index, r.devices[0], r.startedAt])).toEqual([
      [2, 'a', at(10)],
      [3, 'b', at(20)],
    ]);
    // A blank line does not replace the last meaningful one.
    expect(state.running[0].lastLine).toBe('epoch 3/10 loss=0.25');
    expect([state.succeeded, state.failed, state.cancelled]).toEqual([1, 1, 0]);
    expect(state.durations).toEqual([10, 20]);
  });

  it('counts a retried attempt once, when its job ends for good', () => {
    const state = createProgressState({ now: at(0), devicesPerJob: 2, maxParallel: 1 });
    applyEvent(state, devices('a', 'b', 'c', 'd', 'e'), at(0));
    expect(state.slots).toBe(1); // 5 devices hold 2 jobs of 2, but max-parallel is 1
    const j = job(0);
    applyEvent(state, plan([j]), at(0));
    applyEvent(state, start(j, 'a'), at(0));
    applyEvent(state, end(j, 'failure', 3, false), at(3));
    expect([state.failed, state.running.length]).toEqual([0, 0]);
    applyEvent(state, start(j, 'b', 2), at(3));
    applyEvent(state, end(j, 'cancelled', 1), at(4));
    expect([state.failed, state.cancelled]).toEqual([0, 1]);
    // A cancelled attempt says nothing about how long jobs take.
    expect(state.durations).toEqual([3]);
  });
});

describe('estimateSeconds', () => {
  it('spreads the average attempt over the queue and what running jobs have left', () => {
    const state = midSweep();
    // Average 15 s. At 25 s: one queued (15), job 2 ran 15 s (0 left), job 3 ran 5 s (10 left).
    expect(estimateSeconds(state, at(25))).toBe((15 + 0 + 10) / 2);
  });

  it('has no estimate before an attempt finished', () => {
    const state = createProgressState({ now: at(0), devicesPerJob: 1, maxParallel: 0 });
    applyEvent(state, plan([job(0)]), at(0));
    expect(estimateSeconds(state, at(5))).toBeNull();
    expect(renderProgress(state, { width: 80, color: false, now: at(5) }).at(-1)).toContain(
      'ETA —',
    );
  });
});

describe('renderProgress', () => {
  it('draws a line per running job and a footer with counts, elapsed time and ETA', () => {
    const lines = renderProgress(midSweep(), { width: 120, color: false, now: at(25) });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S a {2}job 2 {2}\s+15s {2}epoch 3\/10 loss=0\.25$/);
    expect(lines[1]).toMatch(/^\S b {2}job 3 {2}\s+5s$/);
    // Average 15 s: one queued (15) and 10 s left of job 3, over two slots.
    expect(lines[2]).toBe(
      `2/5 done · 2 running · 1 queued · 1 failed · 25s · ETA ${formatDuration(25 / 2)}`,
    );
    expect(lines.join('\n')).not.toMatch(ESCAPES);
  });

  it('cuts every line to the width, wide characters counted twice', () => {
    const state = midSweep();
    state.running[0].name = '学習率 sweep with a long name';
    state.running[0].lastLine = 'x'.repeat(300);
    for (const width of [20, 40, 80]) {
      const lines = renderProgress(state, { width, color: true, now: at(25) });
      for (const line of lines) expect(displayWidth(stripAnsi(line))).toBeLessThan(width);
      expect(stripAnsi(lines[0]).endsWith('…')).toBe(true);
    }
  });

  it('colours only when asked', () => {
    const colour = renderProgress(midSweep(), { width: 120, color: true, now: at(25) });
    expect(colour.at(-1)).toContain('\u001b[31m1 failed\u001b[0m');
    expect(stripAnsi(colour.join('\n'))).toBe(
      renderProgress(midSweep(), { width: 120, color: false, now: at(25) }).join('\n'),
    );
  });

  it('keeps job-provided text from moving the cursor', () => {
    const state = midSweep();
    state.running[0].name = 'evil\u001b[2Aname';
    state.running[0].lastLine = 'line\rwith\u0007bell';
    const text = renderProgress(state, { width: 120, color: false, now: at(25) }).join('\n');
    expect(text).not.toMatch(ESCAPES);
    expect(text).not.toContain('\r');
  });

  it('shows a device being waited for, and cancellation instead of an ETA', () => {
    const state = midSweep();
    applyEvent(state, { type: 'waiting', device: 'c', holder: null }, at(25));
    applyEvent(state, { type: 'cancelling' }, at(25));
    const lines = renderProgress(state, { width: 120, color: false, now: at(26) });
    expect(lines.at(-2)).toBe('… waiting for c: held by another process');
    expect(lines.at(-1)).toContain('cancelling (Ctrl-C again to kill now)');
    expect(lines.at(-1)).not.toContain('ETA');
  });
});

function result(index: number, fields: Partial<JobResult>): JobResult {
  return {
    index,
    id: `id${index}`,
    name: `(${index})`,
    matrix: { i: index },
    devices: ['a'],
    status: 'success',
    exitCode: 0,
    signal: null,
    attempts: 1,
    startedAt: null,
    finishedAt: null,
    durationSeconds: 2,
    outputs: {},
    logFile: null,
    ...fields,
  };
}

function doc(jobs: JobResult[], fields: Partial<ResultsDocument> = {}): ResultsDocument {
  return {
    schema: 1,
    tool: { name: 'gpu-sweep', version: '1.0.0' },
    matrixFingerprint: '0'.repeat(16),
    matrixSize: jobs.length,
    devices: ['a'],
    runner: 'here',
    startedAt: new Date(T0).toISOString(),
    finishedAt: new Date(T0).toISOString(),
    wallSeconds: 1,
    order: 'fifo',
    cancelled: false,
    dryRun: false,
    jobs,
    ...fields,
  };
}

describe('renderFinalTable and bestLine', () => {
  const finished = doc(
    [
      result(1, { status: 'failure', exitCode: 3, outputs: {} }),
      result(0, { outputs: { acc: '0.9', loss: '0.1' } }),
      result(2, { status: 'skipped', durationSeconds: null, devices: [] }),
    ],
    { objective: { direction: 'max', key: 'acc' }, bestIndex: 0 },
  );

  it('lists jobs in matrix order with status, duration and outputs, the best starred', () => {
    const lines = renderFinalTable(finished, { width: 100, color: false });
    expect(lines[0]).toMatch(/^ {3}# {2}name {2}status +duration {2}outputs$/);
    expect(lines[1]).toMatch(/^★ {2}0 {2}\(0\) +✓ success +2s +acc=/);
    expect(lines[1]).toContain('acc=0.9 loss=0.1');
    expect(lines[2]).toMatch(/^ {3}1 {2}\(1\) +✗ failure \(exit 3\) +2s$/);
    expect(lines[3]).toMatch(/^ {3}2 {2}\(2\) +- skipped +—$/);
    expect(bestLine(finished)).toBe('Best: #0 (0) — acc = 0.9 (highest)');
    expect(bestLine(doc([result(0, {})]))).toBeNull();
  });

  it('fits narrow terminals and colours statuses only when asked', () => {
    const narrow = renderFinalTable(finished, { width: 30, color: true });
    for (const line of narrow) expect(displayWidth(stripAnsi(line))).toBeLessThan(30);
    expect(narrow.join('\n')).toContain('\u001b[31m');
    expect(renderFinalTable(finished, { width: 30, color: false }).join('\n')).not.toMatch(ESCAPES);
  });
});

describe('renderPlanTable', () => {
  it('shows a start column only when dispatch order is not matrix order', () => {
    const jobs = [job(0, 'a'), job(1, 'b'), job(2, 'c')];
    const fifo = renderPlanTable(jobs, jobs, { width: 80, color: false });
    expect(fifo).toEqual(['#  id   name', '0  id0  a', '1  id1  b', '2  id2  c']);
    const reordered = renderPlanTable(jobs, [jobs[2], jobs[0], jobs[1]], {
      width: 80,
      color: false,
    });
    expect(reordered[0]).toBe('#  id   name  start');
    expect(reordered.slice(1).map((l) => l.split(/ +/).at(-1))).toEqual(['2', '3', '1']);
  });
});

describe('fitLine and styleEventLine', () => {
  it('cuts by display columns, leaving the last column free', () => {
    expect(fitLine([{ text: 'abcdef' }], { width: 5, color: false })).toBe('abc…');
    expect(fitLine([{ text: 'ab' }, { text: '漢字漢字' }], { width: 7, color: false })).toBe(
      'ab漢…',
    );
    expect(fitLine([{ text: 'abc', style: 'red' }], { width: 10, color: true })).toBe(
      '\u001b[31mabc\u001b[0m',
    );
  });

  it('colours the mark of a finished job by its status', () => {
    const e = end(job(0), 'failure', 1);
    expect(styleEventLine('✗ [1/5] job 0 exit 1', e, true)).toBe(
      '\u001b[31m✗\u001b[0m [1/5] job 0 exit 1',
    );
    expect(styleEventLine('✗ [1/5] job 0 exit 1', e, false)).toBe('✗ [1/5] job 0 exit 1');
  });
});
