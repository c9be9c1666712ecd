// Pure rules of generated forms: visibility (visibleWhen), validation and display of answers.
import { t } from './i18n.js';
import { role } from './state.js';
import { digitsOnly, formatDate, maskAccount, maskId, rupiah, todayIso } from './format.js';

export const NUMERIC = new Set(['NIK', 'KK', 'PHONE', 'NUMBER', 'RUPIAH', 'BANK_ACCOUNT']);
export const MASKED = new Set(['NIK', 'KK']);

/** The name a condition gives to ask a question only of some roles (FormField.ROLE): whoever fills the form. */
export const ROLE_FIELD = '@role';

export function isVisible(field, values) {
  const rule = field.visibleWhen;
  if (!rule || !rule.field) return true;
  const anyOf = Array.isArray(rule.anyOf) ? rule.anyOf : [];
  return anyOf.includes(rule.field === ROLE_FIELD ? role() : values[rule.field]);
}

export function visibleFields(fields, values) {
  return fields.filter(f => isVisible(f, values));
}

/**
 * The fields that are or may still be asked: a branch whose deciding question is not answered yet is counted, so the
 * step counter's total only shrinks as answers come in ("1 dari 6", never "1 dari 3" becoming "dari 6").
 */
export function possibleFields(fields, values) {
  const byName = new Map(fields.map(f => [f.name, f]));
  const possible = (field, depth) => {
    const rule = field.visibleWhen;
    if (!rule || !rule.field) return true;
    const decider = byName.get(rule.field);
    if (!decider || depth > fields.length) return isVisible(field, values);
    if (!possible(decider, depth + 1)) return false;
    return isEmpty(values[rule.field]) || isVisible(field, values);
  };
  return fields.filter(f => possible(f, 0));
}

/** How a field may share its screen: 'yesno' (one of two answers), 'count' (a number), or null (a screen of its own). */
function sharedKind(field) {
  if (!field.required) return null;
  if (field.type === 'YES_NO' || (field.type === 'CHOICE' && (field.choices || []).length === 2)) return 'yesno';
  return field.type === 'NUMBER' ? 'count' : null;
}

// what fits the lower band of a 1080×1920 portrait kiosk in the larger text size, with the keypad for counts
const PER_SCREEN = { yesno: 3, count: 4 };

/**
 * The screens list is asked on: consecutive required yes/no questions, or consecutive required counts, share one
 * screen; a question whose answer opens or closes another ends its screen; every other field has a screen of its own.
 * A screen ends only at a field of another kind, after a deciding question or when full, so a field leaving the list
 * never adds a screen: the count of screens of possibleFields only shrinks as answers come in, like that of fields.
 */
export function screensOf(list, fields) {
  const deciders = new Set(fields.map(f => f.visibleWhen && f.visibleWhen.field).filter(Boolean));
  const screens = [];
  for (const field of list) {
    const last = screens[screens.length - 1];
    const kind = sharedKind(field);
    if (last && kind && sharedKind(last[0]) === kind && last.length < PER_SCREEN[kind]
        && !deciders.has(last[last.length - 1].name)) last.push(field);
    else screens.push([field]);
  }
  return screens;
}

/** Whether a text field holds a name or a place, typed with a capital at each word ("Mbah Sukinah", "Jl. Pemuda"). */
export function capitalizesWords(field) {
  return /name|nama|address|alamat|location|hospital|kelurahan/i.test(field.name);
}

/** Whether a text field holds a person's name, which the kiosk may offer again from an earlier answer. */
export function holdsName(field) {
  return field.type === 'TEXT' && /name|nama|holder/i.test(field.name);
}

function isEmpty(value) {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The problem with value for field, or null. Messages are the kiosk's own; the server validates again. */
export function validate(field, value) {
  if (isEmpty(value)) return field.required ? t('valid.required') : null;
  const min = field.min === null || field.min === undefined ? null : Number(field.min);
  const max = field.max === null || field.max === undefined ? null : Number(field.max);
  switch (field.type) {
    case 'NIK':
    case 'KK':
      return /^\d{16}$/.test(value) ? null : t(field.type === 'NIK' ? 'valid.nik' : 'valid.kk');
    case 'PHONE': {
      const digits = digitsOnly(value);
      return /^(\+?62|0)8\d{7,11}$/.test(String(value).replace(/[\s-]/g, '')) && digits.length >= 10 ? null : t('valid.phone');
    }
    case 'BANK_ACCOUNT': {
      const digits = String(value).replace(/[\s.-]/g, '');
      const fewest = min === null ? 6 : min;
      const most = max === null ? 20 : max;
      return /^\d+$/.test(digits) && digits.length >= fewest && digits.length <= most ? null
        : t('valid.account', { min: fewest, max: most });
    }
    case 'NUMBER':
    case 'RUPIAH': {
      if (!/^\d+$/.test(value)) return t('valid.number');
      const n = Number(value);
      if (min !== null && n < min) return t(field.type === 'RUPIAH' ? 'valid.minRupiah' : 'valid.min', { min: field.type === 'RUPIAH' ? rupiah(min) : min });
      if (max !== null && n > max) return t(field.type === 'RUPIAH' ? 'valid.maxRupiah' : 'valid.max', { max: field.type === 'RUPIAH' ? rupiah(max) : max });
      return null;
    }
    case 'TEXT': {
      const length = String(value).trim().length;
      if (field.required && length === 0) return t('valid.required');
      if (min !== null && length < min) return t('valid.minLength', { min });
      if (max !== null && length > max) return t('valid.maxLength', { max });
      return null;
    }
    case 'DATE': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return t('valid.date');
      const today = todayIso();
      if (field.dates === 'NOT_IN_FUTURE' && value > today) return t('valid.notFuture');
      if (field.dates === 'NOT_IN_PAST' && value < today) return t('valid.notPast');
      return null;
    }
    case 'CHOICE':
      return (field.choices || []).some(c => c.value === value) ? null : t('valid.required');
    case 'YES_NO':
      return value === 'true' || value === 'false' ? null : t('valid.required');
    default:
      return null;
  }
}

/** How an answer is shown on the review step and read aloud: NIK/KK masked, choices by label, dates in words. */
export function displayValue(field, value, meta, lang) {
  if (isEmpty(value)) return t('form.empty');
  switch (field.type) {
    case 'NIK':
    case 'KK':
      return maskId(value);
    case 'BANK_ACCOUNT':
      return maskAccount(value);
    case 'RUPIAH':
      return rupiah(value);
    case 'DATE':
      return formatDate(value, lang);
    case 'YES_NO':
      return value === 'true' ? t('common.yes') : t('common.no');
    case 'CHOICE': {
      const choice = (field.choices || []).find(c => c.value === value);
      return choice ? choice.label : String(value);
    }
    case 'MULTI':
      return (field.choices || []).filter(c => value.includes(c.value)).map(c => c.label).join(', ');
    case 'ATTACHMENT':
      return meta && meta.name ? t('form.attached', { name: meta.name }) : t('form.attachedId');
    default:
      return String(value);
  }
}

/** The answers to send: only visible fields, everything as strings (as the SPI's Map<String,String>). */
export function submittedData(fields, values) {
  const data = {};
  for (const field of visibleFields(fields, values)) {
    const value = values[field.name];
    if (!isEmpty(value)) data[field.name] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return data;
}
