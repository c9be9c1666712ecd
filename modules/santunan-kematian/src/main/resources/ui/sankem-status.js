import { h, rupiah, entry, KioskScreen } from '/js/module-kit.js';

// "Cek perkembangan pengajuan santunan kematian": the heir types the receipt number on the kiosk's own keyboard and
// sees where the application stands and its history.
class SankemStatus extends KioskScreen {
  async fetch() {
    return this.tracking ? this.kiosk.operate('track', { tracking: this.tracking }) : { asking: true };
  }

  render(v) {
    const t = this.t.bind(this);
    if (v.asking) {
      return [h('form', { onsubmit: e => this.check(e) },
        entry({ id: 'tracking', label: t('Nomor tanda terima (contoh SANKEM-…)', 'Receipt number (e.g. SANKEM-…)'),
          upper: true, maxLength: 40, required: true, value: this.tracking || '' }),
        h('p', {}, h('button', { type: 'submit', class: 'primary' }, t('Cek', 'Check'))))];
    }
    return [
      h('p', {}, `${v.tracking} · ${t('NIK almarhum/almarhumah', 'NIK of the deceased')}: ${v.deceasedNik}`),
      h('p', { class: 'big' }, this.tx(v.stateLabel)),
      v.amountPaid ? h('p', {}, t('Santunan dibayarkan', 'Benefit paid') + ': ', h('strong', {}, rupiah(v.amountPaid)),
        ` (${v.paidOn})`) : null,
      v.reason ? h('p', {}, t('Alasan', 'Reason') + ': ', h('strong', {}, v.reason)) : null,
      h('ol', {}, v.history.map(e => h('li', {}, h('span', { class: 'muted' },
        new Date(e.at).toLocaleString(this.language === 'en' ? 'en-GB' : 'id-ID')), ' ', h('strong', {}, this.tx(e.stateLabel)),
        e.note ? h('p', {}, e.note) : null))),
      h('p', { class: 'row' },
        h('button', { type: 'button', onclick: () => { this.tracking = null; this.load(); } }, t('Cek nomor lain', 'Check another number')),
        h('button', { type: 'button', class: 'primary', onclick: () => this.kiosk.done() }, t('Selesai', 'Done')))];
  }

  async check(event) {
    event.preventDefault();
    this.tracking = new FormData(event.target).get('tracking').trim().toUpperCase();
    await this.load();
    this.kiosk.speak(this.message ? this.message.text : this.tx(this.data.stateLabel));
  }
}

if (!customElements.get('sankem-status')) customElements.define('sankem-status', SankemStatus);
