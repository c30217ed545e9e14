import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildOutputs,
  escapeMarkdown,
  findBest,
  formatDuration,
  jobView,
  renderSummary,
  tally,
} from '../src/report.js';
import type { JobResult, ResultsDocument } from '../src/types.js';

// ---------------------------------------------------------------------------
// Builders

const T0 = Date.parse('2024-05-01T10:00:00.000Z');

/** A successful job on device `index % 2`, started a minute after the previous one. */
function job(index: number, over: Partial<JobResult> = {}): JobResult {
  const start = T0 + index * 60_000;
  return {
    index,
    id: `id${index}`,
    name: `(${index})`,
    matrix: { lr: index / 10 },
    devices: [String(index % 2)],
    status: 'success',
    exitCode: 0,
    signal: null,
    attempts: 1,
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(start + 30_000).toISOString(),
    durationSeconds: 30,
    outputs: {},
    logFile: `/logs/${index}.log`,
    ...over,
  };
}

function doc(jobs: JobResult[], over: Partial<ResultsDocument> = {}): ResultsDocument {
  return {
    schema: 1,
    tool: { name: 'gpu-sweep', version: '1.0.0' },
    matrixFingerprint: '0123456789abcdef',
    matrixSize: jobs.length,
    devices: ['0', '1'],
    runner: 'runner-a',
    startedAt: new Date(T0).toISOString(),
    finishedAt: new Date(T0 + 600_000).toISOString(),
    wallSeconds: 600,
    order: 'fifo',
    cancelled: false,
    dryRun: false,
    jobs,
    ...over,
  };
}

const PATHS = { resultsFile: '/tmp/out/results.json', logDir: '/tmp/out/logs' };

// ---------------------------------------------------------------------------
// Reading markdown back

/** Count of `char` not escaped by a backslash (an odd run of backslashes before it). */
function unescapedCount(text: string, char: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== char) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) count++;
  }
  return count;
}

function tableLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|'));
}

/** Cells of a table row, split at unescaped pipes as GFM does. */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && i + 1 < row.length) {
      current += c + row[i + 1];
      i++;
    } else if (c === '|') {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.slice(1, -1);
}

function column(markdown: string, name: string): string[] {
  const [header, , ...rows] = tableLines(markdown);
  const at = cells(header).indexOf(name);
  expect(at, `column ${name}`).toBeGreaterThanOrEqual(0);
  return rows.map((row) => cells(row)[at]);
}

function mermaidBlock(markdown: string): string[] | undefined {
  const lines = markdown.split('\n');
  const start = lines.indexOf('```mermaid');
  if (start < 0) return undefined;
  const end = lines.indexOf('```', start + 1);
  return lines.slice(start + 1, end);
}

