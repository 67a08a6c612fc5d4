//! Outgoing HTTP requests to an address the operator configured (the SMS gateway's "send"
//! endpoint), made so that the address cannot be turned against the operator's own network.
//!
//! A server that posts to a configurable address is a classic server-side request forgery
//! (SSRF) tool: whoever can change the setting, or the DNS record behind it, can make lmip talk
//! to the database, a cloud metadata service or an admin page on the LAN. So:
//!
//! - the address must be `http(s)://host[:port]/path` (no other scheme);
//! - the host name is resolved **once per request**, every address it resolves to is checked, and
//!   lmip connects to a checked address itself (never resolving again, so a DNS record that
//!   changes between the check and the connection — "DNS rebinding" — changes nothing);
//! - loopback, private (RFC 1918), carrier-grade NAT, link-local (cloud metadata lives at
//!   169.254.169.254), multicast, reserved and documentation addresses are refused, in IPv4 and
//!   IPv6 alike, including IPv4 addresses carried inside IPv6 ones (mapped, NAT64, 6to4);
//! - an operator whose gateway is on their own network names that network explicitly
//!   ([`Endpoint::parse`]'s `allow`), and nothing else inside is reachable;
//! - redirects are not followed (a redirect is a new, unchecked address);
//! - TLS names the host (SNI) and checks its certificate against the Web PKI roots;
//! - the whole exchange has a time limit, and the answer's body is read only up to a limit.
//!
//! Credentials in the address (`https://user:password@host/…`) are sent as HTTP Basic
//! authentication and never shown: [`Endpoint`]'s `Display` and `Debug` give scheme, host, port and
//! path only (a query string often holds an API key).
#![forbid(unsafe_code)]

use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::Request;
use hyper_util::rt::TokioIo;
use ipnet::IpNet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::rustls;

/// Why an address was refused or a request failed. The messages name the host, never the path's
/// query or credentials.
#[derive(Debug, thiserror::Error)]
pub enum OutboundError {
    /// The address is not one lmip can post to.
    #[error("'{0}' is not an address lmip can post to: {1}")]
    Address(String, String),
    /// A network in the allow list is not one.
    #[error("'{0}' is not a network: write it as an address and prefix length, e.g. 10.0.5.0/24")]
    Network(String),
    /// The host is, or resolves to, an address inside a private or reserved network.
    #[error(
        "{host} is {addr}, an address inside a private or reserved network: lmip does not post there unless that network is allowed (sms_outbound_allow)"
    )]
    Private {
        /// The host as configured.
        host: String,
        /// The refused address.
        addr: IpAddr,
    },
    /// The host name did not resolve.
    #[error("{0} could not be resolved: {1}")]
    Resolve(String, String),
    /// No connection could be made.
    #[error("could not connect to {0}: {1}")]
    Connect(String, String),
    /// The TLS handshake failed (often: the certificate does not name the host).
    #[error("TLS with {0} failed: {1}")]
    Tls(String, String),
    /// The exchange took longer than allowed.
    #[error("{0} did not answer within {1} seconds")]
    Timeout(String, u64),
    /// The HTTP exchange failed.
    #[error("HTTP with {0} failed: {1}")]
    Http(String, String),
    /// The endpoint answered with a status other than 2xx.
    #[error("{0} answered {1}")]
    Status(String, u16),
}

/// How long a whole exchange may take: the reply is already late for the person waiting.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// The most of an answer's body read (and then thrown away: only the status matters).
const MAX_ANSWER: usize = 64 * 1024;

/// An address lmip posts to.
#[derive(Clone)]
pub struct Endpoint {
    tls: bool,
    host: String,
    /// The host as an address, when it is written as one.
    literal: Option<IpAddr>,
    port: u16,
    /// Path and query, as sent on the request line.
    target: String,
    /// `Basic …` from credentials in the address.
    authorization: Option<String>,
    allow: Vec<IpNet>,
    timeout: Duration,
    /// Built once: the Web PKI roots, ring, safe protocol versions.
    tls_config: Arc<rustls::ClientConfig>,
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.target.split('?').next().unwrap_or("/");
        let scheme = if self.tls { "https" } else { "http" };
        let host = match self.literal {
            Some(IpAddr::V6(a)) => format!("[{a}]"),
            _ => self.host.clone(),
        };
        write!(f, "{scheme}://{host}:{}{path}", self.port)
    }
}

impl std::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Endpoint({self})")
    }
}

