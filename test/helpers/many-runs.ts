/**
 * Files that run the app hundreds of times in one process import this first. Zapier's runtime guard kills a
 * process after 250 runs once it holds 450 MB (a Lambda being recycled); a test worker is not a Lambda, and
 * being killed there would fail the whole run for no fault of the app.
 */
jest.mock('zapier-platform-core/src/tools/memory-checker', () => () => undefined);
