import { h, date, KioskScreen } from '/js/module-kit.js';
import { homeVisitForm } from '/js/home-visit.js';

// KJS home visits: the PSM, Kasi Kesos or TKSK records what they found at the house, with a photo, instead of a bare
// "checked"; proposals the visit confirmed wait on the replacement priority list (neglected first, then oldest).
class KjsKunjunganRumah extends KioskScreen {
  fetch() { return this.kiosk.operate('replacement-priority', {}); }

  render(d) {
    const t = this.t.bind(this);
    return [h('h2', {}, t('Kunjungan rumah dan daftar prioritas KJS', 'KJS home visits and priority list')),
      h('h3', {}, t('Menunggu kunjungan rumah', 'Waiting for a home visit')),
      d.awaitingVisit.length ? d.awaitingVisit.map(c => this.visitCard(c))
        : h('p', {}, t('Tidak ada usulan atau laporan yang menunggu kunjungan.', 'Nothing waits for a visit.')),
      h('h3', {}, t('Daftar prioritas pengganti', 'Replacement priority list')),
      h('p', { class: 'muted' }, this.tx(d.order)),
      d.candidates.length ? this.priorityTable(d.candidates)
        : h('p', {}, t('Belum ada usulan yang sudah dikunjungi dan sesuai.', 'No visited and confirmed proposals yet.'))];
  }

  visitCard(c) {
    const t = this.t.bind(this);
    const kind = c.kind === 'USUL' ? t('Usulan penerima baru', 'Proposal of a new recipient')
      : t('Laporan penerima meninggal, pindah, atau sudah mampu', 'Report that a recipient died, moved or is able');
    return homeVisitForm(this, c, kind);
  }

  priorityTable(rows) {
    const t = this.t.bind(this);
    return h('table', {}, h('thead', {}, h('tr', {}, [t('No', 'No'), t('Nomor tanda terima', 'Receipt number'),
      t('Nama', 'Name'), 'NIK', t('Kondisi', 'Condition'), t('Terlantar', 'Neglected'),
      t('Dikunjungi', 'Visited')].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, r.rank), h('td', {}, r.tracking), h('td', {}, r.name),
      h('td', {}, r.nikMasked), h('td', {}, this.tx(r.category)), h('td', {}, r.neglected ? t('Ya', 'Yes') : t('Tidak', 'No')),
      h('td', {}, r.visited ? date(r.visited, this.language) : '')))));
  }
}

customElements.define('kjs-kunjungan-rumah', KjsKunjunganRumah);
