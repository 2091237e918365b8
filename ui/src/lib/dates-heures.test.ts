import { describe, expect, it } from "vitest";
import { aujourdhui, dateLongue, duree, heure, horaire, jourIso, moisLong } from "./dates";

describe("heures et durées", () => {
  it("durées comme on les lit en français", () => {
    expect(duree(120)).toBe("2 h");
    expect(duree(90)).toBe("1 h 30");
    expect(duree(45)).toBe("0 h 45");
    expect(duree(0)).toBe("0 h");
    expect(duree(116 * 60)).toBe("116 h");
    expect(duree(125)).toBe("2 h 05");
  });

  it("heures de chrono (14:00:00) affichées 14:00", () => {
    expect(heure("14:00:00")).toBe("14:00");
    expect(heure("9:30")).toBe("09:30");
    expect(horaire("14:00:00", "16:00:00")).toBe("14:00–16:00");
  });

  it("dates en toutes lettres, jour de la semaine, mois", () => {
    expect(dateLongue("2025-10-07")).toBe("mardi 7 octobre 2025");
    expect(dateLongue("2025-11-01")).toBe("samedi 1er novembre 2025");
    expect(jourIso("2025-10-07")).toBe(2);
    expect(jourIso("2025-10-05")).toBe(7);
    expect(moisLong("2025-10")).toBe("octobre 2025");
    expect(moisLong("2026-02-10")).toBe("février 2026");
  });

  it("aujourd'hui en date locale", () => {
    expect(aujourdhui(new Date(2025, 9, 7, 23, 59))).toBe("2025-10-07");
    expect(aujourdhui(new Date(2026, 0, 1, 0, 1))).toBe("2026-01-01");
  });
});
