// End to end through the committed bundle (dist/index.js), under this
// machine's Node and under Node 24, against an emulated runner.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { errorLines, fixture, runAction, tempDir } from './helpers/harness.js';

const node24 = inject('node24');
const runtimes: [string, string][] = [
  ['node ' + process.version, process.execPath],
  ['node 24', node24],
];

interface PublishedJob {
  index: number;
  id: string;
  name: string;
  status: string;
  devices: string[];
  outputs: Record<string, string>;
  attempts: number;
  exitCode: number | null;
  matrix: Record<string, unknown>;
  logFile: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

// Each job claims its device with an atomic mkdir and fails loudly if another
// job holds it: overlap is detected by the jobs themselves, not inferred.
const OVERLAP_JOB = `
set -eu
claim="$CLAIMS/dev-$CUDA_VISIBLE_DEVICES"
if ! mkdir "$claim" 2>/dev/null; then echo "OVERLAP on $CUDA_VISIBLE_DEVICES"; exit 99; fi
echo "$SWEEP_JOB_INDEX start $(date +%s%N)" >> "$CLAIMS/trace-$CUDA_VISIBLE_DEVICES"
sleep {{ matrix.sleep }}
echo "$SWEEP_JOB_INDEX end $(date +%s%N)" >> "$CLAIMS/trace-$CUDA_VISIBLE_DEVICES"
rmdir "$claim"
echo "accuracy=$MATRIX_SCORE" >> "$GITHUB_OUTPUT"
echo "device=$CUDA_VISIBLE_DEVICES" >> "$GITHUB_OUTPUT"
echo "### job $SWEEP_JOB_INDEX done" >> "$GITHUB_STEP_SUMMARY"
`;

describe.each(runtimes)('the bundled action under %s', (_label, node) => {
  it('runs 12 jobs of random length on 3 devices with no overlap, publishing outputs, best and summary', async () => {
    const dir = tempDir();
    const claims = join(dir, 'claims');
    mkdirSync(claims);
    const entries = Array.from({ length: 12 }, (_, i) => ({
      score: Math.round(Math.random() * 1000) / 1000,
      sleep: (Math.random() * 0.4).toFixed(2),
      n: i,
    }));
    const run = await runAction(
      {
        matrix: JSON.stringify(entries),
        run: OVERLAP_JOB,
        devices: 'a, b, c',
        objective: 'max:accuracy',
        'lock-dir': join(dir, 'locks'),
      },
      { node, dir, env: { CLAIMS: claims } },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputErrors).toEqual([]);
    const results = JSON.parse(run.outputs.results) as PublishedJob[];
    expect(results.map((r) => r.index)).toEqual([...Array(12).keys()]);
    expect(results.every((r) => r.status === 'success')).toBe(true);
    expect(run.outputs.total).toBe('12');
    expect(run.outputs.succeeded).toBe('12');
    expect(run.outputs.failed).toBe('0');
    // Outputs a job wrote to its own GITHUB_OUTPUT, per job.
    for (const r of results) {
      expect(r.outputs.accuracy).toBe(String(entries[r.index].score));
      expect(r.outputs.device).toBe(r.devices[0]);
      expect(run.outputs[`job-${r.index}-accuracy`]).toBe(String(entries[r.index].score));
      expect(run.outputs[`job-${r.index}-status`]).toBe('success');
    }
    // No overlap: every device's trace alternates start/end.
    const used = new Set(results.map((r) => r.devices[0]));
    expect([...used].every((d) => ['a', 'b', 'c'].includes(d))).toBe(true);
    for (const d of used) {
      const trace = readFileSync(join(claims, `trace-${d}`), 'utf8')
        .trim()
        .split('\n');
      trace.forEach((line, i) => expect(line.split(' ')[1]).toBe(i % 2 === 0 ? 'start' : 'end'));
      for (let i = 0; i < trace.length; i += 2)
        expect(trace[i].split(' ')[0]).toBe(trace[i + 1].split(' ')[0]);
    }
    // The best job by accuracy.
    const bestScore = Math.max(...entries.map((e) => e.score));
    const bestIndex = entries.findIndex((e) => e.score === bestScore);
    expect(run.outputs['best-index']).toBe(String(bestIndex));
    expect((JSON.parse(run.outputs.best) as PublishedJob).outputs.accuracy).toBe(String(bestScore));
    // The results file has everything, with its metadata.
    const doc = JSON.parse(readFileSync(run.outputs['results-file'], 'utf8')) as {
      schema: number;
      devices: string[];
      runner: string;
      matrixFingerprint: string;
      jobs: PublishedJob[];
    };
    expect(doc.schema).toBe(1);
    expect(doc.devices).toEqual(['a', 'b', 'c']);
    expect(doc.runner).toBe('test-runner');
    expect(doc.matrixFingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.jobs).toHaveLength(12);
    // Per-job logs under log-dir.
    for (const r of results) expect(existsSync(r.logFile!)).toBe(true);
    expect(readdirSync(run.outputs['log-dir']).filter((f) => f.endsWith('.log'))).toHaveLength(12);
    // The summary: a row per job, the timeline, each job's own summary.
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain('### job 11 done');
    for (const e of entries) expect(run.summary).toContain(`| ${e.score} |`);
    // Start and finish lines in the log, grouped output.
    expect(run.stdout).toMatch(/▶ \[1\/12\] \(0\.\d+, [\d.]+, 0\) on [abc]/);
    expect(run.stdout).toMatch(/✓ \[12\/12\] /);
    // Jobs that printed nothing get no empty log group.
    expect(run.stdout).not.toContain('::group::');
  });

  it('fails the step after publishing when a job fails, naming it', async () => {
    const run = await runAction(
      {
        matrix: 'code: [0, 3, 0]',
        run: `${fixture('exit-with.sh')} {{ matrix.code }}`,
        devices: '0,1',
        'lock-dir': '',
      },
      { node },
    );
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('1 of 3 jobs did not succeed: (3) exit 3');
    expect(run.outputs.failed).toBe('1');
    expect(run.outputs['job-1-status']).toBe('failure');
    expect(run.stdout).toMatch(/^▶ \[2\/3\] \(3\) on GPU [01]$/m);
    expect(run.summary).toContain('exit-with: stderr, code 3');
    // Each job's output follows its finish line, grouped.
    const lines = run.stdout.split('\n');
    const end = lines.findIndex((l) => l.startsWith('✗ [2/3] (3) exit 3'));
    expect(lines[end + 1]).toBe('::group::Log of (3)');
    expect(lines.slice(end + 2, end + 6).join('\n')).toContain('exit-with: stdout, code 3');
  });
});

describe('the job environment', () => {
  it('gives every job its devices, identity, matrix and the runner environment', async () => {
    const dir = tempDir();
    const run = await runAction(
      {
        matrix: `
lr: [0.1, 0.01]
batch: [32]
model-cfg: [{ depth: 2 }]
include:
  - lr: 0.01
    note: "a b"
`,
        run: `
${fixture('print-env.sh')} CUDA_VISIBLE_DEVICES HIP_VISIBLE_DEVICES CUDA_DEVICE_ORDER SWEEP_DEVICES SWEEP_JOB_INDEX SWEEP_JOB_ID SWEEP_JOB_NAME SWEEP_ATTEMPT SWEEP_MATRIX MATRIX_LR MATRIX_BATCH MATRIX_MODEL_CFG MATRIX_NOTE EXTRA RUNNER_VAR INPUT_RUN > "$OUT_DIR/env-$SWEEP_JOB_INDEX.txt"
echo "arg={{ matrix.lr }}/{{ matrix.model-cfg.depth }}/{{ sweep.devices }}/{{ sweep.index }}/{{ sweep.id }}" >> "$OUT_DIR/env-$SWEEP_JOB_INDEX.txt"
cat > /dev/null  # stdin is /dev/null: this returns at once
`,
        devices: '4 5',
        'device-env': 'CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES',
        env: 'EXTRA=x=1\nOUT_DIR=' + dir,
        'lock-dir': '',
      },
      { dir, env: { RUNNER_VAR: 'kept' } },
    );
    expect(run.code).toBe(0);
    const envOf = (i: number) =>
      Object.fromEntries(
        readFileSync(join(dir, `env-${i}.txt`), 'utf8')
          .trim()
          .split('\n')
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    const results = JSON.parse(run.outputs.results) as PublishedJob[];
    expect(results).toHaveLength(2);
    const e1 = envOf(1);
    expect(e1.CUDA_VISIBLE_DEVICES).toBe(results[1].devices[0]);
    expect(e1.HIP_VISIBLE_DEVICES).toBe(e1.CUDA_VISIBLE_DEVICES);
    expect(e1.SWEEP_DEVICES).toBe(e1.CUDA_VISIBLE_DEVICES);
    expect(e1.CUDA_DEVICE_ORDER).toBe('PCI_BUS_ID');
    expect(e1.SWEEP_JOB_INDEX).toBe('1');
    expect(e1.SWEEP_JOB_ID).toBe(results[1].id);
    expect(e1.SWEEP_JOB_NAME).toBe('(0.01, 32, {"depth":2}, a b)');
    expect(e1.SWEEP_ATTEMPT).toBe('1');
    expect(JSON.parse(e1.SWEEP_MATRIX)).toEqual({
      lr: 0.01,
      batch: 32,
      'model-cfg': { depth: 2 },
      note: 'a b',
    });
    expect(e1.MATRIX_LR).toBe('0.01');
    expect(e1.MATRIX_MODEL_CFG).toBe('{"depth":2}');
    expect(e1.MATRIX_NOTE).toBe('a b');
    expect(e1.EXTRA).toBe('x=1');
    expect(e1.RUNNER_VAR).toBe('kept');
    expect(e1.INPUT_RUN).toBe('');
    expect(e1.arg).toBe(`0.01/2/${e1.CUDA_VISIBLE_DEVICES}/1/${results[1].id}`);
    expect(envOf(0).MATRIX_NOTE).toBe('');
    // Ids are stable: the same entry gets the same id in another run.
    const again = await runAction({
      matrix: '[{"lr": 0.01, "batch": 32, "model-cfg": {"depth": 2}, "note": "a b"}]',
      run: 'true',
      devices: '0',
      'lock-dir': '',
    });
    expect((JSON.parse(again.outputs.results) as PublishedJob[])[0].id).toBe(results[1].id);
  });

  it('never lets a matrix value reach the shell as syntax', async () => {
    const dir = tempDir();
    const hostile = [
      '$(touch pwned1)',
      '"; touch pwned2; "',
      '`touch pwned3`',
      "'; touch pwned4; '",
      '$HOME',
      'a\nb',
    ];
    const run = await runAction(
      {
        matrix: JSON.stringify({ v: hostile }),
        run: `
printf '%s' {{ matrix.v }} > "out-$SWEEP_JOB_INDEX.bare"
printf '%s' "{{ matrix.v }}" > "out-$SWEEP_JOB_INDEX.dq"
printf '%s' '{{ matrix.v }}' > "out-$SWEEP_JOB_INDEX.sq"
`,
        devices: 'x',
        'working-directory': dir,
        'lock-dir': '',
      },
      { dir },
    );
    expect(run.code).toBe(0);
    for (let i = 0; i < hostile.length; i++) {
      expect(readFileSync(join(dir, `out-${i}.bare`), 'utf8')).toBe(hostile[i]);
      expect(readFileSync(join(dir, `out-${i}.dq`), 'utf8')).toBe(hostile[i]);
      expect(readFileSync(join(dir, `out-${i}.sq`), 'utf8')).toBe(hostile[i]);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('pwned'))).toEqual([]);
  });

  it('runs python and custom shells', async () => {
    const dir = tempDir();
    const py = await runAction(
      {
        matrix: JSON.stringify({ v: ['it\'s "q"\n$(x)'] }),
        run: `import os\nopen(os.environ["GITHUB_OUTPUT"], "a").write("got=" + repr({{ matrix.v }}) + "\\n")`,
        shell: 'python',
        devices: '0',
        'lock-dir': '',
      },
      { dir },
    );
    expect(py.code).toBe(0);
    expect(py.outputs['job-0-got']).toBe(`'it\\'s "q"\\n$(x)'`);
    const custom = await runAction({
      matrix: 'x: [1]',
      run: 'echo "v=$MATRIX_X" >> $GITHUB_OUTPUT',
      shell: 'sh -e {0}',
      devices: '0',
      'lock-dir': '',
    });
    expect(custom.code).toBe(0);
    expect(custom.outputs['job-0-v']).toBe('1');
  });
});

describe('device sharing options', () => {
  it('devices-per-job gives each job several devices; max-parallel caps running jobs; job-name names them', async () => {
    const dir = tempDir();
    const claims = join(dir, 'claims');
    mkdirSync(claims);
    const pairs = await runAction({
      matrix: 'i: [0, 1, 2, 3, 4, 5]',
      run: `for d in \${CUDA_VISIBLE_DEVICES//,/ }; do mkdir "${claims}/$d" || exit 99; done; sleep 0.1; for d in \${CUDA_VISIBLE_DEVICES//,/ }; do rmdir "${claims}/$d"; done`,
      devices: '0 1 2 3 4',
      'devices-per-job': '2',
      'job-name': 'run {{ matrix.i }} #{{ sweep.index }}',
      'lock-dir': '',
    });
    expect(pairs.code).toBe(0);
    const jobs = JSON.parse(pairs.outputs.results) as PublishedJob[];
    for (const j of jobs) {
      expect(j.devices).toHaveLength(2);
      expect(j.name).toBe(`run ${j.index} #${j.index}`);
    }
    expect(pairs.stdout).toMatch(/▶ \[1\/6\] run 0 #0 on GPUs \d,\d/);

    const capped = await runAction({
      matrix: 'i: [0, 1, 2, 3]',
      run: 'sleep 0.1',
      devices: 'a b c',
      'max-parallel': '1',
      'lock-dir': '',
    });
    expect(capped.code).toBe(0);
    const spans = (JSON.parse(capped.outputs.results) as PublishedJob[]).map((j) => [
      Date.parse(j.startedAt!),
      Date.parse(j.finishedAt!),
    ]);
    for (let i = 1; i < spans.length; i++)
      expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  });
});

describe('devices: auto', () => {
  it('takes CUDA_VISIBLE_DEVICES when the runner sets it', async () => {
    const run = await runAction(
      {
        matrix: 'i: [1, 2, 3]',
        run: 'echo "d=$CUDA_VISIBLE_DEVICES" >> $GITHUB_OUTPUT; echo "order=${CUDA_DEVICE_ORDER:-unset}" >> $GITHUB_OUTPUT',
        'lock-dir': '',
      },
      { env: { CUDA_VISIBLE_DEVICES: '2,5' } },
    );
    expect(run.code).toBe(0);
    const seen = new Set(
      (JSON.parse(run.outputs.results) as PublishedJob[]).map((r) => r.outputs.d),
    );
    expect([...seen].every((d) => d === '2' || d === '5')).toBe(true);
    // The runner's indices already mean what CUDA makes of them: the order is left alone.
    expect(run.outputs['job-0-order']).toBe('unset');
    expect(run.stdout).toContain('from CUDA_VISIBLE_DEVICES');
  });

  it('asks nvidia-smi otherwise, and fails clearly when there is no GPU', async () => {
    const bin = tempDir();
    writeFileSync(
      join(bin, 'nvidia-smi'),
      `#!/bin/sh\necho "$@" > "${bin}/args"\nprintf '0, GPU-aaa, NVIDIA H100 80GB HBM3, 81559 MiB\\n1, GPU-bbb, NVIDIA H100 80GB HBM3, 81559 MiB\\n'\n`,
    );
    chmodSync(join(bin, 'nvidia-smi'), 0o755);
    const run = await runAction(
      {
        matrix: 'i: [1, 2, 3, 4]',
        run: 'echo "d=$CUDA_VISIBLE_DEVICES" >> $GITHUB_OUTPUT',
        'lock-dir': '',
      },
      { env: { PATH: `${bin}:${process.env.PATH}` } },
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(bin, 'args'), 'utf8').trim()).toBe(
      '--query-gpu=index,uuid,name,memory.total --format=csv,noheader',
    );
    const seen = new Set(
      (JSON.parse(run.outputs.results) as PublishedJob[]).map((r) => r.outputs.d),
    );
    // The first two jobs start at once, one on each GPU nvidia-smi listed.
    expect([...seen].sort()).toEqual(['0', '1']);
    expect(run.stdout).toContain('0 (NVIDIA H100 80GB HBM3 81559 MiB)');

    const none = await runAction(
      { matrix: 'i: [1]', run: 'true', 'lock-dir': '' },
      { env: { PATH: '/usr/bin:/bin' } },
    );
    expect(none.code).toBe(1);
    expect(errorLines(none.stdout)).toEqual([
      expect.stringMatching(
        /^::error::Invalid devices 'auto': found no GPU \(CUDA_VISIBLE_DEVICES is not set and nvidia-smi was not found on PATH\)\. Set devices:/,
      ),
    ]);
  });
});

describe('dry-run', () => {
  it('publishes the plan and runs nothing', async () => {
    const dir = tempDir();
    const run = await runAction(
      {
        matrix: 'a: [1, 2]\nb: [x, y]',
        run: `touch ${dir}/ran-{{ sweep.index }}`,
        devices: '0,1',
        'dry-run': 'true',
        'lock-dir': '',
      },
      { dir },
    );
    expect(run.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('ran-'))).toEqual([]);
    const results = JSON.parse(run.outputs.results) as PublishedJob[];
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['(1, x)', 'skipped'],
      ['(1, y)', 'skipped'],
      ['(2, x)', 'skipped'],
      ['(2, y)', 'skipped'],
    ]);
    expect(run.outputs.skipped).toBe('4');
    expect(run.summary).toMatch(/Dry run/);
  });
});

