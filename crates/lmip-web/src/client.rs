//! Who is asking: the client's address, for rate limits. `X-Forwarded-For` is believed only from
//! configured proxies, so a client cannot reset its own limit by sending the header itself.

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The key rate limits count under: an IPv4 address, an IPv6 /64 network (one device rotates
/// through its /64), or `unknown`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Client(pub String);

/// The client's address: the TCP peer, or, when the peer is a trusted proxy, the right-most
/// address in `X-Forwarded-For` that is not itself a trusted proxy.
pub(crate) fn client_address(
    peer: Option<IpAddr>,
    headers: &HeaderMap,
    trusted: &[IpAddr],
) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect::<Vec<_>>();
    for part in forwarded.iter().rev() {
        match part.parse::<IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => continue,
            Ok(ip) => return Some(ip),
            // A malformed entry: stop trusting the chain here.
            Err(_) => return Some(peer),
        }
    }
    Some(peer)
}

fn key(addr: Option<IpAddr>) -> String {
    match addr {
        Some(IpAddr::V4(a)) => a.to_string(),
        Some(IpAddr::V6(a)) => {
            let s = a.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        None => "unknown".into(),
    }
}

impl FromRequestParts<AppState> for Client {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // Through axum's own extractor, which also understands the test-time `MockConnectInfo`.
        let peer = ConnectInfo::<SocketAddr>::from_request_parts(parts, state)
            .await
            .ok()
            .map(|c| c.0.ip());
        Ok(Client(key(client_address(
            peer,
            &parts.headers,
            &state.inner.config.trusted_proxies,
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn xff(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let client: IpAddr = "203.0.113.9".parse().unwrap();
        // From the proxy: the client it names.
        assert_eq!(
            client_address(Some(proxy), &xff("203.0.113.9"), &[proxy]),
            Some(client)
        );
        // A client spoofing the header before the proxy appends the real address: the real one wins.
        assert_eq!(
            client_address(Some(proxy), &xff("1.2.3.4, 203.0.113.9"), &[proxy]),
            Some(client)
        );
        // Straight from a client, the header is ignored.
        assert_eq!(
            client_address(Some(client), &xff("1.2.3.4"), &[proxy]),
            Some(client)
        );
        assert_eq!(
            client_address(Some(proxy), &xff("nonsense"), &[proxy]),
            Some(proxy)
        );
        assert_eq!(
            key(Some("2001:db8:1:2:3:4:5:6".parse().unwrap())),
            "2001:db8:1:2::/64"
        );
        assert_eq!(key(None), "unknown");
    }
}
