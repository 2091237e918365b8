//! The data file: opening it (pragmas, passphrase, refusals, backup before migrating), the
//! ordered migrations, the passphrase's retry delay and the swap of a closed file by a
//! checked copy. Uses only [`crate::commun`].

pub mod cle;
pub mod db;
pub mod remplacement;
pub mod schema;
