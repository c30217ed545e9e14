// Runs one job: a child process in its own process group, its output in a log
// file, a timeout, cancellation, and no process left behind. It never rejects:
// whatever happens to the job comes back as a RunOutcome.
//
// Why process groups: a job is usually a shell script that starts python, which
// starts data-loader workers, which may start more. Signalling only the script
// would leave those holding the GPU (and our output pipes) after the job "ended".
// `detached: true` makes the child the leader of a new process group; every
// signal here goes to the whole group (`kill(-pgid)`), and the job is only over
// once the group is empty.

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, statSync, type WriteStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { LineSplitter, readLogTail } from './logs.js';

export interface RunSpec {
  /** Program and arguments, spawned directly (never through a shell). */
  argv: string[];
  cwd: string;
  /** The child's whole environment. */
  env: NodeJS.ProcessEnv;
  /** Receives stdout and stderr (created or truncated; its directory must exist). */
  logFile: string;
  /** 0 means no timeout. */
  timeoutMs: number;
  /** SIGTERM -> SIGKILL delay for a timeout and for processes left after the main one exits. */
  killGraceMs: number;
  /** Aborting cancels the job. */
  signal?: AbortSignal;
  /** SIGTERM -> SIGKILL delay on cancel (default killGraceMs). */
  cancelGraceMs?: number;
  /** The process group id, once spawned: callers save it to clean up after a crash. */
  onSpawn?: (pgid: number) => void;
  /** Each output line, display-cleaned. Without it the child writes straight to the log file. */
  onLine?: (line: string) => void;
  /** Lines kept in RunOutcome.tail (default 20; 0 reads nothing). */
  tailLines?: number;
}

export interface RunOutcome {
  status: 'success' | 'failure' | 'timeout' | 'cancelled';
  exitCode: number | null;
  /** The signal the main process died of, e.g. 'SIGTERM'. */
  signal: string | null;
  startedAt: Date;
  /** When the main process exited (leftover cleanup is not the job's run time). */
  finishedAt: Date;
  /** Why the job could not be started (status 'failure'), or its log could not be written. */
  error?: string;
  /** The last tailLines lines of the log, display-cleaned. */
  tail: string[];
  /** The group still had processes after the main one exited, and they were terminated. */
  leftovers: boolean;
}

const DEFAULT_TAIL_LINES = 20;
const TAIL_MAX_BYTES = 64 * 1024;
/** How often a group is checked while waiting for it to empty after a signal. */
const GROUP_POLL_MS = 25;
/**
 * How long to wait for a group to disappear after SIGKILL. SIGKILL cannot be
 * ignored, so this only runs out for processes stuck in the kernel (D state, a
 * hung GPU driver): we report and move on rather than hang the sweep.
 */
const AFTER_KILL_WAIT_MS = 2000;
/**
 * With onLine, how long to keep reading the pipes once the group is gone. They
 * normally reach EOF at once; a process that left the group (setsid) may hold
 * them open forever.
 */
const PIPE_DRAIN_MS = 1000;
/** Larger than the default 16 KiB so a fast job is not paused on every write. */
const LOG_STREAM_HIGH_WATER = 1024 * 1024;
/** The longest delay setTimeout honours (2^31 - 1 ms); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Sends a signal to every process of a group. False when the group is gone (or
 * cannot be signalled).
 */
