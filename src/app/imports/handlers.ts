import { USER_IMPORT } from './user-import';
import { GROUP_UPLOAD } from './group-upload';
import { checkGroupFiles, checkUsersFile, groupUploadLog, template } from './queries';

/** The imports area's code: users imports and group uploads, their checks, logs and templates. */
export default {
  commands: {},
  queries: {
    'check-users-file': checkUsersFile,
    'check-group-upload': checkGroupFiles,
    'group-upload-log': groupUploadLog,
    template,
  },
  jobs: {
    'user-import': USER_IMPORT,
    'group-upload': GROUP_UPLOAD,
  },
};
