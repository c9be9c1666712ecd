// The city tier's view of its kiosks (GET /api/city/kiosks): each kiosk's place, last contact, sync queue and every
// module's version and health by its heartbeat; and the module rollouts (GET /api/city/rollouts), ring by ring, with
// their kiosks done and failed, as an operator follows them; and the programs each kelurahan runs
// (PUT /api/city/kelurahan/{name}/programs), set here for the kelurahan of the registered kiosks.
import { h, add, clear } from '../dom.js';
import { t } from '../i18n.js';
import { api, errorMessages } from '../api.js';
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

const revisionText = set => set ? t('city.programsRevision', { revision: set.revision, at: formatDateTime(set.changedAt, prefs.lang), by: set.changedBy })
  : t('city.programsNotSet');

// one kelurahan: a switch per program the city knows, saved together; the kiosks there then run exactly these
function programsCard(kelurahan, kioskIds, known, set) {
  const on = new Set(set ? set.programs : known); // not set yet: the kiosks keep their own, every program offered
  const revision = h('p', { class: 'help' }, revisionText(set));
  const status = h('div', { class: 'row-status', 'aria-live': 'polite' });
  const flip = (button, code) => {
    if (on.has(code)) on.delete(code); else on.add(code);
    button.setAttribute('aria-checked', String(on.has(code)));
    button.lastChild.textContent = code + ' · ' + (on.has(code) ? t('modules.on') : t('modules.off'));
  };
  const switches = known.map(code => {
    const button = h('button', {
      type: 'button', class: 'switch btn-big', role: 'switch', 'aria-checked': String(on.has(code)), dataset: { program: code },
      'aria-label': t('city.programFor', { code, kelurahan }), onclick: () => flip(button, code)
    }, h('span', { class: 'knob', 'aria-hidden': 'true' }), h('span', null, code + ' · ' + (on.has(code) ? t('modules.on') : t('modules.off'))));
    return button;
  });
  const save = async ({ currentTarget: button }) => {
    const programs = known.filter(code => on.has(code));
    button.disabled = true; // one press, one revision
    add(clear(status), h('p', { class: 'loading' }, t('common.working')));
    try {
      const saved = await api('/api/city/kelurahan/' + encodeURIComponent(kelurahan) + '/programs', { method: 'PUT', body: { programs } });
      revision.textContent = revisionText(saved);
      add(clear(status), h('p', { class: 'notice', role: 'status' }, t('city.programsSaved', {
        kelurahan: saved.kelurahan, programs: saved.programs.join(', ') || t('city.programsNoProgram'), revision: saved.revision })));
    } catch (e) {
      add(clear(status), h('div', { class: 'alert', role: 'alert' }, h('strong', null, t('city.programsRefused')), ' ', errorMessages(e).join(' ')));
    } finally {
      button.disabled = false;
    }
  };
  return h('section', { class: 'card', id: 'programs-' + kelurahan.replace(/[^A-Za-z0-9]+/g, '-'), dataset: { kelurahan } },
    h('h3', null, t('city.programsOf', { kelurahan, kiosks: kioskIds.join(', ') })), revision,
    h('div', { class: 'actions' }, switches),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-primary', onclick: save }, t('city.programsSave', { kelurahan }))),
    status);
}

// the kelurahan come from the city's registry of kiosk sites; the programs it knows from its module store and heartbeats
async function programsSection(kiosks, jars) {
  const places = new Map();
  for (const k of kiosks.filter(k => k.registered && k.kelurahan)) places.set(k.kelurahan, [...(places.get(k.kelurahan) || []), k.kiosk]);
  const known = [...new Set([...jars.map(j => j.code), ...kiosks.flatMap(k => (k.modules || []).map(m => m.code))])].sort();
  if (!places.size || !known.length) return h('p', { class: 'card' }, t('city.programsNone'));
  const sets = await Promise.all([...places.keys()].map(name => api('/api/city/kelurahan/' + encodeURIComponent(name) + '/programs')
    .catch(e => { if (e.status === 404) return null; throw e; })));
  return [...places].map(([name, ids], i) => programsCard(name, ids, known, sets[i]));
}

export async function cityView(root, params, ctx) {
  const [kiosks, rollouts, jars] = await Promise.all([api('/api/city/kiosks'), api('/api/city/rollouts').catch(() => ({ rollouts: [] })),
    api('/api/city/modules').catch(() => ({ modules: [] }))]);
  const programs = await programsSection(kiosks.kiosks, jars.modules);
  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.city')), h('p', { class: 'help' }, t('city.intro')),
    kiosks.kiosks.length ? table('city-kiosks', [t('city.kiosk'), t('city.place'), t('sync.lastContact'), t('city.sync'), t('city.modules')],
      kiosks.kiosks.map(kioskRow)) : h('p', { class: 'card' }, t('city.none')),
    h('h2', null, t('city.rollouts')),
    rollouts.rollouts.length ? rollouts.rollouts.map(rolloutCard) : h('p', { class: 'card' }, t('city.noRollouts')),
    h('h2', null, t('city.programs')), h('p', { class: 'help' }, t('city.programsIntro')), programs);
}
