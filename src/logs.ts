// Display cleaning of job output. Live lines, log tails and the grouped log print
// all go through the LineSplitter, so a line reads the same wherever it is shown.
//
// Jobs print whatever they like: progress bars that repaint with `\r`, ANSI colours,
// stray NULs, invalid UTF-8, lines of hundreds of megabytes. None of that may reach
// a terminal or a summary raw, and none of it may make memory grow with the output.

import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

const DEFAULT_MAX_LINE_CHARS = 4096;
const TRUNCATION_MARKER = '…';
const CR = 13;

// CSI sequences (colours, cursor moves: `ESC [ params intermediates final`). Any
// other escape is reduced to its printable part once the ESC itself is removed.
// eslint-disable-next-line no-control-regex
const CSI_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]/g;
// C0 controls and DEL, except tab. `\r` and `\n` never get here: the splitter
// has already turned them into line structure.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0a-\x1f\x7f]/g;

function cleanLine(raw: string): string {
  return raw.replace(CSI_SEQUENCE, '').replace(CONTROL_CHARS, '');
}

/**
 * Turns a byte stream into display lines, calling `onLine` for each complete one.
 *
 * - UTF-8 is decoded across chunk boundaries; invalid bytes become U+FFFD.
 * - `\r\n` is a newline. A `\r` followed by more text is a terminal repaint: only
 *   what follows the last one is kept, so a progress bar shows its final state.
 * - A line longer than `maxLineChars` is cut with a `…` marker and the rest of it
 *   is discarded as it arrives: memory stays bounded for a line of any length.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private current = '';
  /** The line passed maxLineChars: drop its text until a newline or a repaint. */
  private truncated = false;
  /** The text seen so far ended with `\r`: a repaint, unless a newline follows. */
  private pendingCR = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLineChars: number = DEFAULT_MAX_LINE_CHARS,
  ) {}

  push(chunk: Buffer): void {
    this.feed(this.decoder.write(chunk));
  }

  /** Flushes a final line that has no newline (and an incomplete UTF-8 sequence). */
  end(): void {
    this.feed(this.decoder.end());
    if (this.current.length > 0 || this.truncated) this.emit();
    this.pendingCR = false;
  }

  private feed(text: string): void {
    let pos = 0;
    while (pos < text.length) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0) {
        this.segment(text.slice(pos), false);
        return;
      }
      this.segment(text.slice(pos, nl), true);
      pos = nl + 1;
    }
  }

  /** A piece of one line without `\n`; `terminated` when a `\n` ended it. */
  private segment(seg: string, terminated: boolean): void {
    // Trailing `\r`s are only a repaint if more text follows on the same line;
    // before `\n` (or at the very end) they are line-ending noise.
    let end = seg.length;
    while (end > 0 && seg.charCodeAt(end - 1) === CR) end--;
    const trailingCR = end < seg.length;
    if (end > 0) {
      const text = end < seg.length ? seg.slice(0, end) : seg;
      const lastCR = text.lastIndexOf('\r');
      if (this.pendingCR || lastCR >= 0) {
        this.current = '';
        this.truncated = false;
      }
      this.pendingCR = false;
      this.append(lastCR >= 0 ? text.slice(lastCR + 1) : text);
    }
    if (trailingCR) this.pendingCR = true;
    if (terminated) {
      this.emit();
      this.pendingCR = false;
    }
  }

  private append(text: string): void {
    if (this.truncated || text.length === 0) return;
    const room = this.maxLineChars - this.current.length;
    if (text.length <= room) {
      this.current += text;
      return;
    }
    let cut = room;
    // Never split a surrogate pair: half a character would render as garbage.
    const code = text.charCodeAt(cut - 1);
    if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut--;
    this.current += text.slice(0, cut);
    this.truncated = true;
  }

  private emit(): void {
    const line = cleanLine(this.current) + (this.truncated ? TRUNCATION_MARKER : '');
    this.current = '';
    this.truncated = false;
    this.onLine(line);
  }
}

/** A whole buffer as display lines (the same rules as LineSplitter). */
export function cleanLines(buf: Buffer, maxLineChars?: number): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line), maxLineChars);
  splitter.push(buf);
  splitter.end();
  return lines;
}

/**
 * The last lines of a log file, display-cleaned, reading at most `maxBytes` from
 * its end. When bytes had to be skipped the tail starts at a line boundary, so its
 * first line is never a fragment (unless the window holds no newline at all: then
 * it is the end of one long line, shown with a leading `…`). A missing file, or
 * one that is not a regular file (a FIFO, /dev/null), has no lines.
 */
export async function readLogTail(
  file: string,
  opts: { maxBytes: number; maxLines?: number },
): Promise<{ lines: string[]; omittedBytes: number }> {
  let handle;
  try {
    // Only a regular file has a tail: opening a FIFO would wait for a writer forever.
    if (!(await stat(file)).isFile()) return { lines: [], omittedBytes: 0 };
    handle = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], omittedBytes: 0 };
    throw err;
  }
  try {
    const size = (await handle.stat()).size;
    const start = Math.max(0, size - Math.max(0, opts.maxBytes));
    const buf = Buffer.alloc(size - start);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await handle.read(buf, got, buf.length - got, start + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    let window = buf.subarray(0, got);
    let omittedBytes = start;
    let prefix = '';
    if (start > 0) {
      const nl = window.indexOf(0x0a);
      if (nl >= 0 && nl < window.length - 1) {
        window = window.subarray(nl + 1);
        omittedBytes += nl + 1;
      } else {
        prefix = TRUNCATION_MARKER;
      }
    }
    let lines = cleanLines(window);
    if (prefix && lines.length > 0) lines[0] = prefix + lines[0];
    if (opts.maxLines !== undefined) {
      lines = opts.maxLines > 0 ? lines.slice(-opts.maxLines) : [];
    }
    return { lines, omittedBytes };
  } finally {
    await handle.close();
  }
}
