/**
 * The public variant (index-public.ts) passes every offline integration check with no exception for static hooks
 * (`npm run validate:public` runs this after Zapier's own validation of the variant). Needs the build.
 */
import { loadBuiltApp } from '../helpers/app-loader';
import { formatFindings, integrationChecks, runChecks } from '../helpers/integration-rules';
import { loadBuiltPublicApp, staticHookCheck } from '../helpers/public-listing-checks';

const app = loadBuiltApp();
const publicApp = loadBuiltPublicApp();

test.each([...integrationChecks, staticHookCheck].map((check) => [check.id, check.title, check] as const))(
  'the public variant passes %s: %s',
  (_id, _title, check) => {
    expect(formatFindings(runChecks(publicApp, [check]))).toBe('');
  },
);

test("the static-hook rule catches the private app's static hook, and only it", () => {
  expect(runChecks(app, [staticHookCheck]).map((finding) => finding.where)).toEqual(['triggers.missed_call_webhook']);
});

test('the public variant is the whole app minus the static hook: same searches, creates and auth', () => {
  expect(Object.keys(publicApp.triggers ?? {}).sort()).toEqual(
    Object.keys(app.triggers ?? {})
      .filter((key) => key !== 'missed_call_webhook')
      .sort(),
  );
  expect(Object.keys(publicApp.searches ?? {})).toEqual(Object.keys(app.searches ?? {}));
  expect(Object.keys(publicApp.searches ?? {})).toContain('find_missed_call_in_webhook');
  expect(Object.keys(publicApp.creates ?? {})).toEqual(Object.keys(app.creates ?? {}));
  expect(publicApp.authentication).toEqual(app.authentication);
});
