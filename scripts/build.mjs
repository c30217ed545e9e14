// Bundles the two entry points with ncc into dist/ (or the folder given as argv[2]).
// dist/index.js is the action (main and post step); dist/cli.js is the gpu-sweep command.
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  rmSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'dist');
const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js');
mkdirSync(out, { recursive: true });
for (const [entry, name] of [
  ['src/index.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
]) {
  const tmp = mkdtempSync(join(tmpdir(), 'gpu-sweep-build-'));
  try {
    execFileSync(
      process.execPath,
      [ncc, 'build', entry, '-o', tmp, '--quiet', '--target', 'es2022'],
      {
        stdio: 'inherit',
      },
    );
    let code = readFileSync(join(tmp, 'index.js'), 'utf8');
    if (name === 'cli.js' && !code.startsWith('#!')) code = '#!/usr/bin/env node\n' + code;
    writeFileSync(join(out, name), code);
    if (name === 'cli.js') chmodSync(join(out, name), 0o755);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
