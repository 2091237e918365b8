import { describe, expect, it } from "vitest";
import { dateFr, dateLongue } from "./dates";

describe("dates", () => {
  it("AAAA-MM-JJ s'affiche JJ/MM/AAAA", () => {
    expect(dateFr("2025-09-01")).toBe("01/09/2025");
    expect(dateFr("2026-07-03")).toBe("03/07/2026");
    expect(dateFr("2024-02-29")).toBe("29/02/2024");
  });

  it("ce qui n'est pas une date ISO est rendu tel quel", () => {
    expect(dateFr("")).toBe("");
    expect(dateFr("01/09/2025")).toBe("01/09/2025");
    expect(dateFr("2025-09-01T00:00:00Z")).toBe("2025-09-01T00:00:00Z");
  });

  it("date longue, sans décalage de fuseau", () => {
    expect(dateLongue("2025-09-01")).toBe("lundi 1er septembre 2025");
    expect(dateLongue("2026-07-03")).toBe("vendredi 3 juillet 2026");
    expect(dateLongue("2025-12-31")).toBe("mercredi 31 décembre 2025");
  });
});
