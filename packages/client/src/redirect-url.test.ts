import { describe, expect, it } from 'vitest';
import { safeNavigationUrl, sameOriginPath } from './redirect-url.js';

describe('safeNavigationUrl', () => {
  it('allows https anywhere and http only on loopback hosts', () => {
    expect(safeNavigationUrl('https://accounts.example/auth?x=1')).toBe(
      'https://accounts.example/auth?x=1',
    );
    expect(safeNavigationUrl('http://localhost:3001/__mock/social/authorize')).toBe(
      'http://localhost:3001/__mock/social/authorize',
    );
    expect(safeNavigationUrl('http://127.0.0.1:5173/a')).toBe('http://127.0.0.1:5173/a');
    expect(safeNavigationUrl('http://[::1]:8080/')).toBe('http://[::1]:8080/');
    expect(safeNavigationUrl('http://app.localhost/')).toBe('http://app.localhost/');
  });

  it('refuses script, data, plain http elsewhere, relative and unparsable values', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://evil.example/auth',
      'http://localhost.evil.example/',
      'http://127.0.0.1.evil.example/',
      'ftp://files.example/',
      '/relative',
      '//evil.example/',
      '',
      null,
      undefined,
    ]) {
      expect(safeNavigationUrl(value), String(value)).toBeUndefined();
    }
  });
});

describe('sameOriginPath', () => {
  const origin = 'https://app.example';

  it('keeps same-origin paths and URLs as a path with query and hash', () => {
    expect(sameOriginPath('/account#social', origin)).toBe('/account#social');
    expect(sameOriginPath('https://app.example/a?b=1#c', origin)).toBe('/a?b=1#c');
    expect(sameOriginPath('settings', origin)).toBe('/settings');
  });

  it('refuses other origins, other schemes and protocol-relative tricks', () => {
    for (const value of [
      'https://evil.example/account',
      'http://app.example/account',
      '//evil.example/account',
      '/\\evil.example/account',
      '/.//evil.example/account',
      'javascript:alert(1)',
      'data:text/html,x',
      '',
      undefined,
    ]) {
      expect(sameOriginPath(value, origin), String(value)).toBeUndefined();
    }
  });
});
