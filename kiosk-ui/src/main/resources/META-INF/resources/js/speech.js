// Read aloud through the kiosk host (POST /api/speech → compact WAV made by espeak-ng): nothing leaves the kiosk.
// A line break in the text is a pause.
// Masked digits are sent as the word "bintang"/"star"; fields being typed expose only how many digits were typed.
import { prefs } from './state.js';
import { speakable } from './format.js';

const BLOCK = new Set(['H1', 'H2', 'H3', 'H4', 'P', 'LI', 'BUTTON', 'LABEL', 'DT', 'DD', 'TD', 'TH', 'TR', 'LEGEND', 'FIGCAPTION', 'SUMMARY', 'A', 'DIV', 'SECTION']);
const MAX_CHARS = 3000;
const listeners = new Set();
let audio = null;
let lastText = '';
let pending = null;
let speaking = false;

export function onSpeechChange(fn) {
  listeners.add(fn);
}

function setSpeaking(value) {
  speaking = value;
  for (const fn of listeners) fn(speaking);
}

export function isSpeaking() {
  return speaking;
}

export function hasLast() {
  return !!lastText;
}

/** Visible text of an element as it should be spoken: data-speak overrides an element, data-speak-skip hides it. */
export function textOf(root) {
  const parts = [];
  const walk = node => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node;
    if (el.hidden || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('data-speak-skip')
      || ['SCRIPT', 'STYLE', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'VIDEO', 'CANVAS', 'svg', 'SVG'].includes(el.tagName)) {
      if (el.tagName === 'IMG' && el.alt) parts.push(el.alt);
      return;
    }
    if (el.tagName === 'IMG') {
      if (el.alt) parts.push(el.alt + '. ');
      return;
    }
    if (el.dataset && el.dataset.speak !== undefined) {
      parts.push(el.dataset.speak + '. ');
      return;
    }
    for (const child of el.childNodes) walk(child);
    if (BLOCK.has(el.tagName)) parts.push('. ');
  };
  walk(root);
  return parts.join(' ')
    .replace(/\s+/g, ' ')
    .replace(/(\s*\.\s*)+/g, '. ')
    .replace(/([:?!])\./g, '$1')
    .replace(/^\.\s*/, '')
    .trim();
}

export function stop() {
  if (pending) pending.abort();
  pending = null;
  if (audio) {
    audio.pause();
    if (audio.src) URL.revokeObjectURL(audio.src);
    audio = null;
  }
  setSpeaking(false);
}

/** Speaks text in the current language; resolves when playback starts (or fails quietly). */
export async function speak(text) {
  stop();
  const clean = speakable(text, prefs.lang).slice(0, MAX_CHARS);
  if (!clean) return;
  lastText = text;
  const controller = new AbortController();
  pending = controller;
  setSpeaking(true);
  try {
    const response = await fetch('/api/speech', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': prefs.lang, Accept: 'audio/wav' },
      body: JSON.stringify({ text: clean, lang: prefs.lang }),
      signal: controller.signal,
      cache: 'no-store'
    });
    if (!response.ok) throw new Error('speech ' + response.status);
    const blob = await response.blob();
    if (pending !== controller) return;
    pending = null;
    audio = new Audio(URL.createObjectURL(blob));
    audio.addEventListener('ended', () => stop());
    audio.addEventListener('error', () => stop());
    await audio.play();
  } catch (e) {
    if (pending === controller || !pending) setSpeaking(false);
    if (pending === controller) pending = null;
  }
}

export function repeat() {
  if (lastText) speak(lastText);
}

/**
 * What the resident is looking at, in parts read with a pause between them: the screen's title, then its summary
 * (elements marked data-speak-summary and the titles of its tiles; on a question, the question; else the rest of
 * the screen). A touched or focused tile is read by itself (see watchFocus).
 */
export function screenText() {
  const main = document.getElementById('main');
  const banner = document.getElementById('banner');
  if (!main) return '';
  const title = main.querySelector('h1');
  const parts = [banner && !banner.hidden ? textOf(banner) : '', title ? textOf(title) : ''];
  const marked = [...main.querySelectorAll('[data-speak-summary]')];
  const step = main.querySelector('.step-body, ul.review');
  if (marked.length) {
    parts.push(marked.map(textOf).join(' '));
    parts.push([...main.querySelectorAll('.tile-title')].map(e => e.textContent.trim() + '.').join(' '));
  } else if (step) {
    parts.push([...main.querySelectorAll('.question, .help, [role=alert]')].map(textOf).join(' '));
  } else {
    const rest = main.cloneNode(true);
    const h1 = rest.querySelector('h1');
    if (h1) h1.remove();
    parts.push(textOf(rest));
  }
  return parts.map(p => p.trim()).filter(Boolean).join('\n');
}

/** Speaks the current screen (title, pause, summary). */
export function speakScreen() {
  return speak(screenText());
}

/** While reading aloud is on, a tile or answer that is touched or focused is read by itself. */
export function watchFocus(root) {
  root.addEventListener('focusin', e => {
    if (!prefs.readAloud || !(e.target instanceof Element)) return;
    const target = e.target.closest('.tile, .choice');
    if (target) speak(textOf(target));
  });
}

export function forget() {
  stop();
  lastText = '';
}
