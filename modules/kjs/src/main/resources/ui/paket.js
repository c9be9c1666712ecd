// KJS "Paket pencairan": the pendamping records the SK, chooses recipients, makes the pack (a collective one with its
// Surat Tugas), prints it, records each disbursement and each hand-over of the money to the recipient or family.
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
  total: ['Jumlah', 'Total'], loading: ['Memuat…', 'Loading…'], finish: ['Selesai', 'Finish'],
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

class KjsPaketPencairan extends HTMLElement {
  static get observedAttributes() { return ['lang']; }

  connectedCallback() { this.load(); }

  attributeChangedCallback() { if (this.view) this.draw(); }

  t(key) { return T[key][this.getAttribute('lang') === 'en' ? 1 : 0]; }

  tx(text) { return text ? text[this.getAttribute('lang') === 'en' ? 'en' : 'id'] : ''; }

  async call(op, input) {
    this.error = null;
    try {
      const operate = this.kiosk.operate || this.kiosk.operation;
      return await operate(op, input);
    } catch (problem) {
      this.error = problem && (problem.detail || problem.title) || String(problem);
      this.draw();
      return null;
    }
  }

  async load() {
    this.view = 'list';
    this.selected = new Set();
    this.mode = 'COLLECTIVE';
    this.draw();
    this.list = await this.call('recipients', {});
    this.draw();
  }

  async saveSk(event) {
    event.preventDefault();
    const f = new FormData(event.target);
    const sk = await this.call('sk-pendamping', { number: f.get('number'), issued: f.get('issued'),
      validUntil: f.get('validUntil') });
    if (sk) this.load();
  }

  async makePack() {
    const input = { mode: this.mode, refs: [...this.selected] };
    if (this.mode === 'COLLECTIVE') Object.assign(input, this.letter || {});
    const pack = await this.call('pack', input);
    if (pack) { this.pack = pack; this.view = 'pack'; this.draw(); }
  }

