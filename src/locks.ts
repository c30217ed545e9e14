// Host-wide device leases: no two gpu-sweep processes on one machine run jobs on the
// same device at the same time, even when several runner services start the action at
// once. A lease is a file in a shared directory, created with O_CREAT|O_EXCL and naming
// the gpu-sweep process that holds it. The long-lived sweep process holds the lease (not
// the job), because a lock taken by a job and passed across an exec is silently lost.
//
// A holder that dies without releasing leaves its file behind. Anyone may reclaim such a
// stale lease; how that is done without two processes both ending up "holding" the device
// is explained at `removeStale`.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** What a lease file records about the process that holds it. */
export interface LeaseHolder {
  pid: number;
  /** Process start time (field 22 of /proc/<pid>/stat), to tell a reused pid; null off Linux. */
  startTime: string | null;
  host: string;
  /** ISO time the lease was taken. */
  since: string;
  label?: string;
}

export interface LeaseManager {
  /** Take the host lease for a device if it is free or its holder is dead (stale). Never blocks. */
  tryAcquire(device: string): boolean;
  /** Give a lease back (only if we hold it). Idempotent. */
  release(device: string): void;
  /**
   * Who holds a device's lease now (null if free or stale). Also null for a lease file that
   * cannot be read yet (a holder still writing it); `tryAcquire` treats that one as held.
   */
  holder(device: string): LeaseHolder | null;
  /** Call `listener` whenever a lease may have become free (a lease file removed, or a holder found dead). Returns an unsubscribe function. */
  onMaybeFree(listener: () => void): () => void;
  /** Release every lease we hold and stop watching. Idempotent; synchronous, so safe in `finally` and in an exit handler. */
  close(): void;
}

export interface LeaseManagerOptions {
  /** How often to look for leases whose holder died, while someone listens (ms, default 2000). */
  staleCheckMs?: number;
  /** Free text stored in our lease files (e.g. the runner name), shown by `holder()`. */
  label?: string;
  /** The process that holds our leases (default: this process). Tests use a live child's pid. */
  pid?: number;
}

const LEASE_SUFFIX = '.lease';

/**
 * A lease file that cannot be parsed is normally one whose writer is between `open` and
 * `write`; only when it stays unparseable this long is it taken for a writer that crashed.
 */
const CORRUPT_GRACE_MS = 5000;

/** Reclaims of reclaims (see `removeStale`) nest at most this deep before giving up. */
const MAX_RECLAIM_DEPTH = 3;

/** A file name for a device's lease: readable, but safe for any label ('a/b', '..', ''). */
export function deviceLeaseName(device: string): string {
  const readable = device.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 32);
  const hash = createHash('sha256').update(device, 'utf8').digest('hex').slice(0, 16);
  return `gpu-${readable}-${hash}${LEASE_SUFFIX}`;
}

/** Fields 3 onwards of /proc/<pid>/stat (index 0 is field 3), or null where there is none. */
function procStat(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is the command name in parentheses and may itself hold spaces and ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** A process's start time (clock ticks after boot, field 22), or null where /proc has none. */
export function processStartTime(pid: number): string | null {
  return procStat(pid)?.[19] ?? null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user (another runner service).
    return errorCode(error) !== 'ESRCH';
  }
  // A zombie answers kill(0) but is dead; under a container init that never reaps, it stays.
  const state = procStat(pid)?.[0];
  return state !== 'Z' && state !== 'X';
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function parseHolder(text: string): LeaseHolder | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return null;
  if (v.startTime !== null && typeof v.startTime !== 'string') return null;
  if (typeof v.host !== 'string' || typeof v.since !== 'string') return null;
  if (v.label !== undefined && typeof v.label !== 'string') return null;
  const holder: LeaseHolder = { pid: v.pid, startTime: v.startTime, host: v.host, since: v.since };
  if (v.label !== undefined) holder.label = v.label;
  return holder;
}

/** Who we are, as written in our lease files. */
type Identity = Omit<LeaseHolder, 'since'>;

function sameProcess(a: Identity, b: Identity): boolean {
  return a.pid === b.pid && a.host === b.host && a.startTime === b.startTime;
}

/** What is at a lease path now. `fd` keeps the file's inode from being reused while we decide. */
interface Seen {
  fd: number | null;
  ino: bigint;
  dev: bigint;
  holder: LeaseHolder | null;
  stale: boolean;
}

/** Look at a lease (or reclaim) file; null when there is none. The caller closes `fd`. */
function inspect(file: string, host: string): Seen | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    // Unreadable (another user's umask, a directory in its place): held by someone unknown.
    return { fd: null, ino: -1n, dev: -1n, holder: null, stale: false };
  }
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    const holder = parseHolder(fs.readFileSync(fd, 'utf8'));
    return { fd, ino: stat.ino, dev: stat.dev, holder, stale: isStale(holder, stat, host) };
  } catch {
    fs.closeSync(fd);
    return { fd: null, ino: -1n, dev: -1n, holder: null, stale: false };
  }
}

