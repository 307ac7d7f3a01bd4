/**
 * The environment variables the shell provisioners pass to scripts (Packer 1.6.6's
 * escapeEnvVars / createFlattenedEnvVars): PACKER_BUILD_NAME, PACKER_BUILDER_TYPE, the HTTP
 * address when the builder serves one, then `environment_vars`; `'` in values becomes `'"'"'`,
 * keys are sorted (bytewise) and each pair is printed with `env_var_format`.
 */
import { sprintf } from "../template/interpolate/fmt.js";

/** Inputs of {@link flattenEnvVars}. */
export interface EnvVarInputs {
  buildName: string;
  builderType: string;
  /** `environment_vars` entries, `KEY=value`. */
  vars: string[];
  /** printf format of one pair, e.g. `%s='%s' `. */
  format: string;
  /** `PACKER_HTTP_ADDR` / `_IP` / `_PORT` when the builder provides them. */
  http?: { addr?: string; ip?: string; port?: string };
}

/** The escaped variables by key, keys sorted bytewise. */
export function escapeEnvVars(inputs: EnvVarInputs): [string, string][] {
  const env = new Map<string, string>();
  env.set("PACKER_BUILD_NAME", inputs.buildName);
  env.set("PACKER_BUILDER_TYPE", inputs.builderType);
  if (inputs.http?.addr) env.set("PACKER_HTTP_ADDR", inputs.http.addr);
  if (inputs.http?.ip) env.set("PACKER_HTTP_IP", inputs.http.ip);
  if (inputs.http?.port) env.set("PACKER_HTTP_PORT", inputs.http.port);
  for (const kv of inputs.vars) {
    const eq = kv.indexOf("=");
    const key = eq < 0 ? kv : kv.slice(0, eq);
    const value = eq < 0 ? "" : kv.slice(eq + 1);
    env.set(key, value.replaceAll("'", `'"'"'`));
  }
  const bytes = (s: string) => Buffer.from(s, "utf8");
  return [...env.entries()].sort(([a], [b]) => Buffer.compare(bytes(a), bytes(b)));
}

/** The flattened variables: each pair printed with the format, concatenated. */
export function flattenEnvVars(inputs: EnvVarInputs): string {
  return escapeEnvVars(inputs)
    .map(([k, v]) => sprintf(inputs.format, [k, v]))
    .join("");
}
