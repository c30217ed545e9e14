import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineSplitter, cleanLines, readLogTail } from '../src/logs.js';

/** Feeds the chunks one by one and returns the lines, after end(). */
function split(chunks: (string | Buffer)[], maxLineChars?: number): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line), maxLineChars);
  for (const chunk of chunks) splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  splitter.end();
  return lines;
}

const lines = (text: string): string[] => cleanLines(Buffer.from(text));

describe('LineSplitter', () => {
  it('splits on \\n and treats \\r\\n as a plain newline', () => {
    expect(lines('a\nb\r\nc\n')).toEqual(['a', 'b', 'c']);
  });

  it('keeps empty lines but adds none after a final newline', () => {
    expect(lines('a\n\n\nb\n')).toEqual(['a', '', '', 'b']);
    expect(lines('')).toEqual([]);
    expect(lines('\n')).toEqual(['']);
  });

  it('flushes a final line without newline on end()', () => {
    expect(lines('a\npartial')).toEqual(['a', 'partial']);
  });

  it('keeps a multi-byte character split across chunks', () => {
    const euro = Buffer.from('€uro ✓ 😀\n');
    const chunks = [...euro].map((byte) => Buffer.from([byte]));
    expect(split(chunks)).toEqual(['€uro ✓ 😀']);
  });

  it('turns invalid UTF-8 into replacement characters', () => {
    const buf = Buffer.concat([
      Buffer.from('ok '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' end\n'),
    ]);
    expect(cleanLines(buf)).toEqual(['ok \uFFFD\uFFFD end']);
  });

  it('marks a multi-byte sequence cut off by end() as invalid', () => {
    expect(split([Buffer.from([0x61, 0xe2, 0x82])])).toEqual(['a\uFFFD']);
  });

  it('removes NUL and other control characters, keeps tabs', () => {
    expect(lines('a\x00b\x07c\td\x1fe\x7ff\n')).toEqual(['abc\tdef']);
  });

  it('strips ANSI CSI sequences (colours, cursor moves)', () => {
    expect(lines('\x1b[1;31mred\x1b[0m plain \x1b[2K\x1b[Adone\n')).toEqual(['red plain done']);
  });

  it('keeps only what follows the last \\r of a line (progress repaints)', () => {
    expect(lines(' 10%|#   |\r 50%|##  |\r100%|####|\ndone\n')).toEqual(['100%|####|', 'done']);
  });

  it('treats a \\r split from its \\n by a chunk boundary as CRLF', () => {
    expect(split(['abc\r', '\ndef\n'])).toEqual(['abc', 'def']);
    expect(split(['abc\r', '\r', '\n'])).toEqual(['abc']);
  });

  it('repaints when a chunk-final \\r is followed by text in the next chunk', () => {
    expect(split(['old text\r', 'new\n'])).toEqual(['new']);
  });

  it('keeps the text before a \\r that ends the stream', () => {
    expect(split(['a\rprogress 100%\r'])).toEqual(['progress 100%']);
  });

  it('cuts a long line with a marker and keeps later lines whole', () => {
    expect(split(['abcdefghij', 'klmnop\nnext\n'], 8)).toEqual(['abcdefgh…', 'next']);
  });

  it('does not split a surrogate pair when cutting', () => {
    expect(split(['abc😀def\n'], 4)).toEqual(['abc…']);
  });

  it('shows the last repaint of a line that was cut earlier', () => {
    expect(split(['x'.repeat(50), '\rfinal\n'], 10)).toEqual(['final']);
  });

  it('discards the rest of a huge line instead of buffering it', () => {
    const mib = Buffer.alloc(1024 * 1024, 'y');
    const got: string[] = [];
    const splitter = new LineSplitter((line) => got.push(line), 100);
    for (let i = 0; i < 64; i++) splitter.push(mib);
    splitter.push(Buffer.from('\nafter\n'));
    splitter.end();
    expect(got).toEqual(['y'.repeat(100) + '…', 'after']);
  });

  it('gives the same lines however the bytes are chunked', () => {
    const alphabet = fc.constantFrom(
      ...[
        0x61, 0x62, 0x0a, 0x0d, 0x00, 0x1b, 0x5b, 0x6d, 0x09, 0xe2, 0x82, 0xac, 0xff, 0xf0, 0x9f,
        0x98, 0x80,
      ],
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        (bytes, cuts, max) => {
          const buf = Buffer.from(bytes);
          const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
          const chunks: Buffer[] = [];
          let prev = 0;
          for (const p of points) {
            chunks.push(buf.subarray(prev, p));
            prev = p;
          }
          chunks.push(buf.subarray(prev));
          expect(split(chunks, max)).toEqual(cleanLines(buf, max));
        },
      ),
    );
  });
});

describe('readLogTail', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logs-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a small file whole and keeps the last maxLines', async () => {
    const file = join(dir, 'log');
    await writeFile(file, 'one\ntwo\r\nthree\x1b[0m\nfour');
    expect(await readLogTail(file, { maxBytes: 1024 })).toEqual({
      lines: ['one', 'two', 'three', 'four'],
      omittedBytes: 0,
    });
    expect((await readLogTail(file, { maxBytes: 1024, maxLines: 2 })).lines).toEqual([
      'three',
      'four',
    ]);
  });

  it('starts at a line boundary when it skips bytes', async () => {
    const file = join(dir, 'log');
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n') + '\n';
    await writeFile(file, text);
    const maxBytes = 50;
    const { lines: got, omittedBytes } = await readLogTail(file, { maxBytes });
    // The window is the last 50 bytes; the partial first line in it is dropped.
    const windowStart = text.length - maxBytes;
    const boundary = text.indexOf('\n', windowStart) + 1;
    expect(omittedBytes).toBe(boundary);
    expect(got).toEqual(text.slice(boundary).trimEnd().split('\n'));
    expect(got[got.length - 1]).toBe('line 99');
  });

  it('shows the end of one long line with a leading marker', async () => {
    const file = join(dir, 'log');
    await writeFile(file, 'a'.repeat(1000) + 'THE END\n');
    const { lines: got } = await readLogTail(file, { maxBytes: 20 });
    expect(got).toEqual(['…' + 'a'.repeat(12) + 'THE END']);
  });

  it('has no lines for a missing file', async () => {
    expect(await readLogTail(join(dir, 'missing'), { maxBytes: 100 })).toEqual({
      lines: [],
      omittedBytes: 0,
    });
  });
});
