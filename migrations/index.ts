import type { MigrationInterface } from 'typeorm';
import { Foundation1795343868890 } from './1795343868890-Foundation';

/** Every migration, oldest first (`npm run migration:generate` appends here). */
export const migrations: (new () => MigrationInterface)[] = [
  Foundation1795343868890,
];
