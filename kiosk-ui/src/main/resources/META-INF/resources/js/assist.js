// Assisting a resident, by a PSM or a TKSK alike: their menu, the consent step (checkbox read aloud + the resident's
// signature or thumbprint on the screen, or their photo), today's cases. The words name the role of who assists.
import { h, clear, add } from './dom.js';
import { t } from './i18n.js';
import { icon } from './icons.js';
import { api, errorMessages } from './api.js';
import { prefs, session } from './state.js';
import { numericKeypad } from './keypad.js';
import { maskId, formatDateTime } from './format.js';
import { captureWidget, uploadAttachment } from './capture.js';
import { startAssist } from './session.js';
import { navigate, resetTo } from './router.js';
import { speak } from './speech.js';
import { officer } from './shell.js';

export async function assistHomeView(root) {
  add(root, h('h1', null, t('assist.title', officer())),
    session.assisting ? h('p', { class: 'notice' }, t('assist.assisting', { nik: session.assisting.nikMasked })) : h('p', null, t('assist.intro')),
    h('ul', { class: 'menu-grid' },
      // one primary action: going on with the resident being helped, else starting to help one
      h('li', null, h('button', { type: 'button', class: session.assisting ? 'btn btn-big' : 'btn-primary', onclick: () => navigate('/assist/consent') }, icon('user'), session.assisting ? t('assist.other') : t('assist.start'))),
      session.assisting ? h('li', null, h('button', { type: 'button', class: 'btn-primary', onclick: () => navigate('/home') }, icon('home'), t('assist.toServices'))) : null,
      h('li', null, h('button', { type: 'button', class: 'btn btn-big', onclick: () => navigate('/assist/today') }, icon('list'), t('assist.today')))));
}

function consentText(nikMasked) {
  return t('assist.consentText', { ...officer(), nik: nikMasked });
}

/** A box to sign in with a finger, or (thumb) to press a thumb on: each press leaves the shape the screen felt. */
function signaturePad({ thumb = false } = {}) {
  const canvas = h('canvas', { class: 'signature', role: 'img', 'aria-label': t(thumb ? 'assist.thumbArea' : 'assist.signatureArea') });
  let drawing = false;
  let strokes = 0;
  const ctx2d = () => canvas.getContext('2d');
  const size = () => {
    const rect = canvas.getBoundingClientRect();
    if (canvas.width !== Math.round(rect.width) && rect.width > 0) {
      canvas.width = Math.round(rect.width);
      canvas.height = Math.round(rect.height);
      const c = ctx2d();
      c.fillStyle = '#fff';
      c.fillRect(0, 0, canvas.width, canvas.height);
      c.lineWidth = 4;
      c.lineCap = 'round';
      c.lineJoin = 'round';
      c.strokeStyle = '#000';
    }
  };
  const point = e => {
    const rect = canvas.getBoundingClientRect();
    return [(e.clientX - rect.left) * (canvas.width / rect.width), (e.clientY - rect.top) * (canvas.height / rect.height)];
  };
  canvas.addEventListener('pointerdown', e => {
    size();
    drawing = true;
    canvas.setPointerCapture(e.pointerId);
    const [x, y] = point(e);
    const c = ctx2d();
    c.beginPath();
    if (thumb) {
      // a touch screen reports the contact's size; a mouse or pen reports 1 px, so a thumb-sized mark stands in
      c.ellipse(x, y, Math.max(e.width || 0, 36) / 2, Math.max(e.height || 0, 48) / 2, 0, 0, 2 * Math.PI);
      c.fillStyle = '#333';
      c.fill();
      return;
    }
    c.moveTo(x, y);
    c.lineTo(x + 0.1, y + 0.1);
    c.stroke();
  });
  canvas.addEventListener('pointermove', e => {
    if (!drawing || thumb) return;
    const [x, y] = point(e);
    const c = ctx2d();
    c.lineTo(x, y);
    c.stroke();
  });
  const end = () => { if (drawing) strokes += 1; drawing = false; };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  return {
    canvas,
    get empty() { return strokes === 0; },
    clear() { strokes = 0; canvas.width = 0; size(); },
    toBlob: () => new Promise(resolve => canvas.toBlob(resolve, 'image/png'))
  };
}

