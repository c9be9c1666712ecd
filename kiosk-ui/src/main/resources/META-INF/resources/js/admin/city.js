// The city tier's view of its kiosks (GET /api/city/kiosks): each kiosk's place, last contact, sync queue and every
// module's version and health by its heartbeat; and the module rollouts (GET /api/city/rollouts), ring by ring, with
// their kiosks done and failed, as an operator follows them.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { prefs } from '../state.js';
import { formatDateTime } from '../format.js';

const table = (id, head, rows) => h('div', { class: 'table-wrap' }, h('table', { class: 'data', id },
  h('thead', null, h('tr', null, head.map(label => h('th', { scope: 'col' }, label)))),
  h('tbody', null, rows)));

const badge = (good, text) => h('span', { class: 'badge ' + (good ? 'ok' : 'bad') }, text);

function moduleCell(m) {
  const health = m.health === 'UP' ? badge(true, t('modules.up')) : m.health === 'DOWN' ? badge(false, t('modules.down'))
    : h('span', { class: 'badge' }, m.health ? t('modules.off') : t('city.notInstalled'));
  return h('li', null, m.code + ' ' + (m.version || '–') + ' ', health, m.problem ? h('small', null, ' ' + m.problem) : null);
}

function kioskRow(k) {
  const sync = k.sync;
  return h('tr', { id: 'city-kiosk-' + k.kiosk },
    h('th', { scope: 'row' }, k.kiosk),
    h('td', null, [k.kelurahan, k.kecamatan].filter(Boolean).join(', ') || '–', k.registered ? null : h('small', null, ' ' + t('city.unregistered'))),
    h('td', null, k.lastContactAt ? formatDateTime(k.lastContactAt, prefs.lang) : t('sync.never')),
    h('td', null, sync ? t('city.queue', { n: sync.queued }) + (sync.brokerReachable ? '' : ' · ' + t('sync.unreachable')) : '–'),
    h('td', null, k.modules ? h('ul', { class: 'plain' }, k.modules.map(moduleCell)) : t('city.noHeartbeat')));
}

function rolloutCard(r) {
  const ring = g => h('tr', null,
    h('th', { scope: 'row' }, (g.position + 1) + '. ' + g.name),
    h('td', null, t('city.ring.' + g.state)),
    h('td', null, t('city.counts', { done: g.done, failed: g.failed, total: g.total })),
    h('td', null, g.kiosks.map(k => k.kiosk + ' ' + t('city.kiosk.' + k.state)).join(', ') || '–'));
  return h('section', { class: 'card', id: 'rollout-' + r.id },
    h('h3', null, r.code + ' ' + r.version + ' · ' + t('city.rollout.' + r.state)),
    h('p', { class: 'help' }, t('city.threshold', { n: r.errorThreshold }), r.reason ? ' · ' + r.reason : ''),
    table(null, [t('city.ring'), t('city.state'), t('city.result'), t('city.kiosks')], r.rings.map(ring)));
}

export async function cityView(root, params, ctx) {
  const [kiosks, rollouts] = await Promise.all([api('/api/city/kiosks'), api('/api/city/rollouts').catch(() => ({ rollouts: [] }))]);
  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.city')), h('p', { class: 'help' }, t('city.intro')),
    kiosks.kiosks.length ? table('city-kiosks', [t('city.kiosk'), t('city.place'), t('sync.lastContact'), t('city.sync'), t('city.modules')],
      kiosks.kiosks.map(kioskRow)) : h('p', { class: 'card' }, t('city.none')),
    h('h2', null, t('city.rollouts')),
    rollouts.rollouts.length ? rollouts.rollouts.map(rolloutCard) : h('p', { class: 'card' }, t('city.noRollouts')));
}
