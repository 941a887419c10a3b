/**
 * Module boundaries (docs/ARCHITECTURE.md, "Module boundaries"), checked by `npm run lint:deps`
 * and by test/unit/dependencies.test.ts.
 *
 * - The kernel (src/common, src/auth, src/db, src/observability, src/http, src/config.ts) imports
 *   nothing from src/modules.
 * - A module imports another module only through its entry point, src/modules/<name>/index.ts; the
 *   composition root (src/app.ts, src/schema.ts, src/server.ts, src/main.ts) likewise.
 * - No circular imports: neither between files nor between module folders.
 * Tests, scripts, seeds and benchmarks may import anything (they are not cruised).
 */
const KERNEL = '^src/(common|auth|db|observability|http)/|^src/config\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-no-module',
      comment: 'The kernel knows no feature module; a module hands the kernel what it needs.',
      severity: 'error',
      from: { path: KERNEL },
      to: { path: '^src/modules/' },
    },
    {
      name: 'module-entry-point-only',
      comment: "Another module is reached only through its index.ts (its declared public surface).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/.+', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'root-entry-point-only',
      comment: 'The composition root reaches modules through src/modules/index.ts or their index.ts.',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/modules/[^/]+/.+', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-circular-files',
      comment: 'No file reaches itself through its imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'Folders (the kernel parts and the modules) form a directed acyclic graph.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
