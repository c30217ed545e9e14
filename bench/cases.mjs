// The five benchmark cases. Each runs its tools side by side, alternating which
// goes first every round (the machine is shared and noisy: a burst of someone
// else's work should hit every tool, not always the same one), and returns a
// report section: an intro, one table with a Target column, notes, and the
// targets for the summary.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  epochMs,
  fmt,
  log,
  max,
  min,
  median,
  mustSucceed,
  percentile,
  rotate,
  runCommand,
  spread,
  table,
  verdict,
} from './lib.mjs';

const DEVICES = ['d0', 'd1', 'd2', 'd3'];
const range = (n) => Array.from({ length: n }, (_, i) => i);
const MB = 1e6;

function caseDir(ctx, name) {
  const dir = join(ctx.work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Runs the gpu-sweep CLI to completion and reads its results file. Every run
 * gets a fresh log folder: creating a job's files costs more than truncating
 * old ones, and every round should pay the same.
 */
async function sweep(ctx, dir, name, extra, opts = {}) {
  const logDir = join(dir, `logs-${name}`);
  const resultsFile = join(dir, `${name}.json`);
  rmSync(logDir, { recursive: true, force: true });
  const args = [
    ctx.cli,
    'run',
    '--devices',
    (opts.devices ?? DEVICES).join(' '),
    '--no-progress',
    '--lock-dir',
    '',
    '--log-dir',
    logDir,
    '--results-file',
    resultsFile,
    ...extra,
  ];
  const run = await runCommand(process.execPath, args, {
    cwd: dir,
    stdoutFile: opts.stdoutFile ?? join(dir, `${name}.stdout`),
    measure: opts.measure ?? true,
  });
  mustSucceed(`gpu-sweep ${name}`, run);
  const doc = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const bad = doc.jobs.filter((j) => j.status !== 'success');
  if (bad.length > 0)
    throw new Error(`gpu-sweep ${name}: ${bad.length} job(s) did not succeed (expected all)`);
  return { run, doc, logDir, resultsFile };
}

const ms = (iso) => Date.parse(iso);

/** Makespan of a results document: first job start to last job exit, in s. */
function makespan(doc) {
  const starts = doc.jobs.map((j) => ms(j.startedAt));
  const ends = doc.jobs.map((j) => ms(j.finishedAt));
  return (Math.max(...ends) - Math.min(...starts)) / 1000;
}

function lowerBound(durations, devices) {
  const total = durations.reduce((a, b) => a + b, 0);
  return Math.max(total / devices, Math.max(...durations));
}

// ---------------------------------------------------------------------------
// a. Throughput

export async function throughput(ctx) {
  const n = ctx.smoke ? 20 : 2000;
  const rounds = ctx.rounds.a;
  const dir = caseDir(ctx, 'a');
  const matrixFile = join(dir, 'matrix.json');
  writeFileSync(matrixFile, JSON.stringify({ i: range(n) }));
  // One line per job: its device, job number mod 4 (what a plain xargs can do).
  const devFile = join(dir, 'devices.txt');
  writeFileSync(
    devFile,
    range(n)
      .map((i) => `${i % 4}\n`)
      .join(''),
  );

  const tools = [
    {
      key: 'gsArgv',
      label: 'gpu-sweep `run … -- true` (argv, no shell)',
      run: async (r) =>
        (await sweep(ctx, dir, `argv-${r}`, ['--matrix-file', matrixFile, '--', 'true'])).run,
    },
    {
      key: 'gsScript',
      label: 'gpu-sweep `run --run true` (bash script per job)',
      run: async (r) =>
        (await sweep(ctx, dir, `script-${r}`, ['--matrix-file', matrixFile, '--run', 'true'])).run,
    },
    {
      key: 'xargs',
      label: 'xargs -P4 -I{} env CUDA_VISIBLE_DEVICES={} true',
      run: () =>
        runCommand(
          'xargs',
          ['-P4', '-I{}', '-a', devFile, 'env', 'CUDA_VISIBLE_DEVICES={}', 'true'],
          { cwd: dir, measure: true },
        ),
    },
    {
      key: 'xargsBash',
      label: "xargs -P4 -I{} bash -c 'CUDA_VISIBLE_DEVICES={} true'",
      run: () =>
        runCommand(
          'xargs',
          [
            '-P4',
            '-I{}',
            '-a',
            devFile,
            'bash',
            '--noprofile',
            '--norc',
            '-c',
            'CUDA_VISIBLE_DEVICES={} true',
          ],
          { cwd: dir, measure: true },
        ),
    },
  ];
  const poolJobs = join(dir, 'pool-jobs.json');
  writeFileSync(poolJobs, JSON.stringify({ argv: ['true'], jobs: range(n).map(() => []) }));
  tools.push({
    key: 'nodePool',
    label: 'Node floor: bench/node-pool.mjs (4 lanes of child_process.spawn, nothing else)',
    run: () => runCommand(process.execPath, [ctx.pool, '4', poolJobs], { cwd: dir, measure: true }),
  });
  if (ctx.parallel) {
    tools.push({
      key: 'parallel',
      label: "parallel -j4 'CUDA_VISIBLE_DEVICES=$(({%}-1)) true'",
      run: () =>
        runCommand(
          'parallel',
          ['--will-cite', '-j4', 'CUDA_VISIBLE_DEVICES=$(({%}-1)) true', '::::', devFile],
          { cwd: dir, measure: true },
        ),
    });
  }

  const wall = Object.fromEntries(tools.map((t) => [t.key, []]));
  const cpu = Object.fromEntries(tools.map((t) => [t.key, []]));
  for (let r = 0; r < rounds; r++) {
    for (const tool of rotate(tools, r)) {
      const res = mustSucceed(tool.label, await tool.run(r));
      wall[tool.key].push(res.ms / 1000);
      if (res.cpuS !== null) cpu[tool.key].push(res.cpuS);
      log(`a. round ${r + 1}/${rounds} ${tool.key}: ${fmt(res.ms / 1000)} s`);
    }
    for (const name of readdirSync(dir))
      if (name.startsWith('logs-')) rmSync(join(dir, name), { recursive: true, force: true });
  }

  // Ratios are taken within each round (the two runs shared that round's
  // noise), then the median of those.
  const ratio = (a, b) => (wall[a] && wall[b] ? wall[a].map((x, i) => x / wall[b][i]) : null);
  const rows = tools.map((t) => [
    t.label,
    `${fmt(median(wall[t.key]))} s`,
    spread(wall[t.key]),
    fmt((median(wall[t.key]) * 1000) / n, 2),
    cpu[t.key].length ? fmt(median(cpu[t.key])) : 'n/a',
    '—',
  ]);
  if (!ctx.parallel) rows.push(['GNU parallel', 'skipped', ctx.parallelNote, '', '', '—']);

  const targets = [];
  const ratioRow = (label, a, b, limit) => {
    const rs = ratio(a, b);
    if (!rs) {
      rows.push([label, 'skipped', ctx.parallelNote, '', '', limit ? `≤ ${limit}×: skipped` : '—']);
      if (limit) targets.push({ label: `${label} ≤ ${limit}×`, measured: 'skipped', ok: null });
      return;
    }
    const m = median(rs);
    const target = limit ? `≤ ${limit}×: ${verdict(m <= limit)}` : '—';
    rows.push([label, `${fmt(m, 2)}×`, spread(rs, 2), '', '', target]);
    if (limit)
      targets.push({ label: `${label} ≤ ${limit}×`, measured: `${fmt(m, 2)}×`, ok: m <= limit });
  };
  ratioRow('gpu-sweep argv ÷ xargs (env)', 'gsArgv', 'xargs', 1.5);
  ratioRow('gpu-sweep argv ÷ GNU parallel', 'gsArgv', ctx.parallel ? 'parallel' : null, 0.5);
  ratioRow('gpu-sweep script ÷ xargs (bash -c)', 'gsScript', 'xargsBash');
  ratioRow('gpu-sweep script ÷ GNU parallel', 'gsScript', ctx.parallel ? 'parallel' : null);
  ratioRow('Node floor ÷ xargs (env)', 'nodePool', 'xargs');
  ratioRow('Node floor ÷ GNU parallel', 'nodePool', ctx.parallel ? 'parallel' : null);
  const floorRatio = median(ratio('nodePool', 'xargs'));

  // What gpu-sweep adds over the bare Node pool, per job: its own bookkeeping.
  const extraMs = ((median(wall.gsArgv) - median(wall.nodePool)) * 1000) / n;
  const floorMs = (median(wall.nodePool) * 1000) / n;

  return {
    id: 'a',
    title: 'a. Throughput',
    intro: [
      `${n} trivial jobs (\`true\`) on 4 labelled devices, each job given its own device in`,
      '`CUDA_VISIBLE_DEVICES`. Wall time from spawning the tool to its exit, median of',
      `${rounds} round(s); ms per job = wall ÷ jobs. CPU = user + sys of the tool and all its jobs`,
      '(GNU time). The argv rows start `true` without a shell; the script/bash rows start one bash',
      'per job; GNU parallel always starts a shell per job.',
    ].join('\n'),
    table: table(
      ['Runner / ratio', 'Wall (median)', 'Spread (min–max)', 'ms per job', 'CPU s', 'Target'],
      rows,
    ),
    notes: [
      'xargs gives job *i* the device *i* mod 4, which is **not exclusive**: with -P4, xargs starts ' +
        'job *i*+4 when any of the four running jobs ends, not necessarily the one holding device ' +
        '*i* mod 4, so two jobs can hold one device at once. GNU parallel’s `{%}` slot number is ' +
        'exclusive; so is gpu-sweep’s device pool, by construction.',
      'gpu-sweep also writes a log, an output and a summary file per job (and the script, in script ' +
        'mode), records each job in the results file and prints one line per start and end; xargs ' +
        'and parallel do none of that.',
      `Where the time goes: a bare Node pool costs ${fmt(floorMs, 2)} ms per job here, xargs ` +
        `${fmt((median(wall.xargs) * 1000) / n, 2)} (${fmt(floorRatio, 2)}×)` +
        (floorRatio <= 1.5
          ? ": a Node dispatcher can stay within 1.5× of xargs, so the gap is gpu-sweep's own work"
          : ": Node's spawn alone is synchronous (libuv forks the Node process on the event loop) " +
            'and already beyond 1.5× of xargs on this machine') +
        `. gpu-sweep adds ${fmt(extraMs, 2)} ms per job over that floor (argv rows): the job's ` +
        'output and summary files created before each spawn, outputs, summary and log tail read ' +
        'after each exit, the results record and two event lines, all on the event loop that ' +
        'also spawns.',
    ],
    targets: targets.map((t) => ({ case: 'a', ...t })),
  };
}

// ---------------------------------------------------------------------------
// b. Dispatch latency

/** One job: a start and an end stamp from bash itself (no process forked for them). */
const STAMP_SCRIPT = 'echo "s $EPOCHREALTIME"\nsleep {{ matrix.s }}\necho "e $EPOCHREALTIME"\n';

function stamps(text) {
  const s = /^s (\S+)$/m.exec(text);
  const e = /^e (\S+)$/m.exec(text);
  if (!s || !e) throw new Error(`job log lacks its stamps: ${JSON.stringify(text.slice(0, 80))}`);
  return { s: epochMs(s[1]), e: epochMs(e[1]) };
}

/** The gaps in one lane's output: the stamps of its jobs, one job after the other. */
function laneStampGaps(text) {
  const starts = [...text.matchAll(/^s (\S+)$/gm)].map((m) => epochMs(m[1]));
  const ends = [...text.matchAll(/^e (\S+)$/gm)].map((m) => epochMs(m[1]));
  return laneGaps(starts.map((start, i) => ({ start, end: ends[i] })));
}

/** Gaps between consecutive jobs of one lane: next start − previous end. */
function laneGaps(jobs) {
  const sorted = [...jobs].sort((a, b) => a.start - b.start);
  return sorted.slice(1).map((j, k) => j.start - sorted[k].end);
}

export async function dispatchLatency(ctx) {
  const n = ctx.smoke ? 20 : 500;
  const baseN = ctx.smoke ? 20 : 200;
  const rounds = ctx.rounds.b;
  const dir = caseDir(ctx, 'b');
  // 20–60 ms, scattered so that the four devices do not free at the same moment.
  const secs = range(Math.max(n, baseN)).map((i) => (20 + ((i * 37) % 41)) / 1000);
  const matrixFile = join(dir, 'matrix.json');
  writeFileSync(matrixFile, JSON.stringify(range(n).map((i) => ({ i, s: secs[i] }))));
  const jobFile = join(dir, 'job.sh');
  writeFileSync(jobFile, STAMP_SCRIPT.replace('{{ matrix.s }}', '"$1"'));
  const loopFile = join(dir, 'loop.sh');
  writeFileSync(
    loopFile,
    'for s in "$@"; do bash --noprofile --norc -eo pipefail "$JOB" "$s"; done\n',
  );

  const perRound = { rf: [], inJob: [], base: [], net: [], pool: [] };
  const stat = (xs) => ({ med: median(xs), p99: percentile(xs, 99), n: xs.length });

  const runSweep = async (r) => {
    const { doc } = await sweep(ctx, dir, `gaps-${r}`, [
      '--matrix-file',
      matrixFile,
      '--run',
      STAMP_SCRIPT,
    ]);
    const lanes = new Map();
    for (const j of doc.jobs) {
      const { s, e } = stamps(readFileSync(j.logFile, 'utf8'));
      const lane = lanes.get(j.devices[0]) ?? { rf: [], inJob: [] };
      lane.rf.push({ start: ms(j.startedAt), end: ms(j.finishedAt) });
      lane.inJob.push({ start: s, end: e });
      lanes.set(j.devices[0], lane);
    }
    const rf = [...lanes.values()].flatMap((l) => laneGaps(l.rf));
    const inJob = [...lanes.values()].flatMap((l) => laneGaps(l.inJob));
    return { rf, inJob };
  };

  // The ideal dispatcher: four bash loops, one per device, starting the same
  // job the moment the previous one exits. Its gap is the cost of a process
  // ending and the next one starting, which no dispatcher can avoid.
  const runBaseline = async (r) => {
    const lanes = range(4).map((k) => secs.slice(0, baseN).filter((_, i) => i % 4 === k));
    const outs = lanes.map((_, k) => join(dir, `base-${r}-${k}.out`));
    const runs = await Promise.all(
      lanes.map((lane, k) =>
        runCommand('bash', ['--noprofile', '--norc', loopFile, ...lane.map(String)], {
          cwd: dir,
          env: { ...process.env, JOB: jobFile },
          stdoutFile: outs[k],
        }),
      ),
    );
    runs.forEach((run) => mustSucceed('baseline loop', run));
    return outs.flatMap((file) => laneStampGaps(readFileSync(file, 'utf8')));
  };

  // The bare Node pool runs the same jobs the same way: its gap is the floor
  // of any Node dispatcher (its spawn blocks the event loop).
  const poolJobs = join(dir, 'pool-jobs.json');
  writeFileSync(
    poolJobs,
    JSON.stringify({
      argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', jobFile],
      jobs: secs.slice(0, n).map((x) => [String(x)]),
    }),
  );
  const runPool = async (r) => {
    const out = join(dir, `pool-${r}`);
    mkdirSync(out, { recursive: true });
    mustSucceed(
      'node-pool',
      await runCommand(process.execPath, [ctx.pool, '4', poolJobs, out], { cwd: dir }),
    );
    return readdirSync(out).flatMap((f) => laneStampGaps(readFileSync(join(out, f), 'utf8')));
  };

  for (let r = 0; r < rounds; r++) {
    const steps = rotate(['sweep', 'baseline', 'pool'], r);
    let sweepGaps;
    let baseGaps;
    let poolGaps;
    for (const step of steps) {
      if (step === 'sweep') sweepGaps = await runSweep(r);
      else if (step === 'pool') poolGaps = await runPool(r);
      else baseGaps = await runBaseline(r);
    }
    perRound.pool.push(stat(poolGaps.map((g) => g - median(baseGaps))));
    const baseMed = median(baseGaps);
    perRound.rf.push(stat(sweepGaps.rf));
    perRound.inJob.push(stat(sweepGaps.inJob));
    perRound.base.push(stat(baseGaps));
    perRound.net.push(stat(sweepGaps.inJob.map((g) => g - baseMed)));
    log(
      `b. round ${r + 1}/${rounds}: in-job gap p99 ${fmt(perRound.inJob[r].p99)} ms, ` +
        `baseline median ${fmt(baseMed)} ms`,
    );
    rmSync(join(dir, `logs-gaps-${r}`), { recursive: true, force: true });
  }

  const row = (label, list, target) => [
    label,
    fmt(median(list.map((x) => x.med))),
    fmt(median(list.map((x) => x.p99))),
    spread(list.map((x) => x.p99)),
    String(list[0].n),
    target,
  ];
  const netP99 = median(perRound.net.map((x) => x.p99));
  const poolP99 = median(perRound.pool.map((x) => x.p99));
  const ok = netP99 <= 20;
  return {
    id: 'b',
    title: 'b. Dispatch latency',
    intro: [
      `${n} jobs on 4 devices, each sleeping 20–60 ms (scattered, so devices free at different`,
      'moments) between two stamps bash takes itself (`$EPOCHREALTIME`, no fork). A gap is the time',
      'from one job to the next on the same device. Median and p99 of each round, then the median',
      `of those over ${rounds} round(s).`,
    ].join('\n'),
    table: table(
      ['Gap (ms)', 'Median', 'p99', 'p99 spread', 'Gaps per round', 'Target'],
      [
        row(
          'Results file: `finishedAt` → next `startedAt` (exit seen → next spawn begins)',
          perRound.rf,
          '—',
        ),
        row("In-job: last stamp → next job's first stamp", perRound.inJob, '—'),
        row('Baseline: 4 bash loops running the same job back to back', perRound.base, '—'),
        row('Node floor: bench/node-pool.mjs, in-job gap − baseline median', perRound.pool, '—'),
        row(
          '**Dispatch latency** = in-job gap − baseline median',
          perRound.net,
          `p99 ≤ 20 ms: ${verdict(ok)}`,
        ),
      ],
    ),
    notes: [
      'The results-file gap runs from the moment gpu-sweep saw the job exit to the moment it began ' +
        "the next job's spawn (its `startedAt` is taken before the log is opened and the process " +
        'spawned): it is the bookkeeping between two jobs (reading the outputs and the log tail, ' +
        "the scheduler, writing the next job's files), at millisecond resolution, without the " +
        'process start-up.',
      'The in-job gap is end to end: bash exiting, the kernel reporting it, gpu-sweep reacting, ' +
        'spawning bash and bash starting. The baseline measures the same job run back to back by ' +
        'a plain bash loop under the same four-way concurrency; subtracting its median leaves what ' +
        'gpu-sweep adds.',
      `The Node floor runs the same jobs through a bare four-lane Node pool: p99 ${fmt(poolP99)} ms ` +
        `over the baseline, against gpu-sweep's ${fmt(netP99)} ms. Node's spawn blocks the event ` +
        'loop, so a job that exits while another job is being spawned waits its turn; gpu-sweep ' +
        'adds its bookkeeping between two jobs (the results-file gap) to every such wait.',
    ],
    targets: [
      {
        case: 'b',
        label: 'Dispatch latency p99 ≤ 20 ms',
        measured: `${fmt(netP99)} ms`,
        ok,
      },
    ],
  };
}

// ---------------------------------------------------------------------------
// c. Makespan

/**
 * Heavy-tailed durations: most jobs short, a few 10–20× longer, the long ones
 * last in matrix order (the worst case for FIFO: they start when the short
 * ones are done, and the sweep waits on them alone).
 */
function skewedDurations(smoke) {
  if (smoke) return { short: [0.02, 0.03, 0.02, 0.04, 0.03, 0.02], long: [0.15, 0.25] };
  const short = range(42).map(
    (i) => Math.round((0.1 + 0.2 * ((i * 0.6180339887) % 1)) * 100) / 100,
  );
  return { short, long: [0.6, 2.0, 0.9, 2.5, 3.2, 4.0] };
}

export async function makespanCase(ctx) {
  const rounds = ctx.rounds.c;
  const dir = caseDir(ctx, 'c');
  const { short, long } = skewedDurations(ctx.smoke);
  const secs = [...short, ...long];
  const matrixFile = join(dir, 'matrix.json');
  writeFileSync(matrixFile, JSON.stringify(secs.map((s, job) => ({ job, s }))));
  const nominalLB = lowerBound(secs, DEVICES.length);

  const res = { fifo: [], lf: [] };
  let history = null;
  let predicted = [];
  const runOne = async (kind, r) => {
    const extra = ['--matrix-file', matrixFile, '--run', 'sleep {{ matrix.s }}'];
    if (kind === 'fifo') extra.push('--order', 'fifo');
    else extra.push('--previous-results', history);
    const { doc, resultsFile } = await sweep(ctx, dir, `${kind}-${r}`, extra);
    if (kind === 'lf' && doc.order !== 'longest-first')
      throw new Error(
        `with previous-results the order was '${doc.order}' (expected longest-first)`,
      );
    if (kind === 'fifo') history = resultsFile;
    else if (doc.estimate) predicted.push(doc.estimate.predictedSeconds);
    const span = makespan(doc);
    const lb = lowerBound(
      doc.jobs.map((j) => j.durationSeconds),
      DEVICES.length,
    );
    res[kind].push({ span, lb, ratio: span / lb });
    log(
      `c. round ${r + 1}/${rounds} ${kind}: makespan ${fmt(span)} s, ${fmt(span / lb, 3)}× bound`,
    );
  };
  for (let r = 0; r < rounds; r++) {
    // Longest-first needs a FIFO run's history, so the first round starts FIFO.
    const order = r % 2 === 0 ? ['fifo', 'lf'] : ['lf', 'fifo'];
    for (const kind of order) await runOne(kind, r);
  }

  const row = (label, list, target) => [
    label,
    `${fmt(median(list.map((x) => x.span)))} s`,
    `${fmt(median(list.map((x) => x.lb)))} s`,
    `${fmt(median(list.map((x) => x.ratio)), 3)}×`,
    spread(
      list.map((x) => x.ratio),
      3,
    ),
    target,
  ];
  const lfRatio = median(res.lf.map((x) => x.ratio));
  const ok = lfRatio <= 1.05;
  const total = secs.reduce((a, b) => a + b, 0);
  return {
    id: 'c',
    title: 'c. Makespan',
    intro: [
      `${secs.length} \`sleep\` jobs on 4 devices, heavy-tailed: ${short.length} of ${fmt(min(short))}–${fmt(max(short))} s, then`,
      `${long.length} long ones last in matrix order (${long.join(', ')} s), ${fmt(total)} s in all.`,
      "FIFO runs in matrix order; longest-first gets the previous FIFO run's results file as",
      '`--previous-results` (the default order then is longest-first).',
      'Makespan = first job start to last job exit (results file). Lower bound = max(total ÷ 4,',
      `longest) of the durations measured in that same run. Median of ${rounds} round(s).`,
    ].join('\n'),
    table: table(
      ['Order', 'Makespan', 'Lower bound', 'Ratio to bound', 'Ratio spread', 'Target'],
      [
        row('FIFO (matrix order)', res.fifo, '—'),
        row('Longest-first with history', res.lf, `≤ 1.05×: ${verdict(ok)}`),
      ],
    ),
    notes: [
      `Lower bound from the nominal sleep times: ${fmt(nominalLB)} s (the measured one adds each ` +
        "job's bash start-up)." +
        (predicted.length
          ? ` gpu-sweep's own predicted makespan: ${fmt(median(predicted))} s.`
          : ''),
    ],
    targets: [
      {
        case: 'c',
        label: 'Longest-first with history ≤ 1.05× lower bound',
        measured: `${fmt(lfRatio, 3)}×`,
        ok,
      },
    ],
  };
}

// ---------------------------------------------------------------------------
// d. Scale

export async function scale(ctx) {
  const n = ctx.smoke ? 200 : 10_000;
  const bytes = ctx.smoke ? 5 * MB : 1000 * MB;
  const textBytes = bytes / 10;
  const rounds = ctx.rounds.d;
  const dir = caseDir(ctx, 'd');
  const rows = [];
  const targets = [];
  const mib = (kib) => (kib === null ? null : kib / 1024);
  const rssNote = (run) => (run.rssPolled ? ' (polled)' : '');

  // Many jobs: one round only, it is the longest single run of the bench.
  const matrixFile = join(dir, 'many.json');
  writeFileSync(matrixFile, JSON.stringify({ i: range(n) }));
  const many = await sweep(ctx, dir, 'many', ['--matrix-file', matrixFile, '--', 'true']);
  rmSync(many.logDir, { recursive: true, force: true });
  const manyRss = mib(many.run.rssKiB);
  const manyOk = manyRss !== null && manyRss <= 150;
  log(`d. ${n} jobs: ${fmt(many.run.ms / 1000)} s, peak RSS ${fmt(manyRss)} MiB`);
  rows.push([
    `${n.toLocaleString('en-US')} jobs \`true\` (argv), 1 round`,
    `${fmt(many.run.ms / 1000)} s (${fmt(many.run.ms / n, 2)} ms/job)`,
    '(1 round)',
    `${fmt(manyRss)} MiB${rssNote(many.run)}`,
    `≤ 150 MiB: ${verdict(manyOk)}`,
  ]);
  targets.push({
    case: 'd',
    label: `${n.toLocaleString('en-US')} jobs: peak RSS ≤ 150 MiB`,
    measured: `${fmt(manyRss)} MiB`,
    ok: manyOk,
  });

  // A flood of output. Direct runs are timed from spawn to exit; the gpu-sweep
  // rows are timed by the job's own duration in the results file, which leaves
  // out Node's start-up (that is case e).
  const one = JSON.stringify({ i: [0] });
  const text = 'epoch 1 step 100 loss 0.123456 lr 0.001 throughput 1234 img/s';
  const flood = `head -c ${bytes} /dev/zero`;
  const textFlood = `yes '${text}' | head -c ${textBytes}`;
  const sink = join(dir, 'direct.out');
  const tools = [
    {
      key: 'null',
      label: `\`${flood} > /dev/null\` (direct)`,
      bytes,
      run: () => runCommand('bash', ['-c', `${flood} > /dev/null`], { cwd: dir, measure: true }),
    },
    {
      key: 'file',
      label: `\`${flood} > file\` (direct, same disk as the logs)`,
      bytes,
      run: async () => {
        const r = await runCommand('bash', ['-c', `${flood} > '${sink}'`], {
          cwd: dir,
          measure: true,
        });
        rmSync(sink, { force: true });
        return r;
      },
    },
    {
      key: 'grouped',
      label: 'gpu-sweep, default log mode (the job writes its log file itself)',
      bytes,
      sweep: (r) =>
        sweep(
          ctx,
          dir,
          `flood-${r}`,
          ['--matrix', one, '--', 'head', '-c', String(bytes), '/dev/zero'],
          {
            devices: ['d0'],
          },
        ),
    },
    {
      key: 'live',
      label: 'gpu-sweep `--log-mode live` (output piped through gpu-sweep; no newlines)',
      bytes,
      sweep: (r) =>
        sweep(
          ctx,
          dir,
          `live-${r}`,
          ['--log-mode', 'live', '--matrix', one, '--', 'head', '-c', String(bytes), '/dev/zero'],
          { devices: ['d0'], stdoutFile: '/dev/null' },
        ),
    },
    {
      key: 'textNull',
      label: `\`${textFlood} > /dev/null\` (direct, ${textBytes / MB} MB of text lines)`,
      bytes: textBytes,
      run: () => runCommand('sh', ['-c', `${textFlood} > /dev/null`], { cwd: dir, measure: true }),
    },
    {
      key: 'textLive',
      label: `gpu-sweep \`--log-mode live\`, the same ${textBytes / MB} MB of text lines`,
      bytes: textBytes,
      sweep: (r) =>
        sweep(
          ctx,
          dir,
          `text-${r}`,
          ['--log-mode', 'live', '--matrix', one, '--', 'sh', '-c', textFlood],
          { devices: ['d0'], stdoutFile: '/dev/null' },
        ),
    },
  ];
  const got = Object.fromEntries(tools.map((t) => [t.key, { rate: [], rss: [], wall: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (const tool of rotate(tools, r)) {
      let seconds;
      let run;
      if (tool.sweep) {
        const s = await tool.sweep(r);
        run = s.run;
        seconds = s.doc.jobs[0].durationSeconds;
        rmSync(s.logDir, { recursive: true, force: true });
      } else {
        run = mustSucceed(tool.label, await tool.run());
        seconds = run.ms / 1000;
      }
      got[tool.key].rate.push(tool.bytes / MB / seconds);
      got[tool.key].wall.push(run.ms / 1000);
      if (run.rssKiB !== null) got[tool.key].rss.push(mib(run.rssKiB));
      log(`d. round ${r + 1}/${rounds} ${tool.key}: ${fmt(tool.bytes / MB / seconds)} MB/s`);
    }
  }
  const rate = (k) => median(got[k].rate);
  const shareOfNull = rate('grouped') / rate('null');
  const floodRss = median(got.grouped.rss);
  const floodOk = shareOfNull >= 0.5 && floodRss <= 150;
  for (const t of tools) {
    let target = '—';
    if (t.key === 'grouped') {
      target =
        `≥ 50% of /dev/null and ≤ 150 MiB: ${verdict(floodOk)} ` +
        `(${fmt(shareOfNull * 100, 1)}% of /dev/null, ${fmt((rate('grouped') / rate('file')) * 100, 0)}% of direct-to-file)`;
    } else if (t.key === 'live') {
      target = `(${fmt((rate('live') / rate('null')) * 100, 1)}% of /dev/null, ${fmt((rate('live') / rate('file')) * 100, 0)}% of direct-to-file)`;
    } else if (t.key === 'textLive') {
      target = `(${fmt((rate('textLive') / rate('textNull')) * 100, 1)}% of direct)`;
    }
    rows.push([
      t.label,
      `${fmt(rate(t.key))} MB/s`,
      spread(got[t.key].rate, 0),
      got[t.key].rss.length ? `${fmt(median(got[t.key].rss))} MiB` : 'n/a',
      target,
    ]);
  }
  targets.push({
    case: 'd',
    label: `${bytes / MB} MB of output: ≥ 50% of /dev/null throughput, ≤ 150 MiB`,
    measured: `${fmt(shareOfNull * 100, 1)}%, ${fmt(floodRss)} MiB`,
    ok: floodOk,
  });

  return {
    id: 'd',
    title: 'd. Scale',
    intro: [
      `Many jobs: ${n.toLocaleString('en-US')} \`true\` jobs on 4 devices, wall time and the peak RSS of the`,
      'gpu-sweep process (GNU time: the kernel’s max RSS of the process; its jobs are tiny).',
      `Output flood: one job printing ${bytes / MB} MB, median of ${rounds} round(s). Throughput = bytes ÷`,
      "the job's own duration (results file) for gpu-sweep, bytes ÷ wall for the direct runs; RSS",
      'is the peak of the whole command (the direct rows: bash/head; the gpu-sweep rows: Node).',
    ].join('\n'),
    table: table(['Run', 'Wall / throughput (median)', 'Spread', 'Peak RSS', 'Target'], rows),
    notes: [
      'A log file costs what writing to disk costs: `/dev/null` discards the bytes, so no tool that ' +
        'keeps the output can reach it. The direct-to-file row is the ceiling for any tool that ' +
        'keeps a log on this disk.',
    ],
    targets,
  };
}

// ---------------------------------------------------------------------------
// e. Start-up

function actionEnv(ctx, dir, inputs) {
  const yml = parseYaml(readFileSync(join(ctx.root, 'action.yml'), 'utf8'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_STATE: join(dir, 'state'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    RUNNER_NAME: 'bench',
    GITHUB_ACTION: 'sweep',
    GITHUB_ACTIONS: 'true',
    ...files,
  };
  // The runner sets every declared input: the workflow's value or the default.
  for (const [name, spec] of Object.entries(yml.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  }
  return env;
}

export async function startup(ctx) {
  const n = ctx.smoke ? 20 : 256;
  const rounds = ctx.rounds.e;
  const dir = caseDir(ctx, 'e');
  const matrix = JSON.stringify({ i: range(n) });
  const startsOf = (file) => readFileSync(file, 'utf8').trim().split('\n').map(epochMs);

  const tools = [
    {
      key: 'action',
      label: `Action: \`node dist/index.js\` (INPUT_ variables), ${n}-entry matrix`,
      run: async (r, starts) => {
        const rdir = join(dir, `action-${r}`);
        mkdirSync(rdir, { recursive: true });
        const env = actionEnv(ctx, rdir, {
          matrix,
          run: `echo "$EPOCHREALTIME" >> '${starts}'`,
          devices: DEVICES.join(' '),
          'lock-dir': '',
          'log-dir': join(rdir, 'logs'),
          'results-file': join(rdir, 'results.json'),
        });
        const run = await runCommand(process.execPath, [ctx.action], {
          cwd: rdir,
          env,
          stdoutFile: join(rdir, 'stdout'),
        });
        mustSucceed('the action', run);
        rmSync(rdir, { recursive: true, force: true });
        return run;
      },
    },
    {
      key: 'cli',
      label: `CLI: \`node dist/cli.js run\`, the same matrix`,
      run: async (r, starts) =>
        (
          await sweep(
            ctx,
            dir,
            `cli-${r}`,
            ['--matrix', matrix, '--run', `echo "$EPOCHREALTIME" >> '${starts}'`],
            { measure: false },
          )
        ).run,
    },
    {
      key: 'floor',
      label: '`node -e` spawning the same bash job (the floor: Node + bash start-up)',
      run: (_r, starts) =>
        runCommand(
          process.execPath,
          [
            '-e',
            "require('child_process').spawn('bash', ['--noprofile', '--norc', '-c', process.argv[1]], { stdio: 'inherit' })",
            `echo "$EPOCHREALTIME" >> '${starts}'`,
          ],
          { cwd: dir },
        ),
    },
  ];
  const got = Object.fromEntries(tools.map((t) => [t.key, []]));
  for (let r = 0; r < rounds; r++) {
    for (const tool of rotate(tools, r)) {
      const starts = join(dir, `${tool.key}-${r}.starts`);
      writeFileSync(starts, '');
      const run = mustSucceed(tool.label, await tool.run(r, starts));
      const stamps = startsOf(starts);
      // Every job ran (the floor runs just one): a broken run is not a fast one.
      if (stamps.length !== (tool.key === 'floor' ? 1 : n))
        throw new Error(
          `${tool.key}: ${stamps.length} job stamps (expected ${tool.key === 'floor' ? 1 : n})`,
        );
      const first = Math.min(...stamps);
      got[tool.key].push(first - run.spawnedAtMs);
      log(
        `e. round ${r + 1}/${rounds} ${tool.key}: first job after ${fmt(first - run.spawnedAtMs)} ms`,
      );
    }
    for (const name of readdirSync(dir))
      if (name.startsWith('logs-')) rmSync(join(dir, name), { recursive: true, force: true });
  }
  const action = median(got.action);
  const ok = action <= 300;
  return {
    id: 'e',
    title: 'e. Start-up',
    intro: [
      "From spawning Node to the first job's first instruction (the job appends bash's",
      `\`$EPOCHREALTIME\` to a file; the earliest stamp counts). ${n}-entry matrix, 4 devices,`,
      `median of ${rounds} round(s).`,
    ].join('\n'),
    table: table(
      ['Start-up', 'Median', 'Spread', 'Target'],
      tools.map((t) => [
        t.label,
        `${fmt(median(got[t.key]))} ms`,
        spread(got[t.key]),
        t.key === 'action' ? `≤ 300 ms: ${verdict(ok)}` : '—',
      ]),
    ),
    notes: [],
    targets: [
      {
        case: 'e',
        label: `Action start-up to first job (${n} entries) ≤ 300 ms`,
        measured: `${fmt(action)} ms`,
        ok,
      },
    ],
  };
}

export const CASES = {
  a: throughput,
  b: dispatchLatency,
  c: makespanCase,
  d: scale,
  e: startup,
};

export const TITLES = {
  a: 'a. Throughput',
  b: 'b. Dispatch latency',
  c: 'c. Makespan',
  d: 'd. Scale',
  e: 'e. Start-up',
};
