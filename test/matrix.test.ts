import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatrixError, expandMatrix, parseMatrix } from '../src/matrix.js';
import type { MatrixEntry, MatrixValue } from '../src/types.js';

/** The message `run` throws; fails the test unless it throws a MatrixError. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(MatrixError);
    return (e as MatrixError).message;
  }
  throw new Error('expected a MatrixError, nothing was thrown');
}

const yamlError = (text: string) => errorOf(() => parseMatrix(text));

/** Entries with their key order made visible (toEqual ignores key order). */
const ordered = (entries: MatrixEntry[]) => entries.map((e) => Object.entries(e));

describe('product', () => {
  it('varies the first key slowest and keeps matrix key order in each entry', () => {
    // GitHub's documented order for this matrix.
    const entries = parseMatrix('version: [10, 12, 14]\nos: [ubuntu-latest, windows-latest]\n');
    expect(ordered(entries)).toEqual([
      [
        ['version', 10],
        ['os', 'ubuntu-latest'],
      ],
      [
        ['version', 10],
        ['os', 'windows-latest'],
      ],
      [
        ['version', 12],
        ['os', 'ubuntu-latest'],
      ],
      [
        ['version', 12],
        ['os', 'windows-latest'],
      ],
      [
        ['version', 14],
        ['os', 'ubuntu-latest'],
      ],
      [
        ['version', 14],
        ['os', 'windows-latest'],
      ],
    ]);
  });

  it('follows document order even for integer-like keys', () => {
    // A plain object would enumerate '1' before '2'; the document says '2' first.
    const entries = parseMatrix("'2': [a, b]\n'1': [x, y]\n");
    expect(entries.map((e) => `${String(e['2'])}${String(e['1'])}`)).toEqual([
      'ax',
      'ay',
      'bx',
      'by',
    ]);
  });

  it('keeps duplicate values as separate combinations', () => {
    expect(parseMatrix('a: [1, 1]\nb: [x]')).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'x' },
    ]);
  });

  it('ignores where include and exclude sit among the keys', () => {
    const entries = parseMatrix('include: [{c: 1}]\na: [1, 2]\nexclude: [{a: 2}]\nb: [x]\n');
    expect(ordered(entries)).toEqual([
      [
        ['a', 1],
        ['b', 'x'],
        ['c', 1],
      ],
    ]);
  });
});

describe("GitHub's documented examples", () => {
  it('expands the fruit/animal include example exactly', () => {
    const text = `
fruit: [apple, pear]
animal: [cat, dog]
include:
  - color: green
  - color: pink
    animal: cat
  - fruit: apple
    shape: circle
  - fruit: banana
  - fruit: banana
    animal: cat
`;
    expect(ordered(parseMatrix(text))).toEqual([
      [
        ['fruit', 'apple'],
        ['animal', 'cat'],
        ['color', 'pink'],
        ['shape', 'circle'],
      ],
      [
        ['fruit', 'apple'],
        ['animal', 'dog'],
        ['color', 'green'],
        ['shape', 'circle'],
      ],
      [
        ['fruit', 'pear'],
        ['animal', 'cat'],
        ['color', 'pink'],
      ],
      [
        ['fruit', 'pear'],
        ['animal', 'dog'],
        ['color', 'green'],
      ],
      [['fruit', 'banana']],
      [
        ['fruit', 'banana'],
        ['animal', 'cat'],
      ],
    ]);
  });

  it('expands configurations: an include adds a value to the one combination it fits', () => {
    const text = `
os: [windows-latest, ubuntu-latest]
node: [14, 16]
include:
  - os: windows-latest
    node: 16
    npm: 6
`;
    expect(parseMatrix(text)).toEqual([
      { os: 'windows-latest', node: 14 },
      { os: 'windows-latest', node: 16, npm: 6 },
      { os: 'ubuntu-latest', node: 14 },
      { os: 'ubuntu-latest', node: 16 },
    ]);
  });

  it('adds configurations: an include that fits nothing becomes a tenth job', () => {
    const text = `
os: [windows-latest, ubuntu-latest, macos-latest]
version: [10, 12, 14]
include:
  - os: windows-latest
    version: 17
`;
    const entries = parseMatrix(text);
    expect(entries).toHaveLength(10);
    expect(entries[9]).toEqual({ os: 'windows-latest', version: 17 });
    expect(entries.slice(0, 9).every((e) => Object.keys(e).length === 2)).toBe(true);
  });

  it('runs only the include entries when there are no other keys', () => {
    const text = `
include:
  - site: production
    datacenter: site-a
  - site: staging
    datacenter: site-b
`;
    expect(parseMatrix(text)).toEqual([
      { site: 'production', datacenter: 'site-a' },
      { site: 'staging', datacenter: 'site-b' },
    ]);
  });

  it('excludes partial matches: 12 - 1 - 2 = 9 combinations', () => {
    const text = `
os: [macos-latest, windows-latest]
version: [12, 14, 16]
environment: [staging, production]
exclude:
  - os: macos-latest
    version: 12
    environment: production
  - os: windows-latest
    version: 16
`;
    const entries = parseMatrix(text);
    expect(entries).toHaveLength(9);
    const names = entries.map(
      (e) => `${String(e.os)}/${String(e.version)}/${String(e.environment)}`,
    );
    expect(names).not.toContain('macos-latest/12/production');
    expect(names).toContain('macos-latest/12/staging');
    expect(names.filter((n) => n.startsWith('windows-latest/16/'))).toEqual([]);
    expect(names.filter((n) => n.startsWith('windows-latest/'))).toHaveLength(4);
  });
});

