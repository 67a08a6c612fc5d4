//! People and access, end to end below the web layer, on every test database: reset by mail,
//! invitations, roles, the second factor, API tokens, re-authentication and stronger hashes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_mail::{Mailer, Message, Outbox, Sent};
use lmip_services::ServiceError;
use lmip_services::api_tokens::{self, TokenCheck};
use lmip_services::auth::{self, AuthError, HashCost, Session};
use lmip_services::members::{self, Invitation, InvitationMail, MemberError};
use lmip_services::{reset, second_factor, totp, users};
use lmip_storage::Db;
use lmip_storage::testing::test_databases;

const PASS: &str = "a long and unusual passphrase";

async fn user(db: &Db, email: &str, org: &str, role: &str) -> String {
    let added = users::add(db, "test", email, org, role, "http://x")
        .await
        .unwrap();
    let token = added.link.rsplit('/').next().unwrap();
    auth::set_password(db, token, PASS, HashCost::default(), "test")
        .await
        .unwrap();
    added.id
}

async fn sign_in(db: &Db, email: &str) -> String {
    auth::sign_in(db, HashCost::default(), email, PASS, "t", "c")
        .await
        .unwrap()
        .cookie
}

async fn session(db: &Db, email: &str) -> Session {
    let cookie = sign_in(db, email).await;
    auth::session(db, &cookie).await.unwrap().unwrap()
}

fn outbox() -> (Outbox, Sent) {
    let (mailer, sent) = Mailer::memory("portal@example.org").unwrap();
    (Outbox::start(mailer), sent)
}

