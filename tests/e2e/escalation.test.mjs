// Climbing the ladder on the regulators' clocks, in the real window: the suggested next step
// and why, taking the case up, and the computed dates with their sources; in both languages.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './harness.mjs';

function seed(h) {
  h.cli('company', 'add', 'Acme Bank', '--email', 'help@acme.example');
  const kase = h.cli('case', 'open', '--company', 'Acme Bank', '--title', 'Charged twice', '--opened', '2026-01-10');
  for (const [at, due] of [['2026-01-12 10:00', '2026-01-15'], ['2026-01-16 10:00', '2026-01-20']]) {
    const logged = h.cli('log', String(kase.id), '--channel', 'phone', '--at', at, '--promise', 'Refund', '--due', due);
    h.cli('promise', 'broken', String(logged.promise.id));
  }
  return kase.id;
}

async function toCaseNamed(h, id, title) {
  await h.browser.execute((to) => (location.hash = to), `#/cases/${id}`);
  await h.waitForText('case-header-title', title);
}

async function toCase(h, id) {
  await h.browser.execute((to) => (location.hash = to), `#/cases/${id}`);
  await h.waitForText('case-header-title', 'Charged twice');
}

describe('escalation, in English', () => {
  const h = new Harness('escalation');
  after(() => h.stop());

  test('the ladder says why to go higher, and the clocks give the ombudsman date with its source', async () => {
    await h.start({ LANG: 'en_US.UTF-8' });
    const id = seed(h);
    await h.open();
    await toCase(h, id);
    await h.waitForText('ladder-advice', '2 promises broken: ask for a supervisor, or write to the complaints department.');
    await h.click('ladder-go');
    await h.waitForText('ladder-said', 'The case is now at: Supervisor');
    assert.equal(h.cli('case', 'show', String(id)).case.escalation, 'supervisor');
    await h.waitForText('timeline', 'Taken from Agent to Supervisor');
    await h.waitForText('ladder-advice', 'write to the complaints department.');
    await h.screenshot('01-ladder');

    await h.el('clocks-empty');
    await h.select('clocks-country', 'GB');
    await h.select('clocks-sector', 'financial');
    await h.waitForText('clocks', 'UK-FOS-8W');
    const first = (await h.all('clock'))[0];
    assert.equal(await first.getAttribute('data-rule'), 'UK-FOS-8W');
    // Eight weeks from the first complaint, 12 January 2026.
    assert.match(await first.getText(), /Mon, Mar 9, 2026/);
    assert.match(await first.getText(), /Source: FCA Handbook DISP/);
    await h.waitForText('clocks-retrieved', 'Dates computed from the rules table of');
    await h.type('clock-day-final_response', '2026-03-02');
    await h.click('clock-set-final_response');
    await h.waitForText('clocks', 'Wed, Sep 2, 2026');
    await h.reveal(await h.el('clocks'));
    await h.screenshot('02-clocks');
  });

  test('a letter from the case, in English and in Korean', async () => {
    await h.select('letters-kind', 'referral');
    await h.click('letters-write');
    await h.waitForText('letter-subject', 'Complaint summary for referral: Charged twice');
    const body = await h.text('letter-body');
    assert.match(body, /^Company: Acme Bank\nProblem: Charged twice\nOpen since: 10 Jan 2026\n/);
    assert.match(body, /Where it stands: Supervisor\n/);
    assert.match(body, /- Refund, due 15 Jan: Broken\n/);
    await h.reveal(await h.el('letter'));
    await h.screenshot('03-letter');
    await h.select('letters-lang', 'ko');
    await h.click('letters-write');
    await h.waitForText('letter-subject', '분쟁조정 신청용 요약: Charged twice');
    assert.match(await h.text('letter-body'), /현재 단계: 상급자\n/);
    await h.click('letters-save');
    await h.waitForText('letters-said', 'case-1-referral-ko.txt');
  });
});

describe('escalation, in Korean', () => {
  const h = new Harness('escalation-ko');
  after(() => h.stop());

  test('the ladder and the clocks speak Korean', async () => {
    await h.start({ LANG: 'ko_KR.UTF-8' });
    const id = seed(h);
    h.cli('case', 'clocks', String(id), '--country', 'GB', '--sector', 'financial');
    await h.open();
    await toCase(h, id);
    await h.waitForText('ladder-advice', '지키지 않은 약속 2건: 상급자(팀장)를 바꿔 달라고 하거나 고객불만 담당 부서에 서면으로 보내세요.');
    await h.waitForText('clocks', '기준: 처음 민원을 넣은 날');
    await h.reveal(await h.el('ladder'));
    await h.screenshot('01-ladder-ko');
    await h.click('letters-write');
    await h.waitForText('letter-subject', '정식 민원: Charged twice');
    assert.match(await h.text('letter-body'), /^Acme Bank 고객불만 담당자께,\n\n다음 건에 대해 정식으로 민원을 제기합니다: Charged twice\.\n/);
    assert.match(await h.text('letter-body'), /지켜지지 않은 약속:\n- Refund \(기한 1월 15일\)\n- Refund \(기한 1월 20일\)\n/);
    await h.reveal(await h.el('letter'));
    await h.screenshot('02-letter-ko');
  });

  test('a company names the country and business its cases are looked up by', async () => {
    h.cli('company', 'add', '쇼핑몰');
    const kase = h.cli('case', 'open', '--company', '쇼핑몰', '--title', '반품 환불', '--opened', '2026-09-20');
    await h.browser.execute(() => (location.hash = '#/companies/2'));
    await h.click('company-edit');
    await h.select('company-country', 'KR');
    await h.select('company-sector', 'online_shopping');
    await h.screenshot('03-company-form-ko');
    await h.click('company-save');
    await h.browser.waitUntil(async () => h.cli('company', 'show', '2').company?.country === 'KR' || h.cli('company', 'show', '2').country === 'KR', { timeout: 10_000 });
    await toCaseNamed(h, kase.id, '반품 환불');
    await h.waitForText('clocks', 'KR-ECOM-MISMATCH-30D-3M');
    await h.waitForText('clocks', '2026년 10월 20일');
  });
});