export function killProcessGroup(pgid: number, signal: NodeJS.Signals): boolean {
  // kill(-0) would signal our own group and kill(-1) every process we may signal.
  if (!Number.isInteger(pgid) || pgid <= 1) return false;
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a process group still has a live member. Zombies do not count: under a
 * container init that never reaps orphans they stay forever, yet are already dead
 * and hold nothing (no memory, no GPU, no pipes).
 */
export function processGroupAlive(pgid: number): boolean {
  if (!groupExists(pgid)) return false;
  const members = liveGroupMembers(pgid);
  return members === undefined || members.length > 0;
}

/** kill(-pgid, 0): true while any process, zombies included, is in the group. */
function groupExists(pgid: number): boolean {
  if (!Number.isInteger(pgid) || pgid <= 1) return false;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `state` and `pgrp` of a process from /proc/PID/stat; undefined when it is gone. */
function procStat(pid: string | number): { state: string; pgrp: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  // `pid (comm) state ppid pgrp ...`; comm may itself contain spaces and parens.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0], pgrp: Number(fields[2]) };
}

function isLiveMember(pid: string | number, pgid: number): boolean {
  const info = procStat(pid);
  return info !== undefined && info.pgrp === pgid && info.state !== 'Z' && info.state !== 'X';
}

/**
 * The group's members that are not zombies, from a scan of /proc (Linux);
 * undefined where there is no /proc to tell.
 */
export function liveGroupMembers(pgid: number): number[] | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc');
  } catch {
    return undefined;
  }
  return pids.filter((pid) => /^\d+$/.test(pid) && isLiveMember(pid, pgid)).map(Number);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until the group is empty or the deadline passes; true when it emptied.
 * A /proc scan costs milliseconds on a busy machine, so polls only re-check the
 * members already found, and scan again when those are all gone (to catch any
 * they forked meanwhile).
 */
async function waitGroupGone(pgid: number, deadline: number): Promise<boolean> {
  let known: number[] = [];
  for (;;) {
    known = known.filter((pid) => isLiveMember(pid, pgid));
    if (known.length === 0) {
      if (!groupExists(pgid)) return true;
      const members = liveGroupMembers(pgid);
      if (members?.length === 0) return true;
      known = members ?? [];
    }
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await sleep(Math.min(GROUP_POLL_MS, left));
  }
}

/** SIGTERM, then SIGKILL after graceMs if the group is still there, then a bounded wait. */
async function terminateGroup(pgid: number, graceMs: number, killAt?: number): Promise<void> {
  if (killAt === undefined) {
    killProcessGroup(pgid, 'SIGTERM');
    killAt = Date.now() + graceMs;
  }
  if (await waitGroupGone(pgid, killAt)) return;
  killProcessGroup(pgid, 'SIGKILL');
  await waitGroupGone(pgid, Date.now() + AFTER_KILL_WAIT_MS);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Why a spawn failed, in one line that names what was wrong. */
function spawnError(spec: RunSpec, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const program = spec.argv[0];
  // spawn reports a bad cwd as ENOENT of the program, which would send the
  // reader looking for the wrong thing. Checked only on failure: a stat per job
  // would sit on the dispatch path of every sweep.
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const cwd = statSync(spec.cwd, { throwIfNoEntry: false });
    if (!cwd) return `Working directory '${spec.cwd}' does not exist`;
    if (!cwd.isDirectory()) return `Working directory '${spec.cwd}' is not a directory`;
  }
  if (code === 'ENOENT') {
    return `Cannot run '${program}': not found (expected an executable path or a command on PATH, whose #! interpreter exists)`;
  }
  if (code === 'EACCES')
    return `Cannot run '${program}': permission denied (expected an executable file)`;
  return `Cannot run '${program}': ${message(err)}`;
}

/**
 * Copies the child's pipes to the log file and to a line splitter per stream
 * (stdout and stderr lines must not be spliced into each other mid-line).
 * Backpressure: when the file stream is full both pipes pause, so the child
 * blocks on write instead of our memory growing.
 */
class PipeTee {
  private readonly splitters: LineSplitter[] = [];
  private readonly pipes: Readable[];
  private paused = false;
  private drained = false;
  private writeError: Error | undefined;
  private lineError: unknown;

  constructor(
    private readonly file: WriteStream,
    pipes: (Readable | null)[],
    onLine: (line: string) => void,
  ) {
    this.pipes = pipes.filter((p): p is Readable => p !== null);
    file.on('error', (err) => {
      // A full or broken disk: keep draining the pipes so the job is not stuck.
      this.writeError ??= err;
      this.resume();
    });
    file.on('drain', () => this.resume());
    // A throw from the caller's callback would surface in a stream event and
    // crash this process; it is reported in the outcome instead.
    const safeOnLine = (line: string): void => {
      try {
        onLine(line);
      } catch (err) {
        this.lineError ??= err;
      }
    };
    for (const pipe of this.pipes) {
      const splitter = new LineSplitter(safeOnLine);
      this.splitters.push(splitter);
      pipe.on('data', (chunk: Buffer) => {
        if (!this.writeError && !this.file.destroyed && !this.file.write(chunk)) this.pause();
        splitter.push(chunk);
      });
      pipe.on('error', () => {
        // A pipe error (EIO, destroyed) only ends the copying; the job goes on.
      });
    }
  }

  get error(): string | undefined {
    if (this.writeError) return `Could not write the log file: ${this.writeError.message}`;
    if (this.lineError) return `The onLine callback failed: ${message(this.lineError)}`;
    return undefined;
  }

  private pause(): void {
    if (this.paused) return;
    this.paused = true;
    for (const pipe of this.pipes) pipe.pause();
  }

  private resume(): void {
    if (!this.paused) return;
    this.paused = false;
    for (const pipe of this.pipes) pipe.resume();
  }

  /**
   * Reads what is still buffered for up to `ms`, then destroys the pipes: a process
   * outside our group may hold them open, and must not hang the job.
   */
  async drain(ms: number): Promise<void> {
    if (this.drained) return;
    this.drained = true;
    const ended = this.pipes.map(
      (pipe) =>
        new Promise<void>((resolve) => {
          if (pipe.readableEnded || pipe.destroyed) return resolve();
          pipe.once('end', resolve);
          pipe.once('close', resolve);
        }),
    );
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.all(ended),
        new Promise((resolve) => (timer = setTimeout(resolve, ms))),
      ]);
    } finally {
      clearTimeout(timer);
      for (const pipe of this.pipes) pipe.destroy();
      for (const splitter of this.splitters) splitter.end();
    }
  }

  /** Flushes and closes the log file. */
  async close(): Promise<void> {
    if (this.file.closed) return;
    await new Promise<void>((resolve) => {
      this.file.once('close', resolve);
      if (this.file.destroyed) return;
      this.file.end();
    });
  }
}

