/**
 * The query function rules run on, built from the PromQL engine and a per-tenant Queryable. Kept
 * apart from the manager so the manager depends on a function, not on the engine: tests and the
 * benchmark may pass any function of the same shape.
 */
import type { Engine } from '@sensorpath/promql';
import type { Queryable } from '@sensorpath/storage';
import type { RuleQueryFunc, RuleSample } from './manager.ts';

export function engineQueryFunc(engine: Engine, queryable: (tenant: string) => Queryable): RuleQueryFunc {
  return async (tenant, expr, timeMs) => {
    const res = await engine.instantQuery(queryable(tenant), expr, timeMs);
    const v = res.value;
    switch (v.type) {
      case 'vector':
        return v.samples.map((s): RuleSample => ({ labels: s.labels, v: s.v }));
      case 'scalar':
        return [{ labels: [], v: v.v }];
      default:
        throw new Error(`rule result is of type ${v.type}, must be an instant vector or scalar`);
    }
  };
}
