//! The data file: opening it (pragmas, passphrase, refusals, backup before migrating), the
//! ordered migrations and the passphrase's retry delay. Uses only [`crate::commun`].

pub mod cle;
pub mod db;
pub mod schema;
