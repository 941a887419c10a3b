import type { ModuleDefinition } from '../../common/module';
import { Code } from './code.entity';
import { CodeVersion } from './code-version.entity';
import { CodePromise } from './code-promise.entity';
import { CodePromiseResolver, CodeResolver, CodeVersionResolver } from './code.resolver';
import { PublicCodeResolver, PublicCodeVersionResolver } from './public-code.resolver';
import { codeLoaders } from './code.loaders';
import { CodePromiseTranslation, CodeVersionTranslation } from './code-translation.entity';

/** The code module's public surface: what other modules (and the app) may use. */
export { CodePromise, MAX_PROMISES_PER_VERSION } from './code-promise.entity';
export { CodePromiseService } from './code-promise.service';
export { CodeVersion, CodeVersionStatus } from './code-version.entity';
export { Code } from './code.entity';
export { CodeService, type CodeInForce } from './code.service';
export { CodePromiseTranslation, CodeVersionTranslation } from './code-translation.entity';
export { DraftCopies, type DraftCopier } from './draft-copies';
export {
  IsPromiseKey,
  PROMISE_KEY,
  comparePromiseKeys,
  inLineages,
  lineageKey,
  lineageOf,
  lineageSql,
  parseLineageKey,
  promiseInLineage,
  promiseLineageKey,
  type PromiseLineage,
} from './promise-lineage';

export const codeModule: ModuleDefinition = {
  name: 'code',
  entities: [Code, CodeVersion, CodePromise, CodeVersionTranslation, CodePromiseTranslation],
  resolvers: [CodePromiseResolver, CodeResolver, CodeVersionResolver, PublicCodeResolver, PublicCodeVersionResolver],
  loaders: { code: codeLoaders },
};
