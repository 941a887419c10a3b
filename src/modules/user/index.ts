import type { ModuleDefinition } from '../../common/module';
import { User } from './user.entity';
import { UserResolver } from './user.resolver';

/** The user module's public surface: what other modules (and the app) may use. */
export { User } from './user.entity';
export { UserService } from './user.service';
export { Language, EmailNotifications } from './preferences';

export const userModule: ModuleDefinition = {
  name: 'user',
  entities: [User],
  resolvers: [UserResolver],
};
