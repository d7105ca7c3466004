/**
 * The only form in which a visitor's IP address may be kept (when the site
 * owner turns it on): the network, not the host. IPv4 keeps its /24, IPv6 its
 * /48, so an address narrows a visitor down to a provider's block, no further.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address (with an embedded IPv4 tail, if any, folded in). */
function ipv6Groups(address: string): number[] | null {
  let text = address.split('%')[0]!;
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const [a, b, c, d] = v4Tail[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4Tail[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const first = parse(head);
  const last = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? first : [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last];
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

/** `203.0.113.0/24` or `2001:db8:85a3::/48`; null for anything that is not an IP address. */
export function truncateIp(address: string | undefined): string | null {
  if (!address) return null;
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(address)) return null;
  const groups = ipv6Groups(address);
  if (!groups) return null;
  // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d: truncate it as IPv4.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return `${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.0/24`;
  }
  const network = [...groups.slice(0, 3), 0, 0, 0, 0, 0].map((group) => group.toString(16)).join(':');
  // The URL parser writes an IPv6 address in its canonical short form (RFC 5952).
  return `${new URL(`http://[${network}]/`).hostname.slice(1, -1)}/48`;
}
