/**
 * Which hosts the API Host may name. The app sends the account's credentials to that host on every request, so
 * it must be a public service (Twilio, a regional Twilio host, a Twilio-compatible API such as SignalWire) or a
 * test server on this computer. Private networks, link-local and cloud-metadata addresses are refused: a
 * connection pointed there would make Zapier's servers reach into their own network (server-side request
 * forgery; the metadata service at 169.254.169.254 hands out cloud credentials).
 *
 * Hosts are judged after the URL parser has written them out (WHATWG URL): decimal, hex and octal IPv4 forms
 * ("2852039166", "0xa9fea9fe") already read as dotted quads, IPv6 as bracketed lower-case hex.
 */

/** Loopback: the only hosts `http://` may name (a local sandbox). */
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** A DNS name means the same with any number of trailing dots ("metadata.google.internal.."). */
const withoutTrailingDots = (hostname: string) => hostname.replace(/\.+$/, '');

export function isLoopbackHost(hostname: string): boolean {
  const host = withoutTrailingDots(hostname);
  return LOOPBACK_HOSTS.has(host) || IPV4.exec(host)?.[1] === '127';
}

/** IPv4 ranges as [first octet, second octet from, second octet to]: RFC 1918, link-local, CGNAT, "this network". */
const PRIVATE_IPV4: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 255],
  [10, 0, 255],
  [100, 64, 127], // carrier-grade NAT; Alibaba Cloud's metadata service is 100.100.100.200
  [169, 254, 254],
  [172, 16, 31],
  [192, 168, 168],
];

function isPrivateIpv4(hostname: string): boolean {
  const octets = IPV4.exec(hostname);
  if (!octets) return false;
  const [first, second] = [Number(octets[1]), Number(octets[2])];
  return PRIVATE_IPV4.some(([a, from, to]) => first === a && second >= from && second <= to);
}

/**
 * IPv6 unique-local (fc00::/7, which holds fd00::/8), link-local (fe80::/10) and the old site-local (fec0::/10),
 * unspecified (::), and IPv4 addresses carried in IPv6 (IPv4-mapped ::ffff:a.b.c.d, the old IPv4-compatible
 * ::a.b.c.d, NAT64 64:ff9b::).
 * The parser writes every group without leading zeros, so a four-digit first group is the whole group.
 */
function isPrivateIpv6(hostname: string): boolean {
  if (!hostname.startsWith('[')) return false;
  const address = hostname.slice(1, -1);
  if (address === '::' || /^f[cd][0-9a-f]{2}:/.test(address) || /^fe[89a-f][0-9a-f]:/.test(address)) return true;
  const carried = /^(?:::(?:ffff:)?|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (!carried) return false;
  const high = Number.parseInt(carried[1], 16);
  const low = Number.parseInt(carried[2], 16);
  const ipv4 = `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  return isPrivateIpv4(ipv4) || isLoopbackHost(ipv4);
}

/**
 * Names that only resolve inside a cloud or a company network: `*.internal` (metadata.google.internal), and a
 * name of one label other than localhost, which resolves only through the network's own search domains (GCE
 * answers "metadata" with its metadata server). IPv6 literals, in brackets, are judged above.
 */
function isInternalName(hostname: string): boolean {
  const name = withoutTrailingDots(hostname);
  if (name.startsWith('[')) return false;
  return name.endsWith('.internal') || (!name.includes('.') && !LOOPBACK_HOSTS.has(name));
}

/** True for a host the app must never send credentials to. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return isPrivateIpv4(host) || isPrivateIpv6(host) || isInternalName(host);
}

/**
 * The typed address with any user info cut out, for messages: "https://user:secret@host" → "https://host".
 * Plain string search, no regex: the value is whatever the owner (or someone else) typed.
 */
export function withoutUserInfo(text: string): string {
  const start = text.indexOf('//');
  if (start < 0) return text.includes('@') ? text.slice(text.lastIndexOf('@') + 1) : text;
  const authorityStart = start + 2;
  let authorityEnd = text.length;
  for (const mark of ['/', '\\', '?', '#']) {
    const at = text.indexOf(mark, authorityStart);
    if (at >= 0 && at < authorityEnd) authorityEnd = at;
  }
  const at = text.lastIndexOf('@', authorityEnd - 1);
  return at >= authorityStart ? text.slice(0, authorityStart) + text.slice(at + 1) : text;
}
