// From matrix entries to jobs: identity (index, id, name), the per-job
// environment, and the `{{ … }}` placeholders of `run`.
import { createHash } from 'node:crypto';
import type { Job, MatrixEntry, MatrixValue } from './types.js';

/** JSON with object keys sorted at every level, so equal entries hash equally. */
export function canonicalJson(value: MatrixValue | MatrixEntry[]): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A fingerprint of the whole expanded matrix: shards and merges compare it. */
export function matrixFingerprint(entries: MatrixEntry[]): string {
  return sha256(canonicalJson(entries)).slice(0, 16);
}

/** A value as text: scalars as themselves, objects and arrays as JSON. */
export function valueText(value: MatrixValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** GitHub's default job name: the entry's values joined, `(0.1, 32)`. */
export function defaultJobName(entry: MatrixEntry): string {
  return `(${Object.values(entry).map(valueText).join(', ')})`;
}

// ── Placeholders ────────────────────────────────────────────────────────────

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/g;
const SWEEP_FIELDS = ['devices', 'index', 'id', 'name', 'attempt'] as const;

/** What a placeholder refers to. */
export type PlaceholderRef = { kind: 'matrix'; path: string[] } | { kind: 'sweep'; field: string };

/** The values a placeholder can take when one attempt of a job starts. */
export interface PlaceholderContext {
  job: Job;
  devices: string[];
  attempt: number;
}

function parseRef(expr: string): PlaceholderRef | null {
  const [head, ...rest] = expr.split('.');
  if (head === 'matrix' && rest.length > 0) return { kind: 'matrix', path: rest };
  if (
    head === 'sweep' &&
    rest.length === 1 &&
    (SWEEP_FIELDS as readonly string[]).includes(rest[0])
  )
    return { kind: 'sweep', field: rest[0] };
  return null;
}

/**
 * Check every `{{ … }}` in a template against the matrix: an unknown name is a
 * configuration error, found before anything runs. Returns the error text, or
 * null when the template is fine.
 */
export function checkPlaceholders(template: string, entries: MatrixEntry[]): string | null {
  const keys = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e)) keys.add(k);
  for (const m of template.matchAll(PLACEHOLDER)) {
    const ref = parseRef(m[1]);
    if (!ref)
      return `unknown placeholder '${m[0]}'. Expected {{ matrix.KEY }}, {{ sweep.devices }}, {{ sweep.index }}, {{ sweep.id }}, {{ sweep.name }} or {{ sweep.attempt }}`;
    if (ref.kind === 'matrix' && !keys.has(ref.path[0]))
      return `unknown placeholder '${m[0]}': no matrix entry has the key '${ref.path[0]}' (keys: ${[...keys].join(', ') || 'none'})`;
  }
  return null;
}

function resolveRef(ref: PlaceholderRef, ctx: PlaceholderContext): string {
  if (ref.kind === 'sweep') {
    switch (ref.field) {
      case 'devices':
        return ctx.devices.join(',');
      case 'index':
        return String(ctx.job.index);
      case 'id':
        return ctx.job.id;
      case 'name':
        return ctx.job.name;
      default:
        return String(ctx.attempt);
    }
  }
  let v: MatrixValue | undefined = ctx.job.matrix;
  for (const part of ref.path) {
    v = v !== null && typeof v === 'object' && !Array.isArray(v) ? v[part] : undefined;
  }
  return valueText(v);
}

/** Replace placeholders with their plain text (for names: no shell involved). */
export function renderText(template: string, ctx: PlaceholderContext): string {
  return template.replace(PLACEHOLDER, (whole, expr: string) => {
    const ref = parseRef(expr);
    return ref ? resolveRef(ref, ctx) : whole;
  });
}

/** How a shell receives placeholder values safely. */
export type QuoteStyle = 'posix' | 'python' | 'pwsh';

type ShellQuoting = 'none' | 'double' | 'single';

/**
 * The quoting in force at each offset of a POSIX shell script, by a small
 * lexer: single and double quotes, backslash escapes, and `$(…)` inside double
 * quotes (which starts an unquoted context of its own). Heredocs and comments
 * are treated as plain text, which errs on the side of quoting.
 */
