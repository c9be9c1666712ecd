// Documents for ATTACHMENT fields: a photo from the kiosk camera or a file (JPEG, PNG, PDF ≤ 10 MB),
// uploaded at once with POST /api/attachments; the field keeps the attachment id.
import { h, clear, add } from './dom.js';
import { t } from './i18n.js';
import { icon } from './icons.js';
import { uploadFile, errorMessages } from './api.js';
import { trackUrl } from './state.js';

const TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const MAX_BYTES = 10 * 1024 * 1024;

export function sizeLabel(bytes) {
  if (!bytes && bytes !== 0) return '';
  return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

/** Uploads a Blob; resolves to {id, contentType, size, name, preview}. */
export async function uploadAttachment(blob, name) {
  if (!TYPES.includes(blob.type)) throw new Error(t('capture.badType'));
  if (blob.size > MAX_BYTES) throw new Error(t('capture.tooBig'));
  const answer = await uploadFile('/api/attachments', blob, name);
  return {
    id: answer.id, contentType: answer.contentType || blob.type, size: answer.size || blob.size, name,
    preview: blob.type.startsWith('image/') ? trackUrl(URL.createObjectURL(blob)) : null
  };
}

/** The capture widget; meta is the current {id, name, preview…} or null; onDone(meta) after a successful upload. */
export function captureWidget(meta, onDone) {
  const box = h('div', { class: 'capture' });
  const status = h('div', { role: 'status' });
  let stream = null;

  const stopCamera = () => {
    if (stream) for (const track of stream.getTracks()) track.stop();
    stream = null;
  };

  const upload = async (blob, name) => {
    add(clear(status), h('p', { class: 'loading' }, t('capture.uploading')));
    try {
      const result = await uploadAttachment(blob, name);
      onDone(result);
    } catch (e) {
      add(clear(status), h('div', { class: 'alert', role: 'alert' }, e.problem ? errorMessages(e).join(' ') : e.message));
      showChoices();
    }
  };

  const fileInput = h('input', {
    type: 'file', accept: TYPES.join(','), class: 'sr-only', tabindex: '-1', 'aria-hidden': 'true',
    onchange: () => {
      const file = fileInput.files && fileInput.files[0];
      fileInput.value = '';
      if (file) upload(file, file.name);
    }
  });

  const showCamera = async () => {
    clear(status);
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1920 } }, audio: false });
    } catch (e) {
      add(clear(status), h('div', { class: 'alert', role: 'alert' }, t('capture.noCamera')));
      return;
    }
    const video = h('video', { autoplay: true, playsinline: true, muted: true, props: { srcObject: stream } });
    add(clear(box), video, h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn-big', onclick: () => { stopCamera(); showChoices(); } }, t('common.cancel')),
      h('button', {
        type: 'button', class: 'btn-big', onclick: () => {
          const canvas = document.createElement('canvas');
          canvas.width = video.videoWidth || 1280;
          canvas.height = video.videoHeight || 720;
          canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
          stopCamera();
          canvas.toBlob(blob => { if (blob) upload(blob, 'foto.jpg'); }, 'image/jpeg', 0.85);
        }
      }, icon('camera'), t('capture.shoot'))), status);
  };

  const showChoices = () => {
    const current = meta ? h('div', { class: 'notice' },
      h('span', { class: 'file-name' }, t('capture.saved')), ' ', meta.name || '', meta.size ? ' (' + sizeLabel(meta.size) + ')' : '',
      meta.preview ? h('img', { class: 'preview', src: meta.preview, alt: t('capture.previewAlt') }) : null) : null;
    const buttons = [];
    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
      // the form's "Lanjut" is the one primary action: a resident who has a photo goes on rather than retaking it
      buttons.push(h('button', { type: 'button', class: 'btn-big', onclick: showCamera }, icon('camera'), meta ? t('capture.retake') : t('capture.camera')));
    }
    buttons.push(h('button', { type: 'button', class: 'btn-big', onclick: () => fileInput.click() }, icon('file'), t('capture.file')));
    add(clear(box), current, h('p', { class: 'muted' }, t('capture.hint')), h('div', { class: 'actions' }, buttons), fileInput, status);
  };

  showChoices();
  box.stopCamera = stopCamera;
  return box;
}
