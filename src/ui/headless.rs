//! The real canvas drawn without a window: for benchmarks and the `frame_cost` example.

use super::canvas::canvas_ui;
use super::state::EditorState;
use crate::document::Document;
use crate::style::Palette;

/// A canvas in an egui context of a fixed size, drawn frame by frame.
pub struct HeadlessCanvas {
    pub ctx: egui::Context,
    pub doc: Document,
    pub editor: EditorState,
    palette: Palette,
    size: egui::Vec2,
}

/// Where the view is when measuring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// 100 % zoom, the top-left of the blueprint.
    TopLeft,
    /// The whole blueprint fitted to the screen.
    Fit,
}

impl HeadlessCanvas {
    #[must_use]
    pub fn new(doc: Document, width: f32, height: f32) -> Self {
        let ctx = egui::Context::default();
        ctx.set_theme(egui::Theme::Light);
        Self { ctx, doc, editor: EditorState::default(), palette: Palette::light(), size: egui::vec2(width, height) }
    }

    /// Places the view.
    pub fn frame_at(&mut self, framing: Framing) {
        let bounds = self.doc.layout().bounds();
        self.editor.view.size = self.size;
        match framing {
            Framing::TopLeft => self.editor.view.show_top_left(bounds, 1.0),
            Framing::Fit => {
                self.editor.view.fit_pending = true;
                self.editor.view.fit_whole = true;
            }
        }
    }

    /// Runs one frame: egui layout of the canvas and tessellation. Returns the number of
    /// triangles' vertices produced (so that the work cannot be optimised away).
    pub fn frame(&mut self) -> usize {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, self.size)),
            ..Default::default()
        };
        let (doc, editor, palette) = (&mut self.doc, &mut self.editor, &self.palette);
        let output = self.ctx.run_ui(input, |ui| {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let (bp, layout) = doc.parts();
                canvas_ui(ui, bp, layout, editor, palette, super::overlays::Overlays::default());
            });
        });
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }
}
