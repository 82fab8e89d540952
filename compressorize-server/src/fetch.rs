//! Outbound HTTP fetches on behalf of API users (URL sources and webhook deliveries).
//!
//! This is the SSRF guard of a hosted service: a user-supplied URL must never
//! let a request reach loopback, the cloud metadata service, the private
//! network or any other non-public address. The rules:
//!
//! * only `http`/`https`, no `user:pass@` userinfo, a host is required;
//! * the host is resolved *here* and every resolved address must be public
//!   (or, with [`FetchPolicy::allow_private_targets`], loopback or a private
//!   network's, never link-local or a cloud metadata address); IP-literal
//!   hosts are judged the same way, before any connection is attempted;
//! * the connection goes to exactly the addresses that were checked (a
//!   per-hop client whose resolver only knows those addresses), so a DNS
//!   answer that changes between check and connect (DNS rebinding) is never
//!   used;
//! * redirects are followed by hand, each hop checked like the first;
//! * no proxy, no automatic decompression, a total deadline over everything
//!   (DNS, connect, redirects, body) and a streamed body capped at
//!   [`FetchPolicy::max_bytes`].

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{ACCEPT, LOCATION};
use url::{Host, Url};

/// Longest URL accepted; longer ones are refused up front (presigned object
/// store URLs are the long legitimate case and stay well below this).
const MAX_URL_LEN: usize = 8192;

/// Rules for outbound requests (URL sources and webhook deliveries).
#[derive(Debug, Clone)]
pub struct FetchPolicy {
    /// Also allow loopback and private networks' addresses (tests, a
    /// trusted network; see [`is_private_network_ip`]). Never on for the
    /// hosted service. Link-local, cloud metadata and reserved addresses
    /// stay refused even then.
    pub allow_private_targets: bool,
    /// Largest body accepted; more is [`FetchError::TooLarge`].
    pub max_bytes: usize,
    /// Limit for establishing one TCP (and TLS) connection.
    pub connect_timeout: Duration,
    /// Deadline for the whole fetch: DNS, every hop, and the body.
    pub total_timeout: Duration,
    /// Redirects followed before giving up with [`FetchError::Failed`].
    pub max_redirects: usize,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            allow_private_targets: false,
            max_bytes: 25 * 1024 * 1024,
            connect_timeout: Duration::from_secs(5),
            total_timeout: Duration::from_secs(30),
            max_redirects: 5,
        }
    }
}

/// Why a fetch was refused or failed. The messages are meant for the API
/// user: they never contain addresses that a hostname resolved to.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The URL itself is unacceptable (syntax, scheme, credentials, or it
    /// leads to a non-public address, possibly via a redirect): 400
    /// `invalid_url`.
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    /// The body is larger than [`FetchPolicy::max_bytes`]: 413
    /// `file_too_large`.
    #[error("the file at the URL is larger than the size limit")]
    TooLarge,
    /// Network trouble, a non-2xx status, too many redirects or the
    /// deadline passed: 422 `fetch_failed`.
    #[error("fetch failed: {0}")]
    Failed(String),
}

/// Downloads `url` under `policy` and returns the whole body.
///
/// Every hop's host is resolved and checked before connecting, and the
/// connection uses exactly the checked addresses.
pub async fn fetch(url: &str, policy: &FetchPolicy) -> Result<Vec<u8>, FetchError> {
    let url = parse_url(url)?;
    with_deadline(policy.total_timeout, fetch_checked(url, policy)).await
}

/// Validates a URL that will be contacted later (webhooks): scheme, host
/// resolves only to allowed addresses. Returns the parsed URL.
///
/// This does not pin the addresses for the later request: whoever contacts
/// the URL must check again at that time (a DNS answer can change).
pub async fn check_target_url(
    url: &str,
    policy: &FetchPolicy,
    require_https: bool,
) -> Result<Url, FetchError> {
    let url = parse_url(url)?;
    if require_https && url.scheme() != "https" {
        return Err(FetchError::InvalidUrl("the URL must use https".into()));
    }
    with_deadline(policy.total_timeout, check_hop(&url, policy)).await?;
    Ok(url)
}

