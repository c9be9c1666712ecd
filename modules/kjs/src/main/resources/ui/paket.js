// KJS "Paket pencairan": the pendamping records the SK, chooses recipients, makes the pack (a collective one with its
// Surat Tugas), prints it, records each disbursement and each hand-over of the money to the recipient or family.
import { h, KioskScreen } from '/js/module-kit.js';

const T = {
  title: ['Paket pencairan KJS', 'KJS disbursement pack'],
  choose: ['Pilih penerima', 'Choose recipients'],
  individual: ['Perorangan', 'Individual'],
  collective: ['Kolektif (dengan Surat Tugas)', 'Collective (with Surat Tugas)'],
  make: ['Buat paket', 'Make the pack'],
  print: ['Cetak', 'Print'],
  pdf: ['Cetak PDF', 'Print PDF'],
  back: ['Kembali ke daftar', 'Back to the list'],
  record: ['Tandai sudah dicairkan', 'Mark as disbursed'],
  recordAll: ['Catat semua sudah dicairkan', 'Record all as disbursed'],
  done: ['Sudah dicairkan', 'Disbursed'],
  checklist: ['Dokumen yang dibawa ke bank', 'Documents to bring to the bank'],
  name: ['Nama', 'Name'], nik: ['NIK', 'NIK'], account: ['Rekening', 'Account'],
  kelurahan: ['Kelurahan', 'Kelurahan'], path: ['Jalur', 'Path'], amount: ['Nominal', 'Amount'],
  total: ['Jumlah', 'Total'], finish: ['Selesai', 'Finish'], no: ['No.', 'No.'],
  packKind: ['Jenis paket', 'Kind of pack'],
  sk: ['SK Pendamping KJS', 'SK Pendamping KJS'], skNumber: ['Nomor SK', 'SK number'],
  skIssued: ['Tanggal SK', 'Date of the SK'], skUntil: ['Berlaku sampai', 'Valid until'],
  skSave: ['Simpan SK', 'Save the SK'],
  skNeeded: ['Catat dulu SK Pendamping dari Dinas Sosial yang masih berlaku.', 'First record your valid SK Pendamping.'],
  skValid: ['SK Pendamping', 'SK Pendamping'], until: ['berlaku s.d.', 'valid until'],
  stNumber: ['Nomor Surat Tugas', 'Surat Tugas number'], stDate: ['Tanggal Surat Tugas', 'Date of the Surat Tugas'],
  handOver: ['Serah terima', 'Hand-over'], given: ['Sudah diserahkan', 'Handed over'],
  receiver: ['Diterima oleh', 'Received by'], self: ['Penerima sendiri', 'The recipient'],
  family: ['Keluarga', 'Family member'], familyName: ['Nama anggota keluarga', "Family member's name"],
  relation: ['Hubungan dengan penerima', 'Relation to the recipient'], how: ['Bukti terima', 'Acknowledgement'],
  signature: ['Tanda tangan', 'Signature'], thumb: ['Cap jempol', 'Thumbprint'],
  handOverSave: ['Catat serah terima', 'Record the hand-over'],
};

class KjsPaketPencairan extends KioskScreen {
  constructor() {
    super();
    this.view = 'list';
    this.selected = new Set();
    this.mode = 'COLLECTIVE';
  }

  fetch() { return this.kiosk.operate('recipients', {}); }

  key(key) { return T[key][this.language === 'en' ? 1 : 0]; }

  backToList() {
    this.view = 'list';
    this.selected = new Set();
    this.load();
  }

  async saveSk(event) {
    event.preventDefault();
    const f = new FormData(event.target);
    const sk = await this.call('sk-pendamping', { number: f.get('number'), issued: f.get('issued'),
      validUntil: f.get('validUntil') });
    if (sk) this.backToList();
  }

  async makePack() {
    const input = { mode: this.mode, refs: [...this.selected] };
    if (this.mode === 'COLLECTIVE') Object.assign(input, this.letter || {});
    const pack = await this.call('pack', input);
    if (pack) this.showPack(pack);
  }

  showPack(pack) {
    this.message = null;
    this.pack = pack;
    this.view = 'pack';
    this.draw();
  }

  async record(refs) {
    const out = await this.call('record', { packId: this.pack.packId, refs });
    if (out) {
      const first = out.results && out.results[0];
      if (first) this.kiosk.speak(this.tx(first.notice));
      this.showPack(out);
    }
  }

  async handOver(event, ref) {
    event.preventDefault();
    const f = new FormData(event.target);
    const input = { packId: this.pack.packId, ref, receiver: f.get('receiver'), acknowledgement: f.get('acknowledgement') };
    if (f.get('receiver') === 'KELUARGA') Object.assign(input, { receiverName: f.get('receiverName'), relation: f.get('relation') });
    const out = await this.call('hand-over', input);
    if (out) this.showPack(out);
  }

  field(label, props, suffix = '') {
    const id = `kjs-${props.name}-${suffix}`;
    return [h('label', { for: id }, label), h('input', { id, ...props })];
  }

  button(label, onclick, primary) {
    return h('button', { type: 'button', onclick, class: primary ? 'primary' : undefined }, label);
  }

  render(list) {
    return [h('h2', {}, this.key('title')), this.view === 'pack' ? this.drawPack() : this.drawList(list)];
  }

  drawSk(list) {
    const sk = list.sk;
    if (sk) return h('p', {}, `${this.key('skValid')} ${sk.number} · ${this.key('until')} ${sk.validUntil}`);
    return h('form', { onsubmit: (e) => this.saveSk(e) }, h('h3', {}, this.key('sk')),
      h('p', {}, this.key('skNeeded')),
      this.field(this.key('skNumber'), { name: 'number', required: true, minlength: 3 }),
      this.field(this.key('skIssued'), { name: 'issued', type: 'date', required: true }),
      this.field(this.key('skUntil'), { name: 'validUntil', type: 'date', required: true }),
      h('p', {}, h('button', { type: 'submit', class: 'primary' }, this.key('skSave'))));
  }

