//! PDF from the same SVG as every other drawing: one page the size of the drawing, or A4 or A3
//! landscape pages for printing. On paper the drawing is scaled to fill the page, and cut into
//! pages between columns only when one page would make its small text smaller than 6 pt; every
//! page has the title block, the lane names, the legend and "page n of m".

use super::fold::{Fold, GAP_WIDTH};
use super::raster::tree;
use super::svg::size;
use super::{ExportError, Options};
use crate::layout::Layout;
use crate::model::Blueprint;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref};
use std::collections::HashMap;
use std::ops::Range;

/// How a PDF is laid out on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pages {
    /// One page the size of the drawing.
    One,
    /// Landscape pages of a paper size; the drawing is cut between columns.
    Tiled(Paper),
}

/// A paper size, landscape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    A3,
}

impl Paper {
    /// Width and height in points (1/72 inch), landscape.
    #[must_use]
    pub fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (841.89, 595.28),
            Self::A3 => (1190.55, 841.89),
        }
    }
}

/// The white border around a tiled page, in points (about 10 mm).
const MARGIN: f32 = 28.0;

/// The longest side of a PDF page, in points (200 inches): Acrobat and other readers refuse to
/// open a larger page.
pub const MAX_PAGE_PT: f32 = 14_400.0;

/// The one-page PDF of an SVG, the size of the drawing, or scaled down to fit within
/// [`MAX_PAGE_PT`] when the drawing is larger.
pub fn svg_to_pdf(svg: &str) -> Result<Vec<u8>, ExportError> {
    let tree = tree(svg)?;
    let longest = tree.size().width().max(tree.size().height());
    // svg2pdf makes one SVG pixel 72/dpi points: a higher dpi makes the page smaller.
    let dpi = 72.0 * (longest / MAX_PAGE_PT).max(1.0);
    svg2pdf::to_pdf(&tree, svg2pdf::ConversionOptions::default(), svg2pdf::PageOptions { dpi })
        .map_err(|e| ExportError::Pdf(e.to_string()))
}

/// The smallest type on paper, in points, before the drawing is cut into pages.
pub const MIN_TEXT_PT: f32 = 6.0;
/// A drawing is enlarged at most this much to fill a page.
const MAX_ENLARGE: f32 = 2.0;

/// How the columns `cols` are cut into pages, and the scale they are drawn at. The drawing is
/// scaled to fill a page; when that would make the small text smaller than [`MIN_TEXT_PT`], it
/// is drawn at that size instead and each page takes as many whole columns (and folded gaps of
/// empty columns) as fit, cut at the end of a phase or after a gap where one ends in the second
/// last quarter of the page. Empty columns cost no pages.
#[must_use]
pub fn tiles(bp: &Blueprint, layout: &Layout, cols: &Range<u32>, paper: Paper, o: &Options) -> (f32, Vec<Range<u32>>) {
    let (page_w, page_h) = paper.size();
    let (room_w, room_h) = (page_w - 2.0 * MARGIN, page_h - 2.0 * MARGIN);
    let (width, height) = size(bp, layout, Some(cols), o);
    let m = &layout.metrics;
    let legible = MIN_TEXT_PT / m.small_size;
    let fit = (room_w / width).min(room_h / height).min(MAX_ENLARGE);
    if fit >= legible {
        return (fit, vec![cols.clone()]);
    }
    let scale = legible.min(room_h / height);
    let w = m.column_width;
    let room = room_w / scale - m.lane_header_width;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small non-negative count")]
    let per_page = ((room / w).floor().max(1.0)) as u32;
    // A page ends early at a phase end only when it is then at least three quarters full.
    let half = (per_page as f32 * 0.75).ceil() * w;
    let fold = Fold::new(layout, cols);
    let end = bp.column_count();
    // Where a page may end early: the end of a phase, or just after a gap.
    let mut cuts: Vec<u32> = (0..bp.phases().len()).map(|i| bp.phase_span(i, end).end).collect();
    cuts.extend(fold.gaps().iter().map(|g| g.columns.end));
    cuts.sort_unstable();
    cuts.dedup();
    let greedy = |room: f32| {
        let mut pages = Vec::new();
        let mut start = cols.start;
        while start < cols.end {
            // Whole columns and gaps while they fit, and at least one.
            let (mut stop, mut used) = (start, 0.0);
            while stop < cols.end {
                let (next, width) = fold.gap_at(stop).map_or((stop + 1, w), |g| (g.columns.end, GAP_WIDTH));
                if stop > start && used + width > room {
                    break;
                }
                (stop, used) = (next, used + width);
            }
            // The last place to cut before `stop`, if the page is then still three quarters full
            // (the folded width grows with the column, so no earlier place would be).
            let before = cuts.partition_point(|&e| e < stop);
            if stop < cols.end
                && let Some(&e) = before.checked_sub(1).and_then(|i| cuts.get(i))
                && e > start
                && fold.width(start, e) >= half
            {
                stop = e;
            }
            pages.push(start..stop);
            start = stop;
        }
        pages
    };
    let mut pages = greedy(room);
    // The same number of pages, filled evenly: no last page with one column on it.
    if pages.len() > 1 {
        let total = fold.width(cols.start, cols.end);
        // Whole columns per page, as many on each as the pages need between them.
        let per = (total / (pages.len() as f32 * w)).ceil() * w;
        let even = greedy((per + 1.0).min(room));
        if even.len() == pages.len() {
            pages = even;
        }
    }
    (scale, pages)
}

