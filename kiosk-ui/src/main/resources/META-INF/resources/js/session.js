// Login, logout, assisted sessions and the wipe that leaves nothing of a person in the browser.
import { api, SESSION_HEADER } from './api.js';
import { kiosk, resetSessionState, session } from './state.js';
import { forget } from './speech.js';

const listeners = new Set();

export function onSessionChange(fn) {
  listeners.add(fn);
}

export function sessionChanged() {
  for (const fn of listeners) fn(session);
}

export async function login(username, secret, usePin) {
  const body = usePin ? { username, pin: secret } : { username, password: secret };
  const answer = await api('/api/auth/login', { method: 'POST', body });
  session.token = answer.token;
  session.refreshToken = answer.refreshToken || null;
  session.user = { username: answer.username, displayName: answer.displayName || answer.username, role: answer.role };
  session.assisting = null;
  sessionChanged();
  return session.user;
}

export async function startAssist(nik, evidence, evidenceKind) {
  const answer = await api('/api/assist', { method: 'POST', body: { nik, consent: true, evidence, evidenceKind } });
  // the NIK stays in memory (wiped with the session) so that the PSM or TKSK never types it again in a form
  session.assisting = { banner: answer.banner || null, nikMasked: answer.nikMasked, nik };
  sessionChanged();
  return session.assisting;
}

/** In an assisted session, the form's first NIK question starts with the consented resident's NIK (shown masked). */
export function prefillAssisted(fields, state) {
  const nikField = session.assisting && session.assisting.nik && fields.find(f => f.type === 'NIK');
  if (nikField && !state.values[nikField.name]) state.values[nikField.name] = session.assisting.nik;
}

export async function endAssist() {
  if (session.token && session.assisting) {
    try { await api('/api/assist', { method: 'DELETE' }); } catch (e) { /* the wipe below still forgets locally */ }
  }
  session.assisting = null;
  session.forms.clear();
  session.receipts.clear();
  sessionChanged();
}

export async function logout() {
  await endAssist();
  if (session.token) {
    const body = session.refreshToken ? { refreshToken: session.refreshToken } : undefined;
    try { await api('/api/auth/logout', { method: 'POST', body }); } catch (e) { /* token dies with the page anyway */ }
  }
  session.token = null;
  session.refreshToken = null;
  session.user = null;
  sessionChanged();
}

function clearCookies() {
  const paths = ['/', location.pathname];
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (!name) continue;
    for (const path of paths) {
      document.cookie = name + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=' + path;
    }
  }
}

/** Ends everything: server session (best effort, without waiting long), memory, storage, cookies. */
export function wipeSession() {
  forget();
  if (session.token) {
    // the logout also ends (and audits the end of) an assist: a DELETE /api/assist sent beside it could lose the race
    const auth = { Authorization: 'Bearer ' + session.token };
    fetch('/api/auth/logout', { method: 'POST', headers: auth, keepalive: true }).catch(() => {});
  }
  if (session.resident) {
    const resident = { [SESSION_HEADER]: session.resident };
    fetch('/api/session', { method: 'DELETE', headers: resident, keepalive: true }).catch(() => {});
  }
  resetSessionState();
  try { sessionStorage.clear(); } catch (e) { /* storage disabled */ }
  try { localStorage.clear(); } catch (e) { /* storage disabled */ }
  clearCookies();
  sessionChanged();
}

export function idleLimitSeconds() {
  if (session.user) return kiosk.staffIdleSeconds || Math.max(kiosk.idleSeconds * 5, 300);
  return kiosk.idleSeconds || 60;
}
