// The gpu-sweep command line, parsed: argv and a config file in, the same raw
// input map the action reads out. Pure (no process, no files): the edge in
// cli.ts reads the config file and hands its text here.
//
// Every sweep option is an action input under the same name, so the option
// table below is generated from INPUT_NAMES; only the descriptions and the few
// inputs that behave differently on a command line are listed by hand.
import { parseDocument, stringify } from 'yaml';
import { INPUT_NAMES, Inputs, VERSION, type InputName, type RawInputs } from './constants.js';

/** A command line that cannot be understood. The message is one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CommandName = 'run' | 'plan' | 'summary' | 'merge';
const COMMANDS: readonly CommandName[] = ['run', 'plan', 'summary', 'merge'];

/** How an option takes its value on the command line. */
type OptionKind = 'value' | 'flag' | 'repeat';

export interface OptionSpec {
  input: InputName;
  kind: OptionKind;
  /** The value's name in --help, e.g. `N` for `--retries N`. */
  metavar: string;
  description: string;
  /** The action's default, shown in --help; absent when there is none. */
  default?: string;
}

/**
 * What each input means, worded as in action.yml (a test keeps them equal),
 * except where the CLI's behaviour differs: its default folders.
 */
const DESCRIPTIONS: Record<InputName, string> = {
  matrix:
    'The sweep matrix, inline YAML or JSON, in strategy.matrix form (keys with lists, include, exclude) or as a list of objects. Give this or matrix-file.',
  'matrix-file': 'Path of a YAML or JSON file holding the matrix. Give this or matrix.',
  run: 'The script each job runs. Placeholders {{ matrix.KEY }}, {{ sweep.devices }}, {{ sweep.index }}, {{ sweep.id }}, {{ sweep.name }}, {{ sweep.attempt }} are replaced safely quoted.',
  shell:
    "bash (default, as 'bash --noprofile --norc -eo pipefail {0}'), sh, python, pwsh, or a command template containing {0}.",
  'working-directory': 'Directory the jobs start in.',
  env: 'Extra environment variables for every job, one KEY=VALUE per line.',
  devices:
    'auto (CUDA_VISIBLE_DEVICES, else the GPUs nvidia-smi lists) or device ids separated by commas, spaces or newlines: indices, GPU-/MIG- UUIDs, or any labels.',
  'devices-per-job': 'How many devices each job holds exclusively.',
  'max-parallel': 'Most jobs running at once; 0 = as many as the devices allow.',
  'device-env': "Variable name(s), comma-separated, set to the job's devices (comma-joined).",
  'job-name':
    "Template for job names, e.g. 'lr={{ matrix.lr }}'. Default: the entry's values joined, like GitHub: (0.1, 32).",
  'timeout-minutes': 'Time limit per job attempt in minutes (fractions allowed); 0 = none.',
  'kill-grace-seconds':
    'Seconds between SIGTERM and SIGKILL for a job that timed out or left processes behind (capped at 4 on cancellation).',
  retries:
    'Re-run a failed or timed-out job up to this many more times, on a different device when one is free.',
  'max-failures': 'Stop starting jobs once this many have finally failed; 0 = never stop.',
  'fail-fast': 'Stop at the first failure and cancel the running jobs.',
  'log-dir': 'Folder for per-job logs and output files. Default: ./gpu-sweep-out/logs.',
  'log-mode':
    "grouped (each job's output after its finish line, in a collapsible group) or live (prefixed lines as they come).",
  'results-file': 'Path of the results JSON. Default: ./gpu-sweep-out/results.json.',
  objective:
    'max:KEY or min:KEY: the job output that picks the best job (outputs best and best-index).',
  'dry-run': 'Expand the matrix and resolve devices, publish the plan, run nothing.',
  'lock-dir':
    'Host-wide lease folder so several runners on one machine never share a device; empty disables.',
  order: 'auto (longest-first when previous-results is given, else fifo), fifo, or longest-first.',
  'previous-results':
    'Results files of earlier runs (one per line), for durations (order) and resume.',
  resume: 'With previous-results, reuse jobs that already succeeded instead of running them again.',
  shard:
    "i/n: run only this runner's share of the matrix (1-based), for a sweep spread over several runners.",
  merge:
    'A glob of shard results files to merge into one report (then matrix and run are not needed).',
};

