//! The door: hyper's HTTP/1 server with limits, and one handler that checks every request. Only
//! the page and its API are served, all from memory; a wrong or missing join code gets the same
//! 404 as an unknown path, so a code cannot be probed.

use super::api::Shared;
use super::page;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::json;
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

/// The largest request body (a note is at most 2,000 characters).
pub const MAX_BODY: usize = 16 * 1024;
/// Connections open at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 512;
/// Connections one address may hold open (a phone uses a few): one machine on the Wi-Fi cannot
/// take every connection, idle or slow.
const MAX_PER_ADDRESS: usize = 16;
/// A request body must arrive within this time (a slow sender holds no connection).
const BODY_TIMEOUT: Duration = Duration::from_secs(5);
/// A client must send its request head within this time (slow senders hold no connection).
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// No connection lives longer (keep-alive included).
const CONNECTION_LIFETIME: Duration = Duration::from_mins(1);
/// Requests one address may make in a burst, and how many come back each second.
const BURST: f64 = 60.0;
const REFILL_PER_SECOND: f64 = 20.0;

type Body = Full<Bytes>;

/// Accepts connections until `stop` turns true.
pub(crate) async fn run(listener: TcpListener, shared: Arc<Mutex<Shared>>, mut stop: watch::Receiver<bool>) {
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let buckets: Arc<Mutex<HashMap<IpAddr, (f64, Instant)>>> = Arc::default();
    let open: Arc<Mutex<HashMap<IpAddr, usize>>> = Arc::default();
    loop {
        let permit = tokio::select! {
            _ = stop.changed() => break,
            p = Arc::clone(&permits).acquire_owned() => match p { Ok(p) => p, Err(_) => break },
        };
        let (stream, peer) = tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => {
                let Ok(a) = accepted else {
                    // Out of file handles and the like: wait a moment rather than spin.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                };
                a
            }
        };
        let Some(held) = Held::take(&open, peer.ip()) else {
            // This address holds its share already: closed at once.
            drop(stream);
            continue;
        };
        let (shared, buckets) = (Arc::clone(&shared), Arc::clone(&buckets));
        let service = hyper::service::service_fn(move |req| {
            let (shared, buckets) = (Arc::clone(&shared), Arc::clone(&buckets));
            async move { Ok::<_, Infallible>(handle(req, peer, &shared, &buckets).await) }
        });
        tokio::spawn(async move {
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .max_buf_size(32 * 1024)
                .max_headers(40)
                .serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(CONNECTION_LIFETIME, conn).await;
            drop((permit, held));
        });
    }
}

/// One of an address's open connections, counted while it lives.
struct Held {
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
}

impl Held {
    /// Counts a new connection from `ip`; `None` when it holds [`MAX_PER_ADDRESS`] already.
    fn take(open: &Arc<Mutex<HashMap<IpAddr, usize>>>, ip: IpAddr) -> Option<Self> {
        let mut o = open.lock().unwrap_or_else(PoisonError::into_inner);
        let n = o.entry(ip).or_insert(0);
        if *n >= MAX_PER_ADDRESS {
            return None;
        }
        *n += 1;
        Some(Self { open: Arc::clone(open), ip })
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut o = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = o.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                o.remove(&self.ip);
            }
        }
    }
}

/// Whether an address may make one more request now (a token bucket per address).
fn allowed(buckets: &Mutex<HashMap<IpAddr, (f64, Instant)>>, ip: IpAddr, now: Instant) -> bool {
    let mut b = buckets.lock().unwrap_or_else(PoisonError::into_inner);
    if b.len() > 10_000 {
        b.retain(|_, (_, t)| now.duration_since(*t) < Duration::from_mins(1));
    }
    let (tokens, last) = b.entry(ip).or_insert((BURST, now));
    *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * REFILL_PER_SECOND).min(BURST);
    *last = now;
    if *tokens >= 1.0 {
        *tokens -= 1.0;
        true
    } else {
        false
    }
}

fn respond(status: u16, body: Bytes, content_type: &'static str) -> Response<Body> {
    let mut r = Response::new(Full::new(body));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    r
}

fn json_answer((status, value): (u16, serde_json::Value)) -> Response<Body> {
    let mut r = respond(status, Bytes::from(value.to_string()), "application/json");
    if status == 429 {
        r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("10"));
    }
    r
}

fn failure(status: u16, code: &str, words: &str) -> Response<Body> {
    json_answer((status, json!({ "error": words, "code": code })))
}

/// The one answer for every path that is not served (a wrong join code included).
fn not_found() -> Response<Body> {
    failure(404, "not_found", "not found")
}

fn wrong_method(allow: &'static str) -> Response<Body> {
    let mut r = failure(405, "method", "method not allowed");
    r.headers_mut().insert(header::ALLOW, HeaderValue::from_static(allow));
    r
}

