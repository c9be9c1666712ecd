// CPP staff screens: <cpp-desk> (events, list import, hand-over), <cpp-report>, <cpp-invitations>.
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

const STYLE = `
  cpp-desk, cpp-report, cpp-invitations { display: block; color: var(--fg); font-size: inherit; }
  .cpp section { margin: 0 0 24px; }
  .cpp label { display: block; margin: 8px 0; }
  .cpp input, .cpp select { font: inherit; min-height: 48px; padding: 0 12px; border: 2px solid var(--fg);
    border-radius: var(--radius, 8px); max-width: 100%; }
  .cpp button { font: inherit; min-height: 48px; padding: 0 20px; margin: 4px 8px 4px 0; border: 0;
    border-radius: var(--radius, 8px); background: var(--accent); color: var(--accent-fg); }
  .cpp button.primary { min-height: 64px; font-weight: bold; }
  .cpp .ok { color: var(--ok); font-weight: bold; } .cpp .bad { color: var(--danger); font-weight: bold; }
  .cpp .muted { color: var(--muted); }
  .cpp table { border-collapse: collapse; } .cpp td, .cpp th { padding: 6px 10px; border-bottom: 1px solid var(--muted); text-align: left; }
  .cpp .card { border: 2px dashed var(--fg); padding: 16px; margin: 12px 0; break-inside: avoid; }
  .cpp .qr { font-family: monospace; font-size: 0.9em; word-break: break-all; }
  @media print { .cpp .noprint { display: none; } }
`;

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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

class CppScreen extends HTMLElement {
  static get observedAttributes() { return ['lang']; }
  constructor() { super(); this.events = []; this.eventId = null; this.message = null; }
  get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'id'; }
  t(key) { return T[key][this.lang]; }
  pick(text) { return text ? text[this.lang] : ''; }
  attributeChangedCallback() { if (this.isConnected) this.render(); }
  async connectedCallback() { await this.loadEvents(); }

  async loadEvents() {
    try {
      this.events = (await this.operate('events', {})).events;
      if (!this.eventId && this.events.length) this.eventId = this.events[0].id;
    } catch (p) { this.fail(p); }
    await this.loadDetail();
    this.render();
  }

  async loadDetail() {}

  operate(op, input) {
    return (this.kiosk.operate || this.kiosk.operation)(op, input);
  }

  // POSTs the operation to the host's /pdf endpoint (A4 PDF of its `document`) and opens the PDF; the shell's api()
  // sends the staff token, a plain fetch is the fallback.
  async openPdf(op, input) {
    this.message = null;
    const path = `/api/programs/${encodeURIComponent(this.kiosk.program || 'CPP')}/operations/${op}/pdf`;
    try {
      const response = this.kiosk.api
        ? await this.kiosk.api(path, { method: 'POST', body: input, raw: true })
        : await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      if (!response.ok) throw new Error(response.statusText);
      const url = URL.createObjectURL(await response.blob());
      window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (p) {
      this.fail(p.problem || p);
      this.render();
    }
  }

  fail(problem) {
    this.message = { bad: true, text: (problem && (problem.detail || problem.title)) || String(problem) };
  }

  async call(op, input, after) {
    this.message = null;
    try {
      const answer = await this.operate(op, input);
      if (after) await after(answer);
    } catch (p) { this.fail(p); }
    this.render();
    if (this.message && this.kiosk.speak) this.kiosk.speak(this.message.text);
  }

  picker() {
    if (!this.events.length) return `<p class="muted">${this.t('none')}</p>`;
    return `<label>${this.t('event')} <select data-pick>${this.events.map((e) => `<option value="${esc(e.id)}"
      ${e.id === this.eventId ? 'selected' : ''}>${esc(e.id)} · ${esc(this.pick(e.day))} · ${esc(e.place)}</option>`).join('')}
      </select></label>`;
  }

  notice() {
    return this.message ? `<p role="alert" class="${this.message.bad ? 'bad' : 'ok'}">${esc(this.message.text)}</p>` : '';
  }

  wire() {
    const pick = this.querySelector('[data-pick]');
    if (pick) pick.addEventListener('change', async () => { this.eventId = pick.value; await this.loadDetail(); this.render(); });
    this.querySelectorAll('form[data-op]').forEach((form) => form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit(form.dataset.op, Object.fromEntries(new FormData(form)), e.submitter, form);
    }));
    const done = this.querySelector('[data-done]');
    if (done) done.addEventListener('click', () => this.kiosk.done());
  }

  frame(body) {
    this.innerHTML = `<style>${STYLE}</style><div class="cpp">${body}
      <p class="noprint"><button type="button" data-done>${this.t('done')}</button></p></div>`;
    this.wire();
  }
}

