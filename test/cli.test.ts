// The gpu-sweep command: behaviour through the bundle (dist/cli.js) as a user
// runs it, piped and on a real pseudo-terminal; the argument parser and the
// config file on their own.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import {
  helpText,
  overlay,
  parseArgs,
  parseConfig,
  SWEEP_OPTIONS,
  UsageError,
  type SweepArgs,
} from '../src/cli-args.js';
import { INPUT_NAMES, VERSION } from '../src/constants.js';
import { processGroupAlive } from '../src/runner.js';
import type { ResultsDocument } from '../src/types.js';
import { ROOT, fixture, runAction, tempDir } from './helpers/harness.js';

const CLI = join(ROOT, 'dist/cli.js');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[(3\d|1|2)m/;
// eslint-disable-next-line no-control-regex
const CURSOR_UP = /\u001b\[\d+A/;
// eslint-disable-next-line no-control-regex
const ANY_SEQUENCE = /\u001b\[[0-9;?]*[A-Za-z]/g;
const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface CliOptions {
  /** The node that runs the bundle (default: this one). */
  node?: string;
  cwd?: string;
  env?: Record<string, string>;
  /** Called with the process and its output so far, as output arrives. */
  onOutput?: (pid: number, stdout: string) => void;
}

function cli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(opts.node ?? process.execPath, [CLI, ...args], {
      cwd: opts.cwd ?? tempDir(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (child.pid) opts.onOutput?.(child.pid, stdout);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

function results(file: string): ResultsDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as ResultsDocument;
}

/** A usage or configuration error: exit 2 and one `gpu-sweep:` line, no stack trace. */
function expectUsageError(run: CliRun, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^gpu-sweep: /);
  expect(lines[0]).toMatch(pattern);
}

const actionYml = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
};

describe('parseArgs', () => {
  it('maps every option to its action input, in both --opt value and --opt=value form', () => {
    const names = SWEEP_OPTIONS.map((o) => o.input);
    expect(names).toEqual(INPUT_NAMES.filter((n) => n !== 'merge'));
    for (const spec of SWEEP_OPTIONS) {
      if (spec.kind === 'flag') {
        expect((parseArgs(['run', `--${spec.input}`]) as SweepArgs).raw).toEqual({
          [spec.input]: 'true',
        });
        expect((parseArgs(['run', `--${spec.input}=false`]) as SweepArgs).raw).toEqual({
          [spec.input]: 'false',
        });
        continue;
      }
      const value = `v-${spec.input} with space=and equals`;
      expect((parseArgs(['run', `--${spec.input}`, value]) as SweepArgs).raw).toEqual({
        [spec.input]: value,
      });
      expect((parseArgs(['plan', `--${spec.input}=${value}`]) as SweepArgs).raw).toEqual({
        [spec.input]: value,
      });
    }
  });

  it('joins repeated options one per line, as the action reads them', () => {
    const args = parseArgs([
      'run',
      '--env',
      'A=1',
      '--env=B=x=y',
      '--previous-results',
      'a.json',
      '--previous-results',
      'b.json',
    ]) as SweepArgs;
    expect(args.raw).toEqual({ env: 'A=1\nB=x=y', 'previous-results': 'a.json\nb.json' });
  });

  it('keeps everything after -- as the command, verbatim', () => {
    const args = parseArgs(['run', '--devices', 'a', '--', 'python', '--devices', '--', "'$x'"]);
    expect(args).toMatchObject({
      raw: { devices: 'a' },
      argv: ['python', '--devices', '--', "'$x'"],
    });
  });

  it('refuses unknown options, missing values and bad booleans with one line', () => {
    const message = (argv: string[]) => {
      try {
        parseArgs(argv);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      throw new Error(`no error for ${argv.join(' ')}`);
    };
    expect(message(['run', '--matirx', 'x'])).toMatch(/Unknown option '--matirx'/);
    expect(message(['run', '--matrix'])).toMatch(/--matrix needs a value/);
    expect(message(['run', '--matrix', '--run', 'x'])).toMatch(/--matrix needs a value/);
    expect(message(['run', '--fail-fast=maybe'])).toMatch(/Invalid --fail-fast 'maybe'/);
    expect(message(['run', 'train.py'])).toMatch(/Unexpected argument 'train.py'/);
    expect(message(['plan', '--no-progress'])).toMatch(/Unknown option '--no-progress'/);
    expect(message(['run', '--json'])).toMatch(/Unknown option '--json'/);
    expect(message(['launch'])).toMatch(/Unknown command 'launch'/);
    expect(message(['summary'])).toMatch(/one results file/);
    expect(message(['merge'])).toMatch(/needs results files/);
    expect(message(['run', '--merge', 'x'])).toMatch(/Unknown option '--merge'/);
  });

  it('describes every input as action.yml does, with its defaults', () => {
    // The CLI's own default folders are the only wording of its own.
    const own = ['log-dir', 'results-file'];
    for (const spec of SWEEP_OPTIONS) {
      const input = actionYml.inputs[spec.input];
      expect(input, spec.input).toBeDefined();
      if (!own.includes(spec.input)) expect(spec.description, spec.input).toBe(input.description);
      expect(spec.default, spec.input).toBe(input.default);
    }
  });
});

describe('parseConfig and overlay', () => {
  it('turns a with: block into raw inputs, matrix and env as data', () => {
    const raw = parseConfig(
      [
        'x-base: &base { lr: 0.1 }',
        'matrix:',
        '  lr: [0.1, 1e-3]',
        '  2: [a]',
        '  include:',
        '    - <<: *base',
        '      extra: yes',
        'env: { A: 1, B: "x y" }',
        'devices: [0, 1]',
        'fail-fast: true',
        'retries: 2',
        "lock-dir: ''",
        'job-name:',
      ].join('\n'),
      'sweep.yml',
    );
    expect(raw.env).toBe('A=1\nB=x y');
    expect(raw.devices).toBe('0\n1');
    expect(raw['fail-fast']).toBe('true');
    expect(raw.retries).toBe('2');
    expect(raw['lock-dir']).toBe('');
    expect(raw['job-name']).toBe('');
    // Key order survives, numeric keys included.
    expect(parseYaml(raw.matrix ?? '')).toEqual({
      lr: [0.1, 0.001],
      2: ['a'],
      include: [{ lr: 0.1, extra: 'yes' }],
    });
    expect(raw.matrix?.indexOf('lr:')).toBeLessThan(raw.matrix?.indexOf('2:') ?? -1);
  });

  it('refuses unknown keys, merge, and structured values where text is expected', () => {
    expect(() => parseConfig('matrix: {a: [1]}\nrun_script: x\n', 'c.yml')).toThrow(
      /Unknown key 'run_script' in config 'c.yml'/,
    );
    expect(() => parseConfig('merge: "*.json"\n', 'c.yml')).toThrow(/gpu-sweep merge/);
    expect(() => parseConfig('run: {a: 1}\n', 'c.yml')).toThrow(/Invalid run in config 'c.yml'/);
    expect(() => parseConfig('- a\n', 'c.yml')).toThrow(/expected a mapping/);
    expect(() => parseConfig('a: [\n', 'c.yml')).toThrow(/Invalid config 'c.yml'/);
  });

  it('lets options win, an option replacing the input it excludes', () => {
    const config = { matrix: 'a: [1]', run: 'echo', devices: 'a', retries: '1' };
    expect(overlay(config, { devices: 'b' }, false)).toEqual({ ...config, devices: 'b' });
    expect(overlay(config, { 'matrix-file': 'm.yml' }, true)).toEqual({
      'matrix-file': 'm.yml',
      devices: 'a',
      retries: '1',
    });
  });
});

describe('gpu-sweep run through the bundle', () => {
  it('passes every kind of option to the engine and writes the results file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'work'));
    const run = await cli(
      [
        'run',
        '--matrix',
        '{a: [1, 2], b: [x]}',
        '--run=echo "env=$A|$B|$MYDEV|$(basename "$PWD")|{{ matrix.b }}" >> "$GITHUB_OUTPUT"',
        '--env',
        'A=1',
        '--env',
        'B=x=y',
        '--device-env',
        'MYDEV',
        '--devices',
        'd0 d1',
        '--working-directory',
        'work',
        '--job-name',
        'a is {{ matrix.a }}',
        '--results-file',
        'out/r.json',
        '--log-dir=out/logs',
        '--objective',
        'max:env',
        '--lock-dir=',
        '--retries',
        '1',
        '--timeout-minutes',
        '1',
      ],
      { cwd: dir },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = results(join(dir, 'out/r.json'));
    expect(doc.jobs.map((j) => j.name)).toEqual(['a is 1', 'a is 2']);
    for (const job of doc.jobs) {
      expect(job.status).toBe('success');
      expect(job.outputs.env).toBe(`1|x=y|${job.devices[0]}|work|x`);
      expect(job.logFile?.startsWith(join(dir, 'out/logs'))).toBe(true);
    }
    expect(run.stdout).toContain(`Results: ${join(dir, 'out/r.json')}`);
    expect(run.stdout).toContain(`Logs: ${join(dir, 'out/logs')}`);
    expect(doc.objective).toEqual({ direction: 'max', key: 'env' });
  });

  it('runs a command after -- without a shell: metacharacters arrive verbatim', async () => {
    const dir = tempDir();
    const args = ['$HOME', '; touch pwned', '"q" \'s\'', '`id`', '{{ matrix.v }}', '*'];
    const run = await cli(
      [
        'run',
        '--matrix',
        'v: ["a b; c"]',
        '--devices',
        'x',
        '--lock-dir=',
        '--',
        process.execPath,
        '-e',
        'require("fs").appendFileSync(process.env.GITHUB_OUTPUT, "args=" + JSON.stringify(process.argv.slice(1)) + "\\n")',
        ...args,
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const [job] = results(join(dir, 'gpu-sweep-out/results.json')).jobs;
    expect(JSON.parse(job.outputs.args)).toEqual([...args.slice(0, 4), 'a b; c', '*']);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('prints plain event lines without escape codes when piped, and exits 1 naming a failed job', async () => {
    const dir = tempDir();
    const run = await cli(
      [
        'run',
        '--matrix',
        'code: [0, 3]',
        '--run',
        `${fixture('exit-with.sh')} {{ matrix.code }}`,
        '--devices',
        'a',
        '--lock-dir=',
      ],
      { cwd: dir, env: { TERM: 'xterm-256color' } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stderr).not.toMatch(ANSI);
    expect(run.stdout).toContain('Devices: a — from devices input');
    expect(run.stdout).toMatch(/^▶ \[1\/2\] \(0\) on a$/m);
    expect(run.stdout).toMatch(/^✓ \[1\/2\] \(0\) /m);
    expect(run.stdout).toMatch(/^✗ \[2\/2\] \(3\) exit 3 after /m);
    expect(run.stderr).toBe('gpu-sweep: 1 of 2 jobs did not succeed: (3) exit 3.\n');
    const doc = results(join(dir, 'gpu-sweep-out/results.json'));
    expect(doc.jobs.map((j) => j.status)).toEqual(['success', 'failure']);
  });

  it('reads --config, with the matrix as a YAML mapping, and lets options override it', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'sweep.yml'),
      [
        'matrix:',
        '  lr: [0.1, 0.01]',
        '  exclude: [{ lr: 0.01 }]',
        '  include: [{ lr: 0.5, tag: extra }]',
        'run: exit 7',
        'devices: [a, b]',
        'env: { WHO: config }',
        "lock-dir: ''",
        'objective: min:lr',
      ].join('\n'),
    );
    const run = await cli(
      [
        'run',
        '--config',
        'sweep.yml',
        '--env',
        'WHO=flag',
        '--devices=c',
        '--',
        'bash',
        '-c',
        'echo "who=$WHO dev=$CUDA_VISIBLE_DEVICES lr=$MATRIX_LR" >> "$GITHUB_OUTPUT"',
      ],
      { cwd: dir },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = results(join(dir, 'gpu-sweep-out/results.json'));
    expect(doc.jobs.map((j) => j.matrix)).toEqual([{ lr: 0.1 }, { lr: 0.5, tag: 'extra' }]);
    expect(doc.jobs.map((j) => j.outputs.who)).toEqual(['flag dev=c lr=0.1', 'flag dev=c lr=0.5']);
    expect(doc.objective).toEqual({ direction: 'min', key: 'lr' });
  });

  it('exits 2 with one line for configuration errors, naming the option or key', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yml'), 'matrix: {a: [1]}\nrun: echo\ngpus: 2\n');
    const base = ['run', '--matrix', 'a: [1]', '--run', 'echo', '--lock-dir='];
    expectUsageError(await cli(['run', '--config', 'bad.yml'], { cwd: dir }), /'gpus'.*bad\.yml/);
    expectUsageError(
      await cli(['run', '--config', 'nope.yml'], { cwd: dir }),
      /'nope\.yml'.*ENOENT/,
    );
    expectUsageError(
      await cli([...base, '--devices', 'a,b', '--devices-per-job', '3'], { cwd: dir }),
      /Invalid devices-per-job '3'/,
    );
    expectUsageError(await cli([...base, '--gpus', '2'], { cwd: dir }), /Unknown option '--gpus'/);
    expectUsageError(await cli([...base, '--retries'], { cwd: dir }), /--retries needs a value/);
    expectUsageError(await cli(['run', '--run', 'echo'], { cwd: dir }), /Missing matrix/);
    expect(existsSync(join(dir, 'gpu-sweep-out'))).toBe(false);
  });
});

describe('Ctrl-C', () => {
  it('cancels on the first SIGINT: jobs stopped, results written, exit 130', async () => {
    const dir = tempDir();
    let pgid = 0;
    let signalled = false;
    const run = await cli(
      [
        'run',
        '--matrix',
        'n: [1, 2, 3]',
        '--run',
        'echo "pgid $$"; sleep 1000',
        '--devices',
        'a',
        '--log-mode',
        'live',
        '--lock-dir=',
      ],
      {
        cwd: dir,
        onOutput: (pid, out) => {
          const m = /^\[1\] pgid (\d+)$/m.exec(out);
          if (m && !signalled) {
            signalled = true;
            pgid = Number(m[1]);
            process.kill(pid, 'SIGINT');
          }
        },
      },
    );
    expect(run.code).toBe(130);
    expect(pgid).toBeGreaterThan(1);
    expect(processGroupAlive(pgid)).toBe(false);
    expect(run.stdout).toContain('Cancelling:');
    expect(run.stderr).toContain('Cancelled: 1 running job(s) cancelled, 2 not started.');
    const doc = results(join(dir, 'gpu-sweep-out/results.json'));
    expect(doc.cancelled).toBe(true);
    expect(doc.jobs.map((j) => j.status)).toEqual(['cancelled', 'skipped', 'skipped']);
  });

  it('treats SIGTERM like the first Ctrl-C', async () => {
    const dir = tempDir();
    let signalled = false;
    const run = await cli(
      [
        'run',
        '--matrix',
        'n: [1]',
        '--devices',
        'a',
        '--lock-dir=',
        '--log-mode=live',
        '--',
        'bash',
        '-c',
        'echo started; exec sleep 1000',
      ],
      {
        cwd: dir,
        // Signalled once the job runs (not merely announced), as a user would.
        onOutput: (pid, out) => {
          if (out.includes('[1] started') && !signalled) {
            signalled = true;
            process.kill(pid, 'SIGTERM');
          }
        },
      },
    );
    expect(run.code).toBe(130);
    expect(results(join(dir, 'gpu-sweep-out/results.json')).jobs[0].status).toBe('cancelled');
  });

  it('kills at once on the second SIGINT, even a job that ignores SIGTERM', async () => {
    const dir = tempDir();
    let sent = 0;
    let pgid = 0;
    const run = await cli(
      [
        'run',
        '--matrix',
        'n: [1, 2]',
        '--devices',
        'a',
        '--log-mode',
        'live',
        '--kill-grace-seconds',
        '600',
        '--lock-dir=',
        '--',
        'bash',
        '-c',
        `echo "pgid $$"; exec bash ${fixture('ignore-term.sh')}`,
      ],
      {
        cwd: dir,
        onOutput: (pid, out) => {
          const m = /^\[1\] pgid (\d+)$/m.exec(out);
          if (sent === 0 && m && out.includes('ignore-term: ready')) {
            sent = 1;
            pgid = Number(m[1]);
            process.kill(pid, 'SIGINT');
          } else if (sent === 1 && out.includes('got TERM, ignoring')) {
            sent = 2;
            process.kill(pid, 'SIGINT');
          }
        },
      },
    );
    expect(sent).toBe(2);
    expect(run.code).toBe(130);
    expect(processGroupAlive(pgid)).toBe(false);
    expect(run.stderr).toContain('killed 1 running job(s)');
    // The clean path would have waited out the grace and written results.
    expect(existsSync(join(dir, 'gpu-sweep-out/results.json'))).toBe(false);
  });
});

describe.skipIf(!HAS_SCRIPT)('on a terminal (a real pseudo-terminal via script)', () => {
  const onTty = (dir: string, command: string[], env: Record<string, string>) => {
    const quoted = command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    writeFileSync(join(dir, 'tty.sh'), `stty cols 80 rows 40\nexec ${quoted}\n`);
    return spawnSync('script', ['-qfec', `bash ${join(dir, 'tty.sh')}`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LANG: 'C.UTF-8',
        TERM: 'xterm',
        ...env,
      },
      timeout: 60_000,
    });
  };
  const sweep = (dir: string) => [
    process.execPath,
    CLI,
    'run',
    '--matrix',
    'v: [0.9, 0.8, 0.7]',
    '--job-name',
    'a rather long job name for value {{ matrix.v }} that cannot fit the terminal',
    '--run',
    'echo "epoch 1: a very long line of training output that goes well past the 80 columns of this terminal"; sleep 0.5; echo "score={{ matrix.v }}" >> "$GITHUB_OUTPUT"',
    '--devices',
    'a b',
    '--objective',
    'max:score',
    '--lock-dir=',
    '--results-file',
    join(dir, 'r.json'),
  ];

  it('draws a live view redrawn in place, then the final table with the best job marked', () => {
    const dir = tempDir();
    const run = onTty(dir, sweep(dir), {});
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(CURSOR_UP); // cursor up over the previous frame
    expect(out).toContain('\u001b[2K'); // each line cleared as it is redrawn
    expect(out).toMatch(COLOUR);
    expect(out).toMatch(/3\/3 done/);
    const plain = out.replace(ANY_SEQUENCE, '');
    // Every line of the view (a running job, the footer) fits the 80 columns.
    const view = plain
      .split(/\r?\n/)
      .map((line) => line.slice(line.lastIndexOf('\r') + 1))
      .filter((line) => /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] /.test(line) || line.includes(' done · '));
    expect(view.some((line) => line.includes('epoch 1: a very long'))).toBe(true);
    expect(view.some((line) => line.endsWith('…'))).toBe(true);
    for (const line of view) expect([...line].length).toBeLessThan(80);
    const table = plain.slice(plain.search(/^ +# +name +status +duration +outputs$/m));
    expect(table).toMatch(/★ +0 +a rather long .*✓ success +\S+ +score=0\.9/);
    expect(table).toMatch(/^ +2 +a rather long .*✓ success .*score=0\.7/m);
    expect(plain).toContain('Best: #0 ');
    expect(results(join(dir, 'r.json')).bestIndex).toBe(0);
  });

  it('leaves colour out with NO_COLOR, and draws plain lines with --no-progress', () => {
    const dir = tempDir();
    const noColor = onTty(dir, sweep(dir), { NO_COLOR: '1' });
    expect(noColor.status).toBe(0);
    expect(noColor.stdout).toMatch(CURSOR_UP);
    expect(noColor.stdout).not.toMatch(COLOUR);
    const plain = onTty(dir, [...sweep(dir), '--no-progress'], {});
    expect(plain.status).toBe(0);
    // No cursor movement or colour: at most the terminal's own line endings.
    expect(plain.stdout).not.toMatch(ANSI);
    expect(plain.stdout).toMatch(/^✓ \[3\/3\] /m);
  });
});

describe('gpu-sweep plan', () => {
  it('lists exactly the jobs the action runs for the same inputs (its dry-run results)', async () => {
    const dir = tempDir();
    const matrix = [
      'lr: [0.1, 0.01, 0.001]',
      'batch: [16, 32]',
      'exclude:',
      '  - { lr: 0.01, batch: 32 }',
      'include:',
      '  - { lr: 0.1, batch: 16, warmup: 5 }',
      '  - { lr: 1, batch: 8 }',
    ].join('\n');
    const inputs = {
      matrix,
      run: `touch ${dir}/ran-{{ sweep.index }}`,
      devices: 'a b',
      'job-name': 'lr={{ matrix.lr }}/{{ matrix.batch }}',
      shard: '2/3',
      'lock-dir': '',
    };
    const action = await runAction({ ...inputs, 'dry-run': 'true' }, { dir });
    expect(action.code).toBe(0);
    const expected = (
      JSON.parse(action.outputs.results) as {
        index: number;
        id: string;
        name: string;
        matrix: object;
      }[]
    ).map(({ index, id, name, matrix: m }) => ({ index, id, name, matrix: m }));
    expect(expected.length).toBeGreaterThan(1);

    // Flags, and the same matrix given as data in a config file.
    const flags = Object.entries(inputs).flatMap(([k, v]) => [`--${k}=${v}`]);
    const fromFlags = await cli(['plan', '--json', ...flags], { cwd: dir });
    expect(fromFlags.stderr).toBe('');
    expect(JSON.parse(fromFlags.stdout)).toEqual(expected);
    writeFileSync(
      join(dir, 'sweep.yml'),
      `matrix:\n${matrix.replace(/^/gm, '  ')}\nrun: ${JSON.stringify(inputs.run)}\n`,
    );
    const fromConfig = await cli(
      [
        'plan',
        '--json',
        '--config',
        'sweep.yml',
        '--devices',
        'a b',
        '--shard',
        '2/3',
        '--lock-dir=',
        `--job-name=${inputs['job-name']}`,
      ],
      { cwd: dir },
    );
    expect(JSON.parse(fromConfig.stdout)).toEqual(expected);

    const table = await cli(['plan', ...flags], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`Plan: ${expected.length} of 6 jobs, shard 2/3`);
    for (const job of expected) expect(table.stdout).toContain(`${job.id}  ${job.name}`);
    expect(table.stdout).not.toMatch(ANSI);
    // Nothing ran, nothing was written.
    expect(readdirSync(dir).filter((f) => f.startsWith('ran-'))).toEqual([]);
    expect(existsSync(join(dir, 'gpu-sweep-out'))).toBe(false);
  });
});

describe('gpu-sweep summary and merge', () => {
  it('merges shard results into one file and prints the summary of a results file', async () => {
    const dir = tempDir();
    const shard = (i: number) =>
      cli(
        [
          'run',
          '--matrix',
          'v: [1, 2, 3, 4, 5]',
          '--run',
          'echo "score=$((10 - MATRIX_V))" >> "$GITHUB_OUTPUT"; [ "$MATRIX_V" != 4 ]',
          '--devices',
          'a b',
          '--shard',
          `${i}/2`,
          '--objective',
          'max:score',
          '--results-file',
          `shards/${i}/results of shard ${i}.json`,
          '--lock-dir=',
        ],
        { cwd: dir },
      );
    expect((await shard(1)).code).toBe(0);
    expect((await shard(2)).code).toBe(1); // v=4 fails on shard 2

    // A path with spaces is one argument, not two patterns.
    const one = await cli(
      ['merge', 'shards/1/results of shard 1.json', '--results-file', 'one.json'],
      {
        cwd: dir,
      },
    );
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('shard 2/2 is missing (no results file)');

    const merged = await cli(['merge', 'shards/*/results of shard ?.json'], { cwd: dir });
    expect(merged.code).toBe(1);
    expect(merged.stderr).toContain('1 of 5 jobs did not succeed: (4) exit 1.');
    expect(merged.stdout).toContain('Merged 2 results file(s).');
    expect(merged.stdout).toContain('Best: #0 (1) — score = 9 (highest)');
    const doc = results(join(dir, 'gpu-sweep-out/merged.json'));
    expect(doc.jobs.map((j) => j.status)).toEqual([
      'success',
      'success',
      'success',
      'failure',
      'success',
    ]);

    const summary = await cli(['summary', 'gpu-sweep-out/merged.json'], { cwd: dir });
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/^### gpu-sweep\n/);
    expect(summary.stdout).toContain('✅ 4 succeeded · ❌ 1 failed');
    expect(summary.stdout).toMatch(/^\| 0 🏆 \| \\?\(1\\?\) \|/m);

    writeFileSync(join(dir, 'junk.json'), '{"hello": 1}');
    expectUsageError(await cli(['summary', 'junk.json'], { cwd: dir }), /junk\.json.*schema 1/);
    expectUsageError(await cli(['merge', 'none/*.json'], { cwd: dir }), /no results file matches/);
  });
});

describe('--help and --version', () => {
  it('prints the version and the help of the program and each command', async () => {
    const version = await cli(['--version']);
    expect(version).toEqual({ code: 0, stdout: `gpu-sweep ${VERSION}\n`, stderr: '' });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['run', 'plan', 'summary', 'merge'])
      expect(help.stdout).toContain(`  ${command} `);
    const runHelp = await cli(['run', '--help']);
    expect(runHelp.code).toBe(0);
    expect(runHelp.stdout).toBe(helpText('run'));
    for (const spec of SWEEP_OPTIONS) expect(runHelp.stdout).toContain(`  --${spec.input}`);
    for (const extra of ['--config', '--no-progress', '--help'])
      expect(runHelp.stdout).toContain(extra);
    expect((await cli(['plan', '-h'])).stdout).toContain('--json');
    expect((await cli(['merge', '--help'])).stdout).toContain('--results-file');
  });
});

describe('under Node 24, the runtime of node24 actions', () => {
  it('runs a sweep from the same bundle', async () => {
    const dir = tempDir();
    const run = await cli(
      [
        'run',
        '--matrix',
        'n: [1, 2]',
        '--devices',
        'a',
        '--lock-dir=',
        '--run',
        'echo "n=$MATRIX_N" >> "$GITHUB_OUTPUT"',
      ],
      { cwd: dir, node: inject('node24') },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(results(join(dir, 'gpu-sweep-out/results.json')).jobs.map((j) => j.outputs.n)).toEqual([
      '1',
      '2',
    ]);
  });
});
