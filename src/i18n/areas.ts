import { addStrings } from './index';
import { enGroups } from './en-groups';
import { plGroups } from './pl-groups';
import { enCatalog } from './en-catalog';
import { plCatalog } from './pl-catalog';
import { enGroupUpload } from './en-group-upload';
import { plGroupUpload } from './pl-group-upload';

/*
 * The strings of the group areas — Groups, Actions and connectors, group uploads. Every
 * module that shows them imports this file, so they load with that code and not with the
 * portal's first screen.
 */
addStrings(
  { ...enGroups, ...enCatalog, ...enGroupUpload },
  {
    ...plGroups,
    ...plCatalog,
    ...plGroupUpload,
  },
);
