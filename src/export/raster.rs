//! PNG (and, through `pdf.rs`, PDF), rendered from the same SVG (resvg and svg2pdf share one usvg). Text uses the
//! font the app bundles (Ubuntu, from egui: Latin with accents, Greek, Cyrillic), then the
//! system's fonts for other scripts.

use resvg::{tiny_skia, usvg};

/// The largest picture rendered, in pixels per side.
const MAX_PIXELS: u32 = 16_384;

fn options() -> usvg::Options<'static> {
    let mut opt = usvg::Options::default();
    let db = opt.fontdb_mut();
    db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    db.load_system_fonts();
    db.set_sans_serif_family("Ubuntu");
    opt
}

pub(super) fn tree(svg: &str) -> Result<usvg::Tree, String> {
    usvg::Tree::from_str(svg, &options()).map_err(|e| format!("the drawing could not be read back: {e}"))
}

/// The SVG as a PNG, `scale` times its size (1 unit = 1 pixel at scale 1).
pub fn to_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(format!("the scale must be more than 0 (got {scale})"));
    }
    let tree = tree(svg)?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or("the picture would be empty")?;
    if size.width() > MAX_PIXELS || size.height() > MAX_PIXELS {
        return Err(format!(
            "the picture would be {}×{} pixels; choose a smaller scale or fewer phases (at most {MAX_PIXELS} a side)",
            size.width(),
            size.height()
        ));
    }
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the picture would be empty")?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}
