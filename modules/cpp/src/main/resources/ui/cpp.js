// CPP staff screens: <cpp-desk> (events, list import, hand-over), <cpp-report>, <cpp-invitations>.
import { h, entry, KioskScreen } from '/js/module-kit.js';

const T = {
  event: { id: 'Pembagian', en: 'Distribution' },
  none: { id: 'Belum ada pembagian', en: 'No distribution yet' },
  create: { id: 'Buat pembagian baru', en: 'Create a distribution' },
  date: { id: 'Tanggal', en: 'Date' },
  place: { id: 'Tempat', en: 'Place' },
  kgHh: { id: 'Kg per rumah tangga (PBP)', en: 'Kg per household (PBP)' },
  stock: { id: 'Stok diterima (kg)', en: 'Stock received (kg)' },
  save: { id: 'Simpan', en: 'Save' },
  addStock: { id: 'Catat stok masuk', en: 'Record stock received' },
  importList: { id: 'Impor daftar PBP (CSV: nik,kk,name,address,rt,rw,kelurahan; kolom cadangan=ya untuk daftar cadangan)',
    en: 'Import the PBP list (CSV: nik,kk,name,address,rt,rw,kelurahan; column cadangan=ya for the reserve list)' },
  imported: { id: 'Diterima', en: 'Accepted' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  handover: { id: 'Penyerahan beras', en: 'Hand-over' },
  code: { id: 'NIK, nomor KK, atau pindai QR undangan', en: 'NIK, family card number, or scan the invitation QR' },
  byNik: { id: 'Cari NIK', en: 'Find by NIK' },
  byKk: { id: 'Cari KK', en: 'Find by KK' },
  pickup: { id: 'Diambil oleh orang lain? NIK pengambil', en: 'Collected by someone else? Their NIK' },
  pickupName: { id: 'Nama pengambil', en: 'Their name' },
  kkChecked: { id: 'Pengambil tercantum dalam Kartu Keluarga PBP (sudah diperiksa)',
    en: "The person collecting is on the PBP's family card (checked)" },
  suratKuasa: { id: 'Pengambil membawa surat kuasa dari PBP', en: 'The person collecting brings a letter of authority from the PBP' },
  proof: { id: 'Bukti serah terima', en: 'Proof of hand-over' },
  proofs: { TANDA_TANGAN: { id: 'Tanda tangan di daftar tanda terima', en: 'Signature on the list of receipts' },
    CAP_JEMPOL: { id: 'Cap jempol di daftar tanda terima', en: 'Thumbprint on the list of receipts' },
    FOTO: { id: 'Foto PBP dengan beras dan KTP', en: 'Photo of the PBP with the rice and KTP' } },
  replaceTitle: { id: 'Ganti PBP (meninggal, pindah, tidak ditemukan, atau sudah mampu)',
    en: 'Replace a PBP (died, moved, not found or able)' },
  replaceKk: { id: 'Nomor KK rumah tangga PBP yang diganti', en: 'Family card number of the PBP replaced' },
  reason: { id: 'Alasan', en: 'Reason' },
  reasons: { MENINGGAL: { id: 'Meninggal dunia', en: 'Died' }, PINDAH: { id: 'Pindah', en: 'Moved' },
    TIDAK_DITEMUKAN: { id: 'Tidak ditemukan', en: 'Not found' }, MAMPU: { id: 'Sudah mampu', en: 'Able to provide' } },
  newNik: { id: 'NIK pengganti dari KK yang sama', en: 'NIK of the replacement from the same family card' },
  newName: { id: 'Nama pengganti', en: 'Name of the replacement' },
  newKkChecked: { id: 'Pengganti tercantum dalam KK yang sama (sudah diperiksa)', en: 'The replacement is on the same family card (checked)' },
  reserveKk: { id: 'atau nomor KK rumah tangga dari daftar cadangan', en: 'or the family card number of a household on the reserve list' },
  replaced: { id: 'PBP diganti', en: 'PBP replaced' },
  receipts: { id: 'Cetak daftar tanda terima', en: 'Print the list of receipts' },
  bast: { id: 'Cetak BAST', en: 'Print the BAST' },
  relation: { id: 'Hubungan', en: 'Relationship' },
  give: { id: 'Serahkan beras', en: 'Hand over the rice' },
  given: { id: 'Beras diserahkan', en: 'Rice handed over' },
  remaining: { id: 'Sisa stok', en: 'Stock remaining' },
  received: { id: 'Stok diterima', en: 'Stock received' },
  handedOut: { id: 'Diserahkan', en: 'Handed out' },
  households: { id: 'Rumah tangga (PBP)', en: 'Households (PBP)' },
  claimed: { id: 'Sudah mengambil', en: 'Collected' },
  unclaimed: { id: 'Belum mengambil', en: 'Not collected' },
  csv: { id: 'Unduh CSV', en: 'Download CSV' },
  summary: { id: 'Unduh ringkasan', en: 'Download summary' },
  print: { id: 'Cetak undangan', en: 'Print invitations' },
  pdf: { id: 'Cetak PDF', en: 'Print PDF' },
  invitation: { id: 'UNDANGAN PENGAMBILAN BERAS CPP', en: 'CPP RICE COLLECTION INVITATION' },
  qrNote: { id: 'Kode untuk dipindai', en: 'Code to scan' },
  done: { id: 'Selesai', en: 'Done' },
};

/** Splits CSV text (RFC 4180 quotes) into objects keyed by the lower-case header. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  const header = (rows.shift() || []).map((h) => h.trim().toLowerCase().replace(/^\ufeff/, ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}

/** An event picker over the program's distributions; a subclass loads the chosen event's detail. */
class CppScreen extends KioskScreen {
  key(key) { return T[key][this.language]; }

  async fetch() {
    const { events } = await this.kiosk.operate('events', {});
    if (!events.some((e) => e.id === this.eventId)) this.eventId = events.length ? events[0].id : null;
    return { events, detail: this.eventId ? await this.detail(this.eventId) : null };
  }

  detail() { return null; }

  picker(events) {
    if (!events.length) return h('p', { class: 'muted' }, this.key('none'));
    return [h('label', { for: 'cpp-event' }, this.key('event')),
      h('select', { id: 'cpp-event', onchange: (e) => { this.eventId = e.target.value; this.load(); } },
        events.map((e) => h('option', { value: e.id, selected: e.id === this.eventId },
          `${e.id} · ${this.tx(e.day)} · ${e.place}`)))];
  }

  /** Runs an operation; after shows what it did (a message, or false to show nothing) and the screen reloads. */
  async act(op, input, after) {
    const answer = await this.call(op, input);
    if (!answer) return;
    const said = after(answer);
    await this.load();
    if (said) {
      this.message = said;
      this.draw();
      this.kiosk.speak(said.text);
    }
  }

  render(d) {
    return [...this.body(d), h('p', { class: 'noprint' }, h('button', { type: 'button', onclick: () => this.kiosk.done() },
      this.key('done')))];
  }
}

const formOf = (event) => { event.preventDefault(); return Object.fromEntries(new FormData(event.target)); };
const trimmed = (v) => (v || '').trim();

class CppDesk extends CppScreen {
  body({ events }) {
    const e = events.find((x) => x.id === this.eventId);
    return [h('section', {}, h('h2', {}, this.key('handover')), this.picker(events), e ? this.claimForm(e) : null),
      e && this.kiosk.role !== 'PSM' ? this.replaceForm() : null,
      e ? h('section', { class: 'noprint' }, this.stockForm(), this.importForm()) : null,
      this.createForm()];
  }

  claimForm(e) {
    const k = (key) => this.key(key);
    return h('form', { autocomplete: 'off', onsubmit: (ev) => this.claim(ev) },
      h('p', {}, `${k('received')}: ${e.stockReceivedKg} kg · ${k('remaining')}: `, h('strong', {}, `${e.remainingKg} kg`),
        ` · ${k('households')}: ${e.households} · ${k('claimed')}: ${e.claimedHouseholds}`),
      entry({ id: 'cpp-code', name: 'code', label: k('code'), keys: 'digits', maxLength: 200, required: true }),
      h('label', { for: 'cpp-pickup' }, k('pickup')),
      h('input', { id: 'cpp-pickup', name: 'pickupNik', inputmode: 'numeric', maxlength: 16 }),
      h('label', { for: 'cpp-pickup-name' }, k('pickupName')), h('input', { id: 'cpp-pickup-name', name: 'pickupName' }),
      h('label', { for: 'cpp-relation' }, k('relation')), h('input', { id: 'cpp-relation', name: 'relation' }),
      h('label', {}, h('input', { type: 'checkbox', name: 'kkChecked' }), k('kkChecked')),
      h('label', {}, h('input', { type: 'checkbox', name: 'suratKuasa' }), k('suratKuasa')),
      h('label', { for: 'cpp-proof' }, k('proof')),
      h('select', { id: 'cpp-proof', name: 'proof', required: true },
        Object.keys(T.proofs).map((p) => h('option', { value: p }, this.tx(T.proofs[p])))),
      h('p', { class: 'row' }, h('button', { class: 'primary', name: 'by', value: 'nik' }, `${k('byNik')} · ${k('give')}`),
        h('button', { class: 'primary', name: 'by', value: 'kk' }, `${k('byKk')} · ${k('give')}`)));
  }

  claim(event) {
    const data = formOf(event);
    const code = trimmed(data.code);
    const input = { eventId: this.eventId };
    if (/^CPP2?\|/.test(code)) input.qr = code; else input[event.submitter?.value === 'kk' ? 'kk' : 'nik'] = code;
    for (const k of ['pickupNik', 'pickupName', 'relation', 'proof']) if (trimmed(data[k])) input[k] = trimmed(data[k]);
    for (const k of ['kkChecked', 'suratKuasa']) if (data[k]) input[k] = true;
    this.act('claim', input, (r) => (r.handedOver
      ? { error: false, text: `${this.key('given')}: ${r.kg} kg · ${r.name} (${r.kk}) · ${this.key('remaining')}: ${r.remainingKg} kg` }
      : { error: true, text: this.tx(r.message) }));
  }

  replaceForm() {
    const k = (key) => this.key(key);
    return h('section', { class: 'noprint' }, h('h3', {}, k('replaceTitle')),
      h('form', { autocomplete: 'off', onsubmit: (e) => this.replace(e) },
        h('label', { for: 'cpp-r-kk' }, k('replaceKk')),
        h('input', { id: 'cpp-r-kk', name: 'kk', inputmode: 'numeric', maxlength: 16, required: true }),
        h('label', { for: 'cpp-r-reason' }, k('reason')),
        h('select', { id: 'cpp-r-reason', name: 'reason' },
          Object.keys(T.reasons).map((r) => h('option', { value: r }, this.tx(T.reasons[r])))),
        h('label', { for: 'cpp-r-nik' }, k('newNik')), h('input', { id: 'cpp-r-nik', name: 'nik', inputmode: 'numeric', maxlength: 16 }),
        h('label', { for: 'cpp-r-name' }, k('newName')), h('input', { id: 'cpp-r-name', name: 'name' }),
        h('label', {}, h('input', { type: 'checkbox', name: 'kkChecked' }), k('newKkChecked')),
        h('label', { for: 'cpp-r-reserve' }, k('reserveKk')),
        h('input', { id: 'cpp-r-reserve', name: 'reserveKk', inputmode: 'numeric', maxlength: 16 }),
        h('p', {}, h('button', { type: 'submit' }, k('save')))));
  }

  replace(event) {
    const data = formOf(event);
    const input = { eventId: this.eventId, kk: trimmed(data.kk), reason: data.reason };
    if (trimmed(data.reserveKk)) input.reserveKk = trimmed(data.reserveKk);
    else Object.assign(input, { nik: trimmed(data.nik), name: trimmed(data.name), kkChecked: !!data.kkChecked });
    this.act('replace', input, (r) => ({ error: false,
      text: `${this.key('replaced')}: ${r.replacedName} (${r.replaced}) → ${r.name} (${r.nik})` }));
  }

  stockForm() {
    return h('form', { onsubmit: (e) => this.act('receive-stock', { eventId: this.eventId, kg: Number(formOf(e).kg) }, () => false) },
      h('label', { for: 'cpp-stock-in' }, this.key('addStock')),
      h('input', { id: 'cpp-stock-in', name: 'kg', type: 'number', min: 1, required: true }),
      h('p', {}, h('button', { type: 'submit' }, this.key('save'))));
  }

  importForm() {
    return h('form', { onsubmit: (e) => this.importList(e) },
      h('label', { for: 'cpp-file' }, this.key('importList')),
      h('input', { id: 'cpp-file', type: 'file', accept: '.csv,text/csv', required: true }),
      h('p', {}, h('button', { type: 'submit' }, this.key('save'))));
  }

  async importList(event) {
    event.preventDefault();
    const file = event.target.querySelector('input[type=file]').files[0];
    const rows = parseCsv(await file.text());
    this.act('import', { eventId: this.eventId, rows }, (r) => ({ error: r.rejected.length > 0,
      text: `${this.key('imported')}: ${r.accepted}. ${this.key('rejected')}: ${r.rejected.length}`
        + r.rejected.map((x) => ` [${x.row}: ${this.tx(x.reason)}]`).join('') }));
  }

  createForm() {
    const k = (key) => this.key(key);
    return h('section', { class: 'noprint' }, h('h3', {}, k('create')), h('form', { onsubmit: (e) => this.create(e) },
      h('label', { for: 'cpp-date' }, k('date')), h('input', { id: 'cpp-date', name: 'date', type: 'date', required: true }),
      h('label', { for: 'cpp-place' }, k('place')),
      h('input', { id: 'cpp-place', name: 'place', required: true, maxlength: 120 }),
      h('label', { for: 'cpp-kg' }, k('kgHh')),
      h('input', { id: 'cpp-kg', name: 'kg', type: 'number', min: 1, max: 100, value: 10, required: true }),
      h('label', { for: 'cpp-stock' }, k('stock')),
      h('input', { id: 'cpp-stock', name: 'stock', type: 'number', min: 0, value: 0 }),
      h('p', {}, h('button', { type: 'submit' }, k('save')))));
  }

  create(event) {
    const data = formOf(event);
    this.act('create-event', { date: data.date, place: data.place, kgPerHousehold: Number(data.kg),
      stockKg: Number(data.stock || 0) }, (e) => { this.eventId = e.id; return false; });
  }
}

class CppReport extends CppScreen {
  detail(eventId) { return this.kiosk.operate('report', { eventId }); }

  download(name, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' }));
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  body({ events, detail: r }) {
    const k = (key) => this.key(key);
    const pdf = (op, label) => this.openPdf(op, { eventId: this.eventId }, label);
    const row = (label, value) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));
    return [h('h2', {}, k('event')), this.picker(events), r ? [
      h('table', {}, h('tbody', {}, row(k('received'), `${r.stockReceivedKg} kg`), row(k('handedOut'), `${r.handedOutKg} kg`),
        row(k('remaining'), `${r.remainingKg} kg`), row(k('households'), r.households),
        row(k('claimed'), r.claimedHouseholds), row(k('unclaimed'), r.unclaimedHouseholds))),
      h('p', { class: 'row noprint' },
        h('button', { type: 'button', onclick: () => this.download(r.fileName, r.csv) }, k('csv')),
        h('button', { type: 'button', onclick: () => this.download(r.fileName.replace('.csv', '-ringkasan.csv'), r.summaryCsv) },
          k('summary')),
        h('button', { type: 'button', class: 'primary', onclick: () => pdf('report', k('pdf')) }, k('pdf')),
        h('button', { type: 'button', onclick: () => pdf('receipts', k('receipts')) }, k('receipts')),
        h('button', { type: 'button', onclick: () => pdf('bast', k('bast')) }, k('bast'))),
      h('h3', {}, k('unclaimed')),
      h('table', {}, h('tbody', {}, r.unclaimed.map((u) => h('tr', {}, h('td', {}, u.name), h('td', {}, u.kk),
        h('td', {}, `RT ${u.rt}/RW ${u.rw}`))))),
      r.replacedPbp.length ? [h('h3', {}, k('replaced')), h('table', {}, h('tbody', {}, r.replacedPbp.map((u) => h('tr', {},
        h('td', {}, u.name), h('td', {}, u.nik), h('td', {}, this.tx(T.reasons[u.reason] || { id: u.reason, en: u.reason }))))))]
        : null] : null];
  }
}

