//! Reading a table a school already has: a CSV (UTF-8 or Windows-1252, `;`, `,` or tab
//! detected) or the first sheet of an XLSX, XLS or ODS workbook, as a header row and data rows
//! with their line numbers. A workbook calamine cannot read safely is refused first: an ODS
//! whose XML is not well-formed, an XLSX sheet spanning more than [`CELLULES_MAX`] cells (found
//! by fuzzing, `docs/fuzzing.md`). Line numbers count `\r\n`, `\n` and a lone `\r` as line ends.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use crate::{Erreur, Resultat};

/// A table read from a file: headers and data rows with their line numbers in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Tableau {
    /// The header row.
    pub entetes: Vec<String>,
    /// `(line number as the spreadsheet or text editor shows it, cells)`.
    pub lignes: Vec<(u32, Vec<String>)>,
}

fn illisible(chemin: &Path, pourquoi: impl std::fmt::Display) -> Erreur {
    Erreur::champ("fichier", format!("Impossible de lire « {} » : {pourquoi}", chemin.display()))
}

/// Reads a CSV (encoding and separator detected) or the first sheet of an XLSX/XLS/ODS.
pub fn lire_tableau(chemin: &Path) -> Resultat<Tableau> {
    let ext = chemin.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    let mut lignes = match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => lire_classeur(chemin)?,
        _ => lire_csv(chemin)?,
    };
    lignes.retain(|(_, c)| c.iter().any(|v| !v.trim().is_empty()));
    if lignes.is_empty() {
        return Err(illisible(chemin, "le fichier est vide."));
    }
    let (_, entetes) = lignes.remove(0);
    Ok(Tableau { entetes: entetes.into_iter().map(|e| crate::commun::texte::nettoyer(&e)).collect(), lignes })
}

/// Decodes a text file: UTF-8 (with or without BOM), else Windows-1252 (Excel's « CSV »).
pub fn decoder(octets: &[u8]) -> String {
    match std::str::from_utf8(octets) {
        Ok(s) => s.strip_prefix('\u{feff}').unwrap_or(s).to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(octets).0.into_owned(),
    }
}

fn lire_csv(chemin: &Path) -> Resultat<Vec<(u32, Vec<String>)>> {
    let octets = std::fs::read(chemin).map_err(|source| Erreur::Fichier { chemin: chemin.to_owned(), source })?;
    let texte = decoder(&octets);
    let premiere = texte.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let separateur = [b';', b',', b'\t'].into_iter().max_by_key(|&s| premiere.bytes().filter(|&b| b == s).count()).unwrap_or(b';');
    let mut lecteur = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separateur).from_reader(texte.as_bytes());
    let mut lignes = Vec::new();
    let mut compteur = CompteurLignes::default();
    for r in lecteur.records() {
        let r = r.map_err(|e| illisible(chemin, format!("CSV mal formé ({e}).")))?;
        let numero = r.position().map_or(0, |p| compteur.ligne_a(texte.as_bytes(), p.byte() as usize));
        lignes.push((numero, r.iter().map(str::to_owned).collect()));
    }
    Ok(lignes)
}

/// Line numbers as a text editor shows them, `\r\n`, `\n` and a lone `\r` (old Mac files)
/// each ending a line; the csv crate counts only `\n`, and the offset it gives for a record
/// may sit on the end of the previous line (skipped here: a record never starts with one).
/// Offsets must come in increasing order.
#[derive(Default)]
struct CompteurLignes {
    octet: usize,
    ligne: u32,
}

impl CompteurLignes {
    fn ligne_a(&mut self, texte: &[u8], octet: usize) -> u32 {
        let mut octet = octet.min(texte.len());
        while texte.get(octet).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            octet += 1;
        }
        for i in self.octet..octet {
            if texte[i] == b'\n' || (texte[i] == b'\r' && texte.get(i + 1) != Some(&b'\n')) {
                self.ligne += 1;
            }
        }
        self.octet = self.octet.max(octet);
        self.ligne + 1
    }
}