describe('exclude', () => {
  it('compares object and list values deeply, ignoring key order', () => {
    const text = `
cfg: [{a: 1, b: [1, 2]}, {a: 1, b: [2, 1]}, {a: 2}]
seed: [1, 2]
exclude:
  - cfg: {b: [1, 2], a: 1}
`;
    expect(parseMatrix(text)).toEqual([
      { cfg: { a: 1, b: [2, 1] }, seed: 1 },
      { cfg: { a: 1, b: [2, 1] }, seed: 2 },
      { cfg: { a: 2 }, seed: 1 },
      { cfg: { a: 2 }, seed: 2 },
    ]);
  });

  it('does not treat a string and a number as equal', () => {
    expect(parseMatrix("v: [1, '1']\nexclude: [{v: '1'}]")).toEqual([{ v: 1 }]);
  });

  it('is applied before include, so an include cannot fit an excluded combination', () => {
    // {a: 1} is gone, so the include fits no original combination and is appended.
    expect(ordered(parseMatrix('a: [1, 2]\nexclude: [{a: 1}]\ninclude: [{a: 1, x: y}]'))).toEqual([
      [['a', 2]],
      [
        ['a', 1],
        ['x', 'y'],
      ],
    ]);
  });

  it('with an empty entry matches (and removes) every combination', () => {
    expect(parseMatrix('a: [1, 2]\nexclude: [{}]\ninclude: [{b: 1}]')).toEqual([{ b: 1 }]);
  });
});

describe('include', () => {
  it('never overwrites an original value but may overwrite one an earlier include added', () => {
    const text = `
a: [1, 2]
include:
  - {a: 1, b: x}
  - {b: y}
  - {a: 3}
`;
    expect(ordered(parseMatrix(text))).toEqual([
      [
        ['a', 1],
        ['b', 'y'],
      ],
      [
        ['a', 2],
        ['b', 'y'],
      ],
      [['a', 3]],
    ]);
  });

  it('matches matrix values deeply, so an object value can be extended', () => {
    const text = `
model: [{name: small, layers: [1, 2]}, {name: big}]
include:
  - model: {layers: [1, 2], name: small}
    batch: 8
`;
    expect(parseMatrix(text)).toEqual([
      { model: { name: 'small', layers: [1, 2] }, batch: 8 },
      { model: { name: 'big' } },
    ]);
  });

  it('does not extend entries appended by earlier includes', () => {
    expect(parseMatrix('a: [1]\ninclude: [{a: 2}, {a: 2, b: 1}]')).toEqual([
      { a: 1 },
      { a: 2 },
      { a: 2, b: 1 },
    ]);
  });

  it('appends new keys after the existing ones, and an empty include changes nothing', () => {
    expect(ordered(parseMatrix('z: [1]\ny: [2]\ninclude: [{}, {x: 3, a: 4}]'))).toEqual([
      [
        ['z', 1],
        ['y', 2],
        ['x', 3],
        ['a', 4],
      ],
    ]);
  });

  it('fills the whole matrix when every combination was excluded', () => {
    expect(parseMatrix('a: [1]\nexclude: [{a: 1}]\ninclude: [{a: 5}, {b: 6}]')).toEqual([
      { a: 5 },
      { b: 6 },
    ]);
  });

  it('builds a fresh object per entry', () => {
    const entries = parseMatrix('a: [1, 2]\ninclude: [{b: 1}]');
    entries[0].b = 99;
    expect(entries[1].b).toBe(1);
  });
});

