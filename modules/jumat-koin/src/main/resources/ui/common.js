// The Jum'at Koin screens' helpers: the kiosk's module kit, and the names of the disasters a repair answers.
export * from '/js/module-kit.js';

export const CAUSES = {
  KEBAKARAN: ['Kebakaran', 'Fire'], BANJIR: ['Banjir', 'Flood'], LAINNYA: ['Bencana sosial lain', 'Other disaster'],
};
