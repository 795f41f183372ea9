// zapier-platform-core prints a memory line on every local run unless it believes it runs under a test
// runner; this file must be imported before it, so the report stays readable.
process.env.NODE_ENV = process.env.NODE_ENV || 'test';
