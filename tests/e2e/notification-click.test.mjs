// Clicking a reminder's notification opens its case, in the real app, with a notification
// service on a private bus that answers the click as the desktop would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './harness.mjs';
import { NotificationServer } from './notification-server.mjs';

describe('a reminder notification', () => {
  const h = new Harness('notification-click');
  const desktop = new NotificationServer();
  let kase;

  before(async () => {
    await desktop.start();
    h.cli('company', 'add', 'Delta Mobile');
    kase = h.cli('case', 'open', '--company', 'Delta Mobile', '--title', 'Roaming charge refund');
    h.cli('log', String(kase.id), '--channel', 'chat', '--agent', 'Min', '--promise', 'Refund the roaming charge', '--due', '2025-11-20');
    await h.start();
    await h.open();
  });
  after(async () => {
    await h.stop();
    desktop.stop();
  });

  test('is shown with a button to open it', async () => {
    const n = await desktop.waitFor('Refund the roaming charge', 30_000);
    assert.equal(n.app, 'Casebook');
    assert.equal(n.title, 'Delta Mobile · Roaming charge refund');
    assert.equal(n.body, 'Refund the roaming charge promised by Min was due 20 Nov');
    assert.deepEqual(n.actions, ['default', 'Open']);
  });

  test('clicking it opens its case', async () => {
    await h.click('nav-companies');
    await h.el('company-list');
    const n = await desktop.waitFor('Refund the roaming charge', 1_000);
    desktop.click(n.id);
    await h.waitForText('case-header-title', 'Roaming charge refund', 15_000);
    assert.equal(await h.text('case-header-title'), 'Roaming charge refund');
    await h.screenshot('01-opened-from-notification');
  });
});
