// The Rehabilitasi screens' helpers: the kiosk's module kit, and the names of the case states.
export * from '/js/module-kit.js';

export const STATES = {
  dilaporkan: ['Dilaporkan', 'Reported'], ditangani: ['Ditangani', 'Handled'], dirujuk: ['Dirujuk', 'Referred'],
  'menunggu-panti': ['Antre panti', 'Waiting for panti'], ditempatkan: ['Di panti', 'In panti'],
  pemantauan: ['Pemantauan', 'Monitoring'],
};
