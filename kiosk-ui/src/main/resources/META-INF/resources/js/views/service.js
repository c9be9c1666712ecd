// A module's service as a generated form: intro with the document checklist, the questions, review, submission.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { api } from '../api.js';
import { session } from '../state.js';
import { prefillAssisted } from '../session.js';
import { formState, renderForm } from '../form.js';
import { possibleFields, submittedData } from '../fields.js';
import { navigate } from '../router.js';
import { checklistList } from './receipt.js';
import { findProgram, getCatalog } from '../catalog.js';
import { serviceRoute } from './home.js';

function programName(code) {
  const program = findProgram(code);
  return program ? program.name : code;
}

const KNOWN = new Set(['NIK', 'KK', 'DATE', 'RUPIAH', 'PHONE', 'CHOICE', 'YES_NO', 'TEXT', 'NUMBER', 'ATTACHMENT', 'BANK_ACCOUNT']);

/**
 * The refusal the answers so far already decide, as the form shows it: the reasons, the services the program names
 * instead (those this kiosk offers), and always the screener, which finds what else may fit.
 */
async function precheck(service, fields, answered) {
  const body = { program: service.program, service: service.id, data: submittedData(fields, answered) };
  const answer = await api('/api/cases/precheck', { method: 'POST', body });
  if (!answer || !answer.refused) return null;
  const offered = getCatalog().services;
  const instead = (answer.instead || []).map(i => {
    const other = offered.find(s => s.program === i.program && s.id === i.service);
    return other ? { title: other.title, why: i.why, route: serviceRoute(other) } : null;
  }).filter(Boolean);
  instead.push({ title: t('home.screener'), why: t('form.insteadScreener'), route: '/screener' });
  return { reasons: (answer.reasons || []).map(r => r.message), instead };
}

export async function serviceView(root, params, ctx) {
  const path = '/api/programs/' + encodeURIComponent(params.program) + '/services/' + encodeURIComponent(params.id);
  const service = await api(path);
  if (!ctx.isCurrent()) return;
  if (service.kind === 'STATUS') {
    navigate('/status?program=' + encodeURIComponent(service.program), { replace: true });
    return;
  }
  const key = 'svc:' + params.program + ':' + params.id;
  const state = formState(key);
  const fields = (service.form || []).map(f => ({
    ...f, type: KNOWN.has(f.type) ? f.type : 'TEXT', choices: f.choices || [], required: f.required !== false
  }));

  const showForm = () => renderForm(root, {
    fields, state, title: service.title, checkNik: true, allowNoNik: !!service.withoutIdentity,
    submitLabel: t('form.send'),
    precheck: answered => precheck(service, fields, answered),
    onSubmit: async values => {
      const body = { program: service.program, service: service.id, data: submittedData(fields, values) };
      const answer = await api('/api/cases', { method: 'POST', body });
      session.receipts.set(answer.tracking, { ...answer, serviceTitle: service.title, programName: service.programName || programName(service.program) });
      session.forms.delete(key);
      navigate('/receipt/' + encodeURIComponent(answer.tracking), { replace: true });
    }
  });

  if (state.started) {
    showForm();
    return;
  }
  const checklist = service.checklist || [];
  const asked = possibleFields(fields, {}).length;
  add(root, 
    h('h1', null, service.title),
    service.summary ? h('p', { class: 'help' }, service.summary) : null,
    checklist.length ? h('div', { class: 'card' }, h('h2', null, t('service.bring')), checklistList(checklist)) : null,
    h('p', null, asked ? t('service.questions', { n: asked }) : t('service.noQuestions')),
    h('div', { class: 'actions' }, h('span', { class: 'grow' }),
      h('button', {
        type: 'button', class: 'btn-primary', onclick: () => {
          state.started = true;
          prefillAssisted(fields, state);
          showForm();
        }
      }, t('service.start'), icon('back', 'flip'))));
}
