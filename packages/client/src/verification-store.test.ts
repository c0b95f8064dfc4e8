import { describe, expect, it, vi } from 'vitest';
import { createVerificationStore, VERIFICATION_STALE_MARGIN_MS } from './verification-store.js';

describe('createVerificationStore', () => {
  const expiresAt = new Date('2026-11-26T22:10:00.000Z');

  it('is empty and not fresh at first', () => {
    const store = createVerificationStore();
    expect(store.get()).toBeUndefined();
    expect(store.isFresh()).toBe(false);
    expect(store.getFresh()).toBeUndefined();
  });

  it('is fresh until 30 s before expiresAt, by the injected clock', () => {
    let now = expiresAt.getTime() - 60_000;
    const store = createVerificationStore({ now: () => now });
    store.set({ id: 'r', expiresAt, method: 'password' });
    expect(store.isFresh()).toBe(true);
    now = expiresAt.getTime() - VERIFICATION_STALE_MARGIN_MS - 1;
    expect(store.getFresh()?.id).toBe('r');
    now = expiresAt.getTime() - VERIFICATION_STALE_MARGIN_MS;
    expect(store.isFresh()).toBe(false);
    expect(store.getFresh()).toBeUndefined();
    // A stale record is still readable, so the UI can say "expired".
    expect(store.get()?.id).toBe('r');
  });

  it('accepts an explicit time in isFresh', () => {
    const store = createVerificationStore({ now: () => 0 });
    store.set({ id: 'r', expiresAt, method: 'email' });
    expect(store.isFresh(expiresAt.getTime())).toBe(false);
    expect(store.isFresh(expiresAt.getTime() - 31_000)).toBe(true);
  });

  it('returns a stable frozen snapshot until it changes (useSyncExternalStore-friendly)', () => {
    const store = createVerificationStore();
    const input = { id: 'r', expiresAt, method: 'phone' as const };
    store.set(input);
    const snapshot = store.get();
    expect(store.get()).toBe(snapshot);
    expect(Object.isFrozen(snapshot)).toBe(true);
    // Later changes to the caller's Date do not leak in.
    input.expiresAt.setTime(0);
    expect(snapshot?.expiresAt.getTime()).not.toBe(0);
  });

  it('notifies subscribers on set and clear, and stops after unsubscribe', () => {
    const store = createVerificationStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ id: 'r', expiresAt, method: 'password' });
    store.clear();
    store.clear(); // nothing to clear: no notification
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.set({ id: 'r', expiresAt, method: 'password' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the record out of JSON-serialized storage paths by design (memory only)', () => {
    const setItem = vi.fn();
    vi.stubGlobal('localStorage', { setItem });
    vi.stubGlobal('sessionStorage', { setItem });
    const store = createVerificationStore();
    store.set({ id: 'r', expiresAt, method: 'password' });
    store.clear();
    expect(setItem).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
