/**
 * One error shape for the whole lab. Bad input is data (`Problem`), a refused command
 * throws a `DomainError`. The UI turns `code` + `params` into translated text.
 */

export type Params = Record<string, string | number>;

export interface Problem {
  /** 1-based row or entry number, when the problem belongs to one. */
  row?: number;
  /** Field or column name. */
  column?: string;
  /** The offending value, shortened for display. */
  value?: string;
  code: string;
  params?: Params;
  /** A warning is reported but does not stop the row or file (unknown column, recovered number). */
  warning?: true;
}

export class DomainError extends Error {
  readonly code: string;
  readonly params: Params;
  readonly problems: Problem[];
  constructor(code: string, params: Params = {}, problems: Problem[] = []) {
    super(code);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.problems = problems;
  }
}

/** Shortens a value for messages so a 10,000-character input does not flood the screen. */
export function preview(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
