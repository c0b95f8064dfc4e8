// Story test setup (the three story projects): Testing Library's async helpers — `findBy*`,
// `waitFor` in play functions — wait for their state up to 20 s instead of 1 s. Stories render
// lazily loaded sections and run several simulated requests; on a loaded 2-core machine that
// takes longer than 1 s, and a play function then failed on time rather than on state. 20 s stays
// under the 30 s test timeout, so a story that never gets there still fails with Testing
// Library's message (what it looked for, and the DOM).
import { configure } from 'storybook/test';

configure({ asyncUtilTimeout: 20_000 });
