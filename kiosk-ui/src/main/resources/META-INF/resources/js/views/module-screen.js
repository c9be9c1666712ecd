// A screen a module ships itself: its ES module (under /ui/modules/{code}/) defines a custom element that is placed
// inside the kiosk shell. The element gets lang/program/service attributes and the `kiosk` object (docs/api.md).
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { prefs, role, trackUrl } from '../state.js';
import { viewDocument } from '../dialog.js';
import { findService, getCatalog } from '../catalog.js';
import { navigate, resetTo } from '../router.js';
import { speak } from '../speech.js';

// A module screen sees the problem JSON itself ({title, detail, code, status}), not the shell's ApiError.
const rejectWithProblem = error => { throw error && error.problem ? { ...error.problem, status: error.status } : error; };

// The screen's `kiosk` object, exactly as docs/api.md describes it.
function kioskApi(service) {
  const path = id => '/api/programs/' + encodeURIComponent(service.program) + '/operations/' + encodeURIComponent(id);
  return Object.freeze({
    get lang() { return prefs.lang; },
    role: role(),
    program: service.program,
    service: service.id,
    operate: (id, input) => api(path(id), { method: 'POST', body: input || {} }).catch(rejectWithProblem),
    openPdf: async (id, input, title) => {
      const response = await api(path(id) + '/pdf', { method: 'POST', body: input || {}, raw: true }).catch(rejectWithProblem);
      viewDocument(title || service.title, trackUrl(URL.createObjectURL(await response.blob())));
    },
    speak: text => { if (prefs.readAloud) speak(text); },
    done: tracking => (tracking ? navigate('/receipt/' + encodeURIComponent(tracking)) : resetTo('/home'))
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
  root.setAttribute('data-revision', String(getCatalog().revision));
  add(root, h('h1', null, service.title), service.summary ? h('p', { class: 'help' }, service.summary) : null, el);
}