function quotingAt(script: string, offsets: number[]): ShellQuoting[] {
  const wanted = new Set(offsets);
  const found = new Map<number, ShellQuoting>();
  // Each frame: the quoting and, for `$(`, its open-paren depth.
  const stack: { q: ShellQuoting; depth: number }[] = [{ q: 'none', depth: 0 }];
  for (let i = 0; i < script.length; i++) {
    const top = stack[stack.length - 1];
    if (wanted.has(i)) found.set(i, top.q);
    const c = script[i];
    if (top.q === 'single') {
      if (c === "'") stack.pop();
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (top.q === 'double') {
      if (c === '"') stack.pop();
      else if (c === '$' && script[i + 1] === '(') {
        stack.push({ q: 'none', depth: 1 });
        i++;
      }
      continue;
    }
    if (c === "'") stack.push({ q: 'single', depth: 0 });
    else if (c === '"') stack.push({ q: 'double', depth: 0 });
    else if (c === '(' && stack.length > 1) top.depth++;
    else if (c === ')' && stack.length > 1 && --top.depth === 0) stack.pop();
  }
  return offsets.map((o) => found.get(o) ?? 'none');
}

/**
 * Render `run` for one attempt. The values never enter the script as syntax:
 * for POSIX shells each placeholder becomes a reference to an environment
 * variable holding the value (`SWEEP_ARG_n`), written to fit the quoting
 * around it: `"${SWEEP_ARG_0}"` bare, `${SWEEP_ARG_0}` inside double quotes,
 * `'"${SWEEP_ARG_0}"'` inside single quotes. So `$(…)`, quotes, backticks and
 * globs arrive verbatim as one word. Python gets a string literal, PowerShell a
 * single-quoted string.
 */
export function renderScript(
  template: string,
  ctx: PlaceholderContext,
  style: QuoteStyle,
): { script: string; env: Record<string, string> } {
  const env: Record<string, string> = {};
  const matches = [...template.matchAll(PLACEHOLDER)];
  const quoting =
    style === 'posix'
      ? quotingAt(
          template,
          matches.map((m) => m.index),
        )
      : [];
  let script = '';
  let last = 0;
  matches.forEach((m, k) => {
    script += template.slice(last, m.index);
    last = m.index + m[0].length;
    const ref = parseRef(m[1]);
    if (!ref) {
      script += m[0];
      return;
    }
    const value = resolveRef(ref, ctx);
    if (style === 'python') script += JSON.stringify(value);
    else if (style === 'pwsh') script += `'${value.replace(/'/g, "''")}'`;
    else {
      const name = `SWEEP_ARG_${k}`;
      env[name] = value;
      script +=
        quoting[k] === 'double'
          ? `\${${name}}`
          : quoting[k] === 'single'
            ? `'"\${${name}}"'`
            : `"\${${name}}"`;
    }
  });
  return { script: script + template.slice(last), env };
}

// ── Jobs ────────────────────────────────────────────────────────────────────

/**
 * Number the entries, give each a stable id (the same entry keeps its id from
 * run to run, which history and resume rely on) and a name.
 */
export function buildJobs(entries: MatrixEntry[], nameTemplate = ''): Job[] {
  const seen = new Map<string, number>();
  return entries.map((matrix, index) => {
    const base = sha256(canonicalJson(matrix)).slice(0, 10);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    const job: Job = { index, id, name: '', matrix };
    job.name = nameTemplate
      ? renderText(nameTemplate, { job, devices: [], attempt: 1 })
      : defaultJobName(matrix);
    return job;
  });
}

/** `MATRIX_<KEY>`: upper-cased, every other character turned into `_`. */
export function matrixEnvName(key: string): string {
  return `MATRIX_${key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
}

/** The variables a job sees besides the runner's environment and `env`. */
export function jobEnv(
  job: Job,
  devices: string[],
  attempt: number,
  deviceEnv: string[],
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.matrix)) env[matrixEnvName(k)] = valueText(v);
  const joined = devices.join(',');
  for (const name of deviceEnv) env[name] = joined;
  env.SWEEP_DEVICES = joined;
  env.SWEEP_JOB_INDEX = String(job.index);
  env.SWEEP_JOB_ID = job.id;
  env.SWEEP_JOB_NAME = job.name;
  env.SWEEP_ATTEMPT = String(attempt);
  env.SWEEP_MATRIX = JSON.stringify(job.matrix);
  return env;
}
