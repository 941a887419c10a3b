import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { seedDemoOrganization } from './demo-organization';
import { seedNormFrameworks } from './norms';
import { seedDemoHistory } from './demo';

/** Reference data and the demo organisation; safe to run any number of times. */
export async function seedAll(dataSource: DataSource, logger: Logger): Promise<void> {
  await seedNormFrameworks(dataSource, logger);
  await seedDemoOrganization(dataSource, logger);
  await seedDemoHistory(dataSource, logger);
}
