//! Errors.

/// What can go wrong while building a PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The image could not be decoded.
    #[error("invalid image: {0}")]
    Image(String),
    /// A font could not be subset or re-read after subsetting.
    #[error("could not subset font {font}: {reason}")]
    Subset {
        /// Font file name.
        font: String,
        /// Why.
        reason: String,
    },
    /// The PDF could not be written.
    #[error("could not write the PDF: {0}")]
    Write(String),
    /// A page index past the end of the document.
    #[error("no page with index {0}")]
    NoSuchPage(usize),
}
