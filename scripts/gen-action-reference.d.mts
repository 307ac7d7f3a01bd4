// Types of scripts/gen-action-reference.mjs (for the tests that import it).
export declare const START: string;
export declare const END: string;
export type ActionYaml = {
  inputs?: Record<
    string,
    { description?: string; required?: string; default?: string; deprecationMessage?: string }
  >;
  outputs?: Record<string, { description?: string; value?: string }>;
  runs?: { using?: string; main?: string; post?: string };
  [key: string]: unknown;
};
export declare function parseActionYaml(text: string): ActionYaml;
export declare function renderReference(action: ActionYaml): string;
export declare function syncReadme(readme: string, reference: string): string;
