// Who the lists hold although they should not (double aid, recorded deceased/moved/able); shown after an import.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { api, errorMessages } from '../api.js';
import { downloadLink } from './worklist.js';

/** The report as a section: a table with masked NIKs and the CSV download. */
export async function overlapsSection() {
  const area = h('section', { id: 'overlaps', 'aria-labelledby': 'overlaps-title' },
    h('h2', { id: 'overlaps-title' }, t('overlaps.title')), h('p', { class: 'loading' }, t('common.loading')));
  let found;
  try {
    found = (await api('/api/admin/recipient-lists/overlaps')).overlaps;
  } catch (e) {
    add(clear(area), h('div', { class: 'alert' }, errorMessages(e).join(' ')));
    return area;
  }
  add(clear(area), h('h2', { id: 'overlaps-title' }, t('overlaps.title')),
    h('p', { class: 'help' }, t('overlaps.intro')),
    h('p', { role: 'status' }, t('overlaps.count', { n: found.length })),
    found.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('thead', null, h('tr', null, [t('overlaps.programs'), t('track.subject'), t('overlaps.name'), t('worklist.kelurahan'), t('overlaps.note')]
        .map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', null, found.map(o => h('tr', { 'data-kind': o.kind },
        h('td', null, o.programs), h('td', null, o.nik), h('td', null, o.name || ''), h('td', null, o.kelurahan || ''),
        h('td', null, o.note)))))) : null,
    found.length ? h('div', { class: 'actions' }, downloadLink(t('worklist.csv'), '/api/admin/recipient-lists/overlaps/csv', 'list-overlaps.csv')) : null);
  return area;
}

export async function overlapsView(root, params, ctx) {
  const section = await overlapsSection();
  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.overlaps')), section);
}
