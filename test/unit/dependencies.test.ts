import { execFileSync } from 'node:child_process';

/**
 * The module boundaries of docs/ARCHITECTURE.md, checked with dependency-cruiser's `cruise()` and
 * the rules of .dependency-cruiser.cjs (the same check as `npm run lint:deps`). dependency-cruiser
 * ships only ES modules, so the cruise runs in a child process.
 */
const CRUISE = `
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const { output } = await cruise(['src'], options, undefined, { tsConfig: extractTSConfig('tsconfig.json') });
const rules = options.ruleSet.forbidden.map((r) => r.name);
process.stdout.write(JSON.stringify({ rules, modules: output.summary.totalCruised, violations: output.summary.violations }));
`;

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

describe('module boundaries', () => {
  const result = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', CRUISE], { cwd: `${__dirname}/../..`, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as { rules: string[]; modules: number; violations: Violation[] };

  it('checks every rule over the whole source tree', () => {
    expect(result.rules).toEqual(['kernel-imports-no-module', 'module-entry-point-only', 'root-entry-point-only', 'no-circular-files', 'no-circular-folders']);
    expect(result.modules).toBeGreaterThan(100);
  });

  it('has no import that breaks them', () => {
    const broken = result.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`);
    expect(broken).toEqual([]);
  });
});
