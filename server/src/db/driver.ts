import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/**
 * The driver every part of the project uses. Integers come back as JS numbers (the dataset's counts
 * and ids fit easily), and connecting fails fast so an unreachable Neo4j is reported, not waited on.
 */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    userAgent: 'kg-explorer',
  });
}
