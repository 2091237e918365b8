import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import ChampDateTest from "../test/ChampDateTest.svelte";
import { dateEnLettres, lireDateSaisie } from "../dates";

afterEach(cleanup);

describe("lireDateSaisie", () => {
  it("lit les dates écrites à la française, et l'ISO", () => {
    expect(lireDateSaisie("05/12/2026")).toBe("2026-12-05");
    expect(lireDateSaisie(" 5/12/2026 ")).toBe("2026-12-05");
    expect(lireDateSaisie("5.12.2026")).toBe("2026-12-05");
    expect(lireDateSaisie("05-12-2026")).toBe("2026-12-05");
    expect(lireDateSaisie("5 12 2026")).toBe("2026-12-05");
    expect(lireDateSaisie("2026-12-05")).toBe("2026-12-05");
    expect(lireDateSaisie("29/02/2024")).toBe("2024-02-29");
  });

  it("refuse ce qui n'est pas une vraie date (jamais lu mois d'abord)", () => {
    expect(lireDateSaisie("31/02/2026")).toBeNull();
    expect(lireDateSaisie("29/02/2025")).toBeNull();
    expect(lireDateSaisie("12/13/2026")).toBeNull();
    expect(lireDateSaisie("05/12/26")).toBeNull();
    expect(lireDateSaisie("demain")).toBeNull();
    expect(lireDateSaisie("")).toBeNull();
  });

  it("date en lettres", () => {
    expect(dateEnLettres("2026-12-05")).toBe("5 décembre 2026");
    expect(dateEnLettres("2025-09-01")).toBe("1er septembre 2025");
  });
});

describe("ChampDate", () => {
  const champ = () => screen.getByLabelText("Date") as HTMLInputElement;
  const valeur = () => screen.getByTestId("valeur").textContent;

  it("affiche JJ/MM/AAAA une valeur AAAA-MM-JJ, et pas un champ date natif", () => {
    render(ChampDateTest, { depart: "2025-09-01" });
    expect(champ().type).toBe("text");
    expect(champ().value).toBe("01/09/2025");
    expect(champ().placeholder).toBe("jj/mm/aaaa");
  });

  it("ce qu'on tape devient AAAA-MM-JJ, remis en forme en quittant le champ", async () => {
    render(ChampDateTest);
    await fireEvent.input(champ(), { target: { value: "5/12/2026" } });
    expect(valeur()).toBe("2026-12-05");
    await fireEvent.blur(champ());
    expect(champ().value).toBe("05/12/2026");
    expect(champ().getAttribute("aria-invalid")).toBeNull();
  });

  it("une saisie invalide est signalée, liée au champ, et transmise telle quelle", async () => {
    render(ChampDateTest);
    await fireEvent.input(champ(), { target: { value: "31/02/2026" } });
    await fireEvent.blur(champ());
    expect(valeur()).toBe("31/02/2026");
    expect(champ().getAttribute("aria-invalid")).toBe("true");
    const aide = document.getElementById(champ().getAttribute("aria-describedby")!);
    expect(aide?.textContent).toContain("jour/mois/année");
    await fireEvent.input(champ(), { target: { value: "28/02/2026" } });
    expect(champ().getAttribute("aria-invalid")).toBeNull();
    expect(valeur()).toBe("2026-02-28");
  });

  it("une valeur posée de l'extérieur s'affiche en français", async () => {
    render(ChampDateTest);
    await fireEvent.click(screen.getByRole("button", { name: "Aujourd'hui" }));
    expect(champ().value).toBe("05/12/2026");
  });
});
