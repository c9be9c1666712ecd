import { h, date, KioskScreen } from '/js/module-kit.js';
import { uploadAttachment } from '/js/capture.js';

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
    const id = k => `${k}-${c.tracking}`;
    const kind = c.kind === 'USUL' ? t('Usulan penerima baru', 'Proposal of a new recipient')
      : t('Laporan penerima meninggal, pindah, atau sudah mampu', 'Report that a recipient died, moved or is able');
    return h('form', { class: 'card', onsubmit: e => this.visit(e, c) },
      h('p', {}, h('strong', {}, c.tracking), ` · ${kind} · ${c.name} ${c.nikMasked}`,
        c.filed ? ` · ${date(c.filed, this.language)}` : ''),
      h('label', { for: id('findings') }, t('Hasil kunjungan (apa yang dilihat dan didengar)',
        'Findings (what you saw and heard)')),
      h('textarea', { id: id('findings'), name: 'findings', required: true, minlength: 20, rows: 3 }),
      h('label', { for: id('confirmed') }, t('Apakah keadaan di rumah sesuai dengan usulan atau laporan?',
        'Does what you found match the proposal or report?')),
      h('select', { id: id('confirmed'), name: 'confirmed', required: true },
        h('option', { value: '' }, t('Pilih', 'Choose')),
        h('option', { value: 'true' }, t('Sesuai', 'Matches')),
        h('option', { value: 'false' }, t('Tidak sesuai', 'Does not match'))),
      h('label', { for: id('photo') }, t('Foto orang dan rumahnya', 'Photo of the person and the house')),
      h('input', { id: id('photo'), name: 'photo', type: 'file', accept: 'image/jpeg,image/png', capture: 'environment',
        required: true }),
      h('p', {}, h('button', { class: 'primary', type: 'submit' }, t('Simpan hasil kunjungan', 'Save the visit'))));
  }

  async visit(event, c) {
    event.preventDefault();
    const f = new FormData(event.target);
    const file = f.get('photo');
    let photo;
    try {
      photo = (await uploadAttachment(file, file.name || 'foto.jpg')).id;
    } catch (problem) {
      this.message = { error: true, text: problem.detail || problem.message || String(problem) };
      this.draw();
      return;
    }
    this.run('home-visit', { tracking: c.tracking, findings: f.get('findings'), confirmed: f.get('confirmed') === 'true',
      photo }, () => this.t(`Kunjungan ${c.tracking} tersimpan.`, `Visit for ${c.tracking} saved.`));
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
