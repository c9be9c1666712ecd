// "Cek perkembangan pengajuan": type the tracking number, see the case's state and history (no personal data but the masked NIK).
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { api, errorMessages } from '../api.js';
import { prefs } from '../state.js';
import { letterKeyboard } from '../keypad.js';
import { formatDateTime } from '../format.js';
import { navigate, setBackHandler } from '../router.js';
import { printButton, trackingSpeech } from './receipt.js';

export function historyList(history) {
  return h('ol', { class: 'history' }, (history || []).map(item => h('li', null,
    h('strong', null, item.stateLabel || item.state), ' — ', formatDateTime(item.at, prefs.lang),
    item.actor ? h('div', { class: 'muted' }, item.actor) : null,
    item.note ? h('div', null, item.note) : null)));
}

export function caseSummary(found) {
  return h('dl', { class: 'kv' },
    [h('dt', null, t('receipt.service')), h('dd', null, found.serviceTitle || found.service)],
    [h('dt', null, t('receipt.program')), h('dd', null, found.programName || found.program)],
    [h('dt', null, t('receipt.state')), h('dd', null, found.stateLabel || found.state, found.closed ? ' (' + t('track.closed') + ')' : '')],
    found.subjectNik ? [h('dt', null, t('track.subject')), h('dd', { 'data-speak': found.subjectNik }, found.subjectNik)] : null,
    found.createdAt ? [h('dt', null, t('track.created')), h('dd', null, formatDateTime(found.createdAt, prefs.lang))] : null,
    found.dueAt ? [h('dt', null, t('track.due')), h('dd', null, formatDateTime(found.dueAt, prefs.lang),
      found.overdue ? h('span', { class: 'badge bad' }, ' ', icon('clock'), t('track.overdue')) : null)] : null);
}

export async function trackView(root, params) {
  if (params.tracking) {
    const found = await api('/api/cases/' + encodeURIComponent(params.tracking));
    const status = h('div', { role: 'status' });
    add(root, h('h1', null, t('track.resultTitle')),
      h('p', { class: 'tracking', 'data-speak': trackingSpeech(found.tracking) }, found.tracking),
      h('div', { class: 'card' }, caseSummary(found)),
      // e.g. the city found the household claimed at another kiosk first: the TKSK reviews this claim
      found.notice ? h('p', { class: 'notice', id: 'track-notice' }, found.notice) : null,
      // a case the city works: its state as the kiosk last received it (offline too) and how old it is
      found.fromCity ? h('p', { class: 'notice', id: 'track-from-city' }, found.fromCity.note) : null,
      h('h2', null, t('track.history')), historyList(found.history),
      h('div', { class: 'actions' }, printButton(found.tracking, status)), status);
    return;
  }
  const error = h('div', { role: 'alert' });
  const input = h('input', {
    type: 'text', class: 'entry', id: 'tracking', inputmode: 'none', autocomplete: 'off', spellcheck: 'false',
    maxlength: '40', 'aria-describedby': 'tracking-help', autocapitalize: 'characters'
  });
  input.addEventListener('input', () => {
    const upper = input.value.toUpperCase().replace(/[^A-Z0-9-]/g, '');
    if (upper !== input.value) input.value = upper;
  });
  const submit = async () => {
    const value = input.value.trim();
    if (!value) {
      add(clear(error), h('p', { class: 'field-error' }, t('valid.required')));
      return;
    }
    try {
      await api('/api/cases/' + encodeURIComponent(value));
      navigate('/track/' + encodeURIComponent(value));
    } catch (e) {
      add(clear(error), h('div', { class: 'alert' }, errorMessages(e).join(' ')));
    }
  };
  input.addEventListener('keydown', e => { if (e.key === 'Enter') submit(); });
  setBackHandler(null);
  add(root, h('h1', null, t('home.track')),
    h('label', { for: 'tracking', class: 'question' }, t('track.label')),
    h('p', { id: 'tracking-help', class: 'help' }, t('track.help')),
    input, letterKeyboard(input, { upper: true, space: false }), error,
    h('div', { class: 'actions' }, h('span', { class: 'grow' }), h('button', { type: 'button', class: 'btn-primary', onclick: submit }, t('track.check'))));
}
