/**
 * The SVG plot: one panel per target with actual, LSTM, interval band and baseline paths; text is
 * escaped; missing points break the line instead of drawing to zero.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPlot } from './plot.ts';

test('renders one panel per target with escaped text and broken lines at gaps', () => {
  const n = 50;
  const times = Float64Array.from({ length: n }, (_, i) => Date.UTC(2026, 10, 20) + i * 60_000);
  const wave = (k: number) => Float64Array.from({ length: n }, (_, i) => Math.sin(i / 5 + k) * 10);
  const actual = wave(0);
  actual[20] = Number.NaN;
  const svg = renderPlot(
    {
      step: 60_000,
      horizonSteps: 15,
      horizon: '15m',
      times,
      targets: ['a<b', 'c'].map((name) => ({
        name,
        actual,
        lstm: wave(0.1),
        baseline: wave(1),
        baselineName: 'persistence',
        lo: wave(0.1).map((v) => v - 1),
        hi: wave(0.1).map((v) => v + 1),
      })),
    },
    'title & more',
  );
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.ok(svg.includes('title &amp; more'));
  assert.ok(svg.includes('a&lt;b — 15m ahead'));
  assert.ok(!svg.includes('NaN'));
  const actualPath = /<path d="([^"]+)" fill="none" stroke="#000"/.exec(svg)![1]!;
  assert.equal(actualPath.match(/M/g)!.length, 2, 'the gap starts a new subpath');
  assert.equal(svg.match(/fill-opacity="0.15"/g)!.length, 2, 'one interval band per panel');
});
