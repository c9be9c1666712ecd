// Inline SVG icons (stroke, 24×24); always shown next to a text label, never alone.
import { svg } from './dom.js';

const PATHS = {
  home: 'M3 11 12 3l9 8M5 10v10h5v-6h4v6h5V10',
  back: 'M15 5 8 12l7 7',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  text: 'M4 18 9 6l5 12M5.5 14h7M15 18l3-7 3 7M15.8 16h4.4',
  contrast: 'M12 3a9 9 0 1 0 0 18zM12 3a9 9 0 0 1 0 18',
  speaker: 'M4 9v6h4l5 4V5L8 9zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11',
  repeat: 'M4 12a8 8 0 0 1 14-5.3M20 4v4h-4M20 12a8 8 0 0 1-14 5.3M4 20v-4h4',
  stop: 'M6 6h12v12H6z',
  question: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 1-1 1.7M12 17h.01',
  check: 'M4 12.5 9 17.5 20 6.5',
  cross: 'M6 6l12 12M18 6 6 18',
  receipt: 'M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  camera: 'M4 8h3l2-3h6l2 3h3v11H4zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  print: 'M7 8V3h10v5M6 17H4v-8h16v8h-2M7 14h10v7H7z',
  list: 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01',
  chart: 'M4 20V4M4 20h16M8 16v-5M12 16V8M16 16v-3',
  box: 'M3 7 12 3l9 4-9 4zM3 7v10l9 4 9-4V7M12 11v10',
  upload: 'M12 16V4M7 9l5-5 5 5M4 20h16',
  logout: 'M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 3',
  warning: 'M12 3 2 20h20zM12 10v4M12 17h.01',
  service: 'M4 5h16v14H4zM8 9h8M8 13h5',
  flag: 'M5 21V4M5 4h11l-2 4 2 4H5'
};

export function icon(name, extraClass) {
  return svg('svg', { class: 'icon' + (extraClass ? ' ' + extraClass : ''), viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: PATHS[name] || PATHS.service, fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }));
}
