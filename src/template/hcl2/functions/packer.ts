/**
 * Packer's own functions: `env` (only in variable defaults, as in Packer) and the functions that
 * need another service (`vault`, `consul_key`, `aws_secretsmanager`…), which say they are not
 * available here.
 */
import { FunctionError } from "../function.js";
import { type HclFunction, p, STRING } from "./helpers.js";

/** `env(name)`: the environment variable's value, "" when unset. */
export function envFunction(env: NodeJS.ProcessEnv): HclFunction {
  return { params: [p("key", STRING)], impl: ([k]) => env[k as string] ?? "" };
}

function unavailable(name: string, service: string, arity: number): HclFunction {
  return {
    params: Array.from({ length: arity }, (_, i) => p(`arg${i + 1}`, STRING)),
    impl: () => {
      throw new FunctionError(
        `${name}() is not available in image-build: it reads ${service}, which image-build does not connect to; pass the value in a variable instead (-var, a var file or PKR_VAR_<name>)`,
      );
    },
  };
}

/** The functions that need a service image-build does not talk to. */
export const unavailableFunctions: Record<string, HclFunction> = {
  vault: unavailable("vault", "HashiCorp Vault", 2),
  consul_key: unavailable("consul_key", "HashiCorp Consul", 1),
  aws_secretsmanager: unavailable("aws_secretsmanager", "AWS Secrets Manager", 2),
  aws_secretsmanager_raw: unavailable("aws_secretsmanager_raw", "AWS Secrets Manager", 1),
};
