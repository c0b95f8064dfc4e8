// Browser test setup: Testing Library's async helpers wait up to 5 s (the default 1 s is too
// short for WebAuthn ceremonies and first renders on a loaded 2-core CI machine).
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5_000 });
