// The city tier's view of its kiosks (GET /api/city/kiosks): each kiosk's place, last contact, sync queue and every
// module's version and health by its heartbeat; and the module rollouts (GET /api/city/rollouts), ring by ring, with
// their kiosks done and failed, as an operator follows them; and the programs each kelurahan runs
// (GET /api/city/kelurahan-programs, all at once), set here (PUT …/programs) or handed back (DELETE …/programs).
import { h, add, clear } from '../dom.js';
import { t } from '../i18n.js';
import { api, errorMessages } from '../api.js';
import { prefs } from '../state.js';
import { formatDateTime } from '../format.js';
import { confirmDialog } from '../dialog.js';

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

const revisionText = set => !set ? t('city.programsNotSet') : t(set.managed ? 'city.programsRevision' : 'city.programsReleased',
  { revision: set.revision, at: formatDateTime(set.changedAt, prefs.lang), by: set.changedBy });

// one kelurahan: a switch per program the city knows, saved together; the kiosks there then run exactly these until
// the city hands the kelurahan back (DELETE), after which they keep what they run and their own admin switches again
function programsCard(place, known) {
  const { kelurahan } = place;
  let set = place.revision ? place : null;
  const on = new Set(set && set.managed ? set.programs : known.map(p => p.code)); // not set: every program offered
  const revision = h('p', { class: 'help' }, revisionText(set));
  const status = h('div', { class: 'row-status', 'aria-live': 'polite' });
  const label = p => (p.name ? p.name + ' (' + p.code + ')' : p.code) + ' · ' + (on.has(p.code) ? t('modules.on') : t('modules.off'));
  const flip = (button, p) => {
    if (on.has(p.code)) on.delete(p.code); else on.add(p.code);
    button.setAttribute('aria-checked', String(on.has(p.code)));
    button.lastChild.textContent = label(p);
  };
  const switches = known.map(p => {
    const button = h('button', {
      type: 'button', class: 'switch btn-big', role: 'switch', 'aria-checked': String(on.has(p.code)), dataset: { program: p.code },
      'aria-label': t('city.programFor', { code: p.name || p.code, kelurahan }), onclick: () => flip(button, p)
    }, h('span', { class: 'knob', 'aria-hidden': 'true' }), h('span', null, label(p)));
    return button;
  });
  const decided = now => {
    set = now;
    revision.textContent = revisionText(now);
    handBack.hidden = !now.managed;
  };
  const send = async (button, request, done, refused) => {
    button.disabled = true; // one press, one revision
    add(clear(status), h('p', { class: 'loading' }, t('common.working')));
    try {
      const now = await request();
      decided(now);
      add(clear(status), h('p', { class: 'notice', role: 'status' }, done(now)));
    } catch (e) {
      add(clear(status), h('div', { class: 'alert', role: 'alert' }, h('strong', null, t(refused)), ' ', errorMessages(e).join(' ')));
    } finally {
      button.disabled = false;
    }
  };
  const url = '/api/city/kelurahan/' + encodeURIComponent(kelurahan) + '/programs';
  const save = ({ currentTarget: button }) => send(button,
    () => api(url, { method: 'PUT', body: { programs: known.map(p => p.code).filter(code => on.has(code)) } }),
    saved => t('city.programsSaved', { kelurahan: saved.kelurahan, programs: saved.programs.join(', ') || t('city.programsNoProgram'), revision: saved.revision }),
    'city.programsRefused');
  const giveBack = async ({ currentTarget: button }) => {
    if (!await confirmDialog(t('city.programsHandBackTitle', { kelurahan }), t('city.programsHandBackText'), t('city.programsHandBack'), { danger: true })) return;
    await send(button, () => api(url, { method: 'DELETE' }),
      back => t('city.programsHandedBack', { kelurahan: back.kelurahan, revision: back.revision }), 'city.programsHandBackRefused');
  };
  const handBack = h('button', { type: 'button', class: 'btn', dataset: { action: 'hand-back' }, hidden: !(set && set.managed), onclick: giveBack },
    t('city.programsHandBack'));
  return h('section', { class: 'card', id: 'programs-' + kelurahan.replace(/[^A-Za-z0-9]+/g, '-'), dataset: { kelurahan } },
    h('h3', null, t('city.programsOf', { kelurahan, kiosks: place.kiosks.join(', ') || '–' })), revision,
    h('div', { class: 'actions' }, switches),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-primary', onclick: save }, t('city.programsSave', { kelurahan })), handBack),
    status);
}

// every kelurahan in one answer: those of the registered kiosks and those the city set or handed back, with the
// programs the city knows (named where its own modules answered a name)
async function programsSection() {
  const all = await api('/api/city/kelurahan-programs');
  if (!all.kelurahan.length || !all.programs.length) return h('p', { class: 'card' }, t('city.programsNone'));
  return all.kelurahan.map(place => programsCard(place, all.programs));
}

export async function cityView(root, params, ctx) {
  const [kiosks, rollouts] = await Promise.all([api('/api/city/kiosks'), api('/api/city/rollouts').catch(() => ({ rollouts: [] }))]);
  const programs = await programsSection();
  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.city')), h('p', { class: 'help' }, t('city.intro')),
    kiosks.kiosks.length ? table('city-kiosks', [t('city.kiosk'), t('city.place'), t('sync.lastContact'), t('city.sync'), t('city.modules')],
      kiosks.kiosks.map(kioskRow)) : h('p', { class: 'card' }, t('city.none')),
    h('h2', null, t('city.rollouts')),
    rollouts.rollouts.length ? rollouts.rollouts.map(rolloutCard) : h('p', { class: 'card' }, t('city.noRollouts')),
    h('h2', null, t('city.programs')), h('p', { class: 'help' }, t('city.programsIntro')), programs);
}
