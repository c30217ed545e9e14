// What the gpu-sweep command shows on a terminal, as pure functions of plain
// data: the live view of a running sweep, the final table, the plan table. The
// edge (cli.ts) owns the terminal: it feeds events in, passes the clock and the
// width, and writes the lines these functions return.
//
// Every line returned fits the width it was given, colour codes not counted:
// a line that wrapped would throw off the cursor-up count that redraws the view.
import { eventLine, oneLine } from './eventlines.js';
import { bestJobOf, formatDuration, statusText } from './report.js';
import type { SweepEvent } from './sweep.js';
import type { Job, JobStatus, ResultsDocument } from './types.js';

// ── Text that fits a terminal ──────────────────────────────────────────────

export type Style = 'green' | 'red' | 'yellow' | 'cyan' | 'dim' | 'bold';

const SGR: Record<Style, string> = {
  green: '32',
  red: '31',
  yellow: '33',
  cyan: '36',
  dim: '2',
  bold: '1',
};

/** A piece of a line with one style. */
export interface Segment {
  text: string;
  style?: Style;
}

export interface RenderOptions {
  /** Terminal columns; every line is cut to fit. */
  width: number;
  /** Whether to add ANSI colour (never with NO_COLOR, never when piped). */
  color: boolean;
}

/** Columns a code point takes: 0 for combining marks, 2 for wide (CJK, emoji). */
function charWidth(cp: number): number {
  if (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  )
    return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Columns a string takes on a terminal (it must hold no control characters). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** Job-provided text as one printable line: no escape codes, no tabs, no newlines. */
function printable(text: string): string {
  return oneLine(text, 10_000);
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The first columns of `text` that fit `width`, with `…` when cut. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

function paint(text: string, style: Style | undefined, color: boolean): string {
  return color && style && text ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
}

/** Without trailing blanks: a padded last column must not leave spaces behind. */
function trimEnd(segments: Segment[]): Segment[] {
  const out = [...segments];
  while (out.length > 0) {
    const last = out[out.length - 1];
    const text = last.text.replace(/\s+$/, '');
    if (text) {
      out[out.length - 1] = { ...last, text };
      break;
    }
    out.pop();
  }
  return out;
}

/**
 * Segments cut to the width, then coloured. The last column is left empty: some
 * terminals wrap as soon as it is written.
 */
export function fitLine(segments: Segment[], opts: RenderOptions): string {
  let room = Math.max(1, opts.width - 1);
  let out = '';
  for (const seg of trimEnd(segments)) {
    if (room <= 0) break;
    const w = displayWidth(seg.text);
    const text = w <= room ? seg.text : cut(seg.text, room);
    room -= w <= room ? w : displayWidth(text);
    out += paint(text, seg.style, opts.color);
    if (w > displayWidth(text)) break;
  }
  return out;
}

/** A table: columns padded to their widest cell, each row cut to the width. */
function table(header: string[], rows: Segment[][], opts: RenderOptions): string[] {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]?.text ?? ''))),
  );
  const line = (cells: Segment[]) =>
    fitLine(
      cells.flatMap((c, i) => {
        const last = i === cells.length - 1;
        const text = last ? c.text : padEnd(c.text, widths[i]);
        return [{ text, style: c.style }, ...(last ? [] : [{ text: '  ' }])];
      }),
      opts,
    );
  return [
    line(header.map((h) => ({ text: h, style: 'bold' as const }))),
    ...rows.map((r) => line(r)),
  ];
}

// ── The live view ───────────────────────────────────────────────────────────

export interface RunningJob {
  index: number;
  name: string;
  devices: string[];
  attempt: number;
  /** Epoch milliseconds. */
  startedAt: number;
  /** Its latest output line ('' before the first). */
  lastLine: string;
}

/** What the live view shows, built from the engine's events by `applyEvent`. */
export interface ProgressState {
  /** Epoch milliseconds when the sweep began. */
  startedAt: number;
  /** Jobs this run runs (not those reused from previous results). */
  total: number;
  reused: number;
  /** Jobs that can run at once: devices ÷ devices-per-job, capped by max-parallel. */
  slots: number;
  devicesPerJob: number;
  maxParallel: number;
  /** Running jobs, in the order they started. */
  running: RunningJob[];
  /** Jobs finished for good, by how they ended. */
  succeeded: number;
  failed: number;
  cancelled: number;
  /** Seconds taken by every attempt that ran to its end (not cancelled ones). */
  durations: number[];
  /** A device we wait for (held by another process), as a line. */
  waiting: string | null;
  cancelling: boolean;
}