export async function consentView(root) {
  const state = { nik: '' };
  const drawNik = () => {
    const input = h('input', { type: 'text', class: 'entry', id: 'assist-nik', inputmode: 'none', autocomplete: 'off', maxlength: '16' });
    const counter = h('p', { class: 'counter', 'aria-live': 'polite' }, t('form.digitsTyped', { n: 0, of: 16 }));
    const error = h('div', { role: 'alert' });
    input.addEventListener('input', () => {
      input.value = input.value.replace(/\D/g, '');
      counter.textContent = t('form.digitsTyped', { n: input.value.length, of: 16 });
    });
    const nextStep = async () => {
      if (!/^\d{16}$/.test(input.value)) {
        add(clear(error), h('p', { class: 'field-error' }, t('valid.nik')));
        return;
      }
      try {
        const check = await api('/api/identity/nik', { method: 'POST', body: { nik: input.value } });
        if (check && check.valid === false) {
          add(clear(error), h('p', { class: 'field-error' }, (check.problems || []).map(p => p.message).join(' ') || t('valid.nik')));
          return;
        }
      } catch (e) {
        add(clear(error), h('div', { class: 'alert' }, errorMessages(e).join(' ')));
        return;
      }
      state.nik = input.value;
      drawConsent();
    };
    add(clear(root), h('h1', null, t('assist.consentTitle')),
      h('label', { for: 'assist-nik', class: 'question' }, t('assist.residentNik')),
      h('p', { class: 'help' }, t('assist.residentNikHelp')),
      input, counter, numericKeypad(input), error,
      h('div', { class: 'actions' }, h('span', { class: 'grow' }), h('button', { type: 'button', class: 'btn-primary', onclick: nextStep }, t('form.next'))));
  };

  const EVIDENCE = { signature: 'assist.bySignature', thumbprint: 'assist.byThumb', photo: 'assist.byPhoto' };
  const drawConsent = () => {
    const masked = maskId(state.nik);
    const text = consentText(masked);
    const box = h('input', { type: 'checkbox', id: 'consent', props: { checked: !!state.checked } });
    const error = h('div', { role: 'alert' });
    const kind = state.kind || 'signature';
    const pad = kind === 'photo' ? null : signaturePad({ thumb: kind === 'thumbprint' });
    const evidenceArea = kind === 'photo'
      ? captureWidget(state.photo || null, meta => { state.photo = meta; state.checked = box.checked; drawConsent(); })
      : h('div', null, pad.canvas, h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn-big', onclick: () => pad.clear() }, t(kind === 'thumbprint' ? 'assist.clearThumb' : 'assist.clearSignature'))));
    const choose = next => () => {
      if (evidenceArea.stopCamera) evidenceArea.stopCamera();
      state.kind = next;
      state.checked = box.checked;
      drawConsent();
    };
    const submit = async e => {
      if (!box.checked) {
        add(clear(error), h('p', { class: 'field-error' }, t('assist.needCheck')));
        return;
      }
      if (kind === 'photo' ? !state.photo : pad.empty) {
        add(clear(error), h('p', { class: 'field-error' }, t(kind === 'photo' ? 'assist.needPhoto' : kind === 'thumbprint' ? 'assist.needThumb' : 'assist.needSignature')));
        return;
      }
      const button = e.currentTarget;
      button.disabled = true;
      try {
        const evidence = kind === 'photo' ? state.photo
          : await uploadAttachment(await pad.toBlob(), kind === 'thumbprint' ? 'cap-jempol.png' : 'tanda-tangan.png');
        await startAssist(state.nik, evidence.id, kind);
        Object.assign(state, { nik: '', photo: null, kind: null, checked: false });
        resetTo('/home');
      } catch (err) {
        button.disabled = false;
        add(clear(error), h('div', { class: 'alert' }, err.problem ? errorMessages(err).join(' ') : err.message));
      }
    };
    // an old "tick the box" / "sign" message goes as soon as the resident does it
    box.addEventListener('change', () => clear(error));
    if (pad) pad.canvas.addEventListener('pointerdown', () => clear(error));
    add(clear(root), h('h1', null, t('assist.consentTitle')),
      h('p', null, t('assist.consentRead')),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn-big', onclick: () => speak(text) }, icon('speaker'), t('assist.readConsent'))),
      h('label', { class: 'consent-box', for: 'consent' }, box, h('span', null, text)),
      h('h2', { id: 'evidence-title' }, t('assist.evidence')),
      h('div', { class: 'actions', role: 'group', 'aria-labelledby': 'evidence-title' }, Object.entries(EVIDENCE).map(([k, label]) =>
        h('button', { type: 'button', class: 'btn-big', 'aria-pressed': String(k === kind), onclick: choose(k) }, t(label)))),
      h('p', { class: 'help' }, t(kind === 'photo' ? 'assist.photoHelp' : kind === 'thumbprint' ? 'assist.thumbHelp' : 'assist.signatureHelp')),
      evidenceArea,
      error,
      h('div', { class: 'actions' }, h('span', { class: 'grow' }), h('button', { type: 'button', class: 'btn-primary', onclick: submit }, icon('check'), t('assist.confirm'))));
    root.querySelector('h1').focus();
    if (!state.spoken) speak(text);
    state.spoken = true;
  };
  drawNik();
}

export async function todayView(root, params, ctx) {
  const answer = await api('/api/worklist/mine-today');
  if (!ctx.isCurrent()) return;
  const cases = Array.isArray(answer) ? answer : (answer && answer.cases) || [];
  add(root, h('h1', null, t('assist.today')));
  if (!cases.length) {
    add(root, h('p', { class: 'card' }, t('assist.todayNone')));
    return;
  }
  add(root, h('ul', { class: 'tiles' }, cases.map(c => h('li', null, h('button', {
    type: 'button', class: 'tile', onclick: () => navigate('/receipt/' + encodeURIComponent(c.tracking))
  }, h('span', { class: 'tile-title' }, c.tracking),
    h('span', null, c.serviceTitle || c.service || ''),
    h('span', { class: 'tile-sub' }, [c.stateLabel || c.state, c.subjectNik, formatDateTime(c.createdAt, prefs.lang)].filter(Boolean).join(' · ')))))));
}