/// What a request asks for, once its path has been checked.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Route {
    /// `/`: the page asks for a join code.
    Entry,
    /// `/j/CODE`: on to `/j/CODE/`.
    Slash,
    Page,
    Join,
    Blueprint,
    Notes,
    Votes,
    Status,
}

/// The route of a path, byte for byte as sent: nothing is decoded, so `..`, `%2e%2e` or an
/// encoded slash is simply not a path of this server.
fn route(path: &str, code: &str) -> Option<Route> {
    if path == "/" {
        return Some(Route::Entry);
    }
    let rest = path.strip_prefix("/j/")?;
    let (given, tail) = rest.split_once('/').map_or((rest, None), |(c, t)| (c, Some(t)));
    if !same(given.as_bytes(), code.as_bytes()) {
        return None;
    }
    Some(match tail {
        None => Route::Slash,
        Some("") => Route::Page,
        Some("api/join") => Route::Join,
        Some("api/blueprint") => Route::Blueprint,
        Some("api/notes") => Route::Notes,
        Some("api/votes") => Route::Votes,
        Some("api/status") => Route::Status,
        Some(_) => return None,
    })
}

/// Compares a code without stopping at the first difference.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn handle(
    req: Request<Incoming>,
    peer: SocketAddr,
    shared: &Mutex<Shared>,
    buckets: &Mutex<HashMap<IpAddr, (f64, Instant)>>,
) -> Response<Body> {
    let now = Instant::now();
    if !allowed(buckets, peer.ip(), now) {
        return failure(429, "rate_limited", "too many requests; wait a little");
    }
    let code = shared.lock().unwrap_or_else(PoisonError::into_inner).code.clone();
    let Some(route) = route(req.uri().path(), &code) else { return not_found() };
    let method = req.method().clone();
    let get = method == Method::GET || method == Method::HEAD;
    let token = req.headers().get("x-participant").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let token = token.as_deref();
    match route {
        Route::Entry | Route::Page if get => {
            let html = page::html(&page::nonce());
            let mut r = respond(200, Bytes::from(html.body), "text/html; charset=utf-8");
            if let Ok(csp) = HeaderValue::from_str(&html.policy) {
                r.headers_mut().insert("content-security-policy", csp);
            }
            r
        }
        Route::Slash if get => {
            let mut r = respond(308, Bytes::new(), "text/plain; charset=utf-8");
            if let Ok(to) = HeaderValue::from_str(&format!("/j/{code}/")) {
                r.headers_mut().insert(header::LOCATION, to);
            }
            r
        }
        Route::Entry | Route::Page | Route::Slash => wrong_method("GET, HEAD"),
        Route::Blueprint | Route::Status if !get => wrong_method("GET, HEAD"),
        Route::Join | Route::Notes | Route::Votes if method != Method::POST => wrong_method("POST"),
        Route::Blueprint => {
            let (body, etag) = shared.lock().unwrap_or_else(PoisonError::into_inner).blueprint(token);
            let unchanged = req.headers().get(header::IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes());
            let mut r = if unchanged {
                respond(304, Bytes::new(), "application/json")
            } else {
                respond(200, Bytes::from(body), "application/json")
            };
            if let Ok(tag) = HeaderValue::from_str(&etag) {
                r.headers_mut().insert(header::ETAG, tag);
            }
            r
        }
        Route::Status => {
            json_answer(shared.lock().unwrap_or_else(PoisonError::into_inner).status(token, req.uri().query()))
        }
        Route::Join | Route::Notes | Route::Votes => {
            let token = token.map(str::to_owned);
            let body = match body_of(req).await {
                Ok(b) => b,
                Err(r) => return r,
            };
            let mut s = shared.lock().unwrap_or_else(PoisonError::into_inner);
            json_answer(match route {
                Route::Join => s.join(&body, peer.ip(), now),
                Route::Notes => s.note(token.as_deref(), &body, now),
                _ => s.vote(token.as_deref(), &body, now),
            })
        }
    }
}

/// The body of a POST: JSON, at most [`MAX_BODY`] bytes (refused before reading when the
/// request says it is larger).
async fn body_of(req: Request<Incoming>) -> Result<Bytes, Response<Body>> {
    let too_large = || failure(413, "too_large", "the request is larger than 16 KB");
    let length = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if length.is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_large());
    }
    let json_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json")));
    if !json_type && length != Some(0) {
        return Err(failure(415, "bad_json", "send JSON (Content-Type: application/json)"));
    }
    match tokio::time::timeout(BODY_TIMEOUT, Limited::new(req.into_body(), MAX_BODY).collect()).await {
        Ok(Ok(c)) => Ok(c.to_bytes()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => Err(too_large()),
        Ok(Err(_)) => Err(failure(400, "bad_json", "the request body could not be read")),
        Err(_) => Err(failure(408, "too_slow", "the request body came too slowly")),
    }
}
