import { type UndeliveredPollMeasurement, undeliveredPollMeetsGoal } from '../../scripts/bench-undelivered';

/** New Undelivered Text-Back's bench goal: requests grow only with pages of messages and calls. */
const poll = (messages: number, extra: Partial<UndeliveredPollMeasurement> = {}): UndeliveredPollMeasurement => {
  const messagePages = 2 * Math.max(1, Math.ceil(messages / 1000));
  const callsInWindow = messages * 2;
  const callPages = Math.max(1, Math.ceil(callsInWindow / 1000));
  return {
    messages,
    items: messages,
    requests: messagePages + callPages + 1,
    messagePages,
    callPages,
    callsInWindow,
    msPerPoll: 10,
    ...extra,
  };
};

test.each<[string, UndeliveredPollMeasurement, boolean]>([
  ['10 messages: 2 message pages, 1 call page, the numbers', poll(10), true],
  ['5,000 messages: 10 message pages, 10 call pages', poll(5000), true],
  ['a request per message', poll(5000, { requests: 5011, messagePages: 10 + 5000 }), false],
  ["Twilio's default page of 50", poll(1000, { messagePages: 40, requests: 40 + 2 + 1 }), false],
  ['a lookup per item', poll(1000, { requests: poll(1000).requests + 1000 }), false],
  ['a missing item', poll(1000, { items: 999 }), false],
])('%s: %s', (_, measured, pass) => {
  expect(undeliveredPollMeetsGoal(measured)).toBe(pass);
});
