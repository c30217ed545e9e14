import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lowerBound } from '../src/history.js';
import { MergeError, mergeResults, parseShard, shardJobs, type Shard } from '../src/shard.js';
import type { Job, JobResult, ResultsDocument } from '../src/types.js';

// Factories: a job, its result, and a results document with the fields merge reads.

function job(index: number): Job {
  return { index, id: `id${index}`, name: `(${index})`, matrix: { i: index } };
}

function result(index: number, extra: Partial<JobResult> = {}): JobResult {
  return {
    index,
    id: `id${index}`,
    name: `(${index})`,
    matrix: { i: index },
    devices: [String(index % 2)],
    status: 'success',
    exitCode: 0,
    signal: null,
    attempts: 1,
    startedAt: '2025-01-01T00:00:00Z',
    finishedAt: '2025-01-01T00:01:00Z',
    durationSeconds: 60 + index,
    outputs: { score: String(index) },
    logFile: `logs/${index}.log`,
    ...extra,
  };
}

function doc(jobs: JobResult[], extra: Partial<ResultsDocument> = {}): ResultsDocument {
  return {
    schema: 1,
    tool: { name: 'gpu-sweep', version: '1.0.0' },
    matrixFingerprint: 'abc123',
    matrixSize: 7,
    devices: ['0', '1'],
    runner: 'runner-a',
    startedAt: '2025-01-01T00:00:00Z',
    finishedAt: '2025-01-01T01:00:00Z',
    wallSeconds: 3600,
    order: 'fifo',
    cancelled: false,
    dryRun: false,
    jobs,
    ...extra,
  };
}

const indices = (jobs: { index: number }[]): number[] => jobs.map((j) => j.index);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('parseShard', () => {
  it.each([
    ['2/3', { index: 2, count: 3 }],
    ['1/1', { index: 1, count: 1 }],
    ['12/12', { index: 12, count: 12 }],
    [' 3/5 ', { index: 3, count: 5 }],
  ])('reads %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each([
    '',
    ' ',
    '0/3',
    '4/3',
    '1/0',
    '0/0',
    '-1/3',
    'a/3',
    '1/b',
    '1.5/3',
    '1/2.0',
    '2',
    '2/',
    '/3',
    '2/3/4',
    '1 / 3',
    '99999999999999999999/99999999999999999999',
  ])('refuses %j with one line quoting it', (text) => {
    expect(() => parseShard(text)).toThrow(
      new Error(`Invalid shard '${text}'. Expected i/n with 1 <= i <= n, e.g. 2/3.`),
    );
  });
});

