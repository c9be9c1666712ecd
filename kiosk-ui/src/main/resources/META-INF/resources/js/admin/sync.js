// The kiosk's way to the city (GET /api/admin/sync): changes waiting to be sent, the oldest one's age, the last contact,
// whether the broker answers and audit entries not yet sent; and, once the oldest change is too old, that new filings
// are refused until the kiosk reaches the city again.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { prefs } from '../state.js';
import { formatDateTime } from '../format.js';

function age(seconds) {
  const s = Number(seconds) || 0;
  if (s >= 86400) return t('sync.days', { n: Math.floor(s / 86400) });
  if (s >= 3600) return t('sync.hours', { n: Math.floor(s / 3600) });
  return t('sync.minutes', { n: Math.floor(s / 60) });
}

export async function syncView(root, params, ctx) {
  const state = await api('/api/admin/sync');
  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.sync')), h('p', { class: 'help' }, t('sync.intro', { kiosk: state.kiosk })));
  if (!state.relaying) {
    add(root, h('p', { class: 'card' }, t('sync.island')));
    return;
  }
  const row = (label, value, id) => [h('dt', null, label), h('dd', { id }, value)];
  add(root,
    state.refusingFilings ? h('div', { class: 'alert', role: 'alert', id: 'sync-refusing' }, t('sync.refusing', { days: state.offlineMaxDays })) : null,
    h('div', { class: 'card' }, h('dl', { class: 'kv' },
      row(t('sync.queued'), String(state.queued), 'sync-queued'),
      row(t('sync.oldest'), state.queued ? age(state.oldestQueuedSeconds) : t('sync.nothing'), 'sync-oldest'),
      row(t('sync.lastContact'), state.lastContactAt ? formatDateTime(state.lastContactAt, prefs.lang) : t('sync.never'), 'sync-contact'),
      row(t('sync.broker'), state.brokerReachable ? t('sync.reachable') : t('sync.unreachable'), 'sync-broker'),
      row(t('sync.auditUnsent'), String(state.auditUnsent), 'sync-audit'),
      row(t('sync.limit'), t('sync.days', { n: state.offlineMaxDays }), 'sync-limit'))));
}
