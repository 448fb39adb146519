import { actionCreate, actionDelete, actionPublish, actionUnpublish } from './actions';
import {
  connectorDeactivate,
  connectorRegister,
  groupConnectorAdd,
  groupConnectorRemove,
} from './connectors';
import { actionRespond, actionSend, messagePost } from './conversation';

/**
 * Commands of connectors, Actions and group conversations (SPEC §8), registered in the
 * command map through `CATALOG_COMMANDS`.
 */
export const CATALOG_COMMANDS = {
  'connector-register': connectorRegister,
  'connector-deactivate': connectorDeactivate,
  'group-connector-add': groupConnectorAdd,
  'group-connector-remove': groupConnectorRemove,
  'action-create': actionCreate,
  'action-delete': actionDelete,
  'action-publish': actionPublish,
  'action-unpublish': actionUnpublish,
  'message-post': messagePost,
  'action-send': actionSend,
  'action-respond': actionRespond,
};
