import { actionCreate, actionDelete, actionPublish, actionUnpublish } from './actions';
import {
  connectorDeactivate,
  connectorRegister,
  groupConnectorAdd,
  groupConnectorRemove,
} from './connectors';
import { actionRespond, actionSend, messagePost, messageReact } from './conversation';
import {
  actionsOverview,
  connectorsOverview,
  groupActions,
  groupConnectors,
  groupConversation,
} from './queries';

/** The catalog area's code: connectors, Actions and group conversations (SPEC §8). */
export default {
  commands: {
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
    'message-react': messageReact,
  },
  queries: {
    'actions-overview': actionsOverview,
    'connectors-overview': connectorsOverview,
    'group-connectors': groupConnectors,
    'group-actions': groupActions,
    'group-conversation': groupConversation,
  },
  jobs: {},
};
