//! Why an export could not be made, in words a user can act on (in the interface language).

use crate::i18n::{tr, tr_args};
use std::fmt;

/// An export that could not be made. Nothing was written.
#[derive(Debug)]
pub enum ExportError {
    /// `--phases` or the dialog asked for phases the blueprint does not have.
    Phases {
        count: usize,
    },
    Scale(f32),
    Empty,
    /// A PNG larger than can be drawn; `fits` is the largest scale that would.
    TooLarge {
        width: u32,
        height: u32,
        fits: f32,
    },
    /// The drawing could not be read back by the renderer (a bug, not the user's doing).
    Drawing(String),
    Png(String),
    Pdf(String),
    Csv(csv::Error),
}

impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> Self {
        Self::Csv(e)
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let detail = |id: &str, d: &str| tr_args(id, &[("detail", d.to_owned().into())]);
        let text = match self {
            Self::Phases { count } => tr_args("export-err-phases", &[("count", (*count).into())]),
            Self::Scale(s) => tr_args("export-err-scale", &[("scale", s.to_string().into())]),
            Self::Empty => tr("export-err-empty"),
            Self::TooLarge { width, height, fits } => {
                let size = [("width", width.to_string().into()), ("height", height.to_string().into())];
                if *fits >= 0.01 {
                    let [w, h] = size;
                    tr_args("export-err-too-large-fits", &[w, h, ("fits", fits.to_string().into())])
                } else {
                    tr_args("export-err-too-large", &size)
                }
            }
            Self::Drawing(d) => detail("export-err-drawing", d),
            Self::Png(d) => detail("export-err-png", d),
            Self::Pdf(d) => detail("export-err-pdf", d),
            Self::Csv(e) => detail("export-err-csv", &e.to_string()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Csv(e) => Some(e),
            _ => None,
        }
    }
}