/// POSTs `body` as JSON to `url` (webhook deliveries) and returns the
/// response status. The host is resolved and checked now, at send time (a
/// DNS answer may have changed since the URL was accepted), the connection
/// goes only to the checked addresses, and redirects are not followed (a
/// 3xx is returned as the status). With `require_https`, plain http is
/// refused. The response body is not read.
pub async fn post_json(
    url: &str,
    body: Vec<u8>,
    headers: &[(&'static str, String)],
    policy: &FetchPolicy,
    require_https: bool,
) -> Result<u16, FetchError> {
    let url = parse_url(url)?;
    if require_https && url.scheme() != "https" {
        return Err(FetchError::InvalidUrl("the URL must use https".into()));
    }
    with_deadline(policy.total_timeout, async {
        let addrs = check_hop(&url, policy).await?;
        let client = hop_client(&url, addrs, policy)?;
        let mut request = client
            .post(url.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json");
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let response = request
            .body(body)
            .send()
            .await
            .map_err(|e| FetchError::Failed(describe(e)))?;
        Ok(response.status().as_u16())
    })
    .await
}

/// Whether an address may be contacted when private targets are not allowed.
///
/// Refuses every special-purpose range (loopback, private, CGNAT,
/// link-local, documentation, benchmarking, multicast, reserved, ...).
/// Addresses that embed an IPv4 address (IPv4-mapped, IPv4-compatible,
/// NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by that IPv4 address,
/// since that is where the packets end up. IPv6 outside global unicast
/// `2000::/3` is refused altogether.
pub fn is_public_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

/// IPv4 ranges that are never public targets (RFC 6890 and friends).
const V4_REFUSED: &[(Ipv4Addr, u8)] = &[
    (Ipv4Addr::new(0, 0, 0, 0), 8),       // "this network"
    (Ipv4Addr::new(10, 0, 0, 0), 8),      // private
    (Ipv4Addr::new(100, 64, 0, 0), 10),   // CGNAT shared space
    (Ipv4Addr::new(127, 0, 0, 0), 8),     // loopback
    (Ipv4Addr::new(169, 254, 0, 0), 16),  // link-local, cloud metadata
    (Ipv4Addr::new(172, 16, 0, 0), 12),   // private
    (Ipv4Addr::new(192, 0, 0, 0), 24),    // IETF protocol assignments
    (Ipv4Addr::new(192, 0, 2, 0), 24),    // TEST-NET-1
    (Ipv4Addr::new(192, 88, 99, 0), 24),  // 6to4 relay anycast
    (Ipv4Addr::new(192, 168, 0, 0), 16),  // private
    (Ipv4Addr::new(198, 18, 0, 0), 15),   // benchmarking
    (Ipv4Addr::new(198, 51, 100, 0), 24), // TEST-NET-2
    (Ipv4Addr::new(203, 0, 113, 0), 24),  // TEST-NET-3
    (Ipv4Addr::new(224, 0, 0, 0), 4),     // multicast
    (Ipv4Addr::new(240, 0, 0, 0), 4),     // reserved, incl. 255.255.255.255
];

/// IPv6 ranges inside global unicast `2000::/3` that are still refused;
/// everything outside `2000::/3` is refused anyway, the rest of the list
/// documents intent (and keeps working if that rule is ever relaxed).
const V6_REFUSED: &[(Ipv6Addr, u8)] = &[
    (Ipv6Addr::new(0x64, 0xff9b, 1, 0, 0, 0, 0, 0), 48), // local-use NAT64
    (Ipv6Addr::new(0x100, 0, 0, 0, 0, 0, 0, 0), 64),     // discard-only
    (Ipv6Addr::new(0x2001, 0, 0, 0, 0, 0, 0, 0), 23),    // IETF protocol assignments, Teredo
    (Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0), 32), // documentation
    (Ipv6Addr::new(0x3fff, 0, 0, 0, 0, 0, 0, 0), 20),    // documentation
    (Ipv6Addr::new(0xfc00, 0, 0, 0, 0, 0, 0, 0), 7),     // unique local
    (Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 0), 10),    // link-local
    (Ipv6Addr::new(0xfec0, 0, 0, 0, 0, 0, 0, 0), 10),    // site-local (deprecated)
    (Ipv6Addr::new(0xff00, 0, 0, 0, 0, 0, 0, 0), 8),     // multicast
];

/// IPv4 ranges `--allow-private-targets` opens: loopback and RFC 1918's
/// private networks. Not CGNAT's shared space (100.64.0.0/10 holds a cloud
/// metadata service, 100.100.100.200), not link-local (169.254.169.254).
const V4_PRIVATE_NETWORKS: &[(Ipv4Addr, u8)] = &[
    (Ipv4Addr::new(127, 0, 0, 0), 8),
    (Ipv4Addr::new(10, 0, 0, 0), 8),
    (Ipv4Addr::new(172, 16, 0, 0), 12),
    (Ipv4Addr::new(192, 168, 0, 0), 16),
];

/// The IPv6 metadata service of one cloud sits inside unique local space:
/// `fd00:ec2::254`. Its /32 stays refused.
const V6_METADATA: (Ipv6Addr, u8) = (Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0), 32);

/// Whether `--allow-private-targets` lets an address be contacted: loopback
/// (`127.0.0.0/8`, `::1`), RFC 1918 networks and IPv6 unique local
/// addresses (`fc00::/7`), or an IPv6 address embedding one of those IPv4
/// addresses. Link-local addresses, where cloud metadata services answer,
/// and every other special-purpose range stay refused: a trusted network's
/// image store is on a private address, never on those.
pub fn is_private_network_ip(ip: IpAddr) -> bool {
    let v4 = |ip| V4_PRIVATE_NETWORKS.iter().any(|&range| v4_in(ip, range));
    match ip {
        IpAddr::V4(ip) => v4(ip),
        IpAddr::V6(ip) if ip == Ipv6Addr::LOCALHOST => true,
        IpAddr::V6(ip) => match embedded_v4(ip) {
            Some(embedded) => v4(embedded),
            None => {
                let unique_local = (Ipv6Addr::new(0xfc00, 0, 0, 0, 0, 0, 0, 0), 7);
                v6_in(ip, unique_local) && !v6_in(ip, V6_METADATA)
            }
        },
    }
}

fn v4_in(ip: Ipv4Addr, (net, prefix): (Ipv4Addr, u8)) -> bool {
    let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
    ip.to_bits() & mask == net.to_bits() & mask
}

fn v6_in(ip: Ipv6Addr, (net, prefix): (Ipv6Addr, u8)) -> bool {
    let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
    ip.to_bits() & mask == net.to_bits() & mask
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    !V4_REFUSED.iter().any(|&range| v4_in(ip, range))
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = embedded_v4(ip) {
        return is_public_v4(v4);
    }
    let global_unicast = (Ipv6Addr::new(0x2000, 0, 0, 0, 0, 0, 0, 0), 3);
    v6_in(ip, global_unicast) && !V6_REFUSED.iter().any(|&range| v6_in(ip, range))
}