impl Endpoint {
    /// Reads an address and the networks inside which posting is nevertheless allowed (each
    /// `ADDRESS/PREFIX`, or one address). A host written as an address is checked at once; a
    /// name is checked at every request, when it is resolved.
    pub fn parse(address: &str, allow: &[String]) -> Result<Endpoint, OutboundError> {
        let bad = |why: &str| OutboundError::Address(redact(address), why.to_string());
        let url = url::Url::parse(address.trim()).map_err(|e| bad(&e.to_string()))?;
        let tls = match url.scheme() {
            "https" => true,
            "http" => false,
            _ => return Err(bad("only http:// and https:// addresses")),
        };
        let (host, literal) = match url.host() {
            Some(url::Host::Domain(d)) => (d.to_string(), None),
            Some(url::Host::Ipv4(a)) => (a.to_string(), Some(IpAddr::V4(a))),
            Some(url::Host::Ipv6(a)) => (a.to_string(), Some(IpAddr::V6(a))),
            None => return Err(bad("no host")),
        };
        let port = url.port_or_known_default().ok_or_else(|| bad("no port"))?;
        let authorization = (!url.username().is_empty()).then(|| {
            let user = percent_decode(url.username());
            let password = percent_decode(url.password().unwrap_or(""));
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )
        });
        let mut target = url.path().to_string();
        if let Some(q) = url.query() {
            target.push('?');
            target.push_str(q);
        }
        let allow = allow
            .iter()
            .map(|n| parse_network(n))
            .collect::<Result<Vec<_>, _>>()?;
        let endpoint = Endpoint {
            tls,
            host,
            literal,
            port,
            target,
            authorization,
            allow,
            timeout: TIMEOUT,
            tls_config: Arc::new(
                rustls::ClientConfig::builder_with_provider(Arc::new(
                    rustls::crypto::ring::default_provider(),
                ))
                .with_safe_default_protocol_versions()
                .map_err(|e| bad(&e.to_string()))?
                .with_root_certificates(rustls::RootCertStore {
                    roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
                })
                .with_no_client_auth(),
            ),
        };
        if let Some(addr) = literal {
            endpoint.check(addr)?;
        }
        Ok(endpoint)
    }

    /// The same endpoint with another time limit.
    pub fn with_timeout(mut self, timeout: Duration) -> Endpoint {
        self.timeout = timeout;
        self
    }

    /// Whether lmip may connect to `addr`.
    pub fn allows(&self, addr: IpAddr) -> bool {
        is_public(addr) || self.allow.iter().any(|n| n.contains(&canonical(addr)))
    }

    fn check(&self, addr: IpAddr) -> Result<(), OutboundError> {
        if self.allows(addr) {
            Ok(())
        } else {
            Err(OutboundError::Private {
                host: self.host.clone(),
                addr,
            })
        }
    }

    /// The addresses the host stands for now, every one checked; refused when none may be used.
    pub async fn resolve(&self) -> Result<Vec<SocketAddr>, OutboundError> {
        if let Some(addr) = self.literal {
            self.check(addr)?;
            return Ok(vec![SocketAddr::new(addr, self.port)]);
        }
        let found: Vec<SocketAddr> = tokio::net::lookup_host((self.host.as_str(), self.port))
            .await
            .map_err(|e| OutboundError::Resolve(self.host.clone(), e.to_string()))?
            .collect();
        let Some(first) = found.first() else {
            return Err(OutboundError::Resolve(
                self.host.clone(),
                "no addresses".into(),
            ));
        };
        let first = first.ip();
        let usable: Vec<SocketAddr> = found.into_iter().filter(|a| self.allows(a.ip())).collect();
        if usable.is_empty() {
            return Err(OutboundError::Private {
                host: self.host.clone(),
                addr: first,
            });
        }
        Ok(usable)
    }

    /// Posts `body` with its content type and extra headers; returns the answer's status (2xx).
    pub async fn post(
        &self,
        content_type: &str,
        headers: &[(&str, String)],
        body: Vec<u8>,
    ) -> Result<u16, OutboundError> {
        let seconds = self.timeout.as_secs();
        tokio::time::timeout(self.timeout, self.exchange(content_type, headers, body))
            .await
            .map_err(|_| OutboundError::Timeout(self.host.clone(), seconds))?
    }

    async fn exchange(
        &self,
        content_type: &str,
        headers: &[(&str, String)],
        body: Vec<u8>,
    ) -> Result<u16, OutboundError> {
        let addrs = self.resolve().await?;
        let mut last = String::new();
        let mut stream = None;
        for addr in addrs {
            match TcpStream::connect(addr).await {
                Ok(s) => {
                    stream = Some(s);
                    break;
                }
                Err(e) => last = e.to_string(),
            }
        }
        let stream = stream.ok_or_else(|| OutboundError::Connect(self.host.clone(), last))?;
        let host_header = match (self.literal, self.tls, self.port) {
            (Some(IpAddr::V6(a)), _, _) => format!("[{a}]:{}", self.port),
            (_, true, 443) | (_, false, 80) => self.host.clone(),
            _ => format!("{}:{}", self.host, self.port),
        };
        let mut request = Request::post(self.target.as_str())
            .header(hyper::header::HOST, host_header)
            .header(hyper::header::CONTENT_TYPE, content_type)
            .header(hyper::header::USER_AGENT, "lmip");
        if let Some(a) = &self.authorization {
            request = request.header(hyper::header::AUTHORIZATION, a.as_str());
        }
        for (name, value) in headers {
            request = request.header(*name, value.as_str());
        }
        let request = request
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| OutboundError::Http(self.host.clone(), e.to_string()))?;
        let status = if self.tls {
            let name = match self.literal {
                Some(a) => rustls::pki_types::ServerName::IpAddress(a.into()),
                None => rustls::pki_types::ServerName::try_from(self.host.clone())
                    .map_err(|e| OutboundError::Tls(self.host.clone(), e.to_string()))?,
            };
            let tls = tokio_rustls::TlsConnector::from(self.tls_config.clone())
                .connect(name, stream)
                .await
                .map_err(|e| OutboundError::Tls(self.host.clone(), e.to_string()))?;
            send(tls, request).await
        } else {
            send(stream, request).await
        }
        .map_err(|e| OutboundError::Http(self.host.clone(), e))?;
        if (200..300).contains(&status) {
            Ok(status)
        } else {
            Err(OutboundError::Status(self.host.clone(), status))
        }
    }
}

