import { countryOf } from '../phone/parse';
import { countryZones } from './local-time';

type NanpTable = typeof import('./nanp-zones');
let nanpPrefixes: Map<string, string[]> | undefined;

/**
 * The +1 prefixes and their zones, built on first use: only a late call's quiet-hours check needs them, and a cold
 * start should not pay for 2,000 prefixes (the same reason libphonenumber-js loads lazily).
 */
function nanpTable(): Map<string, string[]> {
  if (!nanpPrefixes) {
    const { NANP_ZONES } = require('./nanp-zones') as NanpTable;
    nanpPrefixes = new Map();
    for (const [zones, prefixes] of Object.entries(NANP_ZONES)) {
      const list = zones.split('&');
      for (const prefix of prefixes.trim().split(/\s+/)) nanpPrefixes.set(prefix, list);
    }
  }
  return nanpPrefixes;
}

/** The longest +1 prefix of the number in the table (area codes have 3 digits, the longest prefixes 7). */
function nanpZones(national: string): string[] | null {
  const table = nanpTable();
  for (let length = Math.min(7, national.length); length >= 3; length--) {
    const zones = table.get(national.slice(0, length));
    if (zones) return zones;
  }
  return null;
}

/**
 * The zones a phone number's owner may be in (contract: Times and promises): for +1 numbers, the zones of its area
 * code (or of a longer prefix where an area code spans zones) from libphonenumber's time-zone map, else its
 * country's; elsewhere, every zone of its country (CLDR, as the runtime's ICU has it). Null when neither tells:
 * an unknown region.
 */
export function numberZones(e164: string): string[] | null {
  if (!/^\+\d{8,15}$/.test(e164)) return null;
  const country = countryOf(e164);
  if (!country) return null;
  const zones = (e164.startsWith('+1') ? nanpZones(e164.slice(2)) : null) ?? countryZones(country);
  return zones.length ? zones : null;
}
