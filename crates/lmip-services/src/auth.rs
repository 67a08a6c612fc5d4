//! Passwords, sign-in and sessions.
//!
//! - Passwords: 12 to 128 characters of any Unicode, never truncated; the 10,000 most common
//!   passwords (zxcvbn's ranked list) are refused. Hashed with Argon2id; the PHC string stores the
//!   parameters, so they can be raised later.
//! - Sign-in answers the same whether or not the account exists: an unknown address is checked
//!   against a dummy hash so that the work, and the time, is the same; both outcomes write one
//!   audit row.
//! - Sessions: a random 256-bit cookie value, stored only as its SHA-256; idle timeout 30 minutes,
//!   absolute 12 hours; a password change ends every session of the account.

use crate::ServiceError;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use lmip_storage::{AuditEvent, Db, NewSession, WriteTx, parse_utc};
use rand::Rng;
use sha2::{Digest, Sha256};

/// Shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted, in characters.
pub const MAX_PASSWORD_CHARS: usize = 128;
/// Passwords ranked this high or higher in the common-password list are refused.
pub const COMMON_PASSWORD_RANK: usize = 10_000;
/// A session ends after this long without a request.
pub const IDLE_TIMEOUT: time::Duration = time::Duration::minutes(30);
/// A session ends this long after sign-in, whatever happens.
pub const ABSOLUTE_TIMEOUT: time::Duration = time::Duration::hours(12);

/// Sensitive actions (exports, role changes, case referral) need the password entered this recently.
pub const REAUTH_AFTER: time::Duration = time::Duration::minutes(15);
/// How long the code form of a two-step sign-in stays valid.
pub const SECOND_FACTOR_WINDOW: time::Duration = time::Duration::minutes(5);

/// Failed sign-ins allowed (per account and per client) before attempts are slowed down.
pub const FREE_FAILURES: i64 = 5;
/// The longest wait between attempts.
pub const MAX_DELAY: time::Duration = time::Duration::minutes(15);
/// Failures are forgotten this long after the last one.
pub const FAILURE_MEMORY: time::Duration = time::Duration::hours(1);

/// How long to wait after `failures` failures: nothing for the first [`FREE_FAILURES`], then 2 s,
/// 4 s, 8 s … up to [`MAX_DELAY`]. A growing delay, never a permanent lock that an attacker could
/// use to shut a colleague out.
pub fn delay_after(failures: i64) -> time::Duration {
    if failures < FREE_FAILURES {
        return time::Duration::ZERO;
    }
    let exponent = u32::try_from(failures - FREE_FAILURES + 1)
        .unwrap_or(u32::MAX)
        .min(20);
    time::Duration::seconds(1i64 << exponent).min(MAX_DELAY)
}

/// Why a password, link or sign-in was refused. Worded for the person at the form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// Fewer than 12 characters.
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    /// More than 128 characters.
    #[error("the password must have at most {MAX_PASSWORD_CHARS} characters")]
    TooLong,
    /// Among the most common passwords.
    #[error("this is one of the most common passwords, which attackers try first; choose another")]
    Common,
    /// Unknown, used or expired link (one answer for all three).
    #[error(
        "this link cannot be used: it may have expired or been used already. Ask for a new one with \"Forgot your password?\" on the sign-in page, or ask an administrator"
    )]
    InvalidLink,
    /// Wrong address or password (one answer for both).
    #[error("the e-mail address or the password is not right")]
    InvalidCredentials,
    /// The password was right and the account has a second factor: the code is needed next. The
    /// ticket (valid [`SECOND_FACTOR_WINDOW`]) carries the sign-in to the code form.
    #[error("enter the code from your authenticator app")]
    SecondFactorRequired {
        /// The one-time ticket for the code form.
        ticket: String,
    },
    /// The code is wrong, out of its time window, or was used already (one answer for all).
    #[error("this code is not right or was used already: wait for the next code and enter it")]
    WrongCode,
    /// The sign-in waited too long for its code.
    #[error("this sign-in has expired: start again with your password")]
    SignInExpired,
    /// A sensitive action, and the password was last entered too long ago.
    #[error("for this, enter your password again")]
    ReauthRequired,
    /// The user's organisation requires a second factor, so it cannot be turned off.
    #[error("your organisation requires a second factor, so it cannot be turned off")]
    SecondFactorMandatory,
    /// Too many failed attempts for this account or from this client, lately.
    #[error("too many attempts: wait {minutes} minute(s) and try again")]
    TooManyAttempts {
        /// Whole minutes to wait, at least 1.
        minutes: i64,
    },
}

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashCost {
    /// Memory in KiB (OWASP minimum 19,456).
    pub memory_kib: u32,
    /// Iterations (at least 2).
    pub iterations: u32,
    /// Parallelism.
    pub lanes: u32,
}

