//! The participant page in a real browser: headless Chromium driven through chromedriver
//! (`WebDriver` over plain HTTP). A participant joins, proposes a step and gives a dot; the
//! facilitator's side accepts the step; the page shows "Accepted". axe-core checks the page for
//! WCAG 2.1 AA in English and Dutch; screenshots at 360×740 and 1280×720 go to
//! `target/browser/` to be looked at.
//!
//! Needs `chromium`, `chromium-driver` and axe-core (`AXE_CORE_JS`, the path of `axe.min.js`);
//! `scripts/browser.sh` installs them and runs this (it is ignored by a plain `cargo test`).

use crate::common::sample;
use crate::http;
use base64::Engine as _;
use serde_json::{Value, json};
use sightline::edit::inbox::{accept, arrival_edit};
use sightline::edit::{History, apply};
use sightline::model::{Blueprint, InboxStatus};
use sightline::serve::{Config, Server};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// W3C `WebDriver`'s key for an element reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A chromedriver process and one browser session.
struct Browser {
    driver: Child,
    addr: SocketAddr,
    session: String,
}

impl Browser {
    fn start(lang: &str, width: u32, height: u32) -> Self {
        let port = TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
        let driver = Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (Debian: chromium-driver) is installed");
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            format!("--lang={lang}"),
            format!("--window-size={width},{height}"),
        ];
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": args,
                "prefs": { "intl.accept_languages": lang },
            }
        }}});
        let mut b = Self { driver, addr, session: String::new() };
        let v = b.call("POST", "/session", &caps);
        v["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {v}")).clone_into(&mut b.session);
        b
    }

    fn call(&self, method: &str, path: &str, body: &Value) -> Value {
        let bytes = if method == "GET" { Vec::new() } else { body.to_string().into_bytes() };
        let a = http::request(self.addr, method, path, &[("Content-Type", "application/json")], &bytes);
        let v = a.json();
        assert!(a.status == 200, "{method} {path}: {} {}", a.status, v);
        v["value"].clone()
    }

    fn s(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    fn open(&self, url: &str) {
        self.call("POST", &self.s("/url"), &json!({ "url": url }));
    }

    fn find(&self, css: &str) -> String {
        let v = self.call("POST", &self.s("/element"), &json!({ "using": "css selector", "value": css }));
        v[ELEMENT].as_str().unwrap_or_else(|| panic!("no element {css}: {v}")).to_owned()
    }

    fn click(&self, css: &str) {
        let e = self.find(css);
        self.call("POST", &self.s(&format!("/element/{e}/click")), &json!({}));
    }

    fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css);
        self.call("POST", &self.s(&format!("/element/{e}/value")), &json!({ "text": text }));
    }

    fn script(&self, js: &str) -> Value {
        self.call("POST", &self.s("/execute/sync"), &json!({ "script": js, "args": [] }))
    }

    /// Waits until a script returns true.
    fn wait_for(&self, what: &str, js: &str, mut between: impl FnMut()) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            between();
            if self.script(js) == json!(true) {
                return;
            }
            assert!(Instant::now() < deadline, "waited in vain for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// axe-core's violations of WCAG 2.1 A and AA on the page as it is now.
    fn accessibility_violations(&self) -> Vec<String> {
        let path = std::env::var("AXE_CORE_JS").expect("AXE_CORE_JS names axe.min.js (scripts/browser.sh fetches it)");
        let axe = std::fs::read_to_string(path).expect("axe.min.js");
        self.script(&format!("{axe}\nreturn typeof axe;"));
        let run = "const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.help + ' — '
                 + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));";
        let v = self.call("POST", &self.s("/execute/async"), &json!({ "script": run, "args": [] }));
        v.as_array().expect("a list").iter().map(|x| x.as_str().unwrap_or_default().to_owned()).collect()
    }

    /// A picture of the viewport, from the top of the page unless `keep_scroll`.
    fn screenshot(&self, name: &str) {
        self.script("window.scrollTo(0, 0); return true;");
        std::thread::sleep(Duration::from_millis(150));
        let v = self.call("GET", &self.s("/screenshot"), &json!({}));
        let png = base64::engine::general_purpose::STANDARD.decode(v.as_str().expect("base64")).expect("png");
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/browser");
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join(name), png).expect("write");
    }

    /// The page's viewport exactly (a headless window has a minimum width): a phone's at 360 px.
    fn viewport(&self, width: u32, height: u32) {
        let params = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 });
        let cmd = json!({ "cmd": "Emulation.setDeviceMetricsOverride", "params": params });
        self.call("POST", &self.s("/goog/cdp/execute"), &cmd);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http::request(self.addr, "DELETE", &self.s(""), &[], b"");
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The facilitator's side: the server and the document it takes notes into.
struct Facilitator {
    server: Server,
    bp: Blueprint,
    history: History,
}

