// A notification service of our own on a private session bus: it records what Casebook shows
// and can answer as a desktop does when the user clicks a notification (ActionInvoked), which
// a real daemon under Xvfb cannot be made to do.
import { setTimeout as sleep } from 'node:timers/promises';
import dbus from 'dbus-next';
import { startSessionBus } from './session-bus.mjs';

const { Interface } = dbus.interface;

class Notifications extends Interface {
  constructor(shown) {
    super('org.freedesktop.Notifications');
    this.shown = shown;
    this.next = 1;
  }

  Notify(app, replaces, icon, title, body, actions) {
    const id = this.next++;
    this.shown.push({ id, app, title, body, actions, time: Date.now() });
    return id;
  }

  GetCapabilities() {
    return ['actions', 'body'];
  }

  GetServerInformation() {
    return ['casebook-tests', 'casebook', '1', '1.2'];
  }

  CloseNotification() {}

  ActionInvoked(id, action) {
    return [id, action];
  }

  NotificationClosed(id, reason) {
    return [id, reason];
  }
}

Notifications.configureMembers({
  methods: {
    Notify: { inSignature: 'susssasa{sv}i', outSignature: 'u' },
    GetCapabilities: { inSignature: '', outSignature: 'as' },
    GetServerInformation: { inSignature: '', outSignature: 'ssss' },
    CloseNotification: { inSignature: 'u', outSignature: '' },
  },
  signals: {
    ActionInvoked: { signature: 'us' },
    NotificationClosed: { signature: 'uu' },
  },
});

export class NotificationServer {
  /** Every notification shown: {id, app, title, body, actions, time}. */
  shown = [];

  /**
   * Starts a private bus and serves notifications on it. Sets DBUS_SESSION_BUS_ADDRESS so the
   * app started afterwards uses this bus.
   */
  async start() {
    const { address, daemon } = await startSessionBus();
    this.daemon = daemon;
    process.env.DBUS_SESSION_BUS_ADDRESS = address;
    this.bus = dbus.sessionBus({ busAddress: address });
    this.service = new Notifications(this.shown);
    this.bus.export('/org/freedesktop/Notifications', this.service);
    const reply = await this.bus.requestName('org.freedesktop.Notifications', dbus.NameFlag.DO_NOT_QUEUE);
    if (reply !== dbus.RequestNameReply.PRIMARY_OWNER) {
      throw new Error('another notification service owns the name on the private bus');
    }
  }

  /** Waits for a notification whose title or body mentions `text`. */
  async waitFor(text, timeoutMs) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const hit = this.shown.find((n) => `${n.title} ${n.body}`.includes(text));
      if (hit) return hit;
      await sleep(200);
    }
    throw new Error(`no notification mentioning ${JSON.stringify(text)}; saw ${JSON.stringify(this.shown)}`);
  }

  /** What the desktop sends when the user clicks the notification's body. */
  click(id) {
    this.service.ActionInvoked(id, 'default');
  }

  stop() {
    this.bus?.disconnect();
    this.daemon?.kill();
  }
}
