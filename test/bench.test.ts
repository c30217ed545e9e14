// The benchmark script's smoke mode, end to end: every case runs (tiny) through
// the built bundles and lands in the report. Timings are never asserted: the
// machine is shared, and benchmarks report targets, they do not gate on them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench/run.mjs');
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');
const CASES = ['a. Throughput', 'b. Dispatch latency', 'c. Makespan', 'd. Scale', 'e. Start-up'];

/** The lines of one `## title` section, up to the next heading. */
function section(report: string, title: string): string[] {
  const lines = report.split('\n');
  const start = lines.indexOf(`## ${title}`);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('bench/run.mjs --smoke', () => {
  it('runs every case and writes a report with a row per case, not BENCHMARKS.md', () => {
    const before = existsSync(BENCHMARKS) ? statSync(BENCHMARKS).mtimeMs : null;
    const run = spawnSync(process.execPath, [BENCH, '--smoke'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);

    const reportPath = run.stdout.trim().split('\n').pop() ?? '';
    expect(reportPath.startsWith(tmpdir())).toBe(true);
    expect(reportPath).not.toBe(BENCHMARKS);
    const report = readFileSync(reportPath, 'utf8');
    rmSync(reportPath, { force: true });
    expect(existsSync(BENCHMARKS) ? statSync(BENCHMARKS).mtimeMs : null).toBe(before);

    expect(report).toMatch(/^- CPU: .+, \d+ cores/m);
    for (const title of CASES) {
      // One summary row per target of the case, with a verdict.
      expect(report).toMatch(
        new RegExp(
          `^\\| ${title.replace('.', '\\.')} \\| .+ \\| (✅ met|❌ missed|– skipped) \\|$`,
          'm',
        ),
      );
      // The case's own table, with at least one row carrying a target verdict.
      const body = section(report, title);
      expect(body.length, `section ${title}`).toBeGreaterThan(0);
      expect(body.some((l) => l.startsWith('| ---'))).toBe(true);
      expect(body.some((l) => /^\|.*(✅ met|❌ missed|skipped)/.test(l))).toBe(true);
      expect(body.join('\n')).not.toMatch(/The case failed/);
    }
  });

  it('rejects a bad option with one line naming the value and the expected form', () => {
    const run = spawnSync(process.execPath, [BENCH, '--rounds', '0'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe("bench: Invalid --rounds '0'. Expected a whole number from 1.");
  });
});
