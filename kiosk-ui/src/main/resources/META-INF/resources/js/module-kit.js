// The kit for module screens, served by the kiosk at /js/module-kit.js: element building without innerHTML, bilingual
// text, rupiah and dates, the shell's look (CSS), and KioskScreen, a base class that loads, renders, re-renders on a
// language switch and reports an operation's answer or problem. A module screen imports it by that absolute path
// (docs/api.md, "Module screens"); what it exports only grows.
import { numericKeypad, letterKeyboard } from './keypad.js';

export { numericKeypad, letterKeyboard };

export function h(tag, attrs = {}, ...children) {
  const el = document.createElementNS(tag === 'svg' || attrs.svg ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml', tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'svg' || v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value' && 'value' in el) el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export const s = (tag, attrs = {}, ...children) => h(tag, { ...attrs, svg: true }, ...children);

export function rupiah(n) {
  const v = Math.abs(Number(n) || 0).toLocaleString('id-ID', { maximumFractionDigits: 0 });
  return (Number(n) < 0 ? '-Rp' : 'Rp') + v;
}

export function date(iso, lang) {
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
  return d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric' });
}

// The shell's look inside a screen's shadow root: the documented custom properties (defined by the shell in both
// themes and both text sizes, docs/api.md), the shell's sizes (targets >= 48 px, primary >= 64 px) and its keypad.
export const CSS = `
  :host { display: block; color: var(--fg); background: var(--bg); font-size: inherit; line-height: 1.45; }
  :focus-visible { outline: 4px solid var(--focus); outline-offset: 3px; }
  h2 { font-size: 1.4em; margin: 0 0 var(--gap); }
  h3 { font-size: 1.15em; margin: var(--gap) 0 8px; }
  table { border-collapse: collapse; width: 100%; margin-bottom: var(--gap); }
  caption { text-align: left; font-weight: bold; padding: 8px 0; }
  th, td { border-bottom: 1px solid var(--muted); padding: 10px 8px; text-align: left; vertical-align: top; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  button { font: inherit; min-height: 48px; min-width: 48px; padding: 8px 16px; border-radius: var(--radius);
           border: 2px solid var(--accent); background: var(--bg); color: var(--fg); cursor: pointer; }
  button.primary { min-height: 64px; min-width: 8em; padding: 8px 28px; font-size: 1.1em; font-weight: bold;
           background: var(--accent); color: var(--accent-fg); }
  button:disabled { opacity: .55; cursor: not-allowed; }
  label { display: block; margin: 12px 0 4px; font-weight: bold; }
  input, select, textarea { font: inherit; min-height: 48px; width: 100%; box-sizing: border-box; padding: 8px;
           border: 2px solid var(--muted); border-radius: var(--radius); background: var(--bg); color: var(--fg); }
  input[type=checkbox], input[type=radio] { width: 32px; min-height: 32px; height: 32px; vertical-align: middle;
           accent-color: var(--accent); }
  label:has(> input[type=checkbox]), label:has(> input[type=radio]) { display: flex; gap: 12px; align-items: center;
           min-height: 48px; font-weight: normal; }
  fieldset { border: 2px solid var(--muted); border-radius: var(--radius); margin: var(--gap) 0; }
  .entry { font-size: 1.6em; letter-spacing: .06em; min-height: 72px; border-width: 3px;
           font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; }
  .card { border: 2px solid var(--muted); border-radius: var(--radius); padding: var(--gap); margin-bottom: var(--gap); }
  .big { font-size: 2em; font-weight: bold; }
  .error { color: var(--danger); font-weight: bold; }
  .ok { color: var(--ok); font-weight: bold; }
  .muted { color: var(--muted); }
  .row { display: flex; gap: var(--gap); flex-wrap: wrap; align-items: center; }
  .row > label { margin: 0; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .keypad { display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px; max-width: 720px; margin: var(--gap) auto; }
  .keypad button { min-height: 88px; font-size: 2em; font-weight: bold; }
  .keypad button.key-fn { font-size: 1.15em; font-weight: normal; white-space: nowrap; }
  .keyboard { display: flex; flex-direction: column; gap: 8px; margin: var(--gap) 0; }
  .keyboard .row { gap: 8px; justify-content: center; flex-wrap: nowrap; }
  .keyboard button { flex: 1; min-height: 64px; max-width: 96px; font-size: 1.3em; padding: 0; }
  .keyboard button.wide { max-width: none; flex: 3; font-size: 1.05em; }
  .keys-dock { position: sticky; bottom: 0; z-index: 1; background: var(--bg); border-top: 3px solid var(--accent);
           padding: 4px 0; }
  .keys-dock .keypad { margin: 8px auto; }
  .date-entry { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; letter-spacing: .06em; }
  @media print { button, .keypad, .keyboard, .keys-dock, .noprint { display: none; } }
`;

/**
 * The shell's text entry: a label, a large input the system keyboard stays away from, and the shell's on-screen
 * keypad (keys 'digits') or letter keyboard (keys 'letters'; upper for codes such as tracking numbers) under it.
 */
export function entry({ id, name = id, label, keys = 'letters', upper = false, maxLength, required = false, value = '' }) {
  const input = h('input', { id, name, class: 'entry', inputmode: 'none', autocomplete: 'off', spellcheck: 'false',
    maxlength: maxLength, required, value });
  return [h('label', { for: id }, label), input,
    keys === 'digits' ? numericKeypad(input) : letterKeyboard(input, { upper, space: !upper })];
}

/**
 * A native date field (mm/dd/yyyy in an English browser, a calendar for a mouse) becomes a dd-mm-yyyy entry typed on
 * the keypad; the native field, now hidden, keeps its name and receives the ISO date for the screen's form.
 */
function dateEntry(native, language) {
  const en = language === 'en';
  const shown = h('input', { id: native.id || null, class: 'date-entry', maxlength: 10, autocomplete: 'off',
    required: native.required, placeholder: en ? 'dd-mm-yyyy' : 'hh-bb-tttt', 'data-numeric': '' });
  const [min, max] = [native.min, native.max];
  if (native.id) native.id += '-iso';
  const show = iso => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('-') : '');
  shown.value = show(native.value);
  native.type = 'hidden';
  shown.addEventListener('input', () => {
    const digits = shown.value.replace(/\D/g, '').slice(0, 8);
    shown.value = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean).join('-');
    const iso = digits.length === 8 ? `${digits.slice(4)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}` : '';
    const ok = iso && show(new Date(iso + 'T00:00:00Z').toISOString().slice(0, 10)) === shown.value
      && (!min || iso >= min) && (!max || iso <= max);
    shown.setCustomValidity(!shown.value || ok ? '' : en ? 'Not a valid date: day-month-year, e.g. 05-12-2026'
      : 'Tanggal tidak sah: hari-bulan-tahun, misalnya 05-12-2026');
    native.value = ok ? iso : '';
    native.dispatchEvent(new Event('input', { bubbles: true }));
    native.dispatchEvent(new Event('change', { bubbles: true }));
  });
  native.before(shown);
  return shown;
}