export function createProgressState(opts: {
  now: number;
  devicesPerJob: number;
  maxParallel: number;
}): ProgressState {
  return {
    startedAt: opts.now,
    total: 0,
    reused: 0,
    slots: 1,
    devicesPerJob: opts.devicesPerJob,
    maxParallel: opts.maxParallel,
    running: [],
    succeeded: 0,
    failed: 0,
    cancelled: 0,
    durations: [],
    waiting: null,
    cancelling: false,
  };
}

/** Fold one engine event into the state (in place); `now` is epoch milliseconds. */
export function applyEvent(state: ProgressState, e: SweepEvent, now: number): void {
  switch (e.type) {
    case 'devices': {
      const fit = Math.floor(e.resolved.devices.length / state.devicesPerJob);
      state.slots = Math.max(1, Math.min(fit, state.maxParallel || Infinity));
      break;
    }
    case 'plan':
      state.total = e.jobs.length;
      state.reused = e.reused;
      break;
    case 'start':
      state.waiting = null;
      state.running.push({
        index: e.job.index,
        name: e.job.name,
        devices: e.devices,
        attempt: e.attempt,
        startedAt: now,
        lastLine: '',
      });
      break;
    case 'line': {
      const job = state.running.find((r) => r.index === e.job.index);
      if (job && e.line.trim()) job.lastLine = e.line;
      break;
    }
    case 'end': {
      state.running = state.running.filter((r) => r.index !== e.job.index);
      if (e.record.status !== 'cancelled') state.durations.push(e.record.durationSeconds);
      if (!e.final) break;
      if (e.record.status === 'success') state.succeeded += 1;
      else if (e.record.status === 'cancelled') state.cancelled += 1;
      else state.failed += 1;
      break;
    }
    case 'waiting':
      state.waiting = eventLine(e);
      break;
    case 'cancelling':
      state.cancelling = true;
      break;
    default:
      break;
  }
}

/**
 * Seconds until the sweep is done, or null before any attempt has finished:
 * the average attempt's duration for each queued job, plus what a running job
 * has left of the average, spread over the slots.
 */
