// The Jum'at Koin screens' helpers: the kiosk's module kit, the states of a house the fund answers, and who is paid.
export * from '/js/module-kit.js';

export const CAUSES = {
  KEBAKARAN: ['Kebakaran', 'Fire'], BANJIR: ['Banjir', 'Flood'],
  LAINNYA: ['Angin puting beliung, tanah longsor, atau rumah roboh', 'Storm, landslide or collapse'],
  RTLH: ['Rumah tidak layak huni', 'Uninhabitable house'],
};

export const PAYEES = {
  KELUARGA: ['Keluarga penerima', 'The family'], TUKANG: ['Tukang bangunan', 'Builder'],
  TOKO: ['Toko bahan bangunan', 'Building-material store'],
};
