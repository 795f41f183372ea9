/**
 * Jest's Node environment, with each test's console output held back and shown only when that test fails.
 * The app's z.console lines (Zapier's logger echoes them through console.log, "at doWrite ... create-logger-console")
 * are expected in passing tests and only noise there; next to a failure they are the first clue.
 * A test environment, not a setup file, because only the environment hears whether a test failed (handleTestEvent).
 */
const { TestEnvironment } = require('jest-environment-node');

const HELD = ['log', 'info', 'warn', 'error', 'debug'];

/** Where the held call came from (the frame above the stand-in method), since it is printed later from here. */
const callerOf = (stack = '') => stack.split('\n')[2]?.trim() ?? 'at an unknown place';

class QuietEnvironment extends TestEnvironment {
  /** @type {{ console: Console, calls: Array<[string, unknown[], string]> } | null} */
  held = null;

  handleTestEvent(event) {
    if (event.name === 'test_start') this.hold();
    else if (event.name === 'test_done') this.release(event.test.errors.length > 0);
  }

  hold() {
    const original = this.global.console;
    const calls = [];
    const quiet = Object.create(original);
    for (const method of HELD) quiet[method] = (...args) => calls.push([method, args, callerOf(new Error().stack)]);
    this.held = { console: original, calls };
    this.global.console = quiet;
  }

  release(failed) {
    if (!this.held) return;
    const { console: original, calls } = this.held;
    this.global.console = original;
    this.held = null;
    if (failed)
      for (const [method, args, caller] of calls)
        original[method](...args, `\n(held back during the test; logged ${caller})`);
  }
}

module.exports = QuietEnvironment;
