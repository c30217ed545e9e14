// Edge: the GitHub Action. Reads inputs with @actions/core, runs the engine,
// publishes outputs, the results file and the job summary, and fails the step
// when a job did not succeed. The one try/catch that turns an error into
// setFailed lives in run().
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { INPUT_NAMES, type RawInputs } from './constants.js';
import { eventLine, oneLine } from './eventlines.js';
import { readLogTail } from './logs.js';
import { mergeFiles } from './merge.js';
import { cleanupProcessGroups } from './cleanup.js';
import { buildOutputs, renderSummary } from './report.js';
import { ConfigError, parseSettings, type Settings } from './settings.js';
import { runSweep, writeResultsFile, type SweepEvent } from './sweep.js';
import { failureMessage } from './outcome.js';
import type { ResultsDocument } from './types.js';

const STATE_IS_POST = 'isPost';
const STATE_GROUPS_FILE = 'processGroupsFile';

/** Most of a job's log printed into the Actions log; the log file keeps everything. */
const GROUPED_LOG_BYTES = 256 * 1024;

function readInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    // `run` and `env` keep their inner whitespace; trimming the ends is harmless.
    raw[name] = core.getInput(name);
  }
  return raw;
}

/** Most of a job's output streamed into the Actions log in live mode; the log file keeps everything. */
const LIVE_LOG_BYTES = 4 * 1024 * 1024;

/**
 * Writes to stdout in order. Plain lines go out at once (stdout is synchronous
 * for pipes and files on Linux), so a job printing millions of lines in live
 * mode costs no memory here; an async step (reading a job's log for its group)
 * holds later lines back until it is done, and prints nothing if it yields ''.
 */
function orderedWriter() {
  let busy: Promise<void> | null = null;
  const held: (string | (() => Promise<string>))[] = [];
  const out = (text: string) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const drain = async () => {
    while (held.length) {
      const item = held.shift()!;
      const text = typeof item === 'string' ? item : await item();
      if (text) out(text);
    }
    busy = null;
  };
  return {
    line(text: string) {
      if (busy) held.push(text);
      else out(text);
    },
    later(produce: () => Promise<string>) {
      held.push(produce);
      busy ??= drain();
    },
    flush: () => busy ?? Promise.resolve(),
  };
}

/** Prints engine events to the Actions log, in order, with grouped job logs. */
function actionLogger(settings: Settings) {
  const w = orderedWriter();
  const liveBytes = new Map<number, number>();
  const onEvent = (e: SweepEvent) => {
    if (e.type === 'line') {
      // Live mode: a prefix keeps a job's `::command::` text from being a workflow command.
      const used = liveBytes.get(e.job.index) ?? 0;
      if (used > LIVE_LOG_BYTES) return;
      liveBytes.set(e.job.index, used + e.line.length + 1);
      if (used + e.line.length + 1 > LIVE_LOG_BYTES)
        w.line(
          `[${e.job.index + 1}] … more output than ${LIVE_LOG_BYTES / 1048576} MiB; the rest is in the job's log file`,
        );
      else w.line(`[${e.job.index + 1}] ${e.line}`);
      return;
    }
    if (e.type === 'warning') {
      w.line(`::warning::${oneLine(e.message, 500)}`);
      return;
    }
    if (e.type === 'start') liveBytes.delete(e.job.index);
    const line = eventLine(e);
    if (line === null) return;
    w.line(line);
    if (e.type === 'end' && settings.logMode === 'grouped' && e.record.logFile) {
      const file = e.record.logFile;
      const title = `Log of ${oneLine(e.job.name)}${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}`;
      w.later(async () => {
        const { lines, omittedBytes } = await readLogTail(file, { maxBytes: GROUPED_LOG_BYTES });
        if (lines.length === 0 && omittedBytes === 0) return ''; // no output: no empty group
        // Between stop-commands and its token the runner treats job output as
        // plain text: a job cannot end our group, set outputs or add masks.
        const token = `gpu-sweep-${randomUUID()}`;
        let text = `::group::${title}\n::stop-commands::${token}\n`;
        if (omittedBytes > 0) text += `… ${omittedBytes} earlier bytes are in ${file}\n`;
        text += lines.join('\n') + (lines.length ? '\n' : '');
        return text + `::${token}::\n::endgroup::`;
      });
    }
  };
  return { onEvent, flush: w.flush };
}

