import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { dansTauri } from "./lib/api";
import { noterEtape, systeme } from "./lib/demarrage";

noterEtape("script");
document.documentElement.dataset.systeme = systeme(navigator.userAgent);

async function demarrer(): Promise<void> {
  // Browser preview only (`vite --mode apercu` / `vite build --mode apercu`): fake data.
  // In the normal build this branch is removed with the fake module.
  if (import.meta.env.MODE === "apercu" && !dansTauri()) {
    const { installerApercu } = await import("./lib/apercu/fausses-commandes");
    installerApercu(new URLSearchParams(location.search).get("scenario"));
  }
  mount(App, { target: document.getElementById("app")! });
  noterEtape("shell monté");
}

void demarrer();
