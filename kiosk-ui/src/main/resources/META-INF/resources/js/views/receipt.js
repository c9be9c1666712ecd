// Receipt after a submission (and for a PSM's cases of today): tracking number, checklist, next steps, PDF, print.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { api, errorMessages } from '../api.js';
import { session } from '../state.js';
import { resetTo } from '../router.js';
import { viewDocument } from '../dialog.js';

export function checklistList(items) {
  return h('ul', { class: 'checklist' }, items.map(item => h('li', null,
    h('strong', null, item.label), item.where ? h('span', null, ' — ' + t('receipt.where', { where: item.where })) : null)));
}

export function trackingSpeech(tracking) {
  return String(tracking).split('').map(ch => (ch === '-' ? ',' : ch)).join(' ');
}

function receiptUrl(tracking, format, receipt) {
  if (receipt && typeof receipt[format] === 'string' && receipt[format].startsWith('/')) return receipt[format];
  return '/api/cases/' + encodeURIComponent(tracking) + '/receipt?format=' + format;
}

export function printButton(tracking, status) {
  return h('button', {
    type: 'button', class: 'btn-primary', onclick: async e => {
      const button = e.currentTarget;
      button.disabled = true;
      add(clear(status), h('p', null, t('receipt.printing')));
      try {
        await api('/api/cases/' + encodeURIComponent(tracking) + '/print', { method: 'POST' });
        add(clear(status), h('p', { class: 'notice' }, t('receipt.printed')));
      } catch (err) {
        add(clear(status), h('div', { class: 'alert' }, errorMessages(err).join(' ')));
      } finally {
        button.disabled = false;
      }
    }
  }, icon('print'), t('receipt.print'));
}

export function pdfButtons(tracking, receipt) {
  return [
    h('a', {
      class: 'btn btn-big', href: receiptUrl(tracking, 'a6', receipt),
      onclick: e => { e.preventDefault(); viewDocument(t('receipt.pdfA6'), receiptUrl(tracking, 'a6', receipt)); }
    }, icon('file'), t('receipt.pdfA6')),
    h('a', {
      class: 'btn btn-big', href: receiptUrl(tracking, 'roll58', receipt),
      onclick: e => { e.preventDefault(); viewDocument(t('receipt.pdfRoll'), receiptUrl(tracking, 'roll58', receipt)); }
    }, icon('file'), t('receipt.pdfRoll'))
  ];
}

export async function receiptView(root, params, ctx) {
  const tracking = params.tracking;
  let data = session.receipts.get(tracking);
  const fresh = !!data;
  if (!data) {
    data = await api('/api/cases/' + encodeURIComponent(tracking));
    if (!ctx.isCurrent()) return;
  }
  const status = h('div', { role: 'status' });
  const nextSteps = Array.isArray(data.nextSteps) ? data.nextSteps : (data.nextSteps ? [data.nextSteps] : []);
  add(root, 
    h('h1', null, fresh ? t('receipt.title') : t('receipt.titleAgain')),
    fresh ? h('p', { class: 'notice' }, t('receipt.saved')) : null,
    h('div', { class: 'card' },
      h('p', null, t('receipt.number')),
      h('p', { class: 'tracking', 'data-speak': trackingSpeech(tracking) }, tracking),
      h('p', null, t('receipt.keep')),
      h('dl', { class: 'kv' },
        data.serviceTitle ? [h('dt', null, t('receipt.service')), h('dd', null, data.serviceTitle)] : null,
        data.programName ? [h('dt', null, t('receipt.program')), h('dd', null, data.programName)] : null,
        data.stateLabel ? [h('dt', null, t('receipt.state')), h('dd', null, data.stateLabel)] : null)),
    data.checklist && data.checklist.length ? h('div', { class: 'card' }, h('h2', null, t('receipt.checklist')), checklistList(data.checklist)) : null,
    nextSteps.length ? h('div', { class: 'card' }, h('h2', null, t('receipt.next')), nextSteps.map(s => h('p', null, s))) : null,
    h('div', { class: 'actions' }, printButton(tracking, status), pdfButtons(tracking, data.receipt)),
    status,
    h('div', { class: 'actions' }, h('span', { class: 'grow' }),
      h('button', { type: 'button', class: 'btn-primary', onclick: () => resetTo('/home') }, icon('home'), t('receipt.done'))));
}
