import { isTimeZone } from '../../../lib/time/dates';
import { TIME_ZONE_NAMES } from '../../../lib/time/time-zones';

describe("the Time Zone dropdown lists the runtime's IANA zones", () => {
  test("the written-out list is the runtime's own (regenerate it when Node's ICU changes)", () => {
    expect([...TIME_ZONE_NAMES]).toEqual(Intl.supportedValuesOf('timeZone'));
  });

  test('every name is a zone the app accepts', () => {
    expect(TIME_ZONE_NAMES.filter((zone) => !isTimeZone(zone))).toEqual([]);
  });
});
