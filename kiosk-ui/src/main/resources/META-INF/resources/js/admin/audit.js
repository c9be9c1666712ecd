// Audit log (GET /api/admin/audit): who looked at or changed whose data, found by the resident's NIK, the officer
// or the day, to answer "who looked at my data?" (UU 27/2022); and the log's own check (GET /api/admin/audit/verify).
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { api, errorMessages } from '../api.js';
import { prefs } from '../state.js';
import { formatDateTime } from '../format.js';

function query(fields) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value) q.set(key, value);
  return q.toString();
}

function entriesTable(entries) {
  if (!entries.length) return h('p', { class: 'card' }, t('audit.none'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
    h('caption', { class: 'sr-only' }, t('menu.audit')),
    h('thead', null, h('tr', null, [t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.subject'), t('audit.detail')]
      .map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', null, entries.map(e => h('tr', null,
      h('td', null, formatDateTime(e.at, prefs.lang)), h('td', null, e.actor || ''), h('td', null, e.action || ''),
      h('td', null, e.subject || ''), h('td', null, e.detail || ''))))));
}

export async function auditView(root, params, ctx) {
  const nik = h('input', { id: 'au-nik', inputmode: 'numeric', autocomplete: 'off', maxlength: '16', pattern: '[0-9]{16}' });
  const actor = h('input', { id: 'au-actor', autocomplete: 'off' });
  const from = h('input', { id: 'au-from', type: 'date' });
  const to = h('input', { id: 'au-to', type: 'date' });
  const results = h('div', { role: 'status', 'aria-live': 'polite' });
  const search = async () => {
    add(clear(results), h('p', null, t('audit.searching')));
    try {
      const found = await api('/api/admin/audit?' + query({ nik: nik.value.replace(/\D/g, ''), actor: actor.value.trim(), from: from.value, to: to.value }));
      if (!results.isConnected) return;
      add(clear(results), h('p', null, t('audit.count', { n: found.entries.length })), entriesTable(found.entries));
    } catch (e) {
      add(clear(results), h('div', { class: 'alert' }, errorMessages(e).join(' ')));
    }
  };
  const verify = async () => {
    try {
      const v = await api('/api/admin/audit/verify');
      if (!results.isConnected) return;
      add(clear(results), v.intact ? h('p', { class: 'notice' }, t('audit.intact', { n: v.entries }))
        : h('div', { class: 'alert' }, t('audit.broken'), ' ', v.problem || ''));
    } catch (e) {
      add(clear(results), h('div', { class: 'alert' }, errorMessages(e).join(' ')));
    }
  };
  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.audit')), h('p', { class: 'help' }, t('audit.intro')),
    h('form', { class: 'toolbar', role: 'search', onsubmit: e => { e.preventDefault(); search(); } },
      h('label', { for: 'au-nik' }, t('audit.nik'), nik),
      h('label', { for: 'au-actor' }, t('audit.actor'), actor),
      h('label', { for: 'au-from' }, t('audit.from'), from),
      h('label', { for: 'au-to' }, t('audit.to'), to),
      h('button', { type: 'submit', class: 'btn-primary', id: 'au-search' }, t('audit.search')),
      h('button', { type: 'button', class: 'btn', id: 'au-verify', onclick: verify }, t('audit.verify'))),
    results);
}
