// Boot: kiosk settings, catalog, routes, shell, idle guard and live catalog polling.
import { api } from './api.js';
import { kiosk, prefs } from './state.js';
import { t } from './i18n.js';
import { h } from './dom.js';
import { route, onRender, navigate, resetTo, rerender, currentPath, isAttract } from './router.js';
import { applyPrefs, renderChrome, renderTopbar } from './shell.js';
import { findService, loadCatalog, onCatalogChange, startPolling } from './catalog.js';
import { onSpeechChange, speakScreen, watchFocus } from './speech.js';
import { onSessionChange, wipeSession } from './session.js';
import { startIdle } from './idle.js';
import { attractView } from './views/attract.js';
import { homeView, needView } from './views/home.js';
import { serviceView } from './views/service.js';
import { receiptView } from './views/receipt.js';
import { statusView } from './views/status.js';
import { screenerView } from './views/screener.js';
import { trackView } from './views/track.js';
import { moduleScreenView } from './views/module-screen.js';
import { consentView, psmHomeView, todayView } from './psm.js';
import { loginView, staffMenuView } from './admin/login.js';
import { modulesView } from './admin/modules.js';
import { importsView } from './admin/imports.js';
import { overlapsView } from './admin/overlaps.js';
import { musyawarahView } from './admin/musyawarah.js';
import { worklistView, caseDetailView } from './admin/worklist.js';
import { dashboardView } from './admin/dashboard.js';
import { auditView } from './admin/audit.js';

const STAFF = ['TKSK', 'KASI_KESOS', 'CAMAT', 'DINSOS', 'ADMIN'];

route('/', attractView, { attract: true });
route('/home', homeView);
route('/layanan/:need', needView);
route('/service/:program/:id', serviceView);
route('/screen/:program/:id', moduleScreenView);
route('/receipt/:tracking', receiptView);
route('/status', statusView);
route('/screener', screenerView);
route('/track', trackView);
route('/track/:tracking', trackView);
route('/login', loginView);
route('/psm', psmHomeView, { roles: ['PSM'] });
route('/psm/consent', consentView, { roles: ['PSM'] });
route('/psm/today', todayView, { roles: ['PSM'] });
route('/staff', staffMenuView, { roles: [...STAFF, 'PSM'] });
route('/staff/worklist', worklistView, { roles: STAFF });
route('/staff/case/:tracking', caseDetailView, { roles: STAFF });
route('/staff/dashboard', dashboardView, { roles: STAFF });
route('/admin/modules', modulesView, { roles: ['ADMIN'] });
route('/admin/imports', importsView, { roles: ['ADMIN'] });
route('/staff/overlaps', overlapsView, { roles: ['ADMIN', 'TKSK', 'KASI_KESOS'] });
route('/staff/musyawarah', musyawarahView, { roles: ['ADMIN', 'TKSK', 'KASI_KESOS'] });
route('/admin/audit', auditView, { roles: ['ADMIN'] });

function startPath() {
  const hash = location.hash.replace(/^#/, '');
  return hash && hash.startsWith('/') ? hash : '/';
}

async function loadKiosk() {
  try {
    Object.assign(kiosk, await api('/api/kiosk'));
  } catch (e) {
    // defaults stay (60 s idle); the attract screen shows the app name instead of the kelurahan
  }
}

async function boot() {
  applyPrefs();
  await Promise.all([loadKiosk(), loadCatalog().catch(() => null)]);
  renderChrome();
  onRender(({ attract, keepScroll }) => {
    renderTopbar();
    if (prefs.readAloud && !attract && !keepScroll) speakScreen();
  });
  onSpeechChange(() => renderTopbar());
  watchFocus(document.getElementById('main'));
  onSessionChange(() => renderChrome());
  onCatalogChange(() => {
    const path = currentPath();
    if (path === '/home' || path === '/' || path.startsWith('/layanan/')) rerender();
    else if (path.startsWith('/screen/')) {
      const [, , program, id] = path.split('/');
      if (!findService(decodeURIComponent(program), decodeURIComponent(id))) rerender();
    }
  });
  startIdle(() => {
    wipeSession();
    applyPrefs();
    loadCatalog({ force: true }).catch(() => null);
    resetTo('/');
  });
  startPolling();
  window.addEventListener('hashchange', () => {
    const path = startPath();
    if (path !== currentPath()) navigate(path);
  });
  await resetTo(startPath());
  document.documentElement.dataset.ready = 'true';
}

boot().catch(() => {
  document.getElementById('main').replaceChildren(h('h1', null, t('error.title')), h('p', { class: 'alert' }, t('error.generic')));
});

export { isAttract };
