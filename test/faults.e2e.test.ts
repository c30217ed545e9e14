// Faults, cancellation and sharing a machine, through the committed bundle with
// real processes: jobs that hang, ignore SIGTERM, leave children behind or flood
// output, a runner that cancels, a node that gets SIGKILLed, two runners on one
// machine.
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  alive,
  errorLines,
  fixture,
  runAction,
  sleep,
  tempDir,
  type ActionRun,
} from './helpers/harness.js';

interface PublishedJob {
  index: number;
  status: string;
  devices: string[];
  outputs: Record<string, string>;
  attempts: number;
  exitCode: number | null;
  signal: string | null;
  previousExitCodes?: (number | null)[];
}
const results = (run: ActionRun) => JSON.parse(run.outputs.results) as PublishedJob[];

/** Wait until `count` jobs have started (their ▶ lines are in stdout). */
async function startedJobs(out: () => string, count: number, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((out().match(/▶/g) ?? []).length < count) {
    if (Date.now() > until)
      throw new Error(`only ${(out().match(/▶/g) ?? []).length} jobs started:\n${out()}`);
    await sleep(20);
  }
}

function pidsIn(dir: string, prefix: string): number[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix))
    .map((f) => Number(readFileSync(join(dir, f), 'utf8').trim()));
}

/** Cancellation and crash cleanup also run under Node 24, the runtime users have. */
const runtimes: [string, string][] = [
  [`node ${process.version}`, process.execPath],
  ['node 24', inject('node24')],
];

// Wall-clock figures measured by these tests, printed for the README's Guarantees section.
const figures: string[] = [];

