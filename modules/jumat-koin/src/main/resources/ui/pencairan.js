import { h, rupiah, CAUSES, PAYEES, KioskScreen } from './common.js';

/** Camat desk: approve a payout for a surveyed request; never above the balance (the server refuses it). */
class JumatKoinPencairan extends KioskScreen {
  async fetch() {
    const [ranking, kas] = await Promise.all([this.kiosk.operate('prioritas', {}), this.kiosk.operate('kas', {})]);
    return { balance: kas.balance, requests: ranking.requests.filter(r => r.state === 'diverifikasi') };
  }

  render(d) {
    const t = this.t.bind(this);
    return [h('h2', {}, t('Setujui pencairan', 'Approve a payout')),
      h('p', { class: 'big' }, t('Saldo kas', 'Fund balance') + ': ' + rupiah(d.balance)),
      this.paid ? h('p', {}, h('button', { class: 'primary', onclick: () => this.kiosk.done(this.paid) },
        t('Tampilkan tanda terima keluarga', "Show the family's receipt"))) : null,
      d.requests.length ? d.requests.map((r, i) => this.card(r, i === 0))
        : h('p', {}, t('Tidak ada permohonan yang sudah disurvei.', 'No surveyed requests.'))];
  }

  card(r, top) {
    const t = this.t.bind(this);
    const id = k => `${k}-${r.tracking}`;
    const cause = (CAUSES[r.cause] || [r.cause, r.cause])[this.language === 'en' ? 1 : 0];
    return h('form', { class: 'card', onsubmit: e => this.approve(e, r) },
      h('h3', {}, `${r.tracking} — ${r.total} ${t('poin', 'points')}`),
      h('p', {}, `${cause} · ${r.kelurahan}`, r.estimatedCost
        ? ` · ${t('perkiraan biaya', 'estimated cost')} ${rupiah(r.estimatedCost)}` : ''),
      h('label', { for: id('amount') }, t('Jumlah yang disetujui (rupiah)', 'Approved amount (rupiah)')),
      h('input', { id: id('amount'), name: 'amount', inputmode: 'numeric', required: true, pattern: '[0-9.]+',
        value: r.estimatedCost ?? '' }),
      h('label', { for: id('purpose') }, t('Tujuan (tampil di papan kas; tanpa nama atau alamat)',
        'Purpose (shown publicly; no names or addresses)')),
      h('input', { id: id('purpose'), name: 'purpose', required: true, minlength: 10 }),
      h('label', { for: id('payeeKind') }, t('Dana diserahkan kepada', 'Paid to')),
      h('select', { id: id('payeeKind'), name: 'payeeKind' }, Object.entries(PAYEES).map(([code, names]) =>
        h('option', { value: code }, names[this.language === 'en' ? 1 : 0]))),
      h('label', { for: id('payee') }, t('Nama penerima dana (keluarga, tukang, atau toko)',
        'Name of the payee (family, builder or store)')),
      h('input', { id: id('payee'), name: 'payee', required: true, minlength: 3, maxlength: 100 }),
      top ? null : h('label', { for: id('why') }, t('Alasan mendahulukan dari urutan prioritas',
        'Why this goes before a higher-ranked request')),
      top ? null : h('textarea', { id: id('why'), name: 'justification', required: true, minlength: 10, rows: 2 }),
      h('p', {}, h('button', { class: 'primary', type: 'submit' }, t('Setujui dan cairkan', 'Approve and pay out'))));
  }

  approve(event, r) {
    event.preventDefault();
    const f = new FormData(event.target);
    this.run('setujui-pencairan', { tracking: r.tracking, purpose: f.get('purpose'),
      payeeKind: f.get('payeeKind'), payee: f.get('payee'),
      amount: Number(String(f.get('amount')).replace(/\./g, '')),
      ...(f.get('justification') ? { justification: f.get('justification') } : {}) },
    a => { this.paid = a.tracking; return this.t(`Dana ${rupiah(a.amount)} dicairkan. Saldo ${rupiah(a.balance)}.`,
      `${rupiah(a.amount)} paid out. Balance ${rupiah(a.balance)}.`); });
  }
}

customElements.define('jumatkoin-pencairan', JumatKoinPencairan);