export function estimateSeconds(state: ProgressState, now: number): number | null {
  if (state.durations.length === 0) return null;
  const average = state.durations.reduce((a, b) => a + b, 0) / state.durations.length;
  const done = state.succeeded + state.failed + state.cancelled;
  const queued = Math.max(0, state.total - done - state.running.length);
  let work = queued * average;
  for (const job of state.running) work += Math.max(0, average - (now - job.startedAt) / 1000);
  return work / Math.max(1, state.slots);
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const MAX_NAME_COLUMNS = 32;

/**
 * The live view: a line per running job (spinner, devices, name, elapsed, its
 * latest output line), an optional waiting line, and a footer with the counts,
 * elapsed time and an ETA.
 */
export function renderProgress(
  state: ProgressState,
  opts: RenderOptions & { now: number },
): string[] {
  const lines: string[] = [];
  const frame = SPINNER[Math.floor(opts.now / 100) % SPINNER.length];
  const deviceText = (r: RunningJob) => printable(r.devices.join(','));
  const nameText = (r: RunningJob) =>
    cut(printable(r.name), MAX_NAME_COLUMNS) + (r.attempt > 1 ? ` (attempt ${r.attempt})` : '');
  const deviceWidth = Math.max(0, ...state.running.map((r) => displayWidth(deviceText(r))));
  const nameWidth = Math.max(0, ...state.running.map((r) => displayWidth(nameText(r))));
  for (const r of state.running) {
    const elapsed = formatDuration(Math.max(0, (opts.now - r.startedAt) / 1000));
    lines.push(
      fitLine(
        [
          { text: `${frame} `, style: 'cyan' },
          { text: `${padEnd(deviceText(r), deviceWidth)}  `, style: 'dim' },
          { text: `${padEnd(nameText(r), nameWidth)}  ` },
          { text: `${elapsed.padStart(7)}  `, style: 'dim' },
          { text: printable(r.lastLine) },
        ],
        opts,
      ),
    );
  }
  if (state.waiting) lines.push(fitLine([{ text: state.waiting, style: 'yellow' }], opts));

  const done = state.succeeded + state.failed + state.cancelled;
  const queued = Math.max(0, state.total - done - state.running.length);
  const footer: Segment[] = [
    { text: `${done}/${state.total} done`, style: 'bold' },
    { text: ` · ${state.running.length} running · ${queued} queued` },
  ];
  if (state.failed > 0)
    footer.push({ text: ' · ' }, { text: `${state.failed} failed`, style: 'red' });
  if (state.cancelled > 0)
    footer.push({ text: ' · ' }, { text: `${state.cancelled} cancelled`, style: 'yellow' });
  if (state.reused > 0) footer.push({ text: ` · ${state.reused} reused` });
  footer.push({
    text: ` · ${formatDuration(Math.max(0, (opts.now - state.startedAt) / 1000))}`,
    style: 'dim',
  });
  if (state.cancelling) {
    footer.push(
      { text: ' · ' },
      { text: 'cancelling (Ctrl-C again to kill now)', style: 'yellow' },
    );
  } else {
    const eta = estimateSeconds(state, opts.now);
    footer.push({ text: ` · ETA ${eta === null ? '—' : formatDuration(eta)}`, style: 'dim' });
  }
  lines.push(fitLine(footer, opts));
  return lines;
}

/** A plain event line with its leading mark coloured by how the job ended. */
export function styleEventLine(line: string, e: SweepEvent, color: boolean): string {
  if (!color || e.type !== 'end') return line;
  const style: Style =
    e.record.status === 'success' ? 'green' : e.record.status === 'cancelled' ? 'yellow' : 'red';
  const mark = [...line][0] ?? '';
  return paint(mark, style, true) + line.slice(mark.length);
}

// ── After the sweep ─────────────────────────────────────────────────────────

const STATUS_MARK: Record<JobStatus, { mark: string; style: Style }> = {
  success: { mark: '✓', style: 'green' },
  failure: { mark: '✗', style: 'red' },
  timeout: { mark: '✗', style: 'red' },
  cancelled: { mark: '⊘', style: 'yellow' },
  skipped: { mark: '-', style: 'dim' },
  reused: { mark: '↺', style: 'green' },
};

/** The table printed when a sweep ends: one row per job, in matrix order, the best marked ★. */
export function renderFinalTable(doc: ResultsDocument, opts: RenderOptions): string[] {
  const best = bestJobOf(doc);
  const rows = [...doc.jobs]
    .sort((a, b) => a.index - b.index)
    .map((job): Segment[] => {
      const { mark, style } = STATUS_MARK[job.status];
      const isBest = job === best;
      const outputs = Object.entries(job.outputs)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      return [
        { text: isBest ? '★' : ' ', style: 'yellow' },
        { text: String(job.index) },
        { text: cut(printable(job.name), MAX_NAME_COLUMNS), style: isBest ? 'bold' : undefined },
        { text: `${mark} ${statusText(job)}`, style },
        { text: job.durationSeconds === null ? '—' : formatDuration(job.durationSeconds) },
        { text: printable(outputs) },
      ];
    });
  return table(['', '#', 'name', 'status', 'duration', 'outputs'], rows, opts);
}

/** `Best: #3 lr=0.003 — accuracy = 0.93 (highest)`, or null without a best job. */
export function bestLine(doc: ResultsDocument): string | null {
  const best = bestJobOf(doc);
  if (!best || !doc.objective) return null;
  const { key, direction } = doc.objective;
  const value = Object.hasOwn(best.outputs, key) ? best.outputs[key].trim() : '';
  return printable(
    `Best: #${best.index} ${best.name} — ${key} = ${value} (${direction === 'max' ? 'highest' : 'lowest'})`,
  );
}

/**
 * The jobs a run would run, in matrix order; `start` is each job's place in the
 * dispatch order when that is not matrix order (longest-first).
 */
export function renderPlanTable(jobs: Job[], dispatch: Job[], opts: RenderOptions): string[] {
  const position = new Map(dispatch.map((job, i) => [job.index, i + 1]));
  const reordered = dispatch.some((job, i) => i > 0 && job.index < dispatch[i - 1].index);
  const header = ['#', 'id', 'name', ...(reordered ? ['start'] : [])];
  const rows = [...jobs]
    .sort((a, b) => a.index - b.index)
    .map((job): Segment[] => [
      { text: String(job.index) },
      { text: job.id, style: 'dim' },
      { text: printable(job.name) },
      ...(reordered ? [{ text: String(position.get(job.index) ?? '') }] : []),
    ]);
  return table(header, rows, opts);
}
