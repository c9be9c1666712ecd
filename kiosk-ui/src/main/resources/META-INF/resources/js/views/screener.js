// "Bantuan apa yang cocok untuk saya?": a few questions, then each enabled program's verdict with reasons.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { api } from '../api.js';
import { session } from '../state.js';
import { getCatalog } from '../catalog.js';
import { formState, renderForm } from '../form.js';
import { navigate, resetTo, setBackHandler } from '../router.js';
import { serviceRoute } from './home.js';
import { unavailableCard } from './unavailable.js';

const DISABILITIES = ['NONE', 'PHYSICAL', 'SEVERE_PHYSICAL', 'SENSORY', 'MENTAL', 'INTELLECTUAL'];
const YES_NO = ['chronicIllness', 'neglected', 'poorHousehold', 'houseDamagedByDisaster', 'recentDeath', 'homeless'];

function fields() {
  const programs = getCatalog().programs;
  const list = [
    { name: 'age', type: 'NUMBER', label: t('screen.age'), required: true, min: 0, max: 130 },
    { name: 'disability', type: 'CHOICE', label: t('screen.disability'), required: true, choices: DISABILITIES.map(d => ({ value: d, label: t('disability.' + d) })) }
  ];
  for (const name of YES_NO) list.push({ name, type: 'YES_NO', label: t('screen.' + name), help: t('screen.' + name + 'Help'), required: true });
  if (programs.length) {
    list.push({ name: 'currentAid', type: 'MULTI', label: t('screen.currentAid'), help: t('screen.currentAidHelp'), required: false, choices: programs.map(p => ({ value: p.code, label: p.name })) });
  }
  return list;
}

const VERDICT = {
  LIKELY: { cls: 'ok', icon: 'check' },
  POSSIBLE: { cls: 'mid', icon: 'question' },
  UNLIKELY: { cls: 'bad', icon: 'cross' }
};

function serviceId(service) {
  if (!service) return null;
  return typeof service === 'object' ? service.id : service;
}

function resultCard(result) {
  const look = VERDICT[result.verdict] || VERDICT.POSSIBLE;
  const id = serviceId(result.service);
  const service = id ? getCatalog().services.find(s => s.program === result.program && s.id === id) : null;
  return h('div', { class: 'card' },
    h('h2', null, result.programName || result.program),
    h('p', { class: 'badge ' + look.cls }, icon(look.icon), t('verdict.' + result.verdict)),
    result.reasons && result.reasons.length ? h('ul', null, result.reasons.map(r => h('li', null, typeof r === 'string' ? r : r.message))) : null,
    // each program has its own decider (BPNT: Kemensos, KJS: the province, Santunan Kematian: the city's Dinsos)
    result.decidedBy ? h('p', { class: 'help' }, t('screen.decidedBy', { who: result.decidedBy })) : null,
    service && result.verdict !== 'UNLIKELY' ? h('button', { type: 'button', class: 'btn-primary', onclick: () => navigate(serviceRoute(service)) }, t('screen.apply', { service: service.title })) : null);
}

export async function screenerView(root) {
  const state = formState('screener');
  if (state.results) {
    setBackHandler(() => { state.results = null; state.phase = 'review'; navigate('/screener', { replace: true }); return true; });
    const order = { LIKELY: 0, POSSIBLE: 1, UNLIKELY: 2 };
    const results = [...state.results].sort((a, b) => (order[a.verdict] ?? 1) - (order[b.verdict] ?? 1));
    add(root, h('h1', null, t('screen.resultTitle')), h('p', { class: 'help' }, t('screen.resultNote')),
      results.length ? results.map(resultCard)
        : state.unavailable && state.unavailable.length ? null : h('p', { class: 'card' }, t('screen.noResults')),
      unavailableCard(state.unavailable),
      h('div', { class: 'actions' }, h('span', { class: 'grow' }),
        h('button', { type: 'button', class: 'btn-primary', onclick: () => { session.forms.delete('screener'); resetTo('/home'); } }, icon('home'), t('common.finish'))));
    return;
  }
  const list = fields();
  renderForm(root, {
    fields: list, state, title: t('home.screener'), submitLabel: t('screen.submit'),
    onSubmit: async values => {
      const body = { age: Number(values.age), disability: values.disability || 'NONE', currentAid: values.currentAid || [] };
      for (const name of YES_NO) body[name] = values[name] === 'true';
      const answer = await api('/api/screening', { method: 'POST', body });
      state.results = (answer && answer.results) || [];
      state.unavailable = (answer && answer.unavailable) || [];
      navigate('/screener', { replace: true });
    }
  });
}
