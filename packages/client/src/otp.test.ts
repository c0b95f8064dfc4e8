import { describe, expect, it } from 'vitest';
import { buildOtpAuthUri } from './otp.js';

describe('buildOtpAuthUri (§6.8)', () => {
  it('builds the key URI with an issuer:account label and secret and issuer parameters', () => {
    expect(
      buildOtpAuthUri({
        issuer: 'Acme',
        account: 'ada',
        secret: 'JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ',
      }),
    ).toBe('otpauth://totp/Acme:ada?secret=JFSSYXK2HQEBY6SHE4TSYFZRB57RY5LZ&issuer=Acme');
  });

  it('URI-encodes issuer and account', () => {
    const uri = buildOtpAuthUri({ issuer: 'Acme & Co', account: 'ada@example.com', secret: 'ABC' });
    expect(uri).toBe(
      'otpauth://totp/Acme%20%26%20Co:ada%40example.com?secret=ABC&issuer=Acme%20%26%20Co',
    );
    const parsed = new URL(uri);
    expect(parsed.searchParams.get('issuer')).toBe('Acme & Co');
    expect(parsed.host).toBe('totp');
    expect(decodeURIComponent(parsed.pathname.replace(/^\//, ''))).toBe(
      'Acme & Co:ada@example.com',
    );
  });
});