impl Default for HashCost {
    fn default() -> Self {
        HashCost {
            memory_kib: 19_456,
            iterations: 2,
            lanes: 1,
        }
    }
}

fn hasher(cost: HashCost) -> Argon2<'static> {
    let params = Params::new(
        cost.memory_kib.max(19_456),
        cost.iterations.max(2),
        cost.lanes.max(1),
        None,
    )
    .unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Checks the password rules.
pub fn check_password(password: &str) -> Result<(), AuthError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(AuthError::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(AuthError::TooLong);
    }
    let entropy = zxcvbn::zxcvbn(password, &[]);
    let common = entropy.sequence().iter().any(|m| {
        m.i == 0
            && m.j + 1 == chars
            && matches!(&m.pattern, zxcvbn::matching::patterns::MatchPattern::Dictionary(d)
                // zxcvbn does not export its dictionary type, only its Debug name.
                if format!("{:?}", d.dictionary_name) == "Passwords"
                    && d.rank <= COMMON_PASSWORD_RANK && !d.reversed && !d.l33t)
    });
    if common {
        Err(AuthError::Common)
    } else {
        Ok(())
    }
}

/// Hashes a password (on a blocking thread: Argon2 takes tens of milliseconds on purpose).
pub async fn hash_password(password: &str, cost: HashCost) -> Result<String, ServiceError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        hasher(cost)
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
    })
    .await
    .map_err(|e| ServiceError::Internal(e.to_string()))?
    .map_err(|e| ServiceError::Internal(e.to_string()))
}

/// Checks a password against a PHC string (on a blocking thread).
async fn verify_password(password: &str, phc: String) -> bool {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&phc)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A hash of a random password at `cost`, computed once per cost: what unknown accounts are
/// checked against, so that they take as long as real ones.
async fn dummy_hash(cost: HashCost) -> String {
    static DUMMY: std::sync::Mutex<Option<(HashCost, String)>> = std::sync::Mutex::new(None);
    if let Ok(guard) = DUMMY.lock()
        && let Some((c, h)) = guard.as_ref()
        && *c == cost
    {
        return h.clone();
    }
    let random: [u8; 16] = rand::rng().random();
    let h = hash_password(&hex::encode(random), cost)
        .await
        .unwrap_or_default();
    if let Ok(mut guard) = DUMMY.lock() {
        *guard = Some((cost, h.clone()));
    }
    h
}

/// Whether a stored hash was made with less than `cost` (or is not Argon2id), so that the next
/// successful sign-in should store a new one.
pub fn needs_rehash(phc: &str, cost: HashCost) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return true;
    };
    if parsed.algorithm.as_str() != "argon2id" {
        return true;
    }
    match Params::try_from(&parsed) {
        Ok(p) => {
            p.m_cost() < cost.memory_kib.max(19_456)
                || p.t_cost() < cost.iterations.max(2)
                || p.p_cost() < cost.lanes.max(1)
        }
        Err(_) => true,
    }
}

pub(crate) fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

pub(crate) fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    hex::encode(bytes)
}