/** HTML tag names outside code fences (mermaid and log tails are code). */
function htmlTags(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, '');
  return new Set([...withoutCode.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

// ---------------------------------------------------------------------------

describe('tally', () => {
  it('counts each status and the total', () => {
    const statuses = ['success', 'success', 'failure', 'timeout', 'reused', 'skipped'] as const;
    const counts = tally(statuses.map((status, i) => job(i, { status })));
    expect(counts).toEqual({
      success: 2,
      failure: 1,
      timeout: 1,
      cancelled: 0,
      skipped: 1,
      reused: 1,
      total: 6,
    });
  });

  it('is all zeros for no jobs', () => {
    expect(tally([]).total).toBe(0);
    expect(tally([]).success).toBe(0);
  });
});

describe('findBest', () => {
  const withLoss = (index: number, loss: string, over: Partial<JobResult> = {}) =>
    job(index, { outputs: { loss }, ...over });

  it('picks the highest or the lowest value', () => {
    const jobs = [withLoss(0, '0.5'), withLoss(1, '0.2'), withLoss(2, '0.9')];
    expect(findBest(jobs, { direction: 'max', key: 'loss' })).toBe(2);
    expect(findBest(jobs, { direction: 'min', key: 'loss' })).toBe(1);
  });

  it('gives ties to the lowest index, whatever the order of the list', () => {
    const jobs = [withLoss(5, '1'), withLoss(3, '1.0'), withLoss(4, ' 1 ')];
    expect(findBest(jobs, { direction: 'max', key: 'loss' })).toBe(3);
    expect(findBest(jobs, { direction: 'min', key: 'loss' })).toBe(3);
  });

  it('ignores values that are blank, not numbers or not finite', () => {
    const jobs = [
      withLoss(0, ''),
      withLoss(1, '   '),
      withLoss(2, 'nan'),
      withLoss(3, 'Infinity'),
      withLoss(4, '12abc'),
      withLoss(5, ' 7 '),
      job(6, { outputs: { other: '100' } }),
    ];
    expect(findBest(jobs, { direction: 'max', key: 'loss' })).toBe(5);
    expect(findBest(jobs, { direction: 'min', key: 'loss' })).toBe(5);
  });

  it('ignores jobs that did not succeed, but counts reused ones', () => {
    const jobs = [
      withLoss(0, '100', { status: 'failure', exitCode: 1 }),
      withLoss(1, '200', { status: 'timeout' }),
      withLoss(2, '300', { status: 'cancelled' }),
      withLoss(3, '2'),
      withLoss(4, '5', { status: 'reused' }),
    ];
    expect(findBest(jobs, { direction: 'max', key: 'loss' })).toBe(4);
  });

  it('is undefined when no job has the output, or for inherited property names', () => {
    expect(findBest([job(0), job(1)], { direction: 'max', key: 'loss' })).toBeUndefined();
    expect(findBest([job(0)], { direction: 'max', key: 'constructor' })).toBeUndefined();
    expect(findBest([], { direction: 'min', key: 'loss' })).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [0.03, '<0.1s'],
    [0.05, '0.1s'],
    [0.4, '0.4s'],
    [5, '5s'],
    [9.96, '10s'],
    [12, '12s'],
    [12.4, '12s'],
    [59.6, '1m 00s'],
    [92, '1m 32s'],
    [3599.6, '1h 00m'],
    [2 * 3600 + 5 * 60 + 10, '2h 05m'],
    [30 * 3600, '30h 00m'],
    [-3, '0s'],
    [Number.NaN, '—'],
  ])('%s s -> %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('jobView', () => {
  it('keeps the public fields and leaves out summary, log tail and prediction', () => {
    const full = job(3, {
      status: 'failure',
      exitCode: 2,
      attempts: 2,
      previousExitCodes: [137],
      error: 'spawn ENOENT',
      summary: '# mine',
      logTail: ['boom'],
      predictedSeconds: 12,
    });
    const view = jobView(full);
    expect(Object.keys(view)).toEqual([
      'index',
      'id',
      'name',
      'matrix',
      'devices',
      'status',
      'exitCode',
      'signal',
      'attempts',
      'previousExitCodes',
      'startedAt',
      'finishedAt',
      'durationSeconds',
      'outputs',
      'logFile',
      'error',
    ]);
    expect(view.previousExitCodes).toEqual([137]);
    expect(view.error).toBe('spawn ENOENT');
    expect(Object.keys(jobView(job(0)))).not.toContain('error');
    expect(Object.keys(jobView(job(0)))).not.toContain('previousExitCodes');
  });
});

describe('buildOutputs', () => {
  const sample = () =>
    doc(
      [
        job(0, { outputs: { loss: '0.5', note: 'ok' } }),
        job(1, { status: 'failure', exitCode: 1, outputs: { loss: '0.1' }, logTail: ['x'] }),
        job(2, { outputs: { loss: '0.3' }, summary: 'hi' }),
        job(3, { status: 'timeout', exitCode: null, signal: 'SIGKILL' }),
        job(4, { status: 'skipped', attempts: 0, startedAt: null, finishedAt: null }),
        job(5, { status: 'reused', outputs: { loss: '0.2' } }),
        job(6, { status: 'cancelled', exitCode: null, signal: 'SIGTERM' }),
      ],
      { objective: { direction: 'min', key: 'loss' } },
    );

  it('publishes counts, paths, per-job status and values, and results in matrix order', () => {
    const d = sample();
    d.jobs.reverse();
    const { outputs, warnings } = buildOutputs(d, PATHS);
    expect(warnings).toEqual([]);
    expect(outputs.total).toBe('7');
    expect(outputs.succeeded).toBe('2');
    expect(outputs.failed).toBe('3');
    expect(outputs['timed-out']).toBe('1');
    expect(outputs.cancelled).toBe('1');
    expect(outputs.skipped).toBe('1');
    expect(outputs.reused).toBe('1');
    expect(outputs['results-file']).toBe(PATHS.resultsFile);
    expect(outputs['log-dir']).toBe(PATHS.logDir);
    expect(outputs['job-1-status']).toBe('failure');
    expect(outputs['job-4-status']).toBe('skipped');
    expect(outputs['job-0-loss']).toBe('0.5');
    expect(outputs['job-0-note']).toBe('ok');
    expect(outputs['job-5-loss']).toBe('0.2');
    expect(Object.keys(outputs).filter((k) => k.startsWith('job-'))).toHaveLength(7 + 5);

    const results = JSON.parse(outputs.results) as Record<string, unknown>[];
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(results[0]).toEqual(jobView(sample().jobs[0]));
    for (const entry of results) {
      expect(entry).not.toHaveProperty('summary');
      expect(entry).not.toHaveProperty('logTail');
    }
  });

  it('publishes the best job by the objective, only when there is one', () => {
    const { outputs } = buildOutputs(sample(), PATHS);
    // Job 1 has the lowest loss but failed; reused job 5 (0.2) beats job 2 (0.3).
    expect(outputs['best-index']).toBe('5');
    expect(JSON.parse(outputs.best)).toEqual(jobView(sample().jobs[5]));

    const noObjective = sample();
    delete noObjective.objective;
    expect(buildOutputs(noObjective, PATHS).outputs).not.toHaveProperty('best');

    const noNumbers = doc([job(0, { outputs: { loss: 'n/a' } })], {
      objective: { direction: 'max', key: 'loss' },
    });
    const { outputs: none } = buildOutputs(noNumbers, PATHS);
    expect(none).not.toHaveProperty('best');
    expect(none).not.toHaveProperty('best-index');
  });

  it('uses the recorded bestIndex when the document has one', () => {
    const d = sample();
    d.bestIndex = 2;
    expect(buildOutputs(d, PATHS).outputs['best-index']).toBe('2');
  });

  it('keeps job-<i>-status when a job writes an output named status, and warns', () => {
    const d = doc([job(0, { outputs: { status: 'great', 'a=b': '1', fine: 'yes' } })]);
    const { outputs, warnings } = buildOutputs(d, PATHS);
    expect(outputs['job-0-status']).toBe('success');
    expect(outputs['job-0-fine']).toBe('yes');
    expect(outputs).not.toHaveProperty('job-0-a=b');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("'status'");
    expect(warnings[0]).toContain("'a=b'");
  });

  /** Bytes of all outputs, name and value, as GitHub counts them (without our framing). */
  const outputBytes = (outputs: Record<string, string>) =>
    Object.entries(outputs).reduce((sum, [k, v]) => sum + utf8(k) + utf8(v), 0);

  it('fits under the limit by first leaving per-job outputs out of results', () => {
    const blob = 'x'.repeat(5000);
    const d = doc(Array.from({ length: 10 }, (_, i) => job(i, { outputs: { blob } })));
    const unlimited = buildOutputs(d, PATHS);
    expect(outputBytes(unlimited.outputs)).toBeGreaterThan(80_000);

    const { outputs, warnings } = buildOutputs(d, PATHS, 80_000);
    expect(outputBytes(outputs)).toBeLessThanOrEqual(80_000);
    const results = JSON.parse(outputs.results) as Record<string, unknown>[];
    expect(results).toHaveLength(10);
    expect(results[0]).not.toHaveProperty('outputs');
    expect(results[0].matrix).toEqual({ lr: 0 });
    for (let i = 0; i < 10; i++) expect(outputs[`job-${i}-blob`]).toBe(blob);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Step outputs would exceed 80 kB; 'results' was shortened — the full results are in \/tmp\/out\/results\.json/,
    );
  });

  it('then leaves matrix values out of results, then all but index, id, name and status', () => {
    const bigMatrix = doc(
      Array.from({ length: 10 }, (_, i) => job(i, { matrix: { big: 'm'.repeat(5000) } })),
    );
    const shorter = buildOutputs(bigMatrix, PATHS, 30_000);
    expect(outputBytes(shorter.outputs)).toBeLessThanOrEqual(30_000);
    const entries = JSON.parse(shorter.outputs.results) as Record<string, unknown>[];
    expect(entries[0]).not.toHaveProperty('matrix');
    expect(entries[0].logFile).toBe('/logs/0.log');
    expect(shorter.warnings.join('\n')).toContain("'results' was shortened");

    const bigErrors = doc(
      Array.from({ length: 10 }, (_, i) => job(i, { error: 'e'.repeat(5000), status: 'failure' })),
    );
    const { outputs, warnings } = buildOutputs(bigErrors, PATHS, 30_000);
    expect(outputBytes(outputs)).toBeLessThanOrEqual(30_000);
    const minimal = JSON.parse(outputs.results) as Record<string, unknown>[];
    expect(minimal.map((r) => Object.keys(r))).toEqual(
      Array.from({ length: 10 }, () => ['index', 'id', 'name', 'status']),
    );
    expect(minimal[4]).toEqual({ index: 4, id: 'id4', name: '(4)', status: 'failure' });
    expect(warnings.join('\n')).toContain('only index, id, name and status');
  });

  it('then leaves out job values, largest first, keeping counts, status and best', () => {
    const d = doc(
      [
        job(0, { outputs: { big: 'b'.repeat(20_000), loss: '1' } }),
        job(1, { outputs: { mid: 'm'.repeat(8_000), loss: '2' } }),
        job(2, { outputs: { small: 's'.repeat(100), loss: '3' } }),
      ],
      { objective: { direction: 'max', key: 'loss' } },
    );
    const { outputs, warnings } = buildOutputs(d, PATHS, 15_000);
    expect(outputBytes(outputs)).toBeLessThanOrEqual(15_000);
    expect(outputs).not.toHaveProperty('job-0-big');
    expect(outputs['job-1-mid']).toHaveLength(8_000);
    expect(outputs['job-2-small']).toHaveLength(100);
    expect(outputs['job-0-loss']).toBe('1');
    expect(outputs['best-index']).toBe('2');
    expect(outputs.total).toBe('3');
    expect(outputs['job-0-status']).toBe('success');
    expect(warnings.some((w) => w.includes('job-0-big') && w.includes(PATHS.resultsFile))).toBe(
      true,
    );
  });

  it('keeps counts and statuses even when they alone exceed the limit, and warns', () => {
    const jobs = Array.from({ length: 50 }, (_, i) => job(i, { outputs: { loss: String(i) } }));
    const d = doc(jobs, { objective: { direction: 'min', key: 'loss' } });
    const { outputs, warnings } = buildOutputs(d, PATHS, 3000);
    expect(outputs.results).toBe('[]');
    for (let i = 0; i < 50; i++) expect(outputs[`job-${i}-status`]).toBe('success');
    expect(outputs['best-index']).toBe('0');
    expect(outputs.succeeded).toBe('50');
    expect(outputs).not.toHaveProperty('job-3-loss');
    expect(warnings.some((w) => w.includes('alone exceed'))).toBe(true);
  });

  it('fits a big sweep under the default 1 MB', () => {
    const ckpt = 'c'.repeat(400);
    const jobs = Array.from({ length: 3000 }, (_, i) =>
      job(i, { outputs: { loss: String(1 / (i + 1)), ckpt: `${ckpt}${i}` } }),
    );
    const d = doc(jobs, { objective: { direction: 'min', key: 'loss' } });
    const { outputs, warnings } = buildOutputs(d, PATHS);
    expect(outputBytes(outputs)).toBeLessThanOrEqual(1_000_000);
    expect(outputs.total).toBe('3000');
    expect(outputs['best-index']).toBe('2999');
    expect(outputs['job-2999-status']).toBe('success');
    expect(warnings.length).toBeGreaterThan(0);
    // Largest first: every value left out is at least as large as every value kept.
    const ckpts = jobs.map((j) => `job-${j.index}-ckpt`);
    const kept = ckpts.filter((name) => name in outputs);
    const dropped = ckpts.filter((name) => !(name in outputs));
    expect(dropped.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    const size = (name: string) => jobs[Number(name.split('-')[1])].outputs.ckpt.length;
    expect(Math.min(...dropped.map(size))).toBeGreaterThanOrEqual(Math.max(...kept.map(size)));
    for (const j of jobs) expect(outputs[`job-${j.index}-loss`]).toBe(j.outputs.loss);
  });
});

describe('escapeMarkdown', () => {
  it('makes specials literal and keeps text on one line', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<script>&')).toBe('&lt;script&gt;&amp;');
    expect(escapeMarkdown('[x](http://evil)')).toBe('\\[x\\](http://evil)');
    expect(escapeMarkdown('$x$ (a, b)')).toBe('\\$x\\$ (a, b)');
    expect(escapeMarkdown('`*_~\\')).toBe('\\`\\*\\_\\~\\\\');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
  });

  it('never leaves an unescaped table or markup character (any input)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[<>\n\r]/);
        for (const c of ['|', '[', ']', '`', '*', '_']) expect(unescapedCount(escaped, c)).toBe(0);
        expect(cells(`| ${escaped} |`)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderSummary', () => {
  const sweep = () =>
    doc(
      [
        job(0, { matrix: { lr: 0.1, bs: 32 }, outputs: { loss: '0.5' } }),
        job(1, {
          matrix: { lr: 0.2, bs: 32 },
          outputs: { loss: '0.25', acc: '0.9' },
          durationSeconds: 92,
        }),
        job(2, {
          matrix: { lr: 0.3, bs: 64, opt: { name: 'adam' } },
          status: 'failure',
          exitCode: 3,
          logTail: ['step 1', 'Traceback', 'ValueError: nope'],
        }),
        job(3, { matrix: { lr: 0.4, bs: 64 }, status: 'timeout', exitCode: null }),
      ],
      { objective: { direction: 'min', key: 'loss' }, order: 'longest-first' },
    );

  it('has a title, tally, facts and the best job', () => {
    const md = renderSummary(sweep());
    expect(md.startsWith('### gpu-sweep\n')).toBe(true);
    expect(md).toContain('✅ 2 succeeded · ❌ 1 failed · ⏱️ 1 timed out\n');
    expect(md).not.toContain('skipped');
    expect(md).toContain('wall time 10m 00s');
    expect(md).toContain('2 devices');
    // (30 + 92 + 30 + 30) device-seconds over 2 devices × 600 s.
    expect(md).toContain('device utilisation 15%');
    expect(md).toContain('order longest-first');
    expect(md).toMatch(/🏆 Best: job 1 \(1\) — loss = 0\.25 \(lowest\) · lr = 0\.2, bs = 32/);
    expect(renderSummary(sweep(), { title: 'LR sweep' }).startsWith('### LR sweep\n')).toBe(true);
  });

  it('notes a predicted against an actual makespan', () => {
    const md = renderSummary(
      doc([job(0)], { estimate: { predictedSeconds: 60, actualSeconds: 75 } }),
    );
    expect(md).toContain('predicted makespan 1m 00s, actual 1m 15s');
  });

  it('has one table row per job with matrix and output columns in first-seen order', () => {
    const md = renderSummary(sweep());
    const [header, align, ...rows] = tableLines(md);
    expect(cells(header)).toEqual([
      '#',
      'name',
      'lr',
      'bs',
      'opt',
      'devices',
      'status',
      'duration',
      'attempts',
      'loss',
      'acc',
    ]);
    expect(cells(align)).toHaveLength(11);
    expect(rows).toHaveLength(4);
    expect(column(md, '#')).toEqual(['0', '1 🏆', '2', '3']);
    expect(column(md, 'opt')).toEqual(['', '', '{"name":"adam"}', '']);
    expect(column(md, 'acc')).toEqual(['', '0.9', '', '']);
    expect(column(md, 'status')).toEqual([
      '✅ success',
      '✅ success',
      '❌ failure (exit 3)',
      '⏱️ timeout',
    ]);
    expect(column(md, 'duration')).toEqual(['30s', '1m 32s', '30s', '30s']);
    expect(md).not.toContain('| runner |');
  });

  it('adds a runner column when jobs come from several runners', () => {
    const d = doc([job(0, { runner: 'gpu-a' }), job(1, { runner: 'gpu-b' })]);
    expect(column(renderSummary(d), 'runner')).toEqual(['gpu-a', 'gpu-b']);
    const lanes = mermaidBlock(renderSummary(d))!.filter((l) => l.includes('section'));
    expect(lanes).toEqual(['    section gpu-a · device 0', '    section gpu-b · device 1']);
  });

  it('cuts long cells to about 100 characters', () => {
    const md = renderSummary(doc([job(0, { outputs: { log: 'y'.repeat(5000) } })]));
    const [value] = column(md, 'log');
    expect(value).toBe(`${'y'.repeat(99)}…`);
  });

  it('escapes job-provided text so it adds no column, HTML or link', () => {
    const evil = 'a|b <script>alert(1)</script>\nnew `code` **bold** [x](http://evil) \\| end';
    const d = doc([
      job(0, {
        name: evil,
        matrix: { [evil]: evil, lr: 1 },
        devices: ['0|1<b>'],
        outputs: { [evil]: evil, loss: '1' },
      }),
      job(1, { matrix: { lr: [1, '|'] } }),
    ]);
    const md = renderSummary(d);
    const rows = tableLines(md);
    expect(rows).toHaveLength(4);
    const width = cells(rows[0]).length;
    for (const row of rows) {
      expect(cells(row)).toHaveLength(width);
      expect(unescapedCount(row, '|')).toBe(width + 1);
      expect(unescapedCount(row, '[')).toBe(0);
      expect(unescapedCount(row, '`')).toBe(0);
      expect(unescapedCount(row, '*')).toBe(0);
    }
    expect(htmlTags(md)).toEqual(new Set());
    expect(md).not.toContain('<script');
    expect(md).not.toMatch(/(?<!\\)\]\(http/);
    expect(md).toContain('&lt;script&gt;');
  });

  it('draws a timeline per device with sanitized task names', () => {
    const d = doc([
      job(0, { name: 'a:b;c#d%%e "q"\nclick x href `y`', status: 'failure', exitCode: 1 }),
      job(1, { name: 'section evil' }),
      job(2, { status: 'cancelled', exitCode: null, signal: 'SIGTERM' }),
      job(3, { status: 'skipped', startedAt: null, finishedAt: null, attempts: 0 }),
    ]);
    const lines = mermaidBlock(renderSummary(d))!;
    expect(lines.slice(0, 3)).toEqual(['gantt', '    dateFormat x', '    axisFormat %H:%M:%S']);
    const sections = lines.filter((l) => l.startsWith('    section '));
    expect(sections).toEqual(['    section device 0', '    section device 1']);
    const tasks = lines.slice(3).filter((l) => !l.startsWith('    section '));
    expect(tasks).toHaveLength(3);
    for (const task of tasks) {
      expect(task).toMatch(/^ {4}\d+ [^:;#%"`\n]* :(done|crit|active), \d+, \d+$/);
    }
    expect(tasks[0]).toMatch(/^ {4}0 a b c d e q click x href y :crit, /);
    expect(tasks[0]).toContain(`, ${T0}, ${T0 + 30_000}`);
    expect(tasks.some((t) => t.startsWith('    1 section evil :done'))).toBe(true);
    expect(tasks.some((t) => t.startsWith('    2 (2) :active'))).toBe(true);
  });

  it('leaves the timeline out when no job ran, and notes it past 500 jobs', () => {
    const skipped = doc([job(0, { status: 'skipped', startedAt: null, finishedAt: null })]);
    expect(mermaidBlock(renderSummary(skipped))).toBeUndefined();
    const many = doc(Array.from({ length: 501 }, (_, i) => job(i)));
    const md = renderSummary(many);
    expect(mermaidBlock(md)).toBeUndefined();
    expect(md).toContain('Timeline not drawn: 501 jobs ran, more than 500.');
  });

  it('shows failed log tails in a fence the log cannot close', () => {
    const tail = [
      'before',
      '```',
      'still code ````',
      '</details>',
      '\u001b[31mred\u001b[0m',
      'end',
    ];
    const d = doc([
      job(0, { name: 'bad </summary><b>', status: 'failure', exitCode: 1, logTail: tail }),
    ]);
    const md = renderSummary(d);
    const lines = md.split('\n');
    const open = lines.findIndex((l) => l.startsWith('<details><summary>❌'));
    expect(lines[open]).toBe(
      '<details><summary>❌ bad &lt;/summary&gt;&lt;b&gt; — exit 1</summary>',
    );
    const fence = lines[open + 2];
    expect(fence).toMatch(/^`{5,}$/);
    // CommonMark closes a backtick fence at the first line of at least as many backticks.
    const close = lines.findIndex(
      (l, i) => i > open + 2 && /^ {0,3}`+\s*$/.test(l) && l.trim().length >= fence.length,
    );
    expect(lines.slice(open + 3, close)).toEqual([
      'before',
      '```',
      'still code ````',
      '</details>',
      'red',
      'end',
    ]);
    expect(lines.slice(close + 1, close + 3)).toEqual(['', '</details>']);
  });

  it("keeps a job's own summary inside its details, with HTML escaped", () => {
    const summary =
      '## Mine\n\n| a | b |\n\n</details><img src=x onerror=alert(1)>\n```\nopen fence';
    const d = doc([job(0, { summary }), job(1, { summary: 'plain **markdown** & more' })]);
    const md = renderSummary(d);
    expect(htmlTags(md)).toEqual(new Set(['details', 'summary']));
    expect(md.match(/<details>/g)).toHaveLength(2);
    expect(md.match(/<\/details>/g)).toHaveLength(2);
    expect(md).toContain('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;');
    // A fence the job left open sits in a blockquote, which ends before our </details>.
    expect(md).toContain('> ## Mine\n>\n> | a | b |');
    expect(md).toContain('> ```\n> open fence\n\n</details>');
    expect(md).toContain('\n\nplain **markdown** &amp; more\n\n</details>');
  });

  it('notes dry runs, cancellation and shards', () => {
    const planned = Array.from({ length: 12 }, (_, i) =>
      job(i, { status: 'skipped', attempts: 0, startedAt: null, finishedAt: null }),
    );
    expect(renderSummary(doc(planned, { dryRun: true }))).toContain(
      'Dry run: 12 jobs planned, none run.',
    );

    const stopped = doc([job(0), job(1, { status: 'cancelled' }), job(2, { status: 'skipped' })], {
      cancelled: true,
    });
    expect(renderSummary(stopped)).toContain(
      'Cancelled: the sweep was stopped before every job finished (1 cancelled, 1 not started).',
    );

    const shard = doc([job(1), job(4)], { shard: { index: 2, count: 3 }, matrixSize: 9 });
    expect(renderSummary(shard)).toContain('Shard 2/3: 2 of 9 matrix entries.');
    const emptyShard = renderSummary(doc([], { shard: { index: 2, count: 3 }, matrixSize: 1 }));
    expect(emptyShard).toContain('Shard 2/3 had no jobs to run.');
    expect(emptyShard).toContain('No jobs.');
    expect(tableLines(emptyShard)).toEqual([]);
  });

  /** A sweep of `n` jobs where every tenth failed with a log, and all wrote big summaries. */
  const huge = (n: number) =>
    doc(
      Array.from({ length: n }, (_, i) =>
        job(i, {
          matrix: { lr: i / n, seed: i % 7 },
          outputs: { loss: String(i), note: `run ${i} | <ok>` },
          summary: `### Job ${i}\n\n${'text & more <b>\n'.repeat(250)}`,
          ...(i % 10 === 3 && {
            status: 'failure' as const,
            exitCode: 1,
            logTail: Array.from({ length: 50 }, (_, k) => `line ${k} ${'z'.repeat(80)}`),
          }),
        }),
      ),
    );

  /** Markup is whole: details open and close in pairs, and every fence is closed. */
  const expectWhole = (md: string) => {
    expect(md.match(/<details>/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
    const fences = md.split('\n').filter((l) => /^`{3,}/.test(l));
    expect(fences.length % 2).toBe(0);
    expect(md.endsWith('\n')).toBe(true);
  };

  it('stays under 1 MiB with 5,000 jobs and big summaries, keeping the whole table', () => {
    const md = renderSummary(huge(5000));
    expect(utf8(md)).toBeLessThanOrEqual(1_048_576);
    expect(tableLines(md)).toHaveLength(5002);
    expect(md).toContain('Timeline not drawn: 5000 jobs ran');
    expect(md).toMatch(/_Summaries of \d+ jobs left out to stay under the 1 MiB summary limit/);
    expectWhole(md);
  });

  it('drops summaries, then log tails, then the timeline, then rows as the limit shrinks', () => {
    const d = huge(300);
    const full = renderSummary(d, { maxBytes: 100_000_000 });
    const rowsOf = (md: string) => tableLines(md).length - 2;
    const tailsOf = (md: string) => md.match(/<summary>❌/g)?.length ?? 0;
    const summariesOf = (md: string) => md.match(/<summary>📝/g)?.length ?? 0;
    expect(rowsOf(full)).toBe(300);
    expect(tailsOf(full)).toBe(30);
    expect(summariesOf(full)).toBe(300);
    expect(mermaidBlock(full)).toBeDefined();

    let previous = { summaries: 300, tails: 30, timeline: true, rows: 300 };
    const limits = [1_000_000, 300_000, 150_000, 60_000, 40_000, 20_000, 8_000, 3_000];
    for (const maxBytes of limits) {
      const md = renderSummary(d, { maxBytes });
      expect(utf8(md), `maxBytes ${maxBytes}`).toBeLessThanOrEqual(maxBytes);
      expectWhole(md);
      const now = {
        summaries: summariesOf(md),
        tails: tailsOf(md),
        timeline: mermaidBlock(md) !== undefined,
        rows: rowsOf(md),
      };
      // Less room never brings anything back, and a part goes only when the lesser ones have.
      expect(now.summaries).toBeLessThanOrEqual(previous.summaries);
      expect(now.tails).toBeLessThanOrEqual(previous.tails);
      expect(now.rows).toBeLessThanOrEqual(previous.rows);
      if (now.tails < 30) expect(now.summaries).toBe(0);
      if (!now.timeline) expect(now.tails).toBe(0);
      if (now.rows < 300) {
        expect(now.timeline).toBe(false);
        expect(md).toContain(`_${300 - now.rows} more jobs not shown`);
        expect(md).toContain('see the results file');
      }
      previous = now;
    }
    expect(previous.rows).toBeLessThan(300);
    expect(previous.rows).toBeGreaterThan(0);
    // Each step of the way was taken by some limit above.
    const stages = limits.map((maxBytes) => renderSummary(d, { maxBytes }));
    expect(stages.some((md) => summariesOf(md) > 0 && summariesOf(md) < 300)).toBe(true);
    expect(stages.some((md) => tailsOf(md) > 0 && tailsOf(md) < 30)).toBe(true);
    expect(stages.some((md) => !mermaidBlock(md) && rowsOf(md) === 300)).toBe(true);
  });

  it('returns whole lines only when even the table header does not fit', () => {
    const md = renderSummary(huge(20), { maxBytes: 2100 });
    expect(utf8(md)).toBeLessThanOrEqual(2100);
    expect(md).toContain('✅ 18 succeeded · ❌ 2 failed\n');
    expect(md.startsWith('### gpu-sweep\n')).toBe(true);
    expect(tableLines(md)).toEqual([]);
  });
});
