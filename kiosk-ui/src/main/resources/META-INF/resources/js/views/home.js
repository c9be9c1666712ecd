// Home grid: the three kiosk-wide services, then every enabled service exactly as GET /api/services lists it.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { findProgram, getCatalog, visibleServices } from '../catalog.js';
import { kiosk, session } from '../state.js';
import { navigate } from '../router.js';

export function serviceRoute(service) {
  if (service.kind === 'STATUS') return '/status?program=' + encodeURIComponent(service.program);
  if (service.screen && service.screen.element) return '/screen/' + encodeURIComponent(service.program) + '/' + encodeURIComponent(service.id);
  return '/service/' + encodeURIComponent(service.program) + '/' + encodeURIComponent(service.id);
}

function tile(title, summary, image, onClick, { primary = false, program = null } = {}) {
  return h('li', null, h('button', { type: 'button', class: 'tile' + (primary ? ' primary' : ''), onclick: onClick },
    h('span', { class: 'tile-head' }, image, h('span', { class: 'tile-title' }, title)),
    summary ? h('span', { class: 'tile-sub' }, summary) : null,
    program ? h('span', { class: 'tile-program' }, program) : null));
}

function serviceIcon(service) {
  const program = findProgram(service.program);
  const src = service.icon || (program && program.icon);
  return src ? h('img', { src, alt: '', width: '64', height: '64' }) : icon('service', 'tile-icon');
}

export async function homeView(root) {
  const services = visibleServices();
  const heading = kiosk.kelurahan ? t('home.titlePlace', { name: kiosk.kelurahan }) : t('home.title');
  add(root, h('h1', null, heading), h('p', { class: 'muted' }, t('home.intro')));
  if (session.user && session.user.role === 'PSM' && !session.assisting) {
    add(root, h('div', { class: 'alert', role: 'note' }, t('psm.needConsent'), ' ',
      h('button', { type: 'button', class: 'btn-big', onclick: () => navigate('/psm/consent') }, t('psm.start'))));
  }
  add(root, h('ul', { class: 'tiles', 'aria-label': t('home.main') },
    tile(t('home.screener'), t('home.screenerSub'), icon('question', 'tile-icon'), () => navigate('/screener'), { primary: true }),
    tile(t('home.status'), t('home.statusSub'), icon('check', 'tile-icon'), () => navigate('/status'), { primary: true }),
    tile(t('home.track'), t('home.trackSub'), icon('receipt', 'tile-icon'), () => navigate('/track'), { primary: true })));
  add(root, h('h2', null, t('home.services')));
  if (!services.length) {
    add(root, h('p', { class: 'card' }, getCatalog().revision === null ? t('home.unavailable') : t('home.none')));
    return;
  }
  add(root, h('ul', { class: 'tiles', 'aria-label': t('home.services'), 'data-revision': String(getCatalog().revision) },
    services.map(s => tile(s.title, s.summary, serviceIcon(s), () => navigate(serviceRoute(s)), { program: s.programName }))));
}