describe('GitHub limits', () => {
  it('keeps step outputs under 1 MB and the summary under 1 MiB, warning and pointing at the results file', async () => {
    const run = await runAction({
      matrix: JSON.stringify({ i: [...Array(40).keys()] }),
      // 40 jobs × (30 kB of output + 40 kB of their own summary).
      run: `printf 'blob=%s\\n' "$(head -c 30000 /dev/zero | tr '\\0' x)" >> "$GITHUB_OUTPUT"; head -c 40000 /dev/zero | tr '\\0' y >> "$GITHUB_STEP_SUMMARY"`,
      devices: '0 1',
      'lock-dir': '',
    });
    expect(run.code).toBe(0);
    expect(run.outputErrors).toEqual([]);
    const outputBytes = Object.entries(run.outputs).reduce(
      (n, [k, v]) => n + k.length + Buffer.byteLength(v),
      0,
    );
    expect(outputBytes).toBeLessThan(1_000_000);
    expect(run.stdout).toMatch(
      /::warning::Step outputs would exceed 1 MB; 'results' was shortened — the full results are in .*results\.json/,
    );
    // The counts and statuses always survive; the results file has every value.
    expect(run.outputs.total).toBe('40');
    expect(run.outputs['job-39-status']).toBe('success');
    const doc = JSON.parse(readFileSync(run.outputs['results-file'], 'utf8')) as {
      jobs: PublishedJob[];
    };
    expect(doc.jobs.every((j) => j.outputs.blob.length === 30000)).toBe(true);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1_048_576);
    expect(run.summary).toContain('| 39 |');
  });
});
