//! The `commandes!` table: registers the commands with Tauri, checks at compile time that each
//! function has the signature the table states, and generates the TypeScript bindings
//! (`ui/src/lib/generated/bindings.ts`) from those Rust types. `make bindings` rewrites the file;
//! `cargo test` fails while the committed file is stale.

macro_rules! commandes {
    ($( $nom:ident ( $( $arg:ident : $ty:ty ),* ) -> $ret:ty ; )*) => {
        /// The handler Tauri dispatches invocations to.
        pub fn gestionnaire() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($nom),*]
        }

        /// Never called: the compiler checks that each function matches the table.
        #[allow(dead_code)]
        fn verifier_signatures() {
            $( let _: for<'a> fn(tauri::State<'a, $crate::etat::Etat> $(, $ty)*) -> Result<$ret, oepre_core::ErreurPublique> = $nom; )*
        }

        /// The command names, in table order.
        #[cfg(test)]
        pub const NOMS: &[&str] = &[$(stringify!($nom)),*];

        /// Name, arguments and result type of each command, for the TypeScript generator.
        #[cfg(test)]
        pub fn signatures(c: &mut $crate::bindings::Collecteur) -> Vec<$crate::bindings::Signature> {
            vec![$( $crate::bindings::Signature {
                nom: stringify!($nom),
                args: vec![$( (stringify!($arg), c.type_de::<$ty>()) ),*],
                retour: c.type_de::<$ret>(),
            } ),*]
        }
    };
}
pub(crate) use commandes;

#[cfg(test)]
pub use generation::{Collecteur, Signature};

#[cfg(test)]
mod generation {
    use std::any::TypeId;
    use std::collections::{BTreeMap, HashSet};
    use std::path::Path;

    use ts_rs::{Config, TypeVisitor, TS};

    /// One command as TypeScript sees it.
    pub struct Signature {
        pub nom: &'static str,
        pub args: Vec<(&'static str, String)>,
        pub retour: String,
    }

    /// Collects the declarations of every type reachable from the commands.
    pub struct Collecteur {
        cfg: Config,
        vus: HashSet<TypeId>,
        declarations: BTreeMap<String, String>,
    }

    impl Collecteur {
        fn new() -> Self {
            Self { cfg: Config::default(), vus: HashSet::new(), declarations: BTreeMap::new() }
        }

        /// The TypeScript name of `T`, declaring it and what it uses.
        pub fn type_de<T: TS + 'static>(&mut self) -> String {
            self.visit::<T>();
            T::name(&self.cfg)
        }
    }

