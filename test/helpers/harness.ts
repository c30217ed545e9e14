// Emulates the Actions runner around the bundled action: INPUT_<NAME> variables
// (defaults from action.yml, as the runner fills them), real GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY and GITHUB_STATE files parsed the way the runner parses
// them, a RUNNER_TEMP, and a post step that sees the state the main step saved.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseOutputFile } from '../../src/outputs-file.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const BUNDLE = join(ROOT, 'dist/index.js');

const actionYml = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export function tempDir(prefix = 'gpu-sweep-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The variable the runner sets for an input: upper-cased, spaces to _, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputErrors: string[];
  summary: string;
  state: Record<string, string>;
  dir: string;
  /** Milliseconds from spawn to exit. */
  ms: number;
}

export interface RunOptions {
  node?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  dir?: string;
  /** Called once the process is spawned (to signal it, say). */
  onSpawn?: (pid: number, stdoutSoFar: () => string) => void;
  timeoutMs?: number;
  post?: boolean;
  state?: Record<string, string>;
}

/** Run dist/index.js as the runner would run the action's main (or post) step. */
export function runAction(
  inputs: Record<string, string>,
  opts: RunOptions = {},
): Promise<ActionRun> {
  const dir = opts.dir ?? tempDir();
  const files = {
    output: join(dir, opts.post ? 'post-output' : 'output'),
    summary: join(dir, opts.post ? 'post-summary.md' : 'summary.md'),
    state: join(dir, opts.post ? 'post-state' : 'state'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    RUNNER_NAME: 'test-runner',
    GITHUB_ACTION: 'sweep',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ACTIONS: 'true',
  };
  // The runner gives every declared input: the workflow's value or the default.
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    env[inputEnvName(name)] = inputs[name] ?? spec.default ?? '';
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in actionYml.inputs)) throw new Error(`test uses undeclared input ${name}`);
  }
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
  Object.assign(env, opts.env ?? {});
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(opts.node ?? process.execPath, [BUNDLE], {
      cwd: opts.cwd ?? dir,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('error', reject);
    if (child.pid) opts.onSpawn?.(child.pid, () => stdout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const parsed = parseOutputFile(readFileSync(files.output, 'utf8'));
      resolveRun({
        code,
        signal,
        stdout,
        stderr,
        outputs: parsed.outputs,
        outputErrors: parsed.errors,
        summary: existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : '',
        state: parseOutputFile(readFileSync(files.state, 'utf8')).outputs,
        dir,
        ms: Date.now() - started,
      });
    });
  });
}

/** The `::error::` lines of a run's stdout. */
export function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error::'));
}

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Is a process alive? A zombie is not: it has exited and only waits to be
 * reaped, which some containers' init never does.
 */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}
