// Every input is read, defaulted and validated here, once, for the action and
// the CLI alike. A bad value throws a ConfigError whose one-line message names
// the input, quotes the value and says what was expected; nothing runs then.
import { accessSync, constants as fsConstants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { Inputs, type InputName, type RawInputs } from './constants.js';
import { MatrixError, parseMatrix } from './matrix.js';
import { checkPlaceholders, type QuoteStyle } from './jobs.js';
import { parseShard, type Shard } from './shard.js';
import type { MatrixEntry } from './types.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** How a job's script is run. */
export interface ShellSpec {
  /** The name the user gave (`bash`, `python`, or the custom template). */
  name: string;
  /** argv with `{0}` standing for the script file. */
  argv: string[];
  /** File extension for the script file (some interpreters care). */
  extension: string;
  /** How placeholders are quoted for this shell; null: placeholders are refused. */
  quote: QuoteStyle | null;
}

export interface Settings {
  /** The expanded matrix, in matrix order. Empty in merge mode. */
  entries: MatrixEntry[];
  /** The script to run for each job (`run`), or null when `command` is given. */
  run: string | null;
  /** A command run directly with its arguments, no shell (the CLI's `-- cmd args`). */
  command: string[] | null;
  /** The shell that runs `run`. */
  shell: ShellSpec;
  /** Absolute directory the jobs start in. */
  workingDirectory: string;
  /** Extra environment variables for every job (`env`, multiline KEY=VALUE). */
  env: Record<string, string>;
  /** Explicit device ids, or 'auto' to detect them (CUDA_VISIBLE_DEVICES, nvidia-smi). */
  devices: string[] | 'auto';
  /** How many devices each job holds exclusively. */
  devicesPerJob: number;
  /** Most jobs running at once; 0 = as many as the devices allow. */
  maxParallel: number;
  /** Variables set to the job's comma-joined devices. */
  deviceEnv: string[];
  /** Template for job names; empty = GitHub's `(v1, v2)`. */
  jobName: string;
  /** Per-attempt time limit in milliseconds; 0 = none. */
  timeoutMs: number;
  /** SIGTERM → SIGKILL delay for timeouts and leftovers, milliseconds. */
  killGraceMs: number;
  /** Extra attempts for a failed or timed-out job. */
  retries: number;
  /** Stop dispatching after this many jobs finally failed; 0 = never. */
  maxFailures: number;
  /** Stop at the first failure and cancel running jobs. */
  failFast: boolean;
  /** Absolute folder for per-job logs and output files. */
  logDir: string;
  /** `grouped`: each job's output after its finish line; `live`: prefixed lines as they come. */
  logMode: 'grouped' | 'live';
  /** Absolute path of the results JSON. */
  resultsFile: string;
  /** Which job output decides the best job. */
  objective: { direction: 'max' | 'min'; key: string } | null;
  /** Expand and plan only. */
  dryRun: boolean;
  /** Host-wide lease folder; '' disables leases. */
  lockDir: string;
  /** Job order; 'auto' = longest-first when previous results are given. */
  order: 'fifo' | 'longest-first' | 'auto';
  /** Absolute paths of earlier results files (history, resume). */
  previousResults: string[];
  /** Reuse jobs that succeeded in previous results. */
  resume: boolean;
  /** This run's share of the matrix, or null for all of it. */
  shard: Shard | null;
  /** Glob of results files to merge instead of running a sweep; null otherwise. */
  merge: string | null;
}

/** Where the edge runs: what defaults and file checks depend on. */
export interface SettingsContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Folder for default log-dir and results-file. */
  outDir: string;
  /** A command given directly (CLI `--`), instead of `run`. */
  command?: string[];
}

// ── Small parsers: each names its input in the error ───────────────────────

function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `'${oneLine.slice(0, 57)}…'` : `'${oneLine}'`;
}

function invalid(input: InputName, value: string, expected: string): ConfigError {
  return new ConfigError(`Invalid ${input} ${quote(value)}. ${expected}`);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function bool(raw: RawInputs, input: InputName, fallback: boolean): boolean {
  const v = (raw[input] ?? '').trim();
  if (v === '') return fallback;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw invalid(input, v, 'Expected true or false.');
}

function wholeNumber(
  raw: RawInputs,
  input: InputName,
  fallback: number,
  min: number,
  max: number,
  hint = '',
): number {
  const v = (raw[input] ?? '').trim();
  if (v === '') return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw invalid(input, v, `Expected a whole number ${range}${hint}.`);
  }
  return n;
}

