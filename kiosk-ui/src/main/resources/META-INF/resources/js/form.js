// Generated forms: one question per screen (consecutive yes/no questions or counts share one), on-screen keypads,
// touch date picker, document capture, visibleWhen branching, a review step and submission with the server's own
// error messages.
import { append, clear, h, add } from './dom.js';
import { t } from './i18n.js';
import { icon } from './icons.js';
import { api, ApiError, errorMessages } from './api.js';
import { prefs, session } from './state.js';
import { MASKED, NUMERIC, capitalizesWords, displayValue, holdsName, possibleFields, screensOf, validate, visibleFields } from './fields.js';
import { letterKeyboard, numericKeypad } from './keypad.js';
import { datePicker } from './datepicker.js';
import { captureWidget } from './capture.js';
import { rupiah, maskId } from './format.js';
import { navigate, resetTo, setBackHandler } from './router.js';
import { speak } from './speech.js';

/** The remembered state of the form at key (survives language switches and Back; wiped with the session). */
export function formState(key) {
  if (!session.forms.has(key)) {
    session.forms.set(key, { values: {}, meta: {}, current: null, phase: 'ask', errors: {}, topError: null, retype: {} });
  }
  return session.forms.get(key);
}

function questionText(field) {
  const parts = [field.label];
  if (field.help) parts.push(field.help);
  if (field.type === 'CHOICE' || field.type === 'MULTI') parts.push(t('form.options') + ' ' + field.choices.map(c => c.label).join(', '));
  if (field.type === 'YES_NO') parts.push(t('common.yes') + ' / ' + t('common.no'));
  if (!field.required) parts.push(t('form.optional'));
  return parts.join('. ');
}

/**
 * Renders the form into container.
 * options: {fields, state, title, onSubmit(data, values) → Promise, submitLabel, checkNik, allowNoNik, reviewNote,
 *   precheck(values) → Promise of null or {reasons: [text], instead: [{title, why, route}]}}: precheck is asked after
 *   each answer with the answers so far; a refusal it returns is shown at that question, not after the last one.
 */
