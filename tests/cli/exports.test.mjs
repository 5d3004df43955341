// The calendar and spreadsheet exports, read back by programs that did not write them: Python's
// icalendar package and its csv module.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { fails, json, ok, folder } from './run.mjs';

beforeEach(() => folder.fresh());
afterEach(() => folder.remove());

const SEOUL = { env: { TZ: 'Asia/Seoul' } };

/** Runs a Python program on a file and answers what it printed as JSON. */
function python(program, file) {
  const r = spawnSync('/usr/bin/python3', ['-c', program, file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const READ_ICS = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    alarms = [str(a.decoded('TRIGGER').isoformat()) for a in e.walk('VALARM')]
    events.append({
        'uid': str(e['UID']),
        'summary': str(e['SUMMARY']),
        'description': str(e['DESCRIPTION']),
        'start': e.decoded('DTSTART').isoformat(),
        'end': e.decoded('DTEND').isoformat(),
        'alarms': alarms,
    })
print(json.dumps(events, ensure_ascii=False))
`;

const READ_CSV = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))
`;

function history() {
  json(['company', 'add', 'KT 고객센터'], SEOUL);
  const kase = json(['case', 'open', '--company', 'KT 고객센터', '--title', '인터넷 요금, 두 번 청구', '--amount', '30000', '--currency', 'KRW'], SEOUL);
  json(['log', String(kase.id), '--channel', 'phone', '--at', '2026-11-18 14:30', '--agent', '김민지', '--agent-id', '4471', '--ref', 'ABC-123', '--note', '=2+3 환불 승인', '--promise', '30,000원 환불; 카드 취소', '--due', '2026-11-30'], SEOUL);
  json(['company', 'add', 'Beta Bank'], SEOUL);
  const fee = json(['case', 'open', '--company', 'Beta Bank', '--title', 'Card fee'], SEOUL);
  json(['follow-up', String(fee.id), '2026-12-01 17:00', '--note', 'Call again'], SEOUL);
  return kase;
}

describe('calendar export', () => {
  test('an independent iCalendar parser reads every event, its day or time, alarm, UID and Hangul', () => {
    history();
    const file = join(folder.dir, 'casebook.ics');
    const done = json(['export', '--format', 'ics', '--out', file], SEOUL);
    assert.equal(done.events, 2);
    const events = python(READ_ICS, file);
    assert.equal(events.length, 2);
    const [refund, call] = events;
    assert.equal(refund.summary, 'KT 고객센터 promised: 30,000원 환불; 카드 취소');
    assert.equal(refund.start, '2026-11-30', 'a day-only promise is an all-day event');
    assert.equal(refund.end, '2026-12-01');
    assert.equal(
      refund.description,
      'Case: 인터넷 요금, 두 번 청구\nCompany: KT 고객센터\nAgent: 김민지 (ID 4471)\nReference: ABC-123',
    );
    // Reminded the day after at 09:00 in Seoul, as the app would.
    assert.deepEqual(refund.alarms, ['2026-12-01T00:00:00+00:00']);
    assert.equal(call.summary, 'Follow up with Beta Bank: Call again');
    assert.equal(call.start, '2026-12-01T08:00:00+00:00', '17:00 in Seoul');
    assert.equal(call.end, '2026-12-01T08:30:00+00:00');
    assert.deepEqual(call.alarms, ['2026-12-01T08:00:00+00:00']);

    const again = join(folder.dir, 'again.ics');
    ok(['export', '--format', 'ics', '--out', again], SEOUL);
    assert.deepEqual(
      python(READ_ICS, again).map((e) => e.uid),
      events.map((e) => e.uid),
      'the same UIDs, so importing again updates the events',
    );
    assert.equal(new Set(events.map((e) => e.uid)).size, 2);
    assert.match(ok(['export', '--format', 'ics', '--out', again], SEOUL), /^Wrote 2 events to .*again\.ics: open it with your calendar to add them\n$/);
  });

  test('a format it does not know is refused, naming the ones it does', () => {
    fails(['export', '--format', 'pdf', '--out', join(folder.dir, 'x')], 2, /invalid value 'pdf'.*\[possible values: json, archive, ics, csv\]/s);
  });
});

describe('spreadsheet export', () => {
  test('a CSV reader gets every row, Hangul intact, and a formula as text', () => {
    const kase = history();
    const dir = join(folder.dir, 'sheet');
    const done = json(['export', '--format', 'csv', '--out', dir], SEOUL);
    assert.deepEqual([done.cases, done.interactions, done.promises], [2, 1, 1]);
    assert.ok(readFileSync(join(dir, 'cases.csv')).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'a byte-order mark for Excel');

    const cases = python(READ_CSV, join(dir, 'cases.csv'));
    assert.equal(cases.length, 2);
    assert.equal(cases[0].case_id, String(kase.id));
    assert.equal(cases[0].title, '인터넷 요금, 두 번 청구');
    assert.equal(cases[0].amount, '30000');
    assert.equal(cases[0].currency, 'KRW');
    assert.equal(cases[1].company, 'Beta Bank');

    const contacts = python(READ_CSV, join(dir, 'interactions.csv'));
    assert.equal(contacts.length, 1);
    assert.equal(contacts[0].case_id, String(kase.id));
    assert.equal(contacts[0].occurred_at, '2026-11-18T14:30:00+09:00');
    assert.equal(contacts[0].agent_name, '김민지');
    assert.equal(contacts[0].notes, "'=2+3 환불 승인", 'a spreadsheet shows it instead of computing 5');

    const promises = python(READ_CSV, join(dir, 'promises.csv'));
    assert.equal(promises[0].interaction_id, contacts[0].interaction_id);
    assert.equal(promises[0].description, '30,000원 환불; 카드 취소');
    assert.equal(promises[0].due, '2026-11-30');
    assert.match(
      ok(['export', '--format', 'csv', '--out', dir], SEOUL),
      /^Wrote cases\.csv, interactions\.csv and promises\.csv to .*sheet \(2 cases, 1 contact, 1 promise\)\n$/,
    );
  });
});

describe('dossier', () => {
  test('the PDF is written where asked, in the language asked, and its text reads back', () => {
    const kase = history();
    const file = join(folder.dir, '환불 dossier.pdf');
    assert.match(ok(['dossier', String(kase.id), '--out', file, '--lang', 'ko', '--paper', 'a4'], SEOUL), /^Wrote the dossier of case 1 to .*환불 dossier\.pdf\n$/);
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const text = r.stdout.replace(/[ \t]+/g, ' ');
    assert.match(text, /사건 기록: 인터넷 요금, 두 번 청구/);
    assert.match(text, /상담원: 김민지 \(ID 4471\) · 접수번호 ABC-123/);
    assert.match(text, /약속: 30,000원 환불; 카드 취소 — 약속한 사람: 김민지 \(ID 4471\), 기한 2026년 11월 30일/);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  test('a case that does not exist is refused and no file is left', () => {
    const file = join(folder.dir, 'none.pdf');
    fails(['dossier', '99', '--out', file], 1, /^casebook: .*99/);
    assert.throws(() => readFileSync(file));
  });
});

describe('attachments', () => {
  test('files are attached by their hash, carried by an archive, and a tampered archive is refused', () => {
    const kase = history();
    const receipt = join(folder.dir, '영수증.txt');
    writeFileSync(receipt, 'Paid 30,000원 on 2026-11-01\n');
    const [a] = json(['attach', String(kase.id), receipt, '--note', '결제 영수증'], SEOUL);
    const sha = createHash('sha256').update(readFileSync(receipt)).digest('hex');
    assert.equal(a.sha256, sha);
    assert.equal(a.name, '영수증.txt');
    assert.equal(a.media_type, 'text/plain');
    assert.deepEqual(readFileSync(join(folder.dir, 'attachments', sha)), readFileSync(receipt));
    assert.match(ok(['attach', String(kase.id), receipt], SEOUL), new RegExp(`^Attached 영수증\\.txt to case ${kase.id} \\(SHA-256 ${sha}\\)\\n$`));
    assert.deepEqual(readdirSync(join(folder.dir, 'attachments')), [sha], 'stored once');

    const archive = join(folder.dir, 'casebook.tar');
    assert.match(ok(['export', '--format', 'archive', '--out', archive], SEOUL), /^Exported to .*casebook\.tar \(2 cases, 1 attached file\)\n$/);
    const other = mkdtempSync(join(tmpdir(), 'casebook-cli-'));
    ok(['import', archive], { dataDir: other });
    assert.deepEqual(readFileSync(join(other, 'attachments', sha)), readFileSync(receipt));

    const bytes = readFileSync(archive);
    const at = bytes.indexOf(Buffer.from('Paid 30,000'));
    bytes[at] = 'p'.charCodeAt(0);
    const tampered = join(folder.dir, 'tampered.tar');
    writeFileSync(tampered, bytes);
    const third = mkdtempSync(join(tmpdir(), 'casebook-cli-'));
    fails(['import', tampered], 1, new RegExp(`^casebook: That file cannot be imported, so nothing was changed: attachments/${sha} does not match its SHA-256: the archive was changed or damaged\\n$`), { dataDir: third });
    assert.equal(json(['company', 'list'], { dataDir: third }).length, 0);
    assert.equal(existsSync(join(third, 'attachments', sha)), false);
  });

  test('a file over 200 MB is refused with what to do, and nothing is attached', () => {
    const kase = history();
    const small = join(folder.dir, 'note.txt');
    writeFileSync(small, 'fine');
    const huge = join(folder.dir, 'phone video.mp4');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 200_000_001);
    closeSync(fd);
    fails(['attach', String(kase.id), small, huge], 1, /^casebook: phone video\.mp4 is 201 MB: a file over 200 MB cannot be attached\. Attach a smaller copy, or a part of it\.\n$/);
    assert.equal(existsSync(join(folder.dir, 'attachments')), false, 'the small one was not attached either');
  });
});
