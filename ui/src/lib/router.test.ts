import { describe, expect, test } from 'vitest';
import { href, parseHash } from './router.svelte.ts';

describe('addresses', () => {
  test.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/companies/', { name: 'companies' }],
    ['#/companies/4', { name: 'company', id: 4 }],
    ['#/cases/12', { name: 'case', id: 12 }],
    ['#/cases/12/call', { name: 'call', id: 12 }],
    ['#/settings', { name: 'settings' }],
    ['#/cases/NaN', { name: 'not_found', path: '/cases/NaN' }],
    ['#/settings/extra', { name: 'not_found', path: '/settings/extra' }],
  ])('%j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  test('each link leads back to its screen', () => {
    expect(parseHash(href.settings)).toEqual({ name: 'settings' });
    expect(parseHash(href.case(3))).toEqual({ name: 'case', id: 3 });
  });
});