/// The IPv4 address an IPv6 address leads to, for the forms that embed one:
/// `::ffff:a.b.c.d` (mapped), `::a.b.c.d` (compatible, also covers `::` and
/// `::1`, which embed refused 0.0.0.0/8 addresses), `64:ff9b::a.b.c.d`
/// (NAT64 well-known prefix) and `2002:aabb:ccdd::/48` (6to4).
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let bits = ip.to_bits();
    let low32 = Ipv4Addr::from_bits(bits as u32);
    let mapped = (Ipv6Addr::new(0, 0, 0, 0, 0, 0xffff, 0, 0), 96);
    let compatible = (Ipv6Addr::UNSPECIFIED, 96);
    let nat64 = (Ipv6Addr::new(0x64, 0xff9b, 0, 0, 0, 0, 0, 0), 96);
    let six_to_four = (Ipv6Addr::new(0x2002, 0, 0, 0, 0, 0, 0, 0), 16);
    if v6_in(ip, mapped) || v6_in(ip, compatible) || v6_in(ip, nat64) {
        Some(low32)
    } else if v6_in(ip, six_to_four) {
        Some(Ipv4Addr::from_bits((bits >> 80) as u32))
    } else {
        None
    }
}

/// Runs `work` under the policy's total deadline.
async fn with_deadline<T>(
    deadline: Duration,
    work: impl Future<Output = Result<T, FetchError>>,
) -> Result<T, FetchError> {
    tokio::time::timeout(deadline, work)
        .await
        .unwrap_or_else(|_| Err(FetchError::Failed(format!("timed out after {deadline:?}"))))
}

/// Parses a user-supplied URL. The `url` crate normalises host spellings
/// (decimal, octal, hex, short IPv4 forms) to real addresses, so the later
/// address check sees what the OS would connect to.
fn parse_url(raw: &str) -> Result<Url, FetchError> {
    if raw.len() > MAX_URL_LEN {
        return Err(FetchError::InvalidUrl(format!(
            "the URL is longer than {MAX_URL_LEN} characters"
        )));
    }
    let url = Url::parse(raw.trim()).map_err(|e| FetchError::InvalidUrl(e.to_string()))?;
    check_shape(&url)?;
    Ok(url)
}

/// The syntactic rules every hop must follow: http(s), no credentials, a host.
fn check_shape(url: &Url) -> Result<(), FetchError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::InvalidUrl(format!(
            "scheme {:?} is not allowed, only http and https",
            url.scheme()
        )));
    }
    // Credentials in URLs leak into logs and enable `trusted.com@evil` tricks.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(FetchError::InvalidUrl(
            "URLs with credentials (user:password@) are not allowed".into(),
        ));
    }
    if url.host().is_none() {
        return Err(FetchError::InvalidUrl("the URL has no host".into()));
    }
    Ok(())
}

/// Checks one hop (the first URL or a redirect target): its shape, then its
/// host's addresses. Returns the addresses to connect to, which are exactly
/// the ones that were checked. Never connects anywhere itself; only domain
/// names cause a DNS lookup.
async fn check_hop(url: &Url, policy: &FetchPolicy) -> Result<Vec<SocketAddr>, FetchError> {
    check_shape(url)?;
    let port = url
        .port_or_known_default()
        .ok_or_else(|| FetchError::InvalidUrl("the URL has no port".into()))?;
    let (label, addrs): (String, Vec<SocketAddr>) = match url.host() {
        Some(Host::Ipv4(ip)) => (ip.to_string(), vec![SocketAddr::new(ip.into(), port)]),
        Some(Host::Ipv6(ip)) => (format!("[{ip}]"), vec![SocketAddr::new(ip.into(), port)]),
        Some(Host::Domain(domain)) => {
            let addrs = tokio::net::lookup_host((domain, port))
                .await
                .map_err(|_| FetchError::Failed(format!("could not resolve host {domain}")))?
                .collect();
            (domain.to_owned(), addrs)
        }
        None => return Err(FetchError::InvalidUrl("the URL has no host".into())),
    };
    if addrs.is_empty() {
        return Err(FetchError::Failed(format!("host {label} has no addresses")));
    }
    // One bad address refuses the host: we must not let the connector pick it.
    let allowed =
        |ip| is_public_ip(ip) || (policy.allow_private_targets && is_private_network_ip(ip));
    if !addrs.iter().all(|a| allowed(a.ip())) {
        return Err(FetchError::InvalidUrl(format!(
            "{label} resolves to a private address"
        )));
    }
    Ok(addrs)
}

/// A resolver that answers only for the one host whose addresses were
/// checked, with exactly those addresses, and refuses any other name. It is
/// the only resolver a hop's client has, so no unchecked lookup can happen.
#[derive(Debug)]
struct PinnedResolver {
    host: Option<String>,
    addrs: Vec<SocketAddr>,
}

impl Resolve for PinnedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let result = if self.host.as_deref() == Some(name.as_str()) {
            let addrs: Addrs = Box::new(self.addrs.clone().into_iter());
            Ok(addrs)
        } else {
            Err(format!("refusing to resolve unchecked host {}", name.as_str()).into())
        };
        Box::pin(std::future::ready(result))
    }
}

/// A client for one hop: no redirects, no proxy, only the checked addresses.
fn hop_client(
    url: &Url,
    addrs: Vec<SocketAddr>,
    policy: &FetchPolicy,
) -> Result<reqwest::Client, FetchError> {
    crate::util::ensure_crypto_provider();
    let host = match url.host() {
        Some(Host::Domain(domain)) => Some(domain.to_owned()),
        _ => None, // IP literals are connected to directly, never resolved.
    };
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .connect_timeout(policy.connect_timeout)
        .dns_resolver(PinnedResolver { host, addrs })
        .user_agent(concat!("compressorize/", env!("CARGO_PKG_VERSION")))
        .pool_max_idle_per_host(0)
        .build()
        .map_err(|e| FetchError::Failed(format!("could not set up the HTTP client: {e}")))
}

