// Edge: the gpu-sweep command. Argv and a config file become the same raw
// inputs the action reads, parseSettings turns them into Settings, and the one
// engine (runSweep) runs them; this file only decides where things are shown:
// a live view on a terminal, plain event lines elsewhere, the results file on
// disk. The one try/catch that turns an error into an exit status is in main().
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  overlay,
  parseArgs,
  parseConfig,
  helpText,
  UsageError,
  type SweepArgs,
} from './cli-args.js';
import { Inputs, VERSION, type RawInputs } from './constants.js';
import { eventLine, oneLine } from './eventlines.js';
import { mergeFiles } from './merge.js';
import { failureMessage } from './outcome.js';
import {
  applyEvent,
  bestLine,
  createProgressState,
  renderFinalTable,
  renderPlanTable,
  renderProgress,
  styleEventLine,
  type ProgressState,
} from './progress.js';
import { renderSummary } from './report.js';
import { killProcessGroup } from './runner.js';
import { ConfigError, parseSettings, type Settings } from './settings.js';
import { readResultsFile, runSweep, writeResultsFile, type SweepEvent } from './sweep.js';
import type { Job, ResultsDocument } from './types.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C. */
const EXIT_INTERRUPTED = 130;

/** Where runs put their logs and results unless told otherwise (relative to cwd). */
const OUT_DIR = 'gpu-sweep-out';

/**
 * The default output folder in the current directory. Built as a string, not
 * with path.resolve: ncc rewrites `resolve(cwd, 'literal')` into a path inside
 * dist/ at bundle time.
 */
function outDir(cwd: string): string {
  return `${cwd.replace(/\/+$/, '')}/${OUT_DIR}`;
}
const MERGED_RESULTS = `${OUT_DIR}/merged.json`;

/** Redraws of the live view: at most this often, and at least once a second for the clocks. */
const REDRAW_MS = 100;
const CLOCK_MS = 1000;

const ESC = '\u001b[';

/**
 * Job output lines (live log mode) are batched into one write per turn of the
 * event loop, or per 64 KiB: a write per line would cap a chatty job at a few
 * MB/s. Anything else written flushes them first, so the order holds.
 */
let lineBatch = '';
let batchScheduled = false;
function flushLines(): void {
  if (lineBatch) process.stdout.write(lineBatch);
  lineBatch = '';
}
function writeLine(text: string): void {
  lineBatch += `${text}\n`;
  if (lineBatch.length >= 64 * 1024) flushLines();
  else if (!batchScheduled) {
    batchScheduled = true;
    setImmediate(() => {
      batchScheduled = false;
      flushLines();
    });
  }
}