describe('cancellation, as the runner does it (SIGINT to node)', () => {
  it.each(runtimes)(
    'signals every running job at once, publishes results with cancelled and skipped jobs, exits non-zero (%s)',
    async (label, node) => {
      const dir = tempDir();
      let sigintAt = 0;
      const run = await runAction(
        {
          matrix: 'i: [0, 1, 2, 3, 4, 5]',
          // Each job records when SIGTERM reached it, then exits. The pid file
          // says the trap is set.
          run: `trap 'date +%s%3N > "${dir}/term-$SWEEP_JOB_INDEX"; exit 143' TERM; echo $$ > "${dir}/pid-$SWEEP_JOB_INDEX"; sleep 1000 & wait`,
          devices: '0 1 2',
          'lock-dir': '',
        },
        {
          node,
          dir,
          onSpawn: (pid, out) =>
            void startedJobs(out, 3).then(async () => {
              while (pidsIn(dir, 'pid-').length < 3) await sleep(10);
              sigintAt = Date.now();
              process.kill(pid, 'SIGINT');
            }),
        },
      );
      const publishedMs = Date.now() - sigintAt;
      expect(run.code).toBe(1);
      const jobs = results(run);
      expect(jobs.map((j) => j.status)).toEqual([
        'cancelled',
        'cancelled',
        'cancelled',
        'skipped',
        'skipped',
        'skipped',
      ]);
      const termTimes = readdirSync(dir)
        .filter((f) => f.startsWith('term-'))
        .map((f) => Number(readFileSync(join(dir, f), 'utf8')));
      expect(termTimes).toHaveLength(3);
      for (const pid of pidsIn(dir, 'pid-')) expect(alive(pid)).toBe(false);
      expect(errorLines(run.stdout)[0]).toMatch(
        /^::error::Cancelled: 3 running job\(s\) cancelled, 3 not started\./,
      );
      expect(run.summary).toContain('Cancelled');
      expect(existsSync(run.outputs['results-file'])).toBe(true);
      figures.push(
        `${label}: SIGINT → every job signalled: ${Math.max(...termTimes) - sigintAt} ms; SIGINT → results published and exit: ${publishedMs} ms`,
      );
    },
  );

  it('SIGKILLs jobs that ignore SIGTERM and still publishes well before the runner’s 7.5 s SIGTERM', async () => {
    const dir = tempDir();
    let sigintAt = 0;
    const run = await runAction(
      {
        matrix: 'i: [0, 1]',
        run: `echo $$ > "${dir}/pid-$SWEEP_JOB_INDEX"; exec ${fixture('ignore-term.sh')}`,
        devices: 'a b',
        'lock-dir': '',
      },
      {
        dir,
        onSpawn: (pid, out) =>
          void startedJobs(out, 2).then(async () => {
            await sleep(200); // let the trap be set
            sigintAt = Date.now();
            process.kill(pid, 'SIGINT');
          }),
      },
    );
    const publishedMs = Date.now() - sigintAt;
    expect(run.code).toBe(1);
    expect(results(run).map((j) => [j.status, j.signal])).toEqual([
      ['cancelled', 'SIGKILL'],
      ['cancelled', 'SIGKILL'],
    ]);
    for (const pid of pidsIn(dir, 'pid-')) expect(alive(pid)).toBe(false);
    expect(publishedMs).toBeLessThan(7500);
    figures.push(
      `SIGINT → results published with SIGTERM-ignoring jobs (SIGKILL after the 4 s cap): ${publishedMs} ms`,
    );
  });

  it.each(runtimes)(
    'the post step stops job process groups left behind when node itself was SIGKILLed (%s)',
    async (_label, node) => {
      const dir = tempDir();
      const main = await runAction(
        {
          matrix: 'i: [0, 1]',
          run: `sleep 1000 & echo $! > "${dir}/child-$SWEEP_JOB_INDEX"; wait`,
          devices: '0 1',
          'lock-dir': '',
        },
        {
          node,
          dir,
          onSpawn: (pid, out) =>
            void startedJobs(out, 2).then(async () => {
              while (pidsIn(dir, 'child-').length < 2) await sleep(20);
              process.kill(pid, 'SIGKILL');
            }),
        },
      );
      expect(main.signal).toBe('SIGKILL');
      const children = pidsIn(dir, 'child-');
      expect(children.every(alive)).toBe(true);
      const post = await runAction({}, { node, dir, post: true, state: main.state });
      expect(post.code).toBe(0);
      expect(post.stdout).toMatch(/Stopped 2 job process group\(s\)/);
      await sleep(100);
      expect(children.filter(alive)).toEqual([]);
      // A post step with nothing left to do is a no-op.
      const again = await runAction({}, { node, dir, post: true, state: main.state });
      expect(again.code).toBe(0);
      expect(again.stdout).not.toMatch(/Stopped/);
    },
  );
});

