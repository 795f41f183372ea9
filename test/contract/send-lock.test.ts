import { App } from '../helpers/app';

/**
 * Contract: "Exactly once, with nothing lost": Send Text-Back declares Zapier's `lock` on the customer number,
 * scoped to the connection, so Zapier runs one send per number at a time (the cache claims stay as the second
 * guard). Zapier's schema: a key (user data through `{{bundle.inputData.x}}`), a scope, a timeout of at most 180 s.
 */
const operation = App.creates!.send_text_back.operation as {
  lock?: { key: string; scope?: string[]; timeout?: number };
};

describe("Send Text-Back's lock", () => {
  test('is keyed on the customer number (the required To field) and scoped to the connection', () => {
    expect(operation.lock).toBeDefined();
    expect(operation.lock!.key).toContain('{{bundle.inputData.to}}');
    expect(operation.lock!.scope).toEqual(['auth']);
  });

  test('is held no longer than Zapier allows, and longer than one step can run (30 s)', () => {
    expect(operation.lock!.timeout).toBeGreaterThan(30);
    expect(operation.lock!.timeout).toBeLessThanOrEqual(180);
  });

  test('the To field it reads is required, so the key always carries the number', () => {
    const to = (App.creates!.send_text_back.operation.inputFields as Array<{ key: string; required?: boolean }>).find(
      (field) => field.key === 'to',
    );
    expect(to?.required).toBe(true);
  });
});
