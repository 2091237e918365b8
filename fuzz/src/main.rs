//! `oepre-fuzz`: bounded-time fuzzing of what Ateliers OEPRE reads from people — imported
//! lists (CSV, XLSX, ODS), translation overrides (`.ftl`), dates and times typed in forms.
//!
//! ```text
//! oepre-fuzz [--secondes N] [--graine G] [--corpus DIR] [--plantages DIR] [CIBLE… | tout]
//! oepre-fuzz --rejouer FICHIER CIBLE
//! ```
//!
//! Each target runs in a child process (memory capped with `ulimit -v`) for N seconds: the
//! seeds of `tests/fuzz/corpus/<cible>/` first, unchanged, then mutations of them
//! ([`mutation`]). A panic (caught with `catch_unwind`), a broken property, an input taking
//! longer than 60 s (wall clock: the machine may be busy), or the child dying (abort, stack
//! overflow, out of memory) saves the input in `tests/fuzz/crashes/` and makes the run exit
//! non-zero. Stable Rust has no libFuzzer (cargo-fuzz needs nightly): this runner has no
//! coverage feedback, which is why the seeds are real files and the mutations imitate real
//! damage. See `docs/fuzzing.md`.
//!
//! To add a target, see [`cibles`].

mod cibles;
mod mutation;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cibles::{Cible, Contexte};
use mutation::{Alea, Mutateur, JETONS};

/// Memory a child may use (`ulimit -v`, KiB): an input needing more is a finding.
const MEMOIRE_MAX_KIO: u64 = 4 * 1024 * 1024;
/// An input running longer than this is saved as a slowness finding.
const LENTEUR_MAX: Duration = Duration::from_secs(60);

struct Options {
    secondes: u64,
    graine: u64,
    corpus: PathBuf,
    plantages: PathBuf,
    cibles: Vec<Cible>,
    travailleur: Option<PathBuf>,
    rejouer: Option<PathBuf>,
}

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn lire_options() -> Result<Options, String> {
    let mut o = Options {
        secondes: 60,
        graine: std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64),
        corpus: racine().join("tests/fuzz/corpus"),
        plantages: racine().join("tests/fuzz/crashes"),
        cibles: Vec::new(),
        travailleur: None,
        rejouer: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut valeur = || args.next().ok_or_else(|| format!("{a} attend une valeur"));
        match a.as_str() {
            "--secondes" => o.secondes = valeur()?.parse().map_err(|_| "--secondes attend un nombre de secondes".to_owned())?,
            "--graine" => o.graine = valeur()?.parse().map_err(|_| "--graine attend un nombre".to_owned())?,
            "--corpus" => o.corpus = valeur()?.into(),
            "--plantages" => o.plantages = valeur()?.into(),
            "--travailleur" => o.travailleur = Some(valeur()?.into()),
            "--rejouer" => o.rejouer = Some(valeur()?.into()),
            "tout" => o.cibles.extend(Cible::TOUTES),
            nom => o.cibles.push(Cible::depuis_nom(nom).ok_or_else(|| {
                format!("cible inconnue « {nom} » (cibles : {}, ou tout)", Cible::TOUTES.map(Cible::nom).join(", "))
            })?),
        }
    }
    if o.cibles.is_empty() {
        o.cibles.extend(Cible::TOUTES);
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match lire_options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("oepre-fuzz : {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(fichier) = &o.rejouer {
        return rejouer(fichier, o.cibles[0]);
    }
    if let Some(en_cours) = &o.travailleur {
        return travailler(&o, o.cibles[0], en_cours);
    }
    superviser(&o)
}

fn empreinte(octets: &[u8]) -> u64 {
    octets.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

fn sauver(o: &Options, cible: Cible, genre: &str, entree: &[u8]) -> PathBuf {
    let _ = std::fs::create_dir_all(&o.plantages);
    let chemin = o.plantages.join(format!("{genre}-{}-{:016x}.{}", cible.nom(), empreinte(entree), cible.extension()));
    if let Err(e) = std::fs::write(&chemin, entree) {
        eprintln!("oepre-fuzz : impossible d'enregistrer {} : {e}", chemin.display());
    }
    chemin
}

/// Runs every target in a child process, one after the other.
fn superviser(o: &Options) -> ExitCode {
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("oepre-fuzz : {e}");
            return ExitCode::from(2);
        }
    };
    let mut echecs = 0;
    for (i, &cible) in o.cibles.iter().enumerate() {
        let en_cours = std::env::temp_dir().join(format!("oepre-fuzz-{}-{}.{}", std::process::id(), cible.nom(), cible.extension()));
        let statut = Command::new("/bin/sh")
            .arg("-c")
            .arg(format!("ulimit -v {MEMOIRE_MAX_KIO} && exec \"$0\" \"$@\""))
            .arg(&exe)
            .args(["--secondes", &o.secondes.to_string(), "--graine", &(o.graine.wrapping_add(i as u64)).to_string()])
            .arg("--corpus")
            .arg(&o.corpus)
            .arg("--plantages")
            .arg(&o.plantages)
            .arg("--travailleur")
            .arg(&en_cours)
            .arg(cible.nom())
            .status();
        let entree = std::fs::read(&en_cours).unwrap_or_default();
        let _ = std::fs::remove_file(&en_cours);
        let genre = match statut {
            Ok(s) if s.success() => continue,
            Ok(s) if s.code() == Some(1) => None,
            Ok(s) if s.code() == Some(3) => Some("lenteur".to_owned()),
            Ok(s) => Some(std::os::unix::process::ExitStatusExt::signal(&s).map_or_else(|| format!("sortie{}", s.code().unwrap_or(-1)), |n| format!("signal{n}"))),
            Err(e) => {
                eprintln!("oepre-fuzz : {} : impossible de lancer le processus : {e}", cible.nom());
                return ExitCode::from(2);
            }
        };
        echecs += 1;
        if let Some(genre) = genre {
            let chemin = sauver(o, cible, &genre, &entree);
            eprintln!("{} : le processus s'est arrêté ({genre}) ; entrée en cause : {}", cible.nom(), chemin.display());
        }
    }
    if echecs > 0 {
        eprintln!("oepre-fuzz : {echecs} cible(s) en échec ; les entrées sont dans {}", o.plantages.display());
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The message and place of the last panic, kept by the hook instead of printed.
static PANIQUE: Mutex<Option<String>> = Mutex::new(None);

fn installer_crochet() {
    panic::set_hook(Box::new(|info| {
        let lieu = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
        let message = info.payload().downcast_ref::<&str>().map(|s| (*s).to_owned()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        if let Ok(mut p) = PANIQUE.lock() {
            *p = Some(format!("{message}{lieu}"));
        }
    }));
}

/// One input: `Ok` or what went wrong (panic or broken property).
fn essayer(cible: Cible, entree: &[u8], ctx: &mut Contexte) -> Result<(), (&'static str, String)> {
    match panic::catch_unwind(AssertUnwindSafe(|| cible.executer(entree, ctx))) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(propriete)) => Err(("propriete", propriete)),
        Err(_) => Err(("panique", PANIQUE.lock().ok().and_then(|mut p| p.take()).unwrap_or_default())),
    }
}

