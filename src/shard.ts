// Split one sweep across several runners, and merge their results files back into
// one document as if a single runner had run everything.
//
// Every runner computes its own shard from the same inputs, with no coordination,
// so the split must be a pure function of the job list (and of the predictions, when
// given): the same on every machine, disjoint, and together the whole sweep.

import { leastLoaded, orderJobs } from './history.js';
import type { Job, JobResult, ResultsDocument } from './types.js';

/** One runner's part of a sharded sweep: `index` is 1-based, from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse `i/n`, e.g. `2/3` -> `{ index: 2, count: 3 }`. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || !isValid({ index, count })) {
    throw new Error(`Invalid shard '${text}'. Expected i/n with 1 <= i <= n, e.g. 2/3.`);
  }
  return { index, count };
}

function isValid(shard: Shard): boolean {
  return (
    Number.isInteger(shard.index) &&
    Number.isInteger(shard.count) &&
    shard.count >= 1 &&
    shard.index >= 1 &&
    shard.index <= shard.count
  );
}

/**
 * The jobs of one shard, in matrix order (a shard may be empty).
 *
 * Without predictions the jobs are dealt round-robin by index. With predictions
 * (job index -> seconds) they are packed longest-first into the bin with the least
 * predicted work, so the runners finish at about the same time; every runner must
 * then see the same predictions (the same history), or the shards will not fit together.
 */
export function shardJobs(jobs: Job[], shard: Shard, predicted?: Map<number, number>): Job[] {
  if (!isValid(shard)) {
    throw new Error(
      `Invalid shard '${shard.index}/${shard.count}'. Expected i/n with 1 <= i <= n, e.g. 2/3.`,
    );
  }
  const byIndex = [...jobs].sort((a, b) => a.index - b.index);
  if (predicted === undefined) {
    return byIndex.filter((job) => job.index % shard.count === shard.index - 1);
  }

  // Longest processing time first: each job, longest first (then by index), goes to
  // the bin with the least predicted total so far, the lowest bin on ties.
  const load = new Array<number>(shard.count).fill(0);
  const mine = new Set<number>();
  for (const job of orderJobs(byIndex, 'longest-first', predicted)) {
    const bin = leastLoaded(load);
    load[bin] += predicted.get(job.index) ?? 0;
    if (bin === shard.index - 1) mine.add(job.index);
  }
  return byIndex.filter((job) => mine.has(job.index));
}

/** A set of results files that cannot be merged into one sweep. */
export class MergeError extends Error {
  override name = 'MergeError';
}

/**
 * Combine shard results files into one document, as if one runner had run everything.
 *
 * Files that cannot belong to one sweep (another schema, another matrix, another
 * shard count) throw a MergeError. Everything short of that is merged and described
 * in `problems`: missing or cancelled shards, jobs without a result, a job found in
 * two files. An empty list means the merge is complete. `bestIndex` is left for the
 * caller to recompute from the merged jobs.
 */