/// One page of a PDF: its drawing, the drawing's size in canvas units and its scale on paper.
pub struct Page {
    pub svg: String,
    pub size: (f32, f32),
    pub scale: f32,
}

/// The drawing of each page: the page's columns with the title block ("page n of m" when there
/// are several), the lane names and the legend.
#[must_use]
pub fn page_svgs(bp: &Blueprint, layout: &Layout, cols: &Range<u32>, paper: Paper, o: &Options) -> Vec<Page> {
    let (scale, pages) = tiles(bp, layout, cols, paper, o);
    let (page_w, page_h) = paper.size();
    let n = pages.len();
    let drawing = crate::draw::build(bp, layout, &o.draw());
    pages
        .iter()
        .enumerate()
        .map(|(i, range)| {
            let label = (n > 1).then_some((i + 1, n));
            let svg = super::svg::write(bp, layout, &drawing, Some(range), o, label);
            let (w, h) = size(bp, layout, Some(range), o);
            // Each page filled: as large as fits its paper (never smaller than legible, since
            // the page was cut to fit at that size; never more than twice its size).
            let fit = ((page_w - 2.0 * MARGIN) / w).min((page_h - 2.0 * MARGIN) / h);
            let scale = if n > 1 { fit.min(MAX_ENLARGE).max(scale.min(fit)) } else { scale.min(fit) };
            Page { svg, size: (w, h), scale }
        })
        .collect()
}

/// The blueprint (or the columns `cols`) as a PDF tiled over landscape pages of `paper`.
pub fn tiled_pdf(
    bp: &Blueprint,
    layout: &Layout,
    cols: &Range<u32>,
    paper: Paper,
    o: &Options,
) -> Result<Vec<u8>, ExportError> {
    let pages = page_svgs(bp, layout, cols, paper, o);
    let (page_w, page_h) = paper.size();
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree_id = alloc.bump();
    let page_ids: Vec<Ref> = pages.iter().map(|_| alloc.bump()).collect();
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree_id);
    pdf.document_info(alloc.bump()).title(pdf_writer::TextStr(&bp.title));
    pdf.pages(tree_id).kids(page_ids.iter().copied()).count(i32::try_from(pages.len()).unwrap_or(i32::MAX));
    for (Page { svg, size: (w, h), scale }, &page_id) in pages.iter().zip(&page_ids) {
        let (chunk, svg_id) = svg2pdf::to_chunk(&tree(svg)?, svg2pdf::ConversionOptions::default())
            .map_err(|e| ExportError::Pdf(e.to_string()))?;
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let svg_id = map.get(&svg_id).copied().ok_or_else(|| ExportError::Pdf("a drawing went missing".to_owned()))?;
        let content_id = alloc.bump();
        let name = Name(b"S1");
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, page_w, page_h));
        page.parent(tree_id);
        page.contents(content_id);
        page.resources().x_objects().pair(name, svg_id);
        page.finish();
        let mut content = Content::new();
        let (dw, dh) = (w * scale, h * scale);
        content.transform([dw, 0.0, 0.0, dh, MARGIN, page_h - MARGIN - dh]).x_object(name);
        pdf.stream(content_id, &content.finish());
        pdf.extend(&chunk);
    }
    Ok(pdf.finish())
}