function isStale(holder: LeaseHolder | null, stat: fs.BigIntStats, host: string): boolean {
  if (holder === null) return Date.now() - Number(stat.mtimeMs) > CORRUPT_GRACE_MS;
  // A pid means nothing on another machine (a lease directory on a network share): only
  // that machine can tell whether its holder is alive.
  if (holder.host !== host) return false;
  if (!isAlive(holder.pid)) return true;
  if (holder.startTime === null) return false;
  const now = processStartTime(holder.pid);
  return now !== null && now !== holder.startTime;
}

function closeQuietly(fd: number | null): void {
  if (fd === null) return;
  try {
    fs.closeSync(fd);
  } catch {
    // Nothing to do: the descriptor is gone either way.
  }
}

/** Create `file` only if it does not exist, naming `me` as its holder. False when it exists. */
function createExclusive(file: string, me: Identity): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    // Other users' sweeps must read the file to judge it, whatever our umask says.
    fs.fchmodSync(fd, 0o644);
    const record: LeaseHolder = { ...me, since: new Date().toISOString() };
    fs.writeSync(fd, JSON.stringify(record));
  } catch (error) {
    closeQuietly(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return true;
}

/**
 * Remove the stale file `seen` found at `file`; true when it is gone (by us or anyone).
 *
 * Two processes that both found the same stale lease must not both remove "it": the later
 * unlink would hit the fresh lease the first one has created meanwhile, and both would then
 * believe they hold the device. Renaming the stale file away first does not help: whoever
 * renamed a fresh lease by mistake cannot put it back atomically. So removing one particular
 * stale file is itself guarded by a lease named after its inode, `<file>.reclaim-<ino>`:
 * only its holder may unlink, and it does so only if `file` is still that inode. The inode
 * cannot be reused for a new lease meanwhile because `seen.fd` keeps the old one open. A
 * reclaimer that crashes leaves its reclaim file behind; that file goes stale like any lease
 * and is removed the same way, one level deeper.
 */
function removeStale(file: string, seen: Seen, me: Identity, depth: number): boolean {
  const guard = `${file}.reclaim-${seen.ino}`;
  if (!createExclusive(guard, me)) {
    if (depth >= MAX_RECLAIM_DEPTH) return false;
    const other = inspect(guard, me.host);
    try {
      // A live reclaimer is at it: the lease will be free in a moment, and its removal will
      // wake our listeners.
      if (other !== null && !other.stale) return false;
      if (other !== null && !removeStale(guard, other, me, depth + 1)) return false;
    } finally {
      closeQuietly(other?.fd ?? null);
    }
    if (!createExclusive(guard, me)) return false;
  }
  try {
    let now: fs.BigIntStats;
    try {
      now = fs.statSync(file, { bigint: true });
    } catch {
      return true;
    }
    // A different inode means the stale file was already removed by an earlier reclaimer.
    if (now.ino !== seen.ino || now.dev !== seen.dev) return true;
    try {
      fs.unlinkSync(file);
    } catch (error) {
      // EPERM/EACCES: the sticky directory keeps another user's file; it waits for them.
      return errorCode(error) === 'ENOENT';
    }
    return true;
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/** Create `dir` if needed. Directories we create are world-writable with the sticky bit. */
function ensureDir(dir: string): void {
  const first = fs.mkdirSync(dir, { recursive: true });
  if (first === undefined) return;
  // Runner services of several users may share the directory, so each must be able to create
  // leases in it; the sticky bit (as on /tmp) stops one user from deleting another's live
  // lease. The mode passed to mkdir is cut by the umask, hence chmod on each level we made.
  const top = path.resolve(first);
  for (let d = path.resolve(dir); d.startsWith(top); d = path.dirname(d)) {
    try {
      fs.chmodSync(d, 0o1777);
    } catch {
      // Someone else's directory by now: theirs to set.
    }
    if (d === top || d === path.dirname(d)) break;
  }
}

export function createLeaseManager(dir: string, opts: LeaseManagerOptions = {}): LeaseManager {
  const staleCheckMs = opts.staleCheckMs ?? 2000;
  if (!(staleCheckMs > 0)) {
    throw new Error(
      `Invalid staleCheckMs '${staleCheckMs}'. Expected a positive number of milliseconds.`,
    );
  }
  const pid = opts.pid ?? process.pid;
  const me: Identity = { pid, startTime: processStartTime(pid), host: os.hostname() };
  if (opts.label !== undefined) me.label = opts.label;

  const held = new Set<string>();
  const listeners = new Set<() => void>();
  // Stale leases we failed to remove and already announced, so each is announced once.
  const announced = new Set<string>();
  let watcher: fs.FSWatcher | null = null;
  let watchedDir: { ino: bigint; dev: bigint } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const leasePath = (device: string): string => path.join(dir, deviceLeaseName(device));

  function unlinkIfOurs(file: string): void {
    const seen = inspect(file, me.host);
    if (seen === null) return;
    closeQuietly(seen.fd);
    // Our file cannot change under us between the read and the unlink: only its holder (us,
    // alive) or a reclaimer of a stale file removes a lease.
    if (seen.holder !== null && sameProcess(seen.holder, me)) fs.rmSync(file, { force: true });
  }

  function acquire(file: string): boolean {
    let madeDir = false;
    // A few rounds: a lease can be released, or a stale one removed, between our looks.
    for (let round = 0; round < 3; round++) {
      try {
        if (createExclusive(file, me)) return true;
      } catch (error) {
        if (errorCode(error) !== 'ENOENT' || madeDir) throw error;
        ensureDir(dir);
        madeDir = true;
        continue;
      }
      const seen = inspect(file, me.host);
      if (seen === null) continue;
      try {
        // Ours by identity: pid and start time together cannot belong to an earlier process.
        if (seen.holder !== null && sameProcess(seen.holder, me)) return true;
        if (!seen.stale || seen.fd === null) return false;
        if (!removeStale(file, seen, me, 0)) return false;
      } finally {
        closeQuietly(seen.fd);
      }
    }
    return false;
  }

  function notify(): void {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // A listener's failure must not stop the others, nor escape into fs.watch.
      }
    }
  }

  function watch(): void {
    let stat: fs.BigIntStats;
    try {
      stat = fs.statSync(dir, { bigint: true });
    } catch {
      stopWatcher();
      return;
    }
    // The directory can be removed (and made again by a later acquire): watch the one there now.
    if (watcher !== null && watchedDir?.ino === stat.ino && watchedDir.dev === stat.dev) return;
    stopWatcher();
    try {
      const w = fs.watch(dir, (event, name) => {
        if (event !== 'rename') return;
        if (!fs.existsSync(dir)) {
          // The directory itself went, and every lease in it.
          stopWatcher();
          notify();
          return;
        }
        if (name !== null && !name.endsWith(LEASE_SUFFIX)) return;
        // 'rename' reports creations too: only a file that is gone frees anything.
        if (name !== null && fs.existsSync(path.join(dir, name))) return;
        notify();
      });
      w.on('error', () => stopWatcher());
      w.unref();
      watcher = w;
      watchedDir = { ino: stat.ino, dev: stat.dev };
    } catch {
      // Retried on the next stale check.
    }
  }

  function stopWatcher(): void {
    watcher?.close();
    watcher = null;
    watchedDir = null;
  }

  /** Remove leases whose holder died; tell listeners when any lease may be free. */
  function checkStale(): void {
    try {
      watch();
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        return;
      }
      let maybeFree = false;
      for (const name of names) {
        if (!name.endsWith(LEASE_SUFFIX)) continue;
        const file = path.join(dir, name);
        const seen = inspect(file, me.host);
        if (seen === null) continue;
        try {
          if (!seen.stale || seen.fd === null) continue;
          const key = `${name}:${seen.dev}:${seen.ino}`;
          if (removeStale(file, seen, me, 0)) maybeFree = true;
          else if (!announced.has(key)) {
            announced.add(key);
            maybeFree = true;
          }
        } finally {
          closeQuietly(seen.fd);
        }
      }
      if (maybeFree) notify();
    } catch {
      // A failed check is retried on the next tick.
    }
  }

  function startWatching(): void {
    try {
      ensureDir(dir);
    } catch {
      // Watched once it exists.
    }
    watch();
    timer = setInterval(checkStale, staleCheckMs);
    timer.unref();
  }

  function stopWatching(): void {
    stopWatcher();
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  return {
    tryAcquire(device) {
      if (closed) return false;
      try {
        if (!acquire(leasePath(device))) {
          // It may have been ours until someone judged us dead and took it over.
          held.delete(device);
          return false;
        }
      } catch (error) {
        const code = errorCode(error) ?? String(error);
        throw new Error(
          `Cannot take the lease for device '${device}' in '${dir}' (${code}). Expected a writable lease directory.`,
        );
      }
      held.add(device);
      return true;
    },

    release(device) {
      held.delete(device);
      try {
        unlinkIfOurs(leasePath(device));
      } catch {
        // Called from `finally` blocks: at worst the lease goes stale with us and is reclaimed.
      }
    },

    holder(device) {
      const seen = inspect(leasePath(device), me.host);
      if (seen === null) return null;
      closeQuietly(seen.fd);
      return seen.stale ? null : seen.holder;
    },

    onMaybeFree(listener) {
      if (closed) return () => {};
      const wrapped = (): void => listener();
      listeners.add(wrapped);
      if (listeners.size === 1) startWatching();
      return () => {
        if (!listeners.delete(wrapped)) return;
        if (listeners.size === 0) stopWatching();
      };
    },

    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      stopWatching();
      for (const device of held) {
        try {
          unlinkIfOurs(leasePath(device));
        } catch {
          // Best effort in an exit path; the lease goes stale with us and is reclaimed.
        }
      }
      held.clear();
    },
  };
}
