/**
 * First or third party: whether a host belongs to the scanned site.
 *
 * The site is the host's registrable domain, found without the whole Public
 * Suffix List: the last two labels, or three under the common two-level
 * suffixes (`co.uk`, `com.au`…). A site on another such suffix counts a
 * little too much as first party (its sibling subdomains), never too little.
 */

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gv', 'gob', 'nic', 'ltd', 'plc', 'sch', 'nhs', 'police', 'mil']);

export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // IP addresses and single-label hosts (localhost) are their own site.
  if (host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || !host.includes('.')) return host;
  const labels = host.split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function isThirdPartyHost(hostname: string, site: string): boolean {
  const host = hostname.toLowerCase().replace(/^\./, '').replace(/\.$/, '');
  return !(host === site || host.endsWith(`.${site}`));
}
