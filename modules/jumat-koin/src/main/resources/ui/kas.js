import { h, s, rupiah, date, CAUSES, PAYEES, KioskScreen } from './common.js';

/** Public ledger of the Friday coin fund: balance, weekly collections (chart and table), payouts, corrections. */
class JumatKoinKas extends KioskScreen {
  fetch() { return this.kiosk.operate('kas', {}); }

  render(d) {
    const t = this.t.bind(this);
    return [
      h('div', { class: 'card' },
        h('div', {}, t('Saldo saat ini', 'Current balance')),
        h('div', { class: 'big' }, rupiah(d.balance)),
        h('div', { class: 'row' },
          h('span', {}, t('Terkumpul', 'Collected') + ': ' + rupiah(d.totalCollected)),
          h('span', {}, t('Dicairkan', 'Paid out') + ': ' + rupiah(d.totalDisbursed))),
        h('p', { class: d.intact ? 'ok' : 'error' }, d.intact
          ? t(`Semua ${d.entries} catatan utuh dan berurutan (diperiksa dengan rantai hash).`,
              `All ${d.entries} entries are intact and in order (checked by hash chain).`)
          : t('PERINGATAN: catatan kas telah diubah. Laporkan kepada Camat.',
              'WARNING: the ledger has been altered. Report it to the camat.'))),
      this.chart(d.weeks),
      this.weekTable(d.weeks),
      this.payouts(d.disbursements),
      d.corrections.length ? this.corrections(d.corrections) : null,
      h('p', { class: 'muted' }, t('Tidak ada data pribadi keluarga yang ditampilkan.',
        "No personal data of the families is shown.")),
    ];
  }

  chart(weeks) {
    const t = this.t.bind(this);
    const max = Math.max(1, ...weeks.map(w => w.collected));
    const W = 640, H = 220, pad = 24, bw = (W - pad * 2) / weeks.length;
    const bars = weeks.map((w, i) => {
      const bh = Math.round((H - pad * 2) * Math.max(0, w.collected) / max);
      return s('rect', { x: pad + i * bw + 2, y: H - pad - bh, width: Math.max(2, bw - 4), height: bh,
        fill: 'var(--accent, #0b5cad)' },
        s('title', {}, `${t('Minggu', 'Week of')} ${date(w.week, this.language)}: ${rupiah(w.collected)}`));
    });
    const last = weeks[weeks.length - 1];
    return h('figure', {},
      s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', width: '100%' },
        s('title', { id: 'chart-title' }, t('Setoran per minggu', 'Collections per week')),
        s('desc', { id: 'chart-desc' }, t(
          `${weeks.length} minggu terakhir. Tertinggi ${rupiah(max)}. Minggu ini ${rupiah(last?.collected ?? 0)}. Rinciannya ada di tabel di bawah.`,
          `Last ${weeks.length} weeks. Highest ${rupiah(max)}. This week ${rupiah(last?.collected ?? 0)}. Details are in the table below.`)),
        s('line', { x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, stroke: 'currentColor' }),
        ...bars),
      h('figcaption', { class: 'muted' }, t('Setoran per minggu (Senin–Minggu)', 'Collections per week (Monday–Sunday)')));
  }

  weekTable(weeks) {
    const t = this.t.bind(this);
    return h('table', {},
      h('caption', {}, t('Setoran per minggu', 'Collections per week')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('Minggu mulai', 'Week starting')),
        h('th', { scope: 'col', class: 'num' }, t('Jumlah', 'Amount')))),
      h('tbody', {}, weeks.slice().reverse().filter(w => w.collected !== 0).map(w => h('tr', {},
        h('td', {}, date(w.week, this.language)), h('td', { class: 'num' }, rupiah(w.collected))))));
  }

  payouts(rows) {
    const t = this.t.bind(this);
    return h('table', {},
      h('caption', {}, t('Pencairan untuk rumah warga', 'Payouts for houses')),
      h('thead', {}, h('tr', {}, ...[[t('Tanggal', 'Date')], [t('Tujuan', 'Purpose')], [t('Diserahkan kepada', 'Paid to')],
        ['Kelurahan'], [t('Keadaan rumah', 'State of the house')], [t('Jumlah', 'Amount'), 'num']].map(([c, cls]) => h('th', { scope: 'col', class: cls }, c)))),
      h('tbody', {}, rows.length ? rows.map(r => h('tr', {},
        h('td', {}, date(r.date, this.language)),
        h('td', {}, r.purpose, r.reversed ? h('strong', {}, ' ' + t('(dibatalkan)', '(cancelled)')) : null),
        h('td', {}, r.paidTo ? (PAYEES[r.paidTo] || [r.paidTo, r.paidTo])[this.language === 'en' ? 1 : 0] : '—'),
        h('td', {}, r.kelurahan),
        h('td', {}, (CAUSES[r.cause] || [r.cause, r.cause])[this.language === 'en' ? 1 : 0]),
        h('td', { class: 'num' }, rupiah(r.amount))))
        : h('tr', {}, h('td', { colspan: 6 }, t('Belum ada pencairan.', 'No payouts yet.')))));
  }

  corrections(rows) {
    const t = this.t.bind(this);
    return h('table', {},
      h('caption', {}, t('Koreksi', 'Corrections')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('Tanggal', 'Date')),
        h('th', { scope: 'col' }, t('Alasan', 'Reason')), h('th', { scope: 'col', class: 'num' }, t('Jumlah', 'Amount')))),
      h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, date(r.date, this.language)),
        h('td', {}, `#${r.reverses}: ${r.reason}`), h('td', { class: 'num' }, rupiah(r.amount))))));
  }
}

customElements.define('jumatkoin-kas', JumatKoinKas);
