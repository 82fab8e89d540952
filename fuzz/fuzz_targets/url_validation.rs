//! The SSRF guard on arbitrary URLs and addresses, with the standard
//! library's address predicates as an independent judge.
//!
//! - Any byte string as a URL: `check_target_url` under the default policy
//!   never panics, and when it accepts a URL whose host is an address
//!   literal (however spelled: `http://0x7f.1/`, `http://[::ffff:a00:1]/`),
//!   that address is public by the judge. Names are skipped: they would
//!   need DNS, and fuzzing sends no traffic.
//! - The first 16 bytes as an IPv6 address and the first 4 as an IPv4 one:
//!   what the judge calls loopback, private, link-local, unspecified,
//!   broadcast, documentation, multicast, shared (CGNAT) or unique local is
//!   never public; an IPv4 address and its IPv4-mapped, IPv4-compatible and
//!   NAT64 forms are judged alike; `--allow-private-targets` never opens a
//!   link-local address (where cloud metadata services answer).
#![no_main]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use compressorize_server::fetch::{
    FetchPolicy, check_target_url, is_private_network_ip, is_public_ip,
};
use libfuzzer_sys::fuzz_target;

/// Special-purpose IPv4 by the standard library (and CGNAT's 100.64/10,
/// whose predicate is not stable yet).
fn special_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || (a == 100 && (64..128).contains(&b))
        || a == 0
}

/// Special-purpose IPv6 by the standard library.
fn special_v6(ip: Ipv6Addr) -> bool {
    ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || ip.is_unique_local()
        || ip.is_unicast_link_local()
}

/// Special-purpose by the judge, IPv4-mapped addresses by their IPv4 one.
fn special(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => special_v4(v4),
        IpAddr::V6(v6) => special_v6(v6) || v6.to_ipv4_mapped().is_some_and(special_v4),
    }
}

fn check_address(ip: IpAddr) {
    assert!(!(special(ip) && is_public_ip(ip)), "{ip} judged public");
    let link_local = match ip {
        IpAddr::V4(v4) => v4.is_link_local(),
        IpAddr::V6(v6) => {
            v6.is_unicast_link_local() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_link_local())
        }
    };
    assert!(
        !(link_local && is_private_network_ip(ip)),
        "{ip} opened by --allow-private-targets"
    );
}

/// One runtime for every input, not one built per input.
fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    if let Some(bytes) = data.get(..16) {
        let v6 = Ipv6Addr::from(<[u8; 16]>::try_from(bytes).unwrap());
        check_address(IpAddr::V6(v6));
    }
    if let Some(bytes) = data.get(..4) {
        let v4 = Ipv4Addr::from(<[u8; 4]>::try_from(bytes).unwrap());
        check_address(IpAddr::V4(v4));
        let public = is_public_ip(IpAddr::V4(v4));
        let [a, b, c, d] = v4.octets();
        for form in [
            v4.to_ipv6_mapped(),
            Ipv6Addr::from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, a, b, c, d]),
            Ipv6Addr::from([0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, a, b, c, d]),
        ] {
            assert_eq!(is_public_ip(IpAddr::V6(form)), public, "{v4} as {form}");
        }
    }

    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Only address literals: a name would be looked up in DNS.
    let Ok(parsed) = url::Url::parse(text.trim()) else {
        return;
    };
    let ip: IpAddr = match parsed.host() {
        Some(url::Host::Ipv4(v4)) => v4.into(),
        Some(url::Host::Ipv6(v6)) => v6.into(),
        _ => return,
    };
    let accepted = runtime().block_on(check_target_url(text, &FetchPolicy::default(), false));
    assert!(
        !(accepted.is_ok() && special(ip)),
        "{text:?} accepted, host {ip}"
    );
});
