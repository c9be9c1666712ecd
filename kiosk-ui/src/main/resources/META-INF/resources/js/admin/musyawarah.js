// Musyawarah kelurahan: the meeting that decides which proposals the kelurahan enters in SIKS-NG.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { api, errorMessages } from '../api.js';
import { prefs } from '../state.js';
import { formatDate } from '../format.js';

const lines = text => text.split('\n').map(s => s.trim()).filter(Boolean);

export async function musyawarahView(root, params, ctx) {
  const today = new Date().toISOString().slice(0, 10);
  const date = h('input', { type: 'date', id: 'mk-date', required: true, value: today, max: today });
  const place = h('input', { type: 'text', id: 'mk-place' });
  const attendees = h('textarea', { id: 'mk-attendees', rows: '4' });
  const approved = h('textarea', { id: 'mk-approved', rows: '3' });
  const rejected = h('textarea', { id: 'mk-rejected', rows: '3' });
  const outcome = h('div', { role: 'status', 'aria-live': 'polite' });
  const past = h('div');

  const showPast = async () => {
    try {
      const { meetings } = await api('/api/musyawarah');
      add(clear(past), meetings.length ? h('ul', null, meetings.map(m => h('li', null,
        formatDate(m.heldOn, prefs.lang) + ' · ' + m.place + ' · ' + t('musyawarah.decided', {
          yes: m.decisions.filter(d => d.approved).length, no: m.decisions.filter(d => !d.approved).length
        })))) : h('p', { class: 'help' }, t('musyawarah.none')));
    } catch (e) {
      add(clear(past), h('div', { class: 'alert' }, errorMessages(e).join(' ')));
    }
  };

  const submit = async e => {
    const button = e.currentTarget;
    button.disabled = true;
    try {
      const decisions = [...lines(approved.value).map(tracking => ({ tracking, approved: true })),
        ...lines(rejected.value).map(tracking => ({ tracking, approved: false }))];
      const saved = await api('/api/musyawarah', { method: 'POST', body: {
        heldOn: date.value, place: place.value, attendees: lines(attendees.value), decisions } });
      add(clear(outcome), h('p', { class: 'notice' }, t('musyawarah.saved', { id: saved.id })));
      approved.value = '';
      rejected.value = '';
      await showPast();
    } catch (err) {
      add(clear(outcome), h('div', { class: 'alert', role: 'alert' }, errorMessages(err).join(' ')));
    } finally {
      button.disabled = false;
    }
  };

  if (!ctx.isCurrent()) return;
  add(root, h('h1', null, t('menu.musyawarah')), h('p', { class: 'help' }, t('musyawarah.intro')),
    h('div', { class: 'toolbar' },
      h('label', { for: 'mk-date' }, t('musyawarah.date'), date),
      h('label', { for: 'mk-place' }, t('musyawarah.place'), place)),
    h('label', { for: 'mk-attendees' }, t('musyawarah.attendees'), attendees),
    h('label', { for: 'mk-approved' }, t('musyawarah.approved'), approved),
    h('label', { for: 'mk-rejected' }, t('musyawarah.rejected'), rejected),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn-primary', onclick: submit }, t('musyawarah.save'))),
    outcome, h('h2', null, t('musyawarah.past')), past);
  await showPast();
}
