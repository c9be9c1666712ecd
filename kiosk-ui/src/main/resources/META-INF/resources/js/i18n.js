// UI strings: Bahasa Indonesia first, English second. Server texts arrive already localised (Accept-Language).
import { prefs } from './state.js';
import { STRINGS } from './strings.js';

export const LANGS = ['id', 'en'];

/** The UI string for key in the current (or given) language, with {name} placeholders filled from params. */
export function t(key, params, lang) {
  const table = STRINGS[lang || prefs.lang] || STRINGS.id;
  let text = table[key];
  if (text === undefined) text = STRINGS.id[key];
  if (text === undefined) return key;
  if (params) text = text.replace(/\{(\w+)\}/g, (all, name) => (params[name] !== undefined ? String(params[name]) : all));
  return text;
}

let staffStrings;

/** Adds the staff screens' words (staff-strings.js) to the table; staff code awaits this before it draws. */
export function loadStaffStrings() {
  staffStrings = staffStrings || import('./staff-strings.js').then(({ STAFF_STRINGS }) => {
    for (const lang of LANGS) Object.assign(STRINGS[lang], STAFF_STRINGS[lang]);
  });
  return staffStrings;
}

export function setLang(lang) {
  prefs.lang = LANGS.includes(lang) ? lang : 'id';
  document.documentElement.lang = prefs.lang;
}

/** The UI string for key, or fallback when the table has none (e.g. a state the host added later). */
export function tOr(key, fallback, params) {
  const value = t(key, params);
  return value === key ? fallback : value;
}
