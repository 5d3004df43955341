// Watches the session bus for notifications, as the desktop would receive them: every
// org.freedesktop.Notifications.Notify call, with its time, title and body.
import { spawn } from 'node:child_process';
import { readFileSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

export class NotificationMonitor {
  async start() {
    if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
      throw new Error('run under dbus-run-session: there is no session bus to watch');
    }
    this.log = join(tmpdir(), `casebook-bus-${process.pid}-${Date.now()}.log`);
    const out = openSync(this.log, 'w');
    this.proc = spawn('dbus-monitor', ['--session', "interface='org.freedesktop.Notifications',member='Notify'"], {
      stdio: ['ignore', out, 'inherit'],
    });
    await sleep(500); // let it subscribe before anything is sent
  }

  stop() {
    this.proc?.kill();
  }

  /** Every Notify call so far: {time (ms since epoch), app, title, body}. */
  notifies() {
    const text = readFileSync(this.log, 'utf8');
    const calls = [];
    let current = null;
    for (const line of text.split('\n')) {
      const head = line.match(/^method call time=([\d.]+) .*member=Notify/);
      if (head) {
        current = { time: Math.round(parseFloat(head[1]) * 1000), strings: [] };
        calls.push(current);
        continue;
      }
      if (/^(method|signal|method return|error) /.test(line)) {
        current = null;
        continue;
      }
      const str = line.match(/^\s{3}string "(.*)"$/);
      if (current && str && current.strings.length < 4) current.strings.push(str[1]);
    }
    // Notify(app_name, replaces_id, app_icon, summary, body, ...): the strings in order.
    return calls.map(({ time, strings: [app, , title, body] }) => ({ time, app, title, body }));
  }

  /** Waits until a notification mentioning `text` has been sent, and returns it. */
  async waitFor(text, timeoutMs) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const hit = this.notifies().find((n) => `${n.title} ${n.body}`.includes(text));
      if (hit) return hit;
      await sleep(200);
    }
    throw new Error(`no notification mentioning ${JSON.stringify(text)} within ${timeoutMs} ms; saw ${JSON.stringify(this.notifies())}`);
  }

  count(text) {
    return this.notifies().filter((n) => `${n.title} ${n.body}`.includes(text)).length;
  }
}
