// Receipt after a submission (and for a PSM's cases of today): tracking number and its QR code, checklist, next
// steps, the receipt in the kiosk's own viewer, print.
// The server gives a receipt only to the session that filed the case, to staff, or after the subject's KK number.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { ApiError, api, blobUrl, errorMessages } from '../api.js';
import { session, trackUrl } from '../state.js';
import { resetTo } from '../router.js';
import { openDialog, viewImage } from '../dialog.js';
import { numericKeypad } from '../keypad.js';

export function checklistList(items) {
  return h('ul', { class: 'checklist' }, items.map(item => h('li', null,
    h('strong', null, item.label), item.where ? h('span', null, ' — ' + t('receipt.where', { where: item.where })) : null)));
}

export function trackingSpeech(tracking) {
  return String(tracking).split('').map(ch => (ch === '-' ? ',' : ch)).join(' ');
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

/** Opens the receipt in the kiosk's own viewer: a picture of its pages the server drew, held in memory only. */
function viewButton(tracking, status) {
  return h('button', {
    type: 'button', class: 'btn-big', onclick: async () => {
      try {
        await withProof(tracking, () => viewImage(t('receipt.view'), t('receipt.viewAlt', { tracking }),
          () => blobUrl('/api/cases/' + encodeURIComponent(tracking) + '/receipt/image?format=a6')));
      } catch (err) {
        add(clear(status), h('div', { class: 'alert' }, errorMessages(err).join(' ')));
      }
    }
  }, icon('file'), t('receipt.view'));
}

/** The QR code of the number, as printed; left out when the server does not give it (another session's case). */
function qrCode(tracking) {
  const img = h('img', { class: 'qr', alt: t('receipt.qrAlt'), width: '200', height: '200', hidden: true });
  blobUrl('/api/cases/' + encodeURIComponent(tracking) + '/receipt/qr')
    .then(url => { img.src = trackUrl(url); img.hidden = false; })
    .catch(() => img.remove());
  return img;
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
    h('div', { class: 'card receipt-number' },
      h('div', null,
        h('p', null, t('receipt.number')),
        h('p', { class: 'tracking', 'data-speak': trackingSpeech(tracking) }, tracking),
        h('p', null, t('receipt.keep'))),
      qrCode(tracking)),
    h('div', { class: 'card' }, h('dl', { class: 'kv' },
      data.serviceTitle ? [h('dt', null, t('receipt.service')), h('dd', null, data.serviceTitle)] : null,
      data.programName ? [h('dt', null, t('receipt.program')), h('dd', null, data.programName)] : null,
      data.stateLabel ? [h('dt', null, t('receipt.state')), h('dd', null, data.stateLabel)] : null)),
    data.checklist && data.checklist.length ? h('div', { class: 'card' }, h('h2', null, t('receipt.checklist')), checklistList(data.checklist)) : null,
    nextSteps.length ? h('div', { class: 'card' }, h('h2', null, t('receipt.next')), nextSteps.map(s => h('p', null, s))) : null,
    status,
    // one primary action: the printed receipt; viewing it and finishing are there, quieter
    h('div', { class: 'actions' }, viewButton(tracking, status),
      h('button', { type: 'button', class: 'btn-big', onclick: () => resetTo('/home') }, icon('home'), t('receipt.done')),
      h('span', { class: 'grow' }), printButton(tracking, status)));
}
