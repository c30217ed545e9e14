import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSchedule, type AttemptOutcome, type ScheduleOptions } from '../src/scheduler.js';
import type { LeaseHolder, LeaseManager } from '../src/locks.js';
import type { Job } from '../src/types.js';

const jobs = (n: number): Job[] =>
  Array.from({ length: n }, (_, index) => ({
    index,
    id: `id${index}`,
    name: `j${index}`,
    matrix: { i: index },
  }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome extends AttemptOutcome {
  devices: string[];
  attempt: number;
}

/** A device tracker that fails the test on the first overlap, counted as the jobs run. */
function tracker() {
  const busy = new Set<string>();
  let running = 0;
  let peak = 0;
  const overlaps: string[] = [];
  return {
    enter(devices: string[]) {
      for (const d of devices) {
        if (busy.has(d)) overlaps.push(d);
        busy.add(d);
      }
      running++;
      peak = Math.max(peak, running);
    },
    leave(devices: string[]) {
      for (const d of devices) busy.delete(d);
      running--;
    },
    get peak() {
      return peak;
    },
    overlaps,
  };
}

function options(
  partial: Partial<ScheduleOptions<Outcome>> & Pick<ScheduleOptions<Outcome>, 'runAttempt'>,
): ScheduleOptions<Outcome> {
  return {
    devices: ['0', '1', '2'],
    devicesPerJob: 1,
    maxParallel: 0,
    retries: 0,
    maxFailures: 0,
    cancelOnMaxFailures: false,
    onAttemptError: (_job, devices, attempt) => ({ status: 'failure', devices, attempt }),
    ...partial,
  };
}

describe('runSchedule', () => {
  it('never runs two jobs on one device, under random durations and device counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 4 }),
        async (deviceCount, perJob, durations, maxParallel) => {
          const devices = Array.from({ length: Math.max(deviceCount, perJob) }, (_, i) => `d${i}`);
          const t = tracker();
          const order: number[] = [];
          const records = await runSchedule(
            jobs(durations.length),
            options({
              devices,
              devicesPerJob: perJob,
              maxParallel,
              runAttempt: async (job, devs, attempt) => {
                order.push(job.index);
                t.enter(devs);
                await sleep(durations[job.index]);
                t.leave(devs);
                return { status: 'success', devices: devs, attempt };
              },
            }),
          );
          expect(t.overlaps).toEqual([]);
          expect(records.map((r) => r.attempts.length)).toEqual(durations.map(() => 1));
          for (const r of records) expect(r.devices[0]).toHaveLength(perJob);
          // Jobs start in the given order.
          expect(order).toEqual([...order].sort((a, b) => a - b));
          const slots = Math.floor(devices.length / perJob);
          expect(t.peak).toBeLessThanOrEqual(
            maxParallel > 0 ? Math.min(maxParallel, slots) : slots,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('starts the next job as soon as a device frees, using every device', async () => {
    const t = tracker();
    await runSchedule(
      jobs(9),
      options({
        runAttempt: async (_job, devs, attempt) => {
          t.enter(devs);
          await sleep(20);
          t.leave(devs);
          return { status: 'success', devices: devs, attempt };
        },
      }),
    );
    expect(t.peak).toBe(3);
  });

  it('retries a failed job, on another device when one is free, and releases devices when runAttempt throws', async () => {
    const seen: string[][] = [];
    const records = await runSchedule(
      jobs(2),
      options({
        devices: ['0', '1', '2'],
        retries: 2,
        runAttempt: async (job, devs, attempt) => {
          if (job.index === 0) seen.push(devs);
          if (job.index === 0 && attempt === 1) throw new Error('spawn failed');
          await sleep(5);
          return {
            status: job.index === 0 && attempt < 3 ? 'failure' : 'success',
            devices: devs,
            attempt,
          };
        },
      }),
    );
    expect(records[0].attempts.map((a) => a.status)).toEqual(['failure', 'failure', 'success']);
    expect(seen[1][0]).not.toBe(seen[0][0]);
    expect(seen[2][0]).not.toBe(seen[1][0]);
    expect(records[1].attempts).toHaveLength(1);
  });

  it('stops dispatching after max-failures and, with cancel, aborts the running jobs', async () => {
    const cancelledSeen: number[] = [];
    const records = await runSchedule(
      jobs(8),
      options({
        devices: ['0', '1'],
        maxFailures: 1,
        cancelOnMaxFailures: true,
        runAttempt: (job, devs, attempt, signal) =>
          new Promise((resolve) => {
            if (job.index === 0)
              return setTimeout(() => resolve({ status: 'failure', devices: devs, attempt }), 10);
            const t = setTimeout(
              () => resolve({ status: 'success', devices: devs, attempt }),
              5_000,
            );
            signal.addEventListener('abort', () => {
              clearTimeout(t);
              cancelledSeen.push(job.index);
              resolve({ status: 'cancelled', devices: devs, attempt });
            });
          }),
      }),
    );
    expect(records.map((r) => r.attempts[0]?.status ?? 'none')).toEqual([
      'failure',
      'cancelled',
      'none',
      'none',
      'none',
      'none',
      'none',
      'none',
    ]);
    expect(cancelledSeen).toEqual([1]);
  });

  it('cancels on abort: running jobs aborted, queued jobs never start', async () => {
    const controller = new AbortController();
    let started = 0;
    const done = runSchedule(
      jobs(5),
      options({
        devices: ['0', '1'],
        signal: controller.signal,
        runAttempt: (_job, devs, attempt, signal) =>
          new Promise((resolve) => {
            started++;
            signal.addEventListener('abort', () =>
              resolve({ status: 'cancelled', devices: devs, attempt }),
            );
          }),
      }),
    );
    await sleep(20);
    controller.abort();
    const records = await done;
    expect(started).toBe(2);
    expect(records.filter((r) => r.attempts.length === 0)).toHaveLength(3);
    expect(records.slice(0, 2).every((r) => r.attempts[0].status === 'cancelled')).toBe(true);
  });

  it('uses only devices whose host lease it holds, and waits for a lease to free', async () => {
    const heldElsewhere = new Set(['0']);
    const listeners = new Set<() => void>();
    const waited: string[] = [];
    const leases: LeaseManager = {
      tryAcquire: (d) => !heldElsewhere.has(d),
      release: () => {},
      holder: (d): LeaseHolder | null =>
        heldElsewhere.has(d) ? { pid: 1, startTime: null, host: 'h', since: 'now' } : null,
      onMaybeFree: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      close: () => {},
    };
    const used: string[] = [];
    setTimeout(() => {
      heldElsewhere.clear();
      for (const l of listeners) l();
    }, 50);
    await runSchedule(
      jobs(2),
      options({
        devices: ['0'],
        leases,
        onWaitingForLease: (d) => waited.push(d),
        runAttempt: async (_job, devs, attempt) => {
          used.push(...devs);
          return { status: 'success', devices: devs, attempt };
        },
      }),
    );
    expect(waited).toEqual(['0']);
    expect(used).toEqual(['0', '0']);
  });

  it('goes on without host leases when the lease folder fails, saying so once', async () => {
    const errors: unknown[] = [];
    const leases: LeaseManager = {
      tryAcquire: () => {
        throw new Error('EROFS');
      },
      release: () => {},
      holder: () => null,
      onMaybeFree: () => () => {},
      close: () => {},
    };
    const records = await runSchedule(
      jobs(4),
      options({
        devices: ['0', '1'],
        leases,
        onLeaseError: (e) => errors.push(e),
        runAttempt: async (_job, devs, attempt) => ({ status: 'success', devices: devs, attempt }),
      }),
    );
    expect(records.every((r) => r.attempts[0]?.status === 'success')).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
