// REST client for docs/api.md: JSON in and out, Accept-Language from the chosen language, bearer token when logged in,
// the resident session otherwise, problem+json errors turned into ApiError with the server's own (localised) words.
import { prefs, session } from './state.js';
import { t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || t('error.generic'));
    this.status = status;
    this.problem = problem;
  }

  /** [{field, message}] from a form problem. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** [{code, message}] when a program refused the case. */
  get reasons() {
    return Array.isArray(this.problem.reasons) ? this.problem.reasons : [];
  }
}

export const SESSION_HEADER = 'X-Kiosk-Session';

function headers(extra) {
  const result = { 'Accept-Language': prefs.lang, ...extra };
  if (session.token) result.Authorization = 'Bearer ' + session.token;
  else if (session.resident) result[SESSION_HEADER] = session.resident;
  return result;
}

/** Starts the resident's session on the server ("touch to start"); the server decides the id and its limits. */
export async function startResidentSession() {
  if (session.resident) {
    const previous = { [SESSION_HEADER]: session.resident };
    session.resident = null;
    fetch('/api/session', { method: 'DELETE', headers: previous, keepalive: true }).catch(() => {});
  }
  const answer = await api('/api/session', { method: 'POST' });
  session.resident = answer && answer.session ? answer.session : null;
  return session.resident;
}

async function problemOf(response) {
  let problem = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { problem = await response.json(); } catch (e) { problem = null; }
  }
  if (!problem || typeof problem !== 'object') problem = {};
  // never show a raw body or a stack trace: only the problem's own fields or our own words
  const safe = {
    title: typeof problem.title === 'string' ? problem.title : null,
    detail: typeof problem.detail === 'string' ? problem.detail : null,
    code: problem.code || null,
    errors: Array.isArray(problem.errors) ? problem.errors : [],
    reasons: Array.isArray(problem.reasons) ? problem.reasons : []
  };
  if (!safe.detail && !safe.title) {
    safe.detail = response.status === 401 ? t('error.login')
      : response.status === 403 ? t('error.forbidden')
        : response.status === 404 ? t('error.notFound')
          : response.status === 429 ? t('error.tooMany')
            : t('error.generic');
  }
  return safe;
}

/** Sends a request; resolves to parsed JSON, null for an empty answer, or the Response when raw. */
export async function api(path, options = {}) {
  try {
    return await send(path, options);
  } catch (e) {
    if (e instanceof ApiError && e.problem.code === 'token-expired' && session.refreshToken && !options.retried) {
      await refreshStaffToken();
      return send(path, { ...options, retried: true });
    }
    // a session ended by the server (expired, or the server restarted): start a new one once, as "Mulai" would
    if (!(e instanceof ApiError) || e.status !== 401 || e.problem.code !== 'session-required' || session.token
      || options.retried || path === '/api/session') throw e;
    await startResidentSession();
    return send(path, { ...options, retried: true });
  }
}

// a refused refresh (account disabled) logs out
async function refreshStaffToken() {
  const refreshToken = session.refreshToken;
  session.token = session.refreshToken = null;
  const answer = await send('/api/auth/refresh', { method: 'POST', body: { refreshToken } });
  session.token = answer.token;
  session.refreshToken = answer.refreshToken || null;
}

async function send(path, { method = 'GET', body, form, raw = false, signal, keepalive = false } = {}) {
  const init = { method, headers: headers(), signal, keepalive, credentials: 'same-origin', cache: 'no-store' };
  if (form) {
    init.body = form;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { detail: t('error.network') });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('json')) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Fetches a file with the token (CSV exports, attachments) and returns an object URL the caller revokes. */
export async function blobUrl(path) {
  const response = await api(path, { raw: true });
  return URL.createObjectURL(await response.blob());
}

export async function uploadFile(path, file, fileName, extra = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  form.append('file', file, fileName || file.name || 'file');
  return api(path, { method: 'POST', form });
}

export function errorMessages(error) {
  if (!(error instanceof ApiError)) return [t('error.generic')];
  const lines = [];
  const detail = error.problem.detail || error.problem.title;
  if (detail) lines.push(detail);
  for (const item of [...error.fieldErrors, ...error.reasons]) {
    if (item && item.message && !lines.includes(item.message)) lines.push(item.message);
  }
  return lines.length ? lines : [t('error.generic')];
}
