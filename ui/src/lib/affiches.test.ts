import { describe, expect, it } from "vitest";
import {
  aRelire,
  avecRepliFrancais,
  choisiesARelire,
  dirDe,
  filtrerLangues,
  localesChoisies,
  pictogrammes,
  plier,
  textesParId,
  trierLangues,
} from "./affiches";
import { LANGUES_TEST } from "./test/faux-documents";

describe("langues de l'affiche", () => {
  it("le français d'abord, puis l'ordre alphabétique français des noms", () => {
    expect(trierLangues(LANGUES_TEST).map((l) => l.locale)).toEqual(["fr", "en", "ar", "zh-Hans", "fa-AF", "ka", "ta", "tr"]);
    // « géorgien » sorts like « georgien », between « dari » and « tamoul ».
    const ordre = trierLangues(LANGUES_TEST).map((l) => l.french_name);
    expect(ordre.indexOf("géorgien")).toBeGreaterThan(ordre.indexOf("dari (persan d'Afghanistan)"));
    expect(ordre.indexOf("géorgien")).toBeLessThan(ordre.indexOf("tamoul"));
  });

  it("filtre sur le nom français, le nom dans la langue ou le code, sans accents ni majuscules", () => {
    expect(filtrerLangues(LANGUES_TEST, "ARABE").map((l) => l.locale)).toEqual(["ar"]);
    expect(filtrerLangues(LANGUES_TEST, "georgien").map((l) => l.locale)).toEqual(["ka"]);
    expect(filtrerLangues(LANGUES_TEST, "العربية").map((l) => l.locale)).toEqual(["ar"]);
    expect(filtrerLangues(LANGUES_TEST, "zh").map((l) => l.locale)).toEqual(["zh-Hans"]);
    expect(filtrerLangues(LANGUES_TEST, "  ")).toHaveLength(LANGUES_TEST.length);
    expect(filtrerLangues(LANGUES_TEST, "klingon")).toEqual([]);
    expect(plier("Türkçe")).toBe("turkce");
  });

  it("badge « traduction à relire » : toute langue non relue, jamais le français relu", () => {
    const fr = LANGUES_TEST.find((l) => l.locale === "fr")!;
    const ar = LANGUES_TEST.find((l) => l.locale === "ar")!;
    expect(aRelire(fr)).toBe(false);
    expect(aRelire(ar)).toBe(true);
    expect(choisiesARelire(LANGUES_TEST, ["fr", "ar", "ta"]).map((l) => l.locale)).toEqual(["ar", "ta"]);
    expect(choisiesARelire(LANGUES_TEST, ["fr"])).toEqual([]);
  });

  it("les langues cochées suivent l'ordre de la liste ; sens d'écriture", () => {
    const triees = trierLangues(LANGUES_TEST);
    expect(localesChoisies(triees, ["ar", "fr"])).toEqual(["fr", "ar"]);
    expect(localesChoisies(triees, new Set(["ta", "inconnue"]))).toEqual(["ta"]);
    expect(dirDe("rtl")).toBe("rtl");
    expect(dirDe("ltr")).toBe("ltr");
    expect(dirDe("")).toBe("ltr");
  });
});

describe("aperçu", () => {
  it("textes par identifiant, repli en français repéré, pictogramme enfants seulement s'ils sont accueillis", () => {
    const a = {
      textes: [
        { id: "affiche-titre", texte: "فتح المدرسة", direction: "rtl", en_francais: false },
        { id: "quoi-texte", texte: "Un programme…", direction: "ltr", en_francais: true },
      ],
    };
    expect(textesParId(a).get("quoi-texte")?.en_francais).toBe(true);
    expect(avecRepliFrancais(a)).toBe(true);
    expect(avecRepliFrancais({ textes: [a.textes[0]!] })).toBe(false);
    expect(pictogrammes(true).map((p) => p.picto)).toEqual(["date", "heure", "lieu", "gratuit", "enfants"]);
    expect(pictogrammes(false).map((p) => p.picto)).not.toContain("enfants");
  });
});