/// One request on a fresh connection; the answer's status.
async fn send<S>(stream: S, request: Request<Full<Bytes>>) -> Result<u16, String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    let driver = tokio::spawn(async move {
        // Ends with the exchange; its error, if any, is the request's too.
        let _ = connection.await;
    });
    let answer = sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())?;
    let status = answer.status().as_u16();
    // Read (a bounded part of) the answer so the server sees it delivered; the words are not used.
    let _ = Limited::new(answer.into_body(), MAX_ANSWER).collect().await;
    driver.abort();
    Ok(status)
}

/// An IPv4 address carried in an IPv4-mapped IPv6 address is judged as itself.
fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(a) => a.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        v4 => v4,
    }
}

/// Whether `addr` is on the public internet: not loopback, private, shared (carrier-grade NAT),
/// link-local, multicast, broadcast, documentation, benchmarking or otherwise reserved. IPv6
/// addresses that carry an IPv4 address (mapped, NAT64, 6to4) are judged by that address.
pub fn is_public(addr: IpAddr) -> bool {
    match addr {
        IpAddr::V4(a) => public_v4(a),
        IpAddr::V6(a) => public_v6(a),
    }
}

fn public_v4(a: Ipv4Addr) -> bool {
    let [o0, o1, o2, _] = a.octets();
    !(o0 == 0 // "this network"
        || a.is_private()
        || a.is_loopback()
        || a.is_link_local()
        || (o0 == 100 && (o1 & 0xc0) == 64) // 100.64.0.0/10, carrier-grade NAT
        || (o0 == 192 && o1 == 0 && o2 == 0) // 192.0.0.0/24, protocol assignments
        || (o0 == 192 && o1 == 88 && o2 == 99) // 6to4 relay anycast
        || a.is_documentation()
        || (o0 == 198 && (o1 & 0xfe) == 18) // 198.18.0.0/15, benchmarking
        || o0 >= 224) // multicast, reserved and broadcast
}