/// Sets the password with a one-time link's token. The rules are checked before the link is used,
/// so a rejected password does not waste the link. Unusable links count against `client`.
pub async fn set_password(
    db: &Db,
    token: &str,
    password: &str,
    cost: HashCost,
    client: &str,
) -> Result<(), ServiceError> {
    // Links are 256-bit secrets, but a client trying many is still slowed down like sign-in.
    let client_key = format!("client:{client}");
    if let Some(minutes) = must_wait(db, &[&client_key]).await? {
        return Err(AuthError::TooManyAttempts { minutes }.into());
    }
    check_password(password)?;
    let phc = hash_password(password, cost).await?;
    let now = lmip_storage::now_utc_text();
    let mut tx = db.write().await?;
    let Some(user_id) = tx
        .consume_token(&sha256_hex(token), "set_password", &now)
        .await?
    else {
        count_failures(&mut tx, &[&client_key]).await?;
        tx.commit().await?;
        return Err(AuthError::InvalidLink.into());
    };
    tx.set_password_hash(&user_id, &phc).await?;
    audit_own_account(&mut tx, &user_id, "user.password_set").await?;
    tx.commit().await?;
    Ok(())
}

/// A new session: the cookie value (shown to the browser only) and its form token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    /// The session cookie's value.
    pub cookie: String,
    /// The session's form token.
    pub csrf: String,
}

/// Counts one more failure under each throttle key (the twin of [`must_wait`]).
pub(crate) async fn count_failures(
    tx: &mut WriteTx<'_>,
    keys: &[&str],
) -> Result<(), ServiceError> {
    let forget_before = lmip_storage::format_utc(time::OffsetDateTime::now_utc() - FAILURE_MEMORY);
    for key in keys {
        tx.count_failure(key, &forget_before).await?;
    }
    Ok(())
}

/// The audit row for something a user did to their own account.
pub(crate) async fn audit_own_account(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    action: &str,
) -> Result<(), ServiceError> {
    let actor = format!("user:{user_id}");
    tx.audit(&AuditEvent {
        actor: &actor,
        action,
        entity: "app_user",
        entity_id: user_id,
        detail: "{}",
    })
    .await?;
    Ok(())
}

/// Whether attempts under these throttle keys must wait, and for how many minutes.
pub(crate) async fn must_wait(db: &Db, keys: &[&str]) -> Result<Option<i64>, ServiceError> {
    let now = time::OffsetDateTime::now_utc();
    let mut wait = time::Duration::ZERO;
    for key in keys {
        if let Some((failures, last)) = db.throttle(key).await?
            && let Some(last) = parse_utc(&last)
            && now - last < FAILURE_MEMORY
        {
            wait = wait.max(last + delay_after(failures) - now);
        }
    }
    Ok((wait > time::Duration::ZERO).then(|| (wait.whole_seconds() + 59).max(60) / 60))
}

/// Signs in. Unknown address, wrong password, and an account without a password or disabled all
/// answer [`AuthError::InvalidCredentials`] after the same work. `client` identifies where the
/// request came from (an address, or a network for IPv6), for throttling.
pub async fn sign_in(
    db: &Db,
    cost: HashCost,
    email: &str,
    password: &str,
    user_agent: &str,
    client: &str,
) -> Result<SignedIn, ServiceError> {
    // Keyed by a hash of the address, so unknown accounts are throttled exactly like known ones.
    let account_key = account_key(email);
    let client_key = format!("client:{client}");
    if let Some(minutes) = must_wait(db, &[&account_key, &client_key]).await? {
        return Err(AuthError::TooManyAttempts { minutes }.into());
    }
    let account = db.login_account(email).await?;
    let phc = account
        .as_ref()
        .filter(|a| a.status == "active")
        .and_then(|a| a.password_hash.clone());
    let checked_against_real_hash = phc.is_some();
    let ok = verify_password(password, phc.clone().unwrap_or(dummy_hash(cost).await)).await
        && checked_against_real_hash;
    let entity_id = account.as_ref().map_or("unknown", |a| a.id.as_str());
    if !ok {
        let mut tx = db.write().await?;
        count_failures(&mut tx, &[&account_key, &client_key]).await?;
        tx.audit(&AuditEvent {
            actor: "anonymous",
            action: "session.sign_in_failed",
            entity: "app_user",
            entity_id,
            detail: "{}",
        })
        .await?;
        tx.commit().await?;
        return Err(AuthError::InvalidCredentials.into());
    }
    // Stronger parameters were configured since this hash was made: store a new one now, while the
    // password is at hand.
    let rehashed = match &phc {
        Some(old) if needs_rehash(old, cost) => Some(hash_password(password, cost).await?),
        _ => None,
    };
    let second_factor = account.as_ref().is_some_and(|a| a.totp_secret.is_some());
    let mut tx = db.write().await?;
    if let Some(new_phc) = &rehashed {
        tx.replace_password_hash(entity_id, new_phc).await?;
        audit_own_account(&mut tx, entity_id, "user.password_rehashed").await?;
    }
    if second_factor {
        // The code comes next; failures are cleared only when the whole sign-in succeeds.
        let ticket = random_token();
        let expires =
            lmip_storage::format_utc(time::OffsetDateTime::now_utc() + SECOND_FACTOR_WINDOW);
        tx.create_token(
            entity_id,
            &sha256_hex(&ticket),
            SECOND_FACTOR_PURPOSE,
            &expires,
        )
        .await?;
        audit_own_account(&mut tx, entity_id, "session.second_factor_asked").await?;
        tx.commit().await?;
        return Err(AuthError::SecondFactorRequired { ticket }.into());
    }
    let signed = start_session(&mut tx, entity_id, user_agent, &account_key).await?;
    tx.commit().await?;
    Ok(signed)
}

