// Fails when the committed dist/ is not exactly what the sources build: users run dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'gpu-sweep-check-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', tmp], { stdio: 'inherit' });
  const built = readdirSync(tmp).sort();
  const committed = readdirSync('dist').sort();
  const stale = [];
  for (const f of new Set([...built, ...committed])) {
    let a = null;
    let b = null;
    try {
      a = readFileSync(join(tmp, f));
    } catch {
      /* missing */
    }
    try {
      b = readFileSync(join('dist', f));
    } catch {
      /* missing */
    }
    if (!a || !b || !a.equals(b)) stale.push(f);
  }
  if (stale.length) {
    console.error(
      `dist/ is not what the sources build (${stale.join(', ')}). Run 'npm run build' and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ matches the sources.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
