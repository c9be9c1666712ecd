// Small SVG charts. Each series has its own colour AND fill pattern (a caller gives a series the same index, so the
// same look, in every chart), every bar carries its number, and the caller shows the same numbers in a table, so
// colour is never the only cue. Labels too long for their room wrap onto a second line instead of being cut off.
import { h, svg } from '../dom.js';

const COLOURS = ['#0b5cad', '#b35c00', '#1e6b2e', '#6a1b9a', '#a4161a', '#00695c', '#4a4a4a', '#5d4037', '#37474f'];
const PATTERNS = [
  () => [],
  c => [svg('path', { d: 'M0 12 12 0', stroke: c, 'stroke-width': 4 })],
  c => [svg('circle', { cx: 6, cy: 6, r: 3, fill: c })],
  c => [svg('path', { d: 'M0 6h12M6 0v12', stroke: c, 'stroke-width': 3 })],
  c => [svg('path', { d: 'M0 6h12', stroke: c, 'stroke-width': 4 })],
  c => [svg('path', { d: 'M6 0v12', stroke: c, 'stroke-width': 4 })],
  c => [svg('path', { d: 'M0 0 12 12', stroke: c, 'stroke-width': 4 })],
  c => [svg('rect', { x: 3, y: 3, width: 6, height: 6, fill: c })],
  c => [svg('path', { d: 'M0 0 12 12M0 12 12 0', stroke: c, 'stroke-width': 2 })]
];
/** How many series look different from each other. */
export const LOOKS = COLOURS.length;
const CHAR_WIDTH = 11; // of the 20 px chart text, on average
let uid = 0;

/** Text that fits width: one line, or two broken at a space, the second shortened with an ellipsis if need be. */
function label(attrs, text, width) {
  const max = Math.max(4, Math.floor(width / CHAR_WIDTH));
  if (text.length <= max) return svg('text', attrs, text);
  let cut = text.lastIndexOf(' ', max);
  if (cut <= 0) cut = max;
  const rest = text.slice(cut).trim();
  const second = rest.length > max ? rest.slice(0, max - 1) + '…' : rest;
  return svg('text', attrs, svg('title', null, text),
    svg('tspan', { x: attrs.x, dy: '-0.6em' }, text.slice(0, cut).trim()), svg('tspan', { x: attrs.x, dy: '1.2em' }, second));
}

function defs(count, prefix) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const colour = COLOURS[i % COLOURS.length];
    const body = PATTERNS[i % PATTERNS.length](colour);
    list.push(svg('pattern', { id: prefix + i, width: 12, height: 12, patternUnits: 'userSpaceOnUse' },
      svg('rect', { width: 12, height: 12, fill: body.length ? '#ffffff' : colour }), body));
  }
  return svg('defs', null, list);
}

export function legend(names, prefix, looks = names.map((n, i) => i)) {
  return h('ul', { class: 'legend' }, names.map((name, i) => h('li', null,
    svg('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }, svg('rect', { width: 24, height: 24, fill: 'url(#' + prefix + looks[i] + ')' })),
    h('span', null, name))));
}

/** Grouped vertical bars: categories along x, one bar per series in each group. */
export function groupedBars(title, categories, series) {
  const prefix = 'pat' + (++uid) + '-';
  const width = 1000;
  const height = 440;
  const left = 60;
  const bottom = 70;
  const top = 40;
  const max = Math.max(1, ...series.flatMap(s => s.values));
  const look = si => (series[si].look === undefined ? si : series[si].look);
  const groupWidth = (width - left - 20) / Math.max(categories.length, 1);
  const barWidth = Math.max(8, Math.min(60, (groupWidth - 16) / Math.max(series.length, 1)));
  const scale = v => (height - bottom - top) * v / max;
  const parts = [defs(LOOKS, prefix)];
  parts.push(svg('line', { x1: left, y1: height - bottom, x2: width - 10, y2: height - bottom, class: 'axis' }));
  categories.forEach((cat, ci) => {
    const x0 = left + ci * groupWidth + (groupWidth - barWidth * series.length) / 2;
    series.forEach((s, si) => {
      const v = s.values[ci] || 0;
      const hgt = scale(v);
      const x = x0 + si * barWidth;
      parts.push(svg('rect', { x, y: height - bottom - hgt, width: barWidth - 4, height: Math.max(hgt, 1), fill: 'url(#' + prefix + look(si) + ')', stroke: COLOURS[look(si) % COLOURS.length], 'stroke-width': 2 }));
      if (v) parts.push(svg('text', { x: x + (barWidth - 4) / 2, y: height - bottom - hgt - 6, 'text-anchor': 'middle' }, String(v)));
    });
    parts.push(label({ x: left + ci * groupWidth + groupWidth / 2, y: height - bottom + 36, 'text-anchor': 'middle' }, cat, groupWidth - 8));
  });
  return h('figure', { style: null },
    svg('svg', { class: 'chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': title }, parts),
    legend(series.map(s => s.name), prefix, series.map((s, si) => look(si))));
}

/** Horizontal bars with the label on the left and the number at the end of each bar. */
export function horizontalBars(title, items) {
  const prefix = 'pat' + (++uid) + '-';
  const rowHeight = 48;
  const width = 1000;
  // room for the longest label (up to two lines), at most half the chart
  const labelWidth = Math.min(500, Math.max(200, 20 + CHAR_WIDTH * Math.max(...items.map(i => Math.ceil(String(i.label).length / 2) + 2), 0)));
  const height = Math.max(rowHeight * items.length + 20, 60);
  const max = Math.max(1, ...items.map(i => i.value));
  const parts = [defs(LOOKS, prefix)];
  items.forEach((item, i) => {
    const y = 10 + i * rowHeight;
    const w = (width - labelWidth - 90) * item.value / max;
    parts.push(label({ x: labelWidth - 10, y: y + 30, 'text-anchor': 'end' }, String(item.label), labelWidth - 20));
    parts.push(svg('rect', { x: labelWidth, y: y + 6, width: Math.max(w, 1), height: rowHeight - 14, fill: 'url(#' + prefix + (item.series || 0) + ')', stroke: COLOURS[(item.series || 0) % COLOURS.length], 'stroke-width': 2 }));
    parts.push(svg('text', { x: labelWidth + w + 10, y: y + 30 }, String(item.value)));
  });
  return svg('svg', { class: 'chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': title }, parts);
}
