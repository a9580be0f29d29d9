/** Scope matching: MQTT wildcard semantics, filter containment and the tricks it must refuse. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterWithin, parseScope, scopeLabels, topicMatches } from './scope.ts';

describe('scopes', () => {
  it('normalises a sensor-path prefix and keeps it inside the tenant', () => {
    assert.equal(parseScope('acme', 'acme/berlin/#'), 'acme/berlin/#');
    assert.equal(parseScope('acme', 'acme/berlin'), 'acme/berlin/#');
    assert.equal(parseScope('*', '#'), '#');
    assert.throws(() => parseScope('acme', 'other/berlin/#'), { code: 'AUTH_BAD_SCOPE' });
    assert.throws(() => parseScope('acme', '#'), { code: 'AUTH_BAD_SCOPE' });
    assert.throws(() => parseScope('acme', '+/berlin/#'), { code: 'AUTH_BAD_SCOPE' });
    assert.throws(() => parseScope('acme', 'acme/#/x'), { code: 'AUTH_BAD_SCOPE' });
    assert.throws(() => parseScope('acme', 'acme/be rlin'), { code: 'AUTH_BAD_SCOPE' });
  });

  it('matches topics level by level, never by string prefix', () => {
    const s = 'acme/berlin/#';
    assert.ok(topicMatches(s, 'acme/berlin/a/l/d/metrics'));
    assert.ok(topicMatches(s, 'acme/berlin'));
    assert.ok(!topicMatches(s, 'acme/berlin2/a/l/d/metrics'));
    assert.ok(!topicMatches(s, 'acme/paris/a/l/d/metrics'));
    assert.ok(!topicMatches(s, 'evil/berlin/a/l/d/metrics'));
    assert.ok(topicMatches('acme/+/a/#', 'acme/x/a/l/d/state'));
    assert.ok(!topicMatches('#', '$SYS/broker/heartbeat'));
  });

  it('allows only subscriptions contained in the scope', () => {
    const s = 'acme/berlin/#';
    for (const ok of [
      'acme/berlin/#',
      'acme/berlin/+/+/+/config',
      'acme/berlin/a/l/d/config',
      'acme/berlin/+/#',
    ])
      assert.ok(filterWithin(s, ok), ok);
    for (const bad of [
      '#',
      '+/#',
      '+/berlin/#',
      'acme/#',
      'acme/+/#',
      'acme/berlin2/#',
      '$SYS/#',
      'acme',
      'evil/berlin/#',
    ])
      assert.ok(!filterWithin(s, bad), bad);
    assert.ok(filterWithin('acme/+/a/#', 'acme/x/a/#'));
    assert.ok(filterWithin('acme/+/a/#', 'acme/+/a/l/#'));
    assert.ok(!filterWithin('acme/+/a/#', 'acme/+/#'));
    assert.ok(!filterWithin('acme/+/a/#', 'acme/x/#'));
  });

  it('reads literal levels as label constraints', () => {
    assert.deepEqual(scopeLabels('acme/berlin/#'), [
      ['enterprise', 'acme'],
      ['site', 'berlin'],
    ]);
    assert.deepEqual(scopeLabels('acme/+/hall/#'), [
      ['enterprise', 'acme'],
      ['area', 'hall'],
    ]);
    assert.deepEqual(scopeLabels('#'), []);
  });
});