/** The action's defaults (action.yml), for --help. */
const DEFAULTS: Partial<Record<InputName, string>> = {
  shell: 'bash',
  'working-directory': '.',
  devices: 'auto',
  'devices-per-job': '1',
  'max-parallel': '0',
  'device-env': 'CUDA_VISIBLE_DEVICES',
  'timeout-minutes': '0',
  'kill-grace-seconds': '10',
  retries: '0',
  'max-failures': '0',
  'fail-fast': 'false',
  'log-mode': 'grouped',
  'dry-run': 'false',
  'lock-dir': '/tmp/gpu-sweep/locks',
  order: 'auto',
  resume: 'false',
};

const BOOLEAN_INPUTS: readonly InputName[] = [Inputs.failFast, Inputs.dryRun, Inputs.resume];
/** Inputs that hold one item per line in the action: the flag is given once per item. */
const REPEATED_INPUTS: readonly InputName[] = [Inputs.env, Inputs.previousResults];
const METAVARS: Partial<Record<InputName, string>> = {
  matrix: 'YAML',
  'matrix-file': 'FILE',
  run: 'SCRIPT',
  shell: 'SHELL',
  'working-directory': 'DIR',
  env: 'KEY=VALUE',
  devices: 'IDS',
  'devices-per-job': 'N',
  'max-parallel': 'N',
  'device-env': 'NAMES',
  'job-name': 'TEMPLATE',
  'timeout-minutes': 'MINUTES',
  'kill-grace-seconds': 'SECONDS',
  retries: 'N',
  'max-failures': 'N',
  'log-dir': 'DIR',
  'log-mode': 'MODE',
  'results-file': 'FILE',
  objective: 'max:KEY|min:KEY',
  'lock-dir': 'DIR',
  order: 'ORDER',
  'previous-results': 'FILE',
  shard: 'I/N',
};

function specOf(input: InputName): OptionSpec {
  const kind: OptionKind = BOOLEAN_INPUTS.includes(input)
    ? 'flag'
    : REPEATED_INPUTS.includes(input)
      ? 'repeat'
      : 'value';
  const spec: OptionSpec = {
    input,
    kind,
    metavar: METAVARS[input] ?? 'VALUE',
    description: DESCRIPTIONS[input],
  };
  const fallback = DEFAULTS[input];
  if (fallback !== undefined) spec.default = fallback;
  return spec;
}

/**
 * The options of `run` and `plan`: every action input but `merge`, which is a
 * command of its own here. The flag is `--` + the input name.
 */
export const SWEEP_OPTIONS: readonly OptionSpec[] = INPUT_NAMES.filter(
  (name) => name !== Inputs.merge,
).map(specOf);

/** The inputs `merge` takes besides its files. */
const MERGE_OPTIONS: readonly OptionSpec[] = [
  {
    ...specOf(Inputs.resultsFile),
    description: 'Path of the merged results JSON. Default: ./gpu-sweep-out/merged.json.',
  },
  {
    ...specOf(Inputs.objective),
    description:
      "max:KEY or min:KEY: the job output that picks the best job (default: the shards' own).",
  },
];

/** Options that are the command line's own, not inputs. */
interface ExtraOption {
  name: string;
  description: string;
  metavar?: string;
}
const HELP: ExtraOption = { name: 'help', description: 'Show this help.' };
const CONFIG: ExtraOption = {
  name: 'config',
  metavar: 'FILE',
  description:
    "A YAML file with the same keys as the action's `with:` block; options given here override it.",
};
const EXTRAS: Record<CommandName, ExtraOption[]> = {
  run: [
    CONFIG,
    {
      name: 'no-progress',
      description: 'Print one plain line per event instead of the live view on a terminal.',
    },
    HELP,
  ],
  plan: [
    CONFIG,
    {
      name: 'json',
      description: 'Print the jobs as a JSON array of {index, id, name, matrix}, in matrix order.',
    },
    HELP,
  ],
  summary: [HELP],
  merge: [HELP],
};

// ── Parsed command lines ────────────────────────────────────────────────────

export interface SweepArgs {
  command: 'run' | 'plan';
  /** Inputs given as options (flags win over the config file). */
  raw: RawInputs;
  /** The --config file, as given. */
  config: string | null;
  /** The command after `--`, run without a shell; empty when none. */
  argv: string[];
  /** plan --json */
  json: boolean;
  /** run --no-progress */
  progress: boolean;
}