export function mergeResults(inputs: { file: string; doc: ResultsDocument }[]): {
  doc: ResultsDocument;
  problems: string[];
} {
  if (inputs.length === 0) {
    throw new MergeError('No results files to merge. Expected at least one results file.');
  }
  const times = inputs.map((input) => checkInput(input));
  const first = inputs[0];
  for (const other of inputs.slice(1)) {
    if (
      other.doc.matrixFingerprint !== first.doc.matrixFingerprint ||
      other.doc.matrixSize !== first.doc.matrixSize
    ) {
      throw new MergeError(
        `${first.file} and ${other.file} come from different matrices ` +
          `(fingerprint ${first.doc.matrixFingerprint}, ${first.doc.matrixSize} entries vs ` +
          `fingerprint ${other.doc.matrixFingerprint}, ${other.doc.matrixSize} entries). ` +
          'Expected results files of one sweep.',
      );
    }
  }
  // Shards: all sharded files must split the sweep the same way.
  const sharded = inputs.flatMap(({ file, doc }) =>
    doc.shard ? [{ file, shard: doc.shard }] : [],
  );
  const odd = sharded.find(({ shard }) => shard.count !== sharded[0].shard.count);
  if (odd !== undefined) {
    throw new MergeError(
      `${sharded[0].file} is shard ${describeShard(sharded[0].shard)} but ${odd.file} ` +
        `is shard ${describeShard(odd.shard)}. Expected results files of one shard count.`,
    );
  }
  const problems: string[] = [];

  // Jobs: one per index; a job found twice keeps the result of the later-finished file.
  const held = new Map<number, { job: JobResult; input: number }>();
  inputs.forEach(({ file, doc }, input) => {
    for (const job of doc.jobs) {
      const merged: JobResult = { ...job, runner: job.runner ?? doc.runner };
      const previous = held.get(job.index);
      if (previous === undefined) {
        held.set(job.index, { job: merged, input });
        continue;
      }
      const keepNew = times[input].finished >= times[previous.input].finished;
      const earlierFile = inputs[previous.input].file;
      problems.push(
        `job ${job.index} appears in ${earlierFile} and ${file}; kept ${keepNew ? file : earlierFile}`,
      );
      if (keepNew) held.set(job.index, { job: merged, input });
    }
  });
  const jobs = [...held.values()].map(({ job }) => job).sort((a, b) => a.index - b.index);

  // Completeness: what a reader of the merged file would otherwise take for the whole sweep.
  for (const { file, doc } of inputs) {
    if (!doc.cancelled) continue;
    problems.push(
      doc.shard !== undefined
        ? `shard ${describeShard(doc.shard)} was cancelled (${file})`
        : `${file} was cancelled`,
    );
  }
  if (sharded.length > 0) {
    const count = sharded[0].shard.count;
    const present = new Set(sharded.map(({ shard }) => shard.index));
    for (let index = 1; index <= count; index++) {
      if (present.has(index)) continue;
      problems.push(`shard ${index}/${count} is missing (no results file)`);
    }
  }
  const matrixSize = first.doc.matrixSize;
  if (jobs.length < matrixSize) {
    problems.push(`${matrixSize - jobs.length} of ${matrixSize} jobs have no result`);
  }

  // Metadata: the run as a whole spans from the first start to the last finish.
  const started = times.reduce((a, b) => (b.started < a.started ? b : a));
  const finished = times.reduce((a, b) => (b.finished > a.finished ? b : a));
  const devices = [...new Set(inputs.flatMap(({ doc }) => doc.devices))];
  const runners = [...new Set(inputs.map(({ doc }) => doc.runner))];
  const doc: ResultsDocument = {
    schema: 1,
    tool: first.doc.tool,
    matrixFingerprint: first.doc.matrixFingerprint,
    matrixSize,
    devices,
    runner: runners.join(', '),
    startedAt: started.startedAt,
    finishedAt: finished.finishedAt,
    wallSeconds: (finished.finished - started.started) / 1000,
    order: first.doc.order,
    cancelled: inputs.some(({ doc }) => doc.cancelled),
    dryRun: inputs.every(({ doc }) => doc.dryRun),
    jobs,
  };
  // Shards ran side by side, so the whole sweep takes as long as the slowest shard.
  const estimates = inputs.map(({ doc }) => doc.estimate);
  if (estimates.every((estimate) => estimate !== undefined)) {
    doc.estimate = {
      predictedSeconds: Math.max(...estimates.map((estimate) => estimate.predictedSeconds)),
      actualSeconds: Math.max(...estimates.map((estimate) => estimate.actualSeconds)),
    };
  }
  if (first.doc.objective !== undefined) doc.objective = first.doc.objective;
  return { doc, problems };
}

interface Times {
  startedAt: string;
  finishedAt: string;
  started: number;
  finished: number;
}

/** Refuse a file that is not a results document this version can read. */
function checkInput({ file, doc }: { file: string; doc: ResultsDocument }): Times {
  const schema = (doc as { schema: unknown }).schema;
  if (schema !== 1) {
    throw new MergeError(`Unsupported schema '${String(schema)}' in ${file}. Expected schema 1.`);
  }
  if (!Array.isArray(doc.jobs)) {
    throw new MergeError(`Invalid results file ${file}: no jobs list. Expected a "jobs" array.`);
  }
  if (doc.shard !== undefined && !isValid(doc.shard)) {
    throw new MergeError(
      `Invalid shard '${describeShard(doc.shard)}' in ${file}. Expected i/n with 1 <= i <= n.`,
    );
  }
  const started = parseTime(file, 'startedAt', doc.startedAt);
  const finished = parseTime(file, 'finishedAt', doc.finishedAt);
  return { startedAt: doc.startedAt, finishedAt: doc.finishedAt, started, finished };
}

function parseTime(file: string, field: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new MergeError(
      `Invalid ${field} '${value}' in ${file}. Expected an ISO 8601 time such as 2025-01-31T12:00:00Z.`,
    );
  }
  return ms;
}

function describeShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
