// A session bus of its own (a `dbus-daemon --session`), for one test file or one test. What runs
// on one bus cannot reach what runs on another: an app left running by one test, or a desktop
// service it wedged, would otherwise be found by every later test's app on the shared bus. Services
// start on it by D-Bus activation as on a desktop's bus (the notification daemon, the portals).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Starts a bus; resolves to `{ address, daemon }` once it listens. */
export async function startSessionBus() {
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise((resolve, reject) => {
    createInterface({ input: daemon.stdout }).once('line', resolve);
    daemon.once('error', reject);
    daemon.once('exit', (code) => reject(new Error(`dbus-daemon exited with ${code}`)));
  });
  return { address: address.trim(), daemon };
}
