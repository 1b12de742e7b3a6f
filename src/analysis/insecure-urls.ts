// Is a URL fetched over plain http from a host other than this machine? Loopback traffic never leaves the host;
// anything else can be read and rewritten by whoever sits on the network path.
import { isHole } from './static-strings.js';
import type { StringPattern, TextPart } from './static-strings.js';

export interface InsecureUrl {
  /** The URL as far as it is known, with unknown parts as `…`. */
  readonly url: string;
  readonly host: string;
  /** The literal or template element that spells `http://`, when the file has one to fix. */
  readonly source: TextPart['source'];
}

/** localhost (and its subdomains), 127.0.0.0/8 and [::1]. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '[::1]' ||
    /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/u.test(name)
  );
}

/**
 * The plain-http URL a pattern spells, when its scheme and host are known and the host is not loopback; undefined
 * for https, other schemes, and URLs whose host the file cannot determine.
 */
export function findInsecureUrl(pattern: StringPattern): InsecureUrl | undefined {
  const [first] = pattern.parts;
  if (!first || isHole(first) || !/^http:\/\//iu.test(first.text)) return undefined;
  const afterScheme = first.text.slice('http://'.length);
  const end = afterScheme.search(/[/?#]/u);
  // The host continues into an unknown part (`http://${host}`): it may be loopback.
  if (end === -1 && pattern.parts.length > 1) return undefined;
  const authority = end === -1 ? afterScheme : afterScheme.slice(0, end);
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostAndPort.startsWith('[') ? hostAndPort.slice(0, hostAndPort.indexOf(']') + 1) : hostAndPort.replace(/:\d*$/u, '');
  if (host === '' || isLoopbackHost(host)) return undefined;
  const url = pattern.parts.map((part) => (isHole(part) ? '…' : part.text)).join('');
  return { url, host, source: first.source };
}
