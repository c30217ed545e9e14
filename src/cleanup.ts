// Stops job process groups that outlived the gpu-sweep process itself (it was
// SIGKILLed: the runner's last resort on cancellation). Run by the action's
// post step. A pid can be reused by the time we look, so a group is only
// signalled when one of its members still carries this run's marker variable.
import { readFileSync } from 'node:fs';
import { RUN_MARKER_ENV } from './constants.js';
import { killProcessGroup, liveGroupMembers, processGroupAlive } from './runner.js';

function carriesMarker(pid: number, marker: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1')
      .split('\0')
      .includes(`${RUN_MARKER_ENV}=${marker}`);
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Terminate (TERM, then KILL after graceMs) the listed groups that are still this run's. Returns the groups signalled. */
export async function cleanupProcessGroups(
  pgids: number[],
  marker: string,
  graceMs = 2000,
): Promise<number[]> {
  const ours = pgids.filter((pgid) =>
    (liveGroupMembers(pgid) ?? []).some((pid) => carriesMarker(pid, marker)),
  );
  for (const pgid of ours) killProcessGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (ours.some(processGroupAlive) && Date.now() < deadline) await sleep(50);
  for (const pgid of ours) if (processGroupAlive(pgid)) killProcessGroup(pgid, 'SIGKILL');
  return ours;
}