describe('shardJobs', () => {
  it('deals jobs round-robin by index without predictions', () => {
    const jobs = range(8).map(job);
    expect(indices(shardJobs(jobs, { index: 1, count: 3 }))).toEqual([0, 3, 6]);
    expect(indices(shardJobs(jobs, { index: 2, count: 3 }))).toEqual([1, 4, 7]);
    expect(indices(shardJobs(jobs, { index: 3, count: 3 }))).toEqual([2, 5]);
    expect(indices(shardJobs(jobs, { index: 5, count: 9 }))).toEqual([4]);
    expect(indices(shardJobs(jobs, { index: 9, count: 9 }))).toEqual([]);
  });

  it('packs longest-first into the least-loaded bin with predictions', () => {
    // 7 -> bin 1, 5 -> bin 2, 4 -> bin 2 (9), 3 -> bin 1 (10), 3 -> bin 2 (12), 2 -> bin 1 (12).
    const jobs = range(6).map(job);
    const predicted = new Map([
      [0, 2],
      [1, 3],
      [2, 7],
      [3, 4],
      [4, 3],
      [5, 5],
    ]);
    expect(indices(shardJobs(jobs, { index: 1, count: 2 }, predicted))).toEqual([0, 1, 2]);
    expect(indices(shardJobs(jobs, { index: 2, count: 2 }, predicted))).toEqual([3, 4, 5]);
  });

  it('sends ties to the lowest bin, equal jobs in index order', () => {
    const jobs = range(5).map(job);
    const predicted = new Map(range(5).map((i) => [i, 10]));
    expect(indices(shardJobs(jobs, { index: 1, count: 2 }, predicted))).toEqual([0, 2, 4]);
    expect(indices(shardJobs(jobs, { index: 2, count: 2 }, predicted))).toEqual([1, 3]);
  });

  it('refuses a shard outside 1..count', () => {
    expect(() => shardJobs([job(0)], { index: 4, count: 3 })).toThrow("Invalid shard '4/3'");
    expect(() => shardJobs([job(0)], { index: 1, count: 0 })).toThrow("Invalid shard '1/0'");
  });

  it('splits any sweep into disjoint shards that together are the whole sweep', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3600 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.nat(),
        (durations, count, usePredictions, seed) => {
          const jobs = durations.map((_, i) => job(i));
          const predicted = usePredictions
            ? new Map(durations.map((seconds, i) => [i, seconds]))
            : undefined;
          // Each runner may list the jobs in its own order; the split must not depend on it.
          const shift = jobs.length === 0 ? 0 : seed % jobs.length;
          const rotated = [...jobs.slice(shift), ...jobs.slice(0, shift)].reverse();

          const shards = range(count).map((i) =>
            shardJobs(jobs, { index: i + 1, count }, predicted),
          );
          for (const [i, shard] of shards.entries()) {
            const again = shardJobs(rotated, { index: i + 1, count }, predicted);
            expect(indices(again)).toEqual(indices(shard));
            const inOrder = indices(shard).every((index, k, all) => k === 0 || all[k - 1] < index);
            expect(inOrder).toBe(true);
          }
          const union = shards.flatMap(indices).sort((a, b) => a - b);
          // Sorted union equal to 0..n-1 means no job is missing and none is in two shards.
          expect(union).toEqual(range(jobs.length));

          if (predicted !== undefined && durations.length > 0) {
            const loads = shards.map((shard) =>
              shard.reduce((sum, j) => sum + predicted.get(j.index)!, 0),
            );
            const longest = Math.max(...durations);
            expect(Math.max(...loads)).toBeLessThanOrEqual(lowerBound(durations, count) + longest);
          } else if (predicted === undefined) {
            for (const [i, shard] of shards.entries()) {
              expect(shard.every((j) => j.index % count === i)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('keeps the longest shard within the LPT guarantee of the best split', () => {
    // Small enough to find the best split by trying every assignment.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (durations, count) => {
          const jobs = durations.map((_, i) => job(i));
          const predicted = new Map(durations.map((seconds, i) => [i, seconds]));
          const loads = range(count).map((i) =>
            shardJobs(jobs, { index: i + 1, count }, predicted).reduce(
              (sum, j) => sum + durations[j.index],
              0,
            ),
          );
          const best = bestMakespan(durations, count);
          expect(Math.max(...loads) * 3 * count).toBeLessThanOrEqual(best * (4 * count - 1));
        },
      ),
    );
  });
});

function bestMakespan(durations: number[], bins: number): number {
  let best = Infinity;
  const load = new Array<number>(bins).fill(0);
  const place = (k: number): void => {
    if (k === durations.length) {
      best = Math.min(best, Math.max(...load));
      return;
    }
    for (let bin = 0; bin < bins; bin++) {
      load[bin] += durations[k];
      place(k + 1);
      load[bin] -= durations[k];
    }
  };
  place(0);
  return best;
}

describe('mergeResults', () => {
  /** Split a single run of 7 jobs into 3 round-robin shards, as three runners would. */
  function threeShards(): {
    single: JobResult[];
    inputs: { file: string; doc: ResultsDocument }[];
  } {
    const single = range(7).map((i) => result(i));
    const inputs = [1, 2, 3].map((index) => {
      const shard: Shard = { index, count: 3 };
      const mine = new Set(indices(shardJobs(range(7).map(job), shard)));
      return {
        file: `shard-${index}.json`,
        doc: doc(
          single.filter((r) => mine.has(r.index)),
          {
            shard,
            runner: `runner-${index}`,
            devices: index === 2 ? ['1', '2'] : ['0', '1'],
            startedAt: `2025-01-01T00:0${index}:00Z`,
            finishedAt: `2025-01-01T01:0${4 - index}:00Z`,
            dryRun: index !== 2,
            objective: { direction: 'max', key: `score${index}` },
          },
        ),
      };
    });
    return { single, inputs };
  }

  it('merges complete shards into the jobs of a single run', () => {
    const { single, inputs } = threeShards();
    // Files in any order: the merge sorts jobs by index.
    const { doc: merged, problems } = mergeResults([inputs[2], inputs[0], inputs[1]]);
    expect(problems).toEqual([]);
    expect(merged.jobs.map(({ runner: _, ...rest }) => rest)).toEqual(single);
    expect(merged.jobs.map((j) => j.runner)).toEqual(range(7).map((i) => `runner-${(i % 3) + 1}`));
  });

  it('combines the metadata as one run of everything', () => {
    const { inputs } = threeShards();
    const { doc: merged } = mergeResults([inputs[1], inputs[0], inputs[2]]);
    const { jobs: _, ...meta } = merged;
    expect(meta).toEqual({
      schema: 1,
      tool: { name: 'gpu-sweep', version: '1.0.0' },
      matrixFingerprint: 'abc123',
      matrixSize: 7,
      devices: ['1', '2', '0'],
      runner: 'runner-2, runner-1, runner-3',
      startedAt: '2025-01-01T00:01:00Z',
      finishedAt: '2025-01-01T01:03:00Z',
      wallSeconds: 3720,
      order: 'fifo',
      cancelled: false,
      dryRun: false,
      objective: { direction: 'max', key: 'score2' },
    });
    expect('shard' in merged).toBe(false);
    expect('bestIndex' in merged).toBe(false);
  });

  it('keeps a runner a job already names, and leaves the inputs unchanged', () => {
    const input = doc([result(0, { runner: 'elsewhere' }), result(1)], { matrixSize: 2 });
    const before = structuredClone(input);
    const { doc: merged } = mergeResults([{ file: 'a.json', doc: input }]);
    expect(merged.jobs.map((j) => j.runner)).toEqual(['elsewhere', 'runner-a']);
    expect(input).toEqual(before);
  });

  it('takes the largest estimate of each kind only when every file has one', () => {
    const a = doc([result(0)], {
      matrixSize: 2,
      estimate: { predictedSeconds: 50, actualSeconds: 70 },
    });
    const b = doc([result(1)], {
      matrixSize: 2,
      estimate: { predictedSeconds: 80, actualSeconds: 60 },
    });
    const c = doc([], { matrixSize: 2 });
    const both = mergeResults([
      { file: 'a.json', doc: a },
      { file: 'b.json', doc: b },
    ]).doc;
    expect(both.estimate).toEqual({ predictedSeconds: 80, actualSeconds: 70 });
    const partial = mergeResults([
      { file: 'a.json', doc: a },
      { file: 'c.json', doc: c },
    ]).doc;
    expect(partial.estimate).toBeUndefined();
  });

  it('reports a missing shard and the jobs without a result', () => {
    const { inputs } = threeShards();
    const { doc: merged, problems } = mergeResults([inputs[0], inputs[2]]);
    expect(problems).toEqual([
      'shard 2/3 is missing (no results file)',
      '2 of 7 jobs have no result',
    ]);
    expect(indices(merged.jobs)).toEqual([0, 2, 3, 5, 6]);
  });

  it('reports a cancelled shard', () => {
    const { inputs } = threeShards();
    inputs[0].doc.cancelled = true;
    const { doc: merged, problems } = mergeResults(inputs);
    expect(problems).toEqual(['shard 1/3 was cancelled (shard-1.json)']);
    expect(merged.cancelled).toBe(true);
  });

  it('keeps the later-finished result of a job found in two files', () => {
    const early = doc([result(3), result(4, { status: 'failure', exitCode: 1 })], {
      matrixSize: 6,
      finishedAt: '2025-01-01T02:00:00Z',
      runner: 'early',
    });
    const late = doc([result(4), result(5)], {
      matrixSize: 6,
      finishedAt: '2025-01-01T03:00:00Z',
      runner: 'late',
    });
    for (const inputs of [
      [
        { file: 'a.json', doc: late },
        { file: 'b.json', doc: early },
      ],
      [
        { file: 'b.json', doc: early },
        { file: 'a.json', doc: late },
      ],
    ]) {
      const { doc: merged, problems } = mergeResults(inputs);
      const fileNames = inputs.map((input) => input.file).join(' and ');
      expect(problems).toEqual([
        `job 4 appears in ${fileNames}; kept a.json`,
        '3 of 6 jobs have no result',
      ]);
      expect(indices(merged.jobs)).toEqual([3, 4, 5]);
      expect(merged.jobs[1]).toMatchObject({ status: 'success', runner: 'late' });
    }
  });

  it('refuses files from different matrices, naming both files and fingerprints', () => {
    const a = { file: 'a.json', doc: doc([result(0)]) };
    const b = { file: 'b.json', doc: doc([result(1)], { matrixFingerprint: 'def456' }) };
    const call = (): unknown => mergeResults([a, b]);
    expect(call).toThrow(MergeError);
    expect(call).toThrow(/^a\.json and b\.json come from different matrices .*abc123.*def456/);
    const c = { file: 'c.json', doc: doc([result(1)], { matrixSize: 8 }) };
    expect(() => mergeResults([a, c])).toThrow(/a\.json and c\.json .*7 entries.*8 entries/);
  });

  it('refuses no files, another schema, and shards of different counts', () => {
    expect(() => mergeResults([])).toThrow(MergeError);
    const future = { ...doc([]), schema: 2 } as unknown as ResultsDocument;
    expect(() => mergeResults([{ file: 'new.json', doc: future }])).toThrow(
      "Unsupported schema '2' in new.json. Expected schema 1.",
    );
    const a = { file: 'a.json', doc: doc([result(0)], { shard: { index: 1, count: 2 } }) };
    const b = { file: 'b.json', doc: doc([result(1)], { shard: { index: 2, count: 3 } }) };
    expect(() => mergeResults([a, b])).toThrow(
      new MergeError(
        'a.json is shard 1/2 but b.json is shard 2/3. Expected results files of one shard count.',
      ),
    );
  });
});