describe('list form', () => {
  it('takes a list of mappings as the entries, in order', () => {
    const text = `
- {lr: 0.1, batch: 32}
- {lr: 0.01, batch: 64, tags: [a, b], opt: {name: adam, beta: [0.9, 0.99]}}
- {include: kept-as-a-value}
`;
    expect(ordered(parseMatrix(text))).toEqual([
      [
        ['lr', 0.1],
        ['batch', 32],
      ],
      [
        ['lr', 0.01],
        ['batch', 64],
        ['tags', ['a', 'b']],
        ['opt', { name: 'adam', beta: [0.9, 0.99] }],
      ],
      [['include', 'kept-as-a-value']],
    ]);
  });

  it('accepts JSON such as an earlier step prints for fromJSON', () => {
    const json = JSON.stringify([
      { model: 'a', seed: 1 },
      { model: 'b', seed: 2, extra: null },
    ]);
    expect(parseMatrix(json)).toEqual([
      { model: 'a', seed: 1 },
      { model: 'b', seed: 2, extra: null },
    ]);
  });
});

describe('input formats and values', () => {
  it('parses the matrix form from JSON', () => {
    const json =
      '{"lr": [0.1, 0.01], "bs": [32], "exclude": [{"lr": 0.01}], "include": [{"bs": 32, "x": true}]}';
    expect(parseMatrix(json)).toEqual([{ lr: 0.1, bs: 32, x: true }]);
  });

  it('keeps values as parsed: strings, numbers, booleans, null, objects and lists', () => {
    const text = `
v: ['1', 1, 1.5, -2e3, true, false, null, ~, yes, '', [1, [2]], {a: {b: null}}]
`;
    expect(parseMatrix(text).map((e) => e.v)).toEqual([
      '1',
      1,
      1.5,
      -2000,
      true,
      false,
      null,
      null,
      'yes', // YAML 1.2: only true/false are booleans
      '',
      [1, [2]],
      { a: { b: null } },
    ]);
  });

  it('supports YAML anchors and merge keys for shared parts', () => {
    const merged = parseMatrix(`
<<: {lr: [0.1, 0.2]}
seed: [1]
`);
    expect(merged).toEqual([
      { lr: 0.1, seed: 1 },
      { lr: 0.2, seed: 1 },
    ]);
    const aliased = parseMatrix('seeds: &s [1, 2]\nother: *s');
    expect(aliased).toHaveLength(4);
  });

  it("treats a key named '__proto__' as an ordinary key", () => {
    const entries = parseMatrix('__proto__: [1, 2]\ninclude: [{__proto__: 1, x: 1}]');
    expect(entries.map((e) => Object.getOwnPropertyDescriptor(e, '__proto__')?.value)).toEqual([
      1, 2,
    ]);
    expect(Object.getPrototypeOf(entries[0])).toBe(Object.prototype);
    expect(entries[0].x).toBe(1);
    expect(Object.hasOwn(entries[1], 'x')).toBe(false);
  });

  it('stringifies number and boolean keys', () => {
    expect(parseMatrix('1: [a]\ntrue: [b]')).toEqual([{ '1': 'a', true: 'b' }]);
  });
});

