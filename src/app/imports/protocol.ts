import type { Locale, Network } from '../../domain/types';
import type { CheckProgress, CheckReport } from './check';
import type { GroupCheckReport } from './group-check';
import type { GroupUploadFiles } from './group-read';

/** Messages between the page and the import worker. */
export type ImportRequest =
  | { type: 'check'; id: number; file: Blob; network: Network; locale: Locale; region?: string }
  | {
      type: 'group-check';
      id: number;
      files: GroupUploadFiles;
      locale: Locale;
      /** One group's Import via CSV. */
      groupId?: string;
    }
  | { type: 'run'; jobId: string }
  | { type: 'resume' };

export type ImportResponse =
  | { type: 'check-progress'; id: number; progress: CheckProgress }
  | { type: 'check-done'; id: number; report: CheckReport | GroupCheckReport }
  | { type: 'check-failed'; id: number; message: string }
  | { type: 'job-ended'; jobId: string };