/** Publish a results document: results file, step outputs, job summary. */
async function publish(doc: ResultsDocument, resultsFile: string, logDir: string): Promise<void> {
  writeResultsFile(resultsFile, doc);
  const { outputs, warnings } = buildOutputs(doc, { resultsFile, logDir });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  for (const w of warnings) core.warning(w);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderSummary(doc), true).write();
  }
  core.info(`Results: ${resultsFile}`);
}

async function runMain(): Promise<void> {
  core.saveState(STATE_IS_POST, 'true');
  const outDir = join(
    process.env.RUNNER_TEMP || tmpdir(),
    'gpu-sweep',
    (process.env.GITHUB_ACTION || 'sweep').replace(/[^\w.-]/g, '_'),
  );
  const settings = parseSettings(readInputs(), { env: process.env, cwd: process.cwd(), outDir });

  if (settings.merge) {
    const { doc, problems } = mergeFiles(settings.merge, process.cwd(), settings.objective);
    for (const p of problems) core.warning(p);
    await publish(doc, settings.resultsFile, settings.logDir);
    const failure = failureMessage(doc, problems);
    if (failure) core.setFailed(failure);
    return;
  }

  // Cancellation: the runner sends SIGINT, then SIGTERM 7.5 s later, then
  // SIGKILL; it never signals our children. So we stop them ourselves and
  // publish what we have before the SIGKILL comes.
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) core.info(`Received ${signal}.`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // Where the post step finds process groups to clean up if we are SIGKILLed.
  const groupsFile = join(outDir, 'process-groups.json');
  core.saveState(STATE_GROUPS_FILE, groupsFile);
  mkdirSync(dirname(groupsFile), { recursive: true });

  const logger = actionLogger(settings);
  try {
    const doc = await runSweep(settings, {
      env: process.env,
      signal: controller.signal,
      onEvent: logger.onEvent,
      wantLines: settings.logMode === 'live',
      runnerName: process.env.RUNNER_NAME,
      // Written synchronously, at every job start and end: the post step must
      // find every group even if node is SIGKILLed the moment after a spawn.
      // Rewriting an existing small file costs microseconds.
      onProcessGroups: (pgids, marker) =>
        writeFileSync(groupsFile, JSON.stringify({ marker, pgids })),
    });
    await logger.flush();
    await publish(doc, settings.resultsFile, settings.logDir);
    const failure = failureMessage(doc, []);
    if (failure) core.setFailed(failure);
  } finally {
    await logger.flush();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Post step: kill job process groups left behind if the main step was SIGKILLed. */
async function runPost(): Promise<void> {
  const file = core.getState(STATE_GROUPS_FILE);
  if (!file || !existsSync(file)) return;
  let state: { marker?: string; pgids?: number[] } = {};
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as typeof state;
  } catch {
    return;
  }
  if (!state.marker || !state.pgids?.length) return;
  const killed = await cleanupProcessGroups(state.pgids, state.marker);
  if (killed.length)
    core.info(`Stopped ${killed.length} job process group(s) left running: ${killed.join(', ')}`);
}

export async function run(): Promise<void> {
  try {
    if (core.getState(STATE_IS_POST) === 'true') await runPost();
    else await runMain();
  } catch (error) {
    // Configuration errors are one line, naming the input; nothing ran.
    const message =
      error instanceof ConfigError
        ? error.message
        : `gpu-sweep failed: ${(error as Error)?.message ?? error}`;
    core.setFailed(oneLine(message, 2000));
  }
}
