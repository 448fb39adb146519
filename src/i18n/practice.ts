import { addStrings } from './index';
import { enPractice } from './en-practice';
import { plPractice } from './pl-practice';

/* The strings of the practice page: they load with the practice code. */
addStrings(enPractice, plPractice);
