// Staff accounts (GET/PUT /api/admin/accounts): the admin creates and edits them, with the kecamatan a TKSK or camat
// serves (on the city tier they see only its cases) and the kelurahan of a PSM or Kasi Kesos; locked ones are opened.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { api, errorMessages } from '../api.js';

const ROLES = ['TKSK', 'PSM', 'KASI_KESOS', 'CAMAT', 'DINSOS', 'ADMIN'];

export async function accountsView(root, params, ctx) {
  const field = (id, type = 'text') => h('input', { type, id: 'acc-' + id, autocomplete: 'off' });
  const f = { username: field('username'), displayName: field('name'), password: field('password', 'password'),
    pin: field('pin', 'password'), kecamatan: field('kecamatan'), kelurahan: field('kelurahan') };
  const role = h('select', { id: 'acc-role' }, ROLES.map(r => h('option', { value: r }, r)));
  const outcome = h('div', { role: 'status', 'aria-live': 'polite' });
  const list = h('div');
  const say = (cls, text) => add(clear(outcome), h('div', { class: cls, role: cls === 'alert' ? 'alert' : null }, text));

  const edit = a => {
    f.username.value = a.username;
    f.displayName.value = a.displayName || '';
    role.value = a.role;
    f.kecamatan.value = a.kecamatan || '';
    f.kelurahan.value = a.kelurahan || '';
    f.password.value = f.pin.value = '';
    f.username.focus();
  };
  const show = async () => {
    const accounts = await api('/api/admin/accounts');
    add(clear(list), h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'accounts' },
      h('thead', null, h('tr', null, ['user', 'name', 'role', 'kecamatan', 'kelurahan', ''].map(k => h('th', null, k && t('accounts.' + k))))),
      h('tbody', null, accounts.map(a => h('tr', null, h('td', null, a.username), h('td', null, a.displayName),
        h('td', null, a.role), h('td', null, a.kecamatan || '–'), h('td', null, a.kelurahan || '–'),
        h('td', null, h('button', { type: 'button', class: 'btn', onclick: () => edit(a) }, t('accounts.edit')),
          a.lockedAt ? h('button', { type: 'button', class: 'btn', onclick: async () => {
            await api('/api/admin/accounts/' + encodeURIComponent(a.username) + '/unlock', { method: 'POST' });
            await show();
          } }, t('accounts.unlock')) : null)))))));
  };
  const save = async e => {
    const button = e.currentTarget;
    button.disabled = true;
    try {
      const blank = v => v.trim() ? v : null;
      await api('/api/admin/accounts/' + encodeURIComponent(f.username.value.trim()), { method: 'PUT', body: {
        displayName: f.displayName.value, role: role.value, password: f.password.value || null, pin: f.pin.value || null,
        kecamatan: blank(f.kecamatan.value), kelurahan: blank(f.kelurahan.value) } });
      say('notice', t('accounts.saved', { user: f.username.value.trim() }));
      f.password.value = f.pin.value = '';
      await show();
    } catch (err) {
      say('alert', errorMessages(err).join(' '));
    } finally {
      button.disabled = false;
    }
  };

  if (!ctx.isCurrent()) return;
  const label = (key, input) => h('label', { for: input.id }, t('accounts.' + key), input);
  add(root, h('h1', null, t('menu.accounts')), h('p', { class: 'help' }, t('accounts.intro')),
    h('div', { class: 'toolbar' }, label('user', f.username), label('name', f.displayName), label('role', role)),
    h('div', { class: 'toolbar' }, label('kecamatan', f.kecamatan), label('kelurahan', f.kelurahan)),
    h('div', { class: 'toolbar' }, label('password', f.password), label('pin', f.pin)),
    h('div', { class: 'actions' }, h('button', { type: 'button', id: 'acc-save', class: 'btn-primary', onclick: save }, t('accounts.save'))),
    outcome, list);
  await show();
}
