// Evidence in the real window: a screenshot pasted into a case lands in the attachments folder,
// shows as a thumbnail on the timeline, and the dossier lists it with its SHA-256; the PDF is
// read back and looked at as an image, in English and Korean.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Harness } from './harness.mjs';

/** A picture worth looking at: a labelled gradient, made by ImageMagick. */
function picture(dir) {
  const file = join(dir, 'receipt.png');
  execFileSync('convert', ['-size', '360x220', 'gradient:#f6d365-#fda085', '-gravity', 'center', '-pointsize', '28', '-annotate', '0', 'RECEIPT 49.99', file]);
  return readFileSync(file);
}

function seed(h) {
  h.cli('company', 'add', 'Acme Telecom', '--phone', '0800 123 4567');
  const kase = h.cli('case', 'open', '--company', 'Acme Telecom', '--title', 'Refund never came', '--amount', '49.99', '--currency', 'GBP');
  h.cli('log', String(kase.id), '--channel', 'phone', '--at', '2026-11-03 10:15', '--agent', 'Jane', '--agent-id', '4471', '--ref', 'ABC-123', '--note', 'Said the refund was approved.', '--promise', 'Refund £49.99', '--due', '2026-11-10');
  return kase.id;
}

/** Pastes `bytes` into the window as the clipboard would a screenshot. */
async function paste(h, bytes) {
  await h.browser.execute((b64) => {
    const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([raw], 'image.png', { type: 'image/png' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, bytes.toString('base64'));
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

/** The PDF's first page as a PNG beside the screenshots, to look at. */
function pageImage(h, file, label) {
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(h.shots, label)]);
}

for (const [lang, env, words] of [
  ['en', 'en_US.UTF-8', { attached: 'Attached 1 file.', made: 'Saved ', heading: 'Attachments', line: 'Attached: Screenshot ' }],
  ['ko', 'ko_KR.UTF-8', { attached: '파일 1개를 첨부했습니다.', made: '저장했습니다: ', heading: '첨부 파일', line: '첨부: 스크린샷 ' }],
]) {
  describe(`evidence, ${lang}`, () => {
    const h = new Harness(lang === 'en' ? 'evidence' : 'evidence-ko');
    after(() => h.stop());

    test('a pasted screenshot is kept by its hash, shown as a thumbnail, and listed in the dossier', async () => {
      await h.start({ LANG: env });
      const id = seed(h);
      const bytes = picture(h.dataDir);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await h.open();
      await h.browser.execute((to) => (location.hash = to), `#/cases/${id}`);
      await h.waitForText('case-header-title', 'Refund never came');
      await h.el('attachments');
      await paste(h, bytes);
      await h.waitForText('attach-said', words.attached);
      const stored = join(h.dataDir, 'attachments', sha256);
      assert.ok(existsSync(stored), 'stored under its SHA-256');
      assert.deepEqual(readFileSync(stored), bytes);
      const thumb = await h.el('attachment-thumbnail');
      const src = await (await thumb.$('img')).getAttribute('src');
      assert.ok(src.startsWith('data:image/png;base64,'));
      await h.reveal(thumb);
      await h.screenshot('01-thumbnail');

      await h.click('dossier-make');
      await h.waitForText('dossier-made', words.made);
      const made = (await h.text('dossier-made')).slice(words.made.length).trim();
      assert.match(made, /\/exports\/dossier-case-1-\d{8}-\d{6}\.pdf$/);
      const text = pdfText(made);
      assert.ok(text.includes(words.heading), text);
      assert.ok(text.includes(words.line), text);
      assert.ok(text.includes(`SHA-256 ${sha256}`), text);
      assert.ok(text.includes('ABC-123'), text);
      await h.reveal(await h.el('dossier'));
      await h.screenshot('02-dossier-card');
      pageImage(h, made, '03-dossier-page');
    });

    test('files dropped on the log form go to the contact it saves', async () => {
      const letter = join(h.dataDir, 'letter.pdf');
      // Enough of a PDF for its type to be read from its first bytes.
      writeFileSync(letter, '%PDF-1.4\n% a letter sent by post\n%%EOF\n');
      await h.el('log-form');
      // What the case screen does with files the system drops on the form.
      await h.browser.execute(
        (path) => document.querySelector('[data-log-form]').dispatchEvent(new CustomEvent('attachfiles', { detail: [path] })),
        letter,
      );
      await h.waitForText('log-pending', 'letter.pdf');
      await h.reveal(await h.el('log-pending'));
      await h.screenshot('04-log-form-pending');
      await h.type('log-notes', 'Sent the letter by post');
      await h.click('log-save');
      await h.browser.waitUntil(async () => (await h.all('attachment')).length === 2, { timeout: 10_000 });
      const shown = h.cli('case', 'show', '1');
      const kept = shown.attachments.find((a) => a.name === 'letter.pdf');
      assert.equal(kept.media_type, 'application/pdf');
      const contact = shown.interactions.find((i) => i.notes === 'Sent the letter by post');
      assert.equal(kept.interaction_id, contact.id, 'attached to the contact just saved');
    });
  });
}