describe('expandMatrix', () => {
  it('expands a parsed document (plain object or Map) without changing it', () => {
    const doc = { a: [1, 2], include: [{ a: 2, b: { c: 1 } }] };
    const before = structuredClone(doc);
    const entries = expandMatrix(doc);
    expect(entries).toEqual([{ a: 1 }, { a: 2, b: { c: 1 } }]);
    expect(doc).toEqual(before);
    expect(expandMatrix(new Map<unknown, unknown>([['a', [1, 2]]]))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('refuses values YAML/JSON cannot express', () => {
    expect(errorOf(() => expandMatrix({ a: [() => 1] }))).toBe(
      "key 'a' holds a function, which YAML/JSON cannot express",
    );
    expect(errorOf(() => expandMatrix({ a: [undefined] }))).toBe(
      "key 'a' holds undefined, which YAML/JSON cannot express",
    );
    expect(errorOf(() => expandMatrix({ a: [new Date(0)] }))).toBe(
      "key 'a' holds an object (Date), which YAML/JSON cannot express",
    );
    expect(errorOf(() => expandMatrix([{ a: 1n }]))).toBe(
      'list entry 1 holds a bigint, which YAML/JSON cannot express',
    );
  });

  it('refuses a value that contains itself', () => {
    const loop: unknown[] = [];
    loop.push(loop);
    expect(errorOf(() => expandMatrix({ a: loop }))).toBe(
      "key 'a' contains itself (a YAML alias inside its own anchor)",
    );
  });
});

describe('errors', () => {
  it('names a key whose value is not a list', () => {
    expect(yamlError('lr: 0.1\nbs: [1]')).toBe("key 'lr' must be a list of values, got a number");
    expect(yamlError('lr: 0.1, 0.01\nbs: [1]')).toBe(
      "key 'lr' must be a list of values, got a string",
    );
    expect(yamlError('lr: {a: 1}')).toBe("key 'lr' must be a list of values, got a mapping");
    expect(yamlError('lr:\n')).toBe("key 'lr' must be a list of values, got null");
  });

  it('names an exclude key that is not a matrix key, with the matrix keys', () => {
    const text = `
fruit: [apple]
animal: [cat]
exclude:
  - fruit: apple
  - colour: red
`;
    expect(yamlError(text)).toBe(
      "exclude entry 2 has key 'colour', which is not a matrix key (keys: fruit, animal)",
    );
    expect(yamlError('include: [{a: 1}]\nexclude: [{a: 1}]')).toBe(
      "exclude entry 1 has key 'a', which is not a matrix key (keys: none)",
    );
  });

  it('requires include and exclude to be lists of mappings', () => {
    expect(yamlError('a: [1]\ninclude: {b: 1}')).toBe(
      "'include' must be a list of mappings, got a mapping",
    );
    expect(yamlError('a: [1]\nexclude: a')).toBe(
      "'exclude' must be a list of mappings, got a string",
    );
    expect(yamlError('a: [1]\ninclude:')).toBe("'include' must be a list of mappings, got null");
    expect(yamlError('a: [1]\ninclude: [{b: 1}, b]')).toBe(
      'include entry 2 must be a mapping, got a string',
    );
    expect(yamlError('a: [1]\nexclude: [[a]]')).toBe(
      'exclude entry 1 must be a mapping, got a list',
    );
  });

  it('names a list element that is not a mapping', () => {
    expect(yamlError('- {a: 1}\n- 3')).toBe('list entry 2 must be a mapping, got a number');
    expect(yamlError('- {a: 1}\n- [a]')).toBe('list entry 2 must be a mapping, got a list');
  });

  it('reports YAML syntax errors with line and column on one line', () => {
    expect(yamlError('a: [1]\nb: "open\n')).toMatch(
      /^YAML error at line 3, column 1: Missing closing "quote$/,
    );
    const flow = yamlError('a: [1, 2\nb: [3]\n');
    expect(flow).toMatch(/^YAML error at line \d+, column \d+: \S/);
    expect(flow).not.toContain('\n');
  });

  it('rejects duplicate keys, in YAML and in JSON', () => {
    expect(yamlError('lr: [1]\nbs: [2]\nlr: [3]')).toBe(
      'YAML error at line 3, column 1: Map keys must be unique',
    );
    expect(yamlError('{"a": [1], "a": [2]}')).toBe(
      'YAML error at line 1, column 12: Map keys must be unique',
    );
    expect(yamlError('- {a: 1, a: 2}')).toMatch(
      /^YAML error at line 1, column 10: Map keys must be unique/,
    );
    // Different YAML keys that name the same property.
    expect(
      errorOf(() =>
        expandMatrix(
          new Map<unknown, unknown>([
            [1, [1]],
            ['1', [2]],
          ]),
        ),
      ),
    ).toBe("the matrix has the key '1' twice");
  });

  it('rejects more than one YAML document', () => {
    expect(yamlError('a: [1]\n---\nb: [2]\n')).toBe(
      'YAML error at line 2, column 1: the text holds more than one YAML document',
    );
  });

  it('rejects keys that are collections', () => {
    expect(yamlError('? [1]\n: [2]')).toBe(
      'the matrix has a key that is a list; keys must be strings',
    );
  });

  it('rejects an alias that contains itself and an alias bomb', () => {
    expect(yamlError('a: &x [*x]')).toBe(
      "key 'a' contains itself (a YAML alias inside its own anchor)",
    );
    const levels = 'abcdefgh';
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...[...levels.slice(1)].map(
        (c, i) => `${c}: &${c} [${Array(10).fill(`*${levels[i]}`).join(', ')}]`,
      ),
    ].join('\n');
    expect(yamlError(bomb)).toMatch(/^YAML error: \S/);
  });

  it('rejects an empty or scalar document', () => {
    const empty = /^the matrix is empty; expected a mapping of keys to lists of values/;
    expect(yamlError('')).toMatch(empty);
    expect(yamlError('# only a comment\n')).toMatch(empty);
    expect(yamlError('null')).toMatch(empty);
    expect(yamlError('lr')).toBe(
      'expected a mapping of keys to lists of values (like strategy.matrix) or a list of mappings, got a string',
    );
    expect(yamlError('42')).toMatch(/, got a number$/);
  });

  it('says why a matrix expands to no jobs', () => {
    expect(yamlError('{}')).toBe(
      'the matrix expands to no jobs: it has no keys and no include entries',
    );
    expect(yamlError('include: []')).toBe(
      'the matrix expands to no jobs: it has no keys and no include entries',
    );
    expect(yamlError('a: [1]\nx: []')).toBe(
      "the matrix expands to no jobs: key 'x' has an empty list",
    );
    expect(yamlError('a: [1, 2]\nexclude: [{a: 1}, {a: 2}]')).toBe(
      'the matrix expands to no jobs: every combination (2) was excluded',
    );
    expect(yamlError('[]')).toBe('the matrix expands to no jobs: the list is empty');
  });

  it('keeps messages on one line and short when keys are long or odd', () => {
    const long = 'k'.repeat(5000);
    const message = errorOf(() => expandMatrix({ [long]: 1 }));
    expect(message).toMatch(/^key 'k{39}…' must be a list of values, got a number$/);
    const odd = yamlError('"line\\nbreak\\ttab": 1');
    expect(odd).toBe("key 'line\\nbreak\\ttab' must be a list of values, got a number");
    const manyKeys = Array.from({ length: 30 }, (_, i) => `key${i}: [1]`).join('\n');
    const listed = yamlError(`${manyKeys}\nexclude: [{nope: 1}]`);
    expect(listed).toContain('key0, key1');
    expect(listed).toContain('(30 in all)');
    expect(listed).not.toContain('key29');
  });

  it('refuses a product too large to build', () => {
    const keys = Array.from({ length: 11 }, (_, i) => `k${i}: [1, 2, 3, 4]`).join('\n');
    expect(yamlError(keys)).toBe(
      `the matrix has 4194304 combinations (${Array(11).fill(4).join(' x ')}), more than the limit of 1000000`,
    );
  });
});

describe('large matrices', () => {
  const range = (n: number) => `[${Array.from({ length: n }, (_, i) => i).join(', ')}]`;
  const fourKeys = ['a', 'b', 'c', 'd'].map((k) => `${k}: ${range(10)}`).join('\n');

  it('expands a 10,000-entry product in order', () => {
    const entries = parseMatrix(fourKeys);
    expect(entries).toHaveLength(10_000);
    expect(entries[0]).toEqual({ a: 0, b: 0, c: 0, d: 0 });
    expect(entries[1]).toEqual({ a: 0, b: 0, c: 0, d: 1 });
    expect(entries[1234]).toEqual({ a: 1, b: 2, c: 3, d: 4 });
    expect(entries[9999]).toEqual({ a: 9, b: 9, c: 9, d: 9 });
  });

  it('applies excludes and includes across 10,000 combinations', () => {
    const text = `${fourKeys}
exclude:
  - {a: 0, b: 0}
  - {d: 5, c: 5}
include:
  - {a: 9, tag: last}
  - {a: 9, d: 9, tag: corner}
  - {a: 42}
`;
    const entries = parseMatrix(text);
    expect(entries).toHaveLength(10_000 - 100 - 100 + 1 + 1);
    expect(entries[0]).toEqual({ a: 0, b: 1, c: 0, d: 0 });
    // a=9: 1000 combinations, 10 of them excluded (c=5, d=5); the corner include
    // then overwrites the tag on the 100 with d=9.
    expect(entries.filter((e) => e.tag === 'last')).toHaveLength(890);
    expect(entries.filter((e) => e.tag === 'corner')).toHaveLength(100);
    expect(entries.some((e) => e.c === 5 && e.d === 5)).toBe(false);
    expect(entries.at(-2)).toEqual({ a: 9, b: 9, c: 9, d: 9, tag: 'corner' });
    expect(entries.at(-1)).toEqual({ a: 42 });
  });
});

// ---------------------------------------------------------------------------
// Property test against a deliberately naive reference: a recursive product,
// filter for exclude, and a literal reading of GitHub's include rule.

type Doc = { [key: string]: MatrixValue };

function naiveExpand(doc: Doc): MatrixEntry[] {
  const keys = Object.keys(doc).filter((k) => k !== 'include' && k !== 'exclude');
  const include = (doc.include ?? []) as Doc[];
  const exclude = (doc.exclude ?? []) as Doc[];

  function product(i: number): Doc[] {
    if (i === keys.length) return [{}];
    const out: Doc[] = [];
    for (const value of doc[keys[i]] as MatrixValue[])
      for (const rest of product(i + 1)) out.push({ [keys[i]]: value, ...rest });
    return out;
  }
  const combos = keys.length === 0 ? [] : product(0);

  const originals = combos.filter(
    (combo) =>
      !exclude.some((ex) => Object.keys(ex).every((k) => isDeepStrictEqual(combo[k], ex[k]))),
  );
  const results = originals.map((combo) => ({ ...combo }));
  const extra: Doc[] = [];
  for (const inc of include) {
    let added = false;
    originals.forEach((original, i) => {
      const fits = Object.keys(inc).every(
        (k) => !keys.includes(k) || isDeepStrictEqual(original[k], inc[k]),
      );
      if (fits) {
        Object.assign(results[i], inc);
        added = true;
      }
    });
    if (!added) extra.push({ ...inc });
  }
  return [...results, ...extra];
}

// Small domains so that includes and excludes often match. Two objects equal
// up to key order, and a string that looks like a number, test deep equality.
const value = fc.constantFrom<MatrixValue>(
  1,
  2,
  '1',
  'x',
  true,
  null,
  [1],
  { p: 1, q: 2 },
  { q: 2, p: 1 },
);
const matrixKeys = fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 });