  // POSTs to the host's /pdf endpoint of the pack-detail operation (read-only, so printing never makes a new pack)
  // and opens the A4 PDF; the shell's api() adds the staff token, a plain fetch is the fallback outside the shell.
  async printPdf() {
    this.error = null;
    const path = `/api/programs/${encodeURIComponent(this.kiosk.program || 'KJS')}/operations/pack-detail/pdf`;
    const input = { packId: this.pack.packId };
    try {
      const response = this.kiosk.api
        ? await this.kiosk.api(path, { method: 'POST', body: input, raw: true })
        : await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      if (!response.ok) throw new Error(response.statusText);
      const url = URL.createObjectURL(await response.blob());
      window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (problem) {
      this.error = problem && (problem.detail || problem.message || problem.title) || String(problem);
      this.draw();
    }
  }

  async record(refs) {
    const out = await this.call('record', { packId: this.pack.packId, refs });
    if (out) {
      this.pack = out;
      const first = out.results && out.results[0];
      if (first && this.kiosk.speak) this.kiosk.speak(this.tx(first.notice));
      this.draw();
    }
  }

  async handOver(event, ref) {
    event.preventDefault();
    const f = new FormData(event.target);
    const input = { packId: this.pack.packId, ref, receiver: f.get('receiver'), acknowledgement: f.get('acknowledgement') };
    if (f.get('receiver') === 'KELUARGA') Object.assign(input, { receiverName: f.get('receiverName'), relation: f.get('relation') });
    const out = await this.call('hand-over', input);
    if (out) { this.pack = out; this.draw(); }
  }

  field(label, props, suffix = '') {
    const id = `kjs-${props.name}-${suffix}`;
    return [this.el('label', { htmlFor: id }, label), this.el('input', { id, ...props })];
  }

  el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c ?? ''))));
    return node;
  }

  button(label, onclick, primary) {
    return this.el('button', { type: 'button', onclick, className: primary ? 'primary' : '' }, label);
  }

  draw() {
    const body = this.view === 'pack' ? this.drawPack() : this.drawList();
    const error = this.error ? this.el('p', { className: 'error', role: 'alert' }, this.error) : '';
    this.replaceChildren(this.style(), this.el('h2', {}, this.t('title')), error, body);
  }

  drawSk() {
    const sk = this.list.sk;
    if (sk) return this.el('p', {}, `${this.t('skValid')} ${sk.number} · ${this.t('until')} ${sk.validUntil}`);
    const form = this.el('form', { onsubmit: (e) => this.saveSk(e) }, this.el('h3', {}, this.t('sk')),
      this.el('p', {}, this.t('skNeeded')),
      this.field(this.t('skNumber'), { name: 'number', required: true, minLength: 3 }),
      this.field(this.t('skIssued'), { name: 'issued', type: 'date', required: true }),
      this.field(this.t('skUntil'), { name: 'validUntil', type: 'date', required: true }),
      this.el('button', { type: 'submit', className: 'primary' }, this.t('skSave')));
    return form;
  }

  drawLetter() {
    this.letter = this.letter || {};
    const keep = (key) => (e) => { this.letter[key] = e.target.value; };
    return this.el('div', {}, this.field(this.t('stNumber'), { name: 'suratTugasNumber', value: this.letter.suratTugasNumber || '',
      oninput: keep('suratTugasNumber') }), this.field(this.t('stDate'), { name: 'suratTugasDate', type: 'date',
      value: this.letter.suratTugasDate || '', oninput: keep('suratTugasDate') }));
  }

  drawList() {
    if (!this.list) return this.el('p', {}, this.t('loading'));
    if (!this.list.sk) return this.drawSk();
    const rows = this.list.recipients.map((r) => {
      const box = this.el('input', { type: 'checkbox', checked: this.selected.has(r.ref), disabled: r.disbursed || !!r.stop,
        onchange: (e) => { e.target.checked ? this.selected.add(r.ref) : this.selected.delete(r.ref); } });
      box.setAttribute('aria-label', r.name);
      return this.el('tr', {}, this.el('td', {}, box), this.el('td', {}, r.name), this.el('td', {}, r.nikMasked),
        this.el('td', {}, r.accountMasked), this.el('td', {}, r.kelurahan),
        this.el('td', { className: r.stop ? 'error' : '' }, r.stop ? this.tx(r.stop.reason)
          : r.handedOver ? this.t('given') : r.disbursed ? this.t('done') : this.tx(r.pathLabel)));
    });
    const modes = ['INDIVIDUAL', 'COLLECTIVE'].map((m) => this.el('label', {},
      this.el('input', { type: 'radio', name: 'mode', checked: this.mode === m, onchange: () => { this.mode = m; this.draw(); } }),
      this.t(m === 'INDIVIDUAL' ? 'individual' : 'collective')));
    return this.el('section', {}, this.drawSk(),
      this.el('p', {}, `${this.list.bank} · ${this.list.round} · ${this.list.amountEachText}`),
      this.el('h3', {}, this.t('choose')), this.table(['', 'name', 'nik', 'account', 'kelurahan', 'path'], rows),
      this.el('fieldset', {}, modes), this.mode === 'COLLECTIVE' ? this.drawLetter() : '',
      this.button(this.t('make'), () => this.makePack(), true));
  }

  drawHandOver(r) {
    if (r.handedOver) return `${this.t('given')} ${r.handOver.date}`;
    if (!r.disbursed) return this.button(this.t('record'), () => this.record([r.ref]));
    const radio = (name, value, label, checked) => this.el('label', {},
      this.el('input', { type: 'radio', name, value, checked, required: true }), label);
    return this.el('form', { onsubmit: (e) => this.handOver(e, r.ref) },
      this.el('fieldset', {}, this.el('legend', {}, this.t('receiver')), radio('receiver', 'PENERIMA', this.t('self'), true),
        radio('receiver', 'KELUARGA', this.t('family'), false)),
      this.field(this.t('familyName'), { name: 'receiverName' }, r.ref),
      this.field(this.t('relation'), { name: 'relation' }, r.ref),
      this.el('fieldset', {}, this.el('legend', {}, this.t('how')), radio('acknowledgement', 'TANDA_TANGAN', this.t('signature'), true),
        radio('acknowledgement', 'CAP_JEMPOL', this.t('thumb'), false)),
      this.el('button', { type: 'submit' }, this.t('handOverSave')));
  }

  drawPack() {
    const p = this.pack;
    const rows = p.rows.map((r) => this.el('tr', {}, this.el('td', {}, r.no), this.el('td', {}, r.name),
      this.el('td', {}, r.nikMasked), this.el('td', {}, r.accountMasked), this.el('td', {}, this.tx(r.pathLabel)),
      this.el('td', {}, this.drawHandOver(r))));
    const checklist = this.el('ul', {}, p.checklist.map((c) => this.el('li', {}, `${this.tx(c.label)} (${c.count})`)));
    const pending = p.rows.filter((r) => !r.disbursed).map((r) => r.ref);
    const papers = p.papers || {};
    return this.el('section', {}, this.el('h3', {}, `${this.tx(p.title)} ${p.packId}`),
      this.el('p', {}, `${p.bank}, ${p.branch} · ${this.tx(p.date)} · ${p.pendamping}`),
      this.el('p', {}, `${this.t('skValid')} ${papers.skNumber || ''}`,
        papers.suratTugasNumber ? ` · Surat Tugas ${papers.suratTugasNumber} (${papers.suratTugasDate})` : ''),
      this.table(['', 'name', 'nik', 'account', 'path', 'handOver'], rows),
      this.el('p', {}, `${this.t('total')}: ${p.count} × ${p.amountEachText} = ${p.totalText}`),
      this.el('h3', {}, this.t('checklist')), checklist,
      this.el('div', { className: 'actions' }, this.button(this.t('pdf'), () => this.printPdf(), true),
        this.button(this.t('print'), () => window.print()),
        pending.length ? this.button(this.t('recordAll'), () => this.record(pending)) : '',
        this.button(this.t('back'), () => this.load()),
        p.complete ? this.button(this.t('finish'), () => this.kiosk.done()) : ''));
  }

  table(headers, rows) {
    return this.el('table', {}, this.el('thead', {}, this.el('tr', {},
      headers.map((h) => this.el('th', { scope: 'col' }, h ? this.t(h) : '')))), this.el('tbody', {}, rows));
  }

  style() {
    return this.el('style', {}, `
      kjs-paket-pencairan { display: block; color: var(--fg); background: var(--bg); font-size: inherit; }
      kjs-paket-pencairan table { border-collapse: collapse; width: 100%; }
      kjs-paket-pencairan th, kjs-paket-pencairan td { border-bottom: 1px solid var(--muted); padding: 12px; text-align: left; }
      kjs-paket-pencairan button { min-height: 48px; min-width: 48px; margin: var(--gap, 8px) 8px 0 0; border-radius: var(--radius);
        font-size: inherit; padding: 0 20px; }
      kjs-paket-pencairan button.primary { min-height: 64px; background: var(--accent); color: var(--accent-fg); }
      kjs-paket-pencairan input[type=checkbox], kjs-paket-pencairan input[type=radio] { width: 32px; height: 32px; }
      kjs-paket-pencairan label { display: inline-flex; align-items: center; gap: 8px; min-height: 48px; margin-right: 24px; }
      kjs-paket-pencairan .error { color: var(--danger); font-weight: bold; }
      @media print { kjs-paket-pencairan button, kjs-paket-pencairan .actions { display: none; } }`);
  }
}

customElements.define('kjs-paket-pencairan', KjsPaketPencairan);
