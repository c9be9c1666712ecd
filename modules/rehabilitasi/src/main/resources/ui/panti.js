import { h, date, STATES, KioskScreen } from './common.js';

/** TKSK desk: panti quotas and waiting lists, placement, leaving, and monitoring visits. */
class RehsosPanti extends KioskScreen {
  async fetch() {
    const [registry, reports, monitoring] = await Promise.all([this.kiosk.operate('panti', {}),
      this.kiosk.operate('laporan', {}), this.kiosk.operate('pemantauan', {})]);
    return { ...registry, reports: reports.reports, visits: monitoring.visits };
  }

  render(d) {
    const t = this.t.bind(this);
    const cat = v => { const c = d.categories.find(x => x.value === v); return c ? this.tx(c) : v; };
    return [h('h2', {}, t('Penempatan panti', 'Panti placement')),
      d.panti.map(p => h('section', { class: 'card', 'aria-label': p.name },
        h('h3', {}, `${p.name} — ${p.location}`),
        h('p', {}, `${t('Menerima', 'Accepts')}: ${p.categories.map(cat).join(', ')}`),
        h('p', { class: 'big' }, `${p.placed.length} / ${p.quota} ${t('tempat terisi', 'places taken')}`),
        h('p', { class: 'muted' }, p.reportedOn
          ? t(`Tempat tersedia menurut Dinsos Provinsi per ${date(p.reportedOn, 'id')}`, `Places available as reported by the province's social office on ${date(p.reportedOn, 'en')}`)
          : t('Dinsos Provinsi belum melaporkan tempat tersedia', 'The province has not reported available places')),
        h('table', {}, h('caption', {}, t('Penghuni dan antrean', 'Residents and waiting list')),
          h('tbody', {}, p.placed.map(tr => h('tr', {}, h('td', {}, tr), h('td', {}, t('di panti', 'in panti')),
            h('td', {}, this.leaveForm(tr)))),
            p.waiting.map((tr, i) => h('tr', {}, h('td', {}, tr), h('td', {}, `${t('antrean ke-', 'waiting #')}${i + 1}`),
              h('td', {}, h('button', { type: 'button', onclick: () => this.cancel(tr) }, t('Keluar antrean', 'Leave list'))))))))),
      this.placeForm(d, cat),
      h('h3', {}, t('Kunjungan pemantauan', 'Monitoring visits')),
      d.visits.length ? d.visits.map(v => this.visitForm(v))
        : h('p', {}, t('Tidak ada kunjungan terjadwal.', 'No visits scheduled.'))];
  }

  placeForm(d, cat) {
    const t = this.t.bind(this);
    const ready = d.reports.filter(r => r.state === 'ditangani' || r.state === 'dirujuk');
    if (!ready.length) return h('p', {}, t('Tidak ada laporan yang siap ditempatkan.', 'No report is ready for placement.'));
    return h('form', { class: 'card', onsubmit: e => this.place(e) },
      h('h3', {}, t('Ajukan penempatan', 'Request a placement')),
      h('label', { for: 'tracking' }, t('Laporan', 'Report')),
      h('select', { id: 'tracking', name: 'tracking' }, ready.map(r => h('option', { value: r.tracking },
        `${r.tracking} · ${(STATES[r.state] || [r.state])[0]} · ${r.location}`))),
      h('label', { for: 'panti' }, 'Panti'),
      h('select', { id: 'panti', name: 'panti' }, d.panti.map(p => h('option', { value: p.id }, p.name))),
      h('label', { for: 'category' }, t('Kategori', 'Category')),
      h('select', { id: 'category', name: 'category' }, d.categories.map(c => h('option', { value: c.value }, cat(c.value)))),
      h('label', {}, h('input', { type: 'checkbox', name: 'declaredRecovered' }), ' ',
        t('Sudah dinyatakan sembuh/stabil oleh rumah sakit jiwa (untuk ODGJ)', 'Declared recovered/stable by the mental hospital (ODGJ)')),
      h('label', {}, h('input', { type: 'checkbox', name: 'familyFound' }), ' ', t('Keluarga sudah ditemukan', 'Family has been found')),
      h('p', {}, h('button', { class: 'primary', type: 'submit' }, t('Tempatkan atau masuk antrean', 'Place or join the waiting list'))));
  }

