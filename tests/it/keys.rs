//! The keys of one context (canvas, title, note): no two alike, none taken by a command, all
//! described in both languages.

use sightline::ui::command::Command;
use sightline::ui::keys::{Binding, Context};

#[test]
fn keys_of_one_context_are_distinct() {
    for a in Binding::ALL {
        for b in Binding::ALL {
            if a != b && a.context() == b.context() {
                assert_ne!(a.shortcut(), b.shortcut(), "{a:?} and {b:?} share a key");
            }
        }
    }
}

#[test]
fn no_context_key_is_also_a_command_shortcut() {
    for b in Binding::ALL {
        for c in Command::ALL {
            // While typing, only the commands that work while typing compete for keys.
            if b.context() != Context::Canvas && !c.works_while_typing() {
                continue;
            }
            let mut keys: Vec<_> = c.alternatives().to_vec();
            keys.extend(c.shortcut());
            assert!(!keys.contains(&b.shortcut()), "{b:?} clashes with the command {c:?}");
        }
    }
}

#[test]
fn every_key_is_described_in_both_languages() {
    for lang in ["en", "nl"] {
        let text = match lang {
            "en" => include_str!("../../assets/i18n/en.ftl"),
            _ => include_str!("../../assets/i18n/nl.ftl"),
        };
        for b in Binding::ALL {
            assert!(text.lines().any(|l| l.starts_with(&format!("{} =", b.id()))), "{} missing in {lang}", b.id());
        }
    }
}
