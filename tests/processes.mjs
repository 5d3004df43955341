// A process and the processes it started, read from /proc: WebKit's web and network processes
// are children of the app, and what the app holds is theirs too. Its window is closed here as a
// window manager closes it.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The process `pid` and every process under it. */
export function processTree(pid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The parent is the second field after the command name, which may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended while being read.
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    for (const [child, parent] of parents) if (parent === all[i]) all.push(child);
  }
  return all;
}

/** The process's command name, as the kernel shortens it (15 characters). */
export function commandName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** Proportional set size of these processes together, in KiB: what they hold, shared memory
 * divided among those sharing it. */
export function pss(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // Gone: it holds nothing.
    }
  }
  return total;
}

/** Closes the process's window as a window manager's close button does (close-window.py). */
export function closeWindow(pid) {
  execFileSync('/usr/bin/python3', [fileURLToPath(new URL('close-window.py', import.meta.url)), String(pid)]);
}
