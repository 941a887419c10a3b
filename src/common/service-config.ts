import type { DataSource } from 'typeorm';
import type { Config } from '../config';

const configs = new WeakMap<DataSource, Config>();

/** Makes the running service's configuration available to services reached with a context on `dataSource`. */
export function setServiceConfig(dataSource: DataSource, config: Config): void {
  configs.set(dataSource, config);
}

/** The configuration of the service using `dataSource`, or undefined outside a running service (scripts). */
export function serviceConfig(dataSource: DataSource): Config | undefined {
  return configs.get(dataSource);
}
