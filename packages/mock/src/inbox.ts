/** The dev inbox: every code the fake Email/SMS connectors "sent", so flows can be finished. */

import type { InboxMessage, TenantState } from './types.js';

/** Inbox controls of the simulator. */
export interface SimulatorInbox {
  /** Every message, oldest first. */
  all(): InboxMessage[];
  /** Messages to one recipient (emails compared case-insensitively, phones by digits). */
  to(recipient: string): InboxMessage[];
  /** The newest message, optionally to one recipient. */
  latest(recipient?: string): InboxMessage | undefined;
  /** The newest code, optionally to one recipient. */
  latestCode(recipient?: string): string | undefined;
  /** Empties the inbox. */
  clear(): void;
  /** Called on each new message; returns an unsubscribe function. */
  subscribe(listener: (message: InboxMessage) => void): () => void;
}

function sameRecipient(message: InboxMessage, recipient: string): boolean {
  if (message.channel === 'email')
    return message.recipient.toLowerCase() === recipient.toLowerCase();
  return message.recipient.replace(/\D/g, '') === recipient.replace(/\D/g, '');
}

/** Creates the inbox over the tenant's message list (`getTenant` because `reset` swaps it). */
export function createInbox(
  getTenant: () => TenantState,
  onChange: () => void,
): SimulatorInbox & { deliver(message: InboxMessage): void } {
  const listeners = new Set<(message: InboxMessage) => void>();
  const to = (recipient: string) =>
    getTenant().inbox.filter((message) => sameRecipient(message, recipient));
  return {
    all: () => getTenant().inbox.map((message) => ({ ...message })),
    to: (recipient) => to(recipient).map((message) => ({ ...message })),
    latest(recipient) {
      const messages = recipient === undefined ? getTenant().inbox : to(recipient);
      const last = messages.at(-1);
      return last && { ...last };
    },
    latestCode(recipient) {
      return this.latest(recipient)?.code;
    },
    clear() {
      getTenant().inbox = [];
      onChange();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    deliver(message) {
      getTenant().inbox.push(message);
      for (const listener of listeners) listener({ ...message });
    },
  };
}
