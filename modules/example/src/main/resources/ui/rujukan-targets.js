import { h, KioskScreen } from '/js/module-kit.js';

// "Program yang dapat dirujuk": the programmes this kiosk refers residents to, from the module's `targets` operation.
class RujukanTargets extends KioskScreen {
  fetch() {
    return this.kiosk.operate('targets');
  }

  render(targets) {
    const t = this.t.bind(this);
    return [
      h('h2', {}, t('Program yang dapat dirujuk', 'Programmes we refer to')),
      h('ul', {}, targets.map(target => h('li', {}, h('strong', {}, target.value), ' · ', t(target.id, target.en)))),
      h('p', { class: 'row' }, h('button', { type: 'button', class: 'primary', onclick: () => this.kiosk.done() },
        t('Selesai', 'Done')))];
  }
}

if (!customElements.get('rujukan-targets')) customElements.define('rujukan-targets', RujukanTargets);