function decimal(raw: RawInputs, input: InputName, fallback: number, expected: string): number {
  const v = (raw[input] ?? '').trim();
  if (v === '') return fallback;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(v) || !Number.isFinite(n)) throw invalid(input, v, expected);
  return n;
}

function oneOf<T extends string>(
  raw: RawInputs,
  input: InputName,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = (raw[input] ?? '').trim();
  if (v === '') return fallback;
  if (!(allowed as readonly string[]).includes(v))
    throw invalid(input, v, `Expected one of: ${allowed.join(', ')}.`);
  return v as T;
}

/** Items separated by commas, whitespace or newlines. */
function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

// ── Shells ──────────────────────────────────────────────────────────────────

function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  if (program.includes('/')) return existsSync(program);
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, program), fsConstants.X_OK);
      return true;
    } catch {
      /* keep looking */
    }
  }
  return false;
}

/** Shells invoked the way GitHub invokes `run:` steps. */
const KNOWN_SHELLS: Record<string, Omit<ShellSpec, 'name'>> = {
  bash: {
    argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
    extension: '.sh',
    quote: 'posix',
  },
  sh: { argv: ['sh', '-e', '{0}'], extension: '.sh', quote: 'posix' },
  python: { argv: ['python', '{0}'], extension: '.py', quote: 'python' },
  pwsh: { argv: ['pwsh', '-command', ". '{0}'"], extension: '.ps1', quote: 'pwsh' },
};

function quoteStyleOf(program: string): QuoteStyle | null {
  const base = program.split('/').pop() ?? program;
  if (/^(ba|da|k|z)?sh$/.test(base)) return 'posix';
  if (/^python[\d.]*$/.test(base)) return 'python';
  if (/^(pwsh|powershell)$/.test(base)) return 'pwsh';
  return null;
}

function parseShell(value: string, env: NodeJS.ProcessEnv): ShellSpec {
  const v = value.trim() || 'bash';
  let spec: ShellSpec;
  if (KNOWN_SHELLS[v]) {
    spec = { name: v, ...KNOWN_SHELLS[v] };
  } else if (v.includes('{0}')) {
    const argv = v.split(/\s+/).filter(Boolean);
    spec = { name: v, argv, extension: '', quote: quoteStyleOf(argv[0]) };
  } else {
    throw invalid(
      Inputs.shell,
      v,
      "Expected bash, sh, python, pwsh, or a command template containing {0}, e.g. 'perl {0}'.",
    );
  }
  // python: like GitHub, fall back to python3 where only that is installed.
  if (spec.argv[0] === 'python' && !onPath('python', env) && onPath('python3', env)) {
    spec = { ...spec, argv: ['python3', ...spec.argv.slice(1)] };
  }
  if (!onPath(spec.argv[0], env))
    throw invalid(Inputs.shell, v, `'${spec.argv[0]}' was not found on PATH.`);
  return spec;
}

// ── Other composite inputs ──────────────────────────────────────────────────

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseEnvBlock(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!ENV_NAME.test(name))
      throw invalid(
        Inputs.env,
        line,
        `Expected KEY=VALUE on line ${i + 1}, KEY made of letters, digits and _.`,
      );
    env[name] = line.slice(eq + 1);
  }
  return env;
}

function parseObjective(text: string): Settings['objective'] {
  const v = text.trim();
  if (!v) return null;
  const m = /^(max|min):(\S+)$/.exec(v);
  if (!m) throw invalid(Inputs.objective, v, 'Expected max:KEY or min:KEY, e.g. max:accuracy.');
  return { direction: m[1] as 'max' | 'min', key: m[2] };
}

function parseDevices(text: string): string[] | 'auto' {
  const v = text.trim();
  if (v === '' || v === 'auto') return 'auto';
  const ids = splitList(v);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw invalid(Inputs.devices, v, `Device '${id}' is listed twice.`);
    seen.add(id);
  }
  return ids;
}

