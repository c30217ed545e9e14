// The sweep matrix: text (YAML 1.2 or JSON) -> the list of matrix entries, one per
// job. A mapping is expanded exactly like GitHub Actions' `strategy.matrix`
// (cartesian product, then `exclude`, then `include`); a list of mappings is taken
// as the entries themselves, e.g. what an earlier step printed for `fromJSON`.

import { LineCounter, parseDocument } from 'yaml';
import type { MatrixEntry, MatrixValue } from './types.js';

/** A matrix that cannot be parsed or expands to nothing. The message is one line. */
export class MatrixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatrixError';
  }
}

// GitHub stops at 256 jobs; a sweep may want more, but a product of a few long
// lists can reach billions of combinations, and building them would exhaust
// memory long before anyone noticed the typo.
const MAX_COMBINATIONS = 1_000_000;

const EXPECTED_FORM =
  'expected a mapping of keys to lists of values (like strategy.matrix) or a list of mappings';

/** Parse matrix text (YAML or JSON) and expand it. */
export function parseMatrix(text: string): MatrixEntry[] {
  const lineCounter = new LineCounter();
  // `merge` keeps the common `<<: *base` idiom for sharing matrix parts working;
  // maps stay Maps so that key order and non-string keys are ours to handle.
  const doc = parseDocument(text, { prettyErrors: false, lineCounter, merge: true });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const reason =
      error.code === 'MULTIPLE_DOCS'
        ? 'the text holds more than one YAML document'
        : firstLine(error.message);
    throw new MatrixError(`YAML error at line ${line}, column ${col}: ${reason}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ mapAsMap: true });
  } catch (e) {
    // yaml refuses to expand an alias bomb here rather than exhaust memory.
    throw new MatrixError(`YAML error: ${firstLine(e instanceof Error ? e.message : String(e))}`);
  }
  return expandMatrix(value);
}

/**
 * Expand an already-parsed matrix document: a plain object (or Map) in
 * strategy.matrix form, or an array of mappings. Entries share value objects
 * with each other; treat them as read-only.
 */
export function expandMatrix(doc: unknown): MatrixEntry[] {
  if (doc === null || doc === undefined)
    throw new MatrixError(`the matrix is empty; ${EXPECTED_FORM}`);
  if (Array.isArray(doc)) return listForm(doc);
  if (!isMapping(doc)) throw new MatrixError(`${EXPECTED_FORM}, got ${describe(doc)}`);
  const converter = new Converter();
  const pairs = mappingEntries(doc, 'the matrix').map(([key, value]): [string, MatrixValue] => [
    key,
    toPlain(value, `key ${quote(key)}`, converter),
  ]);
  return matrixForm(pairs);
}

// ---------------------------------------------------------------------------
// The two forms

function listForm(list: unknown[]): MatrixEntry[] {
  if (list.length === 0) throw new MatrixError('the matrix expands to no jobs: the list is empty');
  const converter = new Converter();
  return list.map((item, i) => {
    const where = `list entry ${i + 1}`;
    if (!isMapping(item))
      throw new MatrixError(`${where} must be a mapping, got ${describe(item)}`);
    return toPlain(item, where, converter) as MatrixEntry;
  });
}

/** A compiled include/exclude entry: its pairs, each with the matrix key's position or -1. */
type Pair = { key: string; value: MatrixValue; column: number };

// Pairs rather than an object: an object would put integer-like keys first, and
// the document's first key must vary slowest, as on GitHub.
function matrixForm(pairs: [string, MatrixValue][]): MatrixEntry[] {
  const vectors = pairs.filter(([key]) => key !== 'include' && key !== 'exclude');
  const keys = vectors.map(([key]) => key);
  const columns = new Map(keys.map((k, i) => [k, i]));
  const lists = vectors.map(([key, value]) => {
    if (!Array.isArray(value))
      throw new MatrixError(`key ${quote(key)} must be a list of values, got ${describe(value)}`);
    return value;
  });
  const excludes = entryList(pairs, 'exclude').map((entry, i) =>
    compile(entry).map((pair) => {
      if (pair.column < 0)
        throw new MatrixError(
          `exclude entry ${i + 1} has key ${quote(pair.key)}, which is not a matrix key (keys: ${keyList(keys)})`,
        );
      return pair;
    }),
  );
  const includes = entryList(pairs, 'include').map(compile);

  function compile(entry: MatrixEntry): Pair[] {
    return Object.keys(entry).map((key) => ({
      key,
      value: entry[key],
      column: columns.get(key) ?? -1,
    }));
  }

  // Cartesian product, first key slowest. No keys means no combinations: a
  // matrix of only `include` runs exactly the include entries.
  let rows: MatrixValue[][] = [];
  if (keys.length > 0) {
    const total = lists.reduce((n, list) => n * list.length, 1);
    if (total > MAX_COMBINATIONS)
      throw new MatrixError(
        `the matrix has ${total} combinations (${lists.map((l) => l.length).join(' x ')}), more than the limit of ${MAX_COMBINATIONS}`,
      );
    rows = [[]];
    for (const list of lists) {
      const next: MatrixValue[][] = [];
      for (const row of rows) for (const value of list) next.push([...row, value]);
      rows = next;
    }
  }
  const productSize = rows.length;

  // Exclude: a combination goes when it matches every pair of any one exclude
  // entry (a partial match, so `{os: mac}` removes every mac combination).
  if (excludes.length > 0)
    rows = rows.filter(
      (row) => !excludes.some((pairs) => pairs.every((p) => same(row[p.column], p.value))),
    );

  const entries = rows.map((row) => {
    const entry: MatrixEntry = {};
    keys.forEach((key, i) => setOwn(entry, key, row[i]));
    return entry;
  });

  // Include, in order. An include entry extends every original combination
  // (post-exclude, never an appended include) whose matrix values it does not
  // contradict; values that earlier includes added may be overwritten. One that
  // extends nothing becomes a combination of its own.
  const appended: MatrixEntry[] = [];
  for (const pairs of includes) {
    const extra = pairs.filter((p) => p.column < 0);
    let fitted = false;
    rows.forEach((row, i) => {
      if (!pairs.every((p) => p.column < 0 || same(row[p.column], p.value))) return;
      fitted = true;
      for (const p of extra) setOwn(entries[i], p.key, p.value);
    });
    if (!fitted) {
      const entry: MatrixEntry = {};
      for (const p of pairs) setOwn(entry, p.key, p.value);
      appended.push(entry);
    }
  }

  const all = entries.concat(appended);
  if (all.length === 0) throw new MatrixError(`the matrix expands to no jobs: ${whyEmpty()}`);
  return all;

  function whyEmpty(): string {
    if (keys.length === 0) return 'it has no keys and no include entries';
    const empty = keys.find((_, i) => lists[i].length === 0);
    if (empty !== undefined) return `key ${quote(empty)} has an empty list`;
    if (productSize > 0) return `every combination (${productSize}) was excluded`;
    return 'no combinations';
  }
}

/** The `include` or `exclude` list of a matrix, checked to be a list of mappings. */
function entryList(pairs: [string, MatrixValue][], name: 'include' | 'exclude'): MatrixEntry[] {
  const found = pairs.find(([key]) => key === name);
  if (!found) return [];
  const list = found[1];
  if (!Array.isArray(list))
    throw new MatrixError(`'${name}' must be a list of mappings, got ${describe(list)}`);
  list.forEach((entry, i) => {
    if (!isMapping(entry))
      throw new MatrixError(`${name} entry ${i + 1} must be a mapping, got ${describe(entry)}`);
  });
  return list as MatrixEntry[];
}

// ---------------------------------------------------------------------------
// Values

/**
 * Converts parsed data (yaml's Maps, or plain JSON-like objects from a caller)
 * into fresh MatrixValues. It refuses what YAML/JSON cannot express and the
 * cycles a YAML alias inside its own anchor makes; it remembers what it has
 * converted, so data shared through aliases costs its size once.
 */
class Converter {
  readonly done = new Map<object, MatrixValue>();
  readonly active = new Set<object>();
}

function toPlain(value: unknown, where: string, converter: Converter): MatrixValue {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      throw new MatrixError(`${where} holds ${describe(value)}, which YAML/JSON cannot express`);
  }
  if (value === null) return null;
  const known = converter.done.get(value);
  if (known !== undefined) return known;
  if (converter.active.has(value))
    throw new MatrixError(`${where} contains itself (a YAML alias inside its own anchor)`);
  if (!Array.isArray(value) && !isMapping(value))
    throw new MatrixError(`${where} holds ${describe(value)}, which YAML/JSON cannot express`);
  converter.active.add(value);
  let result: MatrixValue;
  if (Array.isArray(value)) {
    result = value.map((item) => toPlain(item, where, converter));
  } else {
    const object: { [key: string]: MatrixValue } = {};
    for (const [key, item] of mappingEntries(value, where))
      setOwn(object, key, toPlain(item, where, converter));
    result = object;
  }
  converter.active.delete(value);
  converter.done.set(value, result);
  return result;
}

function isMapping(value: unknown): value is object {
  if (value instanceof Map) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The key/value pairs of a Map or plain object, keys as strings, in order. */
function mappingEntries(value: object, where: string): [string, unknown][] {
  if (!(value instanceof Map)) return Object.entries(value);
  const pairs: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const [rawKey, item] of value as Map<unknown, unknown>) {
    if (typeof rawKey !== 'string' && typeof rawKey !== 'number' && typeof rawKey !== 'boolean')
      throw new MatrixError(`${where} has a key that is ${describe(rawKey)}; keys must be strings`);
    const key = String(rawKey);
    // `1` and `'1'` are different YAML keys but the same property.
    if (seen.has(key)) throw new MatrixError(`${where} has the key ${quote(key)} twice`);
    seen.add(key);
    pairs.push([key, item]);
  }
  return pairs;
}

/** Deep equality of YAML/JSON values; key order in mappings does not matter. */
function same(a: MatrixValue, b: MatrixValue): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => same(item, b[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]));
}

/** Assign an own property, including one named `__proto__`. */
function setOwn(object: { [key: string]: MatrixValue }, key: string, value: MatrixValue): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else object[key] = value;
}

// ---------------------------------------------------------------------------
// Messages

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'a mapping';
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'unknown'})`;
  return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
}

/** A key for a one-line message: control characters escaped, long ones cut. */
function quote(text: string): string {
  const escaped = text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped.length > 40 ? `${escaped.slice(0, 39)}…` : escaped}'`;
}

function keyList(keys: string[]): string {
  if (keys.length === 0) return 'none';
  const shown = keys.slice(0, 10).map((k) => quote(k).slice(1, -1));
  return keys.length > 10 ? `${shown.join(', ')}, … (${keys.length} in all)` : shown.join(', ');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].trim();
}
