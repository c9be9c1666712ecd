// The frame around every screen: Home, Back, language, larger text, high contrast, read aloud (repeat, stop),
// the banner of who is logged in (and whom a PSM or TKSK assists) and the footer with the staff entrance.
import { clear, h, add } from './dom.js';
import { setLang, t } from './i18n.js';
import { canAssist, kiosk, prefs, session } from './state.js';
import { icon } from './icons.js';
import { back, canGoBack, currentPath, isAttract, navigate, rerender, resetTo } from './router.js';
import { hasLast, isSpeaking, repeat, speakScreen, stop } from './speech.js';
import { loadCatalog } from './catalog.js';
import { endAssist, logout } from './session.js';
import { confirmDialog } from './dialog.js';

export function applyPrefs() {
  const root = document.documentElement;
  root.classList.toggle('text-large', prefs.large);
  root.classList.toggle('theme-contrast', prefs.contrast);
  setLang(prefs.lang);
}

function tool(name, label, onClick, { pressed = null, disabled = false, lang = null, ariaLabel = null, iconOnly = false } = {}) {
  return h('button', {
    type: 'button', class: iconOnly ? 'tool tool-icon' : 'tool', onclick: onClick, disabled,
    'aria-pressed': pressed === null ? null : String(pressed), lang,
    'aria-label': ariaLabel || (iconOnly ? label : null), title: iconOnly ? label : null
  }, icon(name), iconOnly ? null : h('span', null, label));
}

export function renderTopbar() {
  const bar = document.getElementById('topbar');
  const other = prefs.lang === 'id' ? 'en' : 'id';
  add(clear(bar), 
    h('nav', { 'aria-label': t('shell.nav'), class: 'tools' },
      tool('home', t('shell.home'), () => { stop(); resetTo('/home'); }),
      tool('back', t('shell.back'), () => { stop(); back(); }, { disabled: !canGoBack() }),
      tool('globe', t('shell.langName', null, other), async () => {
        prefs.lang = other;
        applyPrefs();
        stop();
        try { await loadCatalog({ force: true }); } catch (e) { /* the screen shows the error itself */ }
        renderChrome();
        await rerender();
        // the screen is read again in the language just chosen
        if (prefs.readAloud) speakScreen();
      }, { lang: other, ariaLabel: t('shell.langSwitch', null, other) }),
      tool('text', t('shell.large'), () => { prefs.large = !prefs.large; applyPrefs(); renderTopbar(); }, { pressed: prefs.large }),
      tool('contrast', t('shell.contrast'), () => { prefs.contrast = !prefs.contrast; applyPrefs(); renderTopbar(); }, { pressed: prefs.contrast }),
      tool('speaker', t('shell.read'), () => {
        prefs.readAloud = !prefs.readAloud;
        if (prefs.readAloud) speakScreen(); else stop();
        renderTopbar();
      }, { pressed: prefs.readAloud }),
      // repeat and stop only while reading aloud is on, as icons beside it: the bar stays one row on a 1080 px screen
      ...(prefs.readAloud ? [
        tool('repeat', t('shell.repeat'), () => repeat(), { disabled: !hasLast(), iconOnly: true }),
        tool('stop', t('shell.stop'), () => stop(), { disabled: !isSpeaking(), iconOnly: true })
      ] : [])
    )
  );
}

/** The logged-in officer as the screens name them to a resident: role and name ("TKSK Bu Ratna"). */
export function officer() {
  return { role: t('role.' + session.user.role), name: session.user.displayName };
}

export function renderBanner() {
  const banner = document.getElementById('banner');
  clear(banner);
  const user = session.user;
  if (!user) {
    banner.hidden = true;
    return;
  }
  banner.hidden = false;
  let text;
  if (canAssist() && session.assisting) {
    text = t('assist.banner', { ...officer(), nik: session.assisting.nikMasked || '' });
  } else if (canAssist()) {
    text = t('assist.bannerIdle', officer());
  } else {
    text = t('staff.banner', officer());
  }
  add(banner, icon('user'), h('span', { class: 'banner-text', role: 'status' }, text));
  if (canAssist() && session.assisting) {
    add(banner, h('button', {
      type: 'button', class: 'btn-big', onclick: async () => {
        if (await confirmDialog(t('assist.endTitle'), t('assist.endText'), t('assist.end'))) {
          await endAssist();
          resetTo('/assist');
        }
      }
    }, t('assist.end')));
  } else if (canAssist()) {
    add(banner, h('button', { type: 'button', class: 'btn-big', onclick: () => navigate('/assist/consent') }, t('assist.start')));
  }
  add(banner, h('button', {
    type: 'button', class: 'btn-big', onclick: async () => {
      await logout();
      resetTo('/');
    }
  }, icon('logout'), t('staff.logout')));
}

export function renderFooter() {
  const footer = document.getElementById('footer');
  const place = [kiosk.kelurahan && t('common.kelurahan', { name: kiosk.kelurahan }), kiosk.kecamatan && t('common.kecamatan', { name: kiosk.kecamatan }), kiosk.city]
    .filter(Boolean).join(', ');
  const staffButton = session.user
    ? h('button', { type: 'button', class: 'btn', onclick: () => navigate(session.user.role === 'PSM' ? '/assist' : '/staff') }, icon('list'), t('staff.menu'))
    : h('button', { type: 'button', class: 'btn', onclick: () => navigate('/login') }, icon('user'), t('staff.enter'));
  add(clear(footer), h('span', null, place || t('app.name')), staffButton);
}

export function renderChrome() {
  renderTopbar();
  renderBanner();
  renderFooter();
}

export function currentIsAttract() {
  return isAttract() || currentPath() === '/';
}
