//! Interface text in English and Dutch, from one Fluent file per language in `assets/i18n/`.
//! `tr("id")` gives a message in the current language; a missing message shows its id, and a
//! test fails when a message exists in one language and not the other.

use crate::templates::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// The English messages.
pub const EN_FTL: &str = include_str!("../assets/i18n/en.ftl");
/// The Dutch messages.
pub const NL_FTL: &str = include_str!("../assets/i18n/nl.ftl");

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

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Switches the interface language (at once, for the whole program).
pub fn set_language(lang: Lang) {
    CURRENT.store(u8::from(lang == Lang::Nl), Ordering::Relaxed);
}

/// The interface language.
#[must_use]
pub fn language() -> Lang {
    if CURRENT.load(Ordering::Relaxed) == 1 { Lang::Nl } else { Lang::En }
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
