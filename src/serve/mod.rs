//! The participant server: participants join from their phone's browser, see the blueprint and
//! send notes and dot votes. It runs on a one-thread tokio runtime of its own, opens its port
//! only while the facilitator invites (or `sightline serve` runs), and talks to the
//! facilitator's side through a channel: what arrives is an [`Arrival`], which the editor (or
//! `sightline serve`) turns into an edit. No egui here.

mod api;
mod http;
mod page;
mod view;

pub use crate::edit::inbox::Arrival;
pub use api::{MAX_INBOX, MAX_JOINS_PER_ADDRESS, MAX_NOTES_EACH, MAX_PARTICIPANTS, MAX_PER_MINUTE, MAX_WAITING};
pub use http::MAX_BODY;

use crate::model::Blueprint;
use api::Shared;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex, PoisonError};
use uuid::Uuid;
use view::View;

/// The letters of a join code: lowercase, no look-alikes (no 0/o, 1/l/i).
const CODE_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// 10 letters of 31: 49 bits.
const CODE_LENGTH: usize = 10;

/// Where and how to listen.
#[derive(Clone, Debug)]
pub struct Config {
    pub host: IpAddr,
    /// 0: any free port.
    pub port: u16,
    /// Dots each participant may give.
    pub votes: u32,
}

impl Default for Config {
    fn default() -> Self {
        Self { host: IpAddr::V4(Ipv4Addr::UNSPECIFIED), port: 0, votes: 3 }
    }
}

/// A participant as the facilitator sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantInfo {
    pub number: u32,
    pub name: Option<String>,
    pub notes: u32,
    pub votes: u32,
    pub blocked: bool,
}

/// A running server; dropping it stops it and closes the port.
pub struct Server {
    shared: Arc<Mutex<Shared>>,
    arrivals: Receiver<Arrival>,
    addr: SocketAddr,
    stop: tokio::sync::watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
    generation: u64,
    published_state: Option<u64>,
}

/// A random join code.
fn new_code() -> String {
    // Each letter from 8 fresh random bits of a v4 uuid; 31 letters do not divide 256, so reject
    // the bytes that would favour some letters.
    let mut code = String::with_capacity(CODE_LENGTH);
    while code.len() < CODE_LENGTH {
        for b in Uuid::new_v4().as_bytes().iter().skip(1) {
            let limit = 256 - 256 % CODE_ALPHABET.len();
            if usize::from(*b) < limit && code.len() < CODE_LENGTH {
                code.push(char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()]));
            }
        }
    }
    code
}

impl Server {
    /// Opens the port and starts serving `bp`. `wake` is called when something arrives (the
    /// editor asks for a repaint).
    pub fn start(config: &Config, bp: &Blueprint, wake: Arc<dyn Fn() + Send + Sync>) -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind((config.host, config.port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (tx, arrivals) = channel();
        let shared =
            Arc::new(Mutex::new(Shared::new(new_code(), config.votes, View::of(bp, true, config.votes, 0), tx, wake)));
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let listener = {
            let _guard = runtime.enter();
            tokio::net::TcpListener::from_std(listener)?
        };
        let inner = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("sightline-serve".into())
            .spawn(move || runtime.block_on(http::run(listener, inner, stopped)))?;
        Ok(Self { shared, arrivals, addr, stop, thread: Some(thread), generation: 0, published_state: None })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The address the server listens on (the port chosen when 0 was asked).
    #[must_use]
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The join code (in the page's address).
    #[must_use]
    pub fn code(&self) -> String {
        self.lock().code.clone()
    }

    /// The page's address through one of the machine's addresses.
    #[must_use]
    pub fn url(&self, ip: IpAddr) -> String {
        let host = match ip {
            IpAddr::V6(v6) => format!("[{v6}]"),
            IpAddr::V4(v4) => v4.to_string(),
        };
        format!("http://{host}:{}/j/{}/", self.addr.port(), self.code())
    }

    /// The addresses participants can use: the one listened on, or (listening on all) the
    /// machine's network addresses, the likely one first; loopback last.
    #[must_use]
    pub fn addresses(&self) -> Vec<IpAddr> {
        if !self.addr.ip().is_unspecified() {
            return vec![self.addr.ip()];
        }
        local_addresses()
    }

    /// Shows the blueprint as it is now (cheap when `state` — the document's history state —
    /// has not changed).
    pub fn publish(&mut self, bp: &Blueprint, state: u64) {
        if self.published_state == Some(state) {
            return;
        }
        self.published_state = Some(state);
        self.generation += 1;
        let (open, votes) = {
            let s = self.lock();
            (s.open, s.budget)
        };
        let view = Arc::new(View::of(bp, open, votes, self.generation));
        self.lock().view = view;
    }

    /// What arrived since the last call, in order.
    #[must_use]
    pub fn arrivals(&self) -> Vec<Arrival> {
        self.arrivals.try_iter().collect()
    }

    /// Whether new participants may join.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.lock().open
    }

    pub fn set_open(&mut self, open: bool) {
        self.lock().open = open;
        self.published_state = None;
    }

    /// Dots per participant.
    #[must_use]
    pub fn votes(&self) -> u32 {
        self.lock().budget
    }

    pub fn set_votes(&mut self, votes: u32) {
        self.lock().budget = votes;
        self.published_state = None;
    }

    /// Everyone who joined, in order.
    #[must_use]
    pub fn participants(&self) -> Vec<ParticipantInfo> {
        let mut all: Vec<ParticipantInfo> = self
            .lock()
            .participants
            .values()
            .map(|p| ParticipantInfo {
                number: p.number,
                name: p.name.clone(),
                notes: p.notes,
                votes: p.votes,
                blocked: p.blocked,
            })
            .collect();
        all.sort_by_key(|p| p.number);
        all
    }

    /// Blocks (or lets back) a participant by number: a blocked one can send nothing more.
    pub fn set_blocked(&mut self, number: u32, blocked: bool) {
        if let Some(p) = self.lock().participants.values_mut().find(|p| p.number == number) {
            p.blocked = blocked;
        }
    }

    /// Stops serving and closes the port (also when dropped).
    pub fn stop(mut self) {
        self.shut();
    }

    fn shut(&mut self) {
        let _ = self.stop.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shut();
    }
}

/// The machine's addresses: private IPv4 network addresses first (what a phone on the same
/// Wi-Fi reaches), then other IPv4, then loopback.
#[must_use]
pub fn local_addresses() -> Vec<IpAddr> {
    let mut all: Vec<IpAddr> = if_addrs::get_if_addrs()
        .map(|v| v.into_iter().map(|i| i.ip()).filter(IpAddr::is_ipv4).collect())
        .unwrap_or_default();
    all.sort_by_key(|ip| match ip {
        IpAddr::V4(v4) if v4.is_private() => 0,
        IpAddr::V4(v4) if v4.is_loopback() => 2,
        _ => 1,
    });
    all.dedup();
    if all.is_empty() {
        all.push(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    all
}