async fn wait_for_mail(sent: &Sent, n: usize) -> Vec<Message> {
    for _ in 0..300 {
        if sent.lock().unwrap().len() >= n {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    sent.lock().unwrap().clone()
}

fn link_token(body: &str) -> String {
    let at = body.find("/account/set-password/").expect("a link") + "/account/set-password/".len();
    body[at..at + 64].to_string()
}

fn is_auth(e: &ServiceError, want: &AuthError) -> bool {
    matches!(e, ServiceError::Auth(a) if a == want)
}

fn reset_mail(to: &str, link: &str) -> Message {
    Message {
        to: to.into(),
        subject: "reset".into(),
        body: format!("Open {link}\n"),
    }
}

#[tokio::test]
async fn a_reset_link_is_mailed_only_to_accounts_and_the_answer_is_the_same() {
    for t in test_databases().await {
        user(&t, "ana@example.org", "operator", "editor").await;
        let (outbox, sent) = outbox();
        let known =
            reset::request_reset(&t, &outbox, "ANA@example.org", "c1", "http://x", reset_mail)
                .await;
        let unknown = reset::request_reset(
            &t,
            &outbox,
            "ghost@example.org",
            "c1",
            "http://x",
            reset_mail,
        )
        .await;
        assert!(known.is_ok() && unknown.is_ok(), "{}", t.label);
        let mails = wait_for_mail(&sent, 1).await;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        assert_eq!(
            sent.lock().unwrap().len(),
            1,
            "{}: no mail for ghosts",
            t.label
        );
        assert_eq!(mails[0].to, "ANA@example.org");
        let token = link_token(&mails[0].body);
        auth::set_password(
            &t,
            &token,
            "another long passphrase",
            HashCost::default(),
            "c1",
        )
        .await
        .unwrap();
        let again = auth::set_password(
            &t,
            &token,
            "a third long passphrase",
            HashCost::default(),
            "c1",
        )
        .await
        .unwrap_err();
        assert!(
            is_auth(&again, &AuthError::InvalidLink),
            "reused link: {again}"
        );
        // Bad input is a clear error, not silence.
        let e = reset::request_reset(&t, &outbox, "not-an-address", "c1", "http://x", reset_mail)
            .await
            .unwrap_err();
        assert!(e.to_string().contains("is not an e-mail address"), "{e}");
        // Requests are limited per address, whatever the client says it is.
        for i in 0..4 {
            reset::request_reset(
                &t,
                &outbox,
                "ana@example.org",
                &format!("k{i}"),
                "http://x",
                reset_mail,
            )
            .await
            .unwrap();
        }
        let e = reset::request_reset(&t, &outbox, "ana@example.org", "k9", "http://x", reset_mail)
            .await
            .unwrap_err();
        assert!(
            matches!(e, ServiceError::Auth(AuthError::TooManyAttempts { .. })),
            "{e}"
        );
        for i in 0..4 {
            reset::request_reset(
                &t,
                &outbox,
                "ghost@example.org",
                &format!("g{i}"),
                "http://x",
                reset_mail,
            )
            .await
            .unwrap();
        }
        let e = reset::request_reset(
            &t,
            &outbox,
            "ghost@example.org",
            "g9",
            "http://x",
            reset_mail,
        )
        .await
        .unwrap_err();
        assert!(
            matches!(e, ServiceError::Auth(AuthError::TooManyAttempts { .. })),
            "unknown addresses are limited the same: {e}"
        );
    }
}

fn invitation_mail(to: &str, m: InvitationMail) -> Message {
    Message {
        to: to.into(),
        subject: "invitation".into(),
        body: match m {
            InvitationMail::NewAccount { link, .. } => format!("new {link}"),
            InvitationMail::RoleAdded { sign_in } => format!("added {sign_in}"),
        },
    }
}

#[tokio::test]
async fn invitations_roles_and_the_last_administrator() {
    for t in test_databases().await {
        let admin_id = user(&t, "admin@example.org", "operator", "admin").await;
        user(&t, "bo@example.org", "operator", "editor").await;
        let admin = session(&t, "admin@example.org").await;
        let (outbox, sent) = outbox();
        for email in ["new@example.org", "bo@example.org"] {
            members::invite(
                &t,
                &outbox,
                &admin,
                &Invitation {
                    org: "operator",
                    email,
                    role: "reviewer",
                },
                "http://x",
                invitation_mail,
            )
            .await
            .unwrap();
        }
        let mails = wait_for_mail(&sent, 2).await;
        assert!(
            mails[0]
                .body
                .starts_with("new http://x/account/set-password/")
        );
        assert_eq!(mails[1].body, "added http://x/account/sign-in");
        let list = members::members(&t, "operator").await.unwrap();
        let bo = list.iter().find(|m| m.email == "bo@example.org").unwrap();
        assert_eq!(bo.roles, vec!["editor", "reviewer"]);
        let new = list.iter().find(|m| m.email == "new@example.org").unwrap();
        assert_eq!(new.status, "invited");
        // An expired invitation cannot be used.
        sqlx::query(
            "UPDATE one_time_token SET expires_at = '2000-01-01T00:00:00Z' WHERE user_id = $1",
        )
        .bind(&new.user_id)
        .execute(t.pool())
        .await
        .unwrap();
        let e = auth::set_password(
            &t,
            &link_token(&mails[0].body),
            PASS,
            HashCost::default(),
            "c",
        )
        .await
        .unwrap_err();
        assert!(is_auth(&e, &AuthError::InvalidLink), "{e}");
        // The last administrator stays.
        let e = members::withdraw(&t, &admin, "operator", &admin_id, "admin")
            .await
            .unwrap_err();
        assert!(
            matches!(e, ServiceError::Members(MemberError::LastAdmin)),
            "{e}"
        );
        members::grant(&t, &admin, "operator", &bo.user_id, "admin")
            .await
            .unwrap();
        members::withdraw(&t, &admin, "operator", &admin_id, "admin")
            .await
            .unwrap();
        // Roles go only to members.
        let outsider = user(&t, "out@example.org", "operator", "editor").await;
        members::withdraw(&t, &admin, "operator", &outsider, "editor")
            .await
            .unwrap();
        let e = members::grant(&t, &admin, "operator", &outsider, "editor")
            .await
            .unwrap_err();
        assert!(
            matches!(e, ServiceError::Members(MemberError::NotAMember)),
            "{e}"
        );
        // Every change is in the audit log, naming nobody's address.
        let rows = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("membership."),
                entity: None,
                before: None,
                limit: 100,
            })
            .await
            .unwrap();
        assert_eq!(rows.len(), 5, "{}", t.label);
        assert!(rows.iter().all(|r| !r.detail.contains('@')));
    }
}

