import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);

// src/quiet-deprecations.ts
if (!process.execArgv.includes("--trace-deprecation") && !process.env.NODE_OPTIONS?.includes("deprecation"))
  process.noDeprecation = true;
