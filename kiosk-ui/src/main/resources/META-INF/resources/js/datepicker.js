// Touch date picker: year, then month, then day, each a grid of large buttons that read as they are named, so any
// date is three or four taps (1970: "1970-an", "1970", the month, the day) and nothing is counted up or down.
// Nothing is chosen until the resident taps a day: an untouched picker never answers the question.
import { h } from './dom.js';
import { t } from './i18n.js';
import { daysInMonth, formatDate, isoDate, monthNames, todayIso } from './format.js';
import { prefs } from './state.js';

const FIRST_YEAR = 1920;
const RECENT_YEARS = 5;

function parse(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

/** Whether a date (ISO) may be chosen under the field's date rule. */
function allowed(iso, rule, today) {
  if (rule === 'NOT_IN_FUTURE') return iso <= today;
  if (rule === 'NOT_IN_PAST') return iso >= today;
  return true;
}

/** The years offered at once: the current and recent ones (coming ones for a date not in the past). */
function recentYears(now, rule) {
  const years = [];
  for (let i = 0; i < RECENT_YEARS; i++) years.push(rule === 'NOT_IN_PAST' ? now + i : now - i);
  return years;
}

/** Decades older than the recent years, newest first: "2010-an" … "1920-an". */
function decades(now, rule) {
  if (rule === 'NOT_IN_PAST') return [];
  const list = [];
  for (let start = Math.floor((now - RECENT_YEARS) / 10) * 10; start >= FIRST_YEAR; start -= 10) list.push(start);
  return list;
}

/**
 * Renders a picker for value (ISO, or empty for nothing chosen yet); onChange(iso) once a whole date is chosen.
 * rule: the field's date rule (ANY, NOT_IN_FUTURE, NOT_IN_PAST); dates it forbids are not offered.
 */
export function datePicker(value, onChange, { rule = 'ANY' } = {}) {
  const today = todayIso();
  const now = parse(today).y;
  const months = monthNames(prefs.lang);
  let chosen = parse(value);
  let step = chosen ? 'done' : 'year';
  let y = chosen ? chosen.y : null;
  let m = chosen ? chosen.m : null;
  let decade = null;
  const show = h('p', { class: 'date-show', 'aria-live': 'polite' });
  const body = h('div', { class: 'datepick', 'data-speak-skip': '' });

  const grid = (label, buttons, cls = '') => h('div', { class: 'date-grid ' + cls, role: 'group', 'aria-label': label }, buttons);
  const choice = (label, onClick, disabled = false, pressed = false) => h('button', {
    type: 'button', class: 'date-choice', disabled: disabled || null, 'aria-pressed': pressed ? 'true' : null,
    onclick: onClick
  }, label);
  const go = next => { step = next; render(); };
  const yearAllowed = year => (rule !== 'NOT_IN_FUTURE' || year <= now) && (rule !== 'NOT_IN_PAST' || year >= now);
  const monthAllowed = month => (rule !== 'NOT_IN_FUTURE' || isoDate(y, month, 1) <= today)
    && (rule !== 'NOT_IN_PAST' || isoDate(y, month, daysInMonth(y, month)) >= today);

  function pickYear(year) {
    y = year;
    go('month');
  }

  function render() {
    body.replaceChildren();
    if (step === 'done') {
      show.textContent = formatDate(isoDate(chosen.y, chosen.m, chosen.d), prefs.lang);
      body.append(h('div', { class: 'date-grid' },
        choice(t('date.changeYear'), () => go('year')),
        choice(t('date.changeMonth'), () => go('month')),
        choice(t('date.changeDay'), () => go('day'))));
      return;
    }
    show.textContent = y === null ? t('date.none') : m === null || step === 'month'
      ? t('date.yearChosen', { year: y }) : months[m - 1] + ' ' + y;
    if (step === 'year') {
      const quick = [];
      if (allowed(today, rule, today)) {
        quick.push(choice(t('date.today'), () => {
          chosen = parse(today);
          y = chosen.y;
          m = chosen.m;
          onChange(today);
          go('done');
        }));
      }
      body.append(h('p', { class: 'col-label' }, t('date.pickYear')),
        grid(t('date.year'), [...quick, ...recentYears(now, rule).map(year => choice(String(year), () => pickYear(year), !yearAllowed(year), year === y))]));
      const older = decades(now, rule);
      if (older.length) {
        body.append(h('p', { class: 'col-label' }, t('date.olderYears')),
          grid(t('date.decade'), older.map(start => choice(t('date.decadeLabel', { start }), () => { decade = start; go('decade'); }))));
      }
    } else if (step === 'decade') {
      const years = [];
      for (let year = decade; year < decade + 10; year++) years.push(year);
      body.append(h('p', { class: 'col-label' }, t('date.pickYear')),
        grid(t('date.year'), [...years.map(year => choice(String(year), () => pickYear(year), !yearAllowed(year), year === y)),
          choice(t('date.otherYears'), () => go('year'))]));
    } else if (step === 'month') {
      body.append(h('p', { class: 'col-label' }, t('date.pickMonth')),
        grid(t('date.month'), months.map((name, i) => choice(name, () => { m = i + 1; go('day'); }, !monthAllowed(i + 1), m === i + 1)), 'months'),
        choice(t('date.changeYear'), () => go('year')));
    } else {
      const days = [];
      for (let d = 1; d <= daysInMonth(y, m); d++) {
        const iso = isoDate(y, m, d);
        days.push(choice(String(d), () => {
          chosen = { y, m, d };
          onChange(iso);
          go('done');
        }, !allowed(iso, rule, today), chosen && chosen.y === y && chosen.m === m && chosen.d === d));
      }
      body.append(h('p', { class: 'col-label' }, t('date.pickDay')), grid(t('date.day'), days, 'days'),
        choice(t('date.changeMonth'), () => go('month')));
    }
  }
  render();
  return h('div', { class: 'date-picker' }, show, body);
}