class CppDesk extends CppScreen {
  async submit(op, data, submitter, form) {
    if (op === 'create-event') {
      await this.call(op, { date: data.date, place: data.place, kgPerHousehold: Number(data.kg),
        stockKg: Number(data.stock || 0) }, async (e) => { this.eventId = e.id; await this.loadEvents(); });
    } else if (op === 'receive-stock') {
      await this.call(op, { eventId: this.eventId, kg: Number(data.kg) }, () => this.loadEvents());
    } else if (op === 'import') {
      const file = form.querySelector('input[type=file]').files[0];
      if (!file) return;
      const rows = parseCsv(await file.text());
      await this.call(op, { eventId: this.eventId, rows }, async (r) => {
        this.message = { bad: r.rejected.length > 0, text: `${this.t('imported')}: ${r.accepted}. ${this.t('rejected')}: `
          + `${r.rejected.length}${r.rejected.map((x) => ` [${x.row}: ${this.pick(x.reason)}]`).join('')}` };
        await this.loadEvents();
      });
    } else if (op === 'claim') {
      const code = (data.code || '').trim();
      const input = { eventId: this.eventId };
      if (/^CPP2?\|/.test(code)) input.qr = code; else input[submitter?.value === 'kk' ? 'kk' : 'nik'] = code;
      for (const k of ['pickupNik', 'pickupName', 'relation', 'proof']) if (data[k]) input[k] = data[k].trim();
      for (const k of ['kkChecked', 'suratKuasa']) if (data[k]) input[k] = true;
      await this.call('claim', input, async (r) => {
        this.message = r.handedOver
          ? { bad: false, text: `${this.t('given')}: ${r.kg} kg · ${r.name} (${r.kk}) · ${this.t('remaining')}: ${r.remainingKg} kg` }
          : { bad: true, text: this.pick(r.message) };
        if (r.handedOver) form.reset();
        await this.loadEvents();
      });
    } else if (op === 'replace') {
      const input = { eventId: this.eventId, kk: (data.kk || '').trim(), reason: data.reason };
      if ((data.reserveKk || '').trim()) input.reserveKk = data.reserveKk.trim();
      else Object.assign(input, { nik: (data.nik || '').trim(), name: (data.name || '').trim(), kkChecked: !!data.kkChecked });
      await this.call('replace', input, async (r) => {
        this.message = { bad: false, text: `${this.t('replaced')}: ${r.replacedName} (${r.replaced}) → ${r.name} (${r.nik})` };
        form.reset();
        await this.loadEvents();
      });
    }
  }

  render() {
    const e = this.events.find((x) => x.id === this.eventId);
    this.frame(`
      <section><h2>${this.t('handover')}</h2>${this.picker()}
        ${e ? `<p>${this.t('received')}: ${e.stockReceivedKg} kg · ${this.t('remaining')}: <b>${e.remainingKg} kg</b> ·
          ${this.t('households')}: ${e.households} · ${this.t('claimed')}: ${e.claimedHouseholds}</p>
        <form data-op="claim" autocomplete="off">
          <label>${this.t('code')}<br><input name="code" required size="34" autofocus></label>
          <label>${this.t('pickup')}<br><input name="pickupNik" inputmode="numeric" maxlength="16" size="18"></label>
          <label>${this.t('pickupName')} <input name="pickupName" size="16"> ${this.t('relation')} <input name="relation" size="10"></label>
          <label><input type="checkbox" name="kkChecked"> ${this.t('kkChecked')}</label>
          <label><input type="checkbox" name="suratKuasa"> ${this.t('suratKuasa')}</label>
          <label>${this.t('proof')} <select name="proof" required>${Object.keys(T.proofs).map((k) =>
            `<option value="${k}">${esc(this.pick(T.proofs[k]))}</option>`).join('')}</select></label>
          <button class="primary" name="by" value="nik">${this.t('byNik')} · ${this.t('give')}</button>
          <button class="primary" name="by" value="kk">${this.t('byKk')} · ${this.t('give')}</button>
        </form>` : ''}
        ${this.notice()}</section>
      ${e && this.kiosk.role !== 'PSM' ? `<section class="noprint"><h3>${this.t('replaceTitle')}</h3>
        <form data-op="replace" autocomplete="off">
          <label>${this.t('replaceKk')}<br><input name="kk" inputmode="numeric" maxlength="16" size="18" required></label>
          <label>${this.t('reason')} <select name="reason">${Object.keys(T.reasons).map((k) =>
            `<option value="${k}">${esc(this.pick(T.reasons[k]))}</option>`).join('')}</select></label>
          <label>${this.t('newNik')}<br><input name="nik" inputmode="numeric" maxlength="16" size="18"></label>
          <label>${this.t('newName')} <input name="name" size="24"></label>
          <label><input type="checkbox" name="kkChecked"> ${this.t('newKkChecked')}</label>
          <label>${this.t('reserveKk')}<br><input name="reserveKk" inputmode="numeric" maxlength="16" size="18"></label>
          <button>${this.t('save')}</button></form></section>` : ''}
      ${e ? `<section class="noprint"><form data-op="receive-stock"><label>${this.t('addStock')}
        <input name="kg" type="number" min="1" required size="8"></label><button>${this.t('save')}</button></form>
        <form data-op="import"><label>${this.t('importList')}<br><input type="file" accept=".csv,text/csv"></label>
        <button>${this.t('save')}</button></form></section>` : ''}
      <section class="noprint"><h3>${this.t('create')}</h3><form data-op="create-event">
        <label>${this.t('date')} <input name="date" type="date" required></label>
        <label>${this.t('place')} <input name="place" required maxlength="120" size="30"></label>
        <label>${this.t('kgHh')} <input name="kg" type="number" min="1" max="100" value="10" required></label>
        <label>${this.t('stock')} <input name="stock" type="number" min="0" value="0"></label>
        <button>${this.t('save')}</button></form></section>`);
  }
}

