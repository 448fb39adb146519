/**
 * Commands of connectors, Actions and group conversations (SPEC §8), registered in the
 * command map through `CATALOG_COMMANDS`.
 */
export const CATALOG_COMMANDS = {};
