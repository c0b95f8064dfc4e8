import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@account-center/ui/styles.css';
import './globals.css';

// Every page is rendered per request: the CSP nonce (proxy.ts) is fresh on each response, and
// Next puts it on its scripts only when it renders the page.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Account center: Next.js example' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
