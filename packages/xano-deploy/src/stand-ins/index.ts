// Third-party stand-ins (FUB, reZEN, SkySlope) for the integrations pipeline: `xac stand-ins`.
export { startStandIns, type StandInOptions, type StandInsHandle, type StandInFaults } from './server.js';
export { COLLECTION_NAMES, countsFor, type CollectionName, type Counts, type Integration } from './collection.js';
export { EXAMPLE_PATHS, SPECS } from './routes.js';
export { STAND_IN_EPOCH } from './random.js';
