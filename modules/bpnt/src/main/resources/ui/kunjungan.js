import { h, date, KioskScreen } from '/js/module-kit.js';
import { homeVisitForm } from '/js/home-visit.js';

// BPNT home visits: the PSM, Kasi Kesos or TKSK records what they found at the house, with a photo and, for an usul,
// how urgent the need is; usul the visit confirmed wait on the kelurahan's priority list (most urgent, then oldest)
// from which a KPM who leaves is replaced.
const KINDS = {
  USUL: ['Usul penerima baru', 'Proposal of a new recipient'],
  SANGGAH: ['Sanggah atas penerima', 'Objection to a recipient'],
  PERUBAHAN: ['Perubahan keadaan penerima', 'Change in a recipient household'],
};
const URGENCY = { TINGGI: ['Tinggi', 'High'], SEDANG: ['Sedang', 'Medium'], RENDAH: ['Rendah', 'Low'] };

class BpntKunjunganRumah extends KioskScreen {
  fetch() { return this.kiosk.operate('replacement-priority', {}); }

  render(d) {
    const t = this.t.bind(this);
    return [h('h2', {}, t('Kunjungan rumah dan daftar prioritas BPNT', 'BPNT home visits and priority list')),
      h('h3', {}, t('Menunggu kunjungan rumah', 'Waiting for a home visit')),
      d.awaitingVisit.length ? d.awaitingVisit.map(c => this.visitCard(c))
        : h('p', {}, t('Tidak ada usul, sanggah atau laporan yang menunggu kunjungan.', 'Nothing waits for a visit.')),
      h('h3', {}, t('Daftar prioritas pengganti', 'Replacement priority list')),
      h('p', { class: 'muted' }, this.tx(d.order)),
      d.candidates.length ? this.priorityTable(d.candidates)
        : h('p', {}, t('Belum ada usul yang sudah dikunjungi dan sesuai.', 'No visited and confirmed proposals yet.'))];
  }

  visitCard(c) {
    const t = this.t.bind(this);
    const urgency = c.kind === 'USUL' ? [h('label', { for: `urgency-${c.tracking}` }, t('Tingkat kebutuhan', 'Urgency')),
      h('select', { id: `urgency-${c.tracking}`, name: 'urgency', required: true },
        h('option', { value: '' }, t('Pilih', 'Choose')),
        Object.entries(URGENCY).map(([v, l]) => h('option', { value: v }, t(...l))))] : null;
    return homeVisitForm(this, c, t(...KINDS[c.kind]), urgency,
      f => (c.kind === 'USUL' ? { urgency: f.get('urgency') } : {}));
  }

  priorityTable(rows) {
    const t = this.t.bind(this);
    return h('table', {}, h('thead', {}, h('tr', {}, [t('No', 'No'), t('Nomor tanda terima', 'Receipt number'),
      t('Nama', 'Name'), 'NIK', t('Tingkat kebutuhan', 'Urgency'), t('Dikunjungi', 'Visited')]
      .map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, r.rank), h('td', {}, r.tracking), h('td', {}, r.name),
      h('td', {}, r.nikMasked), h('td', {}, URGENCY[r.urgency] ? t(...URGENCY[r.urgency]) : ''),
      h('td', {}, r.visited ? date(r.visited, this.language) : '')))));
  }
}

customElements.define('bpnt-kunjungan-rumah', BpntKunjunganRumah);