    impl TypeVisitor for Collecteur {
        fn visit<T: TS + 'static + ?Sized>(&mut self) {
            if T::output_path().is_some() {
                if self.vus.insert(TypeId::of::<T>()) {
                    self.declarations.insert(T::ident(&self.cfg), T::decl(&self.cfg));
                    T::visit_dependencies(self);
                }
            } else {
                T::visit_dependencies(self);
            }
            T::visit_generics(self);
        }
    }

    fn camel(s: &str) -> String {
        let mut sortie = String::new();
        let mut majuscule = false;
        for c in s.chars() {
            if c == '_' {
                majuscule = true;
            } else if majuscule {
                sortie.extend(c.to_uppercase());
                majuscule = false;
            } else {
                sortie.push(c);
            }
        }
        sortie
    }

    fn generer() -> String {
        let mut c = Collecteur::new();
        let signatures = crate::commandes::signatures(&mut c);
        // The error shape is part of the contract even though no command returns it directly.
        c.type_de::<oepre_core::ErreurPublique>();
        let mut ts = String::from(
            "// Généré depuis les types Rust par `make bindings` (src-tauri/src/bindings.rs).\n// Ne pas modifier à la main : un test échoue si ce fichier n'est plus à jour.\n\n",
        );
        for decl in c.declarations.values() {
            ts.push_str("export ");
            ts.push_str(decl.trim_end());
            ts.push_str("\n\n");
        }
        ts.push_str("/** Every command of the app, as the UI calls it. */\nexport interface Commandes {\n");
        for s in &signatures {
            let args: Vec<String> = s.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
            ts.push_str(&format!("  {}({}): Promise<{}>;\n", s.nom, args.join(", "), s.retour));
        }
        ts.push_str("}\n\n/** Names of the commands, as registered with Tauri. */\nexport type NomCommande = keyof Commandes;\n\n");
        ts.push_str("/** The commands over an `invoke` function (Tauri's, or a fake in tests). */\nexport function creerCommandes(\n  invoke: (commande: NomCommande, args?: Record<string, unknown>) => Promise<unknown>,\n): Commandes {\n  return {\n");
        for s in &signatures {
            let params: Vec<String> = s.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
            let cles: Vec<String> = s.args.iter().map(|(n, _)| format!("{}: {n}", camel(n))).collect();
            let appel = if cles.is_empty() {
                format!("invoke(\"{}\")", s.nom)
            } else {
                format!("invoke(\"{}\", {{ {} }})", s.nom, cles.join(", "))
            };
            ts.push_str(&format!("    {}: ({}) => {} as Promise<{}>,\n", s.nom, params.join(", "), appel, s.retour));
        }
        ts.push_str("  };\n}\n");
        ts
    }

    const CHEMIN: &str = "../ui/src/lib/generated/bindings.ts";

    #[test]
    fn les_bindings_typescript_sont_a_jour() {
        let attendu = generer();
        let chemin = Path::new(env!("CARGO_MANIFEST_DIR")).join(CHEMIN);
        if std::env::var_os("OEPRE_MAJ_BINDINGS").is_some() {
            std::fs::create_dir_all(chemin.parent().unwrap()).unwrap();
            std::fs::write(&chemin, &attendu).unwrap();
        }
        let actuel = std::fs::read_to_string(&chemin).unwrap_or_default();
        assert!(actuel == attendu, "{} n'est plus à jour : lancez `make bindings` et committez le résultat.", chemin.display());
    }

    #[test]
    fn seules_nos_commandes_sont_permises_a_la_fenetre() {
        let dossier = Path::new(env!("CARGO_MANIFEST_DIR"));
        let liste = std::fs::read_to_string(dossier.join("commandes.list")).unwrap();
        let listees: Vec<&str> = liste.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        assert_eq!(listees, crate::commandes::NOMS, "commandes.list doit lister exactement le tableau commandes!");
        let capacite: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dossier.join("capabilities/default.json")).unwrap()).unwrap();
        let permises: Vec<String> =
            capacite["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_owned()).collect();
        let attendues: Vec<String> = listees.iter().map(|n| format!("allow-{}", n.replace('_', "-"))).collect();
        assert_eq!(permises, attendues, "la fenêtre ne reçoit que nos commandes, et toutes");
    }

    /// Every command logs its use case under its own name (`etat.avec("nom", …)` or
    /// `journalise("nom", …)`): a renamed or copied command cannot log under another's name.
    #[test]
    fn chaque_commande_se_journalise_sous_son_nom() {
        let dossier = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commandes");
        let mut fichiers: Vec<_> = std::fs::read_dir(&dossier).unwrap().map(|e| e.unwrap().path()).collect();
        fichiers.sort();
        let source: String = fichiers.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
        let mut journalisees = 0;
        for bloc in source.split("#[tauri::command").skip(1) {
            let nom = bloc.split("pub fn ").nth(1).and_then(|s| s.split('(').next()).unwrap();
            let corps = bloc.split("\n}\n").next().unwrap();
            let noms: Vec<&str> = ["avec(\"", "journalise(\""].iter().flat_map(|m| corps.split(m).skip(1).filter_map(|s| s.split('"').next())).collect();
            assert!(!noms.is_empty(), "la commande {nom} n'écrit pas sa ligne au journal technique");
            assert!(noms.iter().all(|n| *n == nom), "la commande {nom} se journalise sous {noms:?}");
            journalisees += 1;
        }
        assert_eq!(journalisees, crate::commandes::NOMS.len());
    }

    #[test]
    fn la_csp_n_autorise_aucune_origine_distante() {
        let conf: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json")).unwrap(),
        )
        .unwrap();
        let csp = conf["app"]["security"]["csp"].as_str().unwrap();
        assert!(csp.contains("default-src 'self'"));
        for source in csp.split(';').flat_map(|d| d.split_whitespace().skip(1)) {
            let locale = source.starts_with('\'')
                || matches!(source, "ipc:" | "http://ipc.localhost" | "data:" | "blob:");
            assert!(locale, "source distante interdite dans la CSP : {source}");
        }
    }
}