describe('timeouts, retries, failure limits', () => {
  it('times a job out: SIGTERM to its group, SIGKILL after the grace, status timeout', async () => {
    const run = await runAction({
      matrix: 'k: [term, ignore]',
      run: `if [ "$MATRIX_K" = term ]; then exec ${fixture('hang.sh')}; else exec ${fixture('ignore-term.sh')}; fi`,
      devices: '0 1',
      'timeout-minutes': '0.005', // 0.3 s
      'kill-grace-seconds': '0.3',
      'lock-dir': '',
    });
    expect(run.code).toBe(1);
    expect(results(run).map((j) => [j.status, j.signal])).toEqual([
      ['timeout', 'SIGTERM'],
      ['timeout', 'SIGKILL'],
    ]);
    expect(run.outputs['timed-out']).toBe('2');
    expect(errorLines(run.stdout)[0]).toContain('(term) timed out');
  });

  it('retries a failing job on another device, counting attempts and keeping earlier exit codes', async () => {
    const run = await runAction({
      matrix: 'i: [0, 1]',
      // Job 0 fails twice and then succeeds: the third attempt counts.
      run: `echo "dev$SWEEP_ATTEMPT=$CUDA_VISIBLE_DEVICES" >> "$GITHUB_OUTPUT"; if [ $SWEEP_JOB_INDEX = 0 ] && [ $SWEEP_ATTEMPT -lt 3 ]; then exit $((10 + SWEEP_ATTEMPT)); fi`,
      devices: 'g0 g1 g2',
      retries: '2',
      'lock-dir': '',
    });
    expect(run.code).toBe(0);
    const [j0, j1] = results(run);
    expect(j0.status).toBe('success');
    expect(j0.attempts).toBe(3);
    expect(j0.previousExitCodes).toEqual([11, 12]);
    // Outputs are the last attempt's own: its device, nothing left from earlier attempts.
    expect(j0.outputs).toEqual({ dev3: j0.devices[0] });
    // Earlier attempts keep where and when they ran; the timeline draws every attempt.
    const doc = JSON.parse(readFileSync(run.outputs['results-file'], 'utf8')) as {
      jobs: { earlierAttempts?: { devices: string[]; exitCode: number; status: string }[] }[];
    };
    const earlier = doc.jobs[0].earlierAttempts!;
    expect(earlier.map((a) => [a.status, a.exitCode])).toEqual([
      ['failure', 11],
      ['failure', 12],
    ]);
    expect(earlier[1].devices).not.toEqual(earlier[0].devices);
    expect(run.summary).toMatch(/ \(attempt 1\) :crit, \d+, \d+/);
    expect(run.summary).toMatch(/ \(attempt 3\) :done, \d+, \d+/);
    expect(j1.attempts).toBe(1);
    expect(run.stdout).toMatch(/✗ \[1\/2\] \(0\) exit 11 after .* — retrying \(attempt 2\)/);
  });

  it('max-failures stops dispatching; fail-fast also cancels the running jobs', async () => {
    const limited = await runAction({
      matrix: 'i: [0, 1, 2, 3, 4, 5]',
      run: 'exit 1',
      devices: '0',
      'max-failures': '2',
      'lock-dir': '',
    });
    expect(limited.code).toBe(1);
    expect(results(limited).map((j) => j.status)).toEqual([
      'failure',
      'failure',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
    const fast = await runAction({
      matrix: 'i: [0, 1, 2, 3]',
      run: `if [ $SWEEP_JOB_INDEX = 0 ]; then sleep 0.3; exit 1; fi; exec ${fixture('hang.sh')}`,
      devices: '0 1',
      'fail-fast': 'true',
      'kill-grace-seconds': '0.5',
      'lock-dir': '',
    });
    expect(fast.code).toBe(1);
    expect(results(fast).map((j) => j.status)).toEqual([
      'failure',
      'cancelled',
      'skipped',
      'skipped',
    ]);
  });
});

describe('processes that outlive their job', () => {
  it('ends the job when its main process exits, terminates what it left, then frees the device', async () => {
    const run = await runAction(
      {
        matrix: 'mode: [quiet, holds-stdout, quiet, holds-stdout]',
        run: `${fixture('leave-child.sh')} $([ "$MATRIX_MODE" = quiet ] || echo holds-stdout)`,
        devices: 'only',
        'kill-grace-seconds': '0.5',
        'lock-dir': '',
      },
      { timeoutMs: 30_000 },
    );
    expect(run.code).toBe(0);
    const jobs = results(run) as (PublishedJob & {
      logFile: string;
      startedAt: string;
      finishedAt: string;
    })[];
    expect(jobs.map((j) => j.status)).toEqual(['success', 'success', 'success', 'success']);
    const children = jobs.map((j) =>
      Number(/child (\d+)/.exec(readFileSync(j.logFile, 'utf8'))![1]),
    );
    expect(children.filter(alive)).toEqual([]);
    // One device: each job started after the previous one's leftovers were gone.
    for (let i = 1; i < jobs.length; i++)
      expect(jobs[i].startedAt >= jobs[i - 1].finishedAt).toBe(true);
  });
});

describe('output robustness', () => {
  /** Peak resident memory of a process, sampled from /proc while it runs. */
  function watchPeak(pid: number): () => number {
    let peak = 0;
    const timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        /* exited */
      }
    }, 50);
    return () => {
      clearInterval(timer);
      return peak;
    };
  }

  it.each(['grouped', 'live'])(
    'keeps memory bounded and the log complete with a 300 MB flood and a 100 MB line (%s)',
    async (mode) => {
      let stop: () => number = () => 0;
      const run = await runAction(
        {
          matrix: 'kind: [lines, one-line, cr]',
          run: `node ${fixture('flood.mjs')} ${mode === 'live' ? 300_000_000 : 100_000_000} $([ $MATRIX_KIND = lines ] || echo --$([ $MATRIX_KIND = cr ] && echo cr || echo no-newline)); sleep 0.3`,
          devices: '0',
          'log-mode': mode,
          'lock-dir': '',
        },
        { onSpawn: (pid) => (stop = watchPeak(pid)), timeoutMs: 120_000 },
      );
      const peak = stop();
      expect(run.code).toBe(0);
      const sizes = results(run).map(
        (j) => readFileSync((j as unknown as { logFile: string }).logFile).length,
      );
      expect(sizes[0]).toBe(mode === 'live' ? 300_000_000 : 100_000_000);
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThan(200 * 1024 * 1024);
      figures.push(
        `peak RSS of the action with ${mode} logs while jobs print 3 × ${mode === 'live' ? 300 : 100} MB: ${Math.round(peak / 1048576)} MiB`,
      );
      // The Actions log shows the final state of a repainted line, not every repaint.
      // Live mode streams at most 4 MiB of a job into the Actions log; the file has the rest.
      expect(run.stdout.length).toBeLessThan(mode === 'live' ? 3 * 4.5 * 1048576 : 2 * 1048576);
      if (mode === 'live') expect(run.stdout).toContain('more output than 4 MiB');
    },
  );

  it('survives invalid UTF-8, NUL bytes and workflow commands in job output', async () => {
    const run = await runAction({
      matrix: 'i: [0]',
      run: `printf 'bad \\xff\\xfe byte\\0nul\\n::error::injected\\n::add-mask::secret\\nprogress 10%%\\rprogress 100%%\\n'`,
      devices: '0',
      'lock-dir': '',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('bad \uFFFD\uFFFD bytenul');
    expect(run.stdout).toContain('progress 100%');
    expect(run.stdout).not.toContain('progress 10%\r');
    // The job's text sits between stop-commands markers, so the runner does not act on it.
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('::error::injected');
    const stop = lines.findLastIndex((l, i) => i < at && l.startsWith('::stop-commands::'));
    const token = lines[stop].slice('::stop-commands::'.length);
    expect(lines.indexOf(`::${token}::`)).toBeGreaterThan(at);
    expect(errorLines(run.stdout)).toEqual(['::error::injected']);
  });
});

describe('security of what jobs write', () => {
  it('keeps GITHUB_OUTPUT well-formed whatever a job writes as an output', async () => {
    const run = await runAction({
      matrix: 'i: [0]',
      run: `{ echo 'note<<EOF'; echo 'line1'; echo 'ghadelimiter_x'; echo 'total=999'; echo 'EOF'; echo 'html=<img src=x onerror=alert(1)>|x'; } >> "$GITHUB_OUTPUT"`,
      devices: '0',
      objective: 'max:total',
      'lock-dir': '',
    });
    expect(run.code).toBe(0);
    expect(run.outputErrors).toEqual([]);
    expect(run.outputs['job-0-note']).toBe('line1\nghadelimiter_x\ntotal=999');
    expect(run.outputs.total).toBe('1');
    expect(run.outputs['job-0-html']).toBe('<img src=x onerror=alert(1)>|x');
    expect(run.summary).not.toContain('<img');
    expect(run.summary).toContain('&lt;img');
  });
});

describe('host-wide device leases', () => {
  it('two runners sharing a lock dir never put two jobs on one device', async () => {
    const dir = tempDir();
    const claims = join(dir, 'claims');
    mkdirSync(claims);
    const inputs = {
      matrix: 'i: [0, 1, 2, 3, 4, 5]',
      run: `mkdir "${claims}/$CUDA_VISIBLE_DEVICES" || { echo OVERLAP; exit 99; }; sleep 0.4; rmdir "${claims}/$CUDA_VISIBLE_DEVICES"`,
      devices: 'x y',
      'lock-dir': join(dir, 'locks'),
    };
    const [a, b] = await Promise.all([runAction(inputs), runAction(inputs)]);
    expect([a.code, b.code], a.stdout + a.stderr + b.stdout + b.stderr).toEqual([0, 0]);
    expect(
      [a.outputErrors, b.outputErrors, Object.keys(b.outputs).length],
      b.stdout.slice(-3000),
    ).toEqual([[], [], 16]);
    expect([...results(a), ...results(b)].every((j) => j.status === 'success')).toBe(true);
    expect(a.stdout + b.stdout).toMatch(/… waiting for [xy]: held by pid \d+/);
  });

  it('reclaims a lease whose holder died', async () => {
    const dir = tempDir();
    const locks = join(dir, 'locks');
    // A first run is SIGKILLed while holding the only device's lease.
    const first = await runAction(
      { matrix: 'i: [0]', run: 'sleep 1000', devices: 'solo', 'lock-dir': locks },
      {
        dir,
        onSpawn: (pid, out) => void startedJobs(out, 1).then(() => process.kill(pid, 'SIGKILL')),
      },
    );
    expect(first.signal).toBe('SIGKILL');
    await runAction({}, { dir, post: true, state: first.state });
    const second = await runAction(
      { matrix: 'i: [0]', run: 'true', devices: 'solo', 'lock-dir': locks },
      { timeoutMs: 30_000 },
    );
    expect(second.code).toBe(0);
    expect(results(second)[0].status).toBe('success');
  });
});

describe('stress', () => {
  it('1,000 short jobs with random exits, durations and leftover children on 4 devices with retries', async () => {
    const dir = tempDir();
    const claims = join(dir, 'claims');
    mkdirSync(claims);
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      i,
      code: Math.random() < 0.15 ? 1 + Math.floor(Math.random() * 3) : 0,
      ms: Math.floor(Math.random() * 20),
      child: Math.random() < 0.2,
    }));
    writeFileSync(join(dir, 'matrix.json'), JSON.stringify(entries));
    const run = await runAction(
      {
        'matrix-file': join(dir, 'matrix.json'),
        run: `
mkdir "${claims}/$SWEEP_DEVICES" || { echo OVERLAP; exit 99; }
if [ "$MATRIX_CHILD" = true ]; then sleep 1000 & echo $! > "${dir}/child-$SWEEP_JOB_INDEX-$SWEEP_ATTEMPT"; fi
sleep 0.0$(printf %02d $MATRIX_MS)
rmdir "${claims}/$SWEEP_DEVICES"
exit $MATRIX_CODE`,
        devices: '0 1 2 3',
        retries: '1',
        'kill-grace-seconds': '1',
        'lock-dir': '',
      },
      { dir, timeoutMs: 300_000 },
    );
    const jobs = results(run);
    expect(jobs.map((j) => j.index)).toEqual(entries.map((e) => e.i));
    for (const j of jobs) {
      const e = entries[j.index];
      expect(j.status).toBe(e.code === 0 ? 'success' : 'failure');
      expect(j.exitCode).toBe(e.code);
      expect(j.attempts).toBe(e.code === 0 ? 1 : 2);
    }
    expect(run.stdout).not.toContain('OVERLAP');
    expect(pidsIn(dir, 'child-').filter(alive)).toEqual([]);
    expect(Number(run.outputs.failed)).toBe(entries.filter((e) => e.code !== 0).length);
    console.log(figures.join('\n'));
  }, 300_000);
});