class CppReport extends CppScreen {
  async loadDetail() {
    this.report = null;
    if (this.eventId) await this.call('report', { eventId: this.eventId }, (r) => { this.report = r; });
  }

  download(name, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' }));
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  submit() {}

  render() {
    const r = this.report;
    this.frame(`<h2>${this.t('event')}</h2>${this.picker()}${this.notice()}
      ${r ? `<table><tr><th>${this.t('received')}</th><td>${r.stockReceivedKg} kg</td></tr>
        <tr><th>${this.t('handedOut')}</th><td>${r.handedOutKg} kg</td></tr>
        <tr><th>${this.t('remaining')}</th><td>${r.remainingKg} kg</td></tr>
        <tr><th>${this.t('households')}</th><td>${r.households}</td></tr>
        <tr><th>${this.t('claimed')}</th><td>${r.claimedHouseholds}</td></tr>
        <tr><th>${this.t('unclaimed')}</th><td>${r.unclaimedHouseholds}</td></tr></table>
        <p class="noprint"><button type="button" data-csv>${this.t('csv')}</button>
        <button type="button" data-summary>${this.t('summary')}</button>
        <button type="button" class="primary" data-pdf>${this.t('pdf')}</button>
        <button type="button" data-receipts>${this.t('receipts')}</button>
        <button type="button" data-bast>${this.t('bast')}</button></p>
        <h3>${this.t('unclaimed')}</h3><table>${r.unclaimed.map((u) => `<tr><td>${esc(u.name)}</td><td>${esc(u.kk)}</td>
          <td>RT ${esc(u.rt)}/RW ${esc(u.rw)}</td></tr>`).join('')}</table>
        ${r.replacedPbp.length ? `<h3>${this.t('replaced')}</h3><table>${r.replacedPbp.map((u) => `<tr><td>${esc(u.name)}</td>
          <td>${esc(u.nik)}</td><td>${esc(this.pick(T.reasons[u.reason] || { id: u.reason, en: u.reason }))}</td></tr>`).join('')}</table>` : ''}` : ''}`);
    if (r) {
      this.querySelector('[data-csv]').addEventListener('click', () => this.download(r.fileName, r.csv));
      this.querySelector('[data-summary]').addEventListener('click',
        () => this.download(r.fileName.replace('.csv', '-ringkasan.csv'), r.summaryCsv));
      this.querySelector('[data-pdf]').addEventListener('click', () => this.openPdf('report', { eventId: this.eventId }));
      this.querySelector('[data-receipts]').addEventListener('click', () => this.openPdf('receipts', { eventId: this.eventId }));
      this.querySelector('[data-bast]').addEventListener('click', () => this.openPdf('bast', { eventId: this.eventId }));
    }
  }
}

class CppInvitations extends CppScreen {
  async loadDetail() {
    this.cards = [];
    if (this.eventId) await this.call('invitations', { eventId: this.eventId }, (r) => { this.cards = r.invitations; });
  }

  submit() {}

  render() {
    this.frame(`<div class="noprint">${this.picker()}<button type="button" class="primary" data-pdf>${this.t('pdf')}</button>
      <button type="button" data-print>${this.t('print')}</button></div>
      ${this.notice()}
      ${(this.cards || []).map((c) => `<div class="card"><b>${this.t('invitation')}</b>
        <p>${esc(c.name)} · NIK ${esc(c.nik)} · KK ${esc(c.kk)}<br>${esc(c.address)} RT ${esc(c.rt)}/RW ${esc(c.rw)}, ${esc(c.kelurahan)}</p>
        <p>${esc(this.pick(c.text))}</p>${c.replace ? `<p class="bad">${esc(this.pick(c.replace.message))}</p>` : ''}
        <p class="qr" data-qr="${esc(c.qr)}">${this.t('qrNote')}: ${esc(c.qr)}</p></div>`).join('')}`);
    const print = this.querySelector('[data-print]');
    if (print) print.addEventListener('click', () => window.print());
    const pdf = this.querySelector('[data-pdf]');
    if (pdf && this.eventId) pdf.addEventListener('click', () => this.openPdf('invitations', { eventId: this.eventId }));
  }
}

for (const [name, type] of [['cpp-desk', CppDesk], ['cpp-report', CppReport], ['cpp-invitations', CppInvitations]]) {
  if (!customElements.get(name)) customElements.define(name, type);
}
