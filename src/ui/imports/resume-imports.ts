import { QUERIES } from '../../app/kernel/queries';
import { resumeImports } from '../../app/imports/client';

let checked = false;

/** Once per page: an import a closed tab left unfinished resumes on the next visit. */
export function resumeUnfinishedImports(): void {
  if (checked) return;
  checked = true;
  void QUERIES.importsToResume().then((yes) => yes && resumeImports());
}