export type ParsedArgs =
  | { command: 'help'; topic: CommandName | null }
  | { command: 'version' }
  | SweepArgs
  | { command: 'summary'; file: string }
  | { command: 'merge'; files: string[]; raw: RawInputs };

/** `--name=value` or `--name`, split. */
function splitOption(arg: string): { name: string; inline: string | undefined } {
  const eq = arg.indexOf('=');
  return eq < 0
    ? { name: arg.slice(2), inline: undefined }
    : { name: arg.slice(2, eq), inline: arg.slice(eq + 1) };
}

function parseBoolean(name: string, value: string): string {
  if (/^(true|false)$/i.test(value)) return value.toLowerCase();
  throw new UsageError(
    `Invalid --${name} '${value}'. Expected --${name}, --${name}=true or --${name}=false.`,
  );
}

/**
 * Parse the options of one command. `extras` are the command's own flags (the
 * names of those that take a value map to true); every other option must be
 * one of `inputs`.
 */
function parseOptions(
  command: CommandName,
  args: string[],
  inputs: readonly OptionSpec[],
  extras: Record<string, boolean>,
): {
  raw: RawInputs;
  extra: Record<string, string | true>;
  positionals: string[];
  argv: string[] | null;
} {
  const raw: RawInputs = {};
  const extra: Record<string, string | true> = {};
  const positionals: string[] = [];
  const repeated = new Map<InputName, string[]>();
  const byName = new Map(inputs.map((o) => [o.input as string, o]));
  let i = 0;
  const valueOf = (name: string, inline: string | undefined): string => {
    if (inline !== undefined) return inline;
    const next = args[i + 1];
    // A value that starts with `--` is more likely a forgotten value than a
    // value; the `=` form says which was meant.
    if (next === undefined || next.startsWith('--'))
      throw new UsageError(`Option --${name} needs a value: --${name} VALUE or --${name}=VALUE.`);
    i += 1;
    return next;
  };
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      for (const [input, values] of repeated) raw[input] = values.join('\n');
      return { raw, extra, positionals, argv: args.slice(i + 1) };
    }
    if (arg === '-h') {
      extra.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-')
        throw new UsageError(
          `Unknown option '${arg}' for gpu-sweep ${command}; see gpu-sweep ${command} --help.`,
        );
      positionals.push(arg);
      continue;
    }
    const { name, inline } = splitOption(arg);
    if (name in extras) {
      if (extras[name]) extra[name] = valueOf(name, inline);
      else if (inline !== undefined)
        throw new UsageError(`Option --${name} takes no value, got --${name}=${inline}.`);
      else extra[name] = true;
      continue;
    }
    const spec = byName.get(name);
    if (!spec)
      throw new UsageError(
        `Unknown option '--${name}' for gpu-sweep ${command}; see gpu-sweep ${command} --help.`,
      );
    if (spec.kind === 'flag') {
      raw[spec.input] = inline === undefined ? 'true' : parseBoolean(name, inline);
    } else if (spec.kind === 'repeat') {
      repeated.set(spec.input, [...(repeated.get(spec.input) ?? []), valueOf(name, inline)]);
    } else {
      raw[spec.input] = valueOf(name, inline);
    }
  }
  for (const [input, values] of repeated) raw[input] = values.join('\n');
  return { raw, extra, positionals, argv: null };
}

