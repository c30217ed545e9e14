// Whether a sweep's step (or command) failed, and the one line that says why.
import { oneLine } from './eventlines.js';
import { endReason } from './report.js';
import type { ResultsDocument } from './types.js';

const NAMED = 10;

/** The failure message for a finished sweep, or null when it succeeded. */
export function failureMessage(doc: ResultsDocument, problems: string[]): string | null {
  const parts: string[] = [];
  if (doc.cancelled) {
    const cancelled = doc.jobs.filter((j) => j.status === 'cancelled').length;
    const skipped = doc.jobs.filter((j) => j.status === 'skipped').length;
    parts.push(`Cancelled: ${cancelled} running job(s) cancelled, ${skipped} not started.`);
  }
  const bad = doc.jobs.filter((j) => j.status === 'failure' || j.status === 'timeout');
  if (bad.length) {
    const named = bad.slice(0, NAMED).map((j) => `${oneLine(j.name, 80)} ${endReason(j)}`);
    const more = bad.length > NAMED ? `; and ${bad.length - NAMED} more` : '';
    parts.push(
      `${bad.length} of ${doc.jobs.length} jobs did not succeed: ${named.join('; ')}${more}.`,
    );
  }
  if (!doc.cancelled && !doc.dryRun) {
    const unrun = doc.jobs.filter((j) => j.status === 'skipped' || j.status === 'cancelled').length;
    if (unrun && !bad.length) parts.push(`${unrun} job(s) did not run.`);
  }
  if (problems.length)
    parts.push(`Merge incomplete: ${problems.map((p) => oneLine(p, 200)).join('; ')}.`);
  return parts.length ? parts.join(' ') : null;
}
