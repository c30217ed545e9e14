// `npm run bench`: measures gpu-sweep against xargs and GNU parallel and writes
// BENCHMARKS.md. `--smoke` runs every case tiny, installs nothing, and writes
// its report to a temporary file: it checks the bench works, not how fast
// anything is. Benchmarks are never assertions; the targets are reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { CASES, TITLES } from './cases.mjs';
import { GNU_TIME, fmt, have, log, machineFacts, table } from './lib.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = `Usage: node bench/run.mjs [--smoke] [--rounds N] [--only a,b,c,d,e] [--out FILE] [--keep]

  --smoke        every case tiny (20 jobs, a few MB), 1 round, installs nothing;
                 the report goes to a temporary file unless --out is given
  --rounds N     rounds per case (default: a 3, b 3, c 3, d 3 with 10,000 jobs once, e 5)
  --only LIST    run only these cases (comma-separated letters)
  --out FILE     write the report here (default: BENCHMARKS.md for a full run of all cases)
  --keep         keep the working folder (logs, results files) for inspection
`;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { smoke: false, rounds: null, only: Object.keys(CASES), out: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`Option '${arg}' needs a value.`);
      return v;
    };
    if (arg === '--smoke') opts.smoke = true;
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--out') opts.out = resolve(value());
    else if (arg === '--rounds') {
      const v = value();
      if (!/^[1-9]\d*$/.test(v))
        throw new UsageError(`Invalid --rounds '${v}'. Expected a whole number from 1.`);
      opts.rounds = Number(v);
    } else if (arg === '--only') {
      const v = value();
      const list = v.split(',').map((s) => s.trim().toLowerCase());
      const bad = list.find((c) => !(c in CASES));
      if (bad !== undefined)
        throw new UsageError(`Invalid --only '${v}'. Expected case letters from a to e, e.g. a,c.`);
      opts.only = Object.keys(CASES).filter((c) => list.includes(c));
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else
      throw new UsageError(`Unknown option '${arg}'. Expected one of: ${USAGE.split('\n')[0]}`);
  }
  return opts;
}

function rounds(opts) {
  if (opts.smoke) return { a: 1, b: 1, c: 1, d: 1, e: 1 };
  const n = opts.rounds;
  return { a: n ?? 3, b: n ?? 3, c: n ?? 3, d: n ?? 3, e: n ?? 5 };
}

/** The bundles must exist and be real: a placeholder would make every number meaningless. */
function checkBuild() {
  const cli = join(ROOT, 'dist/cli.js');
  const action = join(ROOT, 'dist/index.js');
  for (const f of [cli, action])
    if (!existsSync(f)) throw new Error(`'${f}' is missing (expected a build: run npm run build)`);
  const help = spawnSync(process.execPath, [cli, 'run', '--help'], { encoding: 'utf8' });
  if (help.status !== 0 || !help.stdout.includes('--results-file'))
    throw new Error(
      `'node dist/cli.js run --help' exited ${help.status} without the run options (expected the built CLI: run npm run build)`,
    );
  const stamp = spawnSync('bash', ['-c', 'echo "$EPOCHREALTIME"'], { encoding: 'utf8' });
  if (!/^\d+[.,]\d+$/.test((stamp.stdout ?? '').trim()))
    throw new Error(
      `bash gave EPOCHREALTIME '${(stamp.stdout ?? '').trim()}' (expected bash 5 or later)`,
    );
  return { cli, action };
}

/**
 * GNU parallel, installed when missing if we may (root, full run). CI machines
 * start clean; the smoke run never installs anything.
 */
function ensureParallel(smoke) {
  if (have('parallel')) return { ok: true, note: '' };
  if (smoke) return { ok: false, note: 'not installed (the smoke run installs nothing)' };
  if (process.getuid?.() !== 0 || !have('apt-get'))
    return { ok: false, note: 'not installed, and apt-get as root is not available here' };
  log('GNU parallel is missing: apt-get install -y parallel');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', 'parallel'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } catch (e) {
    return { ok: false, note: `installing it failed: ${e.message.split('\n')[0]}` };
  }
  return have('parallel')
    ? { ok: true, note: '' }
    : { ok: false, note: 'apt-get ran but parallel is still missing' };
}

function duration(ms) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

function report({ opts, facts, r, sections, started, elapsedMs, load, parallelNote }) {
  const when = started.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const mode = opts.smoke
    ? '`node bench/run.mjs --smoke` (tiny sizes, one round: a check that the bench works, not a measurement)'
    : '`npm run bench` (bench/run.mjs)';
  const summaryRows = sections.flatMap((s) =>
    s.error
      ? [[s.title, '(the case failed)', s.error, '❌ failed']]
      : s.targets.map((t) => [
          TITLES[t.case],
          t.label,
          t.measured,
          t.ok === null ? '– skipped' : t.ok ? '✅ met' : '❌ missed',
        ]),
  );
  const tools = [
    `Node ${facts.node}`,
    facts.bash,
    facts.xargs,
    facts.parallel ?? `GNU parallel: ${parallelNote || 'not installed'}`,
    facts.time
      ? `${facts.time} (peak RSS, CPU)`
      : 'GNU time: not installed (peak RSS polled from /proc)',
  ].filter(Boolean);
  const out = [
    '# Benchmarks',
    '',
    `Generated by ${mode} on ${when}; the run took ${duration(elapsedMs)}.`,
    'Do not edit by hand: run the bench again.',
    '',
    '## Summary',
    '',
    table(['Case', 'Target', 'Measured', 'Met'], summaryRows),
    '',
    '## Machine',
    '',
    `- CPU: ${facts.cpu}, ${facts.cores} cores; memory ${fmt(facts.memGiB, 1)} GiB`,
    `- OS: ${facts.os}`,
    `- Tools: ${tools.join('; ')}`,
    `- Load average (1 min) at start ${fmt(load.start, 2)}, at end ${fmt(load.end, 2)}`,
    '',
    'The machine is shared: other work (test suites of other engineers) ran on the same',
    `${facts.cores} cores during the bench, so single runs are noisy. That is why every case runs its`,
    'tools side by side, alternating which goes first each round, and reports medians (and the',
    'min–max spread over rounds). Compare rows within one run rather than across runs.',
    '',
    '## How to reproduce',
    '',
    '```sh',
    'npm run build               # dist/ must be current: the bench runs the bundles',
    'npm run bench               # full run (~5 min on 2 cores), writes BENCHMARKS.md',
    'node bench/run.mjs --smoke  # tiny end-to-end check (CI runs this), report to a temp file',
    'node bench/run.mjs --only a,c --rounds 5 --out /tmp/bench.md',
    '```',
    '',
    `Rounds in this run: a ${r.a}, b ${r.b}, c ${r.c}, d ${r.d} (the many-jobs run once), e ${r.e}.`,
    'GNU parallel is installed with apt-get when it is missing and the bench runs as root (not',
    'in --smoke); otherwise its rows are skipped. Peak RSS comes from GNU time (`/usr/bin/time`)',
    'when installed, else from polling /proc/PID/status (a lower bound).',
    '',
  ];
  for (const s of sections) {
    out.push(`## ${s.title}`, '');
    if (s.error) {
      out.push(`The case failed: ${s.error}`, '');
      continue;
    }
    out.push(s.intro, '', s.table, '');
    for (const note of s.notes) out.push(`- ${note}`);
    if (s.notes.length) out.push('');
  }
  return out.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { cli, action } = checkBuild();
  const parallel = ensureParallel(opts.smoke);
  if (!parallel.ok) log(`GNU parallel skipped: ${parallel.note}`);
  if (!GNU_TIME) log('GNU time not found: peak RSS is polled from /proc');

  const started = new Date();
  const t0 = performance.now();
  const load = { start: os.loadavg()[0], end: NaN };
  const facts = machineFacts();
  const work = mkdtempSync(join(os.tmpdir(), 'gpu-sweep-bench-'));
  const r = rounds(opts);
  const ctx = {
    smoke: opts.smoke,
    rounds: r,
    work,
    root: ROOT,
    cli,
    action,
    pool: join(ROOT, 'bench/node-pool.mjs'),
    parallel: parallel.ok,
    parallelNote: parallel.note,
  };
  const sections = [];
  let failed = false;
  try {
    for (const id of opts.only) {
      log(`${TITLES[id]}…`);
      try {
        sections.push(await CASES[id](ctx));
      } catch (e) {
        failed = true;
        log(`${TITLES[id]} failed: ${e.message}`);
        sections.push({ id, title: TITLES[id], error: e.message.split('\n')[0] });
      }
    }
  } finally {
    if (opts.keep) log(`working folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  load.end = os.loadavg()[0];

  const complete = !opts.smoke && opts.only.length === Object.keys(CASES).length;
  const out =
    opts.out ??
    (complete
      ? join(ROOT, 'BENCHMARKS.md')
      : join(os.tmpdir(), `gpu-sweep-bench-${opts.smoke ? 'smoke' : 'partial'}-${process.pid}.md`));
  const text = report({
    opts,
    facts,
    r,
    sections,
    started,
    elapsedMs: performance.now() - t0,
    load,
    parallelNote: parallel.note,
  });
  writeFileSync(out, text + '\n');
  log(`report: ${out}`);
  process.stdout.write(`${out}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bench: ${e.message}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
