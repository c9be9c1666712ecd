// Idle guard: after the limit a warning with a countdown (at least 20 s), a tone and, with read-aloud on, the warning
// spoken; then everything is wiped. A form with answers in it gets three times the time: a slow reader of a long form
// must not lose its work to a limit meant for an abandoned screen.
import { h } from './dom.js';
import { t } from './i18n.js';
import { kiosk, prefs, session } from './state.js';
import { speak } from './speech.js';
import { openDialog } from './dialog.js';
import { idleLimitSeconds } from './session.js';
import { isAttract } from './router.js';

const EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'];
let lastActivity = Date.now();
let warning = null;
let onExpire = null;
let shortened = null;

// Browser tests only: window.anjunganShortenIdle(idleSeconds, warningSeconds) makes the idle limit and the warning
// countdown of this page shorter (never longer: each is the smaller of the given and the configured value), so a test
// sees the real warning and wipe in seconds; called without arguments it restores the configured limits. It is
// reachable only from script (WebDriver), not from the touch screen, and at worst ends a session sooner.
window.anjunganShortenIdle = (idleSeconds, warnSeconds) => {
  shortened = idleSeconds > 0 ? { idle: Number(idleSeconds), warn: Math.max(1, Number(warnSeconds) || 1) } : null;
};

const FORM_FACTOR = 3;

/** Whether a form holds answers not yet sent (a status check or an application half done). */
export function formInProgress() {
  for (const form of session.forms.values()) {
    if (form && !form.results && Object.values(form.values || {}).some(v => v !== '' && v !== null && v !== undefined)) return true;
  }
  return false;
}

function idleLimit() {
  const configured = idleLimitSeconds() * (formInProgress() ? FORM_FACTOR : 1);
  return shortened ? Math.min(shortened.idle, configured) : configured;
}

let audio = null;

/** Two short tones: a resident who looked away hears that the kiosk wants an answer. */
function tone() {
  try {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    audio = audio || new Context();
    [0, 0.35].forEach((at, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = i ? 660 : 880;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + at);
      osc.stop(audio.currentTime + at + 0.25);
    });
  } catch (e) {
    // no sound device: the dialog is still shown
  }
}

function activity() {
  if (!warning) lastActivity = Date.now();
}

export function resetIdle() {
  lastActivity = Date.now();
  if (warning) {
    warning.dialog.close();
    warning = null;
  }
}

function warningSeconds() {
  const configured = Math.max(kiosk.warningSeconds || 30, 20) * (formInProgress() ? 2 : 1);
  return shortened ? Math.min(shortened.warn, configured) : configured;
}

function showWarning() {
  let remaining = warningSeconds();
  const count = h('span', { class: 'count' }, String(remaining));
  const dialog = openDialog({
    title: t('idle.title'),
    alert: true,
    body: [h('p', null, t('idle.text')),
      h('p', { class: 'countdown', 'aria-live': 'off' }, count, ' ', h('span', { class: 'unit' }, t('idle.seconds')))],
    actions: [
      { label: t('idle.end'), onClick: () => { warning = null; expire(); } },
      { label: t('idle.continue'), primary: true, onClick: () => { warning = null; lastActivity = Date.now(); } }
    ]
  });
  warning = { dialog, count, get remaining() { return remaining; }, tick() { remaining -= 1; count.textContent = String(Math.max(remaining, 0)); return remaining; } };
  tone();
  if (prefs.readAloud) speak(t('idle.title') + ' ' + t('idle.text') + ' ' + remaining + ' ' + t('idle.seconds') + '.');
}

function expire() {
  if (warning) {
    warning.dialog.close();
    warning = null;
  }
  lastActivity = Date.now();
  if (onExpire) onExpire();
}

function tick() {
  if (isAttract()) {
    lastActivity = Date.now();
    return;
  }
  if (warning) {
    if (warning.tick() <= 0) expire();
    return;
  }
  if ((Date.now() - lastActivity) / 1000 >= idleLimit()) showWarning();
}

export function startIdle(expireHandler) {
  onExpire = expireHandler;
  for (const type of EVENTS) document.addEventListener(type, activity, { capture: true, passive: true });
  setInterval(tick, 1000);
}

export function expireNow() {
  expire();
}
