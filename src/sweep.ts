// The engine both edges share: settings in, a ResultsDocument out. It expands
// the matrix into jobs, resolves devices, orders and shards the jobs, runs
// them through the scheduler and the runner, and writes the results file.
// It reports progress as events; the edges decide how to show them.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CANCEL_GRACE_CAP_MS, Inputs, RUN_MARKER_ENV, VERSION } from './constants.js';
import { areNvidiaIndices, resolveDevices, type ResolvedDevices } from './devices.js';
import { orderJobs, predictDurations, predictMakespan, readHistory } from './history.js';
import { buildJobs, jobEnv, matrixFingerprint, renderScript, renderText } from './jobs.js';
import { createLeaseManager, type LeaseHolder, type LeaseManager } from './locks.js';
import { readLogTail } from './logs.js';
import { readOutputFile } from './outputs-file.js';
import { findBest } from './report.js';
import { runProcess, type RunOutcome } from './runner.js';
import { runSchedule, type JobRecord } from './scheduler.js';
import { ConfigError, type Settings } from './settings.js';
import { shardJobs } from './shard.js';
import type { EarlierAttempt, Job, JobResult, ResultsDocument } from './types.js';

/** What one attempt of a job did, as the engine records it. */
export interface AttemptRecord extends EarlierAttempt {
  outputs: Record<string, string>;
  summary: string;
  logFile: string;
  tail: string[];
  error?: string;
  warnings: string[];
}

/** The facts of an attempt that a job's result keeps. */
function attemptFacts(a: AttemptRecord): EarlierAttempt {
  const { devices, status, exitCode, signal, startedAt, finishedAt, durationSeconds } = a;
  return { devices, status, exitCode, signal, startedAt, finishedAt, durationSeconds };
}

export type SweepEvent =
  | { type: 'devices'; resolved: ResolvedDevices }
  | { type: 'plan'; jobs: Job[]; total: number; order: 'fifo' | 'longest-first'; reused: number }
  | { type: 'start'; job: Job; devices: string[]; attempt: number; total: number }
  | { type: 'line'; job: Job; line: string }
  | { type: 'end'; job: Job; attempt: number; final: boolean; record: AttemptRecord; total: number }
  | { type: 'waiting'; device: string; holder: LeaseHolder | null }
  | { type: 'warning'; message: string }
  | { type: 'cancelling' };

export interface SweepContext {
  env: NodeJS.ProcessEnv;
  /** Aborting it cancels the sweep (Ctrl-C, the runner's SIGINT). */
  signal?: AbortSignal;
  onEvent?: (event: SweepEvent) => void;
  /** Whether to stream each output line as a 'line' event (live logs, progress views). */
  wantLines?: boolean;
  /** Called with the process groups alive now, so a crash can be cleaned up later. */
  onProcessGroups?: (pgids: number[], marker: string) => void;
  /** The machine's name in results (RUNNER_NAME on Actions). */
  runnerName?: string;
}

/** Read and check a results file; `input` names where it came from in the error. */
export function readResultsFile(file: string, input: string): ResultsDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(
      `Invalid ${input} '${file}': not a readable results file (${(e as Error).message.split('\n')[0]}).`,
    );
  }
  const d = doc as Partial<ResultsDocument> | null;
  if (!d || typeof d !== 'object' || d.schema !== 1 || !Array.isArray(d.jobs))
    throw new ConfigError(
      `Invalid ${input} '${file}': not a gpu-sweep results file with schema 1.`,
    );
  return d as ResultsDocument;
}

/** Write the results file atomically: a reader never sees half a document. */
export function writeResultsFile(file: string, doc: ResultsDocument): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(doc, null, 2) + '\n');
  renameSync(tmp, file);
}

/** Empty a file, creating it the first time (truncating is ~50× cheaper than creating). */
function emptyFile(file: string): void {
  try {
    truncateSync(file, 0);
  } catch {
    writeFileSync(file, '');
  }
}

/** The first `max` bytes of a small file as text; '' when it is gone (a job may delete it). */
function readSmallFile(file: string, max: number): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const buf = Buffer.allocUnsafe(Math.min(fstatSync(fd).size, max));
    return buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
  } catch {
    return '';
  } finally {
    closeSync(fd);
  }
}

/**
 * Script files by content. For POSIX shells placeholders become variable
 * references, so every job's script is the same text: written once per sweep,
 * not once per job.
 */