#[tokio::test]
async fn sensitive_actions_need_a_recent_password() {
    for t in test_databases().await {
        user(&t, "admin@example.org", "operator", "admin").await;
        let mut admin = session(&t, "admin@example.org").await;
        admin.authenticated_at -= time::Duration::minutes(16);
        let (outbox, _) = outbox();
        let e = members::invite(
            &t,
            &outbox,
            &admin,
            &Invitation {
                org: "operator",
                email: "x@example.org",
                role: "editor",
            },
            "http://x",
            invitation_mail,
        )
        .await
        .unwrap_err();
        assert!(is_auth(&e, &AuthError::ReauthRequired), "{e}");
        let e = auth::confirm_password(&t, &admin, "wrong password!", "c")
            .await
            .unwrap_err();
        assert!(is_auth(&e, &AuthError::InvalidCredentials), "{e}");
        auth::confirm_password(&t, &admin, PASS, "c").await.unwrap();
        let stored = t.session(&admin.id_hash).await.unwrap().unwrap();
        let at = lmip_storage::parse_utc(&stored.authenticated_at).unwrap();
        assert!(time::OffsetDateTime::now_utc() - at < time::Duration::minutes(1));
    }
}

fn now() -> u64 {
    u64::try_from(time::OffsetDateTime::now_utc().unix_timestamp()).unwrap()
}

#[tokio::test]
async fn the_second_factor() {
    for t in test_databases().await {
        user(&t, "ana@example.org", "operator", "editor").await;
        let ana = session(&t, "ana@example.org").await;
        let enrolment = second_factor::begin(&ana, "lmip").unwrap();
        let wrong = if totp::code_at(&enrolment.secret, now()).unwrap() == "000000" {
            "111111"
        } else {
            "000000"
        };
        let e = second_factor::enable(&t, &ana, &enrolment.secret, wrong)
            .await
            .unwrap_err();
        assert!(is_auth(&e, &AuthError::WrongCode), "{e}");
        let code = totp::code_at(&enrolment.secret, now()).unwrap();
        second_factor::enable(&t, &ana, &enrolment.secret, &code)
            .await
            .unwrap();
        // The password alone no longer signs in.
        let ticket =
            match auth::sign_in(&t, HashCost::default(), "ana@example.org", PASS, "t", "c").await {
                Err(ServiceError::Auth(AuthError::SecondFactorRequired { ticket })) => ticket,
                other => panic!("expected a code to be asked for: {other:?}"),
            };
        // The code used to turn it on cannot be used again, nor can an old one.
        for stale in [
            code.clone(),
            totp::code_at(&enrolment.secret, now() - 120).unwrap(),
        ] {
            let e = auth::sign_in_with_code(&t, &ticket, &stale, "t", "c")
                .await
                .unwrap_err();
            assert!(is_auth(&e, &AuthError::WrongCode), "{}: {e}", t.label);
        }
        let next = totp::code_at(&enrolment.secret, now() + 30).unwrap();
        let signed = auth::sign_in_with_code(&t, &ticket, &next, "t", "c")
            .await
            .unwrap();
        assert!(auth::session(&t, &signed.cookie).await.unwrap().is_some());
        let e = auth::sign_in_with_code(&t, &ticket, &next, "t", "c")
            .await
            .unwrap_err();
        assert!(
            is_auth(&e, &AuthError::SignInExpired),
            "a ticket is used once: {e}"
        );
        let e = auth::sign_in_with_code(&t, &"f".repeat(64), &next, "t", "c")
            .await
            .unwrap_err();
        assert!(is_auth(&e, &AuthError::SignInExpired), "{e}");
        // An organisation can require it; then it cannot be turned off.
        user(&t, "admin@example.org", "operator", "admin").await;
        let admin = session(&t, "admin@example.org").await;
        members::require_second_factor(&t, &admin, "operator", true)
            .await
            .unwrap();
        let admin_again = session(&t, "admin@example.org").await;
        assert!(
            admin_again.enrolment_required,
            "no second factor yet, and the organisation wants one"
        );
        let ana_now = auth::session(&t, &signed.cookie).await.unwrap().unwrap();
        assert!(!ana_now.enrolment_required && ana_now.has_second_factor);
        // Both steps in the window were used (to enable, to sign in): forget them, as 30 seconds
        // passing would.
        sqlx::query("UPDATE app_user SET totp_last_step = NULL")
            .execute(t.pool())
            .await
            .unwrap();
        let later = totp::code_at(&enrolment.secret, now()).unwrap();
        let e = second_factor::disable(&t, &ana_now, &later)
            .await
            .unwrap_err();
        assert!(is_auth(&e, &AuthError::SecondFactorMandatory), "{e}");
        members::require_second_factor(&t, &admin, "operator", false)
            .await
            .unwrap();
        second_factor::disable(&t, &ana_now, &later).await.unwrap();
        sign_in(&t, "ana@example.org").await;
    }
}

