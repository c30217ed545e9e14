import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOutputFile, readOutputFile } from '../src/outputs-file.js';

describe('parseOutputFile', () => {
  it('reads name=value lines', () => {
    expect(parseOutputFile('a=1\nb=two words\n')).toEqual({
      outputs: { a: '1', b: 'two words' },
      errors: [],
    });
  });

  it('keeps everything after the first = in the value', () => {
    expect(parseOutputFile('expr=x=y==z\nempty=\n').outputs).toEqual({ expr: 'x=y==z', empty: '' });
  });

  it('reads a heredoc value, lines joined with \\n', () => {
    const text = 'notes<<EOF\nfirst\n\nthird = 3\nEOF\nafter=1\n';
    expect(parseOutputFile(text)).toEqual({
      outputs: { notes: 'first\n\nthird = 3', after: '1' },
      errors: [],
    });
  });

  it('gives an empty heredoc an empty value', () => {
    expect(parseOutputFile('e<<END\nEND\n').outputs).toEqual({ e: '' });
  });

  it('ends a heredoc only at a line exactly equal to the delimiter', () => {
    const text = 'v<<EOF\n EOF\nEOF \nEOFX\nEOF\n';
    expect(parseOutputFile(text).outputs).toEqual({ v: ' EOF\nEOF \nEOFX' });
  });

  it('treats << after the first = as part of a plain value', () => {
    expect(parseOutputFile('shift=1<<3\n').outputs).toEqual({ shift: '1<<3' });
  });

  it('treats = after << as part of the delimiter', () => {
    expect(parseOutputFile('h<<A=B\nvalue\nA=B\n').outputs).toEqual({ h: 'value' });
  });

  it('reports a missing delimiter and keeps what came before', () => {
    const { outputs, errors } = parseOutputFile('kept=yes\nbody<<EOF\nline\nEOFF\n');
    expect(outputs).toEqual({ kept: 'yes' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^line 2: .*'EOF'.*'body'/);
  });

  it('reports an invalid line, quoting it, and stops there like the runner', () => {
    const { outputs, errors } = parseOutputFile('a=1\n\njust words\nb=2\n');
    expect(outputs).toEqual({ a: '1' });
    expect(errors).toEqual([`line 3: 'just words' is not 'name=value' or 'name<<DELIMITER'`]);
  });

  it('reports an empty name or delimiter', () => {
    expect(parseOutputFile('=value\n').errors[0]).toMatch(/^line 1: '=value' has an empty name/);
    expect(parseOutputFile('<<EOF\nx\nEOF\n').errors[0]).toMatch(
      /^line 1: '<<EOF' has an empty name/,
    );
    expect(parseOutputFile('name<<\nx\n\n').errors[0]).toMatch(
      /^line 1: 'name<<' has an empty name or delimiter/,
    );
  });

  it('tolerates CRLF line endings, in values and delimiters too', () => {
    const text = 'a=1\r\nh<<EOF\r\nx\r\ny\r\nEOF\r\nb=2\r\n';
    expect(parseOutputFile(text)).toEqual({ outputs: { a: '1', h: 'x\ny', b: '2' }, errors: [] });
  });

  it('lets a later value override an earlier one', () => {
    expect(parseOutputFile('a=1\na<<E\nmulti\nE\nb=x\nb=y\n').outputs).toEqual({
      a: 'multi',
      b: 'y',
    });
  });

  it('reads a last line without newline, and names that look like Object members', () => {
    expect(parseOutputFile('__proto__=p\nconstructor=c').outputs).toEqual(
      JSON.parse('{"__proto__":"p","constructor":"c"}'),
    );
  });
});

describe('readOutputFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'outputs-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has no outputs and no errors for a missing file', async () => {
    expect(await readOutputFile(join(dir, 'none'))).toEqual({ outputs: {}, errors: [] });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const file = join(dir, 'out');
    await writeFile(file, '\uFEFFname=välue\n');
    expect(await readOutputFile(file)).toEqual({ outputs: { name: 'välue' }, errors: [] });
  });

  it('reads a file over maxBytes up to its last whole line, with an error', async () => {
    const file = join(dir, 'out');
    await writeFile(file, 'a=1\nb=2\nc=333333\n');
    const { outputs, errors } = await readOutputFile(file, 12);
    expect(outputs).toEqual({ a: '1', b: '2' });
    expect(errors).toEqual([
      `Output file '${file}' is 17 bytes; only the first 12 bytes were read`,
    ]);
  });

  it('reports an unreadable file as an error', async () => {
    const { outputs, errors } = await readOutputFile(dir);
    expect(outputs).toEqual({});
    expect(errors[0]).toContain(`'${dir}'`);
  });

  it('reads what the write-outputs.sh fixture writes', async () => {
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    await writeFile(output, 'earlier=0\n');
    const script = fileURLToPath(new URL('./fixtures/write-outputs.sh', import.meta.url));
    execFileSync(script, ['loss', '0.25=low'], {
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
    });
    expect(await readOutputFile(output)).toEqual({
      outputs: { earlier: '0', loss: '0.25=low', notes: 'first line\nsecond = line' },
      errors: [],
    });
    expect(await readFile(summary, 'utf8')).toBe('### summary from write-outputs\n');
  });
});
