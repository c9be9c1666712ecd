// Dashboard (GET /api/dashboard): cases per program per week, open vs overdue, recipients per program per kelurahan.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { getCatalog } from '../catalog.js';
import { groupedBars, horizontalBars, LOOKS } from './charts.js';
import { prefs } from '../state.js';
import { formatWeek } from '../format.js';

function programName(code) {
  const p = getCatalog().programs.find(x => x.code === code);
  return p ? p.name : code;
}

function table(caption, head, rows) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', null, h('tr', null, head.map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map(r => h('tr', null, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', null, String(c)))))))));
}

/** One look (colour and pattern) per program in every chart: by the program's place in the catalog. */
function looks(codes) {
  const order = [...getCatalog().programs.map(p => p.code), ...codes.sort()];
  const known = [...new Set(order)];
  // the last two looks are open and overdue cases
  return code => known.indexOf(code) % (LOOKS - 2);
}

export async function dashboardView(root, params, ctx) {
  const data = await api('/api/dashboard');
  if (!ctx.isCurrent()) return;
  const perWeek = data.casesPerWeek || [];
  const weeks = [...new Set(perWeek.map(r => r.week))].sort().slice(-8);
  const programs = [...new Set(perWeek.map(r => r.program))].sort();
  const recipientsAll = data.recipients || [];
  const look = looks([...programs, ...recipientsAll.map(r => r.program)]);
  const weekNames = weeks.map(w => formatWeek(w, prefs.lang));
  const series = programs.map(p => ({ name: programName(p), look: look(p), values: weeks.map(w => perWeek.filter(r => r.week === w && r.program === p).reduce((a, r) => a + (r.count || 0), 0)) }));
  const open = data.open || 0;
  const overdue = data.overdue || 0;
  const recipients = recipientsAll;

  add(root, h('h1', null, t('menu.dashboard')));

  add(root, h('section', { class: 'card', 'aria-labelledby': 'd-week' }, h('h2', { id: 'd-week' }, t('dash.perWeek')),
    weeks.length ? [groupedBars(t('dash.perWeek'), weekNames, series),
      table(t('dash.perWeek'), [t('dash.program'), ...weekNames], series.map(s => [s.name, ...s.values]))] : h('p', null, t('dash.empty'))));

  add(root, h('section', { class: 'card', 'aria-labelledby': 'd-open' }, h('h2', { id: 'd-open' }, t('dash.openOverdue')),
    horizontalBars(t('dash.openOverdue'), [{ label: t('dash.open'), value: open, series: LOOKS - 2 }, { label: t('dash.overdue'), value: overdue, series: LOOKS - 1 }]),
    h('p', null, t('dash.openText', { open, overdue }))));

  const byProgram = new Map();
  for (const r of recipients) byProgram.set(r.program, (byProgram.get(r.program) || 0) + (r.count || 0));
  const codes = [...byProgram.keys()].sort();
  add(root, h('section', { class: 'card', 'aria-labelledby': 'd-rec' }, h('h2', { id: 'd-rec' }, t('dash.recipients')),
    recipients.length ? [
      horizontalBars(t('dash.recipients'), codes.map(c => ({ label: programName(c), value: byProgram.get(c), series: look(c) }))),
      table(t('dash.recipients'), [t('dash.program'), t('worklist.kelurahan'), t('dash.count')],
        [...recipients].sort((a, b) => (a.program + a.kelurahan).localeCompare(b.program + b.kelurahan)).map(r => [programName(r.program), r.kelurahan, r.count]))
    ] : h('p', null, t('dash.empty'))));
}
