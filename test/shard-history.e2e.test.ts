// History (order, resume) and sharding across runners, through the bundle.
import { mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorLines, runAction, tempDir, type ActionRun } from './helpers/harness.js';

interface PublishedJob {
  index: number;
  id: string;
  name: string;
  status: string;
  outputs: Record<string, string>;
  attempts: number;
  durationSeconds: number | null;
  runner?: string;
}
const results = (run: ActionRun) => JSON.parse(run.outputs.results) as PublishedJob[];
const startOrder = (stdout: string) =>
  [...stdout.matchAll(/▶ \[(\d+)\//g)].map((m) => Number(m[1]) - 1);

describe('order from history', () => {
  it('runs longest-first when previous results are given, and reports the estimate', async () => {
    const dir = tempDir();
    // Durations grow with the index: FIFO starts the longest job last.
    const inputs = {
      matrix: 's: [0.05, 0.1, 0.15, 0.2, 0.3, 0.4]',
      run: 'sleep {{ matrix.s }}',
      devices: 'a b',
      'lock-dir': '',
    };
    const first = await runAction(inputs, { dir });
    expect(first.code).toBe(0);
    expect(startOrder(first.stdout)).toEqual([0, 1, 2, 3, 4, 5]);
    const history = join(dir, 'history.json');
    copyFileSync(first.outputs['results-file'], history);
    const second = await runAction({ ...inputs, 'previous-results': history });
    expect(second.code).toBe(0);
    expect(startOrder(second.stdout)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(second.stdout).toContain('(order: longest-first)');
    expect(second.summary).toMatch(
      /order longest-first · predicted makespan [\d.]+s, actual [\d.]+s/,
    );
    const doc = JSON.parse(readFileSync(second.outputs['results-file'], 'utf8')) as {
      order: string;
      estimate: { predictedSeconds: number };
    };
    expect(doc.order).toBe('longest-first');
    expect(doc.estimate.predictedSeconds).toBeGreaterThan(0.5);
    // Results stay in matrix order whatever the run order.
    expect(results(second).map((j) => j.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // order: fifo overrides the default.
    const fifo = await runAction({ ...inputs, 'previous-results': history, order: 'fifo' });
    expect(startOrder(fifo.stdout)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('resumes: jobs that succeeded before are reused, the others run again', async () => {
    const dir = tempDir();
    const inputs = {
      matrix: 'i: [0, 1, 2, 3]',
      run: `echo "score=$((SWEEP_JOB_INDEX * 10))" >> "$GITHUB_OUTPUT"; [ -e "${dir}/fixed" ] || [ $SWEEP_JOB_INDEX != 2 ]`,
      devices: '0',
      'lock-dir': '',
    };
    const first = await runAction(inputs, { dir });
    expect(first.code).toBe(1);
    copyFileSync(first.outputs['results-file'], join(dir, 'prev.json'));
    mkdirSync(join(dir, 'fixed'));
    const second = await runAction({
      ...inputs,
      'previous-results': join(dir, 'prev.json'),
      resume: 'true',
      objective: 'max:score',
    });
    expect(second.code).toBe(0);
    expect(results(second).map((j) => j.status)).toEqual(['reused', 'reused', 'success', 'reused']);
    expect(results(second).map((j) => j.outputs.score)).toEqual(['0', '10', '20', '30']);
    expect(startOrder(second.stdout)).toEqual([2]);
    expect(second.outputs.reused).toBe('3');
    expect(second.outputs['best-index']).toBe('3');
    expect(second.summary).toContain('♻️ 3 reused');
  });
});

describe('shards and merge', () => {
  const matrix = 'lr: [0.1, 0.01, 0.001]\nbatch: [16, 32, 64]\ninclude:\n  - { lr: 0.5, batch: 8 }';
  const run =
    'echo "acc=$(awk "BEGIN { print $MATRIX_LR * $MATRIX_BATCH }")" >> "$GITHUB_OUTPUT"; [ "$MATRIX_BATCH" != 8 ]';
  const base = { matrix, run, devices: '0 1', objective: 'max:acc', 'lock-dir': '' };

  it('splits a sweep into disjoint shards that merge into what one runner would report', async () => {
    const dir = tempDir();
    const single = await runAction(base);
    const shardDir = join(dir, 'shards');
    const shards: ActionRun[] = [];
    for (const i of [1, 2, 3]) {
      const r = await runAction(
        { ...base, shard: `${i}/3`, 'results-file': join(shardDir, `shard-${i}`, 'results.json') },
        { env: { RUNNER_NAME: `gpu-box-${i}` } },
      );
      expect(r.code).toBe(i === 1 ? 1 : 0); // job 9 (the include) fails, and lands in shard 1
      shards.push(r);
    }
    const indexes = shards.flatMap((r) => results(r).map((j) => j.index));
    expect(indexes.sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
    expect(results(shards[1]).map((j) => j.index)).toEqual([1, 4, 7]);

    const merged = await runAction({
      merge: join(shardDir, '**', 'results.json'),
      objective: 'max:acc',
      'lock-dir': '',
    });
    expect(merged.code).toBe(1);
    expect(errorLines(merged.stdout)[0]).toContain('1 of 10 jobs did not succeed: (0.5, 8) exit 1');
    const strip = (jobs: PublishedJob[]) =>
      jobs.map(({ index, id, name, status, outputs, attempts }) => ({
        index,
        id,
        name,
        status,
        outputs,
        attempts,
      }));
    expect(strip(results(merged))).toEqual(strip(results(single)));
    for (const name of ['total', 'succeeded', 'failed', 'best-index', 'job-4-acc', 'job-9-status'])
      expect(merged.outputs[name], name).toBe(single.outputs[name]);
    expect(results(merged).map((j) => j.runner)).toEqual(
      results(merged).map((j) => `gpu-box-${(j.index % 3) + 1}`),
    );
    expect(merged.summary).toContain('| runner |');
    // The summary says what a single run's says: the tally, the best job, each job's row.
    const tallyLine = (md: string) => md.split('\n').find((l) => l.startsWith('✅'));
    const bestLine = (md: string) => md.split('\n').find((l) => l.startsWith('🏆'));
    expect(tallyLine(merged.summary)).toBe(tallyLine(single.summary));
    expect(bestLine(merged.summary)).toBe(bestLine(single.summary));
    for (const j of results(single)) {
      const cells = (md: string) =>
        md
          .split('\n')
          .find((l) => l.startsWith(`| ${j.index} `))!
          .split(' | ')
          .filter((c) => !/^(&lt;)?\d+(\.\d+)?s$|^[01]$|^gpu-box/.test(c)); // not duration, device, runner
      expect(cells(merged.summary)).toEqual(cells(single.summary));
    }
    expect(merged.summary).toContain('section gpu-box-2 · ');
  });

  it('a merge with a shard missing says which, fails, and still publishes what it has', async () => {
    const dir = tempDir();
    for (const i of [1, 3]) {
      await runAction({ ...base, shard: `${i}/3`, 'results-file': join(dir, `r${i}.json`) });
    }
    const merged = await runAction({ merge: join(dir, 'r*.json'), 'lock-dir': '' });
    expect(merged.code).toBe(1);
    expect(errorLines(merged.stdout)[0]).toMatch(/shard 2\/3 is missing/);
    expect(merged.stdout).toMatch(
      /::warning::.*3 of 10 jobs have no result|::warning::.*shard 2\/3 is missing/,
    );
    expect(results(merged)).toHaveLength(7);
    expect(merged.summary).toContain('gpu-sweep');
  });

  it('refuses to merge results of different matrices', async () => {
    const dir = tempDir();
    await runAction({ ...base, 'results-file': join(dir, 'a.json') });
    await runAction({
      ...base,
      matrix: 'lr: [1]\nbatch: [2]',
      'results-file': join(dir, 'b.json'),
    });
    const merged = await runAction({ merge: join(dir, '*.json'), 'lock-dir': '' });
    expect(merged.code).toBe(1);
    expect(errorLines(merged.stdout)[0]).toMatch(
      /^::error::Invalid merge: .*a\.json and .*b\.json come from different matrices/,
    );
  });

  it('a shard with nothing to do succeeds and says so', async () => {
    const r = await runAction({ ...base, matrix: 'x: [1]', run: 'true', shard: '2/2' });
    expect(r.code).toBe(0);
    expect(r.outputs.total).toBe('0');
    expect(r.summary).toContain('Shard 2/2 had no jobs to run');
  });
});
