// Receipt after a submission (and for a PSM's cases of today): tracking number, checklist, next steps, PDF, print.
// The server gives a receipt only to the session that filed the case, to staff, or after the subject's KK number.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { ApiError, api, blobUrl, errorMessages } from '../api.js';
import { session } from '../state.js';
import { resetTo } from '../router.js';
import { openDialog, viewBlob } from '../dialog.js';
import { numericKeypad } from '../keypad.js';

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

/** Asks for the KK number of the case's subject and proves it to the server; resolves true once it is accepted. */
function proveKk(tracking) {
  return new Promise(resolve => {
    const error = h('div', { role: 'alert' });
    const input = h('input', {
      type: 'text', class: 'entry', id: 'proof-kk', inputmode: 'none', autocomplete: 'off', maxlength: '16',
      'aria-describedby': 'proof-kk-help'
    });
    input.addEventListener('input', () => { input.value = input.value.replace(/\D/g, ''); });
    let accepted = false;
    openDialog({
      title: t('receipt.proofTitle'),
      body: [h('label', { for: 'proof-kk', class: 'question' }, t('receipt.proofLabel')),
        h('p', { id: 'proof-kk-help', class: 'help' }, t('receipt.proofHelp')), input, numericKeypad(input), error],
      actions: [
        { label: t('common.cancel') },
        {
          label: t('receipt.proofCheck'), primary: true, onClick: async () => {
            if (!/^\d{16}$/.test(input.value)) {
              add(clear(error), h('p', { class: 'field-error' }, t('valid.kk')));
              return false;
            }
            try {
              await api('/api/cases/' + encodeURIComponent(tracking) + '/proof', { method: 'POST', body: { kk: input.value } });
              accepted = true;
              return true;
            } catch (err) {
              add(clear(error), h('div', { class: 'alert' }, errorMessages(err).join(' ')));
              return false;
            }
          }
        }
      ],
      onClose: () => resolve(accepted)
    });
  });
}

/** Runs a receipt action; when the server asks for the KK number first, asks for it and runs the action again. */
async function withProof(tracking, action) {
  try {
    return await action();
  } catch (err) {
    if (!(err instanceof ApiError) || err.problem.code !== 'receipt-proof' || !(await proveKk(tracking))) throw err;
    return action();
  }
}

export function printButton(tracking, status) {
  return h('button', {
    type: 'button', class: 'btn-primary', onclick: async e => {
      const button = e.currentTarget;
      button.disabled = true;
      add(clear(status), h('p', null, t('receipt.printing')));
      try {
        await withProof(tracking, () => api('/api/cases/' + encodeURIComponent(tracking) + '/print', { method: 'POST' }));
        add(clear(status), h('p', { class: 'notice' }, t('receipt.printed')));
      } catch (err) {
        add(clear(status), h('div', { class: 'alert' }, errorMessages(err).join(' ')));
      } finally {
        button.disabled = false;
      }
    }
  }, icon('print'), t('receipt.print'));
}

function pdfButton(tracking, format, receipt, label, status) {
  return h('a', {
    class: 'btn btn-big', href: receiptUrl(tracking, format, receipt),
    onclick: async e => {
      e.preventDefault();
      try {
        // fetched with the session header (an iframe's own request would carry none), shown from memory
        await withProof(tracking, () => viewBlob(label, () => blobUrl(receiptUrl(tracking, format, receipt))));
      } catch (err) {
        add(clear(status), h('div', { class: 'alert' }, errorMessages(err).join(' ')));
      }
    }
  }, icon('file'), label);
}

export function pdfButtons(tracking, receipt, status) {
  return [pdfButton(tracking, 'a6', receipt, t('receipt.pdfA6'), status),
    pdfButton(tracking, 'roll58', receipt, t('receipt.pdfRoll'), status)];
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
    h('div', { class: 'actions' }, printButton(tracking, status), pdfButtons(tracking, data.receipt, status)),
    status,
    h('div', { class: 'actions' }, h('span', { class: 'grow' }),
      h('button', { type: 'button', class: 'btn-primary', onclick: () => resetTo('/home') }, icon('home'), t('receipt.done'))));
}
