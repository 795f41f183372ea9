import { type HistoryMeasurement, historyMeetsGoal } from '../../scripts/bench-goals';

/** The history bench goal: a text-back's requests are the same however many other calls the window holds. */
const row = (otherCalls: number, requests: number, sent = true): HistoryMeasurement => ({ otherCalls, requests, sent });

test.each<[string, HistoryMeasurement, boolean]>([
  ['the same requests among 50,000 other calls', row(50_000, 6), true],
  ['one more page of calls', row(50_000, 7), false],
  ['a page per 1,000 other calls', row(50_000, 6 + 100), false],
  ['not sent: a shorter path', row(50_000, 6, false), false],
])('%s', (_what, measured, pass) => {
  expect(historyMeetsGoal(measured, row(10, 6))).toBe(pass);
});
