// Staff login (POST /api/auth/login): username plus password, or a PSM's PIN on the numeric keypad.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { errorMessages } from '../api.js';
import { letterKeyboard, numericKeypad } from '../keypad.js';
import { login } from '../session.js';
import { navigate, queryParam, resetTo } from '../router.js';
import { renderChrome } from '../shell.js';
import { canAssist, kiosk, session } from '../state.js';

export async function loginView(root) {
  let usePin = true;
  const user = h('input', { type: 'text', id: 'login-user', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const secret = h('input', { type: 'password', id: 'login-secret', autocomplete: 'off' });
  const secretLabel = h('span');
  const keys = h('div', { 'data-speak-skip': '' });
  const error = h('div', { role: 'alert' });
  let active = user;

  const drawKeys = () => {
    add(clear(keys), active === secret && usePin ? numericKeypad(secret) : letterKeyboard(active));
    secret.setAttribute('inputmode', usePin ? 'numeric' : 'text');
    secretLabel.textContent = usePin ? t('login.pin') : t('login.password');
  };
  for (const input of [user, secret]) input.addEventListener('focus', () => { active = input; drawKeys(); });

  const modeButtons = h('div', { class: 'choices', role: 'radiogroup', 'aria-label': t('login.mode') });
  const drawMode = () => {
    add(clear(modeButtons), 
      h('button', { type: 'button', class: 'choice', role: 'radio', 'aria-checked': String(usePin), onclick: () => { usePin = true; drawMode(); drawKeys(); } },
        h('span', { class: 'mark', 'aria-hidden': 'true' }), t('login.withPin')),
      h('button', { type: 'button', class: 'choice', role: 'radio', 'aria-checked': String(!usePin), onclick: () => { usePin = false; drawMode(); drawKeys(); } },
        h('span', { class: 'mark', 'aria-hidden': 'true' }), t('login.withPassword')));
  };

  const submit = async e => {
    clear(error);
    if (!user.value.trim() || !secret.value) {
      add(error, h('p', { class: 'field-error' }, t('login.missing')));
      return;
    }
    const button = e.currentTarget;
    button.disabled = true;
    try {
      const who = await login(user.value.trim(), secret.value, usePin);
      secret.value = '';
      renderChrome();
      const next = queryParam('next');
      if (next && next !== '/login') resetTo(next);
      else resetTo(who.role === 'PSM' ? '/assist' : '/staff');
    } catch (err) {
      secret.value = '';
      add(error, h('div', { class: 'alert' }, errorMessages(err).join(' ')));
    } finally {
      button.disabled = false;
    }
  };
  for (const input of [user, secret]) input.addEventListener('keydown', e => { if (e.key === 'Enter') submit({ currentTarget: e.target.form || document.getElementById('login-go') }); });

  drawMode();
  drawKeys();
  add(root, h('h1', null, t('login.title')), h('p', { class: 'help' }, t('login.intro')),
    modeButtons,
    h('div', { class: 'toolbar' },
      h('label', { for: 'login-user' }, t('login.user'), user),
      h('label', { for: 'login-secret' }, secretLabel, secret)),
    keys, error,
    h('div', { class: 'actions' }, h('span', { class: 'grow' }), h('button', { type: 'button', id: 'login-go', class: 'btn-primary', onclick: submit }, t('login.go'))));
}

export async function staffMenuView(root, params, ctx) {
  const roleName = session.user.role;
  const items = [];
  if (roleName === 'ADMIN') {
    items.push(['/admin/modules', t('menu.modules')], ['/admin/imports', t('menu.imports')], ['/admin/audit', t('menu.audit')],
      kiosk.tier === 'city' ? ['/admin/city', t('menu.city')] : ['/admin/sync', t('menu.sync')], ['/admin/accounts', t('menu.accounts')]);
  }
  if (roleName !== 'PSM') items.push(['/staff/worklist', t('menu.worklist')], ['/staff/dashboard', t('menu.dashboard')]);
  if (['ADMIN', 'TKSK', 'KASI_KESOS'].includes(roleName)) {
    items.push(['/staff/overlaps', t('menu.overlaps')], ['/staff/musyawarah', t('menu.musyawarah')]);
  }
  if (canAssist()) items.push(['/assist', t('menu.assist')]);
  items.push(['/home', t('menu.services')]);
  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.title')),
    h('ul', { class: 'menu-grid' }, items.map(([path, label]) => h('li', null, h('button', { type: 'button', class: 'btn btn-big', onclick: () => navigate(path) }, label)))));
}
