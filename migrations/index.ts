import type { MigrationInterface } from 'typeorm';
import { Foundation1795343868890 } from './1795343868890-Foundation';
import { Codes1795344157496 } from './1795344157496-Codes';
import { NormsAndCodeLifecycle1795344451895 } from './1795344451895-NormsAndCodeLifecycle';
import { Complaints1795344928588 } from './1795344928588-Complaints';

/** Every migration, oldest first (`npm run migration:generate` appends here). */
export const migrations: (new () => MigrationInterface)[] = [
  Foundation1795343868890,
  Codes1795344157496,
  NormsAndCodeLifecycle1795344451895,
  Complaints1795344928588,
];