/// The one-time token purpose of a two-step sign-in's ticket.
const SECOND_FACTOR_PURPOSE: &str = "second_factor";

/// Starts a session for a user who has proved who they are; clears the account's failures.
async fn start_session(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    user_agent: &str,
    account_key: &str,
) -> Result<SignedIn, ServiceError> {
    tx.clear_failures(account_key).await?;
    let cookie = random_token();
    let csrf = random_token();
    let agent: String = user_agent.chars().take(200).collect();
    tx.create_session(&NewSession {
        id_hash: &sha256_hex(&cookie),
        user_id,
        csrf_token: &csrf,
        user_agent: &agent,
    })
    .await?;
    audit_own_account(tx, user_id, "session.sign_in").await?;
    Ok(SignedIn { cookie, csrf })
}

/// The throttle key of an account, from its address (unknown addresses get one too).
fn account_key(email: &str) -> String {
    format!(
        "account:{}",
        &sha256_hex(&email.trim().to_lowercase())[..32]
    )
}

/// The second step of a sign-in: the code from the authenticator app, with the ticket the first
/// step gave. A wrong, reused or out-of-window code counts as a failed sign-in for the account and
/// the client; the ticket stays usable until it expires.
pub async fn sign_in_with_code(
    db: &Db,
    ticket: &str,
    code: &str,
    user_agent: &str,
    client: &str,
) -> Result<SignedIn, ServiceError> {
    let client_key = format!("client:{client}");
    let now = lmip_storage::now_utc_text();
    let user_id = db
        .token_user(&sha256_hex(ticket), SECOND_FACTOR_PURPOSE, &now)
        .await?;
    let Some(user_id) = user_id else {
        return Err(AuthError::SignInExpired.into());
    };
    let user_key = format!("user:{user_id}");
    if let Some(minutes) = must_wait(db, &[&user_key, &client_key]).await? {
        return Err(AuthError::TooManyAttempts { minutes }.into());
    }
    let secret = db
        .account(&user_id)
        .await?
        .and_then(|a| a.totp_secret.filter(|_| a.status == "active"));
    let step = secret.as_deref().and_then(|s| crate::totp::check(s, code));
    let mut tx = db.write().await?;
    let accepted = match step {
        Some(step) => tx.use_totp_step(&user_id, step).await?,
        None => false,
    };
    if !accepted {
        count_failures(&mut tx, &[&user_key, &client_key]).await?;
        audit_own_account(&mut tx, &user_id, "session.second_factor_failed").await?;
        tx.commit().await?;
        return Err(AuthError::WrongCode.into());
    }
    tx.consume_token(&sha256_hex(ticket), SECOND_FACTOR_PURPOSE, &now)
        .await?;
    tx.clear_failures(&user_key).await?;
    let signed = start_session(&mut tx, &user_id, user_agent, &user_key).await?;
    tx.commit().await?;
    Ok(signed)
}

