//! Mutations of seed inputs: no coverage feedback, only the damage real files suffer (a
//! truncated download, a spreadsheet saved with the wrong separator, a BOM, Windows-1252
//! bytes, a quote left open, a cell pasted ten thousand times) plus random bit flips.
//!
//! To add a mutation: add an arm to [`Mutateur::muter_octets`] (raw bytes) or a token to
//! [`JETONS`] / [`JETONS_XML`]; [`Mutateur::muter_zip`] reuses the byte mutations on the XML
//! inside an XLSX/ODS archive.

use std::io::{Cursor, Read, Write};

/// Tokens worth inserting anywhere: separators, quotes, line ends, BOMs, invalid UTF-8,
/// Fluent syntax, dates and times that are almost right, numbers at the limits.
pub const JETONS: &[&[u8]] = &[
    b";", b",", b"\t", b"\"", b"\"\"", b"\r\n", b"\n", b"\r", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
    b"\xc3", b"\xff", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\x80", b"\0", b"\xe9", b"\x92",
    b"{", b"}", b"{ $", b"{ $heures ->", b"*[other]", b"[one]", b"->", b"\n    .", b"\n  ", b"=", b"-",
    b"{ -", b"{ \"", b"\\u", b"\\U0010FFFF", b"\\UFFFFFF", b"{ NUMBER(", b"(", b")", b"#", b"## ", b"### ",
    b"# locale: ", b"# direction: rtl", b"$", b"[", b"]", b"*", b".", b"/", b":", b"h", b"H", b" h ",
    b"31/02/2025", b"29/02/2023", b"2025-13-01", b"00/00/0000", b"+262143-12-31", b"-262144-01-01",
    b"24:00", b"23:60", b"99:99", b"-1", b"0", b"2147483648", b"-2147483649", b"18446744073709551616",
    b"1e308", b"NaN", b"inf", b"\xe2\x80\x8f", b"\xe2\x81\xa8", b"\xd9\xa1\xd9\xa9", b"\xef\xbc\x91",
];

/// Tokens for the XML inside XLSX and ODS files.
pub const JETONS_XML: &[&[u8]] = &[
    b"<", b">", b"</", b"/>", b"&amp;", b"&#0;", b"&#x110000;", b"&unknown;", b"<![CDATA[", b"]]>",
    b"<c r=\"XFD1048576\" t=\"s\"><v>999999</v></c>", b"<c r=\"A0\">", b"<row r=\"0\">",
    b"<row r=\"4294967296\">", b" r=\"ZZZZZZ1\"", b" t=\"e\"", b" t=\"b\"", b" t=\"d\"", b" t=\"inlineStr\"",
    b"<v>-1</v>", b"<v>1e308</v>", b"<v>NaN</v>", b"<v>2958466</v>", b"<v>-693594</v>", b" s=\"99999\"",
    b"<dimension ref=\"A1:XFD1048576\"/>", b"<si><t>", b"</t></si>", b" count=\"4294967295\"",
    b" table:number-columns-repeated=\"16384\"", b" table:number-rows-repeated=\"1048576\"",
    b" table:number-columns-repeated=\"-1\"", b" office:value-type=\"date\"",
    b" office:date-value=\"2025-02-31\"", b" office:value-type=\"float\" office:value=\"1e400\"",
    b" office:value-type=\"time\" office:time-value=\"PT9999999H\"", b"<table:table-row>",
    b"</table:table-row>", b"<table:table-cell>", b"<text:p>", b"<text:s text:c=\"4294967295\"/>",
];

/// A small xorshift generator: reproducible from its seed, no dependency.
#[derive(Debug, Clone)]
pub struct Alea(u64);

impl Alea {
    /// A generator; the seed 0 is replaced by a fixed non-zero value.
    pub fn new(graine: u64) -> Self {
        Alea(if graine == 0 { 0x9e37_79b9_7f4a_7c15 } else { graine })
    }