class CppInvitations extends CppScreen {
  static css = '.card { border-style: dashed; break-inside: avoid; } .qr { font-family: monospace; word-break: break-all; }';

  async detail(eventId) { return (await this.kiosk.operate('invitations', { eventId })).invitations; }

  body({ events, detail: cards }) {
    const k = (key) => this.key(key);
    return [h('div', { class: 'noprint' }, this.picker(events), h('p', { class: 'row' },
      this.eventId ? h('button', { type: 'button', class: 'primary',
        onclick: () => this.openPdf('invitations', { eventId: this.eventId }, k('invitation')) }, k('pdf')) : null,
      h('button', { type: 'button', onclick: () => window.print() }, k('print')))),
    (cards || []).map((c) => h('div', { class: 'card' }, h('strong', {}, k('invitation')),
      h('p', {}, `${c.name} · NIK ${c.nik} · KK ${c.kk}`, h('br'), `${c.address} RT ${c.rt}/RW ${c.rw}, ${c.kelurahan}`),
      h('p', {}, this.tx(c.text)), c.replace ? h('p', { class: 'error' }, this.tx(c.replace.message)) : null,
      h('p', { class: 'qr', 'data-qr': c.qr }, `${k('qrNote')}: ${c.qr}`)))];
  }
}

for (const [name, type] of [['cpp-desk', CppDesk], ['cpp-report', CppReport], ['cpp-invitations', CppInvitations]]) {
  if (!customElements.get(name)) customElements.define(name, type);
}
