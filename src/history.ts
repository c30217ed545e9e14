// Expected durations from earlier results files, and what they predict about a
// sweep: the order to start jobs in and the makespan that order should give.
// Pure: the caller reads the files and reports the ones it could not use.

import type { Job, JobResult, ResultsDocument } from './types.js';

/** Statuses whose duration says how long the job takes (cancelled and skipped runs do not). */
const RAN: ReadonlySet<JobResult['status']> = new Set(['success', 'failure', 'timeout']);

/** Median used when there is nothing at all to go on: any positive value keeps the order stable. */
const NO_HISTORY_SECONDS = 1;

interface Sample {
  seconds: number;
  success: boolean;
  /** Epoch ms of the document's finishedAt; -Infinity when it does not parse. */
  at: number;
}

/**
 * Job id -> expected seconds, from the jobs that ran in earlier results documents.
 *
 * A successful run is the better guide (a failure often stops early), so the most
 * recent successful run wins; a job that never succeeded takes its most recent run.
 * Documents whose schema is not 1 are skipped; the caller reports them.
 */
export function readHistory(docs: ResultsDocument[]): Map<string, number> {
  const best = new Map<string, Sample>();
  for (const doc of docs) {
    if ((doc as { schema: unknown }).schema !== 1) continue;
    const parsed = Date.parse(doc.finishedAt);
    const at = Number.isNaN(parsed) ? -Infinity : parsed;
    for (const job of doc.jobs) {
      if (!RAN.has(job.status) || job.durationSeconds === null) continue;
      const sample: Sample = {
        seconds: job.durationSeconds,
        success: job.status === 'success',
        at,
      };
      const held = best.get(job.id);
      // On equal times the later document in the list wins, as if read in order.
      if (held === undefined || preferred(sample, held)) best.set(job.id, sample);
    }
  }
  return new Map([...best].map(([id, sample]) => [id, sample.seconds]));
}

function preferred(candidate: Sample, held: Sample): boolean {
  if (candidate.success !== held.success) return candidate.success;
  return candidate.at >= held.at;
}

/**
 * Predicted seconds per job index. Jobs never seen take the median of the known
 * jobs of this sweep (a new point in a sweep is most like its neighbours); when
 * none of them is known, the median of all history; with no history, 1.
 */
export function predictDurations(
  jobs: Job[],
  history: Map<string, number>,
): { predicted: Map<number, number>; known: number } {
  const knownSeconds: number[] = [];
  for (const job of jobs) {
    const seconds = history.get(job.id);
    if (seconds !== undefined) knownSeconds.push(seconds);
  }
  const fallback =
    knownSeconds.length > 0
      ? median(knownSeconds)
      : history.size > 0
        ? median([...history.values()])
        : NO_HISTORY_SECONDS;
  const predicted = new Map<number, number>();
  for (const job of jobs) predicted.set(job.index, history.get(job.id) ?? fallback);
  return { predicted, known: knownSeconds.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The order to start jobs in, as a new array. `fifo` is matrix order (by index).
 * `longest-first` starts the longest predicted jobs first so that no long job is
 * left to run alone at the end; equal predictions keep matrix order, and a job
 * without a prediction goes after every job that has one.
 */
export function orderJobs(
  jobs: Job[],
  order: 'fifo' | 'longest-first',
  predicted?: Map<number, number>,
): Job[] {
  const byIndex = [...jobs].sort((a, b) => a.index - b.index);
  if (order === 'fifo') return byIndex;
  const seconds = (job: Job): number => predicted?.get(job.index) ?? -Infinity;
  // Array.prototype.sort is stable, so ties stay in matrix order.
  return byIndex.sort((a, b) => {
    const sa = seconds(a);
    const sb = seconds(b);
    return sa === sb ? 0 : sb > sa ? 1 : -1;
  });
}

/**
 * The makespan of list scheduling: each duration, in the given order, starts on the
 * device that frees up first (lowest device on ties). This is what the scheduler does
 * when every job takes one device and the durations come true.
 */
export function predictMakespan(durations: number[], devices: number): number {
  checkDevices(devices);
  const freeAt = new Array<number>(Math.min(devices, Math.max(durations.length, 1))).fill(0);
  for (const duration of durations) freeAt[leastLoaded(freeAt)] += duration;
  return Math.max(...freeAt);
}

/** The position of the smallest load, the lowest position on ties. */
export function leastLoaded(load: number[]): number {
  let best = 0;
  for (let i = 1; i < load.length; i++) if (load[i] < load[best]) best = i;
  return best;
}

/** No schedule beats perfect balance, nor the longest single job. */
export function lowerBound(durations: number[], devices: number): number {
  checkDevices(devices);
  if (durations.length === 0) return 0;
  const sum = durations.reduce((total, d) => total + d, 0);
  const longest = durations.reduce((max, d) => Math.max(max, d), -Infinity);
  return Math.max(sum / devices, longest);
}

function checkDevices(devices: number): void {
  if (!Number.isInteger(devices) || devices < 1) {
    throw new Error(`Invalid device count '${devices}'. Expected a whole number of at least 1.`);
  }
}
