// The plain, one-line-per-event log both edges print: the Actions log, and the
// CLI when it is not drawing a live view.
import { endReason, formatDuration } from './report.js';
import type { SweepEvent } from './sweep.js';

/** Names come from matrix values: keep them on one line, free of control characters. */
export function oneLine(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** `GPU 2`, `GPUs 2,3` for indices; a label as it is (`gpu0`, `GPU-8d3f…`). */
function deviceLabel(devices: string[]): string {
  const joined = devices.join(',');
  if (!devices.every((d) => /^\d+$/.test(d))) return joined;
  return devices.length === 1 ? `GPU ${joined}` : `GPUs ${joined}`;
}

/** The line for an event, or null for events that print nothing. */
export function eventLine(e: SweepEvent): string | null {
  switch (e.type) {
    case 'devices': {
      const { devices, source, names } = e.resolved;
      const named = devices.map((d) => (names[d] ? `${d} (${names[d]})` : d));
      return `Devices: ${named.join(', ')} — from ${source}`;
    }
    case 'plan':
      return (
        `Running ${e.jobs.length} of ${e.total} jobs (order: ${e.order})` +
        (e.reused ? `; ${e.reused} reused from previous results` : '')
      );
    case 'start':
      return `▶ [${e.job.index + 1}/${e.total}] ${oneLine(e.job.name)} on ${deviceLabel(e.devices)}${
        e.attempt > 1 ? ` (attempt ${e.attempt})` : ''
      }`;
    case 'end': {
      const r = e.record;
      const head = `[${e.job.index + 1}/${e.total}] ${oneLine(e.job.name)}`;
      const took = formatDuration(r.durationSeconds);
      if (r.status === 'success') return `✓ ${head} ${took}`;
      const icon = r.status === 'timeout' ? '⏱' : r.status === 'cancelled' ? '⊘' : '✗';
      const retry = e.final ? '' : ` — retrying (attempt ${e.attempt + 1})`;
      return `${icon} ${head} ${endReason(r)} after ${took}${retry}`;
    }
    case 'waiting': {
      const h = e.holder;
      const who = h
        ? `held by pid ${h.pid} on ${h.host}${h.label ? ` (${oneLine(h.label, 60)})` : ''} since ${h.since}`
        : 'held by another process';
      return `… waiting for ${deviceLabel([e.device])}: ${who}`;
    }
    case 'cancelling':
      return 'Cancelling: no more jobs start; running jobs get SIGTERM, then SIGKILL.';
    default:
      return null;
  }
}
