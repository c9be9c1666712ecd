// The home-visit form of the programs' staff screens (BPNT, KJS): what the visitor found, whether the house matches
// the proposal or report, a photo uploaded at once, and any field the program adds; sent to the program's own
// 'home-visit' operation. Programs share no code but the SPI, so the form they have in common lives here.
import { h, date } from './module-kit.js';
import { uploadAttachment } from './capture.js';

/** A visit card for case c ({tracking, name, nikMasked, filed}); extra are the program's own fields. */
export function homeVisitForm(screen, c, kind, extra = null, extraInput = () => ({})) {
  const t = screen.t.bind(screen);
  const id = k => `${k}-${c.tracking}`;
  return h('form', { class: 'card', onsubmit: e => sendHomeVisit(screen, e, c, extraInput) },
    h('p', {}, h('strong', {}, c.tracking), ` · ${kind} · ${c.name} ${c.nikMasked}`,
      c.filed ? ` · ${date(c.filed, screen.language)}` : ''),
    h('label', { for: id('findings') }, t('Hasil kunjungan (apa yang dilihat dan didengar)',
      'Findings (what you saw and heard)')),
    h('textarea', { id: id('findings'), name: 'findings', required: true, minlength: 20, rows: 3 }),
    h('label', { for: id('confirmed') }, t('Apakah keadaan di rumah sesuai dengan usulan atau laporan?',
      'Does what you found match the proposal or report?')),
    h('select', { id: id('confirmed'), name: 'confirmed', required: true },
      h('option', { value: '' }, t('Pilih', 'Choose')),
      h('option', { value: 'true' }, t('Sesuai', 'Matches')),
      h('option', { value: 'false' }, t('Tidak sesuai', 'Does not match'))),
    extra,
    h('label', { for: id('photo') }, t('Foto orang dan rumahnya', 'Photo of the person and the house')),
    h('input', { id: id('photo'), name: 'photo', type: 'file', accept: 'image/jpeg,image/png', capture: 'environment',
      required: true }),
    h('p', {}, h('button', { class: 'primary', type: 'submit' }, t('Simpan hasil kunjungan', 'Save the visit'))));
}

async function sendHomeVisit(screen, event, c, extraInput) {
  event.preventDefault();
  const f = new FormData(event.target);
  const file = f.get('photo');
  let photo;
  try {
    photo = (await uploadAttachment(file, file.name || 'foto.jpg')).id;
  } catch (problem) {
    screen.message = { error: true, text: problem.detail || problem.message || String(problem) };
    screen.draw();
    return;
  }
  screen.run('home-visit', { tracking: c.tracking, findings: f.get('findings'), confirmed: f.get('confirmed') === 'true',
    photo, ...extraInput(f) }, () => screen.t(`Kunjungan ${c.tracking} tersimpan.`, `Visit for ${c.tracking} saved.`));
}
