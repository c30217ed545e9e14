// Runs jobs on a pool of devices: at most one job per device at any moment,
// the next job dispatched the moment a device frees (no polling: every
// dispatch is triggered by a job finishing, a lease freeing, or the start).
//
// The scheduler knows nothing of processes: it calls `runAttempt`, which must
// resolve to an outcome with a status. If it throws anyway, the attempt counts
// as a failure; the devices are released in `finally` either way, so an error
// while starting a job can never leak a GPU.
import type { LeaseHolder, LeaseManager } from './locks.js';
import type { AttemptStatus, Job } from './types.js';

export interface AttemptOutcome {
  status: AttemptStatus;
}

export interface ScheduleOptions<T extends AttemptOutcome> {
  /** The device ids, in preference order. */
  devices: string[];
  devicesPerJob: number;
  /** Most jobs running at once; 0 = no limit beyond the devices. */
  maxParallel: number;
  /** Extra attempts for a job that failed or timed out. */
  retries: number;
  /** Stop dispatching once this many jobs have finally failed; 0 = never. */
  maxFailures: number;
  /** Also cancel the running jobs when maxFailures is reached. */
  cancelOnMaxFailures: boolean;
  /** Aborting it cancels the sweep: no more dispatch, running jobs cancelled. */
  signal?: AbortSignal;
  /** Host-wide leases: a device is used only while we hold its lease. */
  leases?: LeaseManager | null;
  /** Run one attempt of a job on these devices. `signal` aborts it. */
  runAttempt: (job: Job, devices: string[], attempt: number, signal: AbortSignal) => Promise<T>;
  /** Turn a thrown error into an outcome (the runner should never throw). */
  onAttemptError: (job: Job, devices: string[], attempt: number, error: unknown) => T;
  onStart?: (job: Job, devices: string[], attempt: number) => void;
  /** An attempt ended; `final` is false when the job will be retried. */
  onAttemptEnd?: (job: Job, outcome: T, attempt: number, final: boolean) => void;
  /** The lease folder failed; the schedule goes on without host-wide leases. */
  onLeaseError?: (error: unknown) => void;
  /** Free devices are all leased by other processes on this host. */
  onWaitingForLease?: (device: string, holder: LeaseHolder | null) => void;
}

export interface JobRecord<T> {
  job: Job;
  /** Every attempt's outcome, oldest first; empty when the job never started. */
  attempts: T[];
  /** Devices of each attempt. */
  devices: string[][];
}

interface Queued {
  job: Job;
  attempt: number;
  /** Devices used by earlier attempts: a retry prefers others (a broken GPU should not eat every attempt). */
  avoid: Set<string>;
}

/**
 * Run every job (in the given order) and resolve with one record per job, in
 * the same order. Never rejects because of a job.
 */
export function runSchedule<T extends AttemptOutcome>(
  jobs: Job[],
  opts: ScheduleOptions<T>,
): Promise<JobRecord<T>[]> {
  const records = new Map<Job, JobRecord<T>>(
    jobs.map((job) => [job, { job, attempts: [], devices: [] }]),
  );
  const queue: Queued[] = jobs.map((job) => ({ job, attempt: 1, avoid: new Set() }));
  const free = new Set(opts.devices);
  const running = new Map<Job, AbortController>();
  let leases = opts.leases ?? null;
  const waitingReported = new Set<string>();
  const limit = opts.maxParallel > 0 ? opts.maxParallel : Infinity;
  let finalFailures = 0;
  let stopped = false;
  let unsubscribe: (() => void) | null = null;

  return new Promise((resolveAll) => {
    // While every device is leased by another process nothing of ours is
    // pending (lease watchers are unref'ed): this handle keeps Node alive.
    const keepAlive = setInterval(() => {}, 2 ** 30);
    const finishIfDone = () => {
      if (running.size === 0 && (stopped || queue.length === 0)) {
        clearInterval(keepAlive);
        unsubscribe?.();
        opts.signal?.removeEventListener('abort', onAbort);
        resolveAll(jobs.map((job) => records.get(job)!));
        return true;
      }
      return false;
    };

    const stop = (cancelRunning: boolean) => {
      stopped = true;
      if (cancelRunning) for (const controller of running.values()) controller.abort();
    };

    function onAbort() {
      stop(true);
      finishIfDone();
    }

    /**
     * Take a device's host lease. If the lease folder itself fails (removed,
     * made read-only mid-run), waiting for it would hang the sweep: say so once
     * and go on without host-wide leases.
     */
    const tryLease = (device: string): boolean => {
      try {
        return leases!.tryAcquire(device);
      } catch (error) {
        opts.onLeaseError?.(error);
        unsubscribe?.();
        unsubscribe = null;
        leases = null;
        return true;
      }
    };

    /** Pick devices for a job: free ones, preferring those it has not failed on, holding their leases. */
    const allocate = (avoid: Set<string>): string[] | null => {
      const candidates = [...opts.devices].filter((d) => free.has(d));
      if (candidates.length < opts.devicesPerJob) return null;
      candidates.sort((a, b) => Number(avoid.has(a)) - Number(avoid.has(b)));
      const chosen: string[] = [];
      for (const d of candidates) {
        if (leases && !tryLease(d)) {
          if (!waitingReported.has(d)) {
            waitingReported.add(d);
            opts.onWaitingForLease?.(d, leases.holder(d));
          }
          continue;
        }
        waitingReported.delete(d);
        chosen.push(d);
        if (chosen.length === opts.devicesPerJob) break;
      }
      if (chosen.length < opts.devicesPerJob) {
        if (leases) for (const d of chosen) leases.release(d);
        if (leases && !unsubscribe) unsubscribe = leases.onMaybeFree(pump);
        return null;
      }
      // Keep the job's devices in the configured order (CUDA_VISIBLE_DEVICES=0,1 rather than 1,0).
      return opts.devices.filter((d) => chosen.includes(d));
    };

    const start = (item: Queued, devices: string[]) => {
      const { job, attempt } = item;
      const record = records.get(job)!;
      const controller = new AbortController();
      for (const d of devices) free.delete(d);
      running.set(job, controller);
      record.devices.push(devices);
      const run = async (): Promise<T> => {
        try {
          opts.onStart?.(job, devices, attempt);
          return await opts.runAttempt(job, devices, attempt, controller.signal);
        } catch (error) {
          return opts.onAttemptError(job, devices, attempt, error);
        } finally {
          running.delete(job);
          for (const d of devices) {
            free.add(d);
            leases?.release(d);
          }
        }
      };
      void run().then((outcome) => {
        record.attempts.push(outcome);
        const failed = outcome.status === 'failure' || outcome.status === 'timeout';
        const retry = failed && !stopped && attempt <= opts.retries;
        if (retry) {
          // A retry goes to the front: it was dispatched before everything still queued.
          queue.unshift({ job, attempt: attempt + 1, avoid: new Set([...item.avoid, ...devices]) });
        } else if (failed) {
          finalFailures++;
        }
        opts.onAttemptEnd?.(job, outcome, attempt, !retry);
        if (!retry && failed && opts.maxFailures > 0 && finalFailures >= opts.maxFailures)
          stop(opts.cancelOnMaxFailures);
        pump();
      });
    };

    function pump() {
      while (!stopped && queue.length > 0 && running.size < limit) {
        const devices = allocate(queue[0].avoid);
        if (!devices) break;
        start(queue.shift()!, devices);
      }
      finishIfDone();
    }

    if (opts.signal?.aborted) {
      stopped = true;
    } else {
      opts.signal?.addEventListener('abort', onAbort, { once: true });
    }
    pump();
  });
}
