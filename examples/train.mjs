#!/usr/bin/env node
// A stand-in for a training script, so a first sweep runs anywhere: no GPU, no
// dependencies. It behaves like a real one where gpu-sweep can see it:
//   - takes --lr and --batch (or MATRIX_LR / MATRIX_BATCH, which gpu-sweep sets),
//   - says which device it got (CUDA_VISIBLE_DEVICES),
//   - draws a tqdm-like progress bar that repaints with \r, a line per epoch,
//   - reports accuracy= and loss= in $GITHUB_OUTPUT and a line in $GITHUB_STEP_SUMMARY.
// Usage: node examples/train.mjs --lr 0.003 --batch 64 [--epochs 3] [--seconds 2]
import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

function option(name, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return process.env[`MATRIX_${name.toUpperCase()}`] ?? fallback;
}

function number(name, fallback) {
  const text = option(name, String(fallback));
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`train.mjs: --${name} must be a positive number, got '${text}'`);
    process.exit(2);
  }
  return value;
}

const lr = number('lr', 0.001);
const batch = number('batch', 32);
const epochs = Math.round(number('epochs', 3));
// Bigger batches take longer per epoch here, so jobs finish at different times.
const seconds = number('seconds', 1 + Math.min(2, Math.log2(batch) / 4));
const steps = 20;
const device = process.env.CUDA_VISIBLE_DEVICES || '(none: CUDA_VISIBLE_DEVICES is not set)';

// The "model": accuracy peaks at lr = 0.003 and batch = 64; a little noise on top.
const distance = (Math.log10(lr) - Math.log10(0.003)) ** 2 + 0.05 * (Math.log2(batch) - 6) ** 2;
const noise = (Math.random() - 0.5) * 0.004;
const accuracy = Math.max(0.1, 0.95 - 0.12 * distance + noise);

console.log(`device: ${device}`);
console.log(`training: lr=${lr} batch=${batch} epochs=${epochs}`);
const started = Date.now();
let loss = 2.3;
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let step = 1; step <= steps; step++) {
    await sleep((seconds * 1000) / (epochs * steps));
    const done = Math.round((step / steps) * 20);
    const bar = '█'.repeat(done) + ' '.repeat(20 - done);
    const elapsed = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `\repoch ${epoch}/${epochs} ${String(Math.round((step / steps) * 100)).padStart(3)}%|${bar}| ${step}/${steps} [${elapsed}s]`,
    );
  }
  loss = loss * (0.45 + 0.1 * distance) + 0.05;
  process.stdout.write(`\nepoch ${epoch}/${epochs} loss=${loss.toFixed(4)}\n`);
}

const result = { accuracy: accuracy.toFixed(4), loss: loss.toFixed(4) };
console.log(`done: accuracy=${result.accuracy} loss=${result.loss}`);
if (process.env.GITHUB_OUTPUT) {
  appendFileSync(process.env.GITHUB_OUTPUT, `accuracy=${result.accuracy}\nloss=${result.loss}\n`);
}
if (process.env.GITHUB_STEP_SUMMARY) {
  appendFileSync(
    process.env.GITHUB_STEP_SUMMARY,
    `lr=${lr}, batch=${batch} on ${device}: accuracy **${result.accuracy}**, loss ${result.loss}\n`,
  );
}