fn travailler(o: &Options, cible: Cible, en_cours: &Path) -> ExitCode {
    installer_crochet();
    let graines = cible.graines(&o.corpus);
    if graines.is_empty() {
        eprintln!("{} : aucune graine dans {}", cible.nom(), o.corpus.join(cible.nom()).display());
        return ExitCode::from(2);
    }
    let mut ctx = match Contexte::new() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{} : {e}", cible.nom());
            return ExitCode::from(2);
        }
    };
    let debut = Instant::now();
    // The watchdog: an input that runs too long ends the process (the supervisor saves it).
    let battement = Arc::new(AtomicU64::new(0));
    {
        let battement = Arc::clone(&battement);
        let nom = cible.nom();
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            let depuis = debut.elapsed().as_millis() as u64 - battement.load(Ordering::Relaxed);
            if depuis > LENTEUR_MAX.as_millis() as u64 {
                eprintln!("{nom} : une entrée tourne depuis plus de {} s", LENTEUR_MAX.as_secs());
                std::process::exit(3);
            }
        });
    }
    let mut m = Mutateur {
        alea: Alea::new(o.graine),
        graines: &graines,
        enorme: match cible {
            Cible::Csv => 1 << 20,
            Cible::Xlsx | Cible::Ods => 1 << 18,
            Cible::Ftl => 1 << 16,
            Cible::Dates => 1 << 12,
        },
    };
    let fin = debut + Duration::from_secs(o.secondes);
    let (mut essais, mut zip) = (0_u64, 0_u64);
    while Instant::now() < fin || essais < graines.len() as u64 {
        let entree = if essais < graines.len() as u64 {
            graines[essais as usize].clone()
        } else {
            let graine = &graines[m.alea.jusqu_a(graines.len())];
            match cible {
                Cible::Xlsx | Cible::Ods if !m.alea.une_fois_sur(3) => match m.muter_zip(graine) {
                    Some(v) => {
                        zip += 1;
                        v
                    }
                    None => m.muter_octets(graine, JETONS),
                },
                Cible::Dates if m.alea.une_fois_sur(3) => {
                    let mut trois = Vec::new();
                    for _ in 0..3 {
                        let i = m.alea.jusqu_a(graines.len());
                        trois.push(m.muter_octets(&graines[i], JETONS));
                    }
                    trois.join(&b'|')
                }
                _ => m.muter_octets(graine, JETONS),
            }
        };
        if let Err(e) = std::fs::write(en_cours, &entree) {
            eprintln!("{} : impossible d'écrire {} : {e}", cible.nom(), en_cours.display());
            return ExitCode::from(2);
        }
        battement.store(debut.elapsed().as_millis() as u64, Ordering::Relaxed);
        essais += 1;
        if let Err((genre, message)) = essayer(cible, &entree, &mut ctx) {
            let chemin = sauver(o, cible, genre, &entree);
            eprintln!("{} : {genre} après {essais} entrées : {message}\n  entrée enregistrée : {}", cible.nom(), chemin.display());
            return ExitCode::from(1);
        }
    }
    let duree = debut.elapsed().as_secs_f64();
    let rezippees = if matches!(cible, Cible::Xlsx | Cible::Ods) { format!(", dont {zip} archives re-zippées") } else { String::new() };
    println!("{} : {essais} entrées en {duree:.0} s ({:.0}/s{rezippees}), graine {}, aucun plantage", cible.nom(), essais as f64 / duree, o.graine);
    ExitCode::SUCCESS
}

/// Runs one saved input once, to reproduce a finding or check its fix.
fn rejouer(fichier: &Path, cible: Cible) -> ExitCode {
    installer_crochet();
    let entree = match std::fs::read(fichier) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("oepre-fuzz : {} : {e}", fichier.display());
            return ExitCode::from(2);
        }
    };
    let mut ctx = match Contexte::new() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("oepre-fuzz : {e}");
            return ExitCode::from(2);
        }
    };
    let debut = Instant::now();
    match essayer(cible, &entree, &mut ctx) {
        Ok(()) => {
            println!("{} : {} passe ({:.1} s)", cible.nom(), fichier.display(), debut.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err((genre, message)) => {
            eprintln!("{} : {genre} : {message}", cible.nom());
            ExitCode::FAILURE
        }
    }
}
