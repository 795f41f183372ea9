import type { SandboxClient } from '../../sandbox/client';
import type { Sandbox } from '../../sandbox/server';
import { startSandboxApi } from '../helpers/sandbox-api';

/** Lookup v2's line type intelligence, the way the app asks whether a caller can get a text. */

let sandbox: Sandbox;
let twilio: SandboxClient;

beforeAll(async () => ({ sandbox, twilio } = await startSandboxApi()));
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.faults.clear());

describe('Lookup v2', () => {
  test.each([
    ['+15125550131', 'landline', 'US'],
    ['+442079460018', 'landline', 'GB'],
    ['+18765550142', 'mobile', 'JM'],
    ['+15125550147', 'mobile', 'US'],
    ['+18005550100', 'tollFree', 'US'],
    ['5125550131', 'landline', 'US'],
  ])('%s is %s', async (number, type, country) => {
    const { status, body } = await twilio.get(`/v2/PhoneNumbers/${encodeURIComponent(number)}`, {
      Fields: 'line_type_intelligence',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      valid: true,
      country_code: country,
      line_type_intelligence: { type, error_code: null },
    });
  });

  test('without Fields the package is null; an invalid number is valid: false', async () => {
    expect((await twilio.get('/v2/PhoneNumbers/+15125550131')).body).toMatchObject({
      valid: true,
      line_type_intelligence: null,
    });
    expect((await twilio.get('/v2/PhoneNumbers/+1555012', { Fields: 'line_type_intelligence' })).body).toMatchObject({
      valid: false,
      validation_errors: [expect.any(String)],
      line_type_intelligence: null,
    });
  });
});
