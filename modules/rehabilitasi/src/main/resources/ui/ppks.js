import { h, KioskScreen } from './common.js';

/** The monthly PPKS table per category and kelurahan, as the TKSK reports it (seed 000, Table 10). */
class RehsosPpks extends KioskScreen {
  fetch() { return this.kiosk.operate('rekap-ppks', this.month ? { month: this.month } : {}); }

  render(d) {
    const t = this.t.bind(this);
    return [h('h2', {}, t(`Data PPKS bulan ${d.month}`, `PPKS in ${d.month}`)),
      h('form', { class: 'row', onsubmit: e => this.pick(e) },
        h('label', { for: 'month' }, t('Bulan', 'Month')),
        h('input', { id: 'month', name: 'month', type: 'month', value: d.month, required: true }),
        h('button', { type: 'submit' }, t('Tampilkan', 'Show'))),
      h('p', { class: 'muted' }, t(`Dari daftar PPKS bulan ini: ${d.sources.list} orang; dari pendataan lapangan: ${d.sources.recorded} catatan.`,
        `From this month's PPKS list: ${d.sources.list} people; from field records: ${d.sources.recorded} records.`)),
      d.rows.length ? h('table', {},
        h('caption', {}, t('Jumlah orang per kategori (kode Kemensos) dan kelurahan', 'People per category (Kemensos code) and kelurahan')),
        h('thead', {}, h('tr', {}, h('th', {}, t('Kode', 'Code')), h('th', {}, t('Keterangan', 'Category')),
          d.kelurahan.map(k => h('th', {}, k)), h('th', {}, t('Jumlah', 'Total')))),
        h('tbody', {}, d.rows.map(r => h('tr', {}, h('td', {}, r.code), h('td', {}, this.tx(r)),
          d.kelurahan.map(k => h('td', {}, String(r.counts[k] || 0))), h('td', {}, h('strong', {}, String(r.total)))))),
        h('tfoot', {}, h('tr', {}, h('th', {}, ''), h('th', {}, t('Jumlah', 'Total')),
          d.kelurahan.map(k => h('th', {}, String(d.totals[k] || 0))), h('th', {}, String(d.total)))))
        : h('p', {}, t('Belum ada data PPKS untuk bulan ini.', 'No PPKS data for this month.'))];
  }

  pick(event) {
    event.preventDefault();
    this.month = new FormData(event.target).get('month');
    this.load();
  }
}

customElements.define('rehsos-ppks', RehsosPpks);
