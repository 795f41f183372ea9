import { roundTripsOf } from '../helpers/round-trips';

describe('round trips counted by order', () => {
  test.each([
    ['nothing', [], 0],
    ['one request', [[0, 10]], 1],
    [
      'three sent together',
      [
        [0, 10],
        [1, 11],
        [2, 12],
      ],
      1,
    ],
    [
      'two rounds',
      [
        [0, 10],
        [1, 11],
        [12, 20],
        [13, 21],
      ],
      2,
    ],
    [
      'a chain of three',
      [
        [0, 10],
        [10, 20],
        [20, 30],
      ],
      3,
    ],
    [
      'a late sender of the first round is still the first round',
      [
        [0, 10],
        [9, 19],
      ],
      1,
    ],
    [
      'an unanswered request ends no round',
      [
        [0, undefined],
        [5, 6],
      ],
      1,
    ],
  ] as const)('%s', (_name, spans, expected) => {
    const requests = spans.map(([receivedAt, answeredAt]) => ({ receivedAt, answeredAt }));
    expect(roundTripsOf(requests)).toBe(expected);
  });
});
