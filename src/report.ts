// What a finished sweep publishes, computed from its ResultsDocument: the step
// outputs and the job-summary markdown. Pure: no I/O and no @actions/core, so every
// size limit and every escape is tested on plain data.
//
// Everything a job wrote (names, matrix values, outputs, logs, its own summary) is
// untrusted text: `core.summary` does not escape HTML, so this module escapes every
// such string itself, for the context it lands in (table cell, raw HTML line,
// mermaid source, code block).

import { Outputs } from './constants.js';
import { cleanLines } from './logs.js';
import type { JobResult, JobStatus, MatrixValue, ResultsDocument, Tally } from './types.js';

/** GitHub keeps at most 1 MB of step outputs per job. */
export const OUTPUT_LIMIT_BYTES = 1_000_000;

/** GitHub keeps at most 1 MiB of a step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1_048_576;

/**
 * Bytes counted per output on top of its name and value: `core.setOutput` writes
 * `name<<ghadelimiter_<uuid>`, the value and the delimiter again (about 100 bytes).
 */
const OUTPUT_FRAMING_BYTES = 100;

/** Table cells, best-line values and headers are cut to this many characters. */
const MAX_CELL_CHARS = 100;
/** A table wider than this is unreadable; the rest is in the results file. */
const MAX_COLUMNS_PER_KIND = 20;
/** Past this many tasks a gantt chart is a grey smear, and mermaid slows to a crawl. */
const MAX_TIMELINE_JOBS = 500;
/** Mermaid refuses diagrams longer than this (its default `maxTextSize`). */
const MAX_MERMAID_CHARS = 50_000;
const MAX_TASK_NAME_CHARS = 30;
const MAX_TAIL_LINE_CHARS = 1000;
const MAX_TITLE_CHARS = 200;
/** Room kept for the "left out" notes while choosing what else fits. */
const NOTE_RESERVE_BYTES = 2048;

// ---------------------------------------------------------------------------
// Counting and choosing

/** Jobs per status, and in total. */
export function tally(jobs: JobResult[]): Tally {
  const counts: Tally = {
    success: 0,
    failure: 0,
    timeout: 0,
    cancelled: 0,
    skipped: 0,
    reused: 0,
    total: jobs.length,
  };
  for (const job of jobs) counts[job.status] += 1;
  return counts;
}

