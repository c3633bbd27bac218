//! File → Export…: a dialog for format, phases, scale and paper. (The export itself runs on a
//! thread, see `ui::jobs`, with a spinner in the status bar.)

use crate::export::{Format, Pages, Paper};
use crate::i18n::tr;

/// The kinds of export, as offered in the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Svg,
    Png,
    Pdf,
    Csv,
    Markdown,
    Actions,
}

impl Kind {
    const ALL: [Self; 6] = [Self::Svg, Self::Png, Self::Pdf, Self::Csv, Self::Markdown, Self::Actions];

    fn id(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Markdown => "md",
            Self::Actions => "actions",
        }
    }

    /// Whether the export is a drawing (and so can be limited to some phases).
    fn is_drawing(self) -> bool {
        matches!(self, Self::Svg | Self::Png | Self::Pdf)
    }
}

/// The PNG scales offered: (scale, label).
const SCALES: [(f32, &str); 5] =
    [(1.0, "1x"), (2.0, "2x"), (3.0, "3x"), (150.0 / 96.0, "150 dpi"), (300.0 / 96.0, "300 dpi")];

/// What the dialog has chosen; kept between exports in a session.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportSettings {
    pub kind: Kind,
    /// Phases counted from 1; `None` is the whole blueprint.
    pub phases: Option<(usize, usize)>,
    pub scale: f32,
    pub pages: Pages,
    /// Drawings show the interaction band (on when the view shows it).
    pub interaction: bool,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self { kind: Kind::Pdf, phases: None, scale: 2.0, pages: Pages::One, interaction: false }
    }
}

impl ExportSettings {
    /// The format the settings ask for.
    #[must_use]
    pub fn format(&self) -> Format {
        match self.kind {
            Kind::Svg => Format::Svg,
            Kind::Png => Format::Png(self.scale),
            Kind::Pdf => Format::Pdf(self.pages),
            Kind::Csv => Format::Csv,
            Kind::Markdown => Format::Markdown,
            Kind::Actions => Format::ActionsCsv,
        }
    }
}

/// What to export, once the settings are chosen: the format and a range of phases (from 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExportSpec {
    pub format: Format,
    pub phases: Option<(usize, usize)>,
    pub options: crate::export::Options,
}

/// The answer of the settings dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportAnswer {
    /// Go on to choose the file.
    Go,
    Cancel,
}

impl ExportSettings {
    /// What to export: these settings, with the view's emotion curve and notes.
    #[must_use]
    pub fn spec(&self, emotion: bool, notes: bool) -> ExportSpec {
        ExportSpec {
            format: self.format(),
            phases: if self.kind.is_drawing() { self.phases } else { None },
            options: crate::export::Options {
                interaction: self.interaction,
                emotion,
                notes,
                lang: crate::i18n::language(),
            },
        }
    }
}

/// File → Export…: format, phases, scale and paper, changed in place; the answer, once there
/// is one.
#[must_use]
pub fn settings_ui(ctx: &egui::Context, settings: &mut ExportSettings, phase_names: &[String]) -> Option<ExportAnswer> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("export-settings")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(tr("export-heading"));
        ui.add_space(6.0);
        ui.label(egui::RichText::new(tr("export-format")).strong());
        for kind in Kind::ALL {
            ui.radio_value(&mut settings.kind, kind, tr(&format!("export-kind-{}", kind.id())));
        }
        ui.add_space(6.0);
        ui.add_enabled_ui(settings.kind.is_drawing() && !phase_names.is_empty(), |ui| {
            range_ui(ui, settings, phase_names);
        });
        if settings.kind.is_drawing() {
            ui.checkbox(&mut settings.interaction, tr("export-interaction"));
        }
        match settings.kind {
            Kind::Png => scale_ui(ui, settings),
            Kind::Pdf => pages_ui(ui, settings),
            _ => {}
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(tr("export-go")).clicked() {
                answer = Some(ExportAnswer::Go);
            }
            if ui.button(tr("dlg-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                answer = Some(ExportAnswer::Cancel);
            }
        });
    });
    answer
}

fn range_ui(ui: &mut egui::Ui, settings: &mut ExportSettings, names: &[String]) {
    let n = names.len();
    let mut whole = settings.phases.is_none();
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(tr("export-range")).strong());
        ui.radio_value(&mut whole, true, tr("export-all-phases"));
        ui.radio_value(&mut whole, false, tr("export-some-phases"));
    });
    if whole {
        settings.phases = None;
        return;
    }
    let (mut a, mut b) = settings.phases.unwrap_or((1, n.max(1)));
    ui.horizontal(|ui| {
        let label = |i: usize| format!("{i}. {}", names.get(i - 1).map_or("", String::as_str));
        for (key, value) in [("export-from", &mut a), ("export-to", &mut b)] {
            let name = ui.label(tr(key));
            egui::ComboBox::from_id_salt(key)
                .selected_text(label(*value))
                .show_ui(ui, |ui| {
                    for i in 1..=n {
                        ui.selectable_value(value, i, label(i));
                    }
                })
                .response
                .labelled_by(name.id);
        }
    });
    // "From" after "to" moves the other end along.
    if b < a {
        b = a;
    }
    settings.phases = Some((a.clamp(1, n), b.clamp(1, n)));
}

fn scale_ui(ui: &mut egui::Ui, settings: &mut ExportSettings) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(tr("export-scale")).strong());
        for (scale, label) in SCALES {
            ui.radio_value(&mut settings.scale, scale, label);
        }
    });
}

fn pages_ui(ui: &mut egui::Ui, settings: &mut ExportSettings) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(tr("export-pages")).strong());
        ui.radio_value(&mut settings.pages, Pages::One, tr("export-one-page"));
        ui.radio_value(&mut settings.pages, Pages::Tiled(Paper::A4), tr("export-a4"));
        ui.radio_value(&mut settings.pages, Pages::Tiled(Paper::A3), tr("export-a3"));
    });
}