export async function runProcess(spec: RunSpec): Promise<RunOutcome> {
  const startedAt = new Date();
  const tailLines = spec.tailLines ?? DEFAULT_TAIL_LINES;
  const cancelGraceMs = spec.cancelGraceMs ?? spec.killGraceMs;
  const outcome = (fields: Partial<RunOutcome> & Pick<RunOutcome, 'status'>): RunOutcome => ({
    exitCode: null,
    signal: null,
    startedAt,
    finishedAt: new Date(),
    tail: [],
    leftovers: false,
    ...fields,
  });

  if (spec.signal?.aborted) return outcome({ status: 'cancelled' });
  if (spec.argv.length === 0 || !spec.argv[0]) {
    return outcome({
      status: 'failure',
      error: `Cannot run ${JSON.stringify(spec.argv)}: expected a program name`,
    });
  }
  let logHandle: FileHandle | undefined;
  let tee: PipeTee | undefined;
  let pgid = 0;
  let timeoutTimer: NodeJS.Timeout | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    try {
      logHandle = await open(spec.logFile, 'w');
    } catch (err) {
      return outcome({
        status: 'failure',
        error: `Cannot open log file '${spec.logFile}': ${message(err)}`,
      });
    }

    // Without onLine the child gets the log file itself as stdout and stderr: no
    // copying through this process, whatever the job prints.
    const out = spec.onLine ? 'pipe' : logHandle.fd;
    let proc: ChildProcess;
    try {
      proc = spawn(spec.argv[0], spec.argv.slice(1), {
        cwd: spec.cwd,
        env: spec.env,
        detached: true,
        stdio: ['ignore', out, out],
      });
    } catch (err) {
      return outcome({ status: 'failure', error: spawnError(spec, err) });
    }

    // Listen before anything can be emitted: 'error' comes on the next tick for a
    // failed spawn, and 'exit' (not 'close') ends the job, because a background
    // process may keep the pipes open long after the main one is gone.
    const exited = new Promise<
      { code: number | null; signal: NodeJS.Signals | null } | { error: unknown }
    >((resolve) => {
      proc.once('exit', (code, signal) => resolve({ code, signal }));
      proc.once('error', (error) => resolve({ error }));
    });
    proc.on('error', () => {
      // Later errors (a failed kill) must not become unhandled; we never kill through `proc`.
    });

    // Tell the caller about the group at once, before any await: a caller that
    // records it for crash cleanup must not miss it if we die a moment later.
    if (proc.pid !== undefined) {
      try {
        spec.onSpawn?.(proc.pid);
      } catch {
        // The caller's bookkeeping failing is no reason to lose track of the job:
        // it runs and is cleaned up all the same.
      }
    }

    if (spec.onLine) {
      // The stream now owns the file handle and closes it.
      const file = createWriteStream(spec.logFile, {
        fd: logHandle,
        highWaterMark: LOG_STREAM_HIGH_WATER,
      });
      logHandle = undefined;
      tee = new PipeTee(file, [proc.stdout, proc.stderr], spec.onLine);
    } else {
      // The child has its own copy of the descriptor now.
      await logHandle.close();
      logHandle = undefined;
    }

    if (proc.pid === undefined) {
      const result = await exited;
      const error =
        'error' in result ? spawnError(spec, result.error) : 'Cannot run the job: no process id';
      await tee?.drain(0);
      return outcome({ status: 'failure', error, tail: await tail(spec.logFile, tailLines) });
    }
    pgid = proc.pid;
    const group = pgid;

    // Timeout and cancel: SIGTERM to the group now, SIGKILL at killAt. The first
    // reason wins the status; a later one can only bring SIGKILL forward.
    let reason: 'timeout' | 'cancelled' | undefined;
    let killAt: number | undefined;
    const terminate = (why: 'timeout' | 'cancelled', graceMs: number): void => {
      reason ??= why;
      const at = Date.now() + graceMs;
      if (killAt === undefined) killProcessGroup(group, 'SIGTERM');
      if (killAt !== undefined && killAt <= at) return;
      killAt = at;
      clearTimeout(killTimer);
      killTimer = setTimeout(
        () => killProcessGroup(group, 'SIGKILL'),
        Math.min(graceMs, MAX_TIMER_MS),
      );
    };
    if (spec.timeoutMs > 0) {
      // setTimeout fires at once for delays over ~24.8 days: re-arm in steps.
      const deadline = Date.now() + spec.timeoutMs;
      const arm = (): void => {
        const left = deadline - Date.now();
        timeoutTimer =
          left > MAX_TIMER_MS
            ? setTimeout(arm, MAX_TIMER_MS)
            : setTimeout(() => terminate('timeout', spec.killGraceMs), left);
      };
      arm();
    }
    if (spec.signal) {
      onAbort = () => terminate('cancelled', cancelGraceMs);
      spec.signal.addEventListener('abort', onAbort, { once: true });
      // An abort while the log file was being opened fired no listener yet.
      if (spec.signal.aborted) onAbort();
    }

    const result = await exited;
    clearTimeout(timeoutTimer);
    timeoutTimer = undefined;
    if (onAbort) spec.signal?.removeEventListener('abort', onAbort);
    onAbort = undefined;
    const finishedAt = new Date();
    const exitCode = 'code' in result ? result.code : null;
    const signal = 'signal' in result ? result.signal : null;
    const error = 'error' in result ? spawnError(spec, result.error) : undefined;

    // Leftovers: the main process is gone but background processes of the job are
    // not. They are part of the job, so they end with it (after a grace period to
    // let them exit cleanly), as a terminal closing would end them.
    clearTimeout(killTimer);
    const leftovers = processGroupAlive(group);
    if (leftovers) await terminateGroup(group, spec.killGraceMs, killAt);

    await tee?.drain(PIPE_DRAIN_MS);
    await tee?.close();
    const status = reason ?? (exitCode === 0 ? 'success' : 'failure');
    return {
      status,
      exitCode,
      signal,
      startedAt,
      finishedAt,
      ...(error || tee?.error ? { error: error ?? tee?.error } : {}),
      tail: await tail(spec.logFile, tailLines),
      leftovers,
    };
  } catch (err) {
    // Nothing above should throw; if something does, the job still ends as data
    // and its group is still cleaned up (in finally).
    return outcome({ status: 'failure', error: `Running the job failed: ${message(err)}` });
  } finally {
    clearTimeout(timeoutTimer);
    clearTimeout(killTimer);
    if (onAbort) spec.signal?.removeEventListener('abort', onAbort);
    if (pgid > 1 && processGroupAlive(pgid)) killProcessGroup(pgid, 'SIGKILL');
    if (tee) await tee.drain(0).catch(() => undefined);
    if (tee) await tee.close().catch(() => undefined);
    if (logHandle) await logHandle.close().catch(() => undefined);
  }
}

async function tail(file: string, lines: number): Promise<string[]> {
  if (lines <= 0) return [];
  try {
    return (await readLogTail(file, { maxBytes: TAIL_MAX_BYTES, maxLines: lines })).lines;
  } catch {
    return [];
  }
}
