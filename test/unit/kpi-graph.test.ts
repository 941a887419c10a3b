import { cycleClosedBy, type KpiEdge } from '../../src/modules/kpi/kpi-graph';

const edges = (...pairs: string[]): KpiEdge[] => pairs.map((p) => ({ causeId: p[0], effectId: p[1] }));

describe('KPI cycle detection', () => {
  it('accepts a link that keeps the graph acyclic', () => {
    expect(cycleClosedBy(edges('ab', 'bc'), 'a', 'c')).toBeNull();
    expect(cycleClosedBy(edges('ab', 'bc', 'cd'), 'x', 'a')).toBeNull();
    expect(cycleClosedBy([], 'a', 'b')).toBeNull();
  });

  it('accepts a diamond (two paths to the same effect are not a cycle)', () => {
    expect(cycleClosedBy(edges('ab', 'ac', 'bd'), 'c', 'd')).toBeNull();
  });

  it('finds the cycle of length 2', () => {
    expect(cycleClosedBy(edges('ab'), 'b', 'a')).toEqual(['b', 'a', 'b']);
  });

  it('finds the cycle of length 3, in link order', () => {
    expect(cycleClosedBy(edges('ab', 'bc'), 'c', 'a')).toEqual(['c', 'a', 'b', 'c']);
  });

  it('reports a shortest cycle when there are several', () => {
    expect(cycleClosedBy(edges('ab', 'bc', 'cd', 'de', 'ae'), 'e', 'a')).toEqual(['e', 'a', 'e']);
    expect(cycleClosedBy(edges('ab', 'bc', 'cd', 'bd'), 'd', 'a')).toEqual(['d', 'a', 'b', 'd']);
  });

  it('reports a self-link as a cycle of one KPI', () => {
    expect(cycleClosedBy([], 'a', 'a')).toEqual(['a', 'a']);
  });

  it('ignores unrelated cycles-to-be elsewhere in the graph', () => {
    expect(cycleClosedBy(edges('ab', 'cd', 'de'), 'e', 'a')).toBeNull();
  });
});
