/** Alert template expansion: Prometheus' variables, pipelines and humanize functions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goFloat, goG } from './gofmt.ts';
import { humanize, humanizeDuration, Template } from './template.ts';

const data = { labels: { phase: 'L2', device: 'meter1' }, value: 12.3456 };
const x = (src: string, d = data) => Template.compile(src).expand(d);

describe('templates', () => {
  it('expands variables and fields', async () => {
    assert.equal(
      await x('Phase {{ $labels.phase }} of {{ .Labels.device }} at {{ $value }} V'),
      'Phase L2 of meter1 at 12.3456 V',
    );
    assert.equal(await x('[{{ $labels.missing }}]'), '[]');
  });
  it('runs pipelines and Prometheus functions', async () => {
    assert.equal(await x('{{ $value | humanize }}'), '12.35');
    assert.equal(await x('{{ humanize 1234567 }}'), '1.235M');
    assert.equal(await x('{{ 0.00012 | humanize }}'), '120u');
    assert.equal(await x('{{ humanize1024 2048 }}'), '2ki');
    assert.equal(await x('{{ humanizePercentage 0.1234 }}'), '12.34%');
    assert.equal(await x('{{ humanizeDuration 3725 }}'), '1h 2m 5s');
    assert.equal(await x('{{ humanizeTimestamp 1764282000 }}'), '2025-11-27 22:20:00 +0000 UTC');
    assert.equal(await x('{{ printf "%.1f" $value }} {{ $labels.phase | toLower }}'), '12.3 l2');
    assert.equal(
      await x('{{ if gt $value 10.0 }}high{{ else if gt $value 5.0 }}mid{{ else }}low{{ end }}'),
      'high',
    );
    assert.equal(await x('{{- $p := $labels.phase -}}  {{ $p }}'), 'L2');
    assert.equal(
      await x('{{/* a comment */}}{{ range $k, $v := $labels }}{{ $k }}={{ $v }};{{ end }}'),
      'device=meter1;phase=L2;',
    );
    assert.equal(await x('{{ reReplaceAll "L(.)" "phase $1" $labels.phase }}'), 'phase 2');
  });
  it('runs query through the context', async () => {
    const t = Template.compile('{{ with query "up" }}{{ . | first | value }}{{ end }}');
    const out = await t.expand(data, { query: async () => [{ Labels: { a: 'b' }, Value: 7 }] });
    assert.equal(out, '7');
  });
  it('refuses unknown functions and undefined variables when compiled', () => {
    assert.throws(() => Template.compile('{{ humanise $value }}'), {
      code: 'RULES_TEMPLATE_INVALID',
      message: /function "humanise" not defined/,
    });
    assert.throws(() => Template.compile('{{ $lables.x }}'), /undefined variable "\$lables"/);
    assert.throws(() => Template.compile('{{ if 1 }}x'), /missing \{\{end\}\}/);
    assert.throws(() => Template.compile('{{ $value '), /unclosed action/);
  });
  it('formats numbers as Go does', () => {
    assert.equal(goFloat(1e6), '1e+06');
    assert.equal(goFloat(123456), '123456');
    assert.equal(goFloat(0.00001), '1e-05');
    assert.equal(goG(1000, 4), '1000');
    assert.equal(goG(12344, 4), '1.234e+04');
    assert.equal(humanize(0), '0');
    assert.equal(humanizeDuration(0.5), '500ms');
  });
});
