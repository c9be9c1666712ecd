// TKSK worklist: filters (program, kecamatan and kelurahan, state, overdue), CSV export, claims in conflict across
// kiosks (city tier), and case detail with transitions.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { api, blobUrl, errorMessages } from '../api.js';
import { getCatalog } from '../catalog.js';
import { prefs, session, trackUrl } from '../state.js';
import { formatDate, formatDateTime } from '../format.js';
import { navigate, rerender } from '../router.js';
import { viewBlob } from '../dialog.js';
import { caseSummary, historyList } from '../views/track.js';

function filterState() {
  if (!session.forms.has('worklist')) session.forms.set('worklist', { program: '', kecamatan: '', kelurahan: '', state: '', overdue: false });
  return session.forms.get('worklist');
}

function query(filters) {
  const q = new URLSearchParams();
  if (filters.program) q.set('program', filters.program);
  if (filters.kecamatan) q.set('kecamatan', filters.kecamatan);
  if (filters.kelurahan) q.set('kelurahan', filters.kelurahan);
  if (filters.state) q.set('state', filters.state);
  if (filters.overdue) q.set('overdue', 'true');
  const s = q.toString();
  return s ? '?' + s : '';
}

export function downloadLink(label, path, fileName) {
  const link = h('a', { class: 'btn btn-big', href: path, download: fileName }, icon('file'), label);
  link.addEventListener('click', async e => {
    if (link.dataset.ready) return;
    e.preventDefault();
    try {
      link.href = trackUrl(await blobUrl(path));
      link.dataset.ready = '1';
      link.click();
    } catch (err) {
      link.after(h('div', { class: 'alert', role: 'alert' }, errorMessages(err).join(' ')));
    }
  });
  return link;
}

