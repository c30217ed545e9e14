// Reads a job's GITHUB_OUTPUT (or GITHUB_ENV) file the way the Actions runner does
// (actions/runner, src/Runner.Worker/FileCommandManager.cs), so a script that sets
// outputs correctly in a workflow step sets them the same way inside a sweep.
//
// Like the runner, parsing stops at the first malformed entry: what was parsed
// before it is kept, nothing after it is read.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const DEFAULT_MAX_BYTES = 1024 * 1024;
const QUOTED_LINE_MAX_CHARS = 80;

export interface ParsedOutputs {
  outputs: Record<string, string>;
  errors: string[];
}

function quote(line: string): string {
  const shown =
    line.length > QUOTED_LINE_MAX_CHARS ? `${line.slice(0, QUOTED_LINE_MAX_CHARS)}…` : line;
  return `'${shown}'`;
}

/** Parses the text of an output file: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseOutputFile(text: string): ParsedOutputs {
  // The runner splits on `\n` only (on Linux); a `\r\n` file written on Windows
  // or by a careless tool is still meant line by line, so `\r` is dropped too.
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  // A final newline ends the last line rather than starting an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '' && text.endsWith('\n')) lines.pop();

  // A null prototype: names like `__proto__` or `constructor` are plain outputs.
  const outputs: Record<string, string> = Object.create(null) as Record<string, string>;
  const errors: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const lineNo = i + 1;
    i++;
    if (line === '') continue;

    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      const name = line.slice(0, eq);
      if (name === '') {
        errors.push(`line ${lineNo}: ${quote(line)} has an empty name; expected 'name=value'`);
        break;
      }
      outputs[name] = line.slice(eq + 1);
    } else if (hd >= 0) {
      const name = line.slice(0, hd);
      const delimiter = line.slice(hd + 2);
      if (name === '' || delimiter === '') {
        errors.push(
          `line ${lineNo}: ${quote(line)} has an empty name or delimiter; expected 'name<<DELIMITER'`,
        );
        break;
      }
      const end = lines.indexOf(delimiter, i);
      if (end < 0) {
        errors.push(
          `line ${lineNo}: no line ${quote(delimiter)} ends the value of '${name}'; ` +
            `expected 'name<<${delimiter}', the value lines, then '${delimiter}' alone on a line`,
        );
        break;
      }
      outputs[name] = lines.slice(i, end).join('\n');
      i = end + 1;
    } else {
      errors.push(`line ${lineNo}: ${quote(line)} is not 'name=value' or 'name<<DELIMITER'`);
      break;
    }
  }
  return { outputs: { ...outputs }, errors };
}

/**
 * Reads and parses an output file. A missing file means no outputs. A file larger
 * than `maxBytes` is parsed up to its last whole line within that size, with an
 * error saying so; an unreadable file is an error, never an exception.
 *
 * The reads are synchronous on purpose: the file was just written by the job
 * and sits in the page cache, and four async round trips through the thread
 * pool cost more than the read (it runs once per job, on the dispatch path).
 */
export async function readOutputFile(
  file: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<ParsedOutputs> {
  return readOutputFileSync(file, maxBytes);
}

function readOutputFileSync(file: string, maxBytes: number): ParsedOutputs {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { outputs: {}, errors: [] };
    return {
      outputs: {},
      errors: [`Could not read output file '${file}': ${(err as Error).message}`],
    };
  }
  try {
    const size = fstatSync(fd).size;
    const errors: string[] = [];
    let buf = Buffer.alloc(Math.min(size, maxBytes));
    let got = 0;
    while (got < buf.length) {
      const bytesRead = readSync(fd, buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    buf = buf.subarray(0, got);
    if (size > maxBytes) {
      // A line cut in the middle would be read as a shorter, wrong value.
      const lastNewline = buf.lastIndexOf(0x0a);
      buf = buf.subarray(0, lastNewline + 1);
      errors.push(
        `Output file '${file}' is ${size} bytes; only the first ${maxBytes} bytes were read`,
      );
    }
    // TextDecoder drops a UTF-8 byte order mark, as the runner's File.ReadAllText does.
    const parsed = parseOutputFile(new TextDecoder('utf-8').decode(buf));
    return { outputs: parsed.outputs, errors: [...errors, ...parsed.errors] };
  } catch (err) {
    return {
      outputs: {},
      errors: [`Could not read output file '${file}': ${(err as Error).message}`],
    };
  } finally {
    closeSync(fd);
  }
}
