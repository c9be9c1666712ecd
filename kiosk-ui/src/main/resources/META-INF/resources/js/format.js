// Pure formatting helpers (no DOM).
import { kiosk } from './state.js';

export const MASK = '•';

/** 3374••••••••0003: only the first and last four digits stay visible. */
export function maskId(value) {
  const digits = String(value || '').replace(/\D/g, '');
  if (digits.length <= 8) return MASK.repeat(digits.length);
  return digits.slice(0, 4) + MASK.repeat(digits.length - 8) + digits.slice(-4);
}

/** A bank account with only its last four digits shown: ••••••7890. */
export function maskAccount(value) {
  const digits = String(value || '').replace(/\D/g, '');
  const keep = Math.min(4, Math.floor(digits.length / 2));
  return MASK.repeat(digits.length - keep) + digits.slice(digits.length - keep);
}

export function digitsOnly(value) {
  return String(value || '').replace(/\D/g, '');
}

export function rupiah(value) {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return 'Rp' + Math.round(n).toLocaleString('id-ID');
}

function locale(lang) {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

export function formatDate(iso, lang) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
  if (!m) return String(iso);
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.toLocaleDateString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

// Indonesia's zones by the names people use; anywhere else the browser's short name
const ZONE_NAMES = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** A moment as the kiosk's clock reads it (its zone from /api/kiosk, WIB by default): "6 Desember 2026 15.12 WIB". */
export function formatDateTime(value, lang, zone = kiosk.zone || 'Asia/Jakarta') {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const options = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone };
  const name = ZONE_NAMES[zone];
  return date.toLocaleString(locale(lang), name ? options : { ...options, timeZoneName: 'short' }) + (name ? ' ' + name : '');
}

/** An ISO week ("2026-W49") as the days it spans: "30 Nov – 6 Des 2026". */
export function formatWeek(week, lang) {
  const m = /^(\d{4})-W(\d{2})$/.exec(String(week || ''));
  if (!m) return String(week || '');
  const jan4 = Date.UTC(+m[1], 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000;
  const day = (ms, withYear) => new Date(ms).toLocaleDateString(locale(lang), { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' });
  return day(monday, false) + ' – ' + day(monday + 6 * 86400000, true);
}

export function monthNames(lang) {
  const names = [];
  for (let m = 0; m < 12; m++) {
    names.push(new Date(Date.UTC(2000, m, 1)).toLocaleDateString(locale(lang), { month: 'long', timeZone: 'UTC' }));
  }
  return names;
}

export function isoDate(year, month, day) {
  return String(year).padStart(4, '0') + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0');
}

export function todayIso() {
  const d = new Date();
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Text safe to send to the speech engine: every masked digit becomes the word for "star", so masked numbers are
 * never spoken; long digit runs are spaced so they are read digit by digit.
 */
export function speakable(text, lang) {
  const star = lang === 'en' ? ' star ' : ' bintang ';
  return String(text || '')
    .replace(/[•*]/g, star)
    .replace(/\d{5,}/g, run => run.split('').join(' '))
    .replace(/[ \t]+/g, ' ')
    .trim();
}