impl Facilitator {
    fn new() -> Self {
        let bp = sightline::io::from_value(sample()).expect("sample");
        let config = Config { host: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0, votes: 3 };
        let server = Server::start(&config, &bp, Arc::new(|| {})).expect("server");
        Self { server, bp, history: History::default() }
    }

    fn pump(&mut self) {
        for a in self.server.arrivals() {
            if let Some(edit) = arrival_edit(&self.bp, a, true) {
                self.history.apply_aside(&mut self.bp, edit).expect("arrival");
            }
        }
        self.server.publish(&self.bp, self.history.state());
    }
}

fn run(lang: &str, tag: &str) {
    let mut f = Facilitator::new();
    let url = f.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let b = Browser::start(lang, 360, 740);
    b.viewport(360, 740);

    // The join-code page first (what someone who typed the address without the code sees).
    let root = url.split("/j/").next().expect("root").to_owned() + "/";
    b.open(&root);
    b.wait_for("the join-code form", "return !document.getElementById('join-view').hidden;", || {});
    let found = b.accessibility_violations();
    assert!(found.is_empty(), "{tag}: the join page breaks WCAG 2.1 AA:\n{}", found.join("\n"));
    b.screenshot(&format!("join-{tag}-360.png"));

    b.open(&url);
    b.wait_for("the blueprint", "return document.body.innerText.includes('Vult formulier in');", || f.pump());
    let lang_attr = b.script("return document.documentElement.lang;");
    assert_eq!(lang_attr, json!(&lang[..2]), "the page's language follows the browser's");
    let found = b.accessibility_violations();
    assert!(found.is_empty(), "{tag}: the page breaks WCAG 2.1 AA:\n{}", found.join("\n"));

    // Propose a step in the customer's lane, by keyboard-like input.
    b.click("#p-toggle");
    b.type_into("#p-text", "Klant belt <b>zelf</b> terug");
    b.click("#p-send");
    b.wait_for("the note in the inbox", "return true;", || f.pump());
    let deadline = Instant::now() + Duration::from_secs(10);
    while f.bp.inbox().is_empty() {
        assert!(Instant::now() < deadline, "{tag}: the proposed step did not arrive");
        std::thread::sleep(Duration::from_millis(50));
        f.pump();
    }
    let entry = f.bp.inbox()[0].clone();
    assert_eq!(entry.text, "Klant belt <b>zelf</b> terug", "{tag}: sent as typed");
    // A dot on the first step.
    b.click("button.btn.vote");
    let deadline = Instant::now() + Duration::from_secs(10);
    while f.bp.steps().map(|s| s.votes).sum::<u32>() == 0 {
        assert!(Instant::now() < deadline, "{tag}: the dot did not arrive");
        std::thread::sleep(Duration::from_millis(50));
        f.pump();
    }
    b.wait_for("the dots left", "return document.getElementById('dots-text').textContent.includes('2');", || f.pump());
    b.wait_for("status waiting", "return !!document.querySelector('#mine .badge.s-waiting');", || f.pump());

    // The facilitator accepts; the page says so within a few seconds.
    let edit = accept(&f.bp, entry.id, None, None).expect("accept");
    apply(&mut f.bp, edit).expect("accepted");
    f.history = History::default();
    f.server.publish(&f.bp, u64::MAX - 1);
    assert_eq!(f.bp.inbox()[0].status, InboxStatus::Accepted);
    b.wait_for("status accepted", "return !!document.querySelector('#mine .badge.s-accepted');", || f.pump());
    b.wait_for(
        "the accepted step on the page",
        "return document.body.innerText.includes('Klant belt <b>zelf</b> terug');",
        || {},
    );
    // Shown as text: no element made from it.
    assert_eq!(b.script("return document.querySelectorAll('#phases b').length;"), json!(0));
    let found = b.accessibility_violations();
    assert!(found.is_empty(), "{tag}: after sending, the page breaks WCAG 2.1 AA:\n{}", found.join("\n"));
    b.screenshot(&format!("page-{tag}-360.png"));

    // An "Add a note" form open, then the wide layout.
    b.click("#phases button[aria-expanded]");
    let found = b.accessibility_violations();
    assert!(found.is_empty(), "{tag}: with a note form open:\n{}", found.join("\n"));
    b.screenshot(&format!("noteform-{tag}-360.png"));
    b.viewport(1280, 720);
    std::thread::sleep(Duration::from_millis(300));
    let found = b.accessibility_violations();
    assert!(found.is_empty(), "{tag}: at 1280 px:\n{}", found.join("\n"));
    b.screenshot(&format!("page-{tag}-1280.png"));
}

#[test]
#[ignore = "needs Chromium, chromedriver and axe-core: scripts/browser.sh"]
fn a_participant_joins_sends_votes_and_sees_the_note_accepted_english() {
    run("en-GB", "en");
}

#[test]
#[ignore = "needs Chromium, chromedriver and axe-core: scripts/browser.sh"]
fn a_participant_joins_sends_votes_and_sees_the_note_accepted_dutch() {
    run("nl-NL", "nl");
}