export function renderForm(container, options) {
  const { fields, state } = options;
  let camera = null;

  const visible = () => visibleFields(fields, state.values);
  const indexOf = name => visible().findIndex(f => f.name === name);
  const screens = () => screensOf(visible(), fields);
  const screenAt = name => screens().findIndex(screen => screen.some(f => f.name === name));
  const onScreen = (screen, name) => screen.some(f => f.name === name);
  const go = (phase, name) => {
    if (camera) camera.stopCamera();
    state.refusal = null;
    state.phase = phase;
    if (name !== undefined) state.current = name;
    draw();
  };

  setBackHandler(() => {
    const list = screens();
    if (state.phase === 'review') {
      if (!list.length) return false;
      go('ask', list[list.length - 1][0].name);
      return true;
    }
    const i = screenAt(state.current);
    if (i > 0) {
      go('ask', list[i - 1][0].name);
      return true;
    }
    return false;
  });

  function next() {
    const list = screens();
    const i = screenAt(state.current);
    if (i >= 0 && i < list.length - 1) go('ask', list[i + 1][0].name);
    else go('review');
  }

  /** A shared screen goes on when every answer on it is right; each wrong one is marked at its own question. */
  async function acceptScreen(screen) {
    let wrong = false;
    for (const field of screen) {
      const problem = validate(field, state.values[field.name]);
      if (problem) state.errors[field.name] = problem;
      else delete state.errors[field.name];
      wrong = wrong || Boolean(problem);
    }
    if (wrong) {
      draw();
      return;
    }
    if (options.precheck && await refusedEarly(screen[screen.length - 1])) return;
    next();
  }

  async function accept(field) {
    const screen = screens()[screenAt(field.name)];
    if (screen && screen.length > 1) return acceptScreen(screen);
    const value = state.values[field.name];
    const noNik = state.meta[field.name] && state.meta[field.name].noNik;
    const problem = noNik ? null : validate(field, value);
    if (problem) {
      state.errors[field.name] = problem;
      draw();
      return;
    }
    if (options.checkNik && field.type === 'NIK' && value && state.retype[field.name]) {
      try {
        const answer = await api('/api/identity/nik', { method: 'POST', body: { nik: value } });
        if (answer && answer.valid === false) {
          state.errors[field.name] = (answer.problems || []).map(p => p.message).join(' ') || t('valid.nik');
          draw();
          return;
        }
      } catch (e) {
        state.errors[field.name] = errorMessages(e).join(' ');
        draw();
        return;
      }
    }
    delete state.errors[field.name];
    state.retype[field.name] = false;
    if (options.precheck && await refusedEarly(field)) return;
    next();
  }

  /** Asks whether the answers so far already rule the application out; a failing check lets the form go on. */
  async function refusedEarly(field) {
    const list = visible();
    const upTo = list.slice(0, indexOf(field.name) + 1);
    const answered = {};
    for (const f of upTo) if (state.values[f.name] !== undefined) answered[f.name] = state.values[f.name];
    let refusal = null;
    try {
      refusal = await options.precheck(answered, upTo);
    } catch (e) {
      return false; // the submission is checked again in full
    }
    if (!refusal || !refusal.reasons || !refusal.reasons.length) return false;
    state.refusal = { field: field.name, ...refusal };
    draw();
    return true;
  }

  function refusalPanel(field) {
    const refusal = state.refusal;
    return h('div', { class: 'alert refusal', role: 'alert' },
      h('h3', null, t('form.refusedTitle')),
      h('ul', null, refusal.reasons.map(r => h('li', null, r))),
      refusal.instead && refusal.instead.length ? [h('p', null, t('form.insteadTitle')),
        refusal.instead.map((o, i) => h('div', { class: 'instead' },
          o.why ? h('p', null, o.why) : null,
          h('button', { type: 'button', class: i ? 'btn-big' : 'btn-primary', onclick: () => navigate(o.route) }, o.title)))] : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn-big', onclick: () => {
          state.refusal = null;
          // a refused NIK or KK is typed again at once, not shown masked behind one more tap ("Ketik ulang")
          if (MASKED.has(field.type)) { state.retype[field.name] = true; state.values[field.name] = ''; }
          draw();
        } }, t('form.changeAnswer')),
        h('span', { class: 'grow' }),
        h('button', { type: 'button', class: 'btn-big', onclick: () => resetTo('/home') }, icon('home'), t('common.finish'))));
  }

  function entryWidget(field, errorId, questionId) {
    const value = state.values[field.name];
    // an error stays until the answer is right, then goes at once (not only at the next "Lanjut")
    const setValue = v => {
      state.values[field.name] = v;
      const screen = screens()[screenAt(field.name)];
      if (state.refusal && screen && onScreen(screen, state.refusal.field)) state.refusal = null;
      if (state.errors[field.name] && !validate(field, v)) {
        delete state.errors[field.name];
        const box = document.getElementById(errorId);
        if (box) box.replaceChildren();
        const scope = container.querySelector(`section[data-field="${field.name}"]`) || container;
        for (const el of scope.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
      }
    };
    if (NUMERIC.has(field.type)) {
      if (MASKED.has(field.type) && value && !state.retype[field.name]) {
        return h('div', null,
          h('p', { class: 'entry', 'aria-labelledby': questionId, 'data-speak': t('form.maskedSpeak') }, maskId(value)),
          h('button', { type: 'button', class: 'btn-big', onclick: () => { state.retype[field.name] = true; state.values[field.name] = ''; draw(); } }, t('form.retype')));
      }
      const max = MASKED.has(field.type) ? 16 : field.type === 'PHONE' ? 15 : field.type === 'BANK_ACCOUNT' ? 20 : 12;
      const counter = h('p', { class: 'counter', 'aria-live': 'polite' });
      const input = h('input', {
        type: 'text', class: 'entry', inputmode: 'none', autocomplete: 'off', spellcheck: 'false', maxlength: String(max),
        'aria-labelledby': questionId, 'aria-describedby': errorId, 'aria-invalid': state.errors[field.name] ? 'true' : null,
        props: { value: value || '' }
      });
      const updateCounter = () => {
        const n = input.value.length;
        if (MASKED.has(field.type)) counter.textContent = t('form.digitsTyped', { n, of: 16 });
        else if (field.type === 'RUPIAH') counter.textContent = n ? rupiah(input.value) : '';
        else counter.textContent = '';
      };
      input.addEventListener('input', () => {
        const cleaned = field.type === 'PHONE' ? input.value.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '') : input.value.replace(/\D/g, '');
        if (cleaned !== input.value) input.value = cleaned;
        setValue(input.value);
        if (MASKED.has(field.type)) state.retype[field.name] = true;
        updateCounter();
      });
      input.addEventListener('keydown', e => { if (e.key === 'Enter') accept(field); });
      updateCounter();
      return { main: h('div', null, input, counter),
        side: numericKeypad(input, { extraKey: field.type === 'PHONE' ? { label: '+', text: '+', aria: t('keypad.plus') } : null }) };
    }
    switch (field.type) {
      case 'DATE':
        return datePicker(value, iso => setValue(iso), { rule: field.dates });
      case 'CHOICE':
      case 'YES_NO': {
        const choices = field.type === 'YES_NO'
          ? [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]
          : field.choices;
        return h('div', { class: 'choices', role: 'radiogroup', 'aria-labelledby': questionId, 'aria-describedby': errorId, dataset: { field: field.name } },
          choices.map(c => h('button', {
            type: 'button', class: 'choice', role: 'radio', 'aria-checked': String(value === c.value), dataset: { value: c.value },
            onclick: () => { setValue(c.value); draw({ keepFocus: { field: field.name, value: c.value } }); }
          }, h('span', { class: 'mark', 'aria-hidden': 'true' }), h('span', null, c.label))));
      }
      case 'MULTI': {
        const selected = Array.isArray(value) ? value : [];
        return h('div', { class: 'choices', role: 'group', 'aria-labelledby': questionId, dataset: { field: field.name } },
          field.choices.map(c => h('button', {
            type: 'button', class: 'choice', 'aria-pressed': String(selected.includes(c.value)), dataset: { value: c.value },
            onclick: () => {
              const nextValue = selected.includes(c.value) ? selected.filter(v => v !== c.value) : [...selected, c.value];
              setValue(nextValue);
              draw({ keepFocus: { field: field.name, value: c.value } });
            }
          }, h('span', { class: 'mark', 'aria-hidden': 'true' }), h('span', null, c.label))));
      }
      case 'ATTACHMENT': {
        camera = captureWidget(state.meta[field.name] || null, meta => {
          state.meta[field.name] = meta;
          setValue(meta.id);
          draw();
        });
        return camera;
      }
      default: {
        const input = h('textarea', {
          class: 'entry', rows: '3', 'aria-labelledby': questionId, 'aria-describedby': errorId, autocomplete: 'off',
          maxlength: field.max ? String(field.max) : null, 'aria-invalid': state.errors[field.name] ? 'true' : null,
          props: { value: value || '' }
        });
        const counter = h('p', { class: 'counter' });
        const update = () => { counter.textContent = field.max ? t('form.charsLeft', { n: Number(field.max) - input.value.length }) : ''; };
        input.addEventListener('input', () => { setValue(input.value); update(); });
        update();
        return { main: h('div', null, input, counter, earlierNames(field, input)),
          side: letterKeyboard(input, { capitalize: capitalizesWords(field) ? 'words' : 'sentences' }), wide: true };
      }
    }
  }

  /** A name typed earlier in this form, offered with one tap (the account holder is mostly the heir). */
  function earlierNames(field, input) {
    if (!holdsName(field)) return null;
    const names = [...new Set(visible().slice(0, indexOf(field.name)).filter(holdsName)
      .map(f => state.values[f.name]).filter(v => v && String(v).trim()))];
    if (!names.length) return null;
    return h('div', { class: 'reuse' }, names.map(name => h('button', {
      type: 'button', class: 'btn-big', onclick: () => { input.value = name; input.dispatchEvent(new Event('input', { bubbles: true })); }
    }, t('form.sameName', { name }))));
  }

  /** "Langkah n dari total", counted in screens (a screen may ask several questions) of the fields that are or may still be asked: it never grows. */
  function stepCount(field) {
    const possible = screensOf(possibleFields(fields, state.values), fields);
    return h('p', { class: 'step-count' }, t('form.stepOf', { n: possible.findIndex(screen => onScreen(screen, field.name)) + 1, total: possible.length }));
  }

  function listenButton(field) {
    return h('button', { type: 'button', class: 'btn', 'data-speak-skip': '', onclick: () => speak(questionText(field)), 'aria-label': t('form.listen') + ': ' + field.label }, icon('speaker'), t('form.listen'));
  }

  /** "Sebelumnya" (not on the first screen), what is given, then "Lanjut" or "Ke ringkasan" on the last screen. */
  function navigation(field, actions, onNext) {
    const list = screens();
    const i = screenAt(field.name);
    actions.push(h('button', { type: 'button', class: 'btn-primary', onclick: onNext }, i === list.length - 1 ? t('form.toReview') : t('form.next')));
    return h('div', { class: 'actions' }, i > 0 ? h('button', { type: 'button', class: 'btn-big', onclick: () => go('ask', list[i - 1][0].name) }, icon('back'), t('form.previous')) : null, actions);
  }

  function drawStep(field) {
    const qid = 'q-' + field.name;
    const errorId = 'e-' + field.name;
    const error = state.errors[field.name];
    const noNikAllowed = options.allowNoNik && field.type === 'NIK' && session.user && ['PSM', 'TKSK', 'KASI_KESOS'].includes(session.user.role);
    const actions = [h('span', { class: 'grow' })];
    if (!field.required) {
      actions.push(h('button', { type: 'button', class: 'btn-big', onclick: () => { delete state.values[field.name]; delete state.errors[field.name]; next(); } }, t('form.skip')));
    }
    if (noNikAllowed) {
      actions.push(h('button', {
        type: 'button', class: 'btn-big', onclick: () => {
          state.values[field.name] = '';
          state.meta[field.name] = { noNik: true };
          delete state.errors[field.name];
          next();
        }
      }, t('form.noNik')));
    }
    const refused = state.refusal && state.refusal.field === field.name;
    return [
      stepCount(field),
      h('div', { class: 'field-row' },
        h('h2', { class: 'question', id: qid, tabindex: '-1' }, field.label, field.required ? null : h('span', { class: 'muted' }, ' (' + t('form.optional') + ')')),
        listenButton(field)),
      field.help ? h('p', { class: 'help' }, field.help) : null,
      stepBody(entryWidget(field, errorId, qid),
        h('div', { id: errorId, role: 'alert' }, error ? h('p', { class: 'field-error' }, error) : null),
        refused ? refusalPanel(field) : navigation(field, actions, () => accept(field)))
    ];
  }

  /**
   * Several yes/no questions or counts on one screen, each with its own heading, "Dengarkan" and error; the counts
   * share one keypad, which types into the count last touched (at first the first one not answered right).
   */
  function drawShared(screen) {
    let target = null;
    const choosers = new Map();
    const sections = screen.map(field => {
      const qid = 'q-' + field.name;
      const errorId = 'e-' + field.name;
      const error = state.errors[field.name];
      const widget = entryWidget(field, errorId, qid);
      const section = h('section', { class: 'shared-field', dataset: { field: field.name } },
        h('div', { class: 'field-row' }, h('h2', { class: 'question', id: qid, tabindex: '-1' }, field.label), listenButton(field)),
        field.help ? h('p', { class: 'help' }, field.help) : null,
        widget instanceof Node ? widget : widget.main,
        h('div', { id: errorId, role: 'alert' }, error ? h('p', { class: 'field-error' }, error) : null));
      const input = section.querySelector('.entry');
      if (input) {
        const choose = () => {
          target = input;
          for (const other of sections) other.classList.toggle('typing', other === section);
        };
        input.addEventListener('focus', choose);
        if (!target && (error || validate(field, state.values[field.name]))) target = input;
        choosers.set(input, choose);
      }
      return section;
    });
    const first = choosers.get(target) || choosers.values().next().value;
    if (first) first();
    const last = screen[screen.length - 1];
    const refused = state.refusal && onScreen(screen, state.refusal.field);
    const main = h('div', { class: 'shared' }, sections);
    return [
      stepCount(screen[0]),
      stepBody(first ? { main, side: numericKeypad(() => target) } : main, null,
        refused ? refusalPanel(last) : navigation(screen[0], [h('span', { class: 'grow' })], () => acceptScreen(screen)))
    ];
  }

  /** Input, error and buttons in one column; a keypad beside them on landscape screens, below on portrait. */
  function stepBody(widget, error, actions) {
    if (widget instanceof Node) return h('div', { class: 'step-body' }, h('div', { class: 'step-main' }, widget, error, actions));
    return h('div', { class: 'step-body has-side' + (widget.wide ? ' wide-side' : '') },
      h('div', { class: 'step-main' }, widget.main, error, actions), h('div', { class: 'step-side' }, widget.side));
  }

  function drawReview() {
    const list = visible();
    const top = state.topError;
    return [
      h('h2', { class: 'question', tabindex: '-1' }, t('form.reviewTitle')),
      h('p', { class: 'help' }, options.reviewNote || t('form.reviewHelp')),
      top ? h('div', { class: 'alert', role: 'alert' }, top.length === 1 ? top[0] : h('ul', null, top.map(line => h('li', null, line)))) : null,
      list.length ? h('ul', { class: 'review' }, list.map(field => {
        const meta = state.meta[field.name];
        const shown = meta && meta.noNik ? t('form.noNikShown') : displayValue(field, state.values[field.name], meta, prefs.lang);
        return h('li', null,
          h('span', { class: 'r-label', 'data-speak': field.label }, field.label),
          h('span', { class: 'r-value', 'data-speak': shown }, shown),
          h('button', { type: 'button', class: 'btn', onclick: () => go('ask', field.name), 'aria-label': t('form.change') + ': ' + field.label }, t('form.change')),
          state.errors[field.name] ? h('p', { class: 'field-error r-error', role: 'alert' }, state.errors[field.name]) : null);
      })) : h('p', null, t('form.nothingAsked')),
      h('div', { class: 'actions' }, h('span', { class: 'grow' }),
        h('button', { type: 'button', class: 'btn-primary', onclick: submit }, icon('check'), options.submitLabel || t('form.send')))
    ];
  }

  async function submit(event) {
    const button = event.currentTarget;
    for (const field of visible()) {
      const meta = state.meta[field.name];
      const problem = meta && meta.noNik ? null : validate(field, state.values[field.name]);
      if (problem) {
        state.errors[field.name] = problem;
        go('ask', field.name);
        return;
      }
    }
    button.disabled = true;
    button.textContent = t('form.sending');
    state.topError = null;
    try {
      await options.onSubmit(state.values);
    } catch (e) {
      if (e instanceof ApiError) {
        const names = new Set(visible().map(f => f.name));
        let firstField = null;
        for (const item of e.fieldErrors) {
          if (item.field && names.has(item.field)) {
            state.errors[item.field] = item.message;
            firstField = firstField || item.field;
          }
        }
        state.topError = errorMessages(e);
        if (firstField && e.fieldErrors.length === 1) {
          go('ask', firstField);
          return;
        }
      } else {
        state.topError = [e.message || t('error.generic')];
      }
      if (container.isConnected) draw();
    }
  }

  function draw({ keepFocus = null } = {}) {
    const list = visible();
    if (state.phase === 'ask' && (!state.current || indexOf(state.current) < 0)) {
      if (!list.length) state.phase = 'review';
      else state.current = list[0].name;
    }
    clear(container);
    if (options.title) add(container, h('h1', { tabindex: '-1' }, options.title));
    const screen = state.phase === 'ask' ? screens()[screenAt(state.current)] : null;
    append(container, !screen ? drawReview() : screen.length === 1 ? drawStep(screen[0]) : drawShared(screen));
    if (keepFocus !== null) {
      const choices = container.querySelector(`.choices[data-field="${keepFocus.field}"]`) || container;
      const again = [...choices.querySelectorAll('.choice')].find(b => b.dataset.value === keepFocus.value);
      if (again) again.focus({ preventScroll: true });
      return;
    }
    if (drawn) {
      const heading = container.querySelector('.question');
      if (heading) heading.focus({ preventScroll: true });
      window.scrollTo(0, 0);
      const refusal = screen && state.refusal && onScreen(screen, state.refusal.field) ? container.querySelector('.refusal') : null;
      if (refusal) refusal.scrollIntoView({ block: 'center' });
      if (prefs.readAloud) speak(refusal ? refusal.innerText : screen ? screen.map(questionText).join(' ') : heading.textContent);
    }
    drawn = true;
  }
  let drawn = false;
  draw();
}

export function questionSpeech(field) {
  return questionText(field);
}
