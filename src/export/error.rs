//! Why an export could not be made, in words a user can act on.

use thiserror::Error;

/// An export that could not be made. Nothing was written.
#[derive(Debug, Error)]
pub enum ExportError {
    /// `--phases` or the dialog asked for phases the blueprint does not have.
    #[error("the phases go from 1 to {count}; ask for a range such as 1..{count}")]
    Phases { count: usize },
    #[error("the scale must be more than 0 (got {0})")]
    Scale(f32),
    #[error("the picture would be empty")]
    Empty,
    /// A PNG larger than can be drawn; `fits` is the largest scale that would.
    #[error(
        "the picture would be {width}×{height} pixels, more than 16,384 a side or 50 million in all; choose {} or fewer phases",
        if *fits >= 0.01 { format!("a smaller scale (at most {fits})") } else { "a smaller scale".to_owned() }
    )]
    TooLarge { width: u32, height: u32, fits: f32 },
    /// The drawing could not be read back by the renderer (a bug, not the user's doing).
    #[error("the drawing could not be read back: {0}")]
    Drawing(String),
    #[error("the PNG could not be made: {0}")]
    Png(String),
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
    #[error("the table could not be made: {0}")]
    Csv(#[from] csv::Error),
}