/// A valid session and its user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the cookie value.
    pub id_hash: String,
    /// The user's id.
    pub user_id: String,
    /// The user's address.
    pub email: String,
    /// The form token for this session.
    pub csrf: String,
    /// (organisation slug, organisation name, role).
    pub roles: Vec<(String, String, String)>,
    /// When the password was last entered in this session.
    pub authenticated_at: time::OffsetDateTime,
    /// Whether the user has a second factor.
    pub has_second_factor: bool,
    /// Whether one of the user's organisations requires a second factor and they have none yet:
    /// until they set one up, the session can do nothing else.
    pub enrolment_required: bool,
}

/// The session for a cookie value, if it is valid now (not revoked, not idle for 30 minutes, not
/// older than 12 hours).
pub async fn session(db: &Db, cookie: &str) -> Result<Option<Session>, ServiceError> {
    if cookie.len() != 64 || !cookie.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let id_hash = sha256_hex(cookie);
    let Some(rec) = db.session(&id_hash).await? else {
        return Ok(None);
    };
    let now = time::OffsetDateTime::now_utc();
    let (Some(created), Some(seen)) = (parse_utc(&rec.created_at), parse_utc(&rec.last_seen_at))
    else {
        return Ok(None);
    };
    if rec.revoked_at.is_some() || now - created > ABSOLUTE_TIMEOUT || now - seen > IDLE_TIMEOUT {
        return Ok(None);
    }
    // Write at most once a minute per session: each request would otherwise be a write.
    if now - seen > time::Duration::minutes(1) {
        db.touch_session(&id_hash).await?;
    }
    let roles = db.roles_of(&rec.user_id).await?;
    let enrolment_required =
        !rec.has_second_factor && db.second_factor_required(&rec.user_id).await?;
    Ok(Some(Session {
        id_hash,
        user_id: rec.user_id,
        email: rec.email,
        csrf: rec.csrf_token,
        roles,
        // Unreadable means "long ago": the password is asked for again, never skipped.
        authenticated_at: parse_utc(&rec.authenticated_at)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH),
        has_second_factor: rec.has_second_factor,
        enrolment_required,
    }))
}

/// Signs out: the session ends on the server, whatever the browser keeps.
pub async fn sign_out(db: &Db, session: &Session) -> Result<(), ServiceError> {
    end_sessions(db, session, false).await
}

/// Ends this session, or every session of its user, with its audit row.
async fn end_sessions(db: &Db, session: &Session, everywhere: bool) -> Result<(), ServiceError> {
    let mut tx = db.write().await?;
    let action = if everywhere {
        tx.revoke_user_sessions(&session.user_id).await?;
        "session.sign_out_everywhere"
    } else {
        tx.revoke_session(&session.id_hash).await?;
        "session.sign_out"
    };
    audit_own_account(&mut tx, &session.user_id, action).await?;
    tx.commit().await?;
    Ok(())
}

/// One of a user's sessions, as the sessions page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// Whether it is the session asking.
    pub current: bool,
    /// When it began (RFC 3339 UTC).
    pub started: String,
    /// Its last request (RFC 3339 UTC, updated at most once a minute).
    pub last_seen: String,
    /// The browser's description.
    pub device: String,
}

/// The valid sessions of the signed-in user.
pub async fn sessions_of(db: &Db, session: &Session) -> Result<Vec<SessionSummary>, ServiceError> {
    let now = time::OffsetDateTime::now_utc();
    let rows = db
        .active_sessions(
            &session.user_id,
            &lmip_storage::format_utc(now - IDLE_TIMEOUT),
            &lmip_storage::format_utc(now - ABSOLUTE_TIMEOUT),
        )
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id_hash, started, last_seen, device)| SessionSummary {
            current: id_hash == session.id_hash,
            started,
            last_seen,
            device,
        })
        .collect())
}

/// Ends every session of the signed-in user, this one included.
pub async fn sign_out_everywhere(db: &Db, session: &Session) -> Result<(), ServiceError> {
    end_sessions(db, session, true).await
}

/// Refuses a sensitive action (exports, role changes, case referral) when the password was last
/// entered more than [`REAUTH_AFTER`] ago.
pub fn require_recent(session: &Session) -> Result<(), AuthError> {
    if time::OffsetDateTime::now_utc() - session.authenticated_at > REAUTH_AFTER {
        Err(AuthError::ReauthRequired)
    } else {
        Ok(())
    }
}

