// Scorecards in the real window, from contacts, promises and a resolution entered in the window
// itself: a company's record and the Record screen comparing companies, in English and Korean.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './harness.mjs';

/** Logs a phone call with Jane (4471) that made a promise, through the case screen's form. */
async function logCall(h, at, promise, due) {
  const open = await h.browser.$('[data-testid="log-open"]');
  if (await open.isExisting()) await h.click('log-open');
  await h.type('log-at', at);
  await h.select('log-channel', 'phone');
  await h.type('log-agent-name', 'Jane');
  await h.type('log-agent-code', '4471');
  await h.type('log-hold', '25');
  await h.type('log-notes', 'Called about the refund');
  await h.type('log-promise-description', promise);
  await h.type('log-promise-due', due);
  await h.click('log-save');
  await h.waitForText('timeline', promise);
}

/** The text of each cell of each row with this testid, as shown. */
function cells(h, testid) {
  return h.browser.execute(
    (id) =>
      [...document.querySelectorAll(`[data-testid="${id}"]`)].map((row) =>
        [...row.querySelectorAll('th, td')].map((c) => c.textContent.trim()),
      ),
    testid,
  );
}

for (const [lang, env, words] of [
  [
    'en',
    'en_US.UTF-8',
    {
      rate: 'Broken: 50% of those kept or broken',
      agent: 'Jane (4471): promises made 2, kept 1',
      money: '₩0 at stake in open cases · ₩20,000 recovered · ₩0 given up',
      recovered: '₩20,000',
      editClient: 'Edit client',
    },
  ],
  [
    'ko',
    'ko_KR.UTF-8',
    {
      rate: '어긴 비율: 지켰거나 어긴 약속 중 50%',
      agent: 'Jane (4471): 약속 2건, 지킴 1건',
      money: '진행 중인 사건의 금액 0원 · 돌려받은 금액 20,000원 · 포기한 금액 0원',
      recovered: '20,000원',
      editClient: '고객 정보 수정',
    },
  ],
]) {
  describe(`scorecards, ${lang}`, () => {
    const h = new Harness(lang === 'en' ? 'record' : 'record-ko');
    after(() => h.stop());

    test("a company's record and the Record screen, from what was entered in the window", async () => {
      await h.start({ LANG: env });
      h.cli('company', 'add', 'Acme Telecom');
      const acme = h.cli('case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came', '--amount', '30000', '--currency', 'KRW');
      // Beta Bank breaks both its promises: the worst promise-keeper, first on the Record.
      h.cli('company', 'add', 'Beta Bank');
      const beta = h.cli('case', 'open', '--company', 'Beta Bank', '--title', 'Fee charged twice');
      for (const due of ['2026-02-01', '2026-02-08']) {
        const p = h.cli('log', String(beta.id), '--channel', 'phone', '--agent', 'Kim', '--promise', 'Refund the fee', '--due', due);
        h.cli('promise', 'broken', String(p.promise.id));
      }

      await h.open();
      await h.browser.execute((to) => (location.hash = to), `#/cases/${acme.id}`);
      await logCall(h, '2026-01-02 10:00', 'Refund to my card', '2026-01-10');
      await h.click('promise-kept');
      await logCall(h, '2026-01-12 10:00', 'Call me back', '2026-01-14');
      await h.click('promise-broken');
      await h.click('case-resolve');
      await h.select('resolve-outcome', 'partial');
      await h.type('resolve-recovered', '20,000');
      await h.screenshot('01-resolve-recovered');
      await h.click('resolve-confirm');
      await h.waitForText('case-recovered', words.recovered);
      await h.reveal(await h.el('case-recovered'));
      await h.screenshot('01b-case-recovered');

      await h.click('case-company');
      await h.waitForText('score-rate', words.rate);
      await h.waitForText('scorecard', words.agent);
      await h.waitForText('score-money', words.money);
      await h.reveal(await h.el('scorecard'));
      await h.screenshot('02-company-record');

      await h.click('nav-record');
      await h.el('record-table');
      const rows = await cells(h, 'record-row');
      assert.equal(rows.length, 2);
      assert.deepEqual(rows[0].slice(0, 5), ['Beta Bank', '2', '0', '2', '100%']);
      assert.deepEqual(rows[1].slice(0, 5), ['Acme Telecom', '2', '1', '1', '50%']);
      await h.screenshot('03-record');
      assert.deepEqual(await cells(h, 'record-year'), [[String(new Date().getFullYear()), words.recovered]]);
      await h.reveal(await h.el('record-activity'));
      await h.screenshot('04-record-activity');

      // Acme is the user's client: its screen says so, and About names the data folder.
      await h.browser.execute((to) => (location.hash = to), `#/companies/${acme.company_id}`);
      await h.click('company-edit');
      await h.click('company-client');
      await h.reveal(await h.el('company-client'));
      await h.screenshot('05-company-form-client');
      await h.click('company-save');
      await h.waitForText('company-edit', words.editClient);
      await h.screenshot('06-client');
      await h.click('nav-settings');
      await h.waitForText('about-folder', h.dataDir);
      await h.reveal(await h.el('settings-about'));
      await h.screenshot('07-about');
    });
  });
}