/// Follows redirects by hand from an already shape-checked URL.
async fn fetch_checked(mut url: Url, policy: &FetchPolicy) -> Result<Vec<u8>, FetchError> {
    let mut redirects = 0;
    loop {
        let addrs = check_hop(&url, policy).await?;
        let client = hop_client(&url, addrs, policy)?;
        let response = client
            .get(url.clone())
            .header(ACCEPT, "image/*, */*;q=0.8")
            .send()
            .await
            .map_err(|e| FetchError::Failed(describe(e)))?;
        let status = response.status();
        if matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308) {
            if redirects >= policy.max_redirects {
                return Err(FetchError::Failed(format!(
                    "too many redirects (more than {})",
                    policy.max_redirects
                )));
            }
            let location = response
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| {
                    FetchError::Failed(format!("HTTP {status} redirect without a usable Location"))
                })?;
            // Relative locations resolve against the current URL.
            url = url.join(location).map_err(|e| {
                FetchError::Failed(format!("HTTP {status} redirect to an invalid URL: {e}"))
            })?;
            redirects += 1;
            continue;
        }
        if !status.is_success() {
            return Err(FetchError::Failed(format!(
                "the server answered HTTP {status}"
            )));
        }
        return read_body(response, policy.max_bytes).await;
    }
}

