// Module manager: installed modules with version, state, health and an enabled switch; install/update by upload,
// rollback, uninstall with confirmation; the host's refusal reason is shown as it comes.
import { h, clear, add } from '../dom.js';
import { t, tOr } from '../i18n.js';
import { icon } from '../icons.js';
import { api, errorMessages, uploadFile } from '../api.js';
import { confirmDialog } from '../dialog.js';
import { loadCatalog } from '../catalog.js';
import { rerender } from '../router.js';

function filePicker(label, onFile) {
  const input = h('input', { type: 'file', accept: '.jar,application/java-archive', class: 'sr-only', tabindex: '-1', 'aria-hidden': 'true' });
  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    input.value = '';
    if (file) onFile(file);
  });
  return [h('button', { type: 'button', class: 'btn btn-big', onclick: () => input.click() }, icon('upload'), label), input];
}

export async function modulesView(root, params, ctx) {
  const [modules, city] = await Promise.all([api('/api/modules'), api('/api/admin/modules/city').catch(() => ({ set: false }))]);
  if (!ctx.isCurrent()) return;
  const list = Array.isArray(modules) ? modules : (modules && modules.modules) || [];
  const status = h('div', { 'aria-live': 'polite' });

  // a notice goes where the admin acted: into that module's row (or beside the install button), scrolled into view
  const noticeArea = code => (code && document.querySelector('#module-' + CSS.escape(code) + ' .row-status')) || document.querySelector('#module-status');
  const show = (code, notice) => {
    const area = noticeArea(code);
    if (!area) return;
    add(clear(area), notice);
    area.scrollIntoView({ block: 'nearest' });
  };
  const act = async (code, work, doneText, onRefused) => {
    show(code, h('p', { class: 'loading' }, t('common.working')));
    try {
      const answer = await work();
      await loadCatalog({ force: true }).catch(() => {});
      await rerender();
      show(code || (answer && answer.code), h('p', { class: 'notice', role: 'status' }, doneText));
    } catch (e) {
      show(code, h('div', { class: 'alert', role: 'alert' }, h('strong', null, t('modules.refused')), ' ', errorMessages(e).join(' ')));
      if (onRefused) onRefused(e);
    }
  };

  // an update signed with another trusted key: the admin may move the program to that key, then it is installed
  const offerNewSigner = (m, file) => e => {
    const signer = e.problem && e.problem.code === 'signer-changed' && e.problem.signer;
    if (!signer) return;
    const enc = encodeURIComponent(m.code);
    add(noticeArea(m.code), h('div', { class: 'actions' }, h('button', {
      type: 'button', class: 'btn btn-big', id: 'module-assign-signer', onclick: async () => {
        if (await confirmDialog(t('modules.signerTitle'), t('modules.signerText', { name: m.name || m.code, signer: signer.offeredName, fingerprint: signer.offered }), t('modules.signerConfirm'), { danger: true })) {
          act(m.code, async () => {
            await api('/api/admin/modules/' + enc + '/signer', { method: 'POST', body: { fingerprint: signer.offered } });
            return uploadWith('PUT', '/api/admin/modules/' + enc, file);
          }, t('modules.updatedDone', { name: m.name || m.code }));
        }
      }
    }, t('modules.signerConfirm'))));
  };
  status.id = 'module-status';

  const toggle = async m => {
    const name = m.name || m.code;
    const path = '/api/admin/modules/' + encodeURIComponent(m.code) + (m.enabled ? '/disable' : '/enable');
    if (m.enabled && !await confirmDialog(t('modules.disableTitle'), t('modules.disableText', { name }), t('modules.disable'), { danger: true })) return;
    act(m.code, () => api(path, { method: 'POST' }), m.enabled ? t('modules.disabledDone', { name }) : t('modules.enabledDone', { name }));
  };

  const healthBadge = m => {
    if (m.health === 'DISABLED' || !m.enabled) return h('span', { class: 'badge' }, t('modules.off'));
    const healthy = m.health === 'UP';
    return h('span', { class: 'badge ' + (healthy ? 'ok' : 'bad') }, icon(healthy ? 'check' : 'warning'), healthy ? t('modules.up') : t('modules.down'));
  };

  const row = m => {
    const enc = encodeURIComponent(m.code);
    const name = m.name || m.code;
    return h('tr', { id: 'module-' + m.code },
      h('th', { scope: 'row' }, h('div', null, name), h('div', { class: 'muted' }, m.code)),
      h('td', null, m.version || '', m.previousVersion ? h('div', { class: 'muted' }, t('modules.previous', { v: m.previousVersion })) : null),
      h('td', null, tOr('moduleState.' + m.state, m.state),
        m.problem ? h('div', { class: 'field-error' }, m.problem) : null),
      h('td', null, healthBadge(m)),
      // the city sets which programs run here: no switch, and the host refuses one (409 city-managed)
      h('td', null, m.cityManaged ? h('span', { class: 'badge' }, icon('globe'), t('modules.cityManaged')) : h('button', {
        type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(!!m.enabled),
        'aria-label': t('modules.enabledFor', { name }), onclick: () => toggle(m)
      }, h('span', { class: 'knob', 'aria-hidden': 'true' }), m.enabled ? t('modules.on') : t('modules.off'))),
      h('td', null, h('div', { class: 'actions' },
        filePicker(t('modules.update'), file => act(m.code, () => uploadWith('PUT', '/api/admin/modules/' + enc, file), t('modules.updatedDone', { name }), offerNewSigner(m, file))),
        m.previousVersion ? h('button', {
          type: 'button', class: 'btn btn-big', onclick: async () => {
            if (await confirmDialog(t('modules.rollbackTitle'), t('modules.rollbackText', { name, v: m.previousVersion }), t('modules.rollback'))) {
              act(m.code, () => api('/api/admin/modules/' + enc + '/rollback', { method: 'POST' }), t('modules.rolledBackDone', { name }));
            }
          }
        }, t('modules.rollback')) : null,
        h('button', {
          type: 'button', class: 'btn btn-big btn-danger', onclick: async () => {
            if (await confirmDialog(t('modules.uninstallTitle'), t('modules.uninstallText', { name }), t('modules.uninstall'), { danger: true })) {
              act(null, () => api('/api/admin/modules/' + enc, { method: 'DELETE' }), t('modules.uninstalledDone', { name }));
            }
          }
        }, t('modules.uninstall'))),
        h('div', { class: 'row-status', 'aria-live': 'polite' })));
  };

  add(root, h('h1', null, t('menu.modules')), h('p', { class: 'help' }, t('modules.intro')),
    h('div', { class: 'actions' }, filePicker(t('modules.install'), file => act(null, () => uploadFile('/api/admin/modules', file, file.name), t('modules.installedDone', { name: file.name })))),
    status,
    city && city.set ? h('div', { class: 'card', id: 'city-programs' }, h('p', null, t('modules.cityList', { kelurahan: city.kelurahan, revision: city.revision })),
      h('ul', null, city.programs.map(p => h('li', null, p.code, p.installed ? null : h('span', { class: 'muted' }, ' (' + t('modules.notInstalled') + ')'))))) : null,
    list.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('caption', { class: 'sr-only' }, t('menu.modules')),
      h('thead', null, h('tr', null, [t('modules.name'), t('modules.version'), t('modules.state'), t('modules.health'), t('modules.enabled'), t('modules.actions')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', null, list.map(row)))) : h('p', { class: 'card' }, t('modules.none')));
}

async function uploadWith(method, path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api(path, { method, form });
}
