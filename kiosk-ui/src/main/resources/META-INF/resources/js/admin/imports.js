// Recipient list import: program, period, source (DTSEN, SP2D payment list, other) and CSV file → progress while the
// host imports → how many of today's recipients the new list drops, to confirm or cancel → rejected-rows report.
import { h, clear, add } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { api, blobUrl, errorMessages, uploadFile } from '../api.js';
import { getCatalog } from '../catalog.js';
import { trackUrl } from '../state.js';
import { overlapsSection } from './overlaps.js';

/** Counts lines of a file by streaming it, to turn rowsRead into a percentage (header line excluded). */
async function countRows(file) {
  if (!file.stream) return null;
  const reader = file.stream().getReader();
  let lines = 0;
  let last = 10;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
    if (value.length) last = value[value.length - 1];
  }
  if (last !== 10) lines++;
  return Math.max(lines - 1, 0);
}

export async function importsView(root, params, ctx) {
  const programs = getCatalog().programs;
  const program = h('select', { id: 'imp-program', required: true },
    programs.map(p => h('option', { value: p.code }, p.name + ' (' + p.code + ')')));
  const source = h('select', { id: 'imp-source' },
    ['', 'DTSEN', 'SP2D', 'OTHER'].map(s => h('option', { value: s }, t('imports.source.' + s))));
  const now = new Date();
  const period = h('input', { type: 'month', id: 'imp-period', required: true, value: now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') });
  // the browser's own file control speaks the browser's language: a button and the chosen name in the kiosk's
  const file = h('input', { type: 'file', id: 'imp-file', accept: '.csv,text/csv', class: 'sr-only', tabindex: '-1', 'aria-hidden': 'true' });
  const chosenName = h('span', { id: 'imp-file-name', class: 'help' }, t('imports.noFile'));
  file.addEventListener('change', () => {
    const chosen = file.files && file.files[0];
    chosenName.textContent = chosen ? chosen.name : t('imports.noFile');
  });
  const picker = h('button', { type: 'button', class: 'btn btn-big', id: 'imp-choose', 'aria-describedby': 'imp-file-name', onclick: () => file.click() },
    icon('file'), t('imports.choose'));
  const progressArea = h('div', { role: 'status', 'aria-live': 'polite' });

  const decide = (id, total, action) => async e => {
    e.currentTarget.disabled = true;
    try {
      await api('/api/admin/recipient-lists/imports/' + encodeURIComponent(id) + '/' + action, { method: 'POST' });
      await poll(id, total);
    } catch (err) {
      add(clear(progressArea), h('div', { class: 'alert', role: 'alert' }, errorMessages(err).join(' ')));
    }
  };

  const poll = async (id, total) => {
    const bar = h('progress', { max: '100', 'aria-label': t('imports.progress') });
    const text = h('p');
    add(clear(progressArea), bar, text);
    for (;;) {
      if (!progressArea.isConnected) return;
      let job;
      try {
        job = await api('/api/admin/recipient-lists/imports/' + encodeURIComponent(id));
      } catch (e) {
        add(clear(progressArea), h('div', { class: 'alert' }, errorMessages(e).join(' ')));
        return;
      }
      if (job.state === 'PREVIEW' && job.preview) {
        // nothing is replaced yet: the admin sees who the new list leaves out, and decides
        const p = job.preview;
        bar.value = 100;
        add(progressArea, h('div', { class: p.dropped ? 'alert' : 'notice', id: 'imp-preview' },
          h('p', null, t('imports.previewCounts', { rows: job.rowsImported || 0, published: p.published, dropped: p.dropped, added: p.added })),
          p.dropped ? h('p', null, t('imports.previewDropped', { n: p.dropped })) : null),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn-big', id: 'imp-cancel', onclick: decide(id, total, 'cancel') }, t('imports.cancel')),
          h('span', { class: 'grow' }),
          h('button', { type: 'button', class: 'btn-primary', id: 'imp-confirm', onclick: decide(id, total, 'confirm') }, t('imports.confirmReplace'))));
        document.getElementById('imp-preview').scrollIntoView({ block: 'nearest' });
        return;
      }
      const done = job.state !== 'RUNNING';
      if (done) bar.value = 100;
      else if (total) bar.value = Math.min(99, Math.floor((job.rowsRead || 0) * 100 / total));
      else bar.removeAttribute('value');
      text.textContent = t('imports.counts', { read: job.rowsRead || 0, ok: job.rowsImported || 0, bad: job.rowsRejected || 0 })
        + (total ? ' · ' + t('imports.ofTotal', { total }) : '');
      if (done) {
        add(progressArea, job.state === 'DONE'
          ? h('p', { class: 'notice' }, t('imports.done'), ' ', t('imports.sourceOf', {
            program: job.program, period: job.period, source: t('imports.source.' + (job.source || '')) }))
          : job.problemCode === 'cancelled' ? h('p', { class: 'notice' }, job.problem || '')
            : h('div', { class: 'alert' }, t('imports.failed'), ' ', job.problem || ''));
        if (job.rowsRejected) {
          const link = h('a', {
            class: 'btn btn-big', href: '/api/admin/recipient-lists/imports/' + encodeURIComponent(id) + '/rejected.csv',
            download: 'rejected-' + id + '.csv'
          }, icon('file'), t('imports.rejected', { n: job.rowsRejected }));
          link.addEventListener('click', async e => {
            if (link.dataset.ready) return;
            e.preventDefault();
            link.href = trackUrl(await blobUrl(link.getAttribute('href')));
            link.dataset.ready = '1';
            link.click();
          });
          add(progressArea, h('div', { class: 'actions' }, link));
        }
        // lists come from different offices: after each import, who they hold twice or although no longer entitled
        if (job.state === 'DONE') add(progressArea, await overlapsSection());
        return;
      }
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
  };

  const upload = async (button, chosen, fields) => {
    button.disabled = true;
    add(clear(progressArea), h('p', { class: 'loading' }, t('imports.uploading')));
    try {
      const [answer, total] = await Promise.all([
        uploadFile('/api/admin/recipient-lists', chosen, chosen.name, fields),
        countRows(chosen).catch(() => null)
      ]);
      await poll(answer.id, total);
    } catch (err) {
      add(clear(progressArea), h('div', { class: 'alert', role: 'alert' }, errorMessages(err).join(' ')));
    } finally {
      button.disabled = false;
    }
  };

  const submit = async e => {
    const chosen = file.files && file.files[0];
    if (!program.value || !period.value || !chosen) {
      add(clear(progressArea), h('p', { class: 'field-error' }, t('imports.missing')));
      return;
    }
    const fields = { program: program.value, period: period.value, preview: 'true' };
    if (source.value) fields.source = source.value;
    await upload(e.currentTarget, chosen, fields);
  };

  add(root, h('h1', null, t('menu.imports')), h('p', { class: 'help' }, t('imports.intro')),
    h('div', { class: 'toolbar' },
      h('label', { for: 'imp-program' }, t('imports.program'), program),
      h('label', { for: 'imp-period' }, t('imports.period'), period),
      h('label', { for: 'imp-source' }, t('imports.source'), source),
      h('div', { class: 'file-choice' }, h('span', null, t('imports.file')), picker, chosenName, file)),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn-primary', onclick: submit }, icon('upload'), t('imports.start'))),
    progressArea);
}
