import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { describeSignal } from './describe';

describe('describeSignal', () => {
  it.each(CATALOGUE.map((s) => [s.id]))('%s has a name and facts that each cite a source', (id) => {
    const info = describeSignal(id)!;
    expect(info.name.length).toBeGreaterThan(0);
    expect(info.facts.length).toBeGreaterThan(0);
    for (const fact of info.facts) expect(fact.sources.length).toBeGreaterThan(0);
  });
  it('knows nothing of an unknown id', () => expect(describeSignal('not-a-signal')).toBeUndefined());
});
