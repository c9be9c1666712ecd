// Attract screen: where the kiosk is, what it can do, and one big invitation to touch, which starts a resident session.
import { h, add } from '../dom.js';
import { t } from '../i18n.js';
import { kiosk } from '../state.js';
import { getCatalog } from '../catalog.js';
import { navigate } from '../router.js';
import { startResidentSession } from '../api.js';

export async function attractView(root) {
  const programs = getCatalog().programs;
  let starting = false;
  const start = async () => {
    if (starting) return;
    starting = true;
    try {
      await startResidentSession();
    } catch (e) {
      // the first request that needs a session starts one again, and shows the server's reason if it cannot
    }
    navigate('/home');
  };
  add(root, h('div', { class: 'attract', onclick: start },
    h('img', { src: 'img/logo.svg', alt: '' }),
    h('h1', { class: 'place' }, kiosk.kelurahan ? t('attract.place', { name: kiosk.kelurahan }) : t('app.name')),
    h('p', null, t('attract.what')),
    h('ul', null,
      programs.map(p => h('li', null, p.name)),
      h('li', null, t('home.screener')),
      h('li', null, t('home.status')),
      h('li', null, t('home.track'))),
    h('button', { type: 'button', class: 'touch btn-primary', onclick: e => { e.stopPropagation(); start(); } },
      h('span', null, t('attract.touch', null, 'id'))),
    h('p', { class: 'touch-en', lang: 'en' }, t('attract.touch', null, 'en'))));
}
