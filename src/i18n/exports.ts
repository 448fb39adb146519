import { addStrings } from './index';
import { enExports } from './en-exports';
import { plExports } from './pl-exports';

/* The strings of exports (Export Users, its history): they load with that code. */
addStrings(enExports, plExports);
