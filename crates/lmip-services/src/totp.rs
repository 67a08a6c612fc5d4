//! Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps), as every authenticator
//! app speaks them. One step either side is accepted for clock drift; the step a code matched is
//! returned so that storage can refuse it the second time.

use rand::Rng;
use totp_rs::{Algorithm, Builder, Secret, Totp};

/// Seconds per code.
pub const STEP_SECONDS: u64 = 30;

fn totp(secret_base32: &str, account: &str) -> Option<Totp> {
    totp_for(secret_base32, "lmip", account)
}

fn totp_for(secret_base32: &str, issuer: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_base32).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(STEP_SECONDS)
        .with_secret(secret)
        .with_issuer(Some(issuer))
        .with_account_name(account)
        .build()
        .ok()
}

/// A new random 160-bit secret, base32 (what a person types if they cannot scan the code).
pub fn new_secret() -> String {
    let bytes: [u8; 20] = rand::rng().random();
    Secret::new_stack(bytes).to_base32()
}

/// The `otpauth://` address an authenticator app reads (from a QR code).
pub fn otpauth_url(secret_base32: &str, issuer: &str, account: &str) -> Option<String> {
    totp_for(secret_base32, issuer, account)?.to_url().ok()
}

/// The time step `code` matches at `unix_seconds`, if any (spaces in the code are ignored).
pub fn check_at(secret_base32: &str, code: &str, unix_seconds: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let t = totp(secret_base32, "user")?;
    t.check(&code, unix_seconds)
        .and_then(|step| i64::try_from(step).ok())
}

/// The time step `code` matches now, if any.
pub fn check(secret_base32: &str, code: &str) -> Option<i64> {
    check_at(secret_base32, code, now())
}

/// The code for a moment (tests and the enrolment page's self-check use it).
pub fn code_at(secret_base32: &str, unix_seconds: u64) -> Option<String> {
    Some(
        totp(secret_base32, "user")?
            .generate(unix_seconds)
            .to_string(),
    )
}

fn now() -> u64 {
    u64::try_from(time::OffsetDateTime::now_utc().unix_timestamp()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// RFC 6238 appendix B, SHA-1 rows (8 digits there; the last 6 digits are the 6-digit code).
    #[test]
    fn rfc_6238_vectors() {
        // base32 of the ASCII bytes "12345678901234567890".
        let b32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assert_eq!(Secret::new_stack(*b"12345678901234567890").to_base32(), b32);
        for (t, eight) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
        ] {
            assert_eq!(code_at(b32, t).unwrap(), eight[2..], "t = {t}");
        }
    }

    #[test]
    fn window_and_garbage() {
        let s = new_secret();
        let t = 1_800_000_000u64;
        let code = code_at(&s, t).unwrap();
        let step = i64::try_from(t / STEP_SECONDS).unwrap();
        assert_eq!(check_at(&s, &code, t), Some(step));
        assert_eq!(
            check_at(&s, &code, t + 30),
            Some(step),
            "one step late is fine"
        );
        assert_eq!(check_at(&s, &code, t + 90), None, "out of window");
        assert_eq!(
            check_at(&s, &format!("{} {}", &code[..3], &code[3..]), t),
            Some(step)
        );
        for bad in ["", "12345", "1234567", "abcdef", "+12345", "١٢٣٤٥٦"] {
            assert_eq!(check_at(&s, bad, t), None, "{bad:?}");
        }
        assert_eq!(check_at("not base32!", "123456", t), None);
        let url = otpauth_url(&s, "Labour portal", "ana@example.org").unwrap();
        assert!(
            url.starts_with("otpauth://totp/Labour%20portal:ana%40example.org?"),
            "{url}"
        );
    }
}