export async function worklistView(root, params, ctx) {
  const filters = filterState();
  const answer = await api('/api/worklist' + query(filters));
  if (!ctx.isCurrent()) return;
  const cases = Array.isArray(answer) ? answer : (answer && answer.cases) || [];
  const conflicts = await claimConflicts(filters);
  if (!ctx.isCurrent()) return;
  // the city tier's cases carry their kecamatan and kiosk; a kiosk's own do not, and shows no such filter
  const city = cases.some(c => c.kecamatan) || !!filters.kecamatan;
  const kecamatans = [...new Set(cases.map(c => c.kecamatan).filter(Boolean).concat(filters.kecamatan ? [filters.kecamatan] : []))].sort();
  const kecamatanSelect = h('select', { id: 'wl-kec' }, h('option', { value: '' }, t('worklist.all')),
    kecamatans.map(k => h('option', { value: k, selected: filters.kecamatan === k }, k)));
  const programSelect = h('select', { id: 'wl-program' }, h('option', { value: '' }, t('worklist.all')),
    getCatalog().programs.map(p => h('option', { value: p.code, selected: filters.program === p.code }, p.name)));
  const kelurahans = [...new Set(cases.map(c => c.kelurahan).filter(Boolean).concat(filters.kelurahan ? [filters.kelurahan] : []))].sort();
  const kelurahanSelect = h('select', { id: 'wl-kel' }, h('option', { value: '' }, t('worklist.all')),
    kelurahans.map(k => h('option', { value: k, selected: filters.kelurahan === k }, k)));
  const states = new Map(cases.map(c => [c.state, c.stateLabel || c.state]));
  if (filters.state && !states.has(filters.state)) states.set(filters.state, filters.state);
  const stateSelect = h('select', { id: 'wl-state' }, h('option', { value: '' }, t('worklist.all')),
    [...states].map(([value, label]) => h('option', { value, selected: filters.state === value }, label)));
  const overdue = h('button', { type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(filters.overdue), id: 'wl-overdue' },
    h('span', { class: 'knob', 'aria-hidden': 'true' }), t('worklist.overdueOnly'));
  overdue.addEventListener('click', () => { filters.overdue = !filters.overdue; rerender(); });
  for (const [select, key] of [[programSelect, 'program'], [kecamatanSelect, 'kecamatan'], [kelurahanSelect, 'kelurahan'], [stateSelect, 'state']]) {
    select.addEventListener('change', () => { filters[key] = select.value; rerender(); });
  }
  add(root, h('h1', null, t('menu.worklist')),
    h('div', { class: 'toolbar', role: 'search' },
      h('label', { for: 'wl-program' }, t('worklist.program'), programSelect),
      city ? h('label', { for: 'wl-kec' }, t('worklist.kecamatan'), kecamatanSelect) : null,
      h('label', { for: 'wl-kel' }, t('worklist.kelurahan'), kelurahanSelect),
      h('label', { for: 'wl-state' }, t('worklist.state'), stateSelect),
      overdue,
      downloadLink(t('worklist.csv'), '/api/worklist.csv' + query(filters), 'worklist.csv'),
      // full NIK and KK for the kelurahan's SIKS-NG operator: Kasi Kesos only
      ['KASI_KESOS', 'ADMIN'].includes(session.user.role) ? downloadLink(t('worklist.siksNg'), '/api/worklist/siks-ng.csv', 'siks-ng-usulan.csv') : null),
    conflicts.length ? conflictList(conflicts) : null,
    h('p', { role: 'status' }, t('worklist.count', { n: cases.length })),
    cases.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('caption', { class: 'sr-only' }, t('menu.worklist')),
      h('thead', null, h('tr', null, [t('worklist.tracking'), t('receipt.service'), t('worklist.kelurahan'), t('receipt.state'), t('track.created'), t('track.due')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', null, cases.map(c => h('tr', null,
        h('td', null, h('button', { type: 'button', class: 'btn', onclick: () => navigate('/staff/case/' + encodeURIComponent(c.tracking)) }, c.tracking)),
        h('td', null, c.serviceTitle || c.service || '', h('div', { class: 'muted' }, c.programName || c.program || '')),
        h('td', null, c.kelurahan || '', c.kiosk ? h('div', { class: 'muted' }, (c.kecamatan || '') + ' · ' + c.kiosk) : null),
        h('td', null, c.stateLabel || c.state || ''),
        h('td', null, formatDateTime(c.createdAt, prefs.lang)),
        h('td', null, formatDateTime(c.dueAt, prefs.lang), c.overdue ? h('div', { class: 'badge bad' }, icon('clock'), t('track.overdue')) : null)))))) : h('p', { class: 'card' }, t('worklist.none')));
}

/** Later claims of a household another kiosk's case holds (city tier); none at a kiosk. */
async function claimConflicts(filters) {
  const q = new URLSearchParams();
  if (filters.kecamatan) q.set('kecamatan', filters.kecamatan);
  if (filters.kelurahan) q.set('kelurahan', filters.kelurahan);
  try {
    const answer = await api('/api/city/conflicts' + (q.toString() ? '?' + q : ''));
    return (answer && answer.conflicts) || [];
  } catch (e) {
    return [];
  }
}

function conflictList(conflicts) {
  const open = tracking => h('button', { type: 'button', class: 'btn', onclick: () => navigate('/staff/case/' + encodeURIComponent(tracking)) }, tracking);
  return h('section', { class: 'card', 'aria-labelledby': 'wl-conflicts' },
    h('h2', { id: 'wl-conflicts' }, icon('warning'), t('worklist.conflicts')),
    h('p', null, t('worklist.conflictsHelp')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('thead', null, h('tr', null, [t('worklist.tracking'), t('worklist.kiosk'), t('worklist.conflictHeld'), t('worklist.kelurahan')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', null, conflicts.map(c => h('tr', null,
        h('td', null, open(c.tracking)),
        h('td', null, c.kiosk || ''),
        h('td', null, open(c.heldBy), h('div', { class: 'muted' }, c.heldKiosk || '')),
        h('td', null, c.kelurahan || '', h('div', { class: 'muted' }, c.kecamatan || ''))))))));
}