/// calamine 0.32 loops forever on an ODS whose `content.xml` ends inside a table (found by
/// `make fuzz`): the XML is read once to its end first, and a file that is not well-formed is
/// refused before calamine sees it. An unreadable archive is left to calamine to report.
fn verifier_ods(chemin: &Path) -> Resultat<()> {
    use quick_xml::events::Event;
    let Ok(mut archive) = std::fs::File::open(chemin).map_err(drop).and_then(|f| zip4::ZipArchive::new(f).map_err(drop)) else {
        return Ok(());
    };
    let Ok(contenu) = archive.by_name("content.xml") else {
        return Ok(());
    };
    let mut lecteur = quick_xml::Reader::from_reader(std::io::BufReader::new(contenu));
    let (mut tampon, mut profondeur) = (Vec::new(), 0_u64);
    loop {
        match lecteur.read_event_into(&mut tampon) {
            Ok(Event::Start(_)) => profondeur += 1,
            Ok(Event::End(_)) => profondeur = profondeur.saturating_sub(1),
            Ok(Event::Eof) if profondeur == 0 => return Ok(()),
            Ok(Event::Eof) => return Err(illisible(chemin, "classeur incomplet (le contenu s'arrête au milieu d'une feuille).")),
            Err(e) => return Err(illisible(chemin, format!("classeur illisible (XML mal formé : {e})."))),
            Ok(_) => {}
        }
        tampon.clear();
    }
}

/// Largest sheet read, in cells between the first and the last non-empty one: calamine builds
/// a dense table, and one stray cell in XFD1048576 asked it for 270 GB, which aborts the app
/// (found by `make fuzz`). A list of parents is far below (1 000 rows × 30 columns = 30 000).
pub const CELLULES_MAX: u64 = 2_000_000;

fn verifier_etendue_xlsx<R: std::io::Read + std::io::Seek>(chemin: &Path, x: &mut calamine::Xlsx<R>, feuille: &str) -> Resultat<()> {
    let Ok(mut cellules) = x.worksheet_cells_reader(feuille) else {
        return Ok(()); // calamine reports it when reading the sheet.
    };
    let (mut haut, mut bas, mut gauche, mut droite) = (u32::MAX, 0, u32::MAX, 0);
    while let Some(c) = cellules.next_cell().map_err(|e| illisible(chemin, format!("classeur illisible ({e}).")))? {
        if !matches!(c.get_value(), calamine::DataRef::Empty) {
            let (l, col) = c.get_position();
            (haut, bas, gauche, droite) = (haut.min(l), bas.max(l), gauche.min(col), droite.max(col));
        }
    }
    if haut <= bas && u64::from(bas - haut + 1) * u64::from(droite - gauche + 1) > CELLULES_MAX {
        return Err(illisible(
            chemin,
            format!(
                "la feuille est trop grande : elle va de la ligne {} à la ligne {}, sur {} colonnes. Copiez la liste seule dans une nouvelle feuille.",
                haut + 1,
                bas + 1,
                droite - gauche + 1
            ),
        ));
    }
    Ok(())
}

fn lire_classeur(chemin: &Path) -> Resultat<Vec<(u32, Vec<String>)>> {
    use calamine::{Data, Reader};
    if chemin.extension().is_some_and(|e| e.eq_ignore_ascii_case("ods")) {
        verifier_ods(chemin)?;
    }
    let mut classeur = calamine::open_workbook_auto(chemin).map_err(|e| illisible(chemin, format!("classeur illisible ({e}).")))?;
    let feuille = classeur.sheet_names().first().cloned().ok_or_else(|| illisible(chemin, "aucune feuille."))?;
    if let calamine::Sheets::Xlsx(x) = &mut classeur {
        verifier_etendue_xlsx(chemin, x, &feuille)?;
    }
    let plage = classeur.worksheet_range(&feuille).map_err(|e| illisible(chemin, e))?;
    let (ligne0, col0) = plage.start().unwrap_or((0, 0));
    let cellule = |d: &Data| -> String {
        match d {
            Data::Empty => String::new(),
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            Data::Float(f) => f.to_string(),
            Data::Int(i) => i.to_string(),
            Data::Bool(b) => if *b { "oui" } else { "non" }.into(),
            Data::DateTime(dt) => dt.as_datetime().map_or_else(|| dt.to_string(), |d| d.date().format("%Y-%m-%d").to_string()),
            Data::Error(e) => format!("#{e:?}"),
        }
    };
    Ok(plage
        .rows()
        .enumerate()
        .map(|(i, r)| {
            let mut cellules = vec![String::new(); col0 as usize];
            cellules.extend(r.iter().map(cellule));
            (ligne0 + i as u32 + 1, cellules)
        })
        .collect())
}