    /// The next 64 random bits.
    pub fn suivant(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn jusqu_a(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.suivant() % n as u64) as usize
        }
    }

    /// True once in `n`.
    pub fn une_fois_sur(&mut self, n: usize) -> bool {
        self.jusqu_a(n) == 0
    }

    fn choisir<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.jusqu_a(v.len())]
    }
}

/// Applies random mutations to seeds.
pub struct Mutateur<'a> {
    /// The random source.
    pub alea: Alea,
    /// The seeds (for splicing).
    pub graines: &'a [Vec<u8>],
    /// Upper bound of a « huge field », in bytes.
    pub enorme: usize,
}

impl Mutateur<'_> {
    /// 1 to 8 stacked byte mutations of `entree`, with `jetons` as insertable tokens.
    pub fn muter_octets(&mut self, entree: &[u8], jetons: &[&[u8]]) -> Vec<u8> {
        let mut v = entree.to_vec();
        for _ in 0..1 + self.alea.jusqu_a(8) {
            self.une_mutation(&mut v, jetons);
        }
        v
    }

    fn une_mutation(&mut self, v: &mut Vec<u8>, jetons: &[&[u8]]) {
        let a = &mut self.alea;
        let n = v.len();
        match a.jusqu_a(13) {
            0 if n > 0 => {
                let i = a.jusqu_a(n);
                v[i] ^= 1 << a.jusqu_a(8);
            }
            1 if n > 0 => {
                let i = a.jusqu_a(n);
                v[i] = *a.choisir(&[0, 0xff, 0x7f, 0x80, b'"', b';', b',', b'\n', b'{', b'}', b'$', b'0', b'9', b'<', b'>']);
            }
            2 if n > 0 => {
                let debut = a.jusqu_a(n);
                let fin = (debut + 1 + a.jusqu_a(64.min(n - debut))).min(n);
                v.drain(debut..fin);
            }
            3 if n > 0 => v.truncate(a.jusqu_a(n)),
            4 if n > 0 => {
                let debut = a.jusqu_a(n);
                let fin = (debut + 1 + a.jusqu_a(256)).min(n);
                let morceau = v[debut..fin].to_vec();
                let ou = a.jusqu_a(n + 1);
                v.splice(ou..ou, morceau);
            }
            5 if !self.graines.is_empty() => {
                let autre = &self.graines[a.jusqu_a(self.graines.len())];
                let coupe = a.jusqu_a(n + 1);
                let depuis = a.jusqu_a(autre.len() + 1);
                v.truncate(coupe);
                v.extend_from_slice(&autre[depuis..]);
            }
            6 => {
                // A huge field: one token or byte repeated up to `enorme` bytes.
                let autres: [&[u8]; 4] = [b"x", b"\xc3\xa9", b"9", b" "];
                let motif: &[u8] = if a.une_fois_sur(2) { jetons[a.jusqu_a(jetons.len())] } else { autres[a.jusqu_a(autres.len())] };
                // Sizes spread over orders of magnitude: mostly small, now and then `enorme`.
                let plafond = (self.enorme >> a.jusqu_a(12)) / motif.len().max(1);
                let fois = 1 + a.jusqu_a(plafond);
                let ou = a.jusqu_a(n + 1);
                v.splice(ou..ou, motif.repeat(fois));
            }
            7 if n > 0 => {
                // Swap two lines.
                let lignes: Vec<&[u8]> = v.split(|&b| b == b'\n').collect();
                if lignes.len() > 2 {
                    let (i, j) = (a.jusqu_a(lignes.len()), a.jusqu_a(lignes.len()));
                    let mut l: Vec<Vec<u8>> = lignes.iter().map(|x| x.to_vec()).collect();
                    l.swap(i, j);
                    *v = l.join(&b'\n');
                }
            }
            8 if n > 0 => {
                // Duplicate one line many times.
                let lignes: Vec<Vec<u8>> = v.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
                let i = a.jusqu_a(lignes.len());
                let plafond = if a.une_fois_sur(8) { 2000 } else { 50 };
                let fois = 1 + a.jusqu_a(plafond);
                let mut l = lignes.clone();
                for _ in 0..fois {
                    l.insert(i, lignes[i].clone());
                }
                *v = l.join(&b'\n');
            }
            9 if n > 0 => {
                // Replace a run of digits with another number.
                let i = a.jusqu_a(n);
                if let Some(p) = v[i..].iter().position(u8::is_ascii_digit) {
                    let debut = i + p;
                    let fin = debut + v[debut..].iter().take_while(|b| b.is_ascii_digit()).count();
                    let nombre = a.choisir(&["0", "00", "1", "12", "13", "23", "24", "29", "31", "32", "59", "60", "99", "1900", "9999", "99999999999", "4294967296"]);
                    v.splice(debut..fin, nombre.bytes());
                }
            }
            _ => {
                let jeton = a.choisir(jetons);
                let ou = a.jusqu_a(n + 1);
                v.splice(ou..ou, jeton.iter().copied());
            }
        }
    }

    /// Mutates the XML of one (or a few) entries of a zip archive and zips it again, keeping
    /// the other entries as they were. `None` when `entree` is not a readable archive.
    pub fn muter_zip(&mut self, entree: &[u8]) -> Option<Vec<u8>> {
        let mut archive = zip::ZipArchive::new(Cursor::new(entree)).ok()?;
        let mut fichiers = Vec::new();
        for i in 0..archive.len() {
            let mut f = archive.by_index(i).ok()?;
            let mut octets = Vec::new();
            f.read_to_end(&mut octets).ok()?;
            fichiers.push((f.name().to_owned(), octets));
        }
        let xml: Vec<usize> = (0..fichiers.len()).filter(|&i| fichiers[i].0.ends_with(".xml")).collect();
        if xml.is_empty() {
            return None;
        }
        let jetons: Vec<&[u8]> = JETONS_XML.iter().chain(JETONS).copied().collect();
        for _ in 0..1 + self.alea.jusqu_a(2) {
            // Mostly the sheet and shared strings, where the cells are.
            let preferes: Vec<usize> = xml.iter().copied().filter(|&i| { let n = &fichiers[i].0; n.contains("sheet") || n.contains("sharedStrings") || n == "content.xml" }).collect();
            let i = if !preferes.is_empty() && !self.alea.une_fois_sur(4) { *self.alea.choisir(&preferes) } else { *self.alea.choisir(&xml) };
            fichiers[i].1 = self.muter_octets(&fichiers[i].1, &jetons);
        }
        if self.alea.une_fois_sur(10) {
            let i = self.alea.jusqu_a(fichiers.len());
            fichiers.remove(i);
        }
        let mut sortie = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let methode = if self.alea.une_fois_sur(2) { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
        let options = zip::write::SimpleFileOptions::default().compression_method(methode);
        for (nom, octets) in &fichiers {
            sortie.start_file(nom.as_str(), options).ok()?;
            sortie.write_all(octets).ok()?;
        }
        sortie.finish().ok().map(Cursor::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meme_graine_memes_mutations() {
        let graines = vec![b"Nom;Pr\xc3\xa9nom\nHaddad;Samira\n".to_vec()];
        let produire = |g| {
            let mut m = Mutateur { alea: Alea::new(g), graines: &graines, enorme: 1000 };
            (0..50).map(|_| m.muter_octets(&graines[0], JETONS)).collect::<Vec<_>>()
        };
        assert_eq!(produire(7), produire(7), "une graine rejoue la même suite d'entrées");
        assert_ne!(produire(7), produire(8));
        assert!(produire(7).iter().any(|v| v != &graines[0]), "les entrées sont bien modifiées");
    }

    #[test]
    fn un_classeur_mute_reste_une_archive_lisible() {
        let xlsx = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fuzz/corpus/xlsx/inscrits-libreoffice.xlsx")).unwrap();
        let mut m = Mutateur { alea: Alea::new(3), graines: &[], enorme: 1000 };
        let mute = m.muter_zip(&xlsx).expect("archive relue");
        let archive = zip::ZipArchive::new(Cursor::new(&mute)).expect("une archive valide");
        assert!(archive.file_names().any(|n| n.ends_with(".xml")));
        assert_ne!(mute, xlsx);
    }
}