function write(text: string): void {
  flushLines();
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function writeErr(text: string): void {
  flushLines();
  process.stderr.write(`gpu-sweep: ${oneLine(text, 4000)}\n`);
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
function colorAllowed(): boolean {
  return !process.env.NO_COLOR;
}

/**
 * The live view is drawn on stdout, and only when stdout is a terminal: piped
 * or redirected output gets plain lines, so `gpu-sweep run | tee log` and CI
 * logs hold no escape codes.
 */
function isTerminal(): boolean {
  return process.stdout.isTTY === true && process.env.TERM !== 'dumb';
}

// ── Settings from argv ──────────────────────────────────────────────────────

function readConfig(file: string): RawInputs {
  let text: string;
  try {
    text = readFileSync(resolve(process.cwd(), file), 'utf8');
  } catch (e) {
    throw new UsageError(
      `Invalid config '${file}': the file could not be read (${(e as NodeJS.ErrnoException).code ?? e}).`,
    );
  }
  return parseConfig(text, file);
}

function sweepSettings(args: SweepArgs): Settings {
  const config = args.config === null ? {} : readConfig(args.config);
  const raw = overlay(config, args.raw, args.argv.length > 0);
  const cwd = process.cwd();
  return parseSettings(raw, {
    env: process.env,
    cwd,
    outDir: outDir(cwd),
    command: args.argv.length > 0 ? args.argv : undefined,
  });
}

// ── The live view ───────────────────────────────────────────────────────────

/**
 * Draws renderProgress's lines at the bottom of the terminal and redraws them in
 * place: cursor up over the old view, clear each line as it is rewritten, clear
 * what is left below. Lines that should stay (a job finished) are written above
 * the view as part of the same redraw, so they scroll up with the terminal.
 */
class LiveView {
  private height = 0;
  private lastDraw = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly state: ProgressState,
    private readonly color: boolean,
  ) {}

  start(): void {
    process.stdout.write(`${ESC}?25l`);
    // Unref'ed: the clock must never keep a finished CLI alive.
    this.timer = setInterval(() => this.tick(), REDRAW_MS);
    this.timer.unref();
    this.draw([]);
  }

  onEvent(e: SweepEvent): void {
    const now = Date.now();
    applyEvent(this.state, e, now);
    if (e.type === 'line') {
      this.dirty = true;
      return;
    }
    const line = e.type === 'start' || e.type === 'waiting' ? null : eventLine(e);
    this.draw(line === null ? [] : [styleEventLine(line, e, this.color)]);
  }

  /** Write around the view (to stderr, say) without tearing it. */
  interrupt(fn: () => void): void {
    this.erase();
    fn();
    this.draw([]);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.erase();
    process.stdout.write(`${ESC}?25h`);
  }

  private tick(): void {
    if (this.dirty || Date.now() - this.lastDraw >= CLOCK_MS) this.draw([]);
  }

  private erase(): void {
    if (this.height > 0) process.stdout.write(`\r${ESC}${this.height}A${ESC}J`);
    this.height = 0;
  }

  private draw(above: string[]): void {
    if (this.timer === null) return;
    const now = Date.now();
    const block = renderProgress(this.state, {
      width: process.stdout.columns || 80,
      color: this.color,
      now,
    });
    let text = this.height > 0 ? `\r${ESC}${this.height}A` : '';
    for (const line of [...above, ...block]) text += `${ESC}2K${line}\n`;
    text += `${ESC}J`;
    // One write per frame: the terminal never shows half a redraw.
    process.stdout.write(text);
    this.height = block.length;
    this.lastDraw = now;
    this.dirty = false;
  }
}

// ── Commands ────────────────────────────────────────────────────────────────

async function runCommand(args: SweepArgs): Promise<number> {
  const settings = sweepSettings(args);
  const live = args.progress && isTerminal();
  const color = live && colorAllowed();
  const view = live
    ? new LiveView(
        createProgressState({
          now: Date.now(),
          devicesPerJob: settings.devicesPerJob,
          maxParallel: settings.maxParallel,
        }),
        color,
      )
    : null;

  // Ctrl-C (or SIGTERM) once: cancel like the action does (SIGTERM to the jobs,
  // SIGKILL after the capped grace), then write the results. Twice: the user is
  // done waiting, so SIGKILL every live job group and leave at once.
  const controller = new AbortController();
  let groups: number[] = [];
  let signals = 0;
  const onSignal = () => {
    signals += 1;
    if (signals === 1) {
      controller.abort();
      if (!view) write('Press Ctrl-C again to kill the running jobs at once.');
      return;
    }
    for (const pgid of groups) killProcessGroup(pgid, 'SIGKILL');
    view?.stop();
    writeErr(`killed ${groups.length} running job(s); no results file written.`);
    process.exit(EXIT_INTERRUPTED);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const onEvent = (e: SweepEvent) => {
    if (e.type === 'warning') {
      const warn = () => writeErr(`warning: ${e.message}`);
      if (view) view.interrupt(warn);
      else warn();
      return;
    }
    if (view) return view.onEvent(e);
    if (e.type === 'line') return writeLine(`[${e.job.index + 1}] ${e.line}`);
    const line = eventLine(e);
    if (line !== null) write(line);
  };

  let doc: ResultsDocument;
  try {
    view?.start();
    try {
      doc = await runSweep(settings, {
        env: process.env,
        signal: controller.signal,
        onEvent,
        wantLines: view !== null || settings.logMode === 'live',
        onProcessGroups: (pgids) => {
          groups = pgids;
        },
      });
    } finally {
      view?.stop();
    }
    writeResultsFile(settings.resultsFile, doc);
    if (view) for (const line of renderFinalTable(doc, { width: width(), color })) write(line);
    write(`Results: ${settings.resultsFile}`);
    if (!doc.dryRun) write(`Logs: ${settings.logDir}`);
    const best = bestLine(doc);
    if (best) write(best);
    const failure = failureMessage(doc, []);
    if (failure) writeErr(failure);
    if (signals > 0) return EXIT_INTERRUPTED;
    return failure ? EXIT_FAILED : EXIT_OK;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function width(): number {
  return (process.stdout.isTTY && process.stdout.columns) || 100;
}

/**
 * What `run` would run, without running it: the engine's own dry run, so the
 * plan can never disagree with a run (or with the action's dry run).
 */
async function planCommand(args: SweepArgs): Promise<number> {
  const settings: Settings = { ...sweepSettings(args), dryRun: true };
  const seen: { plan?: Extract<SweepEvent, { type: 'plan' }> } = {};
  const header: string[] = [];
  let deviceCount = 0;
  await runSweep(settings, {
    env: process.env,
    onEvent: (e) => {
      if (e.type === 'plan') seen.plan = e;
      else if (e.type === 'devices') {
        header.push(eventLine(e) ?? '');
        deviceCount = e.resolved.devices.length;
      } else if (e.type === 'warning') writeErr(`warning: ${e.message}`);
    },
  });
  if (!seen.plan) throw new Error('the engine made no plan');
  const { jobs: dispatch, total, order, reused } = seen.plan;
  const jobs: Job[] = [...dispatch].sort((a, b) => a.index - b.index);
  if (args.json) {
    const list = jobs.map(({ index, id, name, matrix }) => ({ index, id, name, matrix }));
    write(JSON.stringify(list, null, 2));
    return EXIT_OK;
  }
  const facts = [
    `${jobs.length} of ${total} jobs`,
    ...(settings.shard ? [`shard ${settings.shard.index}/${settings.shard.count}`] : []),
    `${settings.devicesPerJob} device(s) per job`,
    `${Math.min(Math.floor(deviceCount / settings.devicesPerJob), settings.maxParallel || Infinity)} at a time`,
    `order ${order}`,
    ...(reused ? [`${reused} reused from previous results`] : []),
  ];
  write(header.join('\n'));
  write(`Plan: ${facts.join(', ')}`);
  const color = isTerminal() && colorAllowed();
  if (jobs.length)
    for (const line of renderPlanTable(jobs, dispatch, { width: width(), color })) write(line);
  return EXIT_OK;
}

function summaryCommand(file: string): number {
  const doc = readResultsFile(resolve(process.cwd(), file), 'results file');
  process.stdout.write(renderSummary(doc));
  return EXIT_OK;
}

async function mergeCommand(files: string[], flags: RawInputs): Promise<number> {
  const cwd = process.cwd();
  const raw: RawInputs = {
    [Inputs.resultsFile]: MERGED_RESULTS,
    ...flags,
    [Inputs.merge]: files.join('\n'),
  };
  const settings = parseSettings(raw, { env: process.env, cwd, outDir: outDir(cwd) });
  const { doc, problems, files: read } = mergeFiles(files, cwd, settings.objective);
  for (const p of problems) writeErr(`warning: ${p}`);
  writeResultsFile(settings.resultsFile, doc);
  const color = isTerminal() && colorAllowed();
  write(`Merged ${read.length} results file(s).`);
  for (const line of renderFinalTable(doc, { width: width(), color })) write(line);
  write(`Results: ${settings.resultsFile}`);
  const best = bestLine(doc);
  if (best) write(best);
  const failure = failureMessage(doc, problems);
  if (failure) writeErr(failure);
  return failure ? EXIT_FAILED : EXIT_OK;
}

async function main(argv: string[]): Promise<number> {
  // A closed pipe (`gpu-sweep plan | head`) is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        process.stdout.write(helpText(args.topic));
        return EXIT_OK;
      case 'version':
        write(`gpu-sweep ${VERSION}`);
        return EXIT_OK;
      case 'run':
        return await runCommand(args);
      case 'plan':
        return await planCommand(args);
      case 'summary':
        return summaryCommand(args.file);
      case 'merge':
        return await mergeCommand(args.files, args.raw);
    }
  } catch (error) {
    // Usage and configuration errors are one line naming the option; nothing ran.
    if (error instanceof UsageError || error instanceof ConfigError) {
      writeErr(error.message);
      return EXIT_USAGE;
    }
    writeErr(`failed: ${(error as Error)?.message ?? error}`);
    return EXIT_FAILED;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
