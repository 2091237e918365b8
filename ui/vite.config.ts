/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Tauri serves `dist/` from disk: relative paths, no source maps, nothing fetched remotely.
// `--mode apercu` builds a browser preview with fake data (see src/lib/apercu/); the normal
// build never contains it.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [svelte()],
  clearScreen: false,
  build: {
    outDir: mode === "apercu" ? "dist-apercu" : "dist",
    emptyOutDir: true,
    sourcemap: false,
    target: "es2022",
  },
  server: { port: 1420, strictPort: true, host: "127.0.0.1" },
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/lib/test/delais.ts"],
    // Generous deadlines: a test waits for a condition and ends as soon as it holds; only a
    // test that never gets there is slow. A loaded or cold machine must not fail a test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
}));
