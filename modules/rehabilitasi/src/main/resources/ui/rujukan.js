import { h, date, STATES, KioskScreen } from './common.js';

/** TKSK desk: open reports (emergencies first), hospital referral, letters, and the cover letter text. */
class RehsosRujukan extends KioskScreen {
  fetch() { return this.kiosk.operate('laporan', {}); }

  render(d) {
    const t = this.t.bind(this);
    return [h('h2', {}, t('Laporan orang terlantar', 'Reports of neglected people')),
      this.letter ? h('section', { class: 'card', 'aria-label': t('Surat pengantar', 'Cover letter') },
        h('h3', {}, t('Surat pengantar (pratinjau)', 'Cover letter (preview)')),
        h('pre', { style: 'white-space: pre-wrap; font: inherit' }, this.letter.text),
        h('button', { type: 'button', class: 'primary', onclick: () => this.openPdf('surat-pengantar', { tracking: this.letterTracking },
          t('Surat pengantar', 'Cover letter')) }, t('Cetak PDF', 'Print PDF')),
        h('button', { type: 'button', onclick: () => { this.letter = null; this.draw(); } }, t('Tutup', 'Close'))) : null,
      d.reports.length ? d.reports.map(r => this.card(r)) : h('p', {}, t('Tidak ada laporan terbuka.', 'No open reports.'))];
  }

  card(r) {
    const t = this.t.bind(this);
    const id = k => `${k}-${r.tracking}`;
    const canRefer = r.state === 'dilaporkan' || r.state === 'ditangani';
    return h('section', { class: 'card', 'aria-label': r.tracking },
      h('h3', { class: r.urgency === 'DARURAT' ? 'error' : '' }, `${r.urgency === 'DARURAT' ? t('DARURAT', 'EMERGENCY') + ' · ' : ''}${r.tracking}`),
      r.outsideKecamatan ? h('p', { class: 'error' }, t('Di luar kecamatan ini: teruskan ke TKSK kecamatan tersebut atau Dinas Sosial (langkah "Teruskan ke wilayah lain").',
        'Outside this kecamatan: forward to that kecamatan\'s TKSK or the social office (step "Forward to another area").')) : null,
      h('p', {}, `${(STATES[r.state] || [r.state, r.state])[this.language === 'en' ? 1 : 0]} · ${r.location}, ${r.kelurahan}`,
        ` · ${t('dilaporkan', 'reported')} ${date(r.reported, this.language)}`,
        r.overdue ? h('strong', { class: 'error' }, ' · ' + t('melewati batas waktu', 'overdue')) : null),
      r.description ? h('p', { class: 'muted' }, r.description) : null,
      r.letters.length ? h('ul', {}, r.letters.map(l => h('li', {}, `${this.tx(l.label)}: `,
        l.ready ? h('span', { class: 'ok' }, `${t('ada', 'ready')} (${l.number})`)
          : h('span', { class: 'error' }, t('belum ada', 'missing'))))) : null,
      r.letters.length ? h('form', { class: 'row', onsubmit: e => this.recordLetter(e, r) },
        h('label', { for: id('letter') }, t('Surat diterima', 'Letter received')),
        h('select', { id: id('letter'), name: 'letter' }, h('option', { value: 'PENGANTAR' }, t('Pengantar kelurahan', 'Kelurahan cover letter')),
          h('option', { value: 'REKOMENDASI' }, t('Rekomendasi Dinsos', 'Dinsos recommendation'))),
        h('label', { for: id('number') }, t('Nomor', 'Number')), h('input', { id: id('number'), name: 'number', required: true }),
        h('label', { for: id('date') }, t('Tanggal', 'Date')), h('input', { id: id('date'), name: 'date', type: 'date', required: true }),
        h('button', { type: 'submit' }, t('Simpan surat', 'Save letter')),
        h('button', { type: 'button', onclick: () => this.preview(r) }, t('Lihat surat pengantar', 'View cover letter'))) : null,
      canRefer ? this.referForm(r, id) : null);
  }

  referForm(r, id) {
    const t = this.t.bind(this);
    return h('form', { onsubmit: e => this.refer(e, r) },
      h('h3', {}, t('Rujuk ke rumah sakit', 'Refer to hospital')),
      h('label', { for: id('hospital') }, t('Rumah sakit (kosongkan untuk bawaan)', 'Hospital (empty for the default)')),
      h('input', { id: id('hospital'), name: 'hospital' }),
      h('label', { for: id('reason') }, t('Keadaan orang tersebut', 'Condition of the person')),
      h('textarea', { id: id('reason'), name: 'reason', required: true, minlength: 5, rows: 2 }),
      h('label', { for: id('name') }, t('Nama (bila diketahui)', 'Name (if known)')),
      h('input', { id: id('name'), name: 'personName' }),
      h('label', { for: id('age') }, t('Perkiraan umur', 'Estimated age')),
      h('input', { id: id('age'), name: 'estimatedAge', inputmode: 'numeric', pattern: '[0-9]*' }),
      h('label', { for: id('sex') }, t('Jenis kelamin', 'Sex')),
      h('select', { id: id('sex'), name: 'sex' }, h('option', { value: '' }, '-'),
        h('option', { value: 'L' }, t('Laki-laki', 'Male')), h('option', { value: 'P' }, t('Perempuan', 'Female'))),
      h('p', {}, h('button', { class: 'primary', type: 'submit' }, t('Catat rujukan', 'Record referral'))));
  }

  refer(event, r) {
    event.preventDefault();
    const f = Object.fromEntries(new FormData(event.target));
    const input = { tracking: r.tracking, reason: f.reason, hospital: f.hospital, personName: f.personName, sex: f.sex,
      ...(f.estimatedAge ? { estimatedAge: Number(f.estimatedAge) } : {}) };
    this.run('rujukan', input, a => { this.letter = a.coverLetter; this.letterTracking = r.tracking;
      return this.t(`${r.tracking} dirujuk. Urus surat pengantar dan rekomendasi.`, `${r.tracking} referred. Arrange the letters.`); });
  }

  recordLetter(event, r) {
    event.preventDefault();
    const f = Object.fromEntries(new FormData(event.target));
    this.run('catat-surat', { tracking: r.tracking, ...f }, () => this.t('Surat dicatat.', 'Letter recorded.'));
  }

  async preview(r) {
    const letter = await this.call('surat-pengantar', { tracking: r.tracking });
    if (letter) {
      this.letter = letter;
      this.letterTracking = r.tracking;
      this.draw();
    }
  }
}

customElements.define('rehsos-rujukan', RehsosRujukan);
