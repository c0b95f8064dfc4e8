/**
 * A deliberately small user-agent reader for session rows and passkey names ("Chrome on
 * macOS"): the browser and OS families only, no versions or device models. Browser and OS names
 * are brand names and stay untranslated; sentences around them come from the catalogue.
 */

/** The browser and operating system a user agent names, when recognised. */
export interface UserAgentInfo {
  browser?: string;
  os?: string;
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome"; Chrome also says "Safari".
const BROWSERS: Array<[RegExp, string]> = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|OPT)\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bVivaldi\//, 'Vivaldi'],
  [/\bYaBrowser\//, 'Yandex Browser'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\b(?:HeadlessChrome|Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

// iPadOS and iOS also say "Mac OS X", so they come first.
const SYSTEMS: Array<[RegExp, string]> = [
  [/\biPad\b/, 'iPadOS'],
  [/\b(?:iPhone|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

const match = (agent: string, table: Array<[RegExp, string]>) =>
  table.find(([pattern]) => pattern.test(agent))?.[1];

/**
 * Reads the browser and OS families from a user agent; unrecognised parts are left out.
 * @example parseUserAgent(navigator.userAgent); // { browser: 'Chrome', os: 'macOS' }
 */
export function parseUserAgent(agent: string | null | undefined): UserAgentInfo {
  if (!agent) return {};
  const browser = match(agent, BROWSERS);
  const os = match(agent, SYSTEMS);
  return { ...(browser ? { browser } : {}), ...(os ? { os } : {}) };
}
