//! File → Export…: a dialog for format, phases, scale and paper; the export runs on a thread
//! (a large PNG or PDF takes seconds) with a spinner in the status bar, and the result can be
//! opened or shown in its folder.

use crate::export::{Format, Pages, Paper};
use crate::i18n::{tr, tr_args};
use crate::ui::app::{Dialog, SightlineApp};
use crate::ui::dialogs::files::{FileDialog, Purpose};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// The kinds of export, as offered in the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Svg,
    Png,
    Pdf,
    Csv,
    Markdown,
}

impl Kind {
    const ALL: [Self; 5] = [Self::Svg, Self::Png, Self::Pdf, Self::Csv, Self::Markdown];

    fn id(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Markdown => "md",
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

/// An export running on a thread.
pub struct ExportJob {
    pub path: PathBuf,
    rx: Receiver<Result<(), String>>,
}

/// Opens a file with the system's program for it, or shows it in its folder.
fn open_with_system(path: &Path, reveal: bool) -> std::io::Result<()> {
    use std::process::Command;
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut cmd = if cfg!(target_os = "windows") {
        let mut c = Command::new("explorer");
        if reveal {
            c.arg(format!("/select,{}", path.display()));
        } else {
            c.arg(path);
        }
        c
    } else if cfg!(target_os = "macos") {
        let mut c = Command::new("open");
        if reveal {
            c.arg("-R");
        }
        c.arg(path);
        c
    } else {
        let mut c = Command::new("xdg-open");
        c.arg(if reveal { folder } else { path });
        c
    };
    cmd.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    cmd.spawn().map(drop)
}

impl SightlineApp {
    /// File → Export…: the settings dialog.
    pub(crate) fn export_dialog(&mut self) {
        if self.doc.is_some() {
            let mut settings = self.export_settings.clone();
            settings.interaction = self.prefs.show_interaction;
            self.dialog = Some(Dialog::Export(settings));
        }
    }

    /// Shows the export settings; "Export…" goes on to the file dialog.
    pub(crate) fn export_settings_ui(&mut self, ctx: &egui::Context, mut settings: ExportSettings) {
        let Some(doc) = &self.doc else { return };
        let phase_names: Vec<String> = doc.blueprint().phases().iter().map(|p| p.name.clone()).collect();
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
                range_ui(ui, &mut settings, &phase_names);
            });
            if settings.kind.is_drawing() {
                ui.checkbox(&mut settings.interaction, tr("export-interaction"));
            }
            match settings.kind {
                Kind::Png => scale_ui(ui, &mut settings),
                Kind::Pdf => pages_ui(ui, &mut settings),
                _ => {}
            }
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(tr("export-go")).clicked() {
                    answer = Some(true);
                }
                if ui.button(tr("dlg-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(false);
                }
            });
        });
        self.export_settings = settings.clone();
        match answer {
            None => self.dialog = Some(Dialog::Export(settings)),
            Some(false) => {}
            Some(true) => {
                let spec = ExportSpec {
                    format: settings.format(),
                    phases: if settings.kind.is_drawing() { settings.phases } else { None },
                    options: crate::export::Options {
                        interaction: settings.interaction,
                        emotion: self.prefs.show_emotion,
                        notes: self.prefs.show_notes,
                        lang: crate::i18n::language(),
                    },
                };
                let title = doc.blueprint().title.replace(['/', '\\', ':'], "-");
                let name = format!("{title}{}", spec.format.extension());
                self.dialog = Some(Dialog::File(FileDialog::new(Purpose::Export(spec), self.default_dir(), name)));
            }
        }
    }

    /// Starts writing the export to `path` on a thread (atomically); the status bar shows it.
    pub(crate) fn export_to(&mut self, spec: ExportSpec, path: &Path) {
        let Some(doc) = &self.doc else { return };
        let bp = doc.blueprint().clone();
        let source = doc.path.clone();
        let (tx, rx) = channel();
        let target = path.to_path_buf();
        crate::i18n::spawn(move || {
            // Never write an export over the blueprint itself.
            let inputs: Vec<&Path> = source.iter().map(PathBuf::as_path).collect();
            let result = (|| -> Result<(), String> {
                crate::io::check_output(&target, &inputs).map_err(|e| crate::ui::text::file_error(&e))?;
                let columns = spec
                    .phases
                    .map(|(a, b)| crate::export::phase_columns(&bp, a, b))
                    .transpose()
                    .map_err(|e| e.to_string())?;
                let bytes = crate::export::export_with(&bp, spec.format, columns.as_ref(), spec.options)
                    .map_err(|e| e.to_string())?;
                crate::io::write_atomic(&target, &bytes).map_err(|e| crate::ui::text::file_error(&e))
            })();
            let _ = tx.send(result);
        });
        self.status = tr_args("msg-exporting", &[("path", path.display().to_string().into())]);
        self.exported = None;
        self.export_job = Some(ExportJob { path: path.to_path_buf(), rx });
    }

    /// Picks up a finished export.
    pub(crate) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.export_job else { return };
        match job.rx.try_recv() {
            Ok(result) => {
                let path = job.path.clone();
                self.export_job = None;
                match result {
                    Ok(()) => {
                        self.status = tr_args("msg-exported", &[("path", path.display().to_string().into())]);
                        self.exported = Some(path);
                    }
                    Err(e) => {
                        self.status.clear();
                        self.error = Some(tr_args(
                            "msg-export-failed",
                            &[("path", path.display().to_string().into()), ("reason", e.into())],
                        ));
                    }
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.export_job = None;
                self.error = Some(tr("msg-export-stopped"));
            }
        }
    }

    /// The status bar's part: a spinner while exporting, then Open and Show in folder.
    pub(crate) fn export_status_ui(&mut self, ui: &mut egui::Ui) {
        if self.export_job.is_some() {
            ui.spinner();
        }
        let Some(path) = self.exported.clone() else { return };
        for (key, reveal) in [("export-open", false), ("export-reveal", true)] {
            if ui.small_button(tr(key)).clicked()
                && let Err(e) = open_with_system(&path, reveal)
            {
                self.error = Some(tr_args("msg-open-failed", &[("reason", e.to_string().into())]));
            }
        }
    }
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
