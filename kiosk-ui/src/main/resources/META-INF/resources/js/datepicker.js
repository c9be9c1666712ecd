// Touch date picker: day, month and year each with large − / + buttons (year also ±10), no typing and no tiny grid.
import { h } from './dom.js';
import { t } from './i18n.js';
import { daysInMonth, formatDate, isoDate, monthNames, todayIso } from './format.js';
import { prefs } from './state.js';

function parse(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

/** Renders a picker starting at value (ISO) or today; onChange(iso) on every touch. */
export function datePicker(value, onChange, { initial = null } = {}) {
  const start = parse(value) || parse(initial) || parse(todayIso());
  let { y, m, d } = start;
  const months = monthNames(prefs.lang);
  const show = h('p', { class: 'date-show', 'aria-live': 'polite' });
  const dayValue = h('div', { class: 'col-value' });
  const monthValue = h('div', { class: 'col-value' });
  const yearValue = h('div', { class: 'col-value' });

  const update = notify => {
    const max = daysInMonth(y, m);
    if (d > max) d = max;
    dayValue.textContent = String(d);
    monthValue.textContent = months[m - 1];
    yearValue.textContent = String(y);
    const iso = isoDate(y, m, d);
    show.textContent = formatDate(iso, prefs.lang);
    if (notify) onChange(iso);
  };
  const step = fn => () => { fn(); update(true); };
  const btn = (label, aria, fn) => h('button', { type: 'button', 'aria-label': aria, onclick: step(fn) }, label);

  const dayCol = h('div', { class: 'col', role: 'group', 'aria-label': t('date.day') },
    h('div', { class: 'col-label' }, t('date.day')),
    btn('+', t('date.dayNext'), () => { d = d >= daysInMonth(y, m) ? 1 : d + 1; }),
    dayValue,
    btn('−', t('date.dayPrev'), () => { d = d <= 1 ? daysInMonth(y, m) : d - 1; }));
  const monthCol = h('div', { class: 'col', role: 'group', 'aria-label': t('date.month') },
    h('div', { class: 'col-label' }, t('date.month')),
    btn('+', t('date.monthNext'), () => { m = m >= 12 ? 1 : m + 1; }),
    monthValue,
    btn('−', t('date.monthPrev'), () => { m = m <= 1 ? 12 : m - 1; }));
  const yearCol = h('div', { class: 'col', role: 'group', 'aria-label': t('date.year') },
    h('div', { class: 'col-label' }, t('date.year')),
    h('div', { class: 'pair' },
      btn('+10', t('date.yearNext10'), () => { y += 10; }),
      btn('+', t('date.yearNext'), () => { y += 1; })),
    yearValue,
    h('div', { class: 'pair' },
      btn('−10', t('date.yearPrev10'), () => { y = Math.max(1900, y - 10); }),
      btn('−', t('date.yearPrev'), () => { y = Math.max(1900, y - 1); })));
  update(!value);
  return h('div', null, show, h('div', { class: 'datepick', 'data-speak-skip': '' }, dayCol, monthCol, yearCol));
}
