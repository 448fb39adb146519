/**
 * Commands of the bulk group upload and the per-group CSV import (SPEC §7), registered in
 * the command map through `GROUP_UPLOAD_COMMANDS`.
 */
export const GROUP_UPLOAD_COMMANDS = {};