/** An output as a finite number, or undefined when it is missing, blank or not a number. */
function objectiveValue(job: JobResult, key: string): number | undefined {
  if (!Object.hasOwn(job.outputs, key)) return undefined;
  const raw = job.outputs[key];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Index (JobResult.index) of the best job by an objective output, among jobs that
 * succeeded or were reused and whose output parses as a finite number. Ties go to
 * the lowest index.
 */
export function findBest(
  jobs: JobResult[],
  objective: { direction: 'max' | 'min'; key: string },
): number | undefined {
  let best: { index: number; value: number } | undefined;
  for (const job of jobs) {
    if (job.status !== 'success' && job.status !== 'reused') continue;
    const value = objectiveValue(job, objective.key);
    if (value === undefined) continue;
    const better =
      best === undefined ||
      (objective.direction === 'max' ? value > best.value : value < best.value) ||
      (value === best.value && job.index < best.index);
    if (better) best = { index: job.index, value };
  }
  return best?.index;
}

/** The document's best job: its recorded bestIndex, else computed from its objective. */
/** The best job: the one the document names, or found by its objective. */
export function bestJobOf(doc: ResultsDocument): JobResult | undefined {
  if (!doc.objective) return undefined;
  const index = doc.bestIndex ?? findBest(doc.jobs, doc.objective);
  return index === undefined ? undefined : doc.jobs.find((job) => job.index === index);
}

function inMatrixOrder(jobs: JobResult[]): JobResult[] {
  return [...jobs].sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------
// Formatting

/** A duration for people: `0.4s`, `12s`, `1m 32s`, `2h 05m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.max(0, seconds);
  // A job that ran did take some time: '<0.1s' rather than a misleading '0s'.
  if (s > 0 && s < 0.05) return '<0.1s';
  if (s < 9.95) return `${Number(s.toFixed(1))}s`;
  const whole = Math.round(s);
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${pad2(whole % 60)}s`;
  const minutes = Math.round(whole / 60);
  return `${Math.floor(minutes / 60)}h ${pad2(minutes % 60)}m`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function formatBytes(n: number, unit: 1000 | 1024): string {
  const [big, small] = unit === 1000 ? ['MB', 'kB'] : ['MiB', 'KiB'];
  if (n >= unit * unit) return `${Number((n / (unit * unit)).toFixed(1))} ${big}`;
  if (n >= unit) return `${Number((n / unit).toFixed(1))} ${small}`;
  return `${n} bytes`;
}

/** The first `max` characters (code points, so no emoji is split), marked with `…` when cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  let cutAt = 0;
  while (end < text.length) {
    if (count === max - 1) cutAt = end;
    if (count === max) return `${text.slice(0, cutAt)}…`;
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    count += 1;
  }
  return text;
}

/** A matrix value or output as one line of text: strings as they are, the rest as compact JSON. */
function valueText(value: MatrixValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// ---------------------------------------------------------------------------
// Escaping

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** C0 controls (tab and newlines included) and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/**
 * Job-provided text for a markdown table cell or inline text: it stays one line,
 * renders literally and can add no column, HTML, link, image, emphasis or code span.
 * HTML specials become entities (a `<` can then open no tag); the punctuation of
 * links, emphasis, code, strikethrough and math is backslash-escaped, and so is `|`,
 * which GFM tables honour inside cells. Bare URLs stay visible text (GitHub may
 * still autolink them, showing where they go).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, ' ')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .replace(/[\\`*_[\]|~$]/g, '\\$&');
}

/**
 * Job-provided text inside a raw HTML line such as `<summary>`: markdown is not
 * parsed there, so backslashes would show; entities do the job. Line breaks become
 * spaces because a blank line would end the HTML block.
 */
function escapeHtmlInline(text: string): string {
  return text.replace(CONTROL_CHARS, ' ').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Job-provided text as a mermaid gantt task or section name. The gantt grammar ends
 * a name at `:`, `;`, `#` or a line break, treats `%%` as a comment and `"` as the
 * start of a link, so only letters, digits and a few harmless marks are kept.
 */
function mermaidText(text: string, max: number): string {
  const kept = text
    .replace(/[^\p{L}\p{N} ._\-+=/,()]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(kept, max);
}

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/g;

/**
 * One log line as a terminal would have shown it last, cleaned by the same rules
 * as live output (logs.ts). Tails are cleaned when recorded, but a results file
 * can come from anywhere (a merge, an older run), so the summary cleans again.
 */
function cleanLogLine(line: string): string {
  return cleanLines(Buffer.from(line), MAX_TAIL_LINE_CHARS).join(' ');
}

/** A code fence no run of backticks in `content` can close: longer than the longest. */
function fenceFor(content: string): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * A job's own step summary, kept as markdown inside our `<details>`. HTML specials
 * become entities, so it can neither close our `<details>` nor inject HTML. A fenced
 * code block left open would swallow everything after it, and telling for sure
 * whether a fence is closed takes a full CommonMark parse (fences in list items end
 * with the item); so text with any fence-like run is set in a blockquote, a container
 * whose end also ends every fence inside it.
 */
function jobSummaryMarkdown(text: string): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(NUL, '\ufffd')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .trim();
  if (!/`{3,}|~{3,}/.test(escaped)) return escaped;
  return escaped
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

// ---------------------------------------------------------------------------
// Step outputs

/** A job as published in the `results` and `best` outputs: what only the results file keeps left out. */
export type JobView = Omit<
  JobResult,
  'summary' | 'logTail' | 'predictedSeconds' | 'earlierAttempts'
>;

/**
 * The public fields of a job: not its summary, log tail or predicted duration, which
 * only the results file keeps. `runner` is kept when set, as merged results need it
 * to tell whose disk `logFile` is on.
 */
export function jobView(job: JobResult): JobView {
  return {
    index: job.index,
    id: job.id,
    name: job.name,
    matrix: job.matrix,
    devices: job.devices,
    status: job.status,
    exitCode: job.exitCode,
    signal: job.signal,
    attempts: job.attempts,
    ...(job.previousExitCodes !== undefined && { previousExitCodes: job.previousExitCodes }),
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    durationSeconds: job.durationSeconds,
    outputs: job.outputs,
    logFile: job.logFile,
    ...(job.error !== undefined && { error: job.error }),
    ...(job.runner !== undefined && { runner: job.runner }),
  };
}

/**
 * `results` at decreasing levels of detail, tried in order until the outputs fit.
 * Per-job outputs go first: they are also published one by one as job-<i>-<key>.
 */
const RESULTS_LEVELS: { detail: string; entry: (job: JobResult) => object }[] = [
  { detail: 'full', entry: jobView },
  {
    detail: 'without per-job outputs',
    entry: (job) => {
      const { outputs: _outputs, ...rest } = jobView(job);
      return rest;
    },
  },
  {
    detail: 'without per-job outputs and matrix values',
    entry: (job) => {
      const { outputs: _outputs, matrix: _matrix, ...rest } = jobView(job);
      return rest;
    },
  },
  {
    detail: 'with only index, id, name and status per job',
    entry: (job) => ({ index: job.index, id: job.id, name: job.name, status: job.status }),
  },
];

/**
 * A name the runner's file-command parser reads back as written: it splits
 * `name=value` at the first `=` and `name<<DELIMITER` at `<<`, line by line.
 */
function isPublishableName(name: string): boolean {
  return name !== '' && !/[\r\n=]/.test(name) && !name.includes('<<');
}

function outputSize(name: string, value: string): number {
  return bytes(name) + bytes(value) + OUTPUT_FRAMING_BYTES;
}

/**
 * The step outputs of a sweep. They must fit GitHub's 1 MB per job: when they do
 * not, `results` loses detail, then job-<i>-<key> values go (largest first), then
 * `results` is emptied; each step adds a warning that points to the results file.
 * Counts, per-job status, `best` and `best-index` are always kept.
 */
export function buildOutputs(
  doc: ResultsDocument,
  paths: { resultsFile: string; logDir: string },
  limitBytes: number = OUTPUT_LIMIT_BYTES,
): { outputs: Record<string, string>; warnings: string[] } {
  const jobs = inMatrixOrder(doc.jobs);
  const counts = tally(jobs);
  const best = bestJobOf(doc);
  const warnings: string[] = [];
  const limitText = formatBytes(limitBytes, 1000);

  const fixed: [string, string][] = [
    [Outputs.total, String(counts.total)],
    [Outputs.succeeded, String(counts.success)],
    [Outputs.failed, String(counts.failure + counts.timeout + counts.cancelled)],
    [Outputs.timedOut, String(counts.timeout)],
    [Outputs.cancelled, String(counts.cancelled)],
    [Outputs.skipped, String(counts.skipped)],
    [Outputs.reused, String(counts.reused)],
    [Outputs.resultsFile, paths.resultsFile],
    [Outputs.logDir, paths.logDir],
  ];
  if (best !== undefined) {
    fixed.push([Outputs.best, JSON.stringify(jobView(best))]);
    fixed.push([Outputs.bestIndex, String(best.index)]);
  }
  const statusOutputs: [string, string][] = jobs.map((job) => [
    `job-${job.index}-status`,
    job.status,
  ]);

  const jobValues: { name: string; value: string; size: number; job: number }[] = [];
  const unpublishable: string[] = [];
  for (const job of jobs) {
    for (const [key, value] of Object.entries(job.outputs)) {
      const name = `job-${job.index}-${key}`;
      // job-<i>-status is the job's status; an output named `status` must not replace it.
      if (key === 'status' || !isPublishableName(key)) {
        unpublishable.push(`job ${job.index} '${key.replace(CONTROL_CHARS, ' ')}'`);
        continue;
      }
      jobValues.push({ name, value, size: outputSize(name, value), job: job.index });
    }
  }
  if (unpublishable.length > 0) {
    warnings.push(
      `${plural(unpublishable.length, 'job output')} not published as job-<index>-<key> ` +
        `(${listSome(unpublishable)}): a key must not be 'status' or contain '=', '<<' or a ` +
        `line break. They are in ${paths.resultsFile}.`,
    );
  }

  const sizeOf = (entries: [string, string][]) =>
    entries.reduce((sum, [name, value]) => sum + outputSize(name, value), 0);
  const keptSize = sizeOf(fixed) + sizeOf(statusOutputs);
  let valuesSize = jobValues.reduce((sum, v) => sum + v.size, 0);

  // `results`: the most detail that fits next to everything else.
  let results = '';
  let level = 0;
  for (; level < RESULTS_LEVELS.length; level++) {
    results = JSON.stringify(jobs.map(RESULTS_LEVELS[level].entry));
    if (keptSize + valuesSize + outputSize(Outputs.results, results) <= limitBytes) break;
  }
  level = Math.min(level, RESULTS_LEVELS.length - 1);
  if (level > 0) {
    warnings.push(
      `Step outputs would exceed ${limitText}; 'results' was shortened — the full results are ` +
        `in ${paths.resultsFile}. It lists each job ${RESULTS_LEVELS[level].detail}.`,
    );
  }

  // Job values, largest first, until the rest fits.
  const dropped = new Set<string>();
  const resultsSize = () => outputSize(Outputs.results, results);
  if (keptSize + valuesSize + resultsSize() > limitBytes) {
    const bySize = [...jobValues].sort((a, b) => b.size - a.size || a.job - b.job);
    for (const value of bySize) {
      if (keptSize + valuesSize + resultsSize() <= limitBytes) break;
      dropped.add(value.name);
      valuesSize -= value.size;
    }
    warnings.push(
      `Step outputs would exceed ${limitText}; ${plural(dropped.size, 'job output')} ` +
        `(largest first: ${listSome([...dropped])}) ${dropped.size === 1 ? 'was' : 'were'} left ` +
        `out — the full results are in ${paths.resultsFile}.`,
    );
  }
  if (keptSize + valuesSize + resultsSize() > limitBytes) {
    results = '[]';
    warnings.push(
      `Step outputs would exceed ${limitText}; 'results' was left empty — the full results are ` +
        `in ${paths.resultsFile}.`,
    );
  }
  const total = keptSize + valuesSize + resultsSize();
  if (total > limitBytes) {
    warnings.push(
      `Step outputs are about ${formatBytes(total, 1000)} even without 'results' and job ` +
        `values: the counts, ${plural(jobs.length, 'job status', 'job statuses')} and best job ` +
        `alone exceed the ${limitText} limit, so GitHub may not keep them. The full results ` +
        `are in ${paths.resultsFile}.`,
    );
  }

  const outputs: Record<string, string> = { [Outputs.results]: results };
  for (const [name, value] of fixed) outputs[name] = value;
  // Each job's status, then its values: jobValues is in job order too.
  let next = 0;
  jobs.forEach((job, i) => {
    const [name, value] = statusOutputs[i];
    outputs[name] = value;
    for (; next < jobValues.length && jobValues[next].job === job.index; next++) {
      const v = jobValues[next];
      if (!dropped.has(v.name)) outputs[v.name] = v.value;
    }
  });
  return { outputs, warnings };
}

/** The first few items of a list, and how many more. */
function listSome(items: string[], shown = 5): string {
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}

// ---------------------------------------------------------------------------
// Summary markdown

const STATUS_EMOJI: Record<JobStatus, string> = {
  success: '✅',
  failure: '❌',
  timeout: '⏱️',
  cancelled: '🚫',
  skipped: '⏭️',
  reused: '♻️',
};

/** The words of the tally line, in the order shown. */
const TALLY_WORDS: [JobStatus, string][] = [
  ['success', 'succeeded'],
  ['failure', 'failed'],
  ['timeout', 'timed out'],
  ['cancelled', 'cancelled'],
  ['skipped', 'skipped'],
  ['reused', 'reused'],
];

/** Statuses whose duration was spent on this run's devices. */
function ranHere(job: JobResult): boolean {
  return job.status !== 'skipped' && job.status !== 'reused';
}

/** Distinct runners named by the jobs (merged results carry several). */
function runnersOf(jobs: JobResult[]): string[] {
  return [...new Set(jobs.flatMap((job) => (job.runner === undefined ? [] : [job.runner])))];
}

function renderHead(
  doc: ResultsDocument,
  jobs: JobResult[],
  best: JobResult | undefined,
  title: string,
): string[] {
  const lines: string[] = [`### ${escapeMarkdown(truncate(title, MAX_TITLE_CHARS))}`];
  const counts = tally(jobs);
  const parts = TALLY_WORDS.filter(([status]) => counts[status] > 0).map(
    ([status, word]) => `${STATUS_EMOJI[status]} ${counts[status]} ${word}`,
  );
  lines.push(parts.length > 0 ? parts.join(' · ') : 'No jobs.');

  const facts = [plural(jobs.length, 'job'), `wall time ${formatDuration(doc.wallSeconds)}`];
  const runners = runnersOf(jobs);
  // Merged results list each runner's devices once; a device is a (runner, device) pair then.
  const capacity =
    runners.length > 1
      ? new Set(jobs.flatMap((job) => job.devices.map((d) => `${job.runner}\u0000${d}`))).size
      : doc.devices.length;
  facts.push(
    runners.length > 1
      ? `${plural(capacity, 'device')} on ${plural(runners.length, 'runner')}`
      : plural(capacity, 'device'),
  );
  if (!doc.dryRun && capacity > 0 && doc.wallSeconds > 0) {
    // Every attempt held its devices, failed ones too.
    const busy = jobs
      .filter(ranHere)
      .flatMap((job) => spansOf(job))
      .reduce((sum, span) => sum + span.seconds * span.devices.length, 0);
    facts.push(`device utilisation ${Math.round((100 * busy) / (capacity * doc.wallSeconds))}%`);
  }
  facts.push(`order ${doc.order}`);
  if (doc.estimate) {
    facts.push(
      `predicted makespan ${formatDuration(doc.estimate.predictedSeconds)}, ` +
        `actual ${formatDuration(doc.estimate.actualSeconds)}`,
    );
  }
  lines.push(facts.join(' · '));

  if (doc.shard) {
    const shard = `Shard ${doc.shard.index}/${doc.shard.count}`;
    lines.push(
      jobs.length === 0
        ? `${shard} had no jobs to run.`
        : `${shard}: ${jobs.length} of ${plural(doc.matrixSize, 'matrix entry', 'matrix entries')}.`,
    );
  }
  if (doc.dryRun) {
    lines.push(`Dry run: ${plural(jobs.length, 'job')} planned, none run.`);
  }
  if (doc.cancelled) {
    const left = [
      counts.cancelled > 0 ? `${counts.cancelled} cancelled` : '',
      counts.skipped > 0 ? `${counts.skipped} not started` : '',
    ].filter(Boolean);
    lines.push(
      `Cancelled: the sweep was stopped before every job finished` +
        (left.length > 0 ? ` (${left.join(', ')}).` : '.'),
    );
  }
  if (best !== undefined && doc.objective) {
    const { key, direction } = doc.objective;
    const raw = Object.hasOwn(best.outputs, key) ? best.outputs[key].trim() : '';
    const value = escapeMarkdown(truncate(raw, MAX_CELL_CHARS));
    const entries = Object.entries(best.matrix);
    const shown = entries
      .slice(0, MAX_COLUMNS_PER_KIND)
      .map(
        ([k, v]) =>
          `${escapeMarkdown(truncate(k, MAX_CELL_CHARS))} = ` +
          `${escapeMarkdown(truncate(valueText(v), MAX_CELL_CHARS))}`,
      );
    if (entries.length > shown.length) shown.push('…');
    lines.push(
      `🏆 Best: job ${best.index} ${escapeMarkdown(truncate(best.name, MAX_CELL_CHARS))} — ` +
        `${escapeMarkdown(truncate(key, MAX_CELL_CHARS))} = ${value} ` +
        `(${direction === 'max' ? 'highest' : 'lowest'})` +
        (shown.length > 0 ? ` · ${shown.join(', ')}` : ''),
    );
  }
  return lines;
}

/** Keys in first-seen order over all jobs, at most MAX_COLUMNS_PER_KIND of them. */
function columnKeys(records: object[]): { keys: string[]; total: number } {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return { keys: [...keys].slice(0, MAX_COLUMNS_PER_KIND), total: keys.size };
}

function cell(text: string): string {
  return escapeMarkdown(truncate(text, MAX_CELL_CHARS));
}

/** A job's status with a short why for failures: `failure (exit 2)`, `failure (SIGKILL)`. */
export function statusText(job: JobResult): string {
  if (job.status !== 'failure') return job.status;
  if (job.signal !== null) return `failure (${job.signal})`;
  if (job.exitCode !== null) return `failure (exit ${job.exitCode})`;
  return job.error !== undefined ? 'failure (did not start)' : 'failure';
}

function statusCell(job: JobResult): string {
  return `${STATUS_EMOJI[job.status]} ${escapeMarkdown(statusText(job))}`;
}

function renderTable(
  jobs: JobResult[],
  best: JobResult | undefined,
): { header: string[]; rows: string[]; notes: string[] } {
  const matrixKeys = columnKeys(jobs.map((job) => job.matrix));
  const outputKeys = columnKeys(jobs.map((job) => job.outputs));
  const withRunner = runnersOf(jobs).length > 1;

  const heads = [
    '#',
    'name',
    ...matrixKeys.keys.map(cell),
    'devices',
    ...(withRunner ? ['runner'] : []),
    'status',
    'duration',
    'attempts',
    ...outputKeys.keys.map(cell),
  ];
  const align = heads.map((_, i) => (i === 0 ? '--:' : '---'));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

  const rows = jobs.map((job) => {
    const own = (record: Record<string, MatrixValue>, key: string) =>
      Object.hasOwn(record, key) ? cell(valueText(record[key])) : '';
    return row([
      job.index === best?.index ? `${job.index} 🏆` : String(job.index),
      cell(job.name),
      ...matrixKeys.keys.map((key) => own(job.matrix, key)),
      job.devices.length > 0 ? cell(job.devices.join(', ')) : '—',
      ...(withRunner ? [cell(job.runner ?? '')] : []),
      statusCell(job),
      job.durationSeconds === null ? '—' : formatDuration(job.durationSeconds),
      String(job.attempts),
      ...outputKeys.keys.map((key) => own(job.outputs, key)),
    ]);
  });

  const notes: string[] = [];
  for (const [columns, what] of [
    [matrixKeys, 'matrix keys'],
    [outputKeys, 'output keys'],
  ] as const) {
    if (columns.total > columns.keys.length) {
      notes.push(
        `_Showing ${columns.keys.length} of ${columns.total} ${what}; ` +
          'the rest are in the results file._',
      );
    }
  }
  return { header: [row(heads), row(align)], rows, notes };
}

function axisFormat(spanMs: number): string {
  if (spanMs < 3_600_000) return '%H:%M:%S';
  if (spanMs < 86_400_000) return '%H:%M';
  return '%d %b %H:%M';
}

/** Mermaid task tags by status: green for done, red for failures, blue for cancelled. */
function taskTag(status: JobStatus): string {
  if (status === 'failure' || status === 'timeout') return 'crit';
  if (status === 'cancelled') return 'active';
  return 'done';
}

/**
 * A mermaid gantt chart with one section per device and one task per job that ran
 * here (its last attempt: that is the one a JobResult records). Task names start
 * with the job index, which also keeps them clear of gantt keywords such as
 * `section` or `click`.
 */
/** One attempt of a job on the timeline. */
interface Span {
  attempt: number;
  devices: string[];
  status: JobStatus;
  startedAt: string;
  finishedAt: string;
  seconds: number;
}

/** Every attempt of a job that ran: earlier ones, then the last (the job's own fields). */
function spansOf(job: JobResult): Span[] {
  const spans: Span[] = (job.earlierAttempts ?? []).map((a, i) => ({
    attempt: i + 1,
    devices: a.devices,
    status: a.status,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    seconds: a.durationSeconds,
  }));
  if (job.startedAt !== null && job.finishedAt !== null)
    spans.push({
      attempt: job.attempts,
      devices: job.devices,
      status: job.status,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      seconds: job.durationSeconds ?? 0,
    });
  return spans;
}

function renderTimeline(
  doc: ResultsDocument,
  jobs: JobResult[],
): { block?: string; note?: string } {
  const ran = jobs.flatMap((job) => {
    if (!ranHere(job)) return [];
    return spansOf(job).flatMap((span) => {
      const start = Date.parse(span.startedAt);
      const end = Date.parse(span.finishedAt);
      if (!Number.isFinite(start) || !Number.isFinite(end)) return [];
      return [{ job, span, start, end: Math.max(start, end) }];
    });
  });
  if (ran.length === 0) return {};
  if (ran.length > MAX_TIMELINE_JOBS) {
    return {
      note: `_Timeline not drawn: ${ran.length} jobs ran, more than ${MAX_TIMELINE_JOBS}._`,
    };
  }

  const severalRunners = runnersOf(jobs).length > 1;
  const laneName = (runner: string | undefined, device: string) => {
    const name = /^\d+$/.test(device) ? `device ${device}` : mermaidText(device, 40) || 'device';
    return severalRunners ? `${mermaidText(runner ?? doc.runner, 40) || 'runner'} · ${name}` : name;
  };
  const lanes = new Map<string, string[]>();
  if (!severalRunners) for (const device of doc.devices) lanes.set(laneName(undefined, device), []);
  for (const { job, span, start, end } of ran) {
    let label = `${job.index} ${mermaidText(job.name, MAX_TASK_NAME_CHARS)}`.trim();
    if (job.attempts > 1) label += ` (attempt ${span.attempt})`;
    const task = `    ${label} :${taskTag(span.status)}, ${start}, ${end}`;
    const devices = span.devices.length > 0 ? span.devices : ['none'];
    for (const device of devices) {
      const lane = laneName(job.runner, device);
      lanes.set(lane, [...(lanes.get(lane) ?? []), task]);
    }
  }

  const first = Math.min(...ran.map((r) => r.start));
  const last = Math.max(...ran.map((r) => r.end));
  const body = ['gantt', '    dateFormat x', `    axisFormat ${axisFormat(last - first)}`];
  for (const [lane, tasks] of lanes) {
    if (tasks.length === 0) continue;
    body.push(`    section ${lane}`, ...tasks);
  }
  const source = body.join('\n');
  if (source.length > MAX_MERMAID_CHARS) {
    return { note: '_Timeline not drawn: the chart would be too large for mermaid._' };
  }
  return { block: ['```mermaid', source, '```'].join('\n') };
}

/** Why a job ended, for the heading of its log tail. */
/** Why an attempt ended, in words: `exit 1`, `timed out`, `killed by SIGKILL`, or why it could not start. */
export function endReason(r: {
  status: string;
  exitCode: number | null;
  signal: string | null;
  error?: string;
}): string {
  if (r.status === 'timeout') return 'timed out';
  if (r.status === 'cancelled') return 'cancelled';
  if (r.error) return truncate(r.error.replace(CONTROL_CHARS, ' '), 120);
  if (r.signal) return `killed by ${r.signal}`;
  return r.exitCode !== null ? `exit ${r.exitCode}` : 'failed';
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function renderTail(job: JobResult): string {
  const content = (job.logTail ?? []).map(cleanLogLine).join('\n');
  const fence = fenceFor(content);
  const attempts = job.attempts > 1 ? `, attempt ${job.attempts}` : '';
  const summary = escapeHtmlInline(
    `${STATUS_EMOJI[job.status]} ${truncate(job.name, MAX_CELL_CHARS)} — ${endReason(job)}${attempts}`,
  );
  return details(summary, `${fence}\n${content}\n${fence}`);
}

function renderJobSummary(job: JobResult): string {
  const summary = escapeHtmlInline(`📝 ${truncate(job.name, MAX_CELL_CHARS)}`);
  return details(summary, jobSummaryMarkdown(job.summary ?? ''));
}

/**
 * The job summary of a sweep, as GitHub-flavoured markdown: title and tally, best
 * job, a table of all jobs, a timeline per device, the log tails of failed jobs and
 * each job's own summary. It stays under `maxBytes` (UTF-8) by leaving out whole
 * parts, least useful first: job summaries, log tails, the timeline, then table rows
 * from the end; each omission is noted.
 */
export function renderSummary(
  doc: ResultsDocument,
  opts: { maxBytes?: number; title?: string } = {},
): string {
  const maxBytes = opts.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const jobs = inMatrixOrder(doc.jobs);
  const best = bestJobOf(doc);
  const head = renderHead(doc, jobs, best, opts.title ?? 'gpu-sweep');
  const table = jobs.length > 0 ? renderTable(jobs, best) : { header: [], rows: [], notes: [] };
  const timeline = renderTimeline(doc, jobs);
  const failed = jobs.filter(
    (job) =>
      (job.status === 'failure' || job.status === 'timeout' || job.status === 'cancelled') &&
      (job.logTail?.length ?? 0) > 0,
  );
  const withSummary = jobs.filter((job) => (job.summary ?? '').trim() !== '');

  // Choose what fits, most important first; blocks are joined by a blank line. A kind
  // of part is shown only while every more important kind is shown whole, so job
  // summaries are left out before any log tail is, log tails before the timeline, and
  // the timeline before any table row. Within one kind, a block too large for the room
  // left is skipped and smaller ones after it may still fit.
  const blockCost = (block: string) => bytes(block) + 2;
  let left = maxBytes - NOTE_RESERVE_BYTES - head.reduce((sum, line) => sum + blockCost(line), 0);
  const tableFixed = [...table.header, ...table.notes].reduce((sum, l) => sum + bytes(l) + 1, 2);
  if (table.header.length > 0 && left < tableFixed) return fitLines(head, maxBytes);
  left -= tableFixed;
  let rowCount = 0;
  for (const row of table.rows) {
    if (bytes(row) + 1 > left) break;
    left -= bytes(row) + 1;
    rowCount += 1;
  }
  let whole = rowCount === table.rows.length;
  const fill = (blocks: Iterable<string>): string[] => {
    const kept: string[] = [];
    if (!whole) return kept;
    for (const block of blocks) {
      if (blockCost(block) > left) {
        whole = false;
        continue;
      }
      left -= blockCost(block);
      kept.push(block);
    }
    return kept;
  };
  const showTimeline = fill(timeline.block === undefined ? [] : [timeline.block]).length > 0;
  const tails = fill(failed.map(renderTail));
  // Rendered lazily: with thousands of jobs most summaries never get the room.
  const summaries = fill(
    (function* () {
      for (const job of withSummary) yield renderJobSummary(job);
    })(),
  );
  const allRows = rowCount === table.rows.length;

  const limitText = formatBytes(maxBytes, 1024);
  const blocks = [...head];
  if (table.header.length > 0) {
    const lines = [...table.header, ...table.rows.slice(0, rowCount)];
    blocks.push(lines.join('\n'));
    const notes = [...table.notes];
    if (!allRows) {
      notes.push(
        `_${plural(table.rows.length - rowCount, 'more job')} not shown to stay under the ` +
          `${limitText} summary limit; see the results file._`,
      );
    }
    if (notes.length > 0) blocks.push(notes.join('\n'));
  }
  if (showTimeline && timeline.block !== undefined) blocks.push(timeline.block);
  else if (timeline.note !== undefined) blocks.push(timeline.note);
  else if (timeline.block !== undefined) {
    blocks.push(`_Timeline left out to stay under the ${limitText} summary limit._`);
  }
  blocks.push(...tails);
  if (tails.length < failed.length) {
    blocks.push(
      `_Log tails of ${plural(failed.length - tails.length, 'job')} left out to stay under the ` +
        `${limitText} summary limit; see the job logs._`,
    );
  }
  blocks.push(...summaries);
  if (summaries.length < withSummary.length) {
    blocks.push(
      `_Summaries of ${plural(withSummary.length - summaries.length, 'job')} left out to stay ` +
        `under the ${limitText} summary limit; see the results file._`,
    );
  }
  const markdown = `${blocks.join('\n\n')}\n`;
  return bytes(markdown) <= maxBytes ? markdown : fitLines(head, maxBytes);
}

/** As many whole lines as fit: the last resort when even the table header does not. */
function fitLines(lines: string[], maxBytes: number): string {
  let text = '';
  for (const line of lines) {
    const next = `${text}${text === '' ? '' : '\n\n'}${line}`;
    if (bytes(next) + 1 > maxBytes) break;
    text = next;
  }
  return text === '' ? '' : `${text}\n`;
}
