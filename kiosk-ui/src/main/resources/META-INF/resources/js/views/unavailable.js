// Programs that could not answer a status lookup or the screener right now: named, so nobody reads "not registered".
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';

export function unavailableCard(list) {
  if (!list || !list.length) return null;
  return h('div', { class: 'card', role: 'status' },
    h('h2', null, icon('warning'), t('common.unavailableTitle')),
    h('ul', null, list.map(u => h('li', null, h('strong', null, u.programName), ': ', u.message))),
    h('p', { class: 'help' }, t('common.unavailableLater')));
}
