import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  lowerBound,
  orderJobs,
  predictDurations,
  predictMakespan,
  readHistory,
} from '../src/history.js';
import type { Job, JobResult, JobStatus, ResultsDocument } from '../src/types.js';

// Factories: only the fields history reads vary; the rest is filler.

function job(index: number, id = `id${index}`): Job {
  return { index, id, name: `(${index})`, matrix: { i: index } };
}

function result(id: string, status: JobStatus, durationSeconds: number | null): JobResult {
  return {
    index: 0,
    id,
    name: id,
    matrix: {},
    devices: ['0'],
    status,
    exitCode: status === 'success' ? 0 : 1,
    signal: null,
    attempts: 1,
    startedAt: null,
    finishedAt: null,
    durationSeconds,
    outputs: {},
    logFile: null,
  };
}

function doc(finishedAt: string, jobs: JobResult[]): ResultsDocument {
  return {
    schema: 1,
    tool: { name: 'gpu-sweep', version: '1.0.0' },
    matrixFingerprint: 'f00d',
    matrixSize: jobs.length,
    devices: ['0'],
    runner: 'r',
    startedAt: '2025-01-01T00:00:00Z',
    finishedAt,
    wallSeconds: 0,
    order: 'fifo',
    cancelled: false,
    dryRun: false,
    jobs,
  };
}

describe('readHistory', () => {
  it('prefers the most recent successful run, by finishedAt rather than list order', () => {
    const history = readHistory([
      doc('2025-03-01T00:00:00Z', [result('a', 'success', 30), result('b', 'success', 5)]),
      doc('2025-01-01T00:00:00Z', [result('a', 'success', 10), result('b', 'success', 7)]),
      doc('2025-04-01T00:00:00Z', [result('a', 'failure', 2), result('b', 'timeout', 99)]),
    ]);
    // The newer failure and timeout do not replace an older success.
    expect(history.get('a')).toBe(30);
    expect(history.get('b')).toBe(5);
  });

  it('falls back to the most recent run when a job never succeeded', () => {
    const history = readHistory([
      doc('2025-02-01T00:00:00Z', [result('a', 'timeout', 600)]),
      doc('2025-01-01T00:00:00Z', [result('a', 'failure', 3)]),
    ]);
    expect(history.get('a')).toBe(600);
  });

  it('ignores runs that tell nothing about duration, and documents of another schema', () => {
    const other = { ...doc('2025-05-01T00:00:00Z', [result('a', 'success', 1)]), schema: 2 };
    const history = readHistory([
      doc('2025-01-01T00:00:00Z', [
        result('a', 'success', 40),
        result('b', 'cancelled', 9),
        result('c', 'skipped', null),
        result('d', 'reused', 12),
        result('e', 'success', null),
      ]),
      other as unknown as ResultsDocument,
    ]);
    expect([...history]).toEqual([['a', 40]]);
  });

  it('is empty without documents', () => {
    expect(readHistory([]).size).toBe(0);
  });
});

describe('predictDurations', () => {
  const history = new Map([
    ['id0', 10],
    ['id1', 40],
    ['id2', 20],
    ['elsewhere', 1000],
  ]);

  it('gives known jobs their history and unknown ones the median of the known jobs', () => {
    const { predicted, known } = predictDurations([job(0), job(1), job(2), job(3)], history);
    expect(known).toBe(3);
    expect([...predicted]).toEqual([
      [0, 10],
      [1, 40],
      [2, 20],
      [3, 20],
    ]);
  });

  it('averages the two middle values of an even count', () => {
    const { predicted } = predictDurations([job(0), job(1), job(5)], history);
    expect(predicted.get(5)).toBe(25);
  });

  it('uses the median of all history when no job of the sweep is known', () => {
    const { predicted, known } = predictDurations([job(7, 'new'), job(8, 'newer')], history);
    expect(known).toBe(0);
    // History values 10, 20, 40, 1000.
    expect(predicted.get(7)).toBe(30);
    expect(predicted.get(8)).toBe(30);
  });

  it('predicts 1 second for everything without history', () => {
    const { predicted, known } = predictDurations([job(0), job(1)], new Map());
    expect(known).toBe(0);
    expect([...predicted.values()]).toEqual([1, 1]);
  });
});

