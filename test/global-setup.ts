// Finds a Node 24 (the runtime the Actions runner gives `node24` actions) once
// for the whole run, so end-to-end tests can run the bundle under it too.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  let node24 = process.env.GPU_SWEEP_NODE24 ?? '';
  if (!node24) {
    node24 = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 300_000,
    }).trim();
  }
  project.provide('node24', node24);
}

declare module 'vitest' {
  export interface ProvidedContext {
    node24: string;
  }
}
