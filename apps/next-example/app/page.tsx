import Link from 'next/link';
import { mode } from '../lib/mode';

export default function Home() {
  return (
    <main>
      <h1>Next.js example</h1>
      <p>Backend: {mode === 'logto' ? 'your Logto tenant' : 'the simulator (no Logto needed)'}.</p>
      <p>
        <Link href="/account">Your account</Link>
      </p>
    </main>
  );
}