/// Checks the signed-in user's password again before a sensitive action, throttled like sign-in.
pub async fn confirm_password(
    db: &Db,
    session: &Session,
    password: &str,
    client: &str,
) -> Result<(), ServiceError> {
    let user_key = format!("user:{}", session.user_id);
    let client_key = format!("client:{client}");
    if let Some(minutes) = must_wait(db, &[&user_key, &client_key]).await? {
        return Err(AuthError::TooManyAttempts { minutes }.into());
    }
    let phc = db
        .account(&session.user_id)
        .await?
        .and_then(|a| a.password_hash)
        .unwrap_or_default();
    let ok = verify_password(password, phc).await;
    let mut tx = db.write().await?;
    if !ok {
        count_failures(&mut tx, &[&user_key, &client_key]).await?;
        audit_own_account(&mut tx, &session.user_id, "session.reauth_failed").await?;
        tx.commit().await?;
        return Err(AuthError::InvalidCredentials.into());
    }
    tx.reauthenticated(&session.id_hash).await?;
    tx.clear_failures(&user_key).await?;
    audit_own_account(&mut tx, &session.user_id, "session.reauthenticated").await?;
    tx.commit().await?;
    Ok(())
}

/// Compares two tokens in time independent of where they differ.
pub fn tokens_match(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A fresh random token (for forms without a session yet).
pub fn new_form_token() -> String {
    random_token()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lmip_storage::testing::test_databases;

    #[test]
    fn password_rules() {
        assert_eq!(check_password("short pass!"), Err(AuthError::TooShort));
        assert_eq!(check_password(&"x".repeat(129)), Err(AuthError::TooLong));
        assert_eq!(check_password("qwerty123456"), Err(AuthError::Common));
        assert_eq!(check_password("1qaz2wsx3edc"), Err(AuthError::Common));
        // Any script counts by characters, not bytes: 12 Thai characters are enough.
        assert_eq!(check_password("แรงงานข้ามชาติปลอดภัย"), Ok(()));
        assert_eq!(
            check_password(&"é".repeat(128)),
            Ok(()),
            "128 characters of 2 bytes each"
        );
        assert_eq!(check_password("correct horse battery staple"), Ok(()));
    }

    #[test]
    fn delays_grow_and_are_capped() {
        assert_eq!(delay_after(4), time::Duration::ZERO);
        assert_eq!(delay_after(5), time::Duration::seconds(2));
        assert_eq!(delay_after(6), time::Duration::seconds(4));
        assert_eq!(delay_after(12), time::Duration::seconds(256));
        assert_eq!(delay_after(40), MAX_DELAY);
    }

    #[tokio::test]
    async fn repeated_failures_slow_down_an_account_and_a_client() {
        for t in test_databases().await {
            with_password(&t).await;
            for i in 0..FREE_FAILURES {
                let e = sign_in(
                    &t,
                    Default::default(),
                    "ana@example.org",
                    "wrong guess",
                    "t",
                    &format!("198.51.100.{i}"),
                )
                .await
                .unwrap_err();
                assert_eq!(e.to_string(), AuthError::InvalidCredentials.to_string());
            }
            // Even the right password waits now: the account is being guessed at.
            let e = sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "a long and unusual passphrase",
                "t",
                "198.51.100.99",
            )
            .await
            .unwrap_err();
            assert_eq!(
                e.to_string(),
                AuthError::TooManyAttempts { minutes: 1 }.to_string(),
                "{}",
                t.label
            );
            // The same for an address that has no account: nothing tells the two apart.
            for _ in 0..FREE_FAILURES {
                let _ = sign_in(
                    &t,
                    Default::default(),
                    "ghost@example.org",
                    "wrong guess",
                    "t",
                    "203.0.113.7",
                )
                .await;
            }
            let e = sign_in(
                &t,
                Default::default(),
                "ghost@example.org",
                "wrong guess",
                "t",
                "203.0.113.8",
            )
            .await
            .unwrap_err();
            assert_eq!(
                e.to_string(),
                AuthError::TooManyAttempts { minutes: 1 }.to_string()
            );
            // One client trying many accounts is slowed down too.
            let e = sign_in(
                &t,
                Default::default(),
                "someone@example.org",
                "wrong guess",
                "t",
                "203.0.113.7",
            )
            .await
            .unwrap_err();
            assert_eq!(
                e.to_string(),
                AuthError::TooManyAttempts { minutes: 1 }.to_string()
            );
        }
    }

    /// Sign-in must not tell, by its timing, whether an account exists: the unknown address is
    /// checked against a dummy hash with the same cost. 200 interleaved tries of each, in random
    /// order within each pair; medians compared. (A security property the issue asks to demonstrate, with a margin wide enough for
    /// a busy 2-core machine; not a performance budget.)
    #[tokio::test]
    async fn sign_in_timing_does_not_reveal_accounts() {
        for t in test_databases().await {
            with_password(&t).await;
            let (mut known, mut unknown) = (Vec::new(), Vec::new());
            for i in 0..200 {
                sqlx::query("DELETE FROM throttle")
                    .execute(t.pool())
                    .await
                    .unwrap();
                // Which of the pair goes first is random: calls alternate between blocking-pool
                // threads and cores, and a fixed order would make position look like a difference
                // between accounts (seen on this 2-core machine: 20 ms vs 31 ms by parity alone).
                let known_first: bool = rand::random();
                for known_turn in [known_first, !known_first] {
                    let start = std::time::Instant::now();
                    if known_turn {
                        let _ = sign_in(
                            &t,
                            Default::default(),
                            "ana@example.org",
                            "wrong guess!",
                            "t",
                            &format!("k{i}"),
                        )
                        .await;
                        known.push(start.elapsed().as_secs_f64());
                    } else {
                        let _ = sign_in(
                            &t,
                            Default::default(),
                            &format!("nobody{i}@example.org"),
                            "wrong guess!",
                            "t",
                            &format!("u{i}"),
                        )
                        .await;
                        unknown.push(start.elapsed().as_secs_f64());
                    }
                }
            }
            let median = |v: &mut Vec<f64>| {
                v.sort_by(f64::total_cmp);
                v[v.len() / 2]
            };
            let (k, u) = (median(&mut known), median(&mut unknown));
            println!(
                "{}: median sign-in {:.1} ms with an account, {:.1} ms without",
                t.label,
                k * 1e3,
                u * 1e3
            );
            assert!(
                (k - u).abs() <= 0.25 * k.max(u) + 0.003,
                "{}: {k:.4}s vs {u:.4}s",
                t.label
            );
        }
    }

    #[tokio::test]
    async fn sessions_are_listed_and_ended_everywhere() {
        for t in test_databases().await {
            with_password(&t).await;
            let phone = sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "a long and unusual passphrase",
                "Phone browser",
                "192.0.2.1",
            )
            .await
            .unwrap();
            let desk = sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "a long and unusual passphrase",
                "Desk browser",
                "192.0.2.2",
            )
            .await
            .unwrap();
            let here = session(&t, &desk.cookie).await.unwrap().unwrap();
            let list = sessions_of(&t, &here).await.unwrap();
            assert_eq!(list.len(), 2, "{}", t.label);
            assert_eq!(
                list.iter()
                    .filter(|s| s.current)
                    .map(|s| s.device.as_str())
                    .collect::<Vec<_>>(),
                vec!["Desk browser"]
            );
            sign_out_everywhere(&t, &here).await.unwrap();
            assert!(session(&t, &phone.cookie).await.unwrap().is_none());
            assert!(session(&t, &desk.cookie).await.unwrap().is_none());
        }
    }

    #[test]
    fn tokens_compare_exactly() {
        assert!(tokens_match("abc", "abc"));
        assert!(!tokens_match("abc", "abd"));
        assert!(!tokens_match("abc", "abcd"));
    }

    /// An invited user who has set the password "a long and unusual passphrase".
    async fn with_password(db: &Db) {
        let token = invited(db).await;
        set_password(
            db,
            &token,
            "a long and unusual passphrase",
            HashCost::default(),
            "test",
        )
        .await
        .unwrap();
    }

    async fn invited(db: &Db) -> String {
        let u = crate::users::add(
            db,
            "cli:test",
            "ana@example.org",
            "operator",
            "admin",
            "http://x",
        )
        .await
        .unwrap();
        u.link.rsplit('/').next().unwrap().to_string()
    }

    #[tokio::test]
    async fn set_password_sign_in_and_out() {
        for t in test_databases().await {
            let token = invited(&t).await;
            // No password yet: sign-in fails like any wrong password.
            let e = sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "anything at all",
                "test",
                "192.0.2.1",
            )
            .await
            .unwrap_err();
            assert_eq!(e.to_string(), AuthError::InvalidCredentials.to_string());
            // A rejected password does not use up the link.
            let e = set_password(&t, &token, "qwerty123456", HashCost::default(), "test")
                .await
                .unwrap_err();
            assert_eq!(e.to_string(), AuthError::Common.to_string());
            set_password(
                &t,
                &token,
                "a long and unusual passphrase",
                HashCost::default(),
                "test",
            )
            .await
            .unwrap();
            // The link works once.
            let e = set_password(
                &t,
                &token,
                "another unusual passphrase",
                HashCost::default(),
                "test",
            )
            .await
            .unwrap_err();
            assert_eq!(
                e.to_string(),
                AuthError::InvalidLink.to_string(),
                "{}",
                t.label
            );
            let e = set_password(
                &t,
                &"0".repeat(64),
                "another unusual passphrase",
                HashCost::default(),
                "test",
            )
            .await
            .unwrap_err();
            assert_eq!(e.to_string(), AuthError::InvalidLink.to_string());

            let signed = sign_in(
                &t,
                Default::default(),
                "ANA@example.org",
                "a long and unusual passphrase",
                "test",
                "192.0.2.1",
            )
            .await
            .unwrap();
            let s = session(&t, &signed.cookie)
                .await
                .unwrap()
                .expect("a session");
            assert_eq!(
                (s.email.as_str(), s.csrf.as_str()),
                ("ana@example.org", signed.csrf.as_str())
            );
            assert_eq!(
                s.roles,
                vec![("operator".into(), "Portal operator".into(), "admin".into())]
            );
            assert!(session(&t, "not-a-cookie").await.unwrap().is_none());
            assert!(session(&t, &"f".repeat(64)).await.unwrap().is_none());

            sign_out(&t, &s).await.unwrap();
            assert!(
                session(&t, &signed.cookie).await.unwrap().is_none(),
                "{}: revoked on the server",
                t.label
            );

            let actions: Vec<String> = t
                .recent_audit(10)
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.action)
                .collect();
            for a in [
                "session.sign_out",
                "session.sign_in",
                "user.password_set",
                "session.sign_in_failed",
            ] {
                assert!(
                    actions.contains(&a.to_string()),
                    "{}: no {a} in {actions:?}",
                    t.label
                );
            }
            assert!(t.verify_audit().await.unwrap().first_break.is_none());
        }
    }

    #[tokio::test]
    async fn unknown_and_wrong_answer_alike_and_a_new_password_ends_sessions() {
        for t in test_databases().await {
            with_password(&t).await;
            let unknown = sign_in(
                &t,
                Default::default(),
                "nobody@example.org",
                "a long and unusual passphrase",
                "t",
                "192.0.2.1",
            )
            .await
            .unwrap_err()
            .to_string();
            let wrong = sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "not the passphrase!",
                "t",
                "192.0.2.1",
            )
            .await
            .unwrap_err()
            .to_string();
            assert_eq!(unknown, wrong);
            let signed = sign_in(
                &t,
                Default::default(),
                "ana@example.org",
                "a long and unusual passphrase",
                "t",
                "192.0.2.1",
            )
            .await
            .unwrap();
            let s = session(&t, &signed.cookie).await.unwrap().unwrap();
            let mut tx = t.write().await.unwrap();
            tx.set_password_hash(
                &s.user_id,
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
            assert!(
                session(&t, &signed.cookie).await.unwrap().is_none(),
                "{}",
                t.label
            );
        }
    }
}