/** Check that a file could be written there, so a bad path fails before any job runs. */
function checkWritableFile(input: InputName, file: string): void {
  if (existsSync(file)) {
    if (statSync(file).isDirectory())
      throw invalid(input, file, 'It is a directory; expected a file path.');
    try {
      accessSync(file, fsConstants.W_OK);
    } catch {
      throw invalid(input, file, 'The file is not writable.');
    }
    return;
  }
  checkWritableDir(input, resolve(file, '..'));
}

/** The nearest existing ancestor must be a writable directory. */
function checkWritableDir(input: InputName, dir: string): void {
  let d = dir;
  while (!existsSync(d)) {
    const up = resolve(d, '..');
    if (up === d) break;
    d = up;
  }
  if (!statSync(d).isDirectory()) throw invalid(input, dir, `'${d}' is not a directory.`);
  try {
    accessSync(d, fsConstants.W_OK | fsConstants.X_OK);
  } catch {
    throw invalid(input, dir, `'${d}' is not writable.`);
  }
}

function loadMatrix(raw: RawInputs, cwd: string): MatrixEntry[] {
  const inline = (raw[Inputs.matrix] ?? '').trim();
  const file = (raw[Inputs.matrixFile] ?? '').trim();
  if (inline && file)
    throw new ConfigError(`Invalid matrix: give either matrix or matrix-file, not both.`);
  if (!inline && !file)
    throw new ConfigError(
      `Missing matrix: give matrix (inline YAML or JSON) or matrix-file (a path).`,
    );
  let text = inline;
  const input = inline ? Inputs.matrix : Inputs.matrixFile;
  if (file) {
    try {
      text = readFileSync(resolve(cwd, file), 'utf8');
    } catch (e) {
      throw invalid(
        Inputs.matrixFile,
        file,
        `The file could not be read (${(e as NodeJS.ErrnoException).code ?? e}).`,
      );
    }
  }
  try {
    return parseMatrix(text);
  } catch (e) {
    if (e instanceof MatrixError)
      throw new ConfigError(`Invalid ${input}${file ? ` '${file}'` : ''}: ${e.message}`);
    throw e;
  }
}

/**
 * Read, default and validate every input. Reads the matrix file and checks the
 * output paths; otherwise pure. Throws ConfigError on the first bad input.
 */
