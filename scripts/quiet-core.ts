/**
 * zapier-platform-core logs a memory line ("ZID: ... RSSMEM: ...") on every run outside a test runner. Scripts
 * run core in its real mode (NODE_ENV=test would also change how core reports errors and checks results), so
 * only that line is kept out of their output; every other console line prints as before.
 */
const MEMORY_LINE_START = 'ZID:';
const log = console.log.bind(console);
console.log = (...args: unknown[]) => {
  if (args[0] === MEMORY_LINE_START) return;
  log(...args);
};
