// "Cek status bantuan": NIK plus KK number → registered or not, per enabled program. The birth date is no proof: it is
// written inside the NIK.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { api } from '../api.js';
import { prefs, session } from '../state.js';
import { prefillAssisted } from '../session.js';
import { formState, renderForm } from '../form.js';
import { navigate, queryParam, resetTo, setBackHandler } from '../router.js';
import { formatDate, monthNames, rupiah } from '../format.js';
import { unavailableCard } from './unavailable.js';

function fields() {
  return [
    { name: 'nik', type: 'NIK', label: t('status.nik'), help: t('status.nikHelp'), required: true },
    { name: 'kk', type: 'KK', label: t('status.kk'), help: t('status.kkHelp'), required: true }
  ];
}

function amountText(result) {
  if (result.amount === null || result.amount === undefined || result.amount === '') return null;
  return typeof result.amount === 'number' || /^\d+$/.test(String(result.amount)) ? rupiah(result.amount) : String(result.amount);
}

/** A program's period code (2026-11, 2026-Q4, 2026, 2026-12-05-01) in words: a resident reads no codes. */
export function periodText(period) {
  if (!period) return null;
  const text = String(period);
  let m;
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return monthNames(prefs.lang)[Number(m[2]) - 1] + ' ' + m[1];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) return t('status.periodQuarter', { q: m[2], year: m[1] });
  if ((m = /^(\d{4})$/.exec(text))) return t('status.periodYear', { year: m[1] });
  if ((m = /^(\d{4}-\d{2}-\d{2})(?:-0*(\d+))?$/.exec(text))) {
    const day = formatDate(m[1], prefs.lang);
    return m[2] ? t('status.periodRound', { date: day, n: m[2] }) : day;
  }
  return text;
}

function resultCard(result, highlight) {
  const rows = [
    [t('status.period'), periodText(result.period)],
    [t('status.amount'), amountText(result)],
    [t('status.rhythm'), result.rhythm],
    [t('status.channel'), result.channel],
    [t('status.schedule'), result.schedule]
  ].filter(([, v]) => v);
  return h('div', { class: 'card', 'aria-current': highlight ? 'true' : null },
    h('h2', null, result.programName || result.program),
    // a person recorded as deceased, moved or declared able is paid by no program, whatever a list still says
    result.standing
      ? h('p', { class: 'badge bad' }, icon('cross'), t('status.stopped'))
      : result.registered
        ? h('p', { class: 'badge ok' }, icon('check'), t('status.registered'))
        : h('p', { class: 'badge bad' }, icon('cross'), t('status.notRegistered')),
    rows.length ? h('dl', { class: 'kv' }, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)])) : null,
    result.registered && result.otherKk ? h('p', { class: 'alert' }, t('status.otherKk')) : null,
    result.note ? h('p', null, result.note) : null,
    // DTSEN changes every quarter: an old list may no longer say who receives aid
    result.listStale ? h('p', { class: 'alert' }, t('status.stale', { date: formatDate(result.listDate, prefs.lang) })) : null);
}

/**
 * Never a bare "not registered": what to check next, which depends on whether the NIK and KK belong together (a wrong
 * or old KK number) or do and the person is on no list.
 */
function whatToCheck(results) {
  if (results.some(r => r.registered) || !results.length) return t('status.wrongPair');
  return t(results.some(r => r.pairProven) ? 'status.notListedProven' : 'status.notFoundCheck');
}

export async function statusView(root) {
  const state = formState('status');
  const program = queryParam('program');
  if (state.results && state.query && state.resultsLang !== prefs.lang) {
    // the programs' answers are texts in the language of the request: ask again after a language switch
    try {
      const again = await api('/api/status', { method: 'POST', body: state.query });
      state.results = (again && again.results) || state.results;
      state.unavailable = (again && again.unavailable) || state.unavailable;
      state.resultsLang = prefs.lang;
    } catch (e) {
      // the answers stay in the language they came in
    }
  }
  if (state.results) {
    const results = [...state.results].sort((a, b) => (b.program === program) - (a.program === program));
    setBackHandler(() => { state.results = null; state.phase = 'review'; navigate('/status', { replace: true }); return true; });
    add(root, 
      h('h1', null, t('status.resultTitle')),
      // found nowhere: what to check comes first, before six cards that each say "not registered"
      results.length && !results.some(r => r.registered) ? h('p', { class: 'alert' }, whatToCheck(results)) : null,
      results.length ? results.map(r => resultCard(r, r.program === program))
        : state.unavailable && state.unavailable.length ? null : h('p', { class: 'card' }, t('status.noPrograms')),
      unavailableCard(state.unavailable),
      results.some(r => r.registered) || !results.length ? h('p', { class: 'help' }, whatToCheck(results)) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn-big', onclick: () => { session.forms.delete('status'); navigate('/status', { replace: true }); } }, t('status.again')),
        h('span', { class: 'grow' }),
        h('button', { type: 'button', class: 'btn-primary', onclick: () => { session.forms.delete('status'); resetTo('/home'); } }, icon('home'), t('common.finish'))));
    return;
  }
  const list = fields();
  prefillAssisted(list, state);
  renderForm(root, {
    fields: list, state, title: t('home.status'), checkNik: false, submitLabel: t('status.check'),
    reviewNote: t('status.reviewNote'),
    onSubmit: async values => {
      const body = { nik: values.nik, kk: values.kk };
      const answer = await api('/api/status', { method: 'POST', body });
      state.results = (answer && answer.results) || [];
      state.unavailable = (answer && answer.unavailable) || [];
      state.query = body;
      state.resultsLang = prefs.lang;
      navigate('/status' + (program ? '?program=' + encodeURIComponent(program) : ''), { replace: true });
    }
  });
}