/**
 * The shell's keys for every field a screen draws as a plain input (a touch-only kiosk has no other keyboard): the
 * field keeps the system keyboard away, and touching it docks the keypad (numbers, dates) or the letter keyboard
 * for it at the bottom of the screen. Date fields become dd-mm-yyyy entries.
 */
function fitKeys(root, language) {
  const fields = [...root.querySelectorAll('input:not([type]), input[type=text], input[type=number], input[type=date], textarea')]
    .filter(f => !f.classList.contains('entry') && f.getAttribute('inputmode') !== 'none');
  if (!fields.length) return null;
  const dock = h('div', { class: 'keys-dock', hidden: true });
  for (const found of fields) {
    const field = found.type === 'date' ? dateEntry(found, language) : found;
    const numeric = field.type === 'number' || field.hasAttribute('data-numeric') || /numeric|decimal/.test(field.getAttribute('inputmode') || '');
    field.setAttribute('inputmode', 'none');
    field.addEventListener('focus', () => {
      if (dock.dataset.for === field.id && field.id) return;
      dock.dataset.for = field.id;
      dock.replaceChildren(numeric ? numericKeypad(field) : letterKeyboard(field, { capitalize: 'sentences' }));
      dock.hidden = false;
      field.scrollIntoView({ block: 'center' });
    });
  }
  return dock;
}

/** What a rejected operation says: its problem's detail (Bahasa Indonesia, then English), else its title. */
export const problemText = problem => (problem && (problem.detail || problem.title || problem.message)) || String(problem);

/** Base of every screen: renders on connect and whenever the shell switches the language; a subclass may add its own
 * rules in a static `css` (after the kit's). */
export class KioskScreen extends HTMLElement {
  static get observedAttributes() { return ['lang']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.message = null;
  }

  get language() { return this.getAttribute('lang') === 'en' ? 'en' : 'id'; }

  t(id, en) { return this.language === 'en' ? en : id; }

  tx(text) { return text && typeof text === 'object' ? (this.language === 'en' ? text.en : text.id) : text; }

  connectedCallback() { this.load(); }

  attributeChangedCallback() { if (this.isConnected) this.draw(); }

  async load() {
    try {
      this.data = await this.fetch();
      this.message = null;
    } catch (problem) {
      this.message = { error: true, text: problemText(problem) };
    }
    this.draw();
  }

  async run(operation, input, success) {
    try {
      const answer = await this.kiosk.operate(operation, input);
      this.message = { error: false, text: success(answer) };
      this.data = await this.fetch();
    } catch (problem) {
      this.message = { error: true, text: problemText(problem) };
    }
    this.draw();
    const status = this.shadowRoot.querySelector('[role=status]');
    if (status) status.focus();
  }

  /** Runs an operation and answers its result, or null after showing its problem in the status line. */
  async call(operation, input) {
    try {
      return await this.kiosk.operate(operation, input);
    } catch (problem) {
      this.message = { error: true, text: problemText(problem) };
      this.draw();
      return null;
    }
  }

  /** Shows the A4 PDF of a read-only operation (its /pdf endpoint) in the kiosk's own viewer. */
  async openPdf(operation, input, title) {
    try {
      await this.kiosk.openPdf(operation, input, title);
    } catch (problem) {
      this.message = { error: true, text: problemText(problem) };
      this.draw();
    }
  }

  draw() {
    const root = this.shadowRoot;
    root.replaceChildren(h('style', {}, CSS + (this.constructor.css || '')),
      h('p', { role: 'status', tabindex: '-1', class: this.message?.error ? 'error' : 'ok' }, this.message?.text ?? ''),
      ...(this.data ? [this.render(this.data)].flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
        : [h('p', {}, this.t('Memuat…', 'Loading…'))]));
    const dock = fitKeys(root, this.language);
    if (dock) root.append(dock);
  }
}