export function parseSettings(raw: RawInputs, ctx: SettingsContext): Settings {
  const cwd = ctx.cwd;
  const str = (name: InputName) => (raw[name] ?? '').trim();
  const path = (name: InputName, fallback: string) => resolve(cwd, str(name) || fallback);

  const merge = str(Inputs.merge) || null;
  const devices = parseDevices(str(Inputs.devices));
  const devicesPerJob = wholeNumber(
    raw,
    Inputs.devicesPerJob,
    1,
    1,
    devices === 'auto' ? 1024 : devices.length,
    devices === 'auto' ? '' : ` (the number of devices)`,
  );
  const failFast = bool(raw, Inputs.failFast, false);
  const maxFailures = wholeNumber(raw, Inputs.maxFailures, 0, 0, Number.MAX_SAFE_INTEGER);
  const shardText = str(Inputs.shard);
  let shard: Shard | null = null;
  if (shardText) {
    try {
      shard = parseShard(shardText);
    } catch (e) {
      throw new ConfigError(
        (e as Error).message.replace(/^Invalid shard/, `Invalid ${Inputs.shard}`),
      );
    }
  }

  const workingDirectory = path(Inputs.workingDirectory, '.');
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory())
    throw invalid(
      Inputs.workingDirectory,
      str(Inputs.workingDirectory),
      'It is not an existing directory.',
    );

  const settings: Settings = {
    entries: [],
    run: null,
    command: null,
    shell: { name: 'bash', argv: [], extension: '.sh', quote: 'posix' },
    workingDirectory,
    env: parseEnvBlock(raw[Inputs.env] ?? ''),
    devices,
    devicesPerJob,
    maxParallel: wholeNumber(
      raw,
      Inputs.maxParallel,
      0,
      0,
      Number.MAX_SAFE_INTEGER,
      ' (0 = no limit)',
    ),
    deviceEnv: splitList(str(Inputs.deviceEnv) || 'CUDA_VISIBLE_DEVICES'),
    jobName: raw[Inputs.jobName] ?? '',
    timeoutMs: Math.round(
      decimal(
        raw,
        Inputs.timeoutMinutes,
        0,
        'Expected minutes as a number, e.g. 30 or 0.5 (0 = no limit).',
      ) * 60_000,
    ),
    killGraceMs: Math.round(
      decimal(raw, Inputs.killGraceSeconds, 10, 'Expected seconds as a number, e.g. 10.') * 1000,
    ),
    retries: wholeNumber(raw, Inputs.retries, 0, 0, 100),
    maxFailures: failFast ? 1 : maxFailures,
    failFast,
    logDir: path(Inputs.logDir, join(ctx.outDir, 'logs')),
    logMode: oneOf(raw, Inputs.logMode, ['grouped', 'live'] as const, 'grouped'),
    resultsFile: path(Inputs.resultsFile, join(ctx.outDir, 'results.json')),
    objective: parseObjective(str(Inputs.objective)),
    dryRun: bool(raw, Inputs.dryRun, false),
    lockDir: raw[Inputs.lockDir] === undefined ? '/tmp/gpu-sweep/locks' : str(Inputs.lockDir),
    order: oneOf(raw, Inputs.order, ['fifo', 'longest-first', 'auto'] as const, 'auto'),
    previousResults: splitList(raw[Inputs.previousResults] ?? '').map((p) => resolve(cwd, p)),
    resume: bool(raw, Inputs.resume, false),
    shard,
    merge,
  };
  for (const name of settings.deviceEnv)
    if (!ENV_NAME.test(name))
      throw invalid(
        Inputs.deviceEnv,
        str(Inputs.deviceEnv),
        `'${name}' is not a valid variable name.`,
      );
  if (settings.lockDir && !isAbsolute(settings.lockDir))
    throw invalid(
      Inputs.lockDir,
      settings.lockDir,
      'Expected an absolute path, or empty to disable leases.',
    );
  if (settings.resume && settings.previousResults.length === 0)
    throw new ConfigError(
      `Invalid resume 'true': resume needs previous-results (the results files to resume from).`,
    );
  if (settings.order === 'longest-first' && settings.previousResults.length === 0)
    throw new ConfigError(
      `Invalid order 'longest-first': it needs previous-results to know how long jobs take.`,
    );
  for (const p of settings.previousResults)
    if (!existsSync(p)) throw invalid(Inputs.previousResults, p, 'The file does not exist.');

  checkWritableFile(Inputs.resultsFile, settings.resultsFile);
  checkWritableDir(Inputs.logDir, settings.logDir);
  if (settings.lockDir) checkWritableDir(Inputs.lockDir, settings.lockDir);

  if (merge) {
    for (const name of [Inputs.matrix, Inputs.matrixFile, Inputs.run] as const)
      if (str(name))
        throw new ConfigError(
          `Invalid ${name}: merge combines results files; do not give ${name} with it.`,
        );
    return settings;
  }

  settings.entries = loadMatrix(raw, cwd);
  const run = raw[Inputs.run] ?? '';
  const command = ctx.command && ctx.command.length ? ctx.command : null;
  if (run.trim() && command)
    throw new ConfigError(`Invalid run: give either run or a command after --, not both.`);
  if (!run.trim() && !command) throw new ConfigError(`Missing run: give the script each job runs.`);
  if (command) {
    settings.command = command;
    return settings;
  }
  settings.run = run;
  settings.shell = parseShell(raw[Inputs.shell] ?? '', ctx.env);
  const problem = checkPlaceholders(run, settings.entries);
  if (problem) throw new ConfigError(`Invalid run: ${problem}.`);
  if (settings.shell.quote === null && /\{\{/.test(run))
    throw new ConfigError(
      `Invalid run: placeholders need a shell gpu-sweep knows how to quote for (bash, sh, python, pwsh); with '${settings.shell.name}' read the values from $MATRIX_<KEY> instead.`,
    );
  const nameProblem = checkPlaceholders(settings.jobName, settings.entries);
  if (nameProblem) throw new ConfigError(`Invalid job-name: ${nameProblem}.`);
  const late = /\{\{\s*sweep\.(devices|attempt|name)\s*\}\}/.exec(settings.jobName);
  if (late)
    throw new ConfigError(
      `Invalid job-name: '${late[0]}' is not known when jobs are named (before they start); use {{ matrix.KEY }}, {{ sweep.index }} or {{ sweep.id }}.`,
    );
  return settings;
}
