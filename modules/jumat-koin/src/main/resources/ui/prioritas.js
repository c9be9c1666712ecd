import { h, rupiah, date, CAUSES, KioskScreen } from './common.js';

/** TKSK desk: requests ranked by urgency with every scoring factor shown; record the house survey. */
class JumatKoinPrioritas extends KioskScreen {
  fetch() { return this.kiosk.operate('prioritas', {}); }

  render(d) {
    const t = this.t.bind(this);
    if (!d.requests.length) return [h('h2', {}, t('Prioritas bantuan rumah', 'House repair priorities')),
      h('p', {}, t('Belum ada permohonan terbuka.', 'No open requests.'))];
    return [h('h2', {}, t('Prioritas bantuan rumah', 'House repair priorities')),
      h('p', { class: 'muted' }, t('Bobot skor diatur di konfigurasi program dan berlaku sama untuk semua.',
        'Score weights are set in the programme configuration and apply to everyone.')),
      ...d.requests.map(r => this.card(r))];
  }

  card(r) {
    const t = this.t.bind(this);
    const cause = (CAUSES[r.cause] || [r.cause, r.cause])[this.language === 'en' ? 1 : 0];
    return h('section', { class: 'card', 'aria-label': `${t('Peringkat', 'Rank')} ${r.rank}` },
      h('h3', {}, `${r.rank}. ${r.tracking} — ${r.total} ${t('poin', 'points')}`),
      h('p', {}, `${cause} · ${r.kelurahan} RT/RW ${r.rtRw} · ${t('diajukan', 'submitted')} ${date(r.submitted, this.language)}`,
        r.estimatedCost ? ` · ${t('perkiraan biaya', 'estimated cost')} ${rupiah(r.estimatedCost)}` : ''),
      h('p', { class: 'ok' }, r.state === 'diverifikasi' ? t('Sudah disurvei, menunggu Camat', 'Surveyed, waiting for the camat')
        : t('Menunggu survei', 'Waiting for survey')),
      h('table', {}, h('caption', {}, t('Perhitungan skor', 'How the score is made')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('Faktor', 'Factor')),
          h('th', { scope: 'col' }, t('Nilai', 'Value')), h('th', { scope: 'col', class: 'num' }, t('Poin', 'Points')))),
        h('tbody', {}, r.factors.map(f => h('tr', {}, h('td', {}, this.tx(f.label)), h('td', {}, f.value),
          h('td', { class: 'num' }, f.points))))),
      r.state === 'diajukan' ? this.surveyForm(r) : null);
  }

  surveyForm(r) {
    const t = this.t.bind(this);
    const id = k => `${k}-${r.rank}`;
    return h('form', { onsubmit: e => this.survey(e, r) },
      h('h3', {}, t('Catat hasil survei rumah', 'Record the house survey')),
      h('label', { for: id('damage') }, t('Kerusakan menurut survei', 'Surveyed damage')),
      h('select', { id: id('damage'), name: 'damage' },
        h('option', { value: 'BERAT' }, t('Berat', 'Heavy')), h('option', { value: 'SEDANG' }, t('Sedang', 'Moderate')),
        h('option', { value: 'RINGAN' }, t('Ringan', 'Light'))),
      h('label', { for: id('cost') }, t('Perkiraan biaya perbaikan (rupiah)', 'Estimated repair cost (rupiah)')),
      h('input', { id: id('cost'), name: 'estimatedCost', inputmode: 'numeric', required: true, pattern: '[0-9.]+' }),
      h('label', {}, h('input', { type: 'checkbox', name: 'displaced' }), ' ',
        t('Keluarga tidak dapat tinggal di rumah', 'The family cannot live in the house')),
      h('label', { for: id('note') }, t('Catatan survei', 'Survey note')),
      h('textarea', { id: id('note'), name: 'note', required: true, minlength: 10, rows: 3 }),
      h('p', {}, h('button', { class: 'primary', type: 'submit' }, t('Simpan survei', 'Save survey'))));
  }

  survey(event, r) {
    event.preventDefault();
    const f = new FormData(event.target);
    this.run('catat-survei', { tracking: r.tracking, damage: f.get('damage'), displaced: f.get('displaced') === 'on',
      estimatedCost: Number(String(f.get('estimatedCost')).replace(/\./g, '')), note: f.get('note') },
    () => this.t(`Survei ${r.tracking} tersimpan.`, `Survey of ${r.tracking} saved.`));
  }
}

customElements.define('jumatkoin-prioritas', JumatKoinPrioritas);
