// On-screen keypads: a numeric one for NIK, KK, phone, amounts and PINs, and a letter keyboard for short texts.
// They type into a real <input> (inputmode="none" keeps the system keyboard away) and fire "input" events.
import { h } from './dom.js';
import { t } from './i18n.js';

function insert(input, text) {
  if (input.maxLength > 0 && input.value.length >= input.maxLength) return;
  input.value += text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function backspace(input) {
  input.value = input.value.slice(0, -1);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function wipe(input) {
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A 3×4 numeric keypad bound to input, or to the input a function returns at each tap (one keypad for several
 * counts). extraKey: optional {label, text} for the bottom-left key (e.g. "+").
 */
export function numericKeypad(input, { extraKey = null } = {}) {
  const target = typeof input === 'function' ? input : () => input;
  const key = (label, onClick, extra = {}) => h('button', { type: 'button', onclick: onClick, ...extra }, label);
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(d => key(d, () => insert(target(), d)));
  keys.push(extraKey
    ? key(extraKey.label, () => insert(target(), extraKey.text), { 'aria-label': extraKey.aria || extraKey.label })
    : key(t('keypad.clear'), () => wipe(target()), { class: 'key-fn' }));
  keys.push(key('0', () => insert(target(), '0')));
  keys.push(key('⌫', () => backspace(target()), { class: 'key-fn', 'aria-label': t('keypad.backspace') }));
  return h('div', { class: 'keypad', role: 'group', 'aria-label': t('keypad.label'), 'data-speak-skip': '' }, keys);
}

const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL-', 'ZXCVBNM,./'];

/**
 * Whether the next letter typed after text starts a word ('words') or a sentence ('sentences') and so is a capital,
 * as a phone keyboard does: an old person types "Mbah Sukinah" without finding the shift key.
 */
export function capitalNext(text, capitalize) {
  if (capitalize === 'words') return text === '' || /[\s\-.'(]$/.test(text);
  if (capitalize === 'sentences') return /^\s*$/.test(text) || /[.!?]\s+$/.test(text);
  return false;
}

/**
 * A letter keyboard bound to input (uppercase when upper is set, as for tracking numbers). capitalize ('words' or
 * 'sentences') turns shift on by itself where a capital belongs; a tap on shift overrides it for the next letter.
 */
export function letterKeyboard(input, { upper = false, space = true, capitalize = null } = {}) {
  let shift = upper || capitalNext(input.value, capitalize);
  const letterButtons = [];
  let shiftButton = null;
  const setShift = on => {
    shift = on;
    if (shiftButton) shiftButton.setAttribute('aria-pressed', String(shift));
    for (const [button, ch] of letterButtons) button.textContent = shift ? ch : ch.toLowerCase();
  };
  const rows = ROWS.map(row => h('div', { class: 'row' }, row.split('').map(ch => {
    const button = h('button', {
      type: 'button', onclick: () => insert(input, /[A-Z]/.test(ch) ? (shift ? ch : ch.toLowerCase()) : ch)
    }, shift ? ch : ch.toLowerCase());
    if (/[A-Z]/.test(ch)) letterButtons.push([button, ch]);
    return button;
  })));
  const controls = [];
  if (!upper) {
    shiftButton = h('button', { type: 'button', class: 'wide', 'aria-pressed': String(shift), onclick: () => setShift(!shift) }, t('keypad.shift'));
    controls.push(shiftButton);
    if (capitalize) input.addEventListener('input', () => setShift(capitalNext(input.value, capitalize)));
  }
  if (space) controls.push(h('button', { type: 'button', class: 'wide', onclick: () => insert(input, ' ') }, t('keypad.space')));
  controls.push(h('button', { type: 'button', class: 'wide', onclick: () => backspace(input), 'aria-label': t('keypad.backspace') }, '⌫ ' + t('keypad.delete')));
  controls.push(h('button', { type: 'button', class: 'wide', onclick: () => wipe(input) }, t('keypad.clear')));
  return h('div', { class: 'keyboard', role: 'group', 'aria-label': t('keypad.keyboard'), 'data-speak-skip': '' }, rows, h('div', { class: 'row' }, controls));
}
