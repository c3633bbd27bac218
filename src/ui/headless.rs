//! The real canvas drawn without a window: for benchmarks and the `frame_cost` example.

use crate::document::Document;
use crate::style::Palette;
use crate::ui::canvas::canvas_ui;
use crate::ui::state::EditorState;

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
                let drawing = doc.drawing(crate::i18n::language());
                let (bp, layout) = doc.parts();
                canvas_ui(ui, bp, layout, &drawing, editor, palette, crate::ui::canvas::overlays::Overlays::default());
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

    /// Runs one frame and returns every text the canvas painted, in paint order.
    pub fn painted_texts(&mut self) -> Vec<String> {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, self.size)),
            ..Default::default()
        };
        let (doc, editor, palette) = (&mut self.doc, &mut self.editor, &self.palette);
        let mut output = self.ctx.run_ui(input, |ui| {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let drawing = doc.drawing(crate::i18n::language());
                let (bp, layout) = doc.parts();
                canvas_ui(ui, bp, layout, &drawing, editor, palette, crate::ui::canvas::overlays::Overlays::default());
            });
        });
        // No renderer takes the font atlas here.
        output.textures_delta.clear();
        let mut texts = Vec::new();
        for clipped in output.shapes {
            collect(&clipped.shape, &mut texts);
        }
        texts
    }
}

fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
    match shape {
        egui::Shape::Text(t) => out.push(t.galley.text().to_owned()),
        egui::Shape::Vec(v) => v.iter().for_each(|s| collect(s, out)),
        _ => {}
    }
}
