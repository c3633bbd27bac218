//! `sightline serve FILE [--host ADDR] [--port N] [--votes N]`: the participant server without a
//! window. Prints exactly one line on standard output, `participants: URL`; what participants
//! send goes into the file's inbox (votes count at once), saved atomically within a second;
//! stops cleanly on Ctrl+C (SIGINT) or SIGTERM, saving first.

use crate::document::Document;
use crate::edit::inbox::{Arrival, arrival_edit};
use crate::i18n::{tr, tr_args};
use crate::serve::{Config, Server};
use std::net::IpAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// How often the loop looks for arrivals (saving follows within this time).
const TICK: Duration = Duration::from_millis(200);

/// `--host`: an address, or `localhost`.
pub(super) fn host(text: &str) -> Result<IpAddr, String> {
    if text.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    }
    text.parse().map_err(|_| tr_args("serve-bad-host", &[("host", text.to_owned().into())]))
}

/// Whether what arrives can be saved: the file and its folder are writable. Said in words when
/// not (before anyone joins, rather than losing their notes).
fn writable(file: &Path) -> bool {
    let folder = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let read_only = std::fs::metadata(crate::io::resolve_links(file)).is_ok_and(|m| m.permissions().readonly());
    if read_only || tempfile::NamedTempFile::new_in(&folder).is_err() {
        eprintln!("{}", tr_args("serve-cannot-save", &[("file", file.display().to_string().into())]));
        return false;
    }
    true
}

/// Runs until a signal; false when it could not start or save.
pub fn run(file: &Path, host: IpAddr, port: u16, votes: u32) -> bool {
    let mut doc = match Document::open(file) {
        Ok(d) => d,
        Err(e) => {
            super::report_error(&e);
            return false;
        }
    };
    if !writable(file) {
        return false;
    }
    let config = Config { host, port, votes };
    let mut server = match Server::start(&config, doc.blueprint(), Arc::new(|| {})) {
        Ok(s) => s,
        Err(e) => {
            let reason = crate::i18n::words::io_reason(&e);
            let place = format!("{host}:{port}");
            eprintln!("{}", tr_args("serve-no-port", &[("address", place.into()), ("reason", reason.into())]));
            return false;
        }
    };
    let addresses = server.addresses();
    // The one line on standard output; if nobody can read it, nobody can join.
    let line = format!("participants: {}\n", server.url(addresses[0]));
    if std::io::Write::write_all(&mut std::io::stdout().lock(), line.as_bytes())
        .and_then(|()| std::io::Write::flush(&mut std::io::stdout()))
        .is_err()
    {
        eprintln!("{}", tr("serve-no-stdout"));
        return false;
    }
    for ip in addresses.iter().skip(1) {
        eprintln!("{}", tr_args("serve-also", &[("url", server.url(*ip).into())]));
    }
    eprintln!("{}", tr_args("serve-running", &[("file", file.display().to_string().into())]));
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", crate::i18n::words::io_reason(&e));
            return false;
        }
    };
    let mut since_save: Vec<Arrival> = Vec::new();
    let mut said = String::new();
    runtime.block_on(async {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        loop {
            let terminated = async {
                match term.as_mut() {
                    Some(t) => {
                        t.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => break,
                () = terminated => break,
                () = tokio::time::sleep(TICK) => {
                    tick(&mut doc, &mut server, file, &mut since_save, &mut said);
                }
            }
        }
    });
    // What arrived in the last moment, then the file.
    tick(&mut doc, &mut server, file, &mut since_save, &mut said);
    server.stop();
    // Everything saved, or what the file could not take goes elsewhere: nothing sent is lost.
    let ok = since_save.is_empty();
    if !ok {
        let name = file.file_name().map_or_else(|| "blueprint".into(), |n| n.to_string_lossy().into_owned());
        let stamp = crate::analysis::timestamp_now().replace(':', "-");
        let copy = std::env::temp_dir().join(format!("{name}.unsaved-{stamp}.blueprint.json"));
        match crate::io::save_file(&copy, doc.blueprint()) {
            Ok(()) => eprintln!("{}", tr_args("serve-saved-elsewhere", &[("file", copy.display().to_string().into())])),
            Err(e) => eprintln!("{}", crate::i18n::words::file_error(&e)),
        }
    }
    eprintln!("{}", tr("serve-stopped"));
    ok
}

/// Takes in what arrived and saves when something did. False when saving failed (the entries
/// stay in memory and saving is tried again next time; the reason is said once, not every tick).
fn tick(doc: &mut Document, server: &mut Server, file: &Path, since_save: &mut Vec<Arrival>, said: &mut String) {
    for arrival in server.arrivals() {
        if let Some(edit) = arrival_edit(doc.blueprint(), arrival.clone(), true)
            && doc.apply_aside(edit).is_ok()
        {
            since_save.push(arrival);
        }
    }
    if since_save.is_empty() {
        server.publish(doc.blueprint(), doc.state());
        return;
    }
    // Someone else saved the file meanwhile (the editor): take theirs and add what arrived
    // since our last save, rather than write over their work.
    if doc.changed_on_disk()
        && let Ok(mut theirs) = Document::open(file)
    {
        for arrival in since_save.iter() {
            if let Some(edit) = arrival_edit(theirs.blueprint(), arrival.clone(), true) {
                let _ = theirs.apply_aside(edit);
            }
        }
        *doc = theirs;
    }
    server.publish(doc.blueprint(), doc.state());
    match doc.save_as(file) {
        Ok(()) => {
            since_save.clear();
            said.clear();
        }
        Err(e) => {
            let words = crate::i18n::words::file_error(&e);
            if *said != words {
                eprintln!("{}", crate::io::visible(&words));
                *said = words;
            }
        }
    }
}
