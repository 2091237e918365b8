//! Named pause points for the crash tests.
//!
//! A test that must prove « a crash at this step loses nothing » cannot hope that a kill sent
//! after some delay lands inside a step that lasts a few milliseconds: on a fast or a slow
//! machine it lands elsewhere. Instead it starts the command with `OEPRE_TEST_POINT_ARRET`
//! naming a point; the process writes `point d'arrêt : <nom>` on its standard error when it
//! reaches that point, and waits there until it is killed. The test reads that line, then sends
//! SIGKILL: the kill lands exactly at the chosen step, on any machine.
//!
//! The variable is read once per process; unset (always, outside the tests), a point costs a
//! check of that first reading. Points are placed
//! where a crash matters: around each step of replacing the data file
//! ([`crate::securite::restauration`]) and around the commit of each user action ([`crate::stockage::db::Db::transaction`]).
//! Several points can be named, separated by commas; the process stops at the first reached.

use std::io::Write;
use std::sync::OnceLock;

/// The environment variable naming the point(s) where the process stops.
pub const VARIABLE: &str = "OEPRE_TEST_POINT_ARRET";

/// Stops here for good when [`VARIABLE`] names `nom` (see the module doc).
pub fn point(nom: &str) {
    static POINTS: OnceLock<Option<String>> = OnceLock::new();
    let Some(points) = POINTS.get_or_init(|| std::env::var(VARIABLE).ok()) else {
        return;
    };
    if points.split(',').any(|p| p.trim() == nom) {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "point d'arrêt : {nom}");
        let _ = err.flush();
        drop(err);
        loop {
            std::thread::park();
        }
    }
}
