// Merge mode: find shard results files by glob, merge them into one document
// and recompute the best job over all of them.
import { readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Inputs } from './constants.js';
import { findBest } from './report.js';
import { ConfigError, type Settings } from './settings.js';
import { MergeError, mergeResults } from './shard.js';
import { readResultsFile } from './sweep.js';
import type { ResultsDocument } from './types.js';

function segmentRegex(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/**
 * Files matching a glob (`*`, `?` within a path segment, `**` for any depth),
 * sorted. Small on purpose: merge patterns look like `shards/**\/results.json`.
 */
function globFiles(pattern: string, cwd: string): string[] {
  const absolute = resolve(cwd, pattern);
  const parts = absolute.split(sep).filter(Boolean);
  const found = new Set<string>();
  const walk = (dir: string, i: number): void => {
    if (i === parts.length) return;
    const part = parts[i];
    const last = i === parts.length - 1;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (part === '**') {
      walk(dir, i + 1);
      for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name), i);
      return;
    }
    if (!/[*?]/.test(part)) {
      const e = entries.find((x) => x.name === part);
      if (!e) return;
      if (last) {
        if (e.isFile()) found.add(join(dir, part));
      } else if (e.isDirectory()) walk(join(dir, part), i + 1);
      return;
    }
    const re = segmentRegex(part);
    for (const e of entries) {
      if (!re.test(e.name)) continue;
      if (last) {
        if (e.isFile()) found.add(join(dir, e.name));
      } else if (e.isDirectory()) walk(join(dir, e.name), i + 1);
    }
  };
  walk(sep, 0);
  return [...found].sort();
}

/**
 * Merge the results files that the patterns match. `patterns` is the action's
 * `merge` input (globs separated by whitespace) or the CLI's arguments (one
 * glob or path each, spaces allowed).
 */
export function mergeFiles(
  patterns: string | string[],
  cwd: string,
  objective: Settings['objective'],
): { doc: ResultsDocument; problems: string[]; files: string[] } {
  const list = typeof patterns === 'string' ? splitPatterns(patterns) : patterns;
  const files = list.flatMap((p) => globFiles(p, cwd));
  const unique = [...new Set(files)];
  if (unique.length === 0)
    throw new ConfigError(
      `Invalid ${Inputs.merge} '${list.join(' ')}': no results file matches it.`,
    );
  const inputs = unique.map((file) => ({ file, doc: readResultsFile(file, Inputs.merge) }));
  let merged;
  try {
    merged = mergeResults(inputs);
  } catch (e) {
    if (e instanceof MergeError) throw new ConfigError(`Invalid ${Inputs.merge}: ${e.message}`);
    throw e;
  }
  const doc = merged.doc;
  const obj = objective ?? doc.objective ?? null;
  if (obj) {
    doc.objective = obj;
    const best = findBest(doc.jobs, obj);
    if (best !== undefined) doc.bestIndex = best;
  }
  return { doc, problems: merged.problems, files: unique };
}

/** Several patterns may be given, one per line or separated by spaces. */
function splitPatterns(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
