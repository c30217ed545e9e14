// The least a Node dispatcher can do: LANES lanes, each starting the next job
// the moment its previous one exits, with child_process.spawn in its own
// process group (as gpu-sweep does) and the lane's number in
// CUDA_VISIBLE_DEVICES. No files, no results, no events. Whatever gpu-sweep
// costs beyond this is its own bookkeeping; this itself is Node's floor.
//
//   node bench/node-pool.mjs LANES JOBS.json [OUT_DIR]
//
// JOBS.json: { "argv": ["bash", "job.sh"], "jobs": [["arg"], …] }: job k runs
// argv followed by jobs[k]. With OUT_DIR, lane k's jobs append their output to
// OUT_DIR/lane-k.out (in order, one job after the other); else it is discarded.
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [lanesArg, jobsFile, outDir] = process.argv.slice(2);
const lanes = Number(lanesArg);
if (!Number.isInteger(lanes) || lanes < 1 || !jobsFile) {
  process.stderr.write(`node-pool: usage: node-pool.mjs LANES JOBS.json [OUT_DIR]\n`);
  process.exit(2);
}
const { argv, jobs } = JSON.parse(readFileSync(jobsFile, 'utf8'));
let next = 0;
let failures = 0;

function startOn(lane, out) {
  if (next >= jobs.length) return;
  const args = [...argv.slice(1), ...jobs[next++]];
  const child = spawn(argv[0], args, {
    detached: true,
    env: { ...process.env, CUDA_VISIBLE_DEVICES: String(lane) },
    stdio: ['ignore', out, out],
  });
  child.on('error', () => failures++);
  child.on('exit', (code) => {
    if (code !== 0) failures++;
    startOn(lane, out);
  });
}

for (let lane = 0; lane < lanes; lane++) {
  const out = outDir ? openSync(join(outDir, `lane-${lane}.out`), 'a') : 'ignore';
  startOn(lane, out);
}
process.on('exit', () => {
  if (failures > 0) {
    process.stderr.write(`node-pool: ${failures} job(s) failed\n`);
    process.exitCode = 1;
  }
});
