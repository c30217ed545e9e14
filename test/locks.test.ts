import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createLeaseManager,
  deviceLeaseName,
  processStartTime,
  type LeaseHolder,
  type LeaseManager,
  type LeaseManagerOptions,
} from '../src/locks.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/lease-holder.mjs', import.meta.url));

// Child processes run plain Node, which cannot load TypeScript: src/locks.ts is transpiled
// once into a temporary module that the fixture imports, so every process in these tests
// runs the same lease logic.
let compiledDir: string;
let compiledModule: string;

beforeAll(() => {
  compiledDir = fs.mkdtempSync(join(tmpdir(), 'locks-compiled-'));
  compiledModule = join(compiledDir, 'locks.mjs');
  const source = fs.readFileSync(new URL('../src/locks.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  fs.writeFileSync(compiledModule, outputText);
});

afterAll(() => {
  fs.rmSync(compiledDir, { recursive: true, force: true });
});

let tmp: string;
let dir: string;
const children: ChildProcess[] = [];
const managers: LeaseManager[] = [];

beforeEach(() => {
  tmp = fs.mkdtempSync(join(tmpdir(), 'locks-test-'));
  dir = join(tmp, 'locks');
});

afterEach(async () => {
  for (const manager of managers.splice(0)) manager.close();
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

function manager(opts: LeaseManagerOptions = {}, at = dir): LeaseManager {
  const m = createLeaseManager(at, opts);
  managers.push(m);
  return m;
}

const leaseFile = (device: string): string => join(dir, deviceLeaseName(device));

function readLease(device: string): LeaseHolder {
  return JSON.parse(fs.readFileSync(leaseFile(device), 'utf8')) as LeaseHolder;
}

function writeLease(device: string, content: string | object): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    leaseFile(device),
    typeof content === 'string' ? content : JSON.stringify(content),
  );
}

async function exited(child: ChildProcess): Promise<void> {
  // Node reaps the child before 'exit', so its pid is gone (not a zombie) afterwards.
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
}

/** A live process other than us, to stand for another gpu-sweep process. */
async function liveProcess(): Promise<ChildProcess & { pid: number }> {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  await once(child, 'spawn');
  return child as ChildProcess & { pid: number };
}

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn('true', { stdio: 'ignore' });
  await once(child, 'spawn');
  await exited(child);
  return child.pid!;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  child.kill(signal);
  await exited(child);
}

/** Resolves on the next onMaybeFree notification. */
function nextMaybeFree(m: LeaseManager): Promise<void> {
  return new Promise((resolve) => {
    const off = m.onMaybeFree(() => {
      off();
      resolve();
    });
  });
}

/** Start the fixture; resolves with the child and the JSON line it prints. */
async function fixture<T>(args: string[]): Promise<{ child: ChildProcess; out: T }> {
  const child = spawn(process.execPath, [FIXTURE, compiledModule, dir, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const out = await new Promise<T>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve(JSON.parse(line) as T),
    );
    child.once('exit', (code, signal) => {
      reject(new Error(`lease-holder exited (${code ?? signal}) before printing a result`));
    });
  });
  return { child, out };
}

interface HoldResult {
  pid: number;
  acquired: Record<string, boolean>;
}

interface LoopResult {
  pid: number;
  wins: number;
  overlaps: number;
  abandons: number;
  attempts: number;
}

