/**
 * What the HCL2 loader knows of the source types it may build: each builder says it in its own
 * record (`src/builders/builder.ts`, `hcl2`), and the front ends hand the table built from the
 * registry to the loader. The template layer names no builder.
 */

/** What the HCL2 loader needs to know of one source type (a builder). */
export interface Hcl2SourceSpec {
  /**
   * The nested blocks of the builder's HCL2 spec (Packer's `hcl2spec.go`): one block (`single`,
   * an object) or repeated blocks (`list`, an array of objects). Other nested blocks are errors.
   */
  readonly blocks: Readonly<Record<string, "single" | "list">>;
  /** The Packer plugin that provides it in Packer (a `required_plugins` entry for it is accepted). */
  readonly plugin: { readonly name: string; readonly source: string };
}

/** The source types a template may use, by type (`alicloud-ecs`). */
export type Hcl2Sources = Readonly<Record<string, Hcl2SourceSpec>>;