describe('orderJobs', () => {
  const jobs = [job(0), job(1), job(2), job(3), job(4)];
  const predicted = new Map([
    [0, 5],
    [1, 9],
    [2, 5],
    [3, 9],
    [4, 1],
  ]);

  it('keeps matrix order for fifo, in a new array', () => {
    const shuffled = [jobs[3], jobs[0], jobs[4], jobs[1], jobs[2]];
    const ordered = orderJobs(shuffled, 'fifo', predicted);
    expect(ordered.map((j) => j.index)).toEqual([0, 1, 2, 3, 4]);
    expect(shuffled.map((j) => j.index)).toEqual([3, 0, 4, 1, 2]);
  });

  it('puts the longest first and keeps matrix order among equals', () => {
    expect(orderJobs(jobs, 'longest-first', predicted).map((j) => j.index)).toEqual([
      1, 3, 0, 2, 4,
    ]);
  });

  it('is a stable sort by predicted duration, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }),
        fc.integer(),
        (seconds, seed) => {
          const all = seconds.map((_, i) => job(i));
          const times = new Map(seconds.map((s, i) => [i, s]));
          // Rotate the input so the result cannot just echo it.
          const shift = seconds.length === 0 ? 0 : Math.abs(seed) % seconds.length;
          const input = [...all.slice(shift), ...all.slice(0, shift)];
          const ordered = orderJobs(input, 'longest-first', times);
          expect(ordered.map((j) => j.index).sort((a, b) => a - b)).toEqual(
            all.map((j) => j.index),
          );
          for (let k = 1; k < ordered.length; k++) {
            const before = times.get(ordered[k - 1].index)!;
            const after = times.get(ordered[k].index)!;
            expect(before).toBeGreaterThanOrEqual(after);
            if (before === after) expect(ordered[k - 1].index).toBeLessThan(ordered[k].index);
          }
        },
      ),
    );
  });

  it('puts jobs without a prediction last', () => {
    const partial = new Map([
      [2, 3],
      [4, 8],
    ]);
    expect(orderJobs(jobs, 'longest-first', partial).map((j) => j.index)).toEqual([4, 2, 0, 1, 3]);
  });
});

describe('predictMakespan', () => {
  it('schedules in the given order, not the best order', () => {
    // Two devices: 3|3, then 2 on each (5|5), the last 2 ends at 7; 3+3 | 2+2+2 would give 6.
    expect(predictMakespan([3, 3, 2, 2, 2], 2)).toBe(7);
    // Short jobs first leave the long one alone at the end: 1,1 | 1,1 then 10 -> 12.
    expect(predictMakespan([1, 1, 1, 1, 10], 2)).toBe(12);
    expect(predictMakespan([10, 1, 1, 1, 1], 2)).toBe(10);
  });

  it('starts each job on the device that frees up first', () => {
    // Three devices: 4 | 1 | 2, then 3 goes to device 2 (free at 1) -> 4, 1 to device 3 -> 3.
    expect(predictMakespan([4, 1, 2, 3, 1], 3)).toBe(4);
  });

  it('handles one device, more devices than jobs, and no jobs', () => {
    expect(predictMakespan([2, 5, 1], 1)).toBe(8);
    expect(predictMakespan([2, 5, 1], 8)).toBe(5);
    expect(predictMakespan([], 4)).toBe(0);
  });

  it('lies between the lower bound and the list-scheduling guarantee', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (durations, devices) => {
          const makespan = predictMakespan(durations, devices);
          const bound = lowerBound(durations, devices);
          const longest = Math.max(0, ...durations);
          expect(makespan).toBeGreaterThanOrEqual(bound - 1e-9);
          expect(makespan).toBeLessThanOrEqual(bound + longest + 1e-9);
        },
      ),
    );
  });

  it('refuses a device count that is not a whole number of at least 1', () => {
    expect(() => predictMakespan([1], 0)).toThrow(
      "Invalid device count '0'. Expected a whole number of at least 1.",
    );
    expect(() => lowerBound([1], 1.5)).toThrow("Invalid device count '1.5'");
  });
});

describe('lowerBound', () => {
  it('is the larger of perfect balance and the longest job', () => {
    expect(lowerBound([3, 3, 2, 2, 2], 2)).toBe(6);
    expect(lowerBound([10, 1, 1, 1, 1], 2)).toBe(10);
    expect(lowerBound([1, 2], 2)).toBe(2);
    expect(lowerBound([4, 4, 4], 2)).toBe(6);
    expect(lowerBound([1, 1, 1], 2)).toBe(1.5);
    expect(lowerBound([], 3)).toBe(0);
  });
});
