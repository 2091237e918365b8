//! A data file the app must not open: refused with a French message, left byte for byte.

use oepre_e2e::{cli, Pilote};

#[test]
fn un_fichier_plus_recent_ou_etranger_est_refuse_sans_etre_touche() {
    let pilote = Pilote::demarrer();

    // A file written by a "newer version": our demo file with user_version (header bytes 60..64) raised.
    let futur = pilote.dossier.path().join("futur.sqlite");
    cli(&futur, &["demo"]);
    let mut octets = std::fs::read(&futur).unwrap();
    assert_eq!(&octets[..16], b"SQLite format 3\0");
    octets[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&futur, &octets).unwrap();

    let etranger = pilote.dossier.path().join("liste.sqlite");
    std::fs::write(&etranger, "Nom;Prénom\nDiallo;Aminata\n").unwrap();

    for (fichier, code, extrait) in [
        (&futur, "BasePlusRecente", "version plus récente"),
        (&etranger, "PasUneBase", "n'est pas une base de données Ateliers OEPRE"),
    ] {
        let avant = std::fs::read(fichier).unwrap();
        {
            let app = pilote.ouvrir_app(fichier);
            app.element("#fichier-refuse");
            let data_code = app.script("return document.querySelector('#fichier-refuse').dataset.code", serde_json::json!([]));
            assert_eq!(data_code, code);
            let message = app.texte("#message-refus");
            assert!(message.contains(extrait), "{message}");
            assert!(!app.existe("#accueil-demo"), "rien d'autre n'est proposé");
            app.capture(&format!("refus-{code}"));
        }
        assert_eq!(std::fs::read(fichier).unwrap(), avant, "{} ne doit pas changer", fichier.display());
    }
}
