//! PNG (and, through `pdf.rs`, PDF), rendered from the same SVG (resvg and svg2pdf share one usvg). Text uses the
//! font the app bundles (Ubuntu, from egui: Latin with accents, Greek, Cyrillic), then the
//! system's fonts for other scripts.

use super::ExportError;
use resvg::{tiny_skia, usvg};

/// The largest picture rendered, in pixels per side.
const MAX_PIXELS: u32 = 16_384;
/// The largest picture rendered, in pixels in all: 50 million (200 MB while it is drawn).
const MAX_AREA: u64 = 50_000_000;

fn options() -> usvg::Options<'static> {
    let mut opt = usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    db.load_system_fonts();
    db.set_sans_serif_family("Ubuntu");
    opt
}

pub(super) fn tree(svg: &str) -> Result<usvg::Tree, ExportError> {
    usvg::Tree::from_str(svg, &options()).map_err(|e| ExportError::Drawing(e.to_string()))
}

/// The SVG as a PNG, `scale` times its size (1 unit = 1 pixel at scale 1).
pub fn to_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(ExportError::Scale(scale));
    }
    let tree = tree(svg)?;
    let full = tree.size();
    let size = full.to_int_size().scale_by(scale).ok_or(ExportError::Empty)?;
    if size.width() > MAX_PIXELS
        || size.height() > MAX_PIXELS
        || u64::from(size.width()) * u64::from(size.height()) > MAX_AREA
    {
        // The largest scale that fits, rounded down to a hundredth.
        let (w, h) = (full.width(), full.height());
        let fits = (MAX_PIXELS as f32 / w).min(MAX_PIXELS as f32 / h).min((MAX_AREA as f32 / (w * h)).sqrt());
        let fits = (fits * 100.0).floor() / 100.0;
        return Err(ExportError::TooLarge { width: size.width(), height: size.height(), fits });
    }
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(ExportError::Empty)?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| ExportError::Png(e.to_string()))
}
