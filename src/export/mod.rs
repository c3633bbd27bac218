//! Exports for people without Sightline: SVG (from the same layout as the canvas), CSV and a
//! Markdown report.

mod error;
mod fold;
mod pdf;
mod raster;
mod svg;
mod table;

pub use error::ExportError;
pub use fold::{GAP_WIDTH, MIN_RUN};
pub use pdf::{MAX_PAGE_PT, Pages, Paper, page_svgs, svg_to_pdf, tiled_pdf, tiles};
pub use raster::to_png;
pub use svg::{RIGHT_MARGIN, size, to_svg, write as write_svg, xml_escape};
pub use table::{guard, to_csv, to_markdown, to_markdown_in, unguard};

use crate::layout::{Layout, Metrics};
use crate::model::Blueprint;

/// The formats an export can have.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Format {
    Svg,
    /// A picture, at a scale (1 = one pixel a canvas unit).
    Png(f32),
    /// A PDF: one page, or tiled over paper.
    Pdf(Pages),
    Csv,
    Markdown,
    /// The actions alone, as CSV.
    ActionsCsv,
}

impl Format {
    /// The file name extension, with its dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => ".svg",
            Self::Png(_) => ".png",
            Self::Pdf(_) => ".pdf",
            Self::Csv => ".csv",
            Self::Markdown => ".md",
            Self::ActionsCsv => ".actions.csv",
        }
    }
}

/// The columns of phases `first..=last` (1-based, as people count them).
pub fn phase_columns(bp: &Blueprint, first: usize, last: usize) -> Result<std::ops::Range<u32>, ExportError> {
    let n = bp.phases().len();
    if first == 0 || last < first || last > n {
        return Err(ExportError::Phases { count: n });
    }
    let end = bp.column_count();
    Ok(bp.phase_span(first - 1, end).start..bp.phase_span(last - 1, end).end)
}

/// What a drawing shows besides the blueprint itself, and in which language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The interaction band: questions and messages per column, with the checks.
    pub interaction: bool,
    /// The emotion curve above the customer lane (when any step has an emotion).
    pub emotion: bool,
    /// The notes view: every step's notes as sticky notes under its card.
    pub notes: bool,
    /// The language of every word the drawing adds (line names, legend, title block).
    pub lang: crate::templates::Lang,
}

impl Options {
    /// The layout's sizes for these options.
    #[must_use]
    pub fn metrics(self, bp: &Blueprint) -> Metrics {
        let mut m = Metrics::default();
        if self.interaction {
            m.interaction_band = crate::layout::BAND_HEIGHT;
        }
        if self.emotion && bp.steps().any(|s| s.measures.emotion.is_some()) {
            m.emotion_band = 96.0;
        }
        m.notes = self.notes;
        m
    }

    /// The drawing's options for these.
    #[must_use]
    pub fn draw(self) -> crate::draw::Options {
        crate::draw::Options { lang: self.lang, ..crate::draw::Options::default() }
    }
}

/// A PNG scale of 0 means: as large as makes the picture at least [`PNG_WIDTH`] pixels wide
/// (and never smaller than the drawing itself).
pub const AUTO_SCALE: f32 = 0.0;
/// The width a PNG gets by default, in pixels.
pub const PNG_WIDTH: f32 = 2000.0;

/// Exports a blueprint; `columns` limits drawings to a range of columns.
pub fn export(bp: &Blueprint, format: Format, columns: Option<&std::ops::Range<u32>>) -> Result<Vec<u8>, ExportError> {
    export_with(bp, format, columns, Options::default())
}

/// Exports a blueprint with `options` for drawings.
pub fn export_with(
    bp: &Blueprint,
    format: Format,
    columns: Option<&std::ops::Range<u32>>,
    options: Options,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Pdf(Pages::Tiled(paper)) => {
            let layout = Layout::compute(bp, options.metrics(bp));
            let all = 0..layout.columns;
            tiled_pdf(bp, &layout, columns.unwrap_or(&all), paper, &options)
        }
        Format::Svg | Format::Png(_) | Format::Pdf(Pages::One) => {
            let layout = Layout::compute(bp, options.metrics(bp));
            let svg = to_svg(bp, &layout, columns, &options, None);
            match format {
                Format::Png(scale) if scale <= AUTO_SCALE => {
                    let (w, _) = size(bp, &layout, columns, &options);
                    to_png(&svg, (PNG_WIDTH / w.max(1.0)).max(1.0))
                }
                Format::Png(scale) => to_png(&svg, scale),
                Format::Pdf(_) => svg_to_pdf(&svg),
                _ => Ok(svg.into_bytes()),
            }
        }
        Format::Csv => Ok(to_csv(bp)?),
        Format::Markdown => Ok(to_markdown_in(bp, options.lang).into_bytes()),
        Format::ActionsCsv => Ok(crate::analysis::actions::to_csv(bp)?),
    }
}
