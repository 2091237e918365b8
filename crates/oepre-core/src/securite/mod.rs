//! Keeping the data file safe: backups and their rotation, restore and moving to another PC,
//! the optional passphrase. Functions that replace the file take its path, the caller having
//! closed its [`crate::Db`].

pub mod chiffrement;
pub mod restauration;
pub mod sauvegarde;
pub mod verification;
