// Everything the browser holds about the current person lives here, in memory only, and is wiped by wipeSession().

export const prefs = { lang: 'id', large: false, contrast: false, readAloud: false };

export const session = {
  resident: null,      // id of the resident session the server issued at "touch to start" (POST /api/session)
  token: null,
  refreshToken: null,
  user: null,          // {username, displayName, role}
  assisting: null,     // {banner, nikMasked, nik}
  forms: new Map(),    // route key -> form state
  receipts: new Map(), // tracking -> answer of POST /api/cases
  objectUrls: new Set()
};

export const kiosk = { kelurahan: '', kecamatan: '', city: '', idleSeconds: 60, warningSeconds: 30, staffIdleSeconds: null, zone: 'Asia/Jakarta', tier: 'kiosk' };

/** The roles that act for a resident after recording their consent (the server refuses every other). */
export const ASSISTING = ['PSM', 'TKSK'];

/** Whether the logged-in user may assist a resident. */
export function canAssist() {
  return !!session.user && ASSISTING.includes(session.user.role);
}

export function role() {
  return session.user ? session.user.role : 'RESIDENT';
}

export function isStaff() {
  return !!session.user;
}

export function trackUrl(url) {
  session.objectUrls.add(url);
  return url;
}

export function resetSessionState() {
  for (const url of session.objectUrls) URL.revokeObjectURL(url);
  session.objectUrls.clear();
  session.resident = null;
  session.token = null;
  session.refreshToken = null;
  session.user = null;
  session.assisting = null;
  session.forms.clear();
  session.receipts.clear();
  prefs.lang = 'id';
  prefs.large = false;
  prefs.contrast = false;
  prefs.readAloud = false;
}
