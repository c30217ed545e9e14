// Input and output names live here, once: action.yml, the CLI's flags and the
// README all speak of these names, so a typo in one place cannot drift.

export const VERSION = '1.0.0';

export const Inputs = {
  matrix: 'matrix',
  matrixFile: 'matrix-file',
  run: 'run',
  shell: 'shell',
  workingDirectory: 'working-directory',
  env: 'env',
  devices: 'devices',
  devicesPerJob: 'devices-per-job',
  maxParallel: 'max-parallel',
  deviceEnv: 'device-env',
  jobName: 'job-name',
  timeoutMinutes: 'timeout-minutes',
  killGraceSeconds: 'kill-grace-seconds',
  retries: 'retries',
  maxFailures: 'max-failures',
  failFast: 'fail-fast',
  logDir: 'log-dir',
  logMode: 'log-mode',
  resultsFile: 'results-file',
  objective: 'objective',
  dryRun: 'dry-run',
  lockDir: 'lock-dir',
  order: 'order',
  previousResults: 'previous-results',
  resume: 'resume',
  shard: 'shard',
  merge: 'merge',
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export const INPUT_NAMES: readonly InputName[] = Object.values(Inputs);

/** Raw input values by name, as strings, exactly as the action or CLI received them. */
export type RawInputs = Partial<Record<InputName, string>>;

export const Outputs = {
  results: 'results',
  total: 'total',
  succeeded: 'succeeded',
  failed: 'failed',
  timedOut: 'timed-out',
  cancelled: 'cancelled',
  skipped: 'skipped',
  reused: 'reused',
  resultsFile: 'results-file',
  logDir: 'log-dir',
  best: 'best',
  bestIndex: 'best-index',
} as const;

/** Grace between SIGTERM and SIGKILL when the runner cancels: the runner sends
 * SIGTERM to node 7.5 s after SIGINT and SIGKILL 2.5 s later, so jobs must be
 * dead and results published well before 7.5 s. */
export const CANCEL_GRACE_CAP_MS = 4000;

/** Set in every job's environment so the post step can tell our process groups
 * from unrelated processes that happen to reuse a pid. */
export const RUN_MARKER_ENV = 'GPU_SWEEP_RUN';
