// Before and during a call, in the real window: the preparation panel, call mode with its timer
// and hold, a call that survives the app being killed, the read-back, saving, and the message
// that confirms the call in writing; in English and in Korean.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Harness } from './harness.mjs';

const APP = process.env.CASEBOOK_APP;

/** `n` working days after today in Korea, counted here from the holiday list itself. */
function koreanBusinessDays(n) {
  const line = readFileSync(join(import.meta.dirname, '..', '..', 'core', 'data', 'holidays.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('KR '));
  const holidays = new Set(
    line.flatMap((l) => {
      const [, year, ...days] = l.split(' ');
      return days.map((md) => `${year}-${md.slice(0, 2)}-${md.slice(2)}`);
    }),
  );
  const day = new Date();
  day.setHours(12, 0, 0, 0);
  const iso = (d) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  let left = n;
  while (left > 0) {
    day.setDate(day.getDate() + 1);
    if (day.getDay() !== 0 && day.getDay() !== 6 && !holidays.has(iso(day))) left -= 1;
  }
  return iso(day);
}

function seed(h) {
  h.cli('company', 'add', 'Acme Telecom');
  const kase = h.cli('case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came',
    '--want', 'Refund 30,000 won to my card');
  h.cli('log', String(kase.id), '--channel', 'phone', '--at', '2026-11-18 14:30', '--agent', 'Jane',
    '--agent-id', '4471', '--ref', 'ABC-123', '--promise', 'Refund 30,000 won', '--due', '2026-11-20');
  h.cli('holidays', 'KR');
  return kase.id;
}

async function toCase(h, id) {
  await h.browser.execute((to) => (location.hash = to), `#/cases/${id}`);
  await h.waitForText('case-header-title', 'Refund never came');
}

describe('a call, in English', () => {
  const h = new Harness('call');
  let caseId;
  after(() => h.stop());

  test('the panel before the call says what to have ready and what is missing', async () => {
    await h.start({ LANG: 'en_US.UTF-8' });
    caseId = seed(h);
    await h.open();
    await toCase(h, caseId);
    await h.waitForText('prep-outcome', 'Refund 30,000 won to my card');
    assert.equal(await h.text('prep-tried'), 'Already tried: 1 contact');
    assert.match(await h.text('prep-last'), /Phone · Jane \(ID 4471\) · ABC-123$/);
    assert.match(await h.text('prep-check-identifiers'), /Your account, order or serial number\s+Missing\s+Add it/);
    assert.match(await h.text('prep-check-outcome'), /What you want, in one sentence\s+Ready/);
    await h.screenshot('01-before-you-call');
    // "Add it" opens the case's form, where the numbers go.
    await h.click('prep-add-identifiers');
    await h.el('case-form');
    await h.browser.keys('Escape');
  });

  test('a call keeps its timer, hold and notes through a killed app', async () => {
    await h.click('prep-start-call');
    await h.waitForText('call-outcome', 'Refund 30,000 won to my card');
    await h.click('call-hold');
    await sleep(2200);
    // H toggles hold when the user is not typing.
    await h.browser.execute(() => document.activeElement?.blur());
    await h.browser.keys('h');
    assert.equal(await (await h.el('call-hold')).getAttribute('aria-pressed'), 'false');
    const held = await h.text('call-held');
    assert.match(held, /^0:0[2-3]$/, `about two seconds on hold, not ${held}`);
    await h.type('call-agent-name', 'Minji Park');
    await h.type('call-agent-code', 'K-208');
    await h.type('call-reference', 'REF-44712');
    await h.type('call-notes', 'Says the refund failed because the card expired');
    await h.type('call-promise', 'Refund 30,000 won to the new card');
    await h.type('call-due', 'in 3 business days');
    await h.waitForText('call-due-reads', 'That is ');
    await h.browser.execute(() => window.scrollTo(0, 0));
    await h.screenshot('02-call-mode');

    await sleep(1500);
    execFileSync('pkill', ['-KILL', '-f', APP]);
    await h.close().catch(() => {});
    await h.open();
    await toCase(h, caseId);
    await h.waitForText('prep-start-call', 'Go on with the call started');
    await h.click('prep-start-call');
    await h.waitForText('call-resumed', 'Went on with the call you started at');
    assert.equal(await (await h.el('call-agent-name')).getValue(), 'Minji Park');
    assert.equal(await (await h.el('call-notes')).getValue(), 'Says the refund failed because the card expired');
    assert.equal(await (await h.el('call-due')).getValue(), 'in 3 business days');
    assert.match(await h.text('call-held'), /^0:0[2-3]$/, 'the hold time was kept');
  });

  test('ending the call reads it back; saving logs it with its times and its promise', async () => {
    await h.click('call-end');
    await h.el('read-back');
    assert.match(await h.text('read-back-agent_name'), /Agent's name\s+Minji Park/);
    assert.match(await h.text('read-back-agent_id'), /Agent's ID\s+K-208/);
    assert.match(await h.text('read-back-reference'), /Reference number\s+REF-44712/);
    assert.match(await h.text('read-back-due'), /By when\s+.+\(in 3 business days\)/);
    assert.match(await h.text('read-back-if_not_done'), /What happens if it is not done\s+Missing/);
    await h.screenshot('03-read-back');

    await h.click('call-save');
    await h.waitForText('call-saved', 'Call saved.');
    const message = await h.text('call-confirm-message');
    assert.match(
      message,
      /^As discussed today at \d\d:\d\d with Minji Park \(ID K-208\), reference REF-44712\. You promised: refund 30,000 won to the new card, by \d+ \w{3}\. Please reply if any of this is not what we agreed\.$/,
    );
    await h.screenshot('04-confirm-in-writing');

    const saved = h.cli('case', 'show', String(caseId));
    const call = saved.interactions.at(-1);
    assert.equal(call.agent.name, 'Minji Park');
    assert.ok(call.duration_min >= 1, 'the call took a minute or so');
    assert.equal(call.hold_min, 1, 'two seconds on hold is a minute begun');
    const promise = saved.promises.find((p) => p.interaction_id === call.id);
    assert.deepEqual(promise.due, { kind: 'date', date: koreanBusinessDays(3) });

    await h.click('call-done');
    await h.waitForText('timeline', '1 min on hold');
    await h.waitForText('timeline', 'Refund 30,000 won to the new card');
    assert.equal(await (await h.all('prep-start-call')).length, 1);
    await h.waitForText('prep-start-call', 'Start call');
  });

  test('Settings name the country whose holidays business days skip', async () => {
    await h.click('nav-settings');
    await h.select('settings-holidays', 'GB');
    await h.waitForText('settings-holidays-said', 'Saved. Business days now skip the holidays of United Kingdom.');
    assert.equal(h.cli('holidays').holiday_country, 'GB');
    await h.reveal(await h.el('settings-holidays'));
    await h.screenshot('05-settings-business-days');
  });
});

describe('a call, in Korean', () => {
  const h = new Harness('call-ko');
  after(() => h.stop());

  test('the panel, call mode and the read-back speak Korean', async () => {
    await h.start({ LANG: 'ko_KR.UTF-8' });
    const caseId = seed(h);
    await h.open();
    await toCase(h, caseId);
    await h.waitForText('prep', '전화하기 전에');
    assert.equal(await h.text('prep-tried'), '지금까지 연락 1번');
    await h.screenshot('01-before-you-call-ko');
    await h.click('prep-start-call');
    await h.type('call-agent-name', '김민지');
    await h.type('call-reference', 'REF-44712');
    await h.type('call-promise', '30,000원 환불');
    await h.type('call-due', '영업일 기준 3일');
    await h.waitForText('call-due-reads', '입니다.');
    await h.browser.execute(() => window.scrollTo(0, 0));
    await h.screenshot('02-call-mode-ko');
    await h.click('call-end');
    assert.match(await h.text('read-back-agent_id'), /상담원 ID\s+없음/);
    await h.screenshot('03-read-back-ko');
    await h.click('call-save');
    assert.match(
      await h.text('call-confirm-message'),
      /^오늘 \d\d:\d\d에 김민지 상담원과 통화한 내용을 확인드립니다 \(접수번호 REF-44712\)\. 약속하신 내용: 30,000원 환불 \(기한: \d+월 \d+일\)\. 다른 점이 있으면 회신 부탁드립니다\.$/,
    );
    await h.screenshot('04-confirm-in-writing-ko');
    await h.click('nav-settings');
    await h.select('settings-holidays', 'DE');
    await h.waitForText('settings-holidays-said', '저장했습니다. 이제 영업일은 독일의 공휴일을 빼고 셉니다.');
    await h.reveal(await h.el('settings-holidays'));
    await h.screenshot('05-settings-business-days-ko');
  });
});
