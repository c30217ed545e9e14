// Helpers the benchmark cases share: running a command with its wall time (and,
// where GNU time exists, its peak RSS and CPU), statistics, and facts about the
// machine. Plain Node, no dependencies beyond the project's own.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/**
 * GNU time reports a command's peak RSS from the kernel's own accounting
 * (wait4's ru_maxrss), which polling cannot match: a peak while the results file
 * is written at the very end would fall between two samples. BusyBox time has no
 * -f/-o, so only GNU time is used.
 */
export const GNU_TIME = (() => {
  const path = '/usr/bin/time';
  if (!existsSync(path)) return null;
  try {
    const v = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: 'pipe' });
    return /GNU/.test(v) ? path : null;
  } catch (e) {
    // GNU time of some distributions prints its version on stderr and exits non-zero.
    return /GNU/.test(String(e.stderr ?? '')) ? path : null;
  }
})();

let timeFiles = 0;

/**
 * Runs a command to its end. Resolves with the wall time in ms (spawn to exit,
 * measured here), exit code, stderr, and with `measure` the peak RSS in KiB and
 * CPU seconds (user+sys, children included) when GNU time is there; without it
 * the peak RSS is polled from /proc (a lower bound, flagged `rssPolled`).
 * Stdout goes to `stdoutFile` (appended) or nowhere, so a chatty tool does not
 * make this process a bottleneck.
 */
export function runCommand(cmd, args, opts = {}) {
  const { cwd, env = process.env, stdoutFile, measure = false, timeoutMs = 600_000 } = opts;
  const timeFile =
    measure && GNU_TIME
      ? join(cwd ?? os.tmpdir(), `.bench-time-${process.pid}-${timeFiles++}`)
      : null;
  const [file, argv] = timeFile
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]]
    : [cmd, args];
  const out = stdoutFile ? openSync(stdoutFile, 'a') : 'ignore';
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const spawnedAtMs = performance.timeOrigin + t0;
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', out, 'pipe'] });
    // The child holds its own copy of the descriptor once spawned.
    if (typeof out === 'number') closeSync(out);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    let polledKiB = 0;
    const poll =
      measure && !timeFile
        ? setInterval(() => {
            polledKiB = Math.max(polledKiB, vmHwmKiB(child.pid));
          }, 20)
        : null;
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(killer);
      if (poll) clearInterval(poll);
      reject(new Error(`Cannot run '${cmd}': ${err.message}`));
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(killer);
      if (poll) clearInterval(poll);
      const result = {
        ms,
        spawnedAtMs,
        code,
        signal,
        stderr,
        rssKiB: null,
        cpuS: null,
        rssPolled: false,
      };
      if (timeFile) {
        try {
          // With a non-zero exit GNU time writes a "Command exited…" line first.
          const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
          const [rss, user, sys] = last.split(' ').map(Number);
          if (Number.isFinite(rss)) result.rssKiB = rss;
          if (Number.isFinite(user) && Number.isFinite(sys)) result.cpuS = user + sys;
        } catch {
          /* time could not write its report: the command itself may not have run */
        }
        rmSync(timeFile, { force: true });
      } else if (measure) {
        result.rssKiB = polledKiB || null;
        result.rssPolled = true;
      }
      resolve(result);
    });
  });
}

function vmHwmKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Throws a one-line error unless the run exited 0. */
export function mustSucceed(what, result) {
  if (result.code !== 0) {
    const why = result.stderr.trim().split('\n').slice(-3).join(' / ');
    throw new Error(
      `${what} exited ${result.code ?? result.signal} (expected 0): ${why || 'no stderr'}`,
    );
  }
  return result;
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile: a value that occurred, never an interpolation. */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const min = (xs) => Math.min(...xs);
export const max = (xs) => Math.max(...xs);

/** A number with a sensible count of digits for a table. */
export function fmt(x, digits) {
  if (x === null || x === undefined || Number.isNaN(x)) return 'n/a';
  if (digits !== undefined) return x.toFixed(digits);
  const a = Math.abs(x);
  return x.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

export function spread(xs, digits) {
  return xs.length > 1 ? `${fmt(min(xs), digits)}–${fmt(max(xs), digits)}` : '(1 round)';
}

/** `✅ met` / `❌ missed`, for a Target column. */
export function verdict(ok) {
  return ok ? '✅ met' : '❌ missed';
}

/** Bash's $EPOCHREALTIME ("1733340000.123456", a comma in some locales) in ms. */
export function epochMs(text) {
  return Number(String(text).trim().replace(',', '.')) * 1000;
}

/** Whether a program is on PATH. */
export function have(program) {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** First line a `--version` prints, or null when the program is missing. */
export function versionOf(program, args = ['--version']) {
  try {
    const out = execFileSync(program, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'C' },
    });
    return out.trim().split('\n')[0] || null;
  } catch (e) {
    const text = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
    return text ? text.split('\n')[0] : null;
  }
}

/** The machine, for the report's header. */
export function machineFacts() {
  let cpu = 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    /* not Linux */
  }
  let distro = os.type();
  try {
    distro =
      /PRETTY_NAME="?([^"\n]+)"?/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? distro;
  } catch {
    /* no os-release */
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memGiB: os.totalmem() / 2 ** 30,
    os: `${distro}, kernel ${os.release()} (${os.arch()})`,
    node: process.version,
    bash: versionOf('bash'),
    xargs: versionOf('xargs'),
    parallel: have('parallel') ? versionOf('parallel', ['--will-cite', '--version']) : null,
    time: GNU_TIME ? versionOf(GNU_TIME) : null,
  };
}

/** Escapes a table cell: a `|` would start a new column. */
export function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function table(head, rows) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Rotates a list by `k`: each round starts with a different tool, so none always runs first. */
export function rotate(list, k) {
  const n = list.length;
  return list.map((_, i) => list[(i + k) % n]);
}

export function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}
