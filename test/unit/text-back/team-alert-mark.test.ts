import { TEAM_ALERT_MARKER } from '../../../lib/history/text-backs';
import { resolveRequest } from '../../../lib/text-back/resolve';
import { readTextBackSettings } from '../../../zapier/text-back-settings';

/** A text-back that began like a team alert would drop out of the cooldown and the report: it is refused instead. */
const settings = (message: string) =>
  readTextBackSettings({
    to: '+13035550100',
    from: '+15125550100',
    business_name: 'Rapid Rooter Plumbing',
    template: 'custom',
    message,
  });

test('a custom text that begins with the team alert mark is refused before anything is sent', () => {
  expect(() => resolveRequest(settings(`${TEAM_ALERT_MARKER} Rapid Rooter Plumbing missed you`))).toThrow(
    /begins with "TEAM ALERT:"/,
  );
});

test('the same words later in the text are fine', () => {
  const request = resolveRequest(settings(`Rapid Rooter Plumbing: ${TEAM_ALERT_MARKER} we missed you`));
  expect(request.texts.recent.body).toContain(TEAM_ALERT_MARKER);
});