#[tokio::test]
async fn api_tokens_are_shown_once_scoped_and_revocable() {
    for t in test_databases().await {
        user(&t, "admin@example.org", "operator", "admin").await;
        let admin = session(&t, "admin@example.org").await;
        for (name, roles) in [
            ("", vec!["stats_focal_point"]),
            ("x", vec![]),
            ("x", vec!["admin"]),
            ("x", vec!["no_such_role"]),
        ] {
            let roles: Vec<String> = roles.into_iter().map(String::from).collect();
            assert!(
                api_tokens::create(&t, &admin, "operator", name, &roles)
                    .await
                    .is_err(),
                "{name:?} {roles:?}"
            );
        }
        let roles = vec!["stats_focal_point".to_string()];
        let made = api_tokens::create(&t, &admin, "operator", "upload script", &roles)
            .await
            .unwrap();
        assert!(made.token.starts_with("lmip_"));
        let stored: String = sqlx::query_scalar("SELECT token_hash FROM api_token")
            .fetch_one(t.pool())
            .await
            .unwrap();
        assert_ne!(stored, made.token, "only a hash is kept");
        match api_tokens::check(&t, &made.token).await.unwrap() {
            TokenCheck::Valid(c) => {
                assert_eq!(
                    (c.org_slug.as_str(), c.roles.as_str()),
                    ("operator", "stats_focal_point")
                );
            }
            other => panic!("{other:?}"),
        }
        let e = api_tokens::revoke(&t, &admin, "elsewhere", &made.id)
            .await
            .unwrap_err();
        assert!(matches!(
            e,
            ServiceError::Storage(lmip_storage::StorageError::NotFound { .. })
        ));
        api_tokens::revoke(&t, &admin, "operator", &made.id)
            .await
            .unwrap();
        assert_eq!(
            api_tokens::check(&t, &made.token).await.unwrap(),
            TokenCheck::Revoked
        );
        assert_eq!(
            api_tokens::check(&t, &format!("lmip_{}", "0".repeat(64)))
                .await
                .unwrap(),
            TokenCheck::Unknown
        );
        assert_eq!(
            api_tokens::check(&t, "garbage").await.unwrap(),
            TokenCheck::Unknown
        );
        let listed = api_tokens::list(&t, "operator").await.unwrap();
        assert_eq!(listed.len(), 1);
        assert!(listed[0].revoked_at.is_some() && listed[0].last_used_at.is_some());
    }
}

