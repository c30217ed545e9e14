// The data that flows between the stages of a sweep. Plain data only: no class
// instances, no callbacks, so every stage can be tested on its own and a results
// file read back is the same shape as the one written.

/** A value in a matrix entry: whatever YAML/JSON can express. */
export type MatrixValue =
  string | number | boolean | null | MatrixValue[] | { [key: string]: MatrixValue };

/** One combination of the expanded matrix: key -> value, in key order. */
export type MatrixEntry = { [key: string]: MatrixValue };

/** How a job ended. `reused` is a job resumed from a previous results file. */
export type JobStatus = 'success' | 'failure' | 'timeout' | 'cancelled' | 'skipped' | 'reused';

/** One job of the sweep: a matrix entry with its identity. */
export interface Job {
  /** 0-based position in the expanded matrix (matrix order). */
  index: number;
  /** Stable id: a short hash of the entry's canonical JSON (suffixed for duplicates). */
  id: string;
  /** Display name, by default like GitHub's: `(0.1, 32)`. */
  name: string;
  matrix: MatrixEntry;
}

/** How one attempt of a job (one child process group) ended. */
export type AttemptStatus = 'success' | 'failure' | 'timeout' | 'cancelled';

/** Where and when an earlier attempt of a job ran, and how it ended. */
export interface EarlierAttempt {
  devices: string[];
  status: AttemptStatus;
  exitCode: number | null;
  signal: string | null;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
}

/** The flat record of a job, as published in outputs and the results file. */
export interface JobResult {
  index: number;
  id: string;
  name: string;
  matrix: MatrixEntry;
  devices: string[];
  status: JobStatus;
  exitCode: number | null;
  signal: string | null;
  /** Attempts made (0 for skipped jobs). */
  attempts: number;
  /** Exit codes of earlier attempts, oldest first (absent with one attempt). */
  previousExitCodes?: (number | null)[];
  /** Earlier attempts, oldest first (absent with one attempt): where and when they ran. */
  earlierAttempts?: EarlierAttempt[];
  startedAt: string | null;
  finishedAt: string | null;
  durationSeconds: number | null;
  /** What the job wrote to its own GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Path of the job's log (stdout and stderr), null when it never ran. */
  logFile: string | null;
  /** What the job wrote to its own GITHUB_STEP_SUMMARY (may be cut to a limit). */
  summary?: string;
  /** Last lines of the log, kept for failed jobs so the summary can show them. */
  logTail?: string[];
  /** Why the job did not run or could not start. */
  error?: string;
  /** The runner (machine) that ran it: set in results files, used by merge. */
  runner?: string;
  /** Predicted duration in seconds (from history), when ordering used one. */
  predictedSeconds?: number;
}

/** The versioned results document written to `results-file`. */
export interface ResultsDocument {
  schema: 1;
  tool: { name: 'gpu-sweep'; version: string };
  /** sha256 (hex, first 16) of the canonical JSON of the whole expanded matrix. */
  matrixFingerprint: string;
  /** Number of entries in the whole expanded matrix (all shards). */
  matrixSize: number;
  devices: string[];
  runner: string;
  /** The shard this run took, `{ index: 1-based, count }`; absent when not sharded. */
  shard?: { index: number; count: number };
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
  order: 'fifo' | 'longest-first';
  /** Predicted and actual makespan, when the order came from history. */
  estimate?: { predictedSeconds: number; actualSeconds: number };
  /** True when the sweep was cancelled (by the runner or Ctrl-C). */
  cancelled: boolean;
  dryRun: boolean;
  objective?: { direction: 'max' | 'min'; key: string };
  /** Index of the best job by the objective, when there is one. */
  bestIndex?: number;
  jobs: JobResult[];
}

/** Counts by status, as shown in the tally. */
export type Tally = Record<JobStatus, number> & { total: number };
