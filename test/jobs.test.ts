import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  buildJobs,
  canonicalJson,
  checkPlaceholders,
  defaultJobName,
  jobEnv,
  matrixEnvName,
  matrixFingerprint,
  renderScript,
  renderText,
} from '../src/jobs.js';
import type { MatrixEntry } from '../src/types.js';

describe('identity', () => {
  it('canonical JSON ignores key order at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(matrixFingerprint([{ a: 1, b: 2 }])).toBe(matrixFingerprint([{ b: 2, a: 1 }]));
    expect(matrixFingerprint([{ a: 1 }])).not.toBe(matrixFingerprint([{ a: '1' }]));
  });

  it('gives stable ids, disambiguates duplicates, and names jobs like GitHub', () => {
    const jobs = buildJobs([
      { lr: 0.1, batch: 32 },
      { batch: 32, lr: 0.1 },
      { lr: 0.01, batch: 64 },
    ]);
    expect(jobs.map((j) => j.index)).toEqual([0, 1, 2]);
    expect(jobs[0].id).toMatch(/^[0-9a-f]{10}$/);
    expect(jobs[1].id).toBe(`${jobs[0].id}-2`);
    expect(jobs[2].id).not.toBe(jobs[0].id);
    expect(buildJobs([{ lr: 0.01, batch: 64 }])[0].id).toBe(jobs[2].id);
    expect(jobs[0].name).toBe('(0.1, 32)');
    expect(defaultJobName({ a: { x: 1 }, b: [1, 2], c: true, d: null })).toBe(
      '({"x":1}, [1,2], true, )',
    );
    expect(buildJobs([{ lr: 0.1 }], 'lr={{ matrix.lr }} #{{ sweep.index }}')[0].name).toBe(
      'lr=0.1 #0',
    );
  });
});

describe('placeholders', () => {
  const entries: MatrixEntry[] = [
    { lr: 0.1, model: { name: 'vit' } },
    { lr: 0.2, extra: 'x' },
  ];
  it('accepts known names and rejects unknown ones before anything runs', () => {
    expect(
      checkPlaceholders(
        '{{ matrix.lr }} {{matrix.extra}} {{ matrix.model.name }} {{ sweep.devices }} {{ sweep.index }} {{ sweep.id }}',
        entries,
      ),
    ).toBeNull();
    expect(checkPlaceholders('{{ matrix.lrr }}', entries)).toContain(
      "no matrix entry has the key 'lrr'",
    );
    expect(checkPlaceholders('{{ sweep.gpu }}', entries)).toContain(
      "unknown placeholder '{{ sweep.gpu }}'",
    );
    expect(checkPlaceholders('{{ env.HOME }}', entries)).toContain('unknown placeholder');
    expect(checkPlaceholders('${{ matrix.lr }} is GitHub syntax', entries)).toBeNull();
  });

  const job = buildJobs(entries)[0];
  const ctx = { job, devices: ['2', '3'], attempt: 2 };
  it('renders plain text for names and argv', () => {
    expect(
      renderText(
        '{{ matrix.model.name }}@{{ sweep.devices }}#{{ sweep.attempt }} {{ matrix.extra }}',
        ctx,
      ),
    ).toBe('vit@2,3#2 ');
  });

  it('hands POSIX shells each value through a quoted variable, whatever the quoting around it', () => {
    const hostile = {
      job: { ...job, matrix: { v: `$(echo pwned) "; echo pwned; " \`echo pwned\` ' \\` } },
      devices: ['0'],
      attempt: 1,
    };
    const { script, env } = renderScript(
      `printf '%s|' {{ matrix.v }} "{{ matrix.v }}" '{{ matrix.v }}' "x $(printf '%s' "{{ matrix.v }}") y" '*{{ matrix.v }}*'`,
      hostile,
      'posix',
    );
    expect(script).not.toContain('pwned');
    const out = execFileSync('bash', ['-c', script], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    const v = hostile.job.matrix.v;
    expect(out).toBe(`${v}|${v}|${v}|x ${v} y|*${v}*|`);
    // A glob character stays a literal in every position.
    const star = renderScript(
      `printf '%s|' {{ matrix.v }} "{{ matrix.v }}"`,
      { ...hostile, job: { ...job, matrix: { v: '*' } } },
      'posix',
    );
    expect(
      execFileSync('bash', ['-c', star.script], {
        env: { ...process.env, ...star.env },
        encoding: 'utf8',
      }),
    ).toBe('*|*|');
  });

  it('renders a Python string literal and a PowerShell single-quoted string', () => {
    const c = { job: { ...job, matrix: { v: `it's "x"\n\\` } }, devices: ['0'], attempt: 1 };
    const py = renderScript('print({{ matrix.v }}, end="")', c, 'python').script;
    expect(execFileSync('python3', ['-c', py], { encoding: 'utf8' })).toBe(c.job.matrix.v);
    expect(renderScript('Write-Output {{ matrix.v }}', c, 'pwsh').script).toBe(
      `Write-Output 'it''s "x"\n\\'`,
    );
  });
});

describe('job environment', () => {
  it('sets devices, identity and MATRIX_<KEY> variables', () => {
    const [job] = buildJobs([{ 'learning-rate': 0.1, cfg: { a: [1] }, flag: false }]);
    const env = jobEnv(job, ['0', '1'], 3, ['CUDA_VISIBLE_DEVICES', 'ROCR_VISIBLE_DEVICES']);
    expect(env).toMatchObject({
      CUDA_VISIBLE_DEVICES: '0,1',
      ROCR_VISIBLE_DEVICES: '0,1',
      SWEEP_DEVICES: '0,1',
      SWEEP_JOB_INDEX: '0',
      SWEEP_JOB_ID: job.id,
      SWEEP_ATTEMPT: '3',
      MATRIX_LEARNING_RATE: '0.1',
      MATRIX_CFG: '{"a":[1]}',
      MATRIX_FLAG: 'false',
    });
    expect(JSON.parse(env.SWEEP_MATRIX)).toEqual(job.matrix);
    expect(matrixEnvName('a.b c')).toBe('MATRIX_A_B_C');
  });
});
