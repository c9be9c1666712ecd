// A screen a module ships itself: its ES module (under /ui/modules/{code}/) defines a custom element that is placed
// inside the kiosk shell. The element gets lang/program/service attributes and a small `kiosk` API object.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { prefs, role } from '../state.js';
import { findService, getCatalog } from '../catalog.js';
import { navigate, resetTo } from '../router.js';
import { speak } from '../speech.js';

function kioskApi(service) {
  const operate = (id, input) => api('/api/programs/' + encodeURIComponent(service.program) + '/operations/' + encodeURIComponent(id), { method: 'POST', body: input || {} });
  return Object.freeze({
    lang: prefs.lang,
    role: role(),
    program: service.program,
    service: service.id,
    api: (path, options) => api(path, options),
    operate,
    operation: operate,
    done: tracking => (tracking ? navigate('/receipt/' + encodeURIComponent(tracking)) : resetTo('/home')),
    speak: text => speak(text),
    navigate: path => navigate(path),
    home: () => resetTo('/home'),
    t: key => t(key)
  });
}

export async function moduleScreenView(root, params, ctx) {
  const service = findService(params.program, params.id);
  if (!service || !service.screen) {
    add(root, h('h1', null, t('module.goneTitle')), h('p', { class: 'alert' }, t('module.gone')));
    return;
  }
  const { element, script } = service.screen;
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(element) || !String(script).startsWith('/ui/modules/')) {
    throw new Error(t('module.invalid'));
  }
  if (!customElements.get(element)) {
    try {
      await import(script);
      await Promise.race([customElements.whenDefined(element), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000))]);
    } catch (e) {
      throw new Error(t('module.loadFailed'));
    }
  }
  if (!ctx.isCurrent()) return;
  const el = document.createElement(element);
  el.classList.add('module-screen');
  el.setAttribute('lang', prefs.lang);
  el.setAttribute('program', service.program);
  el.setAttribute('service', service.id);
  el.kiosk = kioskApi(service);
  el.addEventListener('kiosk-navigate', e => { if (e.detail && typeof e.detail.path === 'string') navigate(e.detail.path); });
  root.setAttribute('data-revision', String(getCatalog().revision));
  add(root, h('h1', null, service.title), service.summary ? h('p', { class: 'help' }, service.summary) : null, el);
}
