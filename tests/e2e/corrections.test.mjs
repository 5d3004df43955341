// Fixing a mistake in the real window: delete after asking, undo, find a deleted case in
// Recently deleted and restore it; in English and in Korean, with screenshots of each step.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './harness.mjs';

describe('every mistake can be fixed', () => {
  const h = new Harness('corrections');
  let kase;
  before(async () => {
    h.cli('company', 'add', 'Acme Telecom');
    kase = h.cli('case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came');
    h.cli('log', String(kase.id), '--channel', 'phone', '--agent', 'Jane', '--ref', 'ABC-123', '--promise', 'Refund 30,000 won', '--due', '2099-11-30');
    h.cli('follow-up', String(kase.id), '2099-12-05', '--note', 'Call again if nothing arrives');
    await h.start();
    await h.open();
  });
  after(() => h.stop());

  async function openCase() {
    await h.click('nav-companies');
    await h.click('company-row');
    await h.click('case-row');
    await h.waitForText('case-header-title', 'Refund never came');
  }

  test('a promise is deleted after asking, and Undo brings it back', async () => {
    await openCase();
    await h.click('promise-delete');
    assert.equal(
      await h.text('delete-question'),
      'Delete “Refund 30,000 won”? It stays in Recently deleted (Settings) for 30 days.',
    );
    await h.screenshot('01-delete-asks');
    await h.click('delete-yes');
    await h.waitForText('undo-bar', 'Deleted promise “Refund 30,000 won”.');
    await h.browser.waitUntil(async () => !(await h.text('timeline')).includes('Refund 30,000 won'));
    await h.screenshot('02-undo-offered');
    await h.click('undo');
    await h.waitForText('timeline', 'Refund 30,000 won');
  });

  test("a promise's due is corrected in place, and the case file says it moved", async () => {
    await h.click('promise-edit');
    await h.type('promise-edit-due', 'someday');
    await h.click('promise-edit-save');
    assert.equal(
      await h.text('error-promise_due'),
      'Promise due date is not a date: write it like 2026-11-30 or 2026-11-30 17:00',
    );
    await h.type('promise-edit-due', '2099-12-05');
    await h.screenshot('02b-edit-promise');
    await h.click('promise-edit-save');
    // The form closes once core has taken the new due.
    await h.browser.waitUntil(async () => (await h.all('promise-edit-form')).length === 0, {
      timeout: 10_000,
      timeoutMsg: 'the promise form stayed open after saving',
    });
    // The promise itself shows its new due (the follow-up below is due that day too).
    await h.browser.waitUntil(
      async () => {
        for (const item of await h.all('timeline-item')) {
          const text = await item.getText();
          if (text.includes('Refund 30,000 won')) return text.includes('Due Sat, Dec 5, 2099');
        }
        return false;
      },
      { timeout: 10_000, timeoutMsg: 'the promise never showed its new due' },
    );
    assert.match(await h.text('due-moved'), /^Due date moved from Mon, Nov 30, 2099 on /);
    await h.screenshot('02c-promise-moved');
  });

  test('a deleted case waits in Recently deleted and comes back whole', async () => {
    await h.click('case-delete');
    await h.click('delete-yes');
    await h.el('cases-empty');
    // The Undo bar sits over the bottom of the window; done with it, the user closes it.
    await h.click('undo-dismiss');
    await h.click('nav-settings');
    await h.waitForText('trash-list', 'Refund never came');
    assert.match(await h.text('trash-item'), /With 1 contact, 1 promise, 1 follow-up/);
    await (await h.el('trash')).scrollIntoView();
    await h.screenshot('03-recently-deleted');
    await h.click('trash-restore');
    await h.waitForText('trash-done', '“Refund never came” is back.');
    await openCase();
    const timeline = await h.text('timeline');
    assert.match(timeline, /ABC-123/);
    assert.match(timeline, /Refund 30,000 won/);
    assert.match(timeline, /Call again if nothing arrives/);
  });

  test("an agent's name is corrected once for every contact", async () => {
    await h.click('nav-companies');
    await h.click('company-row');
    await h.waitForText('agents', 'Jane');
    await h.click('agent-edit');
    await h.type('agent-edit-name', 'Jane Kim');
    await h.click('agent-edit-save');
    await h.waitForText('agents-done', 'Saved: Jane Kim.');
    await (await h.el('agents')).scrollIntoView();
    await h.screenshot('03b-agents');
    await h.click('case-row');
    await h.waitForText('timeline', 'Jane Kim');
  });

  test('in Korean, a follow-up is deleted and found in 최근 삭제한 항목', async () => {
    await h.select('lang-select', 'ko');
    await h.waitForText('nav-home', '홈');
    await h.click('follow-up-delete');
    assert.equal(
      await h.text('delete-question'),
      '“Call again if nothing arrives” 항목을 삭제할까요? 30일 동안 최근 삭제한 항목(설정)에 남습니다.',
    );
    await h.screenshot('04-delete-asks-ko');
    await h.click('delete-yes');
    await h.waitForText('undo-bar', '후속 확인 “Call again if nothing arrives” 삭제됨.');
    await h.click('undo-dismiss');
    await h.click('nav-settings');
    await h.waitForText('trash-list', 'Call again if nothing arrives');
    await (await h.el('trash')).scrollIntoView();
    await h.screenshot('05-recently-deleted-ko');
    await h.select('lang-select', 'en');
    await h.waitForText('nav-home', 'Home');
  });
});