const docArb = matrixKeys.chain((keys) => {
  const vectors = fc.tuple(...keys.map(() => fc.array(value, { maxLength: 3 })));
  const pick = (from: string[]) =>
    fc
      .uniqueArray(fc.constantFrom(...from), { maxLength: from.length })
      .chain((ks) =>
        fc
          .tuple(...ks.map(() => value))
          .map((vs) => Object.fromEntries(ks.map((k, i) => [k, vs[i]]))),
      );
  const excludes =
    keys.length === 0 ? fc.constant<MatrixEntry[]>([]) : fc.array(pick(keys), { maxLength: 3 });
  const includes = fc.array(pick([...keys, 'd', 'e']), { maxLength: 4 });
  return fc
    .tuple(vectors, excludes, includes, fc.boolean(), fc.boolean())
    .map(([lists, ex, inc, withEx, withInc]) => {
      const doc: Doc = Object.fromEntries(keys.map((k, i) => [k, lists[i]]));
      if (withEx) doc.exclude = ex;
      if (withInc) doc.include = inc;
      return doc;
    });
});

describe('property: expandMatrix agrees with a naive reference', () => {
  it('on random small matrices with include and exclude', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const expected = naiveExpand(doc);
        if (expected.length === 0) {
          expect(errorOf(() => expandMatrix(doc))).toMatch(/^the matrix expands to no jobs: /);
          return;
        }
        const actual = expandMatrix(doc);
        expect(actual.map((e) => Object.keys(e))).toEqual(expected.map((e) => Object.keys(e)));
        expect(actual).toEqual(expected);
        // The same document as JSON text goes through the YAML parser to the same result.
        expect(parseMatrix(JSON.stringify(doc))).toEqual(actual);
      }),
      { numRuns: 500 },
    );
  });
});
