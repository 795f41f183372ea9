/**
 * The one way the app pages through a list, for every Twilio API it reads (2010's `next_page_uri`, Messaging v1's
 * `meta.next_page_url`). A page link comes from the server, so it is hostile: the app sends the account's
 * credentials with every request, and a link that left the connection's API host would hand them to someone else.
 * A link is followed only when it is a plain path of the same API under the connection's own origin (contract,
 * "Twilio client (additions)"); a link already followed ends the paging instead of looping.
 */

/** Where the pages of a list may live: the API host's origin, its base path (SignalWire's `/api/laml`), the API's path. */
export interface PageScope {
  origin: string;
  basePath: string;
  /** `/2010-04-01/Accounts/{AccountSid}/` or `/v1/`: every page of the list is under it. */
  prefix: string;
}

/** A runaway page chain stops here (50,000 items at 1,000 a page). */
export const MAX_PAGES = 50;

export type Raw = Record<string, unknown>;

/** What a page says comes next: nothing, a page to fetch, or a link the app refuses to follow. */
export type NextPage = { kind: 'end' } | { kind: 'next'; url: string } | { kind: 'refused' };

/** Only visible ASCII, and none of the characters that change where a URL points (`@`, `\`, `#`). */
const PLAIN_LINK = /^[!-~]+$/;
const SHIFTING_CHARACTERS = /[@\\#]/;
/** Path segments as Twilio writes them (SIDs, `Calls.json`): no percent-encoding, no dot segments. */
const PLAIN_PATH = /^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+$/;

/** The scope's address for a link: host-relative paths are joined to the origin (and base path), not as text. */
function absoluteLink(link: string, scope: PageScope): string | null {
  if (link.startsWith('/') && !link.startsWith('//')) {
    const underBase = scope.basePath !== '' && (link.startsWith(`${scope.basePath}/`) || link === scope.basePath);
    return `${scope.origin}${underBase ? '' : scope.basePath}${link}`;
  }
  return link.startsWith(`${scope.origin}/`) ? link : null;
}

/** Judges a server's page link against the list's scope and the links already followed. */
export function nextPage(link: unknown, scope: PageScope, followed: ReadonlySet<string>): NextPage {
  if (link === null || link === undefined || link === '') return { kind: 'end' };
  if (typeof link !== 'string' || !PLAIN_LINK.test(link) || SHIFTING_CHARACTERS.test(link)) return { kind: 'refused' };
  const absolute = absoluteLink(link, scope);
  if (absolute === null) return { kind: 'refused' };
  const rawPath = absolute.slice(scope.origin.length).split('?')[0];
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return { kind: 'refused' };
  }
  const inScope =
    url.origin === scope.origin &&
    url.username === '' &&
    url.password === '' &&
    PLAIN_PATH.test(rawPath) &&
    url.pathname === rawPath &&
    rawPath.startsWith(`${scope.basePath}${scope.prefix}`);
  if (!inScope) return { kind: 'refused' };
  return followed.has(url.href) ? { kind: 'end' } : { kind: 'next', url: url.href };
}

export interface PagedList {
  /** The first page, requested with the list's filters. */
  first: () => Promise<Raw>;
  /** A later page, by the absolute URL `nextPage` approved. */
  fetch: (url: string) => Promise<Raw>;
  /** The page's items, or anything else when the page is not a list. */
  rows: (page: Raw) => unknown;
  /** The page's link to the next one, as the server wrote it. */
  link: (page: Raw) => unknown;
  scope: PageScope;
  /** Lists come newest first: stop after a page that already reaches far enough back. */
  enough?: (rows: Raw[]) => boolean;
  unreadable: () => Error;
  refused: () => Error;
}

/** A JSON object (not an array, not null): a record in Twilio's answers. */
export const isObject = (value: unknown): value is Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every item of a list, page after page, each page link judged by `nextPage` before it is followed. */
export async function readPages(list: PagedList): Promise<Raw[]> {
  const items: Raw[] = [];
  const followed = new Set<string>();
  let page = await list.first();
  for (let pages = 1; ; pages++) {
    const rows = list.rows(page);
    if (!Array.isArray(rows) || !rows.every(isObject)) throw list.unreadable();
    items.push(...rows);
    if (pages >= MAX_PAGES || list.enough?.(rows)) return items;
    const next = nextPage(list.link(page), list.scope, followed);
    if (next.kind === 'end') return items;
    if (next.kind === 'refused') throw list.refused();
    followed.add(next.url);
    page = await list.fetch(next.url);
  }
}
