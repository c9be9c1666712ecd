// The kiosk catalog from GET /api/services, refreshed by polling its revision so modules come and go live.
import { api } from './api.js';
import { prefs, role } from './state.js';

const POLL_MS = 4000;
const listeners = new Set();
let catalog = { revision: null, programs: [], services: [] };
let loadedLang = null;
let timer = null;

export function getCatalog() {
  return catalog;
}

export function onCatalogChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Loads the catalog (again when the language changed); notifies listeners when the revision moved. */
export async function loadCatalog({ force = false } = {}) {
  const next = await api('/api/services');
  const fresh = {
    revision: next && next.revision !== undefined ? next.revision : null,
    programs: (next && next.programs) || [],
    services: (next && next.services) || []
  };
  const changed = force || fresh.revision !== catalog.revision || loadedLang !== prefs.lang;
  catalog = fresh;
  loadedLang = prefs.lang;
  if (changed) for (const fn of listeners) fn(catalog);
  return catalog;
}

export function startPolling() {
  if (timer) return;
  timer = setInterval(() => {
    if (document.hidden) return;
    loadCatalog().catch(() => { /* the next poll tries again; the grid keeps the last known services */ });
  }, POLL_MS);
}

/** Services the current person may start: public ones, plus those whose startedBy lists the logged-in role. */
export function visibleServices() {
  const r = role();
  return catalog.services.filter(s => s.public || (r !== 'RESIDENT' && (s.startedBy || []).includes(r)));
}

export function findService(program, id) {
  return catalog.services.find(s => s.program === program && s.id === id) || null;
}

export function findProgram(code) {
  return catalog.programs.find(p => p.code === code) || null;
}
