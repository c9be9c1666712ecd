import { h, rupiah, date, KioskScreen } from './common.js';

/** Staff desk: record a coin-box count with two witnesses; correct a count by a reversing entry. */
class JumatKoinSetoran extends KioskScreen {
  fetch() { return this.kiosk.operate('daftar-setoran', {}); }

  render(d) {
    const t = this.t.bind(this);
    const form = h('form', { class: 'card', onsubmit: e => this.record(e) },
      h('h2', {}, t('Catat setoran koin', 'Record a coin collection')),
      h('label', { for: 'date' }, t('Tanggal pengumpulan', 'Collection date')),
      h('input', { id: 'date', name: 'date', type: 'date', required: true, max: d.today, value: d.today }),
      h('label', { for: 'box' }, t('Kotak koin', 'Coin box')),
      h('select', { id: 'box', name: 'box', required: true }, d.boxes.map(b => h('option', { value: b }, b))),
      h('label', { for: 'amount' }, t('Jumlah uang dihitung (rupiah)', 'Amount counted (rupiah)')),
      h('input', { id: 'amount', name: 'amount', inputmode: 'numeric', pattern: '[0-9.]+', required: true }),
      h('label', { for: 'witness1' }, t('Nama saksi pertama', 'First witness')),
      h('input', { id: 'witness1', name: 'witness1', required: true, minlength: 3, autocomplete: 'off' }),
      h('label', { for: 'witness2' }, t('Nama saksi kedua (orang lain)', 'Second witness (another person)')),
      h('input', { id: 'witness2', name: 'witness2', required: true, minlength: 3, autocomplete: 'off' }),
      h('p', {}, h('button', { class: 'primary', type: 'submit' }, t('Simpan setoran', 'Save collection'))));
    return [form, h('p', { class: 'big' }, t('Saldo', 'Balance') + ': ' + rupiah(d.balance)), this.list(d.entries)];
  }

  list(entries) {
    const t = this.t.bind(this);
    return h('table', {},
      h('caption', {}, t('Setoran terakhir', 'Latest collections')),
      h('thead', {}, h('tr', {}, ...['No.', t('Tanggal', 'Date'), t('Kotak', 'Box'), t('Saksi', 'Witnesses'),
        t('Jumlah', 'Amount'), ''].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, entries.map(e => h('tr', {},
        h('td', {}, '#' + e.sequence), h('td', {}, date(e.date, this.language)), h('td', {}, e.box),
        h('td', {}, e.witnesses), h('td', { class: 'num' }, rupiah(e.amount)),
        h('td', {}, e.reversed ? t('Dikoreksi', 'Corrected')
          : h('button', { type: 'button', onclick: () => this.correctForm(e) }, t('Koreksi', 'Correct')))))));
  }

  correctForm(entry) {
    const t = this.t.bind(this);
    const dialog = h('form', { class: 'card', onsubmit: e => this.correct(e, entry) },
      h('h3', {}, t(`Koreksi setoran #${entry.sequence} (${rupiah(entry.amount)})`,
        `Correct collection #${entry.sequence} (${rupiah(entry.amount)})`)),
      h('label', { for: 'reason' }, t('Alasan koreksi (tampil di papan kas)', 'Reason (shown on the public board)')),
      h('input', { id: 'reason', name: 'reason', required: true, minlength: 10 }),
      h('label', { for: 'fix' }, t('Jumlah yang benar (kosongkan bila setoran batal)', 'Correct amount (empty to cancel)')),
      h('input', { id: 'fix', name: 'amount', inputmode: 'numeric', pattern: '[0-9.]*' }),
      h('p', { class: 'row' }, h('button', { class: 'primary', type: 'submit' }, t('Simpan koreksi', 'Save correction')),
        h('button', { type: 'button', onclick: () => this.draw() }, t('Batal', 'Cancel'))));
    this.shadowRoot.append(dialog);
    dialog.querySelector('input').focus();
  }

  record(event) {
    event.preventDefault();
    const f = new FormData(event.target);
    this.run('catat-setoran', {
      date: f.get('date'), box: f.get('box'), amount: Number(String(f.get('amount')).replace(/\./g, '')),
      witness1: f.get('witness1'), witness2: f.get('witness2'),
    }, a => this.t(`Setoran ${rupiah(a.entry.amount)} tersimpan sebagai catatan #${a.entry.sequence}.`,
      `Collection of ${rupiah(a.entry.amount)} saved as entry #${a.entry.sequence}.`));
  }

  correct(event, entry) {
    event.preventDefault();
    const f = new FormData(event.target);
    const amount = String(f.get('amount')).replace(/\./g, '');
    this.run('koreksi-setoran', { sequence: entry.sequence, reason: f.get('reason'),
      ...(amount ? { amount: Number(amount) } : {}) },
    a => this.t(`Koreksi tersimpan. Saldo ${rupiah(a.balance)}.`, `Correction saved. Balance ${rupiah(a.balance)}.`));
  }
}

customElements.define('jumatkoin-setoran', JumatKoinSetoran);
