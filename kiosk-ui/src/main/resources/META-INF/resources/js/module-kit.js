// The kit for module screens, served by the kiosk at /js/module-kit.js: element building without innerHTML, bilingual
// text, rupiah and dates, the shell's look (CSS), and KioskScreen, a base class that loads, renders, re-renders on a
// language switch and reports an operation's answer or problem. A module screen imports it by that absolute path
// (docs/api.md, "Module screens"); what it exports only grows.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElementNS(tag === 'svg' || attrs.svg ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml', tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'svg' || v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value' && 'value' in el) el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
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

export const CSS = `
  :host { display: block; color: var(--fg, #111); background: var(--bg, #fff); font-size: inherit; }
  h2 { font-size: 1.4em; margin: 0 0 var(--gap, 16px); }
  h3 { font-size: 1.15em; margin: var(--gap, 16px) 0 8px; }
  table { border-collapse: collapse; width: 100%; margin-bottom: var(--gap, 16px); }
  caption { text-align: left; font-weight: bold; padding: 8px 0; }
  th, td { border-bottom: 1px solid var(--muted, #555); padding: 10px 8px; text-align: left; vertical-align: top; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  button { min-height: 48px; min-width: 48px; font-size: 1em; padding: 8px 16px; border-radius: var(--radius, 8px);
           border: 2px solid var(--accent, #0b5cad); background: var(--bg, #fff); color: var(--accent, #0b5cad); cursor: pointer; }
  button.primary { min-height: 64px; background: var(--accent, #0b5cad); color: var(--accent-fg, #fff); }
  label { display: block; margin: 12px 0 4px; font-weight: bold; }
  input, select, textarea { font-size: 1em; min-height: 48px; width: 100%; box-sizing: border-box; padding: 8px;
           border: 2px solid var(--muted, #555); border-radius: var(--radius, 8px); background: var(--bg, #fff); color: var(--fg, #111); }
  input[type=checkbox] { width: 32px; min-height: 32px; vertical-align: middle; }
  .card { border: 2px solid var(--muted, #555); border-radius: var(--radius, 8px); padding: var(--gap, 16px); margin-bottom: var(--gap, 16px); }
  .big { font-size: 2em; font-weight: bold; }
  .error { color: var(--danger, #b00020); font-weight: bold; }
  .ok { color: var(--ok, #0a6b2d); font-weight: bold; }
  .muted { color: var(--muted, #555); }
  .row { display: flex; gap: var(--gap, 16px); flex-wrap: wrap; align-items: center; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

/** Base of every screen: renders on connect and whenever the shell switches the language. */
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
      this.message = { error: true, text: problem.detail || problem.title || String(problem) };
    }
    this.draw();
  }

  async run(operation, input, success) {
    try {
      const answer = await this.kiosk.operate(operation, input);
      this.message = { error: false, text: success(answer) };
      this.data = await this.fetch();
    } catch (problem) {
      this.message = { error: true, text: problem.detail || problem.title || String(problem) };
    }
    this.draw();
    const status = this.shadowRoot.querySelector('[role=status]');
    if (status) status.focus();
  }

  draw() {
    const root = this.shadowRoot;
    root.replaceChildren(h('style', {}, CSS),
      h('p', { role: 'status', tabindex: '-1', class: this.message?.error ? 'error' : 'ok' }, this.message?.text ?? ''),
      ...(this.data ? [this.render(this.data)].flat().filter(c => c !== null && c !== undefined && c !== false)
        : [h('p', {}, this.t('Memuat…', 'Loading…'))]));
  }
}
