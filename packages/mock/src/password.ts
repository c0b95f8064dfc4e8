/** Password storage and the simulated breached-password lookup (§9, §12). */

import { randomHex } from './ids.js';
import { sha256Hex } from './sha256.js';

/**
 * Famous breached passwords. Logto asks HaveIBeenPwned (k-anonymity); the simulator cannot, so
 * `rejects.pwned` rejects these instead.
 */
export const PWNED_PASSWORDS: readonly string[] = [
  'password',
  'password1',
  'password123',
  'Password1',
  'Password123',
  'Password123!',
  'P@ssw0rd',
  '12345678',
  '123456789',
  '1234567890',
  'qwerty123',
  'qwertyuiop',
  '1q2w3e4r',
  'iloveyou',
  'sunshine1',
  'football1',
  'letmein1',
  'welcome1',
  'admin123',
  'baseball1',
  'trustno1',
  'abc12345',
  'monkey123',
  'dragon123',
];

/** True when the simulated breach list contains `password`. */
export function isPwnedPassword(password: string): boolean {
  return PWNED_PASSWORDS.includes(password);
}

/** Salted SHA-256 (`sha256:<salt>:<hex>`): the fake tenant never keeps a plain password. */
export function hashPassword(password: string): string {
  const salt = randomHex(8);
  return `sha256:${salt}:${sha256Hex(salt + password)}`;
}

/** Compares a password with a stored hash. */
export function verifyPassword(password: string, hash: string | null): boolean {
  if (!hash) return false;
  const [scheme, salt, digest] = hash.split(':');
  return scheme === 'sha256' && salt !== undefined && sha256Hex(salt + password) === digest;
}
