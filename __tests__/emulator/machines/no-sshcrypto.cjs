// Preload (`node --require`): makes ssh2's optional native crypto binding unloadable, as it is in
// the ncc bundles, on a Node ABI it was not built for, or where no compiler ran at install. ssh2
// then falls back to its JavaScript ciphers. No file in node_modules is touched.
const Module = require("node:module");

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithoutSshcrypto(request, ...rest) {
  if (/(^|[/\\])sshcrypto\.node$/.test(request)) {
    const e = new Error(`Cannot find module '${request}' (made unloadable by no-sshcrypto.cjs)`);
    e.code = "MODULE_NOT_FOUND";
    throw e;
  }
  return resolve.call(this, request, ...rest);
};
