// Home: a handful of needs ("Cek status", "Ajukan bantuan", "Laporkan masalah", "Bantuan apa yang cocok?"), each
// opening a second screen with its services. The grouping comes from each service's kind (the SPI's ServiceKind), so
// the kiosk names no program; every entry says which program it belongs to. Both levels fit one portrait screen.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { getCatalog, visibleServices } from '../catalog.js';
import { canAssist, kiosk, session } from '../state.js';
import { navigate } from '../router.js';

export function serviceRoute(service) {
  if (service.kind === 'STATUS') return '/status?program=' + encodeURIComponent(service.program);
  if (service.screen && service.screen.element) return '/screen/' + encodeURIComponent(service.program) + '/' + encodeURIComponent(service.id);
  return '/service/' + encodeURIComponent(service.program) + '/' + encodeURIComponent(service.id);
}

const NEED_OF_KIND = {
  STATUS: 'status', DESK: 'status', APPLICATION: 'apply', PROPOSAL: 'apply', REPORT: 'report', COMPLAINT: 'report', OBJECTION: 'report'
};
const NEEDS = [
  { id: 'status', icon: 'check' },
  { id: 'apply', icon: 'file' },
  { id: 'report', icon: 'warning' },
  { id: 'staff', icon: 'user' }
];
const KIND_ICON = { STATUS: 'check', DESK: 'list', APPLICATION: 'file', PROPOSAL: 'user', REPORT: 'warning', COMPLAINT: 'flag', OBJECTION: 'cross' };

/** The need a service answers: what only staff may start is kept apart from what a resident sees. */
export function needOf(service) {
  return service.public ? (NEED_OF_KIND[service.kind] || 'status') : 'staff';
}

/** The kiosk's own entries of a need (all programs at once), before the programs' services. */
function kioskEntries(need) {
  if (need === 'status') {
    return [
      { title: t('home.status'), summary: t('home.statusSub'), icon: 'check', go: '/status' },
      { title: t('home.track'), summary: t('home.trackSub'), icon: 'receipt', go: '/track' }
    ];
  }
  if (need === 'apply') return [{ title: t('home.screener'), summary: t('home.screenerSub'), icon: 'question', go: '/screener' }];
  return [];
}

function entries(need) {
  const own = kioskEntries(need);
  const services = visibleServices().filter(s => needOf(s) === need).map(s => ({
    title: s.title, summary: s.summary === s.title ? null : s.summary, icon: KIND_ICON[s.kind] || 'service',
    program: s.programName, go: serviceRoute(s)
  }));
  return [...own, ...services];
}

function tile({ title, summary, icon: name, program, go, count, need }) {
  return h('li', null, h('button', { type: 'button', class: 'tile', 'data-need': need || null, onclick: () => navigate(go) },
    h('span', { class: 'tile-head' }, icon(name, 'tile-icon'), h('span', { class: 'tile-title' }, title)),
    summary ? h('span', { class: 'tile-sub' }, summary) : null,
    program ? h('span', { class: 'tile-program' }, t('home.program', { name: program })) : null,
    count ? h('span', { class: 'tile-count' }, t('need.count', { n: count })) : null));
}

export async function homeView(root) {
  const heading = kiosk.kelurahan ? t('home.titlePlace', { name: kiosk.kelurahan }) : t('home.title');
  add(root, h('h1', null, heading), h('p', { class: 'muted', 'data-speak-summary': '' }, t('need.intro')));
  if (canAssist() && !session.assisting) {
    add(root, h('div', { class: 'alert', role: 'note' }, t('assist.needConsent'), ' ',
      h('button', { type: 'button', class: 'btn-big', onclick: () => navigate('/assist/consent') }, t('assist.start'))));
  }
  if (!visibleServices().length) {
    add(root, h('p', { class: 'card' }, getCatalog().revision === null ? t('home.unavailable') : t('home.none')));
  }
  const needs = NEEDS.map(n => ({ ...n, count: entries(n.id).length })).filter(n => n.count);
  add(root, h('ul', { class: 'tiles needs', 'aria-label': t('home.main'), 'data-revision': String(getCatalog().revision) },
    needs.map(n => tile({ title: t('need.' + n.id), summary: t('need.' + n.id + 'Sub'), icon: n.icon, go: '/layanan/' + n.id, count: n.count, need: n.id }))));
}

/** The second level: every entry of one need, each with its program's name. */
export async function needView(root, params) {
  const need = NEEDS.find(n => n.id === params.need) ? params.need : 'status';
  const list = entries(need);
  add(root, h('h1', null, t('need.' + need)), h('p', { class: 'muted', 'data-speak-summary': '' }, t('need.' + need + 'Intro')),
    list.length
      ? h('ul', { class: 'tiles entries', 'aria-label': t('need.' + need), 'data-revision': String(getCatalog().revision) }, list.map(tile))
      : h('p', { class: 'card' }, t('home.none')));
}
