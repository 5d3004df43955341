// Casebook never goes on the network. The real app runs under strace, which records every
// connect() any of its processes makes while a user works in it; only local sockets (the
// session bus, the display, the accessibility bus) may appear.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Harness } from './harness.mjs';

/** Every connect() in an strace log: {pid, family, address, port}. */
function connects(log) {
  return log
    .split('\n')
    .map((line) => line.match(/^(\d+) +connect\(\d+, \{sa_family=(\w+)(.*)\}/))
    .filter(Boolean)
    .map(([, pid, family, rest]) => ({
      pid: Number(pid),
      family,
      address: (rest.match(/inet_(?:addr\(|pton\(AF_INET6, )"([^"]+)"/) ?? [])[1] ?? rest,
      port: Number((rest.match(/htons\((\d+)\)/) ?? [])[1] ?? 0),
    }));
}

/** A connection that stays on this machine and is not a name lookup. */
function isLocal(c) {
  if (c.family === 'AF_UNIX' || c.family === 'AF_NETLINK') return true;
  const loopback = /^127\./.test(c.address) || c.address === '::1';
  return (c.family === 'AF_INET' || c.family === 'AF_INET6') && loopback && c.port !== 53;
}

describe('privacy', () => {
  const h = new Harness('offline');
  const dir = mkdtempSync(join(tmpdir(), 'casebook-strace-'));
  const log = join(dir, 'connect.log');
  const traced = join(dir, 'casebook-traced');
  before(async () => {
    writeFileSync(
      traced,
      `#!/bin/sh\nexec strace -f -qq -e trace=connect -o '${log}' '${process.env.CASEBOOK_APP}' "$@"\n`,
    );
    chmodSync(traced, 0o755);
    await h.start();
    await h.open({ application: traced });
  });
  after(async () => {
    await h.stop();
    // strace leaves its tracees running when it is stopped; end them as the test's own.
    for (const pid of new Set(connects(readFileSync(log, 'utf8')).map((c) => c.pid))) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('while a user adds a company and opens a case, the app connects to nothing off the machine', async () => {
    await h.click('nav-companies');
    await h.click('company-add');
    await h.type('company-name', 'Acme Telecom');
    await h.type('company-website', 'https://acme.example');
    await h.click('company-save');
    await h.waitForText('company-list', 'Acme Telecom');
    await h.click('company-row');
    await h.click('case-open');
    await h.type('case-title', 'Refund never came');
    await h.click('case-save');
    await h.waitForText('case-header-title', 'Refund never came');
    // The reading of the log catches a connection off the machine, and a name lookup.
    const outside = connects(
      '7 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.216.34")}, 16) = 0\n' +
        '7 connect(4, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0\n' +
        '7 connect(5, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2606:2800::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
    );
    assert.deepEqual(outside.map(isLocal), [false, false, false]);
    const seen = connects(readFileSync(log, 'utf8'));
    assert.ok(seen.length > 0, 'strace recorded the app (it reaches the session bus at least)');
    assert.deepEqual(seen.filter((c) => !isLocal(c)), [], 'connections off the machine');
    console.log(`connect() calls: ${seen.length}, by family: ${JSON.stringify(
      seen.reduce((n, c) => ({ ...n, [c.family]: (n[c.family] ?? 0) + 1 }), {}),
    )}`);
  });
});