/** Parse the arguments after `gpu-sweep`. Throws UsageError with a one-line message. */
export function parseArgs(args: string[]): ParsedArgs {
  const [first, ...rest] = args;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] ? commandName(rest[0]) : null;
    return { command: 'help', topic };
  }
  if (first === '--version' || first === '-V' || first === 'version') return { command: 'version' };
  const command = commandName(first);

  if (command === 'run' || command === 'plan') {
    const own: Record<string, boolean> = { config: true, help: false };
    if (command === 'run') own['no-progress'] = false;
    else own.json = false;
    const parsed = parseOptions(command, rest, SWEEP_OPTIONS, own);
    if (parsed.extra.help) return { command: 'help', topic: command };
    if (parsed.positionals.length)
      throw new UsageError(
        `Unexpected argument '${parsed.positionals[0]}' for gpu-sweep ${command}: put a command to run after --, e.g. gpu-sweep ${command} --matrix '…' -- python train.py.`,
      );
    if (parsed.argv !== null && parsed.argv.length === 0)
      throw new UsageError(
        `Nothing after --: give the command each job runs, e.g. -- python train.py.`,
      );
    return {
      command,
      raw: parsed.raw,
      config: typeof parsed.extra.config === 'string' ? parsed.extra.config : null,
      argv: parsed.argv ?? [],
      json: parsed.extra.json === true,
      progress: parsed.extra['no-progress'] !== true,
    };
  }

  const parsed = parseOptions(command, rest, command === 'merge' ? MERGE_OPTIONS : [], {
    help: false,
  });
  if (parsed.extra.help) return { command: 'help', topic: command };
  if (parsed.argv !== null)
    throw new UsageError(`gpu-sweep ${command} runs no command; remove the -- and what follows.`);
  if (command === 'summary') {
    if (parsed.positionals.length !== 1)
      throw new UsageError(
        `gpu-sweep summary takes one results file, got ${parsed.positionals.length}: gpu-sweep summary results.json.`,
      );
    return { command, file: parsed.positionals[0] };
  }
  if (parsed.positionals.length === 0)
    throw new UsageError(
      `gpu-sweep merge needs results files or globs: gpu-sweep merge 'shards/*/results.json'.`,
    );
  return { command, files: parsed.positionals, raw: parsed.raw };
}

function commandName(text: string): CommandName {
  if ((COMMANDS as readonly string[]).includes(text)) return text as CommandName;
  throw new UsageError(
    `Unknown command '${text}'. Expected one of: ${COMMANDS.join(', ')} (see gpu-sweep --help).`,
  );
}

// ── The config file ─────────────────────────────────────────────────────────

const SCALAR = ['string', 'number', 'boolean', 'bigint'];

function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  return SCALAR.includes(typeof value) ? String(value) : undefined;
}

/** One config value as the action would receive it: text. */
function inputText(key: InputName, value: unknown, file: string): string {
  const scalar = scalarText(value);
  if (scalar !== undefined) return scalar;
  // A matrix is data: as YAML text it parses back to the same entries (Maps
  // keep their key order, which a plain object would not for numeric keys).
  if (key === Inputs.matrix && (value instanceof Map || Array.isArray(value)))
    return stringify(value);
  if (key === Inputs.env && value instanceof Map) {
    const lines: string[] = [];
    for (const [name, v] of value as Map<unknown, unknown>) {
      const text = scalarText(v);
      if (typeof name !== 'string' || text === undefined)
        throw new UsageError(
          `Invalid env in config '${file}': expected KEY: value pairs with text values, got '${String(name)}'.`,
        );
      lines.push(`${name}=${text}`);
    }
    return lines.join('\n');
  }
  if (Array.isArray(value)) {
    const items = value.map(scalarText);
    if (items.every((t) => t !== undefined)) return items.join('\n');
  }
  throw new UsageError(
    `Invalid ${key} in config '${file}': expected text, a number, true/false${
      key === Inputs.matrix ? ', a mapping or a list' : ' or a list of them'
    }.`,
  );
}

/**
 * Read a config file's text: the keys of the action's `with:` block, so one
 * file serves both. Keys starting with `x-` are ignored, a place for YAML
 * anchors. `merge` is a command here, so it is refused.
 */
export function parseConfig(text: string, file: string): RawInputs {
  const doc = parseDocument(text, { prettyErrors: false, merge: true });
  if (doc.errors.length)
    throw new UsageError(`Invalid config '${file}': ${doc.errors[0].message.split('\n')[0]}`);
  const value: unknown = doc.toJS({ mapAsMap: true });
  if (value === null || value === undefined) return {};
  if (!(value instanceof Map))
    throw new UsageError(
      `Invalid config '${file}': expected a mapping of action inputs (matrix:, run:, devices: …).`,
    );
  const raw: RawInputs = {};
  for (const [key, v] of value as Map<unknown, unknown>) {
    const name = String(key);
    if (name.startsWith('x-')) continue;
    if (name === Inputs.merge)
      throw new UsageError(
        `Invalid key 'merge' in config '${file}': merging is a command here: gpu-sweep merge FILES.`,
      );
    if (!(INPUT_NAMES as readonly string[]).includes(name))
      throw new UsageError(
        `Unknown key '${name}' in config '${file}'; expected action inputs (see gpu-sweep run --help).`,
      );
    raw[name as InputName] = inputText(name as InputName, v, file);
  }
  return raw;
}