  leaveForm(tracking) {
    const t = this.t.bind(this);
    return h('form', { class: 'row', onsubmit: e => this.leave(e, tracking) },
      h('select', { name: 'reason', 'aria-label': t('Alasan keluar', 'Reason for leaving') },
        ['PULIH', 'KELUARGA', 'DIRUJUK', 'MENINGGAL', 'LAINNYA'].map(v => h('option', { value: v }, {
          PULIH: t('Pulih', 'Recovered'), KELUARGA: t('Kembali ke keluarga', 'Back to family'),
          DIRUJUK: t('Dirujuk', 'Referred'), MENINGGAL: t('Meninggal', 'Died'), LAINNYA: t('Lainnya', 'Other') }[v]))),
      h('input', { name: 'note', required: true, minlength: 5, 'aria-label': t('Catatan', 'Note'), placeholder: t('Catatan', 'Note') }),
      h('button', { type: 'submit' }, t('Keluar panti', 'Leaves')));
  }

  visitForm(v) {
    const t = this.t.bind(this);
    return h('form', { class: 'card', onsubmit: e => this.visit(e, v) },
      h('p', { class: v.overdue ? 'error' : '' }, `${v.tracking} · ${t('kunjungan ke-', 'visit #')}${v.visit} · ${t('jatuh tempo', 'due')} ${date(v.due, this.language)}`),
      h('select', { name: 'condition', 'aria-label': t('Keadaan', 'Condition') },
        h('option', { value: 'BAIK' }, t('Baik', 'Well')), h('option', { value: 'PERLU_PENDAMPINGAN' }, t('Perlu pendampingan', 'Needs support')),
        h('option', { value: 'KEMBALI_TERLANTAR' }, t('Kembali terlantar', 'Neglected again'))),
      h('textarea', { name: 'note', required: true, minlength: 10, rows: 2, 'aria-label': t('Catatan kunjungan', 'Visit note') }),
      h('button', { class: 'primary', type: 'submit' }, t('Catat kunjungan', 'Record visit')));
  }

  place(event) {
    event.preventDefault();
    const f = new FormData(event.target);
    this.run('tempatkan', { tracking: f.get('tracking'), panti: f.get('panti'), category: f.get('category'),
      declaredRecovered: f.get('declaredRecovered') === 'on', familyFound: f.get('familyFound') === 'on' },
    a => a.placed ? this.t(`Mendapat tempat di ${a.panti}.`, `Placed at ${a.panti}.`)
      : this.t(`Kuota penuh: antrean ke-${a.waitingPosition}.`, `Quota full: waiting #${a.waitingPosition}.`));
  }

  leave(event, tracking) {
    event.preventDefault();
    const f = new FormData(event.target);
    this.run('keluar-panti', { tracking, reason: f.get('reason'), note: f.get('note') },
      a => this.t('Keluar panti dicatat.', 'Leaving recorded.') + (a.promoted ? this.t(` ${a.promoted} mendapat tempat dari antrean.`,
        ` ${a.promoted} moves up from the waiting list.`) : ''));
  }

  cancel(tracking) {
    const note = this.t('Dikeluarkan dari antrean oleh TKSK', 'Taken off the list by the TKSK');
    this.run('batal-antre', { tracking, note }, () => this.t('Keluar dari antrean.', 'Left the waiting list.'));
  }

  visit(event, v) {
    event.preventDefault();
    const f = new FormData(event.target);
    this.run('kunjungan', { tracking: v.tracking, condition: f.get('condition'), note: f.get('note') },
      a => a.nextDue ? this.t(`Kunjungan dicatat. Berikutnya ${a.nextDue}.`, `Visit recorded. Next ${a.nextDue}.`)
        : this.t('Kunjungan terakhir dicatat; pemantauan selesai.', 'Last visit recorded; monitoring completed.'));
  }
}

customElements.define('rehsos-panti', RehsosPanti);
