// Boot: kiosk settings, catalog, routes, shell, idle guard and live catalog polling.
import { api } from './api.js';
import { ASSISTING, kiosk, prefs } from './state.js';
import { t, loadStaffStrings } from './i18n.js';
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

const STAFF = ['TKSK', 'KASI_KESOS', 'CAMAT', 'DINSOS', 'ADMIN'];

// staff screens and their words are fetched when first opened: a resident's screens never load them (StaticAppTest)
const staff = (load, name) => async (root, params, ctx) => (await Promise.all([load(), loadStaffStrings()]))[0][name](root, params, ctx);
const assist = name => staff(() => import('./assist.js'), name);
const login = name => staff(() => import('./admin/login.js'), name);
const worklist = name => staff(() => import('./admin/worklist.js'), name);

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
route('/login', login('loginView'));
route('/assist', assist('assistHomeView'), { roles: ASSISTING });
route('/assist/consent', assist('consentView'), { roles: ASSISTING });
route('/assist/today', assist('todayView'), { roles: ASSISTING });
route('/staff', login('staffMenuView'), { roles: [...STAFF, 'PSM'] });
route('/staff/worklist', worklist('worklistView'), { roles: STAFF });
route('/staff/case/:tracking', worklist('caseDetailView'), { roles: STAFF });
route('/staff/dashboard', staff(() => import('./admin/dashboard.js'), 'dashboardView'), { roles: STAFF });
route('/admin/modules', staff(() => import('./admin/modules.js'), 'modulesView'), { roles: ['ADMIN'] });
route('/admin/imports', staff(() => import('./admin/imports.js'), 'importsView'), { roles: ['ADMIN'] });
route('/staff/overlaps', staff(() => import('./admin/overlaps.js'), 'overlapsView'), { roles: ['ADMIN', 'TKSK', 'KASI_KESOS'] });
route('/staff/musyawarah', staff(() => import('./admin/musyawarah.js'), 'musyawarahView'), { roles: ['ADMIN', 'TKSK', 'KASI_KESOS'] });
route('/admin/audit', staff(() => import('./admin/audit.js'), 'auditView'), { roles: ['ADMIN'] });
route('/admin/sync', staff(() => import('./admin/sync.js'), 'syncView'), { roles: ['ADMIN'], tier: 'kiosk' });
route('/admin/city', staff(() => import('./admin/city.js'), 'cityView'), { roles: ['ADMIN'], tier: 'city' });
route('/admin/accounts', staff(() => import('./admin/accounts.js'), 'accountsView'), { roles: ['ADMIN'] });

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