describe('deviceLeaseName', () => {
  it('is a plain file name for any label, and the same for the same label', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (device) => {
        const name = deviceLeaseName(device);
        expect(name).toMatch(/^gpu-[A-Za-z0-9_-]{0,32}-[0-9a-f]{16}\.lease$/);
        expect(deviceLeaseName(device)).toBe(name);
      }),
    );
  });

  it('tells apart labels that read alike once cleaned', () => {
    const devices = ['a/b', 'a_b', 'a.b', 'a b', 'a\\b', '..', '.', '', '_', '0', '00'];
    expect(new Set(devices.map(deviceLeaseName)).size).toBe(devices.length);
  });

  it('keeps leases for hostile labels inside the lease directory', () => {
    const devices = ['../escape', '../../etc/passwd', 'a/b', '..', '/abs/path', '', 'GPU-8d3f'];
    const m = manager();
    for (const device of devices) expect(m.tryAcquire(device)).toBe(true);

    expect(fs.readdirSync(tmp)).toEqual(['locks']);
    expect(fs.readdirSync(dir)).toHaveLength(devices.length);
    for (const device of devices) expect(m.holder(device)?.pid).toBe(process.pid);

    for (const device of devices) m.release(device);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('createLeaseManager: one process', () => {
  it('acquires, names itself as holder, and releases', () => {
    const m = manager({ label: 'runner-a' });
    expect(m.holder('0')).toBeNull();

    expect(m.tryAcquire('0')).toBe(true);
    const holder = m.holder('0');
    expect(holder).toMatchObject({
      pid: process.pid,
      startTime: processStartTime(process.pid),
      host: hostname(),
      label: 'runner-a',
    });
    expect(Number.isNaN(Date.parse(holder!.since))).toBe(false);
    // Taking a lease we hold again is fine and changes nothing.
    expect(m.tryAcquire('0')).toBe(true);
    expect(m.holder('0')?.since).toBe(holder!.since);

    m.release('0');
    expect(m.holder('0')).toBeNull();
    expect(fs.existsSync(leaseFile('0'))).toBe(false);
    m.release('0');
    expect(m.tryAcquire('0')).toBe(true);
  });

  it('makes the missing lease directory shared and sticky, and leaves an existing one alone', () => {
    const nested = join(tmp, 'made', 'locks');
    expect(manager({}, nested).tryAcquire('0')).toBe(true);
    expect(fs.statSync(join(tmp, 'made')).mode & 0o7777).toBe(0o1777);
    expect(fs.statSync(nested).mode & 0o7777).toBe(0o1777);

    fs.mkdirSync(dir, { mode: 0o700 });
    fs.chmodSync(dir, 0o700);
    expect(manager().tryAcquire('0')).toBe(true);
    expect(fs.statSync(dir).mode & 0o7777).toBe(0o700);
  });

  it('fails with the device and directory when leases cannot be written there', () => {
    fs.writeFileSync(dir, 'a file where the directory should be');
    expect(() => manager().tryAcquire('gpu0')).toThrow(
      `Cannot take the lease for device 'gpu0' in '${dir}' (ENOTDIR). Expected a writable lease directory.`,
    );
  });

  it('refuses a lease held by another live process and names that holder', async () => {
    const other = await liveProcess();
    const theirs = manager({ pid: other.pid, label: 'theirs' });
    const ours = manager();

    expect(theirs.tryAcquire('0')).toBe(true);
    expect(ours.tryAcquire('0')).toBe(false);
    expect(ours.holder('0')).toMatchObject({
      pid: other.pid,
      startTime: processStartTime(other.pid),
      label: 'theirs',
    });

    // Releasing a lease we do not hold leaves it with its holder.
    ours.release('0');
    expect(ours.holder('0')?.pid).toBe(other.pid);

    theirs.release('0');
    expect(ours.tryAcquire('0')).toBe(true);
    expect(theirs.tryAcquire('0')).toBe(false);
  });

  it('reclaims the lease of a holder that was killed, and says so to listeners', async () => {
    const other = await liveProcess();
    const theirs = manager({ pid: other.pid });
    const ours = manager({ staleCheckMs: 20 });
    expect(theirs.tryAcquire('0')).toBe(true);
    expect(ours.tryAcquire('0')).toBe(false);

    // The holder dies without releasing: only the periodic check can notice.
    const freed = nextMaybeFree(ours);
    await kill(other, 'SIGKILL');
    await freed;

    expect(fs.existsSync(leaseFile('0'))).toBe(false);
    expect(ours.tryAcquire('0')).toBe(true);
    expect(ours.holder('0')?.pid).toBe(process.pid);
  });

  it('looks for dead holders only while someone listens', async () => {
    const other = await liveProcess();
    expect(manager({ pid: other.pid }).tryAcquire('0')).toBe(true);
    const ours = manager({ staleCheckMs: 10 });
    ours.onMaybeFree(() => {})();

    await kill(other, 'SIGKILL');
    // Many check periods: a check still running would have removed the dead holder's file.
    await delay(150);
    expect(fs.existsSync(leaseFile('0'))).toBe(true);
    expect(ours.holder('0')).toBeNull();
  });

  it('takes over at once, without waiting for a check, when the holder is dead', async () => {
    writeLease('0', { pid: await deadPid(), startTime: null, host: hostname(), since: 'x' });
    const m = manager();
    expect(m.holder('0')).toBeNull();
    expect(m.tryAcquire('0')).toBe(true);
    expect(readLease('0').pid).toBe(process.pid);
  });

  it('treats a live pid with another start time as a reused pid: stale', async () => {
    const other = await liveProcess();
    const startTime = processStartTime(other.pid);
    expect(startTime).toMatch(/^\d+$/);
    const record = { pid: other.pid, startTime, host: hostname(), since: 'x' };
    const m = manager();

    writeLease('0', record);
    expect(m.tryAcquire('0')).toBe(false);
    expect(m.holder('0')?.pid).toBe(other.pid);

    writeLease('0', { ...record, startTime: String(Number(startTime) + 1) });
    expect(m.holder('0')).toBeNull();
    expect(m.tryAcquire('0')).toBe(true);
    expect(readLease('0').pid).toBe(process.pid);
  });

  it('adopts a lease naming our own pid and start time, and reclaims one with our pid only', () => {
    const me = { pid: process.pid, host: hostname(), since: 'earlier' };
    const m = manager();

    writeLease('0', { ...me, startTime: processStartTime(process.pid) });
    expect(m.tryAcquire('0')).toBe(true);
    expect(readLease('0').since).toBe('earlier');
    m.close();
    expect(fs.existsSync(leaseFile('0'))).toBe(false);

    // Same pid, other start time: an earlier process that had our pid, now dead.
    writeLease('1', { ...me, startTime: '1' });
    const again = manager();
    expect(again.holder('1')).toBeNull();
    expect(again.tryAcquire('1')).toBe(true);
    expect(readLease('1')).toMatchObject({ startTime: processStartTime(process.pid) });
    expect(readLease('1').since).not.toBe('earlier');
  });

  it('waits out an unreadable lease file while it is young, and reclaims it once old', () => {
    const m = manager();
    const old = (Date.now() - 60_000) / 1000;
    const corrupt = ['', '{"pid": 4', '{"pid": "12", "host": "h", "since": "x"}', 'null'];
    for (const [i, content] of corrupt.entries()) {
      const device = `gpu${i}`;
      writeLease(device, content);
      // Its writer may be between open and write: treat it as held.
      expect(m.tryAcquire(device)).toBe(false);
      expect(m.holder(device)).toBeNull();
      expect(fs.readFileSync(leaseFile(device), 'utf8')).toBe(content);

      fs.utimesSync(leaseFile(device), old, old);
      expect(m.tryAcquire(device)).toBe(true);
      expect(readLease(device).pid).toBe(process.pid);
    }
  });

  it('never judges a lease from another host by its pid', async () => {
    const record = { pid: await deadPid(), startTime: '1', host: 'other-host', since: 'x' };
    writeLease('0', record);
    const m = manager();
    expect(m.tryAcquire('0')).toBe(false);
    expect(m.holder('0')).toEqual(record);
  });

  it('close releases every lease it holds and only those, once', async () => {
    const other = await liveProcess();
    const theirs = manager({ pid: other.pid });
    const m = manager();
    expect(m.tryAcquire('0')).toBe(true);
    expect(m.tryAcquire('1')).toBe(true);
    expect(m.tryAcquire('2')).toBe(true);
    expect(theirs.tryAcquire('3')).toBe(true);
    // Our lease '2' now names someone else (say it was taken over): close must keep it.
    writeLease('2', { ...readLease('3') });

    m.close();
    expect(fs.existsSync(leaseFile('0'))).toBe(false);
    expect(fs.existsSync(leaseFile('1'))).toBe(false);
    expect(readLease('2').pid).toBe(other.pid);
    expect(theirs.holder('3')?.pid).toBe(other.pid);

    m.close();
    expect(m.tryAcquire('4')).toBe(false);
    expect(fs.existsSync(leaseFile('4'))).toBe(false);
  });

  it('tells listeners when a lease file is removed, without waiting for a check', async () => {
    const other = await liveProcess();
    const theirs = manager({ pid: other.pid });
    const ours = manager({ staleCheckMs: 3_600_000 });
    expect(theirs.tryAcquire('0')).toBe(true);

    const freed = nextMaybeFree(ours);
    theirs.release('0');
    await freed;
    expect(ours.tryAcquire('0')).toBe(true);
  });

  it('stops calling a listener once unsubscribed, and survives a listener that throws', async () => {
    const other = await liveProcess();
    const theirs = manager({ pid: other.pid });
    const ours = manager({ staleCheckMs: 3_600_000 });
    let thrower = 0;
    let dropped = 0;
    ours.onMaybeFree(() => {
      thrower++;
      throw new Error('listener failure');
    });
    const off = ours.onMaybeFree(() => dropped++);

    expect(theirs.tryAcquire('0')).toBe(true);
    let freed = nextMaybeFree(ours);
    theirs.release('0');
    await freed;
    expect(thrower).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);

    off();
    off();
    const before = dropped;
    expect(theirs.tryAcquire('1')).toBe(true);
    freed = nextMaybeFree(ours);
    theirs.release('1');
    await freed;
    expect(dropped).toBe(before);
  });

  it('keeps watching when the lease directory is removed and made again', async () => {
    const other = await liveProcess();
    const theirs = manager({ pid: other.pid });
    const ours = manager({ staleCheckMs: 20 });
    expect(ours.tryAcquire('0')).toBe(true);
    ours.onMaybeFree(() => {});

    fs.rmSync(dir, { recursive: true });
    // Let several checks run against the missing directory (they must not throw).
    await delay(200);
    expect(ours.holder('0')).toBeNull();
    expect(ours.tryAcquire('0')).toBe(true);

    // A release by another process is noticed again once the new directory is watched.
    let noticed = false;
    ours.onMaybeFree(() => (noticed = true));
    while (!noticed) {
      expect(theirs.tryAcquire('1')).toBe(true);
      theirs.release('1');
      await delay(20);
    }
    expect(ours.holder('0')?.pid).toBe(process.pid);
  });
});

describe('createLeaseManager: across processes', () => {
  it('a lease held by another process is refused until it releases on SIGTERM', async () => {
    const { child, out } = await fixture<HoldResult>(['hold', '0', 'gpu0']);
    expect(out.acquired).toEqual({ gpu0: true });

    const m = manager({ staleCheckMs: 3_600_000 });
    expect(m.tryAcquire('gpu0')).toBe(false);
    expect(m.holder('gpu0')).toMatchObject({ pid: child.pid, label: `fixture ${child.pid}` });

    const freed = nextMaybeFree(m);
    await kill(child, 'SIGTERM');
    await freed;
    expect(m.tryAcquire('gpu0')).toBe(true);
  });

  it('the lease of a process killed with SIGKILL is reclaimed after the next check', async () => {
    const { child, out } = await fixture<HoldResult>(['hold', '0', 'gpu0', 'gpu1']);
    expect(out.acquired).toEqual({ gpu0: true, gpu1: true });
    const m = manager({ staleCheckMs: 20 });
    expect(m.tryAcquire('gpu1')).toBe(false);

    const freed = nextMaybeFree(m);
    await kill(child, 'SIGKILL');
    await freed;
    expect(m.tryAcquire('gpu1')).toBe(true);
    expect(m.tryAcquire('gpu0')).toBe(true);
  });

  it('processes starting together get each device exactly once, stale leases included', async () => {
    const devices = Array.from({ length: 10 }, (_, i) => `gpu${i}`);
    const dead = await deadPid();
    const old = (Date.now() - 60_000) / 1000;
    for (const [i, device] of devices.entries()) {
      if (i % 3 === 1)
        writeLease(device, { pid: dead, startTime: '0', host: hostname(), since: '' });
      if (i % 3 === 2) {
        writeLease(device, '{"pid": ');
        fs.utimesSync(leaseFile(device), old, old);
      }
    }

    // A common start a little ahead, so the contenders really collide (not asserted on).
    const startAt = String(Date.now() + 1500);
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => fixture<HoldResult>(['hold', startAt, ...devices])),
    );

    const observer = manager();
    for (const device of devices) {
      const winners = runs.filter((run) => run.out.acquired[device]).map((run) => run.out.pid);
      expect({ device, winners: winners.length }).toEqual({ device, winners: 1 });
      expect(observer.holder(device)?.pid).toBe(winners[0]);
    }
  });

  it('processes contending in a loop, abandoning some leases, never hold a device together', async () => {
    const wins = 18;
    const dead = String(await deadPid());
    const witness = join(tmp, 'witness');
    const runs = await Promise.all(
      Array.from({ length: 3 }, () =>
        fixture<LoopResult>(['loop', 'gpu0', String(wins), dead, witness]),
      ),
    );
    for (const { out } of runs) {
      expect(out).toMatchObject({ wins, overlaps: 0, abandons: wins / 3 });
    }
  });
});
