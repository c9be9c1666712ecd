import { h, KioskScreen } from '/js/module-kit.js';

// "Kantor dan jam layanan": where and when the office serves applicants, and its notice. Colours and sizes come from
// the shell (KioskScreen's CSS and its variables), so both themes and both text sizes work without code here.
class AidInfo extends KioskScreen {
  async fetch() {
    return this.kiosk.operate('office', {});
  }

  render(v) {
    const t = this.t.bind(this);
    return [
      h('p', {}, t('Kantor', 'Office') + ': ', h('strong', {}, v.office)),
      h('p', {}, t('Jam layanan', 'Opening hours') + ': ', h('strong', {}, v.hours)),
      v.notice ? h('p', { class: 'big' }, v.notice) : null,
      h('p', {}, h('button', { type: 'button', class: 'primary', onclick: () => this.kiosk.done() }, t('Selesai', 'Done')))];
  }
}

if (!customElements.get('${screenElement}')) customElements.define('${screenElement}', AidInfo);
