// In-memory navigation stack (the kiosk's own Back button), mirrored into the URL hash with replaceState so the
// browser history never keeps a trail of what the previous person did.
import { clear, h, add } from './dom.js';
import { t } from './i18n.js';
import { kiosk, role } from './state.js';

const routes = [];
const listeners = [];
let stack = [];
let backHandler = null;
let renderId = 0;

/**
 * Registers a view: pattern like "/service/:program/:id"; roles limits who may open it (null: everyone), tier the
 * tier it makes sense on ('kiosk' or 'city'; null: both).
 */
export function route(pattern, view, { roles = null, attract = false, tier = null } = {}) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (all, name) => { names.push(name); return '([^/]+)'; }) + '$');
  routes.push({ pattern, regex, names, view, roles, attract, tier });
}

function match(fullPath) {
  const path = fullPath.split('?')[0];
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (m) {
      const params = {};
      r.names.forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]); });
      return { route: r, params };
    }
  }
  return null;
}

export function currentPath() {
  return stack.length ? stack[stack.length - 1] : '/';
}

export function isAttract() {
  const found = match(currentPath());
  return !!(found && found.route.attract);
}

export function canGoBack() {
  return stack.length > 1 || !!backHandler;
}

/** Lets the current view handle Back itself (a form steps back one question); return true when handled. */
export function setBackHandler(fn) {
  backHandler = fn;
}

export function onRender(fn) {
  listeners.push(fn);
}

export function navigate(path, { replace = false } = {}) {
  if (replace && stack.length) stack[stack.length - 1] = path;
  else if (currentPath() !== path || !stack.length) stack.push(path);
  if (stack.length > 30) stack = stack.slice(-30);
  return render();
}

/** Starts over from path with an empty history (used by the idle wipe and by Home). */
export function resetTo(path) {
  stack = [path];
  return render();
}

export async function back() {
  if (backHandler && await backHandler()) return;
  if (stack.length > 1) {
    stack.pop();
    await render();
  }
}

export function rerender() {
  return render({ keepScroll: true });
}

async function render({ keepScroll = false } = {}) {
  const id = ++renderId;
  backHandler = null;
  const path = currentPath();
  history.replaceState(null, '', '#' + path);
  const main = document.getElementById('main');
  let found = match(path);
  if (!found) found = match('/home');
  if (found.route.roles && !found.route.roles.includes(role())) {
    stack[stack.length - 1] = '/login?next=' + encodeURIComponent(path);
    history.replaceState(null, '', '#' + currentPath());
    found = match('/login');
  } else if (found.route.tier && found.route.tier !== kiosk.tier) {
    stack[stack.length - 1] = '/staff'; // a screen of the other tier, opened by its address
    history.replaceState(null, '', '#/staff');
    found = match('/staff');
  }
  const ctx = { isCurrent: () => id === renderId, path };
  const scrollY = window.scrollY;
  clear(main);
  add(main, h('p', { class: 'loading', role: 'status' }, t('common.loading')));
  const section = h('section', { class: 'view' });
  try {
    await found.route.view(section, found.params, ctx);
  } catch (e) {
    if (id !== renderId) return;
    section.replaceChildren(h('h1', { tabindex: '-1' }, t('error.title')), h('div', { class: 'alert', role: 'alert' }, e.message || t('error.generic')));
  }
  if (id !== renderId) return;
  add(clear(main), section);
  if (keepScroll) window.scrollTo(0, scrollY); else window.scrollTo(0, 0);
  const heading = section.querySelector('h1');
  document.title = (heading ? heading.textContent + ' · ' : '') + t('app.name');
  if (!keepScroll) focusHeading(section);
  for (const fn of listeners) fn({ path, attract: !!found.route.attract, keepScroll });
}

export function focusHeading(root) {
  const heading = (root || document.getElementById('main')).querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

/** Query parameter of a path like "/login?next=/admin". */
export function queryParam(name) {
  const path = currentPath();
  const q = path.indexOf('?');
  if (q < 0) return null;
  return new URLSearchParams(path.slice(q + 1)).get(name);
}
