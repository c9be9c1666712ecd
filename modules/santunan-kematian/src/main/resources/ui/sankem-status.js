// "Cek perkembangan pengajuan santunan kematian": the heir types the receipt number and sees the history.
const T = {
  title: { id: 'Cek perkembangan pengajuan santunan kematian', en: 'Check a death benefit application' },
  label: { id: 'Nomor tanda terima', en: 'Receipt number' },
  check: { id: 'Cek', en: 'Check' },
  again: { id: 'Cek nomor lain', en: 'Check another number' },
  finish: { id: 'Selesai', en: 'Done' },
  paid: { id: 'Santunan dibayarkan', en: 'Benefit paid' },
  reason: { id: 'Alasan', en: 'Reason' },
  deceased: { id: 'NIK almarhum/almarhumah', en: 'NIK of the deceased' },
  busy: { id: 'Mencari…', en: 'Searching…' },
};

class SankemStatus extends HTMLElement {
  static get observedAttributes() { return ['lang']; }

  constructor() {
    super();
    this.view = null;
    this.error = null;
  }

  connectedCallback() { this.render(); }
  attributeChangedCallback() { this.render(); }

  get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'id'; }
  t(key) { return T[key][this.lang]; }
  pick(text) { return text ? text[this.lang] : ''; }

  async check(tracking) {
    this.error = null;
    this.view = null;
    this.render(true);
    try {
      this.view = await this.kiosk.operate('track', { tracking });
    } catch (problem) {
      this.error = (problem && (problem.detail || problem.title)) || String(problem);
    }
    this.render();
    const said = this.view ? this.pick(this.view.stateLabel) : this.error;
    if (said && this.kiosk.speak) this.kiosk.speak(said);
  }

  rupiah(n) {
    return 'Rp' + Number(n).toLocaleString(this.lang === 'en' ? 'en-US' : 'id-ID');
  }

  render(busy = false) {
    const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const v = this.view;
    const history = v ? v.history.map((h) => `<li><time>${esc(new Date(h.at).toLocaleString(this.lang))}</time>
        <b>${esc(this.pick(h.stateLabel))}</b>${h.note ? `<p>${esc(h.note)}</p>` : ''}</li>`).join('') : '';
    this.innerHTML = `
      <style>
        sankem-status { display: block; color: var(--fg); font-size: inherit; }
        sankem-status form { display: flex; gap: var(--gap, 16px); flex-wrap: wrap; align-items: end; }
        sankem-status input { font: inherit; min-height: 64px; padding: 0 16px; min-width: 16em;
          border: 2px solid var(--fg); border-radius: var(--radius, 8px); text-transform: uppercase; }
        sankem-status button { font: inherit; min-height: 64px; padding: 0 24px; border: 0;
          border-radius: var(--radius, 8px); background: var(--accent); color: var(--accent-fg); }
        sankem-status .state { font-size: 1.4em; font-weight: bold; margin: 16px 0; }
        sankem-status .error { color: var(--danger); font-weight: bold; }
        sankem-status ol { padding-left: 1.2em; } sankem-status li { margin: 8px 0; }
        sankem-status time { color: var(--muted); display: block; }
      </style>
      <h2>${this.t('title')}</h2>
      ${v ? '' : `<form><label>${this.t('label')}<br>
        <input name="tracking" autocomplete="off" required placeholder="SANKEM-…"></label>
        <button type="submit">${busy ? this.t('busy') : this.t('check')}</button></form>`}
      ${this.error ? `<p class="error" role="alert">${esc(this.error)}</p>` : ''}
      ${v ? `<p>${esc(v.tracking)} · ${this.t('deceased')}: ${esc(v.deceasedNik)}</p>
        <p class="state" role="status">${esc(this.pick(v.stateLabel))}</p>
        ${v.amountPaid ? `<p>${this.t('paid')}: <b>${this.rupiah(v.amountPaid)}</b> (${esc(v.paidOn)})</p>` : ''}
        ${v.reason ? `<p>${this.t('reason')}: <b>${esc(v.reason)}</b></p>` : ''}
        <ol>${history}</ol>
        <form class="after"><button type="button" data-act="again">${this.t('again')}</button>
        <button type="button" data-act="done">${this.t('finish')}</button></form>` : ''}`;
    const form = this.querySelector('form:not(.after)');
    if (form) {
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        this.check(form.tracking.value.trim());
      });
    }
    this.querySelectorAll('[data-act]').forEach((b) => b.addEventListener('click', () => {
      if (b.dataset.act === 'done') { this.kiosk.done(); return; }
      this.view = null;
      this.render();
    }));
  }
}

if (!customElements.get('sankem-status')) customElements.define('sankem-status', SankemStatus);