function scriptFiles(dir: string, extension: string) {
  const written = new Map<string, Promise<string>>();
  let made: Promise<unknown> | null = null;
  return {
    fileFor(script: string): Promise<string> {
      let file = written.get(script);
      if (!file) {
        const path = join(dir, `${written.size}${extension || '.script'}`);
        made ??= mkdir(dir, { recursive: true });
        file = made.then(() => writeFile(path, script)).then(() => path);
        written.set(script, file);
      }
      return file;
    },
  };
}

/** Variables a job must not inherit from the action's own process. */
function inheritedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    // The action's inputs and its runtime token are the action's, not the job's:
    // a `run:` step does not see them either.
    if (k.startsWith('INPUT_') || k === 'ACTIONS_RUNTIME_TOKEN' || k.startsWith('STATE_')) continue;
    out[k] = v;
  }
  return out;
}

function pad(n: number, total: number): string {
  return String(n).padStart(String(Math.max(total - 1, 0)).length, '0');
}

function jobResultOf(job: Job, rec: JobRecord<AttemptRecord> | undefined): JobResult {
  const identity = { index: job.index, id: job.id, name: job.name, matrix: job.matrix };
  const attempts = rec?.attempts ?? [];
  const last = attempts.at(-1);
  if (!last) {
    return {
      ...identity,
      devices: [],
      status: 'skipped',
      exitCode: null,
      signal: null,
      attempts: 0,
      startedAt: null,
      finishedAt: null,
      durationSeconds: null,
      outputs: {},
      logFile: null,
    };
  }
  const result: JobResult = {
    ...identity,
    ...attemptFacts(last),
    attempts: attempts.length,
    outputs: last.outputs,
    logFile: last.logFile,
  };
  if (attempts.length > 1) {
    const earlier = attempts.slice(0, -1);
    result.previousExitCodes = earlier.map((a) => a.exitCode);
    result.earlierAttempts = earlier.map(attemptFacts);
  }
  if (last.summary) result.summary = last.summary;
  if (last.status !== 'success') result.logTail = last.tail;
  if (last.error) result.error = last.error;
  return result;
}

