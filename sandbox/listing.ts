import { TwilioError } from './twilio-errors';

export type Query = Record<string, string>;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parseBound(name: string, value: string): { instant: number; dayOnly: boolean } {
  const day = DATE_ONLY.exec(value.trim());
  if (day) return { instant: Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])), dayOnly: true };
  const instant = Date.parse(value.trim());
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value.trim()) || Number.isNaN(instant))
    throw new TwilioError(20001, `${name}: ${value}`);
  return { instant, dayOnly: false };
}

/**
 * Twilio's date filters: `Name=YYYY-MM-DD` is that UTC day; `Name>` is on or after, `Name<` on or before
 * (a bare date meaning its midnight). Clients also send `Name>=` / `Name<=`, which Twilio reads the same.
 * ISO 8601 date-times are accepted wherever a date is. A resource without the date never matches.
 */
export function dateFilter(query: Query, name: string): (date: Date | null) => boolean {
  const tests: Array<(t: number) => boolean> = [];
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(name) || value === '') continue;
    const op = key.slice(name.length);
    if (!['', '>', '<', '>=', '<='].includes(op)) continue;
    const bound = parseBound(key, value);
    if (op === '') {
      tests.push(
        bound.dayOnly
          ? (t) => t >= bound.instant && t < bound.instant + DAY_MS
          : (t) => Math.floor(t / 1000) === Math.floor(bound.instant / 1000),
      );
    } else if (op.startsWith('>')) {
      tests.push((t) => t >= bound.instant);
    } else {
      tests.push((t) => t <= bound.instant);
    }
  }
  return (date) => tests.length === 0 || (date !== null && tests.every((test) => test(date.getTime())));
}

/** Exact-match filter on a number, tolerant of a `+` that arrived unencoded (it decodes to a space). */
export function numberFilter(value: string | undefined): (candidate: string) => boolean {
  if (value === undefined || value === '') return () => true;
  const wanted = /^\s\d+$/.test(value) ? `+${value.trim()}` : value.trim();
  return (candidate) => candidate === wanted;
}

export interface Page<T> {
  items: T[];
  body: Record<string, unknown>;
}

function pageSizeOf(query: Query): number {
  const size = Number(query.PageSize ?? 50);
  if (!Number.isInteger(size) || size < 1) throw new TwilioError(20001, `PageSize: ${query.PageSize}`);
  return Math.min(size, 1000);
}

/**
 * Twilio's 2010-04-01 paging. Page tokens are `PA` + the SID of the last item already seen (next page) or
 * `PB` + the first one (previous page), as Twilio's are, so paging stays stable while new calls arrive.
 */
export function paginate<T extends { sid: string }>(
  all: T[],
  query: Query,
  path: string,
  listKey: string,
  render: (item: T) => unknown,
): Page<T> {
  const pageSize = pageSizeOf(query);
  const page = Math.max(0, Number.parseInt(query.Page ?? '0', 10) || 0);
  const token = query.PageToken ?? '';
  let offset = page * pageSize;
  const anchor = all.findIndex((item) => item.sid === token.slice(2));
  if (token.startsWith('PA') && anchor >= 0) offset = anchor + 1;
  if (token.startsWith('PB') && anchor >= 0) offset = Math.max(0, anchor - pageSize);
  const items = all.slice(offset, offset + pageSize);

  const filters = Object.entries(query).filter(([key]) => !['Page', 'PageSize', 'PageToken'].includes(key));
  const uri = (pageIndex: number, pageToken?: string) => {
    const params = new URLSearchParams(filters);
    params.set('PageSize', String(pageSize));
    params.set('Page', String(pageIndex));
    if (pageToken) params.set('PageToken', pageToken);
    return `${path}?${params.toString()}`;
  };
  const hasNext = offset + items.length < all.length && items.length > 0;
  return {
    items,
    body: {
      [listKey]: items.map(render),
      end: items.length ? offset + items.length - 1 : offset,
      first_page_uri: uri(0),
      next_page_uri: hasNext ? uri(page + 1, `PA${items[items.length - 1].sid}`) : null,
      page,
      page_size: pageSize,
      previous_page_uri: page > 0 && items.length ? uri(page - 1, `PB${items[0].sid}`) : null,
      start: offset,
      uri: uri(page, token || undefined),
    },
  };
}

/** Newest first, as Twilio lists calls and messages; SID breaks ties so pages never overlap. */
export function newestFirst<T extends { sid: string }>(date: (item: T) => Date | null): (a: T, b: T) => number {
  return (a, b) => (date(b)?.getTime() ?? Infinity) - (date(a)?.getTime() ?? Infinity) || (a.sid < b.sid ? -1 : 1);
}
