import neo4j, { type Driver } from 'neo4j-driver';
import { APP_NAME } from './metadata.js';

/** Callers outside db/ hold the driver only to hand it back here; they take its type from this module. */
export type { Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/**
 * The driver every part of the project uses. Integers come back as JS numbers (the dataset's counts
 * and ids fit easily), and connecting fails fast so an unreachable Neo4j is reported, not waited on:
 * a connection attempt gives up after 2 s, well inside the API's default 5 s request budget (the
 * executor also stops waiting at the budget, whatever the driver is doing).
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    userAgent: APP_NAME,
  });
}
