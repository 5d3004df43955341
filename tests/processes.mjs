// Processes as /proc shows them: a process and those it started (WebKit's web and network
// processes are children of the app, and what the app holds is theirs too), or a process group
// (the end-to-end harness's driver and the app it starts). Its window is closed here as a
// window manager closes it.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every process now running, as /proc/<pid>/stat says: its command name (the kernel's, 15
 * characters), state, parent and process group. */
function allProcesses() {
  const all = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the fields follow it.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.push({ pid: Number(name), comm, state, ppid: Number(ppid), pgid: Number(pgid) });
    } catch {
      // The process ended while being read.
    }
  }
  return all;
}

/** The process `pid` and every process under it. */
export function processTree(pid) {
  const processes = allProcesses();
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    for (const p of processes) if (p.ppid === all[i]) all.push(p.pid);
  }
  return all;
}

/** The living processes of a process group, `{ pid, comm }` each (zombies, which hold nothing,
 * left out). */
export function groupMembers(pgid) {
  return allProcesses()
    .filter((p) => p.pgid === pgid && p.state !== 'Z')
    .map(({ pid, comm }) => ({ pid, comm }));
}

/** The process's command line, its arguments joined by spaces. */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '?';
  }
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