/**
 * Options over the config file, key by key. Some inputs exclude each other, so
 * giving one as an option drops the other from the config: `--matrix-file`
 * replaces the config's `matrix`, and a command after `--` replaces its `run`.
 */
export function overlay(config: RawInputs, flags: RawInputs, hasCommand: boolean): RawInputs {
  const merged: RawInputs = { ...config };
  if (flags.matrix !== undefined || flags['matrix-file'] !== undefined) {
    delete merged.matrix;
    delete merged['matrix-file'];
  }
  if (hasCommand) delete merged.run;
  return { ...merged, ...flags };
}

// ── Help ────────────────────────────────────────────────────────────────────

const WIDTH = 80;

function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A placeholder such as `{{ matrix.lr }}` is one word: never split across lines.
  for (const word of text.match(/(?:\{\{[^}]*\}\}|\S)+/g) ?? []) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l);
}

function optionHelp(spec: OptionSpec): string[] {
  const usage =
    spec.kind === 'flag'
      ? `--${spec.input}[=false]`
      : `--${spec.input} ${spec.metavar}${spec.kind === 'repeat' ? '  (repeatable)' : ''}`;
  const text =
    spec.default !== undefined
      ? `${spec.description} [default: ${spec.default}]`
      : spec.description;
  return [`  ${usage}`, ...wrap(text, 6)];
}

function extraHelp(extra: ExtraOption): string[] {
  return [
    `  --${extra.name}${extra.metavar ? ` ${extra.metavar}` : ''}`,
    ...wrap(extra.description, 6),
  ];
}

const USAGE: Record<CommandName, string[]> = {
  run: [
    'Usage: gpu-sweep run [options] [-- command args…]',
    '',
    'Run every job of the matrix, one per device at a time, and write the results file.',
    'A command after -- is run directly with its arguments (no shell) instead of --run.',
    'Exit status: 0 all jobs succeeded, 1 some did not, 2 usage or configuration error,',
    '130 interrupted (Ctrl-C once cancels cleanly; twice kills the jobs at once).',
  ],
  plan: [
    'Usage: gpu-sweep plan [options] [-- command args…]',
    '',
    'Expand the matrix and print the jobs `run` would run with these options (with',
    '--shard, only that shard’s), in matrix order. Runs nothing.',
  ],
  summary: [
    'Usage: gpu-sweep summary RESULTS_FILE',
    '',
    'Print the markdown summary of a results file (as the action writes to the job summary).',
  ],
  merge: [
    'Usage: gpu-sweep merge FILE_OR_GLOB… [--results-file FILE] [--objective max:KEY|min:KEY]',
    '',
    'Merge the results files of a sharded sweep into one, print its table and write it',
    '(default ./gpu-sweep-out/merged.json). Exit status 1 when a shard is missing or a',
    'job did not succeed.',
  ],
};

/** The text of `--help`, for the program or one command. */
export function helpText(topic: CommandName | null): string {
  if (topic === null) {
    return [
      `gpu-sweep ${VERSION}: run a parameter sweep across a machine's GPUs, one job per GPU at a time.`,
      '',
      'Usage: gpu-sweep COMMAND [options]',
      '',
      'Commands:',
      '  run       run the sweep (options mirror the GitHub Action inputs)',
      '  plan      print the jobs a run would run, run nothing',
      '  summary   print the markdown summary of a results file',
      '  merge     merge the results files of a sharded sweep',
      '',
      'Example:',
      "  gpu-sweep run --matrix '{lr: [0.1, 0.01], batch: [32, 64]}' --devices 0,1 \\",
      "    --run 'python train.py --lr {{ matrix.lr }} --batch {{ matrix.batch }}'",
      '',
      'gpu-sweep COMMAND --help shows the options of a command; gpu-sweep --version the version.',
      '',
    ].join('\n');
  }
  const lines = [...USAGE[topic], '', 'Options:'];
  const inputs =
    topic === 'run' || topic === 'plan' ? SWEEP_OPTIONS : topic === 'merge' ? MERGE_OPTIONS : [];
  for (const spec of inputs) lines.push(...optionHelp(spec));
  for (const extra of EXTRAS[topic]) lines.push(...extraHelp(extra));
  return `${lines.join('\n')}\n`;
}
