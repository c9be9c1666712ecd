// Modal dialogs (confirmations, idle warning, document viewer) drawn by the kiosk itself.
import { h, add } from './dom.js';
import { t } from './i18n.js';
import { trackUrl } from './state.js';

let counter = 0;

/** Opens a modal; returns {close, root}. actions: [{label, primary, onClick}] (onClick may return false to stay open). */
export function openDialog({ title, body = [], actions = [], wide = false, alert = false, onClose = null }) {
  const id = 'dlg-' + (++counter);
  const previous = document.activeElement;
  const overlay = h('div', { class: 'overlay' });
  const close = () => {
    overlay.remove();
    if (onClose) onClose();
    if (previous && previous.isConnected) previous.focus({ preventScroll: true });
  };
  const buttons = actions.map(a => h('button', {
    type: 'button',
    class: a.primary ? 'btn-primary' : (a.danger ? 'btn-big btn-danger' : 'btn-big'),
    onclick: async () => { if ((await (a.onClick ? a.onClick() : undefined)) !== false) close(); }
  }, a.label));
  const box = h('div', {
    class: 'dialog' + (wide ? ' wide' : ''), role: alert ? 'alertdialog' : 'dialog', 'aria-modal': 'true',
    'aria-labelledby': id + '-t'
  }, h('h2', { id: id + '-t', tabindex: '-1' }, title), body, buttons.length ? h('div', { class: 'actions' }, buttons) : null);
  add(overlay, box);
  overlay.addEventListener('keydown', e => {
    if (e.key === 'Tab') {
      const focusable = [...box.querySelectorAll('button, a[href], input, select, textarea, iframe, [tabindex="0"]')];
      if (!focusable.length) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) { last.focus(); e.preventDefault(); }
      else if (!e.shiftKey && document.activeElement === last) { first.focus(); e.preventDefault(); }
    }
  });
  document.body.append(overlay);
  (buttons.find(b => b.classList.contains('btn-primary')) || box.querySelector('h2')).focus();
  return { close, root: box };
}

export function confirmDialog(title, text, confirmLabel, { danger = false } = {}) {
  return new Promise(resolve => {
    openDialog({
      title,
      body: [h('p', null, text)],
      alert: true,
      actions: [
        { label: t('common.cancel'), onClick: () => resolve(false) },
        danger ? { label: confirmLabel, danger: true, onClick: () => resolve(true) } : { label: confirmLabel, primary: true, onClick: () => resolve(true) }
      ]
    });
  });
}

/** Shows a PDF or image inside the kiosk (no navigation away from the app). */
export function viewDocument(title, url) {
  openDialog({
    title,
    wide: true,
    body: [h('iframe', { src: url, title })],
    actions: [{ label: t('common.close'), primary: true }]
  });
}

/** Shows a picture (a receipt's pages) in the kiosk's own viewer: no download or annotate tools, held in memory. */
export async function viewImage(title, alt, fetchUrl) {
  const url = trackUrl(await fetchUrl());
  openDialog({
    title,
    wide: true,
    body: [h('div', { class: 'picture' }, h('img', { src: url, alt }))],
    actions: [{ label: t('common.close'), primary: true }]
  });
}

export async function viewBlob(title, fetchUrl) {
  viewDocument(title, trackUrl(await fetchUrl()));
}