#[tokio::test]
async fn stronger_hash_settings_upgrade_hashes_at_sign_in() {
    for t in test_databases().await {
        user(&t, "ana@example.org", "operator", "editor").await;
        let stronger = HashCost {
            memory_kib: 19_456,
            iterations: 3,
            lanes: 1,
        };
        let before: String = sqlx::query_scalar("SELECT password_hash FROM app_user")
            .fetch_one(t.pool())
            .await
            .unwrap();
        assert!(auth::needs_rehash(&before, stronger));
        assert!(!auth::needs_rehash(&before, HashCost::default()));
        auth::sign_in(&t, stronger, "ana@example.org", PASS, "t", "c")
            .await
            .unwrap();
        let after: String = sqlx::query_scalar("SELECT password_hash FROM app_user")
            .fetch_one(t.pool())
            .await
            .unwrap();
        assert!(after.contains("t=3"), "{after}");
        assert!(!auth::needs_rehash(&after, stronger));
        sign_in(&t, "ana@example.org").await;
    }
}

/// Asking for a reset link must not tell, by its timing, whether the address has an account: the
/// answer comes before any work that depends on it. 200 tries of each, in random order within
/// each pair, medians compared (a security property with a margin for a busy 2-core machine, not
/// a performance budget).
#[tokio::test]
async fn reset_timing_does_not_reveal_accounts() {
    for t in test_databases().await {
        user(&t, "ana@example.org", "operator", "editor").await;
        let (outbox, _) = outbox();
        let (mut known, mut unknown) = (Vec::new(), Vec::new());
        for i in 0..200 {
            sqlx::query("DELETE FROM throttle")
                .execute(t.pool())
                .await
                .unwrap();
            let known_first: bool = rand::random();
            for known_turn in [known_first, !known_first] {
                let email = if known_turn {
                    "ana@example.org".to_string()
                } else {
                    format!("nobody{i}@example.org")
                };
                let start = std::time::Instant::now();
                reset::request_reset(
                    &t,
                    &outbox,
                    &email,
                    &format!("c{i}"),
                    "http://x",
                    reset_mail,
                )
                .await
                .unwrap();
                let took = start.elapsed().as_secs_f64();
                if known_turn {
                    known.push(took);
                } else {
                    unknown.push(took);
                }
            }
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let (k, u) = (median(&mut known), median(&mut unknown));
        println!(
            "{}: median reset request {:.2} ms with an account, {:.2} ms without",
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

/// An invitation must not tell, by its timing, whether the address already had an account (an
/// administrator of one organisation must not learn who is registered elsewhere). 200 of each,
/// random order within each pair, medians compared, as for sign-in and reset.
#[tokio::test]
async fn invitation_timing_does_not_reveal_accounts() {
    for t in test_databases().await {
        user(&t, "admin@example.org", "operator", "admin").await;
        let admin = session(&t, "admin@example.org").await;
        let (outbox, _) = outbox();
        let (mut known, mut unknown) = (Vec::new(), Vec::new());
        for i in 0..200 {
            // Someone already registered (cheaply: an invited account, as `lmip user add` makes).
            users::add(
                &t,
                "test",
                &format!("known{i}@example.org"),
                "operator",
                "editor",
                "http://x",
            )
            .await
            .unwrap();
            let known_first: bool = rand::random();
            for known_turn in [known_first, !known_first] {
                let email = if known_turn {
                    format!("known{i}@example.org")
                } else {
                    format!("new{i}@example.org")
                };
                let start = std::time::Instant::now();
                members::invite(
                    &t,
                    &outbox,
                    &admin,
                    &Invitation {
                        org: "operator",
                        email: &email,
                        role: "reviewer",
                    },
                    "http://x",
                    invitation_mail,
                )
                .await
                .unwrap();
                let took = start.elapsed().as_secs_f64();
                if known_turn {
                    known.push(took);
                } else {
                    unknown.push(took);
                }
            }
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let (k, u) = (median(&mut known), median(&mut unknown));
        println!(
            "{}: median invitation {:.2} ms to an existing account, {:.2} ms to a new address",
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