fn public_v6(a: Ipv6Addr) -> bool {
    if let Some(v4) = a.to_ipv4_mapped() {
        return public_v4(v4);
    }
    let s = a.segments();
    let embedded = |hi: u16, lo: u16| {
        let [a, b] = hi.to_be_bytes();
        let [c, d] = lo.to_be_bytes();
        Ipv4Addr::new(a, b, c, d)
    };
    if s[0] == 0x64 && s[1] == 0xff9b {
        // NAT64 (64:ff9b::/96 well-known, 64:ff9b:1::/48 local-use): the IPv4 address decides,
        // and the local-use prefix is never public.
        return s[2] == 0 && s[3..6] == [0, 0, 0] && public_v4(embedded(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return public_v4(embedded(s[1], s[2])); // 6to4
    }
    !(a.is_unspecified()
        || a.is_loopback()
        || a.is_multicast()
        || s[..6] == [0; 6] // IPv4-compatible (deprecated) and the rest of ::/96
        || (s[0] == 0x100 && s[1..4] == [0, 0, 0]) // 100::/64, discard
        || (s[0] & 0xfe00) == 0xfc00 // fc00::/7, unique local
        || (s[0] & 0xffc0) == 0xfe80 // fe80::/10, link-local
        || (s[0] & 0xffc0) == 0xfec0 // fec0::/10, site-local (deprecated)
        || (s[0] == 0x2001 && s[1] < 0x200) // 2001::/23, protocol assignments (Teredo among them)
        || (s[0] == 0x2001 && s[1] == 0xdb8) // documentation
        || (s[0] == 0x3fff && s[1] < 0x1000)) // 3fff::/20, documentation
}

fn parse_network(text: &str) -> Result<IpNet, OutboundError> {
    let t = text.trim();
    t.parse::<IpNet>()
        .or_else(|_| t.parse::<IpAddr>().map(IpNet::from))
        .map(|n| n.trunc())
        .map_err(|_| OutboundError::Network(text.to_string()))
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// An address as it may be shown: no credentials, no query.
fn redact(address: &str) -> String {
    match url::Url::parse(address.trim()) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.set_query(None);
            u.to_string()
        }
        Err(_) => "(an address that cannot be read)".into(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn internal_addresses_are_not_public() {
        for a in [
            "0.0.0.0",
            "0.1.2.3",
            "10.0.0.1",
            "100.64.0.1",
            "100.127.255.254",
            "127.0.0.1",
            "127.255.0.1",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.0.0.8",
            "192.0.2.10",
            "192.88.99.1",
            "192.168.1.1",
            "198.18.0.1",
            "198.19.255.255",
            "198.51.100.7",
            "203.0.113.9",
            "224.0.0.1",
            "239.255.255.250",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:10.1.2.3",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b:1::808:808",
            "2002:7f00:1::",
            "2002:c0a8:101::1",
            "100::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "2001::1",
            "2001:db8::1",
            "3fff::1",
        ] {
            assert!(!is_public(ip(a)), "{a} must be refused");
        }
    }

    #[test]
    fn internet_addresses_are_public() {
        for a in [
            "1.1.1.1",
            "8.8.8.8",
            "100.63.255.255",
            "100.128.0.1",
            "172.15.255.255",
            "172.32.0.1",
            "192.0.1.1",
            "192.169.0.1",
            "198.20.0.1",
            "223.255.255.254",
            "2001:4860:4860::8888",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2002:808:808::1",
        ] {
            assert!(is_public(ip(a)), "{a} must be allowed");
        }
    }

    #[test]
    fn addresses_are_read_and_checked() {
        let e = Endpoint::parse("https://user:p%40ss@gw.example.org/send?key=SECRET", &[]).unwrap();
        assert_eq!(e.to_string(), "https://gw.example.org:443/send");
        assert_eq!(
            format!("{e:?}"),
            "Endpoint(https://gw.example.org:443/send)"
        );
        assert_eq!(e.target, "/send?key=SECRET");
        assert_eq!(
            e.authorization.as_deref(),
            Some(
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode("user:p@ss")
                )
                .as_str()
            )
        );
        let e = Endpoint::parse("http://[2606:4700::1111]:8080/", &[]).unwrap();
        assert_eq!(e.to_string(), "http://[2606:4700::1111]:8080/");

        for (bad, says) in [
            ("ftp://gw.example.org/", "only http"),
            ("gw.example.org/send", "relative URL"),
            ("file:///etc/passwd", "only http"),
            ("http://127.0.0.1:9000/", "private or reserved"),
            ("http://[::1]/", "private or reserved"),
            (
                "http://169.254.169.254/latest/meta-data",
                "private or reserved",
            ),
            ("http://[::ffff:10.0.0.1]/", "private or reserved"),
            ("http://0x7f.1/", "private or reserved"),
            ("http://2130706433/", "private or reserved"),
        ] {
            let e = Endpoint::parse(bad, &[]).unwrap_err().to_string();
            assert!(e.contains(says), "{bad}: {e}");
        }
        // Credentials and the query never appear in an error.
        let e = Endpoint::parse("http://u:hunter2@10.0.0.1/x?key=SECRET", &[])
            .unwrap_err()
            .to_string();
        assert!(!e.contains("hunter2") && !e.contains("SECRET"), "{e}");
        let e = Endpoint::parse("gopher://u:hunter2@h/x?key=SECRET", &[])
            .unwrap_err()
            .to_string();
        assert!(!e.contains("hunter2") && !e.contains("SECRET"), "{e}");
    }

    #[test]
    fn an_allowed_network_is_the_only_way_inside() {
        let allow = vec!["10.0.5.0/24".to_string(), "fd00::7".to_string()];
        let e = Endpoint::parse("http://10.0.5.9:13013/cgi-bin/sendsms", &allow).unwrap();
        assert!(e.allows(ip("10.0.5.200")));
        assert!(e.allows(ip("::ffff:10.0.5.1")));
        assert!(e.allows(ip("fd00::7")));
        assert!(!e.allows(ip("10.0.6.1")));
        assert!(!e.allows(ip("127.0.0.1")));
        assert!(!e.allows(ip("fd00::8")));
        assert!(e.allows(ip("8.8.8.8")));
        let e = Endpoint::parse("http://gw/", &["10.0.5/24".into()]).unwrap_err();
        assert!(e.to_string().contains("is not a network"), "{e}");
    }

    #[tokio::test]
    async fn a_name_for_an_internal_address_is_refused_when_resolved() {
        // "localhost" resolves to loopback on every machine, without DNS.
        let e = Endpoint::parse("http://localhost:9/", &[]).unwrap();
        match e.resolve().await {
            Err(OutboundError::Private { host, addr }) => {
                assert_eq!(host, "localhost");
                assert!(addr.is_loopback());
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        let e =
            Endpoint::parse("http://localhost:9/", &["127.0.0.0/8".into(), "::1".into()]).unwrap();
        assert!(
            e.resolve()
                .await
                .unwrap()
                .iter()
                .all(|a| a.ip().is_loopback())
        );
    }

    /// A one-request HTTP server on loopback: what it received, and the status it answered.
    async fn server(status: u16) -> (SocketAddr, tokio::task::JoinHandle<String>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            let mut got = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                let n = s.read(&mut buf).await.unwrap();
                got.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&got);
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let len = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length: ")
                                .map(|v| v.trim().parse::<usize>().unwrap())
                        })
                        .unwrap_or(0);
                    if body.len() >= len {
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            let answer =
                format!("HTTP/1.1 {status} X\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok");
            s.write_all(answer.as_bytes()).await.unwrap();
            String::from_utf8_lossy(&got).into_owned()
        });
        (addr, task)
    }

    #[tokio::test]
    async fn a_post_reaches_an_allowed_endpoint_with_its_headers() {
        let (addr, task) = server(202).await;
        let e = Endpoint::parse(
            &format!("http://gw:pw@{addr}/send?to=x"),
            &["127.0.0.1".into()],
        )
        .unwrap();
        let status = e
            .post(
                "application/json",
                &[("x-test", "1".into())],
                b"{\"a\":1}".to_vec(),
            )
            .await
            .unwrap();
        assert_eq!(status, 202);
        let got = task.await.unwrap();
        assert!(got.starts_with("POST /send?to=x HTTP/1.1\r\n"), "{got}");
        let lower = got.to_ascii_lowercase();
        assert!(lower.contains("content-type: application/json"), "{got}");
        assert!(lower.contains("x-test: 1"), "{got}");
        assert!(lower.contains("authorization: basic z3c6chc="), "{got}");
        assert!(got.ends_with("{\"a\":1}"), "{got}");
    }

    #[tokio::test]
    async fn https_speaks_tls_and_says_when_the_other_side_does_not() {
        // A plain-HTTP server behind an https:// address: the handshake fails, and says so.
        use tokio::io::AsyncWriteExt;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            let _ = s
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                .await;
        });
        let e = Endpoint::parse(&format!("https://{addr}/"), &["127.0.0.1/32".into()]).unwrap();
        let err = e.post("text/plain", &[], b"x".to_vec()).await.unwrap_err();
        assert!(
            matches!(err, OutboundError::Tls(..))
                && err.to_string().starts_with("TLS with 127.0.0.1 failed"),
            "{err}"
        );
        task.abort();
    }

    #[tokio::test]
    async fn a_refusing_endpoint_is_an_error_with_its_status() {
        let (addr, task) = server(500).await;
        let e = Endpoint::parse(&format!("http://{addr}/"), &["127.0.0.1/32".into()]).unwrap();
        let err = e.post("text/plain", &[], b"x".to_vec()).await.unwrap_err();
        assert!(err.to_string().ends_with("answered 500"), "{err}");
        task.await.unwrap();
        // Nothing listening: a connection error, told with the host.
        let e = Endpoint::parse(&format!("http://{addr}/"), &["127.0.0.1/32".into()])
            .unwrap()
            .with_timeout(Duration::from_secs(2));
        let err = e.post("text/plain", &[], b"x".to_vec()).await.unwrap_err();
        assert!(
            err.to_string()
                .starts_with("could not connect to 127.0.0.1"),
            "{err}"
        );
    }
}
