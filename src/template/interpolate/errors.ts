/**
 * The error every interpolation failure is reported with. `message` is the text Packer 1.6.6 (Go's
 * text/template) prints, e.g. `template: root:1: function "foo" not defined` or
 * `template: root:1:3: executing "root" at <split "a" "-" 5>: error calling split: ...`.
 */
export class InterpolateError extends Error {
  /** "parse" for template syntax errors, "exec" for errors while rendering. */
  readonly kind: "parse" | "exec";
  /** 1-based line within the template string. */
  readonly line: number;
  /** Go's column for exec errors: 0-based byte offset within the line (as Go prints it). */
  readonly column?: number;
  /** 0-based character offset within the template string, when known. */
  readonly offset?: number;
  /** The message after Go's `template: NAME:LINE[:COL]: ...` prefix. */
  readonly detail: string;

  constructor(
    message: string,
    opts: { kind: "parse" | "exec"; line: number; column?: number; offset?: number; detail: string },
  ) {
    super(message);
    this.name = "InterpolateError";
    this.kind = opts.kind;
    this.line = opts.line;
    this.column = opts.column;
    this.offset = opts.offset;
    this.detail = opts.detail;
  }
}
