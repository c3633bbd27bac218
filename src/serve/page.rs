//! The participants' page: one HTML file with its script and style inline, embedded in the
//! binary. Each answer gets a fresh nonce, and the content security policy allows only the
//! page's own script and style and requests to this server.

/// The page as served, with the policy that goes with it.
pub(crate) struct Page {
    pub body: String,
    pub policy: String,
}

const HTML: &str = include_str!("../../assets/participant/index.html");

/// A fresh random nonce (122 bits of a v4 uuid).
pub(crate) fn nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

pub(crate) fn html(nonce: &str) -> Page {
    Page {
        body: HTML.replace("{{NONCE}}", nonce),
        policy: format!(
            "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; \
             img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        ),
    }
}
