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

/// Runs until a signal; false when it could not start or save.
pub fn run(file: &Path, host: IpAddr, port: u16, votes: u32) -> bool {
    let mut doc = match Document::open(file) {
        Ok(d) => d,
        Err(e) => {
            super::report_error(&e);
            return false;
        }
    };
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
    out!("participants: {}", server.url(addresses[0]));
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
    let mut ok = true;
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
                    ok &= tick(&mut doc, &mut server, file, &mut since_save);
                }
            }
        }
    });
    // What arrived in the last moment, then the file.
    ok &= tick(&mut doc, &mut server, file, &mut since_save);
    server.stop();
    eprintln!("{}", tr("serve-stopped"));
    ok
}

/// Takes in what arrived and saves when something did. False when saving failed (the entries
/// stay in memory and saving is tried again next time).
fn tick(doc: &mut Document, server: &mut Server, file: &Path, since_save: &mut Vec<Arrival>) -> bool {
    for arrival in server.arrivals() {
        if let Some(edit) = arrival_edit(doc.blueprint(), arrival.clone(), true)
            && doc.apply_aside(edit).is_ok()
        {
            since_save.push(arrival);
        }
    }
    if since_save.is_empty() {
        server.publish(doc.blueprint(), doc.state());
        return true;
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
            true
        }
        Err(e) => {
            super::report_error(&e);
            false
        }
    }
}
