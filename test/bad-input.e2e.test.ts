// Bad configuration, through the bundled action: every case gets exactly one
// `::error::` line naming the input and the problem, exit 1, no stack trace,
// and no job started.
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorLines, runAction, tempDir } from './helpers/harness.js';

const dir = tempDir();
const aFile = join(dir, 'a-file');
writeFileSync(aFile, 'not a folder');
writeFileSync(join(dir, 'bad.yml'), 'lr: [0.1\nbatch: [1]\n');
writeFileSync(join(dir, 'not-results.json'), '{"hello": 1}');
writeFileSync(join(dir, 'broken.json'), '{oops');
mkdirSync(join(dir, 'a-dir'));
const ran = join(dir, 'ran');
const ok = { matrix: 'lr: [0.1, 0.2]', run: `touch ${ran}`, devices: '0 1', 'lock-dir': '' };

// [what is wrong, inputs (merged over a valid configuration), the expected error]
const cases: [string, Record<string, string>, RegExp][] = [
  [
    'no matrix at all',
    { matrix: '' },
    /^Missing matrix: give matrix \(inline YAML or JSON\) or matrix-file/,
  ],
  [
    'both matrix and matrix-file',
    { 'matrix-file': 'm.yml' },
    /^Invalid matrix: give either matrix or matrix-file, not both\./,
  ],
  [
    'a YAML error',
    { matrix: 'lr: [0.1, 0.2\nbatch: [1]' },
    /^Invalid matrix: YAML error at line \d+, column \d+: /,
  ],
  ['an empty mapping', { matrix: '{}' }, /^Invalid matrix: .*no jobs/],
  [
    'a scalar where a list belongs',
    { matrix: 'lr: 0.1' },
    /^Invalid matrix: key 'lr' must be a list of values, got a number/,
  ],
  ['an empty list', { matrix: 'lr: []' }, /^Invalid matrix: .*key 'lr' has an empty list/],
  [
    'an exclude key that is not a matrix key',
    { matrix: 'lr: [1]\nexclude:\n  - { batch: 2 }' },
    /^Invalid matrix: exclude entry 1 has key 'batch', which is not a matrix key/,
  ],
  [
    'everything excluded',
    { matrix: 'lr: [1]\nexclude:\n  - { lr: 1 }' },
    /^Invalid matrix: .*every combination \(1\) was excluded/,
  ],
  [
    'include that is not a list',
    { matrix: 'lr: [1]\ninclude: { lr: 2 }' },
    /^Invalid matrix: .*include/,
  ],
  ['a list entry that is not a mapping', { matrix: '[{ a: 1 }, 2]' }, /^Invalid matrix: .*2/],
  ['a duplicate key', { matrix: 'lr: [1]\nlr: [2]' }, /^Invalid matrix: YAML error at line 2/],
  [
    'a missing matrix-file',
    { matrix: '', 'matrix-file': join(dir, 'nope.yml') },
    /^Invalid matrix-file '.*nope\.yml'\. The file could not be read \(ENOENT\)\./,
  ],
  [
    'a matrix-file with a YAML error',
    { matrix: '', 'matrix-file': join(dir, 'bad.yml') },
    /^Invalid matrix-file '.*bad\.yml': YAML error at line \d+, column \d+/,
  ],
  ['no run', { run: '' }, /^Missing run: give the script each job runs\./],
  [
    'an unknown matrix placeholder',
    { run: 'echo {{ matrix.nope }}' },
    /^Invalid run: unknown placeholder '\{\{ matrix\.nope \}\}': no matrix entry has the key 'nope' \(keys: lr\)\./,
  ],
  [
    'an unknown sweep placeholder',
    { run: 'echo {{ sweep.gpu }}' },
    /^Invalid run: unknown placeholder '\{\{ sweep\.gpu \}\}'\. Expected \{\{ matrix\.KEY \}\}/,
  ],
  [
    'an unknown placeholder in job-name',
    { 'job-name': '{{ matrix.x }}' },
    /^Invalid job-name: unknown placeholder/,
  ],
  [
    'a job-name using devices, which are not known yet',
    { 'job-name': '{{ matrix.lr }} on {{ sweep.devices }}' },
    /^Invalid job-name: '\{\{ sweep\.devices \}\}' is not known when jobs are named/,
  ],
  [
    'an unknown shell',
    { shell: 'fish' },
    /^Invalid shell 'fish'\. Expected bash, sh, python, pwsh, or a command template containing \{0\}/,
  ],
  [
    'a shell that is not installed',
    { shell: 'no-such-shell {0}' },
    /^Invalid shell 'no-such-shell \{0\}'\. 'no-such-shell' was not found on PATH\./,
  ],
  [
    'placeholders with a shell gpu-sweep cannot quote for',
    { shell: 'env {0}', run: 'echo {{ matrix.lr }}' },
    /^Invalid run: placeholders need a shell gpu-sweep knows how to quote for/,
  ],
  [
    'a duplicate device',
    { devices: '0, 1, 0' },
    /^Invalid devices '0, 1, 0'\. Device '0' is listed twice\./,
  ],
  [
    'devices-per-job 0',
    { 'devices-per-job': '0' },
    /^Invalid devices-per-job '0'\. Expected a whole number from 1 to 2 \(the number of devices\)\./,
  ],
  [
    'devices-per-job above the device count',
    { 'devices-per-job': '3' },
    /^Invalid devices-per-job '3'\. Expected a whole number from 1 to 2/,
  ],
  [
    'devices-per-job not a number',
    { 'devices-per-job': 'two' },
    /^Invalid devices-per-job 'two'\./,
  ],
  [
    'a negative max-parallel',
    { 'max-parallel': '-1' },
    /^Invalid max-parallel '-1'\. Expected a whole number 0 or more \(0 = no limit\)\./,
  ],
  [
    'a timeout that is not a number',
    { 'timeout-minutes': 'ten' },
    /^Invalid timeout-minutes 'ten'\. Expected minutes as a number/,
  ],
  ['a negative timeout', { 'timeout-minutes': '-5' }, /^Invalid timeout-minutes '-5'\./],
  [
    'a kill grace that is not a number',
    { 'kill-grace-seconds': '1s' },
    /^Invalid kill-grace-seconds '1s'\. Expected seconds as a number/,
  ],
  [
    'fractional retries',
    { retries: '1.5' },
    /^Invalid retries '1\.5'\. Expected a whole number from 0 to 100\./,
  ],
  ['too many retries', { retries: '101' }, /^Invalid retries '101'\./],
  ['a negative max-failures', { 'max-failures': '-1' }, /^Invalid max-failures '-1'\./],
  [
    'fail-fast that is not a boolean',
    { 'fail-fast': 'yes' },
    /^Invalid fail-fast 'yes'\. Expected true or false\./,
  ],
  [
    'dry-run that is not a boolean',
    { 'dry-run': 'maybe' },
    /^Invalid dry-run 'maybe'\. Expected true or false\./,
  ],
  [
    'an unknown log-mode',
    { 'log-mode': 'verbose' },
    /^Invalid log-mode 'verbose'\. Expected one of: grouped, live\./,
  ],
  [
    'a malformed objective',
    { objective: 'maximize:acc' },
    /^Invalid objective 'maximize:acc'\. Expected max:KEY or min:KEY/,
  ],
  [
    'an env line without =',
    { env: 'A=1\nNOEQUALS' },
    /^Invalid env 'NOEQUALS'\. Expected KEY=VALUE on line 2/,
  ],
  ['an env name that is not a variable name', { env: '1BAD=x' }, /^Invalid env '1BAD=x'\./],
  [
    'a device-env that is not a variable name',
    { 'device-env': 'CUDA-VISIBLE' },
    /^Invalid device-env 'CUDA-VISIBLE'\. 'CUDA-VISIBLE' is not a valid variable name\./,
  ],
  [
    'a missing working-directory',
    { 'working-directory': join(dir, 'nowhere') },
    /^Invalid working-directory '.*nowhere'\. It is not an existing directory\./,
  ],
  [
    'a results-file under a regular file',
    { 'results-file': join(aFile, 'results.json') },
    /^Invalid results-file '.*a-file'\. '.*a-file' is not a directory\./,
  ],
  [
    'a results-file that is a directory',
    { 'results-file': join(dir, 'a-dir') },
    /^Invalid results-file '.*a-dir'\. It is a directory; expected a file path\./,
  ],
  [
    'a log-dir under a regular file',
    { 'log-dir': join(aFile, 'logs') },
    /^Invalid log-dir '.*logs'\. '.*a-file' is not a directory\./,
  ],
  [
    'a lock-dir under a regular file',
    { 'lock-dir': join(aFile, 'locks') },
    /^Invalid lock-dir '.*locks'\. '.*a-file' is not a directory\./,
  ],
  [
    'a relative lock-dir',
    { 'lock-dir': 'locks' },
    /^Invalid lock-dir 'locks'\. Expected an absolute path/,
  ],
  [
    'an unknown order',
    { order: 'random' },
    /^Invalid order 'random'\. Expected one of: fifo, longest-first, auto\./,
  ],
  [
    'longest-first without history',
    { order: 'longest-first' },
    /^Invalid order 'longest-first': it needs previous-results/,
  ],
  [
    'resume without history',
    { resume: 'true' },
    /^Invalid resume 'true': resume needs previous-results/,
  ],
  [
    'a missing previous-results file',
    { 'previous-results': join(dir, 'gone.json') },
    /^Invalid previous-results '.*gone\.json'\. The file does not exist\./,
  ],
  [
    'previous-results that is not a results file',
    { 'previous-results': join(dir, 'not-results.json') },
    /^Invalid previous-results '.*not-results\.json': not a gpu-sweep results file with schema 1\./,
  ],
  [
    'previous-results that is not JSON',
    { 'previous-results': join(dir, 'broken.json') },
    /^Invalid previous-results '.*broken\.json': not a readable results file/,
  ],
  [
    'shard 0/3',
    { shard: '0/3' },
    /^Invalid shard '0\/3'\. Expected i\/n with 1 <= i <= n, e\.g\. 2\/3\./,
  ],
  ['shard 4/3', { shard: '4/3' }, /^Invalid shard '4\/3'\./],
  ['shard that is not i/n', { shard: 'half' }, /^Invalid shard 'half'\./],
  [
    'merge with a matrix',
    { merge: '*.json' },
    /^Invalid matrix: merge combines results files; do not give matrix with it\./,
  ],
  [
    'merge matching nothing',
    { merge: join(dir, 'none-*.json'), matrix: '', run: '' },
    /^Invalid merge '.*none-\*\.json': no results file matches it\./,
  ],
];

describe('bad input', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('%s', async (_what, inputs, expected) => {
    const run = await runAction({ ...ok, ...inputs });
    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0].slice('::error::'.length)).toMatch(expected);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('▶');
    expect(existsSync(ran)).toBe(false);
  });
});
