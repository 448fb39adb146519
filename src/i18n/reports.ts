import { addStrings } from './index';
import { enReports } from './en-reports';
import { plReports } from './pl-reports';

/* The strings of reports: they load with the Reports code. */
addStrings(enReports, plReports);