  drawLetter() {
    this.letter = this.letter || {};
    const keep = (key) => (e) => { this.letter[key] = e.target.value; };
    return h('div', {}, this.field(this.key('stNumber'), { name: 'suratTugasNumber', value: this.letter.suratTugasNumber || '',
      oninput: keep('suratTugasNumber') }), this.field(this.key('stDate'), { name: 'suratTugasDate', type: 'date',
      value: this.letter.suratTugasDate || '', oninput: keep('suratTugasDate') }));
  }

  drawList(list) {
    if (!list.sk) return this.drawSk(list);
    const rows = list.recipients.map((r) => h('tr', {},
      h('td', {}, h('input', { type: 'checkbox', checked: this.selected.has(r.ref), disabled: r.disbursed || !!r.stop,
        'aria-label': r.name,
        onchange: (e) => { if (e.target.checked) this.selected.add(r.ref); else this.selected.delete(r.ref); } })),
      h('td', {}, r.name), h('td', {}, r.nikMasked), h('td', {}, r.accountMasked), h('td', {}, r.kelurahan),
      h('td', { class: r.stop ? 'error' : undefined }, r.stop ? this.tx(r.stop.reason)
        : r.handedOver ? this.key('given') : r.disbursed ? this.key('done') : this.tx(r.pathLabel))));
    const modes = ['INDIVIDUAL', 'COLLECTIVE'].map((m) => h('label', {},
      h('input', { type: 'radio', name: 'mode', checked: this.mode === m, onchange: () => { this.mode = m; this.draw(); } }),
      this.key(m === 'INDIVIDUAL' ? 'individual' : 'collective')));
    return h('section', {}, this.drawSk(list),
      h('p', {}, `${list.bank} · ${list.round} · ${list.amountEachText}`),
      h('h3', {}, this.key('choose')), this.table(['', 'name', 'nik', 'account', 'kelurahan', 'path'], rows),
      h('fieldset', {}, h('legend', {}, this.key('packKind')), modes), this.mode === 'COLLECTIVE' ? this.drawLetter() : null,
      this.button(this.key('make'), () => this.makePack(), true));
  }

  drawHandOver(r) {
    if (r.handedOver) return `${this.key('given')} ${r.handOver.date}`;
    if (!r.disbursed) return this.button(this.key('record'), () => this.record([r.ref]));
    const radio = (name, value, label, checked) => h('label', {},
      h('input', { type: 'radio', name, value, checked, required: true }), label);
    return h('form', { onsubmit: (e) => this.handOver(e, r.ref) },
      h('fieldset', {}, h('legend', {}, this.key('receiver')), radio('receiver', 'PENERIMA', this.key('self'), true),
        radio('receiver', 'KELUARGA', this.key('family'), false)),
      this.field(this.key('familyName'), { name: 'receiverName' }, r.ref),
      this.field(this.key('relation'), { name: 'relation' }, r.ref),
      h('fieldset', {}, h('legend', {}, this.key('how')), radio('acknowledgement', 'TANDA_TANGAN', this.key('signature'), true),
        radio('acknowledgement', 'CAP_JEMPOL', this.key('thumb'), false)),
      h('button', { type: 'submit' }, this.key('handOverSave')));
  }

  drawPack() {
    const p = this.pack;
    const rows = p.rows.map((r) => h('tr', {}, h('td', {}, r.no), h('td', {}, r.name),
      h('td', {}, r.nikMasked), h('td', {}, r.accountMasked), h('td', {}, this.tx(r.pathLabel)),
      h('td', {}, this.drawHandOver(r))));
    const checklist = h('ul', {}, p.checklist.map((c) => h('li', {}, `${this.tx(c.label)} (${c.count})`)));
    const pending = p.rows.filter((r) => !r.disbursed).map((r) => r.ref);
    const papers = p.papers || {};
    return h('section', {}, h('h3', {}, `${this.tx(p.title)} ${p.packId}`),
      h('p', {}, `${p.bank}, ${p.branch} · ${this.tx(p.date)} · ${p.pendamping}`),
      h('p', {}, `${this.key('skValid')} ${papers.skNumber || ''}`,
        papers.suratTugasNumber ? ` · Surat Tugas ${papers.suratTugasNumber} (${papers.suratTugasDate})` : ''),
      this.table(['no', 'name', 'nik', 'account', 'path', 'handOver'], rows),
      h('p', {}, `${this.key('total')}: ${p.count} × ${p.amountEachText} = ${p.totalText}`),
      h('h3', {}, this.key('checklist')), checklist,
      h('div', { class: 'row noprint' },
        this.button(this.key('pdf'), () => this.openPdf('pack-detail', { packId: p.packId }, `${this.tx(p.title)} ${p.packId}`), true),
        this.button(this.key('print'), () => window.print()),
        pending.length ? this.button(this.key('recordAll'), () => this.record(pending)) : null,
        this.button(this.key('back'), () => this.backToList()),
        p.complete ? this.button(this.key('finish'), () => this.kiosk.done()) : null));
  }

  table(headers, rows) {
    return h('table', {}, h('thead', {}, h('tr', {},
      headers.map((k) => h('th', { scope: 'col' }, k ? this.key(k) : h('span', { class: 'sr' }, this.key('choose')))))),
    h('tbody', {}, rows));
  }
}

customElements.define('kjs-paket-pencairan', KjsPaketPencairan);
