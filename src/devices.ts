// Which devices the sweep may use. `auto` trusts the runner's
// CUDA_VISIBLE_DEVICES first (a runner confined to some GPUs must stay on
// them), then asks nvidia-smi; anything else is an explicit list of labels.
import { execFile } from 'node:child_process';
import { ConfigError } from './settings.js';

export interface ResolvedDevices {
  devices: string[];
  /** Where the list came from, for the log: 'devices input', 'CUDA_VISIBLE_DEVICES', 'nvidia-smi'. */
  source: string;
  /** GPU model names by device id, when nvidia-smi told us. */
  names: Record<string, string>;
}

/** Parse `nvidia-smi --query-gpu=index,uuid,name,memory.total --format=csv,noheader`. */
function parseNvidiaSmi(
  text: string,
): { index: string; uuid: string; name: string; memory: string }[] {
  const gpus = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [index, uuid, name, memory] = line.split(',').map((s) => s.trim());
    if (!/^\d+$/.test(index ?? '')) continue;
    gpus.push({ index, uuid: uuid ?? '', name: name ?? '', memory: memory ?? '' });
  }
  return gpus;
}

function runNvidiaSmi(env: NodeJS.ProcessEnv): Promise<{ stdout: string; error: string | null }> {
  return new Promise((resolveRun) => {
    execFile(
      'nvidia-smi',
      ['--query-gpu=index,uuid,name,memory.total', '--format=csv,noheader'],
      { env, timeout: 30_000 },
      (err, stdout, stderr) => {
        if (!err) return resolveRun({ stdout, error: null });
        const code = (err as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOENT'
            ? 'nvidia-smi was not found on PATH'
            : `nvidia-smi failed (${
                String(stderr || err.message)
                  .trim()
                  .split('\n')[0]
              })`;
        resolveRun({ stdout: '', error: why });
      },
    );
  });
}

/** NVIDIA indices: the devices are plain numbers, which CUDA numbers differently unless told. */
export function areNvidiaIndices(devices: string[]): boolean {
  return devices.length > 0 && devices.every((d) => /^\d+$/.test(d));
}

export async function resolveDevices(
  devices: string[] | 'auto',
  env: NodeJS.ProcessEnv,
): Promise<ResolvedDevices> {
  if (devices !== 'auto') return { devices, source: 'devices input', names: {} };
  const visible = (env.CUDA_VISIBLE_DEVICES ?? '').trim();
  if (visible) {
    const list = visible
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (new Set(list).size !== list.length)
      throw new ConfigError(
        `Invalid devices 'auto': CUDA_VISIBLE_DEVICES '${visible}' lists a device twice.`,
      );
    if (list.length) return { devices: list, source: 'CUDA_VISIBLE_DEVICES', names: {} };
  }
  const smi = await runNvidiaSmi(env);
  const gpus = parseNvidiaSmi(smi.stdout);
  if (gpus.length) {
    return {
      devices: gpus.map((g) => g.index),
      source: 'nvidia-smi',
      names: Object.fromEntries(gpus.map((g) => [g.index, `${g.name} ${g.memory}`.trim()])),
    };
  }
  const why = smi.error ?? 'nvidia-smi listed no GPU';
  throw new ConfigError(
    `Invalid devices 'auto': found no GPU (CUDA_VISIBLE_DEVICES is not set and ${why}). Set devices: to the GPU ids to use, e.g. devices: 0,1,2,3.`,
  );
}
