import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import APropos from "./APropos.svelte";
import { retablirCommandes, utiliserCommandes } from "../../lib/api";
import { fauxBackEnd } from "../../lib/test/faux";

const el = (id: string) => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} absent`);
  return e;
};

beforeEach(() => {
  retablirCommandes();
  utiliserCommandes(fauxBackEnd("demo").commandes);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("À propos : journal technique", () => {
  it("copié dans le presse-papiers", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(APropos);
    await waitFor(() => el("copier-journal-technique"));
    await fireEvent.click(el("copier-journal-technique"));
    await waitFor(() => expect(el("journal-technique-copie").textContent).toContain("Journal technique copié"));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('cas="appel_valider" resultat="ok"'));
    expect(document.getElementById("texte-journal-technique")).toBeNull();
  });

  it("sans presse-papiers, le texte est montré pour le copier à la main", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: () => Promise.reject(new Error("refusé")) } });
    render(APropos);
    await waitFor(() => el("copier-journal-technique"));
    await fireEvent.click(el("copier-journal-technique"));
    await waitFor(() => expect((el("texte-journal-technique") as HTMLTextAreaElement).value).toContain("appel_valider"));
    expect(el("journal-technique-copie").textContent).toContain("sélectionnez le texte");
  });
});
