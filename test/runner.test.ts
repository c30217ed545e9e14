import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { killProcessGroup, processGroupAlive, runProcess, type RunSpec } from '../src/runner.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Alive and not a zombie (an orphan under a non-reaping init stays a zombie forever). */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

let dir: string;
let logFile: string;
const groups: number[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runner-test-'));
  logFile = join(dir, 'job.log');
});

afterEach(async () => {
  // A failing test must not leave sleeps behind for the next one.
  for (const pgid of groups.splice(0)) killProcessGroup(pgid, 'SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

function spec(argv: string[], extra: Partial<RunSpec> = {}): RunSpec {
  return {
    argv,
    cwd: dir,
    env: { PATH: process.env.PATH },
    logFile,
    timeoutMs: 0,
    killGraceMs: 200,
    ...extra,
    onSpawn: (pgid) => {
      groups.push(pgid);
      extra.onSpawn?.(pgid);
    },
  };
}

describe('runProcess: exit', () => {
  it('is a success on exit code 0 and writes stdout and stderr to the log', async () => {
    const out = await runProcess(spec([fixture('exit-with.sh'), '0']));
    expect(out).toMatchObject({ status: 'success', exitCode: 0, signal: null, leftovers: false });
    expect(out.error).toBeUndefined();
    expect(out.finishedAt.getTime()).toBeGreaterThanOrEqual(out.startedAt.getTime());
    expect(await readFile(logFile, 'utf8')).toBe(
      'exit-with: stdout, code 0\nexit-with: stderr, code 0\n',
    );
  });

  it('is a failure with the exit code otherwise', async () => {
    const out = await runProcess(spec([fixture('exit-with.sh'), '3']));
    expect(out).toMatchObject({ status: 'failure', exitCode: 3, signal: null });
  });

  it('reports the signal a process died of', async () => {
    const out = await runProcess(spec(['bash', '-c', 'kill -USR1 $$']));
    expect(out).toMatchObject({ status: 'failure', exitCode: null, signal: 'SIGUSR1' });
  });

  it('gives the tail of a failing job, display-cleaned', async () => {
    const script =
      'for i in $(seq 1 50); do printf "line %s\\033[0m\\n" $i; done; echo "boom" >&2; exit 1';
    const out = await runProcess(spec(['bash', '-c', script], { tailLines: 3 }));
    expect(out.status).toBe('failure');
    expect(out.tail).toEqual(['line 49', 'line 50', 'boom']);
  });

  it('truncates the log file it is given', async () => {
    await runProcess(spec([fixture('exit-with.sh'), '0']));
    await runProcess(spec(['bash', '-c', 'echo second']));
    expect(await readFile(logFile, 'utf8')).toBe('second\n');
  });
});

describe('runProcess: spawn failures are data', () => {
  it('a missing program', async () => {
    let spawned = false;
    const out = await runProcess(
      spec([join(dir, 'no-such-program')], { onSpawn: () => (spawned = true) }),
    );
    expect(out.status).toBe('failure');
    expect(out.exitCode).toBeNull();
    expect(out.error).toContain(`'${join(dir, 'no-such-program')}'`);
    expect(spawned).toBe(false);
  });

  it('a program that is not executable', async () => {
    const out = await runProcess(spec([logFile]));
    expect(out.status).toBe('failure');
    expect(out.error).toContain('permission denied');
  });

  it('a missing working directory', async () => {
    const cwd = join(dir, 'missing');
    const out = await runProcess(spec([fixture('exit-with.sh'), '0'], { cwd }));
    expect(out).toMatchObject({
      status: 'failure',
      error: `Working directory '${cwd}' does not exist`,
    });
  });

  it('a working directory that is a file', async () => {
    const cwd = join(dir, 'a-file-not-a-dir');
    writeFileSync(cwd, '');
    const out = await runProcess(spec([fixture('exit-with.sh'), '0'], { cwd }));
    expect(out).toMatchObject({
      status: 'failure',
      error: `Working directory '${cwd}' is not a directory`,
    });
  });

  it('a missing program, in onLine mode', async () => {
    const seen: string[] = [];
    const out = await runProcess(
      spec(['no-such-program-gpu-sweep'], { onLine: (l) => seen.push(l) }),
    );
    expect(out.status).toBe('failure');
    expect(out.error).toContain(`'no-such-program-gpu-sweep'`);
    expect(seen).toEqual([]);
  });

  it('an empty argv', async () => {
    const out = await runProcess(spec([]));
    expect(out.status).toBe('failure');
    expect(out.error).toContain('expected a program name');
  });
});

describe('runProcess: what the child gets', () => {
  it('exactly the given environment and working directory', async () => {
    const sub = join(dir, 'work dir');
    await mkdir(sub);
    const env = { PATH: process.env.PATH, SWEEP_LR: '0.1', SWEEP_EMPTY: '' };
    const out = await runProcess(
      spec([fixture('print-env.sh'), 'SWEEP_LR', 'SWEEP_EMPTY', 'HOME'], { cwd: sub, env }),
    );
    expect(out.status).toBe('success');
    expect((await readFile(logFile, 'utf8')).split('\n')).toEqual([
      'SWEEP_LR=0.1',
      'SWEEP_EMPTY=',
      'HOME=',
      `PWD=${await realpath(sub)}`,
      '',
    ]);
  });

  it('/dev/null as stdin, so a reader sees end of input at once', async () => {
    const out = await runProcess(
      spec(['bash', '-c', 'cat; readlink /proc/self/fd/0'], {
        timeoutMs: 30_000,
        killGraceMs: 100,
      }),
    );
    // Had cat inherited a terminal or a pipe it would have waited until the timeout.
    expect(out.status).toBe('success');
    expect(await readFile(logFile, 'utf8')).toBe('/dev/null\n');
  });

  it('its own process group', async () => {
    let pgid = 0;
    const out = await runProcess(
      spec(['bash', '-c', 'ps -o pgid= -p $$'], { onSpawn: (id) => (pgid = id), onLine: () => {} }),
    );
    expect(out.status).toBe('success');
    expect(pgid).toBeGreaterThan(1);
    expect(Number((await readFile(logFile, 'utf8')).trim())).toBe(pgid);
    expect(processGroupAlive(pgid)).toBe(false);
  });
});

describe('runProcess: timeout and cancel', () => {
  it('times out: SIGTERM to the group, which is gone afterwards', async () => {
    let pgid = 0;
    const out = await runProcess(
      spec([fixture('hang.sh')], {
        timeoutMs: 200,
        killGraceMs: 5000,
        onSpawn: (id) => (pgid = id),
      }),
    );
    expect(out).toMatchObject({ status: 'timeout', exitCode: null, signal: 'SIGTERM' });
    expect(processGroupAlive(pgid)).toBe(false);
  });

  it('sends SIGKILL after the grace period to a job that ignores SIGTERM', async () => {
    const controller = new AbortController();
    let pgid = 0;
    const out = await runProcess(
      spec([fixture('ignore-term.sh')], {
        signal: controller.signal,
        killGraceMs: 60_000,
        cancelGraceMs: 300,
        onSpawn: (id) => (pgid = id),
        // Cancel only once the trap is in place; earlier, bash would die of SIGTERM.
        onLine: (line) => {
          if (line === 'ignore-term: ready') controller.abort();
        },
      }),
    );
    expect(out).toMatchObject({ status: 'cancelled', exitCode: null, signal: 'SIGKILL' });
    expect(await readFile(logFile, 'utf8')).toContain('ignore-term: got TERM, ignoring');
    expect(processGroupAlive(pgid)).toBe(false);
  });

  it('a timeout also ends a job that ignores SIGTERM', async () => {
    const out = await runProcess(
      spec([fixture('ignore-term.sh')], { timeoutMs: 300, killGraceMs: 200 }),
    );
    expect(out.status).toBe('timeout');
    expect(['SIGTERM', 'SIGKILL']).toContain(out.signal);
  });

  it('is cancelled by an abort', async () => {
    const controller = new AbortController();
    const out = await runProcess(
      spec([fixture('hang.sh')], {
        signal: controller.signal,
        killGraceMs: 60_000,
        cancelGraceMs: 60_000,
        onLine: (line) => {
          if (line === 'hang: started') controller.abort();
        },
      }),
    );
    expect(out).toMatchObject({ status: 'cancelled', signal: 'SIGTERM' });
  });

  it('does not start a job cancelled before it was spawned', async () => {
    let spawned = false;
    const out = await runProcess(
      spec([fixture('exit-with.sh'), '0'], {
        signal: AbortSignal.abort(),
        onSpawn: () => (spawned = true),
      }),
    );
    expect(out).toMatchObject({ status: 'cancelled', exitCode: null, tail: [] });
    expect(spawned).toBe(false);
    expect(existsSync(logFile)).toBe(false);
  });

  it('stays a success when aborted after the job ended', async () => {
    const controller = new AbortController();
    const out = await runProcess(
      spec([fixture('exit-with.sh'), '0'], { signal: controller.signal }),
    );
    controller.abort();
    expect(out.status).toBe('success');
  });
});

describe('runProcess: leftovers', () => {
  const childPid = async (): Promise<number> => {
    const match = /^child (\d+)$/m.exec(await readFile(logFile, 'utf8'));
    expect(match).not.toBeNull();
    return Number(match![1]);
  };

  it('terminates a background child left by a job that exited', async () => {
    let pgid = 0;
    const out = await runProcess(
      spec([fixture('leave-child.sh')], { onSpawn: (id) => (pgid = id) }),
    );
    expect(out).toMatchObject({ status: 'success', exitCode: 0, leftovers: true });
    expect(pidAlive(await childPid())).toBe(false);
    expect(processGroupAlive(pgid)).toBe(false);
  });

  it('does not hang on a child that holds the output pipe open (onLine mode)', async () => {
    const seen: string[] = [];
    const out = await runProcess(
      spec([fixture('leave-child.sh'), 'holds-stdout'], { onLine: (line) => seen.push(line) }),
    );
    expect(out).toMatchObject({ status: 'success', leftovers: true });
    const pid = await childPid();
    expect(seen).toEqual([`child ${pid}`]);
    expect(pidAlive(pid)).toBe(false);
  });

  it('does not hang on a process that left the group but holds the pipe open', async () => {
    // setsid puts the sleep in a session of its own: the group is empty at once,
    // yet the pipe stays open until the sleep ends. The script exits only once the
    // sleep has left, so the group never had a leftover to kill.
    const ESCAPE =
      'setsid sleep 30 & until [ "$(ps -o sid= -p $!)" -eq $! ]; do :; done; echo "child $!"';
    const seen: string[] = [];
    const out = await runProcess(
      spec(['bash', '-c', ESCAPE], {
        onLine: (line) => seen.push(line),
      }),
    );
    const pid = await childPid();
    try {
      expect(out).toMatchObject({ status: 'success', leftovers: false });
      expect(seen).toEqual([`child ${pid}`]);
    } finally {
      process.kill(pid, 'SIGKILL');
    }
  });

  it('does not hang on a child that holds stdout open (log file mode)', async () => {
    const out = await runProcess(spec([fixture('leave-child.sh'), 'holds-stdout']));
    expect(out).toMatchObject({ status: 'success', leftovers: true });
    expect(pidAlive(await childPid())).toBe(false);
  });
});

describe('runProcess: output', () => {
  it('gives onLine \\r-collapsed, cleaned lines', async () => {
    const seen: string[] = [];
    const script = String.raw`printf 'a 10%%\rb 50%%\rc 100%%\r\nplain\n'; printf 'err\x00\x1b[31m!\x1b[0m\n' >&2`;
    const out = await runProcess(
      spec(['bash', '-c', script], { onLine: (line) => seen.push(line) }),
    );
    expect(out.status).toBe('success');
    expect(seen).toEqual(['c 100%', 'plain', 'err!']);
    expect(out.tail).toEqual(['c 100%', 'plain', 'err!']);
  });

  it('reports an onLine callback that throws, and still runs the job to its end', async () => {
    const out = await runProcess(
      spec(['bash', '-c', 'echo one; echo two; exit 4'], {
        onLine: (line) => {
          throw new Error(`cannot show '${line}'`);
        },
      }),
    );
    expect(out).toMatchObject({
      status: 'failure',
      exitCode: 4,
      error: "The onLine callback failed: cannot show 'one'",
    });
    expect(await readFile(logFile, 'utf8')).toBe('one\ntwo\n');
  });

  it('keeps invalid UTF-8 and NULs in the log file, cleans them in lines and tail', async () => {
    const seen: string[] = [];
    const script = String.raw`printf 'ok \xff\xfe end\x00!\n'`;
    const out = await runProcess(
      spec(['bash', '-c', script], { onLine: (line) => seen.push(line) }),
    );
    expect(seen).toEqual(['ok \uFFFD\uFFFD end!']);
    expect(out.tail).toEqual(['ok \uFFFD\uFFFD end!']);
    const raw = await readFile(logFile);
    expect(raw).toEqual(
      Buffer.concat([Buffer.from('ok '), Buffer.from([0xff, 0xfe]), Buffer.from(' end\0!\n')]),
    );
  });

  it('shows the final state of a progress bar flood', async () => {
    const records = 200_000; // 20-byte records: 4 MB, several pipe reads
    const seen: string[] = [];
    const out = await runProcess(
      spec([fixture('flood.mjs'), String(records * 20 + 1), '--cr'], {
        onLine: (line) => seen.push(line),
      }),
    );
    expect(out.status).toBe('success');
    // flood.mjs numbers records from 0 and restarts every 52428 (one 1 MiB pattern).
    const last = `progress ${String((records - 1) % 52428).padStart(10, '0')}`;
    expect(seen).toEqual([last]);
    expect((await stat(logFile)).size).toBe(records * 20 + 1);
  });

  it('writes every byte in log file mode', async () => {
    const bytes = 20 * 1024 * 1024 + 7;
    const out = await runProcess(spec([fixture('flood.mjs'), String(bytes)]));
    expect(out.status).toBe('success');
    expect((await stat(logFile)).size).toBe(bytes);
    expect(out.tail).toHaveLength(20);
    expect(out.tail[19]).toBe('x'.repeat(bytes % 100));
  });

  describe('bounded memory in onLine mode', () => {
    /** Runs a flood and returns the outcome, the lines seen and the peak RSS growth. */
    async function flood(bytes: number, mode?: string, extra: Partial<RunSpec> = {}) {
      const base = process.memoryUsage().rss;
      let peak = base;
      const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
      const timer = setInterval(sample, 20);
      let count = 0;
      let first = '';
      let lastLine = '';
      try {
        const argv = [fixture('flood.mjs'), String(bytes), ...(mode ? [mode] : [])];
        const out = await runProcess(
          spec(argv, {
            ...extra,
            onLine: (line) => {
              if (count === 0) first = line;
              lastLine = line;
              if (++count % 100_000 === 0) sample();
            },
          }),
        );
        sample();
        return { out, count, first, lastLine, growth: peak - base };
      } finally {
        clearInterval(timer);
      }
    }
    const MB = 1024 * 1024;

    it('a 100 MB line without newline', async () => {
      const { out, count, first, growth } = await flood(100 * MB, '--no-newline');
      expect(out.status).toBe('success');
      expect((await stat(logFile)).size).toBe(100 * MB);
      expect(count).toBe(1);
      expect(first).toBe('x'.repeat(4096) + '…');
      expect(growth).toBeLessThan(150 * MB);
    });

    it('a 300 MB flood of lines', async () => {
      const bytes = 300 * MB; // a multiple of the fixture's 100-byte lines
      const { out, count, lastLine, growth } = await flood(bytes);
      expect(out.status).toBe('success');
      expect((await stat(logFile)).size).toBe(bytes);
      expect(count).toBe(bytes / 100);
      expect(lastLine).toBe('x'.repeat(99));
      expect(growth).toBeLessThan(150 * MB);
    });

    it('pauses the job while the log file is slow (backpressure)', async () => {
      // The log is a FIFO whose reader waits a while before reading: the job
      // must block on its pipe meanwhile instead of piling output up in memory.
      const fifo = join(dir, 'slow.log');
      const counted = join(dir, 'count');
      execFileSync('mkfifo', [fifo]);
      const reader = spawn(
        'bash',
        ['-c', 'exec 3<"$0"; sleep "$2"; wc -c <&3 >"$1"', fifo, counted, '2'],
        {
          stdio: 'ignore',
        },
      );
      const readerDone = new Promise((resolve) => reader.once('exit', resolve));
      const bytes = 300 * MB;
      const { out, count, growth } = await flood(bytes, undefined, { logFile: fifo });
      await readerDone;
      expect(out.status).toBe('success');
      expect(count).toBe(bytes / 100);
      expect(Number((await readFile(counted, 'utf8')).trim())).toBe(bytes);
      expect(growth).toBeLessThan(150 * MB);
    });
  });
});

describe('killProcessGroup and processGroupAlive', () => {
  it('refuse pgids that would mean our own group or every process', () => {
    expect(killProcessGroup(0, 'SIGKILL')).toBe(false);
    expect(killProcessGroup(1, 'SIGKILL')).toBe(false);
    expect(killProcessGroup(-5, 'SIGKILL')).toBe(false);
    expect(processGroupAlive(0)).toBe(false);
  });

  it('report a group that is gone', async () => {
    let pgid = 0;
    await runProcess(spec([fixture('exit-with.sh'), '0'], { onSpawn: (id) => (pgid = id) }));
    expect(processGroupAlive(pgid)).toBe(false);
    expect(killProcessGroup(pgid, 'SIGTERM')).toBe(false);
  });
});
