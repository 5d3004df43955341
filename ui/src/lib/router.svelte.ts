// A hash router: #/ , #/overdue, #/companies, #/companies/:id, #/cases/:id, #/cases/:id/call,
// #/settings, #/record.
export type Route =
  | { name: 'home' }
  | { name: 'overdue' }
  | { name: 'companies' }
  | { name: 'company'; id: number }
  | { name: 'case'; id: number }
  | { name: 'call'; id: number }
  | { name: 'settings' }
  | { name: 'record' }
  | { name: 'not_found'; path: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/overdue') return { name: 'overdue' };
  if (path === '/companies') return { name: 'companies' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/record') return { name: 'record' };
  let m = /^\/companies\/(\d+)$/.exec(path);
  if (m) return { name: 'company', id: Number(m[1]) };
  m = /^\/cases\/(\d+)$/.exec(path);
  if (m) return { name: 'case', id: Number(m[1]) };
  m = /^\/cases\/(\d+)\/call$/.exec(path);
  if (m) return { name: 'call', id: Number(m[1]) };
  return { name: 'not_found', path };
}

export const href = {
  home: '#/',
  overdue: '#/overdue',
  companies: '#/companies',
  company: (id: number) => `#/companies/${id}`,
  case: (id: number) => `#/cases/${id}`,
  call: (id: number) => `#/cases/${id}/call`,
  settings: '#/settings',
  record: '#/record',
};

const state = $state<{ route: Route; hash: string }>({ route: { name: 'home' }, hash: '#/' });

export const router = {
  get route(): Route {
    return state.route;
  },
  /** Changes on every navigation, to remount the screen. */
  get hash(): string {
    return state.hash;
  },
};

function update(): void {
  state.hash = location.hash || '#/';
  state.route = parseHash(state.hash);
}

/** Follows the address bar; returns the function that stops. */
export function startRouter(): () => void {
  update();
  window.addEventListener('hashchange', update);
  return () => window.removeEventListener('hashchange', update);
}

export function navigate(to: string): void {
  if (location.hash === to) update();
  else location.hash = to;
}