/// Streams the body, stopping as soon as it would exceed `max_bytes`: at
/// most `max_bytes` are ever buffered here (plus the one chunk in flight).
async fn read_body(
    mut response: reqwest::Response,
    max_bytes: usize,
) -> Result<Vec<u8>, FetchError> {
    let declared = response.content_length();
    if declared.is_some_and(|len| len > max_bytes as u64) {
        return Err(FetchError::TooLarge);
    }
    let capacity = declared.map_or(0, |len| usize::try_from(len).unwrap_or(max_bytes));
    let mut body = Vec::with_capacity(capacity.min(max_bytes));
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| FetchError::Failed(format!("reading the body failed: {}", describe(e))))?
    {
        if chunk.len() > max_bytes - body.len() {
            return Err(FetchError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A readable message for a reqwest error: what went wrong plus the cause
/// chain (e.g. "could not connect: ... Connection refused"), without the URL.
fn describe(error: reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    if error.is_timeout() {
        parts.push("timed out".into());
    } else if error.is_connect() {
        parts.push("could not connect".into());
    }
    let error = error.without_url();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        let text = cause.to_string();
        // hyper often repeats the inner message in the outer one.
        if !parts.last().is_some_and(|last| last.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }
    if parts.is_empty() {
        parts.push(error.to_string());
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn default_policy_values() {
        let p = FetchPolicy::default();
        assert!(!p.allow_private_targets);
        assert_eq!(p.max_bytes, 26_214_400);
        assert_eq!(p.connect_timeout, Duration::from_secs(5));
        assert_eq!(p.total_timeout, Duration::from_secs(30));
        assert_eq!(p.max_redirects, 5);
    }

    #[test]
    fn refuses_special_ipv4_ranges() {
        // First and last address of every refused range, plus one inside.
        #[rustfmt::skip]
        let refused = [
            "0.0.0.0", "0.1.2.3", "0.255.255.255",
            "10.0.0.0", "10.1.2.3", "10.255.255.255",
            "100.64.0.0", "100.100.100.100", "100.127.255.255",
            "127.0.0.0", "127.0.0.1", "127.255.255.255",
            "169.254.0.0", "169.254.169.254", "169.254.255.255",
            "172.16.0.0", "172.20.1.1", "172.31.255.255",
            "192.0.0.0", "192.0.0.170", "192.0.0.255",
            "192.0.2.0", "192.0.2.1", "192.0.2.255",
            "192.88.99.0", "192.88.99.1", "192.88.99.255",
            "192.168.0.0", "192.168.1.1", "192.168.255.255",
            "198.18.0.0", "198.19.1.1", "198.19.255.255",
            "198.51.100.0", "198.51.100.7", "198.51.100.255",
            "203.0.113.0", "203.0.113.9", "203.0.113.255",
            "224.0.0.0", "224.0.0.251", "239.255.255.255",
            "240.0.0.0", "250.1.2.3", "255.255.255.254", "255.255.255.255",
        ];
        for s in refused {
            assert!(!is_public_ip(ip(s)), "{s} must be refused");
        }
    }

    #[test]
    fn accepts_public_ipv4_including_range_neighbours() {
        #[rustfmt::skip]
        let public = [
            "1.1.1.1", "8.8.8.8", "9.9.9.9", "93.184.216.34",
            // Just outside refused ranges: the masks must be exact.
            "1.0.0.0", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
            "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0",
            "172.15.255.255", "172.32.0.0", "192.0.1.0", "192.0.3.0", "192.88.98.255",
            "192.88.100.0", "192.167.255.255", "192.169.0.0", "198.17.255.255",
            "198.20.0.0", "198.51.99.255", "198.51.101.0", "203.0.112.255", "203.0.114.0",
            "223.255.255.255",
        ];
        for s in public {
            assert!(is_public_ip(ip(s)), "{s} must be allowed");
        }
    }

    #[test]
    fn refuses_special_ipv6_ranges() {
        #[rustfmt::skip]
        let refused = [
            "::", "::1",
            // IPv4-mapped and IPv4-compatible forms of refused IPv4.
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:0.0.0.0",
            "::ffff:192.168.1.1", "::127.0.0.1", "::10.1.2.3", "::169.254.169.254",
            // NAT64 well-known prefix embedding refused IPv4; local-use NAT64.
            "64:ff9b::127.0.0.1", "64:ff9b::a00:1", "64:ff9b::169.254.169.254",
            "64:ff9b:1::", "64:ff9b:1::8.8.8.8", "64:ff9b:1:ffff::1",
            // Discard-only.
            "100::", "100::1", "100::ffff:ffff:ffff:ffff",
            // IETF protocol assignments incl. Teredo, and documentation.
            "2001::", "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:1::1",
            "2001:1ff:ffff::1", "2001:db8::", "2001:db8::1", "2001:db8:ffff::1",
            "3fff::", "3fff::1", "3fff:fff:ffff::1",
            // 6to4 embedding refused IPv4.
            "2002:7f00:1::", "2002:a00:1::1", "2002:a9fe:a9fe::1", "2002:c0a8:101::",
            // ULA, link-local, site-local, multicast.
            "fc00::", "fd00::1", "fdff:ffff::1", "fe80::", "fe80::1", "febf:ffff::1",
            "fec0::", "fec0::1", "feff::1", "ff00::", "ff02::1", "ff0e::1",
            // Outside global unicast 2000::/3 altogether.
            "4000::1", "5f00::1", "8000::1", "::ffff:0:8.8.8.8",
        ];
        for s in refused {
            assert!(!is_public_ip(ip(s)), "{s} must be refused");
        }
    }

    #[test]
    fn accepts_public_ipv6_and_embedded_public_ipv4() {
        #[rustfmt::skip]
        let public = [
            "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001::1",
            "2001:200::1", // just after 2001::/23
            "2001:db7:ffff::1", "2001:db9::1", "3fff:1000::1", "2003::1",
            "::ffff:1.1.1.1", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "64:ff9b::101:101",
            "2002:808:808::1", "::8.8.8.8",
        ];
        for s in public {
            assert!(is_public_ip(ip(s)), "{s} must be allowed");
        }
    }

    #[test]
    fn url_crate_normalises_ipv4_spellings() {
        let cases = [
            ("http://2130706433/", "127.0.0.1"),
            ("http://0177.0.0.1/", "127.0.0.1"),
            ("http://0x7f.1/", "127.0.0.1"),
            ("http://0x7f000001/", "127.0.0.1"),
            ("http://127.1/", "127.0.0.1"),
            ("http://0/", "0.0.0.0"),
            ("http://0xA9.254.0251.0376/", "169.254.169.254"),
            ("http://012.1/", "10.0.0.1"),
        ];
        for (raw, want) in cases {
            let url = Url::parse(raw).unwrap();
            let want: Ipv4Addr = want.parse().unwrap();
            assert_eq!(url.host(), Some(Host::Ipv4(want)), "{raw}");
        }
    }

    /// IP-literal URLs are judged without DNS and without connecting: these
    /// calls do no I/O at all, so a pass proves the refusal came first.
    #[tokio::test]
    async fn refuses_private_ip_literal_urls() {
        let policy = FetchPolicy::default();
        #[rustfmt::skip]
        let urls = [
            "http://127.0.0.1/x.jpg", "http://127.0.0.1:8080/", "https://10.0.0.1/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[fd00::1]/",
            "http://[fe80::1]/", "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/",
            "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/", "http://0x7f000001/",
            "http://127.1/", "http://0/", "http://192.168.1.1:22/", "http://100.64.0.1/",
            "http://255.255.255.255/", "http://224.0.0.1/", "HTTP://127.0.0.1/",
        ];
        for raw in urls {
            match check_target_url(raw, &policy, false).await {
                Err(FetchError::InvalidUrl(m)) => {
                    assert!(m.contains("private address"), "{raw}: {m}")
                }
                other => panic!("{raw} must be refused, got {other:?}"),
            }
            match fetch(raw, &policy).await {
                Err(FetchError::InvalidUrl(_)) => {}
                other => panic!("fetch {raw} must be refused, got {other:?}"),
            }
        }
    }

    #[tokio::test]
    async fn refuses_bad_schemes_credentials_and_garbage() {
        let policy = FetchPolicy {
            allow_private_targets: true,
            ..FetchPolicy::default()
        };
        #[rustfmt::skip]
        let urls = [
            "ftp://1.1.1.1/x.jpg", "file:///etc/passwd", "gopher://1.1.1.1/", "data:,hello",
            "javascript:alert(1)", "ws://1.1.1.1/", "http://user:pass@1.1.1.1/",
            "http://user@1.1.1.1/", "https://:secret@1.1.1.1/", "not a url", "", "/relative",
            "http://", "http://[::1/", "http://:80/",
        ];
        for raw in urls {
            assert!(
                matches!(
                    check_target_url(raw, &policy, false).await,
                    Err(FetchError::InvalidUrl(_))
                ),
                "{raw} must be invalid_url"
            );
            assert!(
                matches!(fetch(raw, &policy).await, Err(FetchError::InvalidUrl(_))),
                "fetch {raw} must be invalid_url"
            );
        }
        let long = format!("https://1.1.1.1/{}", "a".repeat(MAX_URL_LEN));
        assert!(matches!(
            fetch(&long, &policy).await,
            Err(FetchError::InvalidUrl(_))
        ));
    }

    #[tokio::test]
    async fn check_target_url_accepts_public_literals_and_enforces_https() {
        let policy = FetchPolicy::default();
        // IP literals: no DNS and no connection happen here.
        let url = check_target_url("https://1.1.1.1/hook?a=1", &policy, true)
            .await
            .unwrap();
        assert_eq!(url.as_str(), "https://1.1.1.1/hook?a=1");
        check_target_url("http://[2606:4700:4700::1111]:8443/", &policy, false)
            .await
            .unwrap();
        assert!(matches!(
            check_target_url("http://1.1.1.1/hook", &policy, true).await,
            Err(FetchError::InvalidUrl(_))
        ));
        let open = FetchPolicy {
            allow_private_targets: true,
            ..FetchPolicy::default()
        };
        check_target_url("http://127.0.0.1:9/", &open, false)
            .await
            .unwrap();
        assert!(matches!(
            check_target_url("http://localhost:9/", &policy, false).await,
            Err(FetchError::InvalidUrl(_))
        ));
    }

    /// `--allow-private-targets` opens loopback and private networks, and
    /// nothing else: cloud metadata services (link-local, CGNAT, IETF and
    /// unique-local addresses), "this network", multicast and documentation
    /// addresses stay refused. IP literals: no DNS and no connection.
    #[tokio::test]
    async fn private_targets_are_loopback_and_private_networks_only() {
        let open = FetchPolicy {
            allow_private_targets: true,
            ..FetchPolicy::default()
        };
        #[rustfmt::skip]
        let opened = [
            "http://127.0.0.1:9/", "http://127.8.9.10/", "http://[::1]:9/", "http://10.1.2.3/",
            "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.1.20/",
            "http://[fd12:3456:789a::1]/", "http://[::ffff:192.168.0.1]/", "https://1.1.1.1/",
        ];
        for raw in opened {
            check_target_url(raw, &open, false)
                .await
                .unwrap_or_else(|e| panic!("{raw} must be allowed: {e:?}"));
        }
        #[rustfmt::skip]
        let refused = [
            "http://169.254.169.254/latest/meta-data/", "http://169.254.170.2/v2/credentials",
            "http://[fd00:ec2::254]/latest/meta-data/", "http://100.100.100.200/latest/meta-data/",
            "http://192.0.0.192/opc/v2/instance/", "http://[fe80::1]/", "http://0.0.0.0/",
            "http://[::]/", "http://224.0.0.1/", "http://255.255.255.255/", "http://192.0.2.1/",
            "http://[::ffff:169.254.169.254]/", "http://100.64.0.1/",
        ];
        for raw in refused {
            assert!(
                matches!(
                    check_target_url(raw, &open, false).await,
                    Err(FetchError::InvalidUrl(_))
                ),
                "{raw} must be refused"
            );
            assert!(
                matches!(fetch(raw, &open).await, Err(FetchError::InvalidUrl(_))),
                "fetch {raw} must be refused before connecting"
            );
        }
    }

    /// Redirect targets go through `check_hop`; it must refuse private
    /// targets however the Location is spelled, without connecting.
    #[tokio::test]
    async fn check_hop_refuses_private_redirect_targets() {
        let policy = FetchPolicy::default();
        let base = Url::parse("https://images.example.com/a/b.jpg").unwrap();
        #[rustfmt::skip]
        let locations = [
            "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
            "http://0x7f000001/", "//10.0.0.1/x", "//[fd00::1]:8080/", "http://[::ffff:10.0.0.1]/",
            "https://0177.0.0.1/", "http://2852039166/", "http://localhost/",
        ];
        for location in locations {
            let next = base.join(location).unwrap();
            match check_hop(&next, &policy).await {
                Err(FetchError::InvalidUrl(m)) => {
                    assert!(m.contains("private address"), "{location}: {m}")
                }
                other => panic!("{location} must be refused, got {other:?}"),
            }
        }
        for location in [
            "ftp://1.1.1.1/",
            "http://u:p@1.1.1.1/",
            "file:///etc/passwd",
        ] {
            let next = base.join(location).unwrap();
            assert!(
                matches!(
                    check_hop(&next, &policy).await,
                    Err(FetchError::InvalidUrl(_))
                ),
                "{location} must be refused"
            );
        }
        // A public literal passes and is pinned to exactly that address.
        let next = base.join("http://[2606:4700:4700::1111]/x").unwrap();
        assert_eq!(
            check_hop(&next, &policy).await.unwrap(),
            vec![SocketAddr::new(ip("2606:4700:4700::1111"), 80)]
        );
    }

    #[tokio::test]
    async fn pinned_resolver_refuses_other_names() {
        let addr: SocketAddr = "127.0.0.1:1234".parse().unwrap();
        let resolver = PinnedResolver {
            host: Some("img.example".into()),
            addrs: vec![addr],
        };
        let got: Vec<_> = resolver
            .resolve("img.example".parse().unwrap())
            .await
            .unwrap()
            .collect();
        assert_eq!(got, vec![addr]);
        assert!(
            resolver
                .resolve("other.example".parse().unwrap())
                .await
                .is_err()
        );
        let literal_only = PinnedResolver {
            host: None,
            addrs: vec![],
        };
        assert!(
            literal_only
                .resolve("img.example".parse().unwrap())
                .await
                .is_err()
        );
    }

    // ---- behaviour tests against a loopback fixture server ----

    fn corpus_image() -> Vec<u8> {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/photos/fox.jpg");
        std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "test corpus image {} is missing ({e}); the shared corpus must sit beside the repo",
                path.display()
            )
        })
    }

    /// A minimal HTTP/1.1 server on 127.0.0.1 with fixed routes; counts
    /// accepted connections so tests can prove none was made.
    struct Fixture {
        port: u16,
        connections: Arc<AtomicUsize>,
    }

    impl Fixture {
        async fn start() -> Self {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let port = listener.local_addr().unwrap().port();
            let connections = Arc::new(AtomicUsize::new(0));
            let image = Arc::new(corpus_image());
            let counter = connections.clone();
            tokio::spawn(async move {
                while let Ok((stream, _)) = listener.accept().await {
                    counter.fetch_add(1, Ordering::SeqCst);
                    tokio::spawn(serve(stream, port, image.clone()));
                }
            });
            Self { port, connections }
        }

        fn url(&self, path: &str) -> String {
            format!("http://127.0.0.1:{}{path}", self.port)
        }

        fn connections(&self) -> usize {
            self.connections.load(Ordering::SeqCst)
        }
    }

    fn head(status: &str, headers: &[(&str, String)]) -> Vec<u8> {
        let mut out = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
        for (name, value) in headers {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str("\r\n");
        out.into_bytes()
    }

    /// Reads the request head, answers by path, closes. Write errors are
    /// ignored: the client may hang up early (that is the point of some tests).
    async fn serve(mut stream: TcpStream, port: u16, image: Arc<Vec<u8>>) {
        let mut request = Vec::new();
        let mut buf = [0u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => request.extend_from_slice(&buf[..n]),
            }
        }
        let request = String::from_utf8_lossy(&request);
        let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
        let two_mb = vec![b'x'; 2 * 1024 * 1024];
        let ok_with = |body: &[u8]| {
            let mut out = head("200 OK", &[("Content-Length", body.len().to_string())]);
            out.extend_from_slice(body);
            out
        };
        let response = match path.as_str() {
            "/x.jpg" | "/" => ok_with(&image),
            p if p.starts_with("/r/") => {
                // /r/N redirects N more times, alternating relative and
                // absolute Locations and redirect codes, then serves the image.
                let n: usize = p[3..].parse().unwrap();
                if n == 0 {
                    ok_with(&image)
                } else {
                    let codes = [
                        "302 Found",
                        "301 Moved Permanently",
                        "307 Temporary Redirect",
                        "308 Permanent Redirect",
                        "303 See Other",
                    ];
                    let location = if n.is_multiple_of(2) {
                        format!("/r/{}", n - 1)
                    } else {
                        format!("http://127.0.0.1:{port}/r/{}", n - 1)
                    };
                    head(
                        codes[n % codes.len()],
                        &[("Location", location), ("Content-Length", "0".into())],
                    )
                }
            }
            "/relative-dots" => head("302 Found", &[("Location", "r/../x.jpg".into())]),
            "/no-location" => head("302 Found", &[("Content-Length", "0".into())]),
            "/missing" => head("404 Not Found", &[("Content-Length", "0".into())]),
            "/big" => ok_with(&two_mb),
            "/exactly-1mb" => ok_with(&two_mb[..1024 * 1024]),
            "/big-chunked" => {
                let _ = stream
                    .write_all(&head("200 OK", &[("Transfer-Encoding", "chunked".into())]))
                    .await;
                for chunk in two_mb.chunks(64 * 1024) {
                    let mut piece = format!("{:x}\r\n", chunk.len()).into_bytes();
                    piece.extend_from_slice(chunk);
                    piece.extend_from_slice(b"\r\n");
                    if stream.write_all(&piece).await.is_err() {
                        return;
                    }
                }
                let _ = stream.write_all(b"0\r\n\r\n").await;
                return;
            }
            "/big-until-close" => {
                // HTTP/1.0-style body delimited by closing the connection.
                let mut out = head("200 OK", &[]);
                out.extend_from_slice(&two_mb);
                out
            }
            "/huge-declared" => {
                // Claims 10 GB, sends a little, then stalls: must be refused
                // from the header alone, long before any deadline.
                let _ = stream
                    .write_all(&head("200 OK", &[("Content-Length", "10000000000".into())]))
                    .await;
                let _ = stream.write_all(b"xxxx").await;
                tokio::time::sleep(Duration::from_secs(30)).await;
                return;
            }
            "/slow-body" => {
                let _ = stream
                    .write_all(&head("200 OK", &[("Content-Length", "100".into())]))
                    .await;
                let _ = stream.write_all(&[b'x'; 10]).await;
                tokio::time::sleep(Duration::from_secs(30)).await;
                return;
            }
            "/slow-head" => {
                tokio::time::sleep(Duration::from_secs(30)).await;
                return;
            }
            "/cut" => {
                let mut out = head("200 OK", &[("Content-Length", "100000".into())]);
                out.extend_from_slice(&image[..1000]);
                out
            }
            _ => head("404 Not Found", &[("Content-Length", "0".into())]),
        };
        let _ = stream.write_all(&response).await;
        let _ = stream.shutdown().await;
    }

    fn open_policy() -> FetchPolicy {
        FetchPolicy {
            allow_private_targets: true,
            total_timeout: Duration::from_secs(10),
            ..FetchPolicy::default()
        }
    }

    fn expect_failed(result: Result<Vec<u8>, FetchError>, what: &str) -> String {
        match result {
            Err(FetchError::Failed(m)) => {
                eprintln!("{what}: {m}");
                m
            }
            other => panic!("{what}: expected Failed, got {:?}", other.map(|b| b.len())),
        }
    }

    #[tokio::test]
    async fn default_policy_refuses_loopback_without_connecting() {
        let server = Fixture::start().await;
        let policy = FetchPolicy::default();
        let literal = fetch(&server.url("/x.jpg"), &policy).await;
        assert!(
            matches!(literal, Err(FetchError::InvalidUrl(_))),
            "{literal:?}"
        );
        let by_name = fetch(&format!("http://localhost:{}/", server.port), &policy).await;
        match by_name {
            Err(FetchError::InvalidUrl(m)) => {
                assert!(m.contains("resolves to a private address"), "{m}")
            }
            other => panic!("localhost must be refused, got {other:?}"),
        }
        assert_eq!(
            server.connections(),
            0,
            "a refused URL must not be contacted"
        );
    }

    #[tokio::test]
    async fn fetches_body_intact() {
        let server = Fixture::start().await;
        let body = fetch(&server.url("/x.jpg"), &open_policy()).await.unwrap();
        assert!(body == corpus_image(), "body differs from fox.jpg");
        // By name too: goes through the pinned resolver.
        let body = fetch(
            &format!("http://localhost:{}/x.jpg", server.port),
            &open_policy(),
        )
        .await
        .unwrap();
        assert_eq!(body.len(), corpus_image().len());
    }

    #[tokio::test]
    async fn follows_redirects_up_to_the_limit() {
        let server = Fixture::start().await;
        let image = corpus_image();
        for n in [1, 3, 5] {
            let body = fetch(&server.url(&format!("/r/{n}")), &open_policy())
                .await
                .unwrap();
            assert!(body == image, "{n} redirects: body differs");
        }
        let body = fetch(&server.url("/relative-dots"), &open_policy())
            .await
            .unwrap();
        assert!(body == image);
        let message = expect_failed(
            fetch(&server.url("/r/6"), &open_policy()).await,
            "6 redirects",
        );
        assert!(message.contains("too many redirects"), "{message}");
        let strict = FetchPolicy {
            max_redirects: 0,
            ..open_policy()
        };
        expect_failed(fetch(&server.url("/r/1"), &strict).await, "0 allowed");
        let message = expect_failed(
            fetch(&server.url("/no-location"), &open_policy()).await,
            "no Location",
        );
        assert!(message.contains("302"), "{message}");
    }

    /// The hop client connects to the pinned addresses, never to a fresh
    /// lookup: pin `localhost` to 127.0.0.2 (nobody listens there) and the
    /// request fails although `localhost` itself would work.
    #[tokio::test]
    async fn hop_client_connects_only_to_pinned_addresses() {
        let server = Fixture::start().await;
        let url = Url::parse(&format!("http://localhost:{}/x.jpg", server.port)).unwrap();
        let policy = open_policy();
        let pinned = |ip: &str| vec![SocketAddr::new(super::tests::ip(ip), server.port)];
        let good = hop_client(&url, pinned("127.0.0.1"), &policy).unwrap();
        let response = good.get(url.clone()).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let before = server.connections();
        let elsewhere = hop_client(&url, pinned("127.0.0.2"), &policy).unwrap();
        assert!(elsewhere.get(url.clone()).send().await.is_err());
        // A client made for an IP literal resolves no name at all.
        let literal_only =
            hop_client(&Url::parse("http://127.0.0.1/").unwrap(), vec![], &policy).unwrap();
        assert!(literal_only.get(url).send().await.is_err());
        assert_eq!(server.connections(), before);
    }

    /// https goes through rustls (ring provider, platform verifier): talking
    /// TLS to the plain-HTTP fixture must fail cleanly, not panic.
    #[tokio::test]
    async fn https_to_plain_server_fails_cleanly() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            // Answer the ClientHello with plain HTTP, as a misconfigured
            // server would.
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf).await;
            let _ = stream.write_all(&head("400 Bad Request", &[])).await;
        });
        let url = format!("https://127.0.0.1:{port}/x.jpg");
        let message = expect_failed(fetch(&url, &open_policy()).await, "TLS to plain HTTP");
        assert!(!message.contains("timed out"), "{message}");
    }

    #[tokio::test]
    async fn non_success_status_fails_with_code() {
        let server = Fixture::start().await;
        let message = expect_failed(fetch(&server.url("/missing"), &open_policy()).await, "404");
        assert!(message.contains("404"), "{message}");
    }

    #[tokio::test]
    async fn oversized_bodies_are_too_large() {
        let server = Fixture::start().await;
        let policy = FetchPolicy {
            max_bytes: 1024 * 1024,
            ..open_policy()
        };
        for path in ["/big", "/big-chunked", "/big-until-close"] {
            let result = fetch(&server.url(path), &policy).await;
            assert!(
                matches!(result, Err(FetchError::TooLarge)),
                "{path}: {:?}",
                result.map(|b| b.len())
            );
        }
        let exact = fetch(&server.url("/exactly-1mb"), &policy).await.unwrap();
        assert_eq!(exact.len(), 1024 * 1024);
        // Declared length alone refuses, well before the 10 s deadline.
        let started = std::time::Instant::now();
        let result = fetch(&server.url("/huge-declared"), &policy).await;
        assert!(
            matches!(result, Err(FetchError::TooLarge)),
            "{:?}",
            result.map(|b| b.len())
        );
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[tokio::test]
    async fn total_timeout_covers_headers_and_body() {
        let server = Fixture::start().await;
        let policy = FetchPolicy {
            total_timeout: Duration::from_millis(500),
            ..open_policy()
        };
        for path in ["/slow-body", "/slow-head"] {
            let started = std::time::Instant::now();
            let message = expect_failed(fetch(&server.url(path), &policy).await, path);
            assert!(message.contains("timed out"), "{path}: {message}");
            assert!(
                started.elapsed() < Duration::from_secs(3),
                "{path} overran the deadline"
            );
        }
    }

    #[tokio::test]
    async fn connection_trouble_fails() {
        let server = Fixture::start().await;
        let message = expect_failed(fetch(&server.url("/cut"), &open_policy()).await, "cut body");
        assert!(message.contains("body"), "{message}");
        // A port nobody listens on: bind, note the port, close.
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let message = expect_failed(
            fetch(&format!("http://127.0.0.1:{port}/"), &open_policy()).await,
            "refused",
        );
        assert!(message.contains("connect"), "{message}");
    }
}
