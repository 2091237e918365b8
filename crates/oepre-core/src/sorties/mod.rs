//! What leaves the app: document requests ([`sortie`]), the PDF documents, flyers and their
//! review, the annual bilan, the académie merge, the About page's data. Reads the domain; the
//! domain never reads it.

pub mod a_propos;
pub mod bilan;
pub mod consolidation;
pub mod documents;
pub mod flyer;
pub mod relecture;
pub mod sortie;
