import type { Locale, Network } from '../domain/types';
import type { CheckProgress, CheckReport } from './import/check';

/** Messages between the page and the import worker. */
export type ImportRequest =
  | { type: 'check'; id: number; file: Blob; network: Network; locale: Locale; region?: string }
  | { type: 'run'; jobId: string }
  | { type: 'resume' };

export type ImportResponse =
  | { type: 'check-progress'; id: number; progress: CheckProgress }
  | { type: 'check-done'; id: number; report: CheckReport }
  | { type: 'check-failed'; id: number; message: string }
  | { type: 'job-ended'; jobId: string };
