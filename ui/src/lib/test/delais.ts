// Loaded before every test file (vite.config.ts, `setupFiles`): `waitFor` and `findBy…` wait
// up to 30 s instead of 1 s. They return as soon as their condition holds, so this only
// changes when a test gives up, never how long a passing test takes.
import { configure } from "@testing-library/svelte";

configure({ asyncUtilTimeout: 30_000 });
