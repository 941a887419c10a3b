import { coverageState, CoverageState } from '../../src/modules/norm/norm-coverage.types';

describe('coverage state of a requirement node', () => {
  it.each([
    [1, 1, CoverageState.COVERED],
    [1, 0, CoverageState.GAP],
    [6, 6, CoverageState.COVERED],
    [6, 5, CoverageState.PARTIAL],
    [6, 1, CoverageState.PARTIAL],
    [6, 0, CoverageState.GAP],
    [0, 0, CoverageState.GAP],
  ])('%i requirements, %i covered: %s', (requirements, covered, state) => {
    expect(coverageState(requirements, covered)).toBe(state);
  });
});
