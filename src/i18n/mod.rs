//! Interface text in English and Dutch, from one Fluent file per language in `assets/i18n/`.
//! `tr("id")` gives a message in the current language; a missing message shows its id, and a
//! test fails when a message exists in one language and not the other.
//!
//! The language belongs to a thread (the window's, the command line's), so that tests running
//! side by side in one process cannot switch each other's language; a thread started for
//! background work takes its starter's language with [`spawn`].

pub mod words;

use crate::templates::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::sync::LazyLock;

/// The English messages.
pub const EN_FTL: &str = include_str!("../../assets/i18n/en.ftl");
/// The Dutch messages.
pub const NL_FTL: &str = include_str!("../../assets/i18n/nl.ftl");

fn bundle(locale: &str, source: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: egui's fonts have no glyph for them.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    // Duplicate ids keep the first; the test on the files catches them.
    let _ = bundle.add_resource(resource);
    bundle
}

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| [bundle("en", EN_FTL), bundle("nl", NL_FTL)]);

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Switches the interface language of this thread (at once).
pub fn set_language(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The interface language of this thread.
#[must_use]
pub fn language() -> Lang {
    CURRENT.with(Cell::get)
}

/// Starts a thread that speaks the language of the thread that starts it.
pub fn spawn<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> std::thread::JoinHandle<T> {
    let lang = language();
    std::thread::spawn(move || {
        set_language(lang);
        work()
    })
}

/// The language of the system: Dutch when the system locale is Dutch, otherwise English.
#[must_use]
pub fn system_language() -> Lang {
    let locale = sys_locale::get_locale().unwrap_or_default().to_lowercase();
    if locale.starts_with("nl") { Lang::Nl } else { Lang::En }
}

fn format(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    format_in(language(), id, args)
}

fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let bundle = &BUNDLES[usize::from(lang == Lang::Nl)];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// A message in the current language.
#[must_use]
pub fn tr(id: &str) -> String {
    format(id, None)
}

/// A message with arguments, e.g. `tr_args("saved", &[("path", path.into())])`.
#[must_use]
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    format(id, Some(&fa))
}

/// A message in a given language (exports and reports made in another language than the
/// window's).
#[must_use]
pub fn tr_in(lang: Lang, id: &str) -> String {
    format_in(lang, id, None)
}

/// A message with arguments in a given language.
#[must_use]
pub fn tr_args_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    format_in(lang, id, Some(&fa))
}

/// The message ids of a Fluent file, in order (for the tests that compare languages).
#[must_use]
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}
