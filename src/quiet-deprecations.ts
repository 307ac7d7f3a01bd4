/**
 * Imported first by every entry point (action main and post steps, CLI): the Alibaba Cloud SDK
 * core calls Node's legacy `url.parse()`, and Node 24 prints a DEP0169 deprecation warning for
 * it on every run. A user can do nothing about it, so deprecation warnings of bundled
 * dependencies are not printed (NODE_OPTIONS=--trace-deprecation still shows them).
 */
if (!process.execArgv.includes("--trace-deprecation") && !process.env.NODE_OPTIONS?.includes("deprecation"))
  process.noDeprecation = true;
