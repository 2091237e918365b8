// package-lock.json must hold no URL other than the npm registry's. npm copies each package's
// "funding" links into it: this script removes them (`npm run nettoyer-lock`, after an
// `npm install` that added packages) or, with `--verifier`, only checks (`npm run verifier-lock`).
import { readFileSync, writeFileSync } from "node:fs";

const chemin = new URL("../package-lock.json", import.meta.url);
const texte = readFileSync(chemin, "utf8");

if (process.argv.includes("--verifier")) {
  const etrangeres = [...new Set(texte.match(/https?:\/\/[^"\s]+/g) ?? [])].filter(
    (u) => !u.startsWith("https://registry.npmjs.org/"),
  );
  if (etrangeres.length > 0) {
    console.error(`package-lock.json contient des adresses hors du registre npm :\n  ${etrangeres.join("\n  ")}`);
    console.error("Lancez `npm run nettoyer-lock`.");
    process.exit(1);
  }
  console.log("package-lock.json : aucune adresse hors du registre npm.");
} else {
  const lock = JSON.parse(texte);
  let retires = 0;
  for (const paquet of Object.values(lock.packages ?? {})) {
    if ("funding" in paquet) {
      delete paquet.funding;
      retires++;
    }
  }
  writeFileSync(chemin, JSON.stringify(lock, null, 2) + "\n");
  console.log(`package-lock.json : ${retires} lien(s) de financement retiré(s).`);
}
