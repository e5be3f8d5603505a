// CPU time of a process tree, read from /proc: a browser's every process (renderers, the
// audio service, GPU, network) counts, as it does against a phone's battery.
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds (user + system) used so far by each process of `root`'s tree, by pid. */
export function cpuByProcess(root) {
  const children = new Map();
  const times = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      times.set(Number(entry), Number(fields[11]) + Number(fields[12]));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Map();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop();
    tree.set(pid, (times.get(pid) ?? 0) / TICKS);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** CPU seconds (user + system) used so far by `root` and all its descendants. */
export function cpuSeconds(root) {
  return [...cpuByProcess(root).values()].reduce((sum, seconds) => sum + seconds, 0);
}

/**
 * CPU seconds the tree used between two `cpuByProcess` readings. A process that ended in
 * between (a closed tab's renderer) counts for nothing, rather than taking its whole past
 * away from the sum.
 */
export function cpuBetween(before, after) {
  let seconds = 0;
  for (const [pid, now] of after) seconds += now - (before.get(pid) ?? 0);
  return seconds;
}
