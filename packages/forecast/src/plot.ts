/**
 * An SVG plot of forecasts against actuals on the test split: one panel per target, the actual in
 * black, the LSTM's forecast at the largest horizon in blue with its 99 % interval shaded, and the
 * best baseline at that horizon in orange, each drawn at the time it predicts. Self-contained SVG
 * (no scripts, no external fonts), long series thinned to at most ~2000 points per line.
 */
import type { PlotData } from './train.ts';

const W = 1100;
const PANEL_H = 220;
const M = { left: 70, right: 20, top: 30, bottom: 30 };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fmtTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1000) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

export function renderPlot(d: PlotData, title: string): string {
  const H = d.targets.length * (PANEL_H + M.top + M.bottom) + 20;
  const n = d.times.length;
  const stride = Math.max(1, Math.ceil(n / 2000));
  const t0 = d.times[0] ?? 0;
  const t1 = d.times[n - 1] ?? 1;
  const pw = W - M.left - M.right;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left}" y="16" font-size="13" font-weight="bold">${esc(title)}</text>`,
  ];
  d.targets.forEach((tg, k) => {
    const top = 20 + k * (PANEL_H + M.top + M.bottom) + M.top;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const arr of [tg.actual, tg.lstm, tg.baseline, tg.lo, tg.hi])
      for (const v of arr)
        if (Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    const x = (t: number) => M.left + ((t - t0) / Math.max(1, t1 - t0)) * pw;
    const y = (v: number) => top + PANEL_H - ((v - lo) / (hi - lo)) * PANEL_H;
    const path = (arr: Float64Array) => {
      let s = '';
      let pen = false;
      for (let i = 0; i < n; i += stride) {
        const v = arr[i]!;
        if (!Number.isFinite(v)) {
          pen = false;
          continue;
        }
        s += `${pen ? 'L' : 'M'}${x(d.times[i]!).toFixed(1)},${y(v).toFixed(1)}`;
        pen = true;
      }
      return s;
    };
    let band = '';
    const idx: number[] = [];
    for (let i = 0; i < n; i += stride)
      if (Number.isFinite(tg.lo[i]!) && Number.isFinite(tg.hi[i]!)) idx.push(i);
    if (idx.length > 1) {
      band = idx
        .map((i, j) => `${j === 0 ? 'M' : 'L'}${x(d.times[i]!).toFixed(1)},${y(tg.hi[i]!).toFixed(1)}`)
        .join('');
      band += idx
        .reverse()
        .map((i) => `L${x(d.times[i]!).toFixed(1)},${y(tg.lo[i]!).toFixed(1)}`)
        .join('');
      band += 'Z';
    }
    out.push(`<g>`);
    out.push(
      `<text x="${M.left}" y="${top - 8}" font-weight="bold">${esc(tg.name)} — ${esc(d.horizon)} ahead</text>`,
    );
    out.push(`<rect x="${M.left}" y="${top}" width="${pw}" height="${PANEL_H}" fill="none" stroke="#ccc"/>`);
    for (let g = 0; g <= 4; g++) {
      const v = lo + ((hi - lo) * g) / 4;
      out.push(
        `<line x1="${M.left}" x2="${M.left + pw}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#eee"/>`,
      );
      out.push(`<text x="${M.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${fmtTick(v)}</text>`);
    }
    for (let g = 0; g <= 6; g++) {
      const t = t0 + ((t1 - t0) * g) / 6;
      const label = new Date(t).toISOString().slice(5, 16).replace('T', ' ');
      out.push(`<text x="${x(t).toFixed(1)}" y="${top + PANEL_H + 14}" text-anchor="middle">${label}</text>`);
    }
    if (band) out.push(`<path d="${band}" fill="#1f77b4" fill-opacity="0.15" stroke="none"/>`);
    out.push(`<path d="${path(tg.actual)}" fill="none" stroke="#000" stroke-width="1"/>`);
    out.push(
      `<path d="${path(tg.baseline)}" fill="none" stroke="#ff7f0e" stroke-width="1" stroke-opacity="0.8"/>`,
    );
    out.push(`<path d="${path(tg.lstm)}" fill="none" stroke="#1f77b4" stroke-width="1"/>`);
    const lx = M.left + pw - 330;
    out.push(
      `<text x="${lx}" y="${top - 8}"><tspan fill="#000">— actual</tspan>  <tspan fill="#1f77b4">— LSTM (99 % interval)</tspan>  <tspan fill="#ff7f0e">— ${esc(tg.baselineName)}</tspan></text>`,
    );
    out.push(`</g>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