/** The service's form fields by name (for choice labels); empty when the service is gone. */
async function formFields(found) {
  if (!found.program || !found.service) return {};
  try {
    const service = await api('/api/programs/' + encodeURIComponent(found.program) + '/services/' + encodeURIComponent(found.service));
    return Object.fromEntries((service.form || []).map(f => [f.name, f]));
  } catch (e) {
    return {};
  }
}

/** Answers as the host sends them ({label, type, value} per field, NIK/KK already masked), shown as words. */
function dataList(data, fields) {
  const entries = Object.entries(data || {});
  if (!entries.length) return null;
  return h('dl', { class: 'kv' }, entries.map(([name, v]) => {
    const item = v && typeof v === 'object' && !Array.isArray(v) ? v : { value: v };
    const field = fields[name] || {};
    const type = item.type || field.type;
    let shown = item.value === null || item.value === undefined ? '' : String(item.value);
    if (type === 'CHOICE' || type === 'MULTI') {
      shown = shown.split(',').map(code => ((field.choices || []).find(c => c.value === code) || { label: code }).label).join(', ');
    } else if (type === 'YES_NO') {
      shown = shown === 'true' ? t('common.yes') : shown === 'false' ? t('common.no') : shown;
    } else if (type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(shown)) {
      shown = formatDate(shown, prefs.lang);
    }
    return [h('dt', null, item.label || field.label || name), h('dd', null, shown || t('form.empty'))];
  }));
}

export async function caseDetailView(root, params, ctx) {
  const tracking = params.tracking;
  const found = await api('/api/cases/' + encodeURIComponent(tracking) + '/detail');
  const fields = await formFields(found);
  if (!ctx.isCurrent()) return;
  const status = h('div', { role: 'status' });
  const note = h('textarea', { id: 'tr-note', class: 'entry', rows: '3' });
  const transitions = (found.transitions || []).map(tr => h('button', {
    type: 'button', class: 'btn-primary', onclick: async e => {
      clear(status);
      if (tr.noteRequired && !note.value.trim()) {
        add(status, h('p', { class: 'field-error' }, t('case.noteRequired', { action: tr.label })));
        note.focus();
        return;
      }
      e.currentTarget.disabled = true;
      try {
        await api('/api/cases/' + encodeURIComponent(tracking) + '/transitions', { method: 'POST', body: { transition: tr.id, note: note.value.trim() } });
        await rerender();
      } catch (err) {
        e.currentTarget.disabled = false;
        add(status, h('div', { class: 'alert', role: 'alert' }, errorMessages(err).join(' ')));
      }
    }
  }, tr.label, tr.noteRequired ? ' (' + t('case.withNote') + ')' : ''));
  const attachments = found.attachments || [];
  add(root, h('h1', null, t('case.title', { tracking })),
    h('div', { class: 'card' }, caseSummary(found)),
    found.notice ? h('p', { class: 'notice', id: 'case-notice' }, found.notice) : null,
    found.data ? h('div', { class: 'card' }, h('h2', null, t('case.data')), dataList(found.data, fields)) : null,
    attachments.length ? h('div', { class: 'card' }, h('h2', null, t('case.attachments')),
      h('ul', null, attachments.map(a => {
        const id = typeof a === 'string' ? a : a.id;
        const label = (a.name || a.field || id) + (a.contentType ? ' (' + a.contentType + ')' : '');
        return h('li', null, h('button', {
          type: 'button', class: 'btn', onclick: () => viewBlob(label, () => blobUrl('/api/attachments/' + encodeURIComponent(id))).catch(err => add(status, h('div', { class: 'alert' }, errorMessages(err).join(' '))))
        }, icon('file'), label));
      }))) : null,
    h('h2', null, t('track.history')), historyList(found.history),
    transitions.length ? h('div', { class: 'card' }, h('h2', null, t('case.transitions')),
      h('label', { for: 'tr-note' }, t('case.note')), note, h('div', { class: 'actions' }, transitions)) : h('p', null, t('case.noTransitions')),
    status);
}