/** Run the sweep described by settings. Throws ConfigError only before any job started. */
export async function runSweep(settings: Settings, ctx: SweepContext): Promise<ResultsDocument> {
  const emit = (e: SweepEvent) => ctx.onEvent?.(e);
  const startedAt = new Date();
  const allJobs = buildJobs(settings.entries, settings.jobName);

  // History: expected durations and, for resume, earlier successes.
  const previous = settings.previousResults.map((f) => readResultsFile(f, Inputs.previousResults));
  const history = readHistory(previous);
  const haveHistory = previous.length > 0;
  const { predicted } = predictDurations(allJobs, history);
  const order =
    settings.order === 'auto' ? (haveHistory ? 'longest-first' : 'fifo') : settings.order;

  const mine = settings.shard
    ? shardJobs(allJobs, settings.shard, haveHistory ? predicted : undefined)
    : allJobs;

  const reused = new Map<number, JobResult>();
  if (settings.resume) {
    const succeeded = new Map<string, JobResult>();
    for (const doc of previous)
      for (const j of doc.jobs)
        if (j.status === 'success' || j.status === 'reused') succeeded.set(j.id, j);
    for (const job of mine) {
      const before = succeeded.get(job.id);
      if (before)
        reused.set(job.index, {
          ...before,
          index: job.index,
          name: job.name,
          matrix: job.matrix,
          status: 'reused',
        });
    }
  }
  const toRun = orderJobs(
    mine.filter((j) => !reused.has(j.index)),
    order,
    predicted,
  );

  const resolved = await resolveDevices(settings.devices, ctx.env);
  emit({ type: 'devices', resolved });
  const devices = resolved.devices;
  if (settings.devicesPerJob > devices.length)
    throw new ConfigError(
      `Invalid devices-per-job '${settings.devicesPerJob}'. Expected a whole number from 1 to ${devices.length} (the number of devices).`,
    );
  const total = allJobs.length;
  emit({ type: 'plan', jobs: toRun, total, order, reused: reused.size });

  const records = new Map<number, JobRecord<AttemptRecord>>();
  let leases: LeaseManager | null = null;
  let cancelled = false;
  const marker = randomUUID();
  const liveGroups = new Set<number>();
  const reportGroups = () => ctx.onProcessGroups?.([...liveGroups], marker);
  const onAbort = () => {
    cancelled = true;
    emit({ type: 'cancelling' });
  };
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  if (ctx.signal?.aborted) onAbort();

  try {
    if (!settings.dryRun && toRun.length > 0) {
      mkdirSync(settings.logDir, { recursive: true });
      if (settings.lockDir)
        leases = createLeaseManager(settings.lockDir, { label: ctx.runnerName });
      const baseEnv = inheritedEnv(ctx.env);
      // Indices from nvidia-smi (or typed by someone reading it) are in PCI bus
      // order; CUDA's default order differs. Indices the runner itself gave in
      // CUDA_VISIBLE_DEVICES already mean what CUDA makes of them: leave those be.
      const setOrder =
        areNvidiaIndices(devices) &&
        resolved.source !== 'CUDA_VISIBLE_DEVICES' &&
        !baseEnv.CUDA_DEVICE_ORDER &&
        !settings.env.CUDA_DEVICE_ORDER;
      const cancelGraceMs = Math.min(settings.killGraceMs, CANCEL_GRACE_CAP_MS);
      const scripts = scriptFiles(join(settings.logDir, 'scripts'), settings.shell.extension);
      const slotDir = join(settings.logDir, 'slots');
      mkdirSync(slotDir, { recursive: true });

      const runAttempt = async (
        job: Job,
        jobDevices: string[],
        attempt: number,
        signal: AbortSignal,
      ) => {
        const stem = join(
          settings.logDir,
          `${pad(job.index, total)}-${job.id}${attempt > 1 ? `.attempt${attempt}` : ''}`,
        );
        // The job's GITHUB_OUTPUT and friends belong to its device slot: they
        // are read back before the device is released, so the next job on the
        // slot can reuse them. Emptying a file costs microseconds; creating
        // one per job costs about half a millisecond on ext4.
        const slot = join(slotDir, `slot-${devices.indexOf(jobDevices[0])}`);
        const files = {
          log: `${stem}.log`,
          output: `${slot}.output`,
          summary: `${slot}.summary.md`,
          env: `${slot}.env`,
          path: `${slot}.path`,
        };
        const phCtx = { job, devices: jobDevices, attempt };
        let argv: string[];
        let scriptEnv: Record<string, string> = {};
        let scriptFile: Promise<string> | null = null;
        if (settings.command) {
          // Argument vector, no shell: a placeholder's value is one argument, never syntax.
          argv = settings.command.map((a) => renderText(a, phCtx));
        } else {
          const rendered = renderScript(settings.run ?? '', phCtx, settings.shell.quote ?? 'posix');
          scriptEnv = rendered.env;
          scriptFile = scripts.fileFor(rendered.script);
          argv = [];
        }
        // The files exist, empty, before the job starts, as on a runner
        // (@actions/core refuses to write to a missing one).
        for (const f of [files.output, files.summary, files.env, files.path]) emptyFile(f);
        const file = await scriptFile;
        if (file) argv = settings.shell.argv.map((a) => a.replace('{0}', file));
        const env: NodeJS.ProcessEnv = {
          ...baseEnv,
          ...settings.env,
          ...jobEnv(job, jobDevices, attempt, settings.deviceEnv),
          ...scriptEnv,
          // The job's own files: scripts written for Actions work unchanged and
          // concurrent jobs never write into each other's (or the step's) files.
          GITHUB_OUTPUT: files.output,
          GITHUB_STEP_SUMMARY: files.summary,
          GITHUB_ENV: files.env,
          GITHUB_PATH: files.path,
          [RUN_MARKER_ENV]: marker,
        };
        if (setOrder) env.CUDA_DEVICE_ORDER = 'PCI_BUS_ID';
        let pgid = 0;
        let outcome: RunOutcome;
        try {
          outcome = await runProcess({
            argv,
            cwd: settings.workingDirectory,
            env,
            logFile: files.log,
            timeoutMs: settings.timeoutMs,
            killGraceMs: settings.killGraceMs,
            cancelGraceMs,
            signal,
            tailLines: 0,
            onSpawn: (id) => {
              pgid = id;
              liveGroups.add(id);
              reportGroups();
            },
            onLine: ctx.wantLines ? (line) => emit({ type: 'line', job, line }) : undefined,
          });
        } finally {
          if (pgid) {
            liveGroups.delete(pgid);
            reportGroups();
          }
        }
        const [out, summary, tail] = await Promise.all([
          readOutputFile(files.output),
          readSmallFile(files.summary, 64 * 1024),
          // The summary shows the tail of failed jobs only.
          outcome.status === 'success'
            ? []
            : readLogTail(files.log, { maxBytes: 64 * 1024, maxLines: 20 }).then(
                (t) => t.lines,
                () => [],
              ),
        ]);
        const record: AttemptRecord = {
          status: outcome.status,
          devices: jobDevices,
          exitCode: outcome.exitCode,
          signal: outcome.signal,
          startedAt: outcome.startedAt.toISOString(),
          finishedAt: outcome.finishedAt.toISOString(),
          durationSeconds: (outcome.finishedAt.getTime() - outcome.startedAt.getTime()) / 1000,
          outputs: out.outputs,
          summary: summary.trim(),
          logFile: files.log,
          tail,
          warnings: out.errors.map((e) => `${job.name}: GITHUB_OUTPUT ${e}`),
        };
        if (outcome.error) record.error = outcome.error;
        return record;
      };

      const done = await runSchedule<AttemptRecord>(toRun, {
        devices,
        devicesPerJob: settings.devicesPerJob,
        maxParallel: settings.maxParallel,
        retries: settings.retries,
        maxFailures: settings.maxFailures,
        cancelOnMaxFailures: settings.failFast,
        signal: ctx.signal,
        leases,
        runAttempt,
        onAttemptError: (job, jobDevices, _attempt, error) => {
          const now = new Date().toISOString();
          return {
            status: 'failure',
            devices: jobDevices,
            exitCode: null,
            signal: null,
            startedAt: now,
            finishedAt: now,
            durationSeconds: 0,
            outputs: {},
            summary: '',
            logFile: '',
            tail: [],
            warnings: [],
            error: `could not start: ${(error as Error).message ?? error}`,
          };
        },
        onStart: (job, jobDevices, attempt) =>
          emit({ type: 'start', job, devices: jobDevices, attempt, total }),
        onAttemptEnd: (job, record, attempt, final) => {
          for (const w of record.warnings) emit({ type: 'warning', message: w });
          emit({ type: 'end', job, attempt, final, record, total });
        },
        onWaitingForLease: (device, holder) => emit({ type: 'waiting', device, holder }),
        onLeaseError: (error) =>
          emit({
            type: 'warning',
            message: `lock-dir '${settings.lockDir}' failed (${(error as Error).message ?? error}); going on without host-wide device leases`,
          }),
      });
      for (const r of done) records.set(r.job.index, r);
    }
  } finally {
    ctx.signal?.removeEventListener('abort', onAbort);
    leases?.close();
  }

  const finishedAt = new Date();
  const jobs = mine.map((job) => reused.get(job.index) ?? jobResultOf(job, records.get(job.index)));
  const wallSeconds = (finishedAt.getTime() - startedAt.getTime()) / 1000;
  const doc: ResultsDocument = {
    schema: 1,
    tool: { name: 'gpu-sweep', version: VERSION },
    matrixFingerprint: matrixFingerprint(settings.entries),
    matrixSize: settings.entries.length,
    devices,
    runner: ctx.runnerName || hostname(),
    ...(settings.shard ? { shard: settings.shard } : {}),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    wallSeconds,
    order,
    cancelled,
    dryRun: settings.dryRun,
    jobs,
  };
  if (order === 'longest-first' && haveHistory && !settings.dryRun) {
    const slots = Math.max(
      1,
      Math.min(
        Math.floor(devices.length / settings.devicesPerJob),
        settings.maxParallel || Infinity,
      ),
    );
    const predictedSeconds = predictMakespan(
      toRun.map((j) => predicted.get(j.index) ?? 0),
      slots,
    );
    doc.estimate = { predictedSeconds, actualSeconds: wallSeconds };
    for (const j of jobs) {
      const p = predicted.get(j.index);
      if (p !== undefined) j.predictedSeconds = p;
    }
  }
  if (settings.objective) {
    doc.objective = settings.objective;
    const best = findBest(jobs, settings.objective);
    if (best !== undefined) doc.bestIndex = best;
  }
  return doc;
}
